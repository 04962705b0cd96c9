//! Dead-code elimination: keeps instructions with effects (guards, stores,
//! calls, the loop) and, transitively, whatever they or their snapshots
//! read; drops the rest.

use super::{rebuild, Fate};
use crate::ir::IrBuf;

pub fn run(ir: &mut IrBuf) {
    let n = ir.ins.len();
    let mut live = vec![false; n];
    for i in (0..n).rev() {
        let ins = &ir.ins[i];
        if ins.snap.is_some() || !ins.op.is_pure() {
            live[i] = true;
        }
        if !live[i] {
            continue;
        }
        for r in ir.uses(i) {
            live[r.0 as usize] = true;
        }
        if let Some(s) = ins.snap {
            for r in ir.snaps[s as usize].refs() {
                live[r.0 as usize] = true;
            }
        }
    }
    let fates: Vec<Fate> = live.iter().map(|&l| if l { Fate::Keep } else { Fate::Drop }).collect();
    rebuild(ir, &fates);
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Op, Ty};

    #[test]
    fn drops_unused_pure_values_keeps_guards() {
        let mut ir = ir();
        let x = push(&mut ir, Op::SLoad(0), Ty::Int);
        let y = push(&mut ir, Op::SLoad(1), Ty::Int);
        push(&mut ir, Op::BXor(x, y), Ty::Int);
        push(&mut ir, Op::AddOv(x, y), Ty::Int);
        let z = push(&mut ir, Op::BAnd(x, y), Ty::Int);
        close(&mut ir, &[z]);
        super::run(&mut ir);
        let ops = ops(&ir);
        assert!(
            !ops.iter().any(|o| matches!(o, Op::BXor(..))),
            "unused pure value dropped"
        );
        assert!(
            ops.iter().any(|o| matches!(o, Op::AddOv(..))),
            "an overflow guard stays"
        );
        assert!(
            ops.iter().any(|o| matches!(o, Op::BAnd(..))),
            "a value the loop writes back stays"
        );
    }
}
