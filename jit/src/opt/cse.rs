//! Common-subexpression elimination: an instruction that computes what an
//! earlier one computed (same operation, same operands) reuses its value.
//! The trace is one straight line, so the earlier one always ran first;
//! for guarded arithmetic its guard already passed. Global reads are
//! matched only within a stretch with no global store, list fields (length,
//! buffer, storage) only within a stretch with no call that may change a
//! list (`Helper::effect`), and helper calls are never merged: what may
//! merge follows from each operation's declared effect (`ir/ops.rs`).

use crate::fixed_hash::Map;

use super::{rebuild, Fate};
use crate::ir::{IrBuf, Op, OpEffect, RawArg};

/// An instruction's identity for matching: its operation with operands
/// already renumbered (floats compare by bits), and, for a read of
/// memory a store or call may change, the stretch it lies in.
type Key = (Op, u32);

pub fn run(ir: &mut IrBuf) {
    let mut fates = vec![Fate::Keep; ir.ins.len()];
    let mut seen: Map<Key, usize> = Map::default();
    let mut global_epoch = 0u32;
    let mut list_epoch = 0u32;
    for i in 0..ir.ins.len() {
        let mut op = ir.ins[i].op;
        op.map_operands(|r| match fates[r.0 as usize] {
            Fate::Replace(x) => x,
            _ => r,
        });
        ir.ins[i].op = op;
        if let Op::Call(n) = op {
            let call = &mut ir.calls[n as usize];
            for a in &mut call.raw {
                if let RawArg::Val(r) = a {
                    if let Fate::Replace(x) = fates[r.0 as usize] {
                        *r = x;
                    }
                }
            }
            if call.helper.writes_lists() {
                list_epoch += 1;
            }
            continue;
        }
        let k = match op.effect() {
            OpEffect::Pure => (op, 0),
            OpEffect::ReadsGlobals => (op, global_epoch),
            OpEffect::ReadsLists => (op, list_epoch),
            OpEffect::WritesGlobals => {
                global_epoch += 1;
                continue;
            }
            OpEffect::WritesLists => {
                list_epoch += 1;
                continue;
            }
            // Loads of memory the trace changes, and anything with an
            // effect, never merge.
            OpEffect::ReadsState | OpEffect::Writes | OpEffect::Calls | OpEffect::Control => continue,
        };
        match seen.get(&k) {
            Some(&j) if ir.ins[j].ty == ir.ins[i].ty => fates[i] = Fate::Replace(crate::ir::Ref(j as u32)),
            _ => {
                seen.insert(k, i);
            }
        }
    }
    rebuild(ir, &fates);
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Elem, Op, Ty};

    #[test]
    fn merges_repeated_arithmetic_and_constants() {
        let mut ir = ir();
        let x = push(&mut ir, Op::SLoad(0), Ty::Float);
        let a = push(&mut ir, Op::FMul(x, x), Ty::Float);
        let b = push(&mut ir, Op::FMul(x, x), Ty::Float);
        let k1 = push(&mut ir, Op::KInt(7), Ty::Int);
        let k2 = push(&mut ir, Op::KInt(7), Ty::Int);
        close(&mut ir, &[a, b, k1, k2]);
        super::run(&mut ir);
        assert_eq!(ir.ins.len(), 4);
        let e = &ir.snaps[1].entries;
        assert_eq!(e[0].1, e[1].1);
        assert_eq!(e[2].1, e[3].1);
    }

    #[test]
    fn global_reads_do_not_cross_a_store() {
        let mut ir = ir();
        let a = push(&mut ir, Op::GLoad(3), Ty::Int);
        let b = push(&mut ir, Op::GLoad(3), Ty::Int);
        let one = push(&mut ir, Op::KInt(1), Ty::Int);
        push(&mut ir, Op::GStore(3, one), Ty::Void);
        let c = push(&mut ir, Op::GLoad(3), Ty::Int);
        close(&mut ir, &[a, b, c]);
        super::run(&mut ir);
        let e = &ir.snaps[1].entries;
        assert_eq!(e[0].1, e[1].1, "two reads with no store between merge");
        assert_ne!(e[0].1, e[2].1, "a read after a store does not");
    }

    #[test]
    fn list_loads_never_merge() {
        // a[i] *= -1 then a[i] again: the second load must see the store.
        let mut ir = ir();
        let d = push(&mut ir, Op::SLoad(0), Ty::Int);
        let i = push(&mut ir, Op::SLoad(1), Ty::Int);
        let x = push(&mut ir, Op::LoadElem(d, i, Elem::Ints), Ty::Int);
        let m = push(&mut ir, Op::NegOv(x), Ty::Int);
        push(&mut ir, Op::StoreElem(d, i, m, Elem::Ints), Ty::Void);
        let y = push(&mut ir, Op::LoadElem(d, i, Elem::Ints), Ty::Int);
        close(&mut ir, &[x, y]);
        super::run(&mut ir);
        let e = &ir.snaps[1].entries;
        assert_ne!(e[0].1, e[1].1);
    }
}
