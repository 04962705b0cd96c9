//! Redundant guard removal: a guard that a constant already decides in
//! its favour, or that repeats an earlier guard on the same value (the
//! earlier one passed, and values never change in SSA), is dropped.

use crate::fixed_hash::Set;

use super::{rebuild, Fate};
use crate::ir::{IrBuf, Op};

pub fn run(ir: &mut IrBuf) {
    let mut fates = vec![Fate::Keep; ir.ins.len()];
    let mut passed: Set<Op> = Set::default();
    for (i, fate) in fates.iter_mut().enumerate() {
        let op = ir.ins[i].op;
        let redundant = match op {
            Op::Guard(c, flag) => matches!(ir.op(c), Op::KBool(b) if b == flag) || !passed.insert(op),
            Op::GuardIs(r, o) => ir.op(r) == Op::KObj(o) || !passed.insert(op),
            // An object's kind and a function's code never change.
            Op::GuardKind(..) | Op::GuardCode(..) => !passed.insert(op),
            _ => false,
        };
        if redundant {
            *fate = Fate::Drop;
        }
    }
    rebuild(ir, &fates);
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Cmp, Op, Ty};

    #[test]
    fn drops_decided_and_repeated_guards() {
        let mut ir = ir();
        let t = push(&mut ir, Op::KBool(true), Ty::Bool);
        push(&mut ir, Op::Guard(t, true), Ty::Void);
        let x = push(&mut ir, Op::SLoad(0), Ty::Int);
        let y = push(&mut ir, Op::SLoad(1), Ty::Int);
        let c = push(&mut ir, Op::ICmp(Cmp::Lt, x, y), Ty::Bool);
        push(&mut ir, Op::Guard(c, true), Ty::Void);
        push(&mut ir, Op::Guard(c, true), Ty::Void);
        push(&mut ir, Op::Guard(t, false), Ty::Void);
        close(&mut ir, &[]);
        super::run(&mut ir);
        let guards = ops(&ir).iter().filter(|o| matches!(o, Op::Guard(..))).count();
        assert_eq!(guards, 2, "one guard on c, and the one that always exits");
    }
}
