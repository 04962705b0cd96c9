//! Bounds checks hoisted out of a range loop (the idea of LuaJIT's
//! array-bounds-check elimination, narrowed to what range loops need).
//!
//! In a peeled loop driven by a `range` iterator made before the loop, the
//! index `i` the body draws takes the values `next, next + step, ...,
//! last` with `last = next + (remaining - 1) * step`. A body check
//! `i + c < len` whose `len` does not change in the loop then holds on
//! every iteration if it holds for the first and the last value (the
//! values only grow, or only fall). So the loop head checks both ends
//! once, on the loop header's snapshot, and the body's checks go. Failing
//! there is no error: it exits to the interpreter at the loop header,
//! which runs the iterations and raises `IndexError` where the script
//! would. The arithmetic that finds `last` and the ends is overflow-checked
//! the same way.
//!
//! The head also checks that the loop has an iteration left: otherwise
//! `last` would lie before `next` and the ends would prove nothing; the
//! loop ends there as the body's range check would have ended it.

use std::collections::BTreeMap;

use super::{rebuild, Fate};
use crate::ir::{Cmp, Ins, IrBuf, Op, RawArg, Ref, Ty};
use rumba_vm::layout::range_iter;

pub fn run(ir: &mut IrBuf) {
    let Some(head) = ir.ins.iter().position(|x| x.op == Op::LoopStart) else {
        return;
    };
    let Some(head_snap) = ir.ins[head].snap else {
        return;
    };
    let draws: Vec<(usize, Ref)> = (head + 1..ir.ins.len())
        .filter_map(|k| match ir.ins[k].op {
            Op::RangeNext(it) if (it.0 as usize) < head => Some((k, it)),
            _ => None,
        })
        .collect();
    let [(at, it)] = draws[..] else {
        return;
    };
    let i = Ref(at as u32);
    // The body's checks on `i + c` against a length fixed before the loop.
    let mut checks: Vec<(usize, i64, Ref)> = Vec::new();
    for k in at + 1..ir.ins.len() {
        let Op::BoundsCheck(idx, len) = ir.ins[k].op else {
            continue;
        };
        if len.0 as usize >= head {
            continue;
        }
        let c = if idx == i {
            Some(0)
        } else {
            match ir.op(idx) {
                Op::AddOv(a, b) if a == i => ir.const_i(b),
                Op::AddOv(a, b) if b == i => ir.const_i(a),
                Op::SubOv(a, b) if a == i => ir.const_i(b).and_then(i64::checked_neg),
                _ => None,
            }
        };
        if let Some(c) = c {
            checks.push((k, c, len));
        }
    }
    if checks.is_empty() {
        return;
    }

    let template = ir.ins[head];
    let mut pre: Vec<Ins> = Vec::new();
    let mut emit = |op: Op, ty: Ty| -> Ref {
        pre.push(Ins {
            op,
            ty,
            snap: op.is_guard().then_some(head_snap),
            ..template
        });
        Ref((head + pre.len() - 1) as u32)
    };
    let zero = emit(Op::KInt(0), Ty::Int);
    let one = emit(Op::KInt(1), Ty::Int);
    let next = emit(Op::LoadMutField(it, range_iter::NEXT), Ty::Int);
    let remaining = emit(Op::LoadMutField(it, range_iter::REMAINING), Ty::Int);
    let step = emit(Op::LoadMutField(it, range_iter::STEP), Ty::Int);
    let more = emit(Op::ICmp(Cmp::Gt, remaining, zero), Ty::Bool);
    emit(Op::Guard(more, true), Ty::Void);
    let before_last = emit(Op::SubOv(remaining, one), Ty::Int);
    let span = emit(Op::MulOv(before_last, step), Ty::Int);
    let last = emit(Op::AddOv(next, span), Ty::Int);
    // One pair of checks per (length, offset), the body may repeat them.
    let ends: BTreeMap<(u32, i64), Ref> = checks.iter().map(|&(_, c, len)| ((len.0, c), len)).collect();
    let mut offsets: BTreeMap<i64, Ref> = BTreeMap::new();
    for (&(_, c), &len) in &ends {
        for end in [next, last] {
            let idx = if c == 0 {
                end
            } else {
                let k = *offsets.entry(c).or_insert_with(|| emit(Op::KInt(c), Ty::Int));
                emit(Op::AddOv(end, k), Ty::Int)
            };
            emit(Op::BoundsCheck(idx, len), Ty::Void);
        }
    }

    insert(ir, head, pre.clone());
    let mut fates = vec![Fate::Keep; ir.ins.len()];
    for &(k, _, _) in &checks {
        fates[k + pre.len()] = Fate::Drop;
    }
    rebuild(ir, &fates);
}

/// Puts `new` before instruction `at`, renumbering every later reference;
/// `new` already refers to its own instructions by their final numbers.
fn insert(ir: &mut IrBuf, at: usize, new: Vec<Ins>) {
    let k = new.len() as u32;
    let shift = |r: Ref| if r.0 as usize >= at { Ref(r.0 + k) } else { r };
    for ins in &mut ir.ins[at..] {
        ins.op.map_operands(shift);
    }
    for c in &mut ir.calls {
        for a in &mut c.raw {
            if let RawArg::Val(r) = a {
                *r = shift(*r);
            }
        }
        for r in &mut c.boxed {
            *r = shift(*r);
        }
    }
    for s in &mut ir.snaps {
        for e in &mut s.entries {
            e.1 = shift(e.1);
        }
    }
    for t in &mut ir.tuples {
        for r in t.iter_mut() {
            *r = shift(*r);
        }
    }
    ir.ins.splice(at..at, new);
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Cmp, Ins, Op, Ty};

    /// A peeled range loop over `xs[i]` and `xs[i + 1]`: the peeled
    /// iteration, the head, the body.
    fn range_loop() -> crate::ir::IrBuf {
        let mut ir = ir();
        let it = push(&mut ir, Op::SLoad(3), Ty::Obj);
        let xs = push(&mut ir, Op::SLoad(4), Ty::Obj);
        let len = push(&mut ir, Op::LoadField(xs, 8), Ty::Int);
        let one = push(&mut ir, Op::KInt(1), Ty::Int);
        let i0 = push(&mut ir, Op::RangeNext(it), Ty::Int);
        push(&mut ir, Op::RangeAdvance(it), Ty::Void);
        push(&mut ir, Op::BoundsCheck(i0, len), Ty::Void);
        ir.snaps.push(ir.snaps[0].clone());
        ir.ins.push(Ins {
            op: Op::LoopStart,
            ty: Ty::Void,
            snap: Some(1),
            pc: 0,
            line: 1,
        });
        let i = push(&mut ir, Op::RangeNext(it), Ty::Int);
        push(&mut ir, Op::RangeAdvance(it), Ty::Void);
        push(&mut ir, Op::BoundsCheck(i, len), Ty::Void);
        let j = push(&mut ir, Op::AddOv(i, one), Ty::Int);
        push(&mut ir, Op::BoundsCheck(j, len), Ty::Void);
        push(&mut ir, Op::BoundsCheck(i, len), Ty::Void);
        close(&mut ir, &[j]);
        ir
    }

    #[test]
    fn checks_on_the_range_move_to_the_head_once_per_offset() {
        let mut ir = range_loop();
        super::run(&mut ir);
        crate::opt::verify::verify(&ir).unwrap();
        let ops = ops(&ir);
        let head = ops.iter().position(|o| *o == Op::LoopStart).unwrap();
        let body_checks = ops[head..].iter().filter(|o| matches!(o, Op::BoundsCheck(..))).count();
        assert_eq!(body_checks, 0, "{ops:?}");
        // The peeled iteration keeps its own check; the head checks both
        // ends for each of the two offsets.
        let head_checks = ops[..head].iter().filter(|o| matches!(o, Op::BoundsCheck(..))).count();
        assert_eq!(head_checks, 1 + 4, "{ops:?}");
        assert!(ops[..head].iter().any(|o| matches!(o, Op::ICmp(Cmp::Gt, ..))));
        // Every guard at the head exits on the loop header's snapshot.
        for ins in &ir.ins[..head] {
            if matches!(ins.op, Op::BoundsCheck(..) | Op::Guard(..)) && ins.pc == 0 {
                assert!(ins.snap.is_some());
            }
        }
    }

    #[test]
    fn a_length_the_loop_may_change_keeps_its_checks() {
        // The body reads the length again: it may change between iterations.
        let mut ir = ir_with_body_length();
        let before = ops(&ir);
        super::run(&mut ir);
        assert_eq!(ops(&ir), before);
    }

    fn ir_with_body_length() -> crate::ir::IrBuf {
        let mut ir = ir();
        let it = push(&mut ir, Op::SLoad(3), Ty::Obj);
        let xs = push(&mut ir, Op::SLoad(4), Ty::Obj);
        let i0 = push(&mut ir, Op::RangeNext(it), Ty::Int);
        push(&mut ir, Op::RangeAdvance(it), Ty::Void);
        ir.snaps.push(ir.snaps[0].clone());
        ir.ins.push(Ins {
            op: Op::LoopStart,
            ty: Ty::Void,
            snap: Some(1),
            pc: 0,
            line: 1,
        });
        let i = push(&mut ir, Op::RangeNext(it), Ty::Int);
        push(&mut ir, Op::RangeAdvance(it), Ty::Void);
        let len = push(&mut ir, Op::LoadField(xs, 8), Ty::Int);
        push(&mut ir, Op::BoundsCheck(i, len), Ty::Void);
        close(&mut ir, &[i0]);
        ir
    }
}
