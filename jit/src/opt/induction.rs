//! A range loop's control in registers (what LuaJIT's numeric `for` gets
//! from its stack slots).
//!
//! The interpreter steps a `range` iterator object in memory, and so did
//! the trace: each iteration read the count left and the next value and
//! wrote both back (two read-modify-writes of one object, a chain of
//! store-to-load latencies from one iteration to the next). In a peeled
//! loop whose body steps one iterator made before the loop, the loop head
//! now loads the position, the count and the step once; the body keeps
//! position and count in PHIs, checks the count (`RangeLeft`) and steps
//! both at its end. Memory is left stale while the loop runs, so every
//! exit of the body writes the two fields back (`Snapshot::fields`): the
//! values as they were for an exit before the step, one step on (value
//! plus step, count minus one) for an exit after it. Nothing else reads
//! the iterator while the trace runs: it lives in a stack slot only the
//! interpreter steps.
//!
//! A body that calls into another trace (`CallEntry`) is left alone: that
//! trace could exit to the interpreter with the iterator stale.

use std::collections::HashMap;

use crate::ir::{FieldWrite, Ins, IrBuf, Op, RawArg, Ref, Ty};
use rumba_vm::layout::range_iter;

pub fn run(ir: &mut IrBuf) {
    let Some(head) = ir.ins.iter().position(|x| x.op == Op::LoopStart) else {
        return;
    };
    let n = ir.ins.len();
    let body = head + 1..n;
    if ir.ins[body.clone()]
        .iter()
        .any(|x| matches!(x.op, Op::CallEntry(..) | Op::Link(_) | Op::SetBase(_)))
    {
        return;
    }
    let Some((draw, it)) = super::hoist::range_draw(ir, head) else {
        return;
    };
    // The iterator's only uses in the body: its one step.
    let uses_of_it: Vec<usize> = body.clone().filter(|&k| ir.uses(k).contains(&it)).collect();
    let steps: Vec<usize> = uses_of_it
        .iter()
        .copied()
        .filter(|&k| ir.ins[k].op == Op::RangeAdvance(it))
        .collect();
    let [advance] = steps[..] else {
        return;
    };
    if uses_of_it.len() != 2 || advance < draw {
        return;
    }

    let mut out: Vec<Ins> = ir.ins[..head].to_vec();
    let mut map: Vec<Ref> = (0..head as u32).map(Ref).collect();
    let at_head = ir.ins[head];
    let push = |out: &mut Vec<Ins>, op: Op, ty: Ty, snap: Option<u32>| -> Ref {
        out.push(Ins {
            op,
            ty,
            snap,
            ..at_head
        });
        Ref(out.len() as u32 - 1)
    };
    let next = push(&mut out, Op::LoadMutField(it, range_iter::NEXT), Ty::Int, None);
    let left = push(&mut out, Op::LoadMutField(it, range_iter::REMAINING), Ty::Int, None);
    let step = push(&mut out, Op::LoadMutField(it, range_iter::STEP), Ty::Int, None);
    let minus_one = push(&mut out, Op::KInt(-1), Ty::Int, None);
    map.push(Ref(out.len() as u32));
    out.push(at_head);

    /// Where a body instruction stands against the step.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Phase {
        Before,
        After,
        Stepped,
    }
    let mut phase = Phase::Before;
    // (instruction in `out`, its phase) for each body instruction with a snapshot.
    let mut snapped: Vec<(usize, Phase)> = Vec::new();
    let mut stepped: Option<(Ref, Ref)> = None;
    for k in body {
        let ins = ir.ins[k];
        if matches!(ins.op, Op::Phi(..) | Op::LoopBack) && stepped.is_none() {
            let next_after = push(&mut out, Op::AddWrap(next, step), Ty::Int, None);
            let left_after = push(&mut out, Op::AddWrap(left, minus_one), Ty::Int, None);
            stepped = Some((next_after, left_after));
            phase = Phase::Stepped;
        }
        if ins.op == Op::LoopBack {
            let (next_after, left_after) = stepped.expect("stepped before the back edge");
            push(&mut out, Op::Phi(next, next_after), Ty::Int, None);
            push(&mut out, Op::Phi(left, left_after), Ty::Int, None);
        }
        if k == draw {
            snapped.push((out.len(), phase));
            push(&mut out, Op::RangeLeft(left), Ty::Void, ins.snap);
            map.push(next);
            continue;
        }
        if k == advance {
            phase = Phase::After;
            map.push(Ref(out.len() as u32 - 1));
            continue;
        }
        let mut op = ins.op;
        op.map_operands(|r| map[r.0 as usize]);
        if ins.snap.is_some() {
            snapped.push((out.len(), phase));
        }
        map.push(Ref(out.len() as u32));
        out.push(Ins { op, ..ins });
    }

    for c in &mut ir.calls {
        for a in &mut c.raw {
            if let RawArg::Val(r) = a {
                *r = map[r.0 as usize];
            }
        }
        for r in &mut c.boxed {
            *r = map[r.0 as usize];
        }
    }
    for t in &mut ir.tuples {
        for r in t.iter_mut() {
            *r = map[r.0 as usize];
        }
    }
    for s in &mut ir.snaps {
        s.map_refs(|r| map[r.0 as usize]);
    }
    // Each body snapshot, copied with the fields its phase writes back.
    let (next_after, left_after) = stepped.expect("a body ends at its back edge");
    let mut copies: HashMap<(u32, Phase), u32> = HashMap::new();
    for (at, phase) in snapped {
        let Some(s) = out[at].snap else { continue };
        let fields = |pos: Ref, count: Ref, step: Option<Ref>, minus_one: Option<Ref>| {
            vec![
                FieldWrite {
                    obj: it,
                    off: range_iter::NEXT,
                    val: pos,
                    plus: step,
                },
                FieldWrite {
                    obj: it,
                    off: range_iter::REMAINING,
                    val: count,
                    plus: minus_one,
                },
            ]
        };
        let copy = *copies.entry((s, phase)).or_insert_with(|| {
            let mut snap = ir.snaps[s as usize].clone();
            snap.fields = match phase {
                Phase::Before => fields(next, left, None, None),
                Phase::After => fields(next, left, Some(step), Some(minus_one)),
                Phase::Stepped => fields(next_after, left_after, None, None),
            };
            ir.snaps.push(snap);
            ir.snaps.len() as u32 - 1
        });
        out[at].snap = Some(copy);
    }
    ir.ins = out;
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{IrBuf, Op, Ty};

    /// A peeled `for i in range(...)`: `s += i` with a guard after the
    /// step, the iterator in slot 3.
    fn range_loop(extra_body_use: bool) -> IrBuf {
        let mut ir = ir();
        let it = push(&mut ir, Op::SLoad(3), Ty::Obj);
        let s0 = push(&mut ir, Op::SLoad(4), Ty::Int);
        let i0 = push(&mut ir, Op::RangeNext(it), Ty::Int);
        push(&mut ir, Op::RangeAdvance(it), Ty::Void);
        let s1 = push(&mut ir, Op::AddOv(s0, i0), Ty::Int);
        loop_start(&mut ir);
        let i = push(&mut ir, Op::RangeNext(it), Ty::Int);
        push(&mut ir, Op::RangeAdvance(it), Ty::Void);
        if extra_body_use {
            push(&mut ir, Op::GuardKind(it, 12), Ty::Void);
        }
        let s2 = push(&mut ir, Op::AddOv(s1, i), Ty::Int);
        push(&mut ir, Op::Phi(s1, s2), Ty::Int);
        close(&mut ir, &[s2]);
        ir
    }

    #[test]
    fn the_body_steps_registers_and_its_exits_write_the_iterator_back() {
        let mut ir = range_loop(false);
        super::run(&mut ir);
        crate::opt::verify::verify(&ir).unwrap();
        let ops = ops(&ir);
        let head = ops.iter().position(|o| *o == Op::LoopStart).unwrap();
        assert!(
            !ops[head..]
                .iter()
                .any(|o| matches!(o, Op::RangeNext(_) | Op::RangeAdvance(_))),
            "{ops:?}"
        );
        assert!(ops[head..].iter().any(|o| matches!(o, Op::RangeLeft(_))));
        assert_eq!(ops.iter().filter(|o| matches!(o, Op::Phi(..))).count(), 3);
        // The guard before the step writes the position as it is; the
        // add after it writes it one step on; the back edge the new one.
        let fields = |op: fn(&Op) -> bool| {
            let k = ir.ins.iter().rposition(|x| op(&x.op)).unwrap();
            ir.snaps[ir.ins[k].snap.unwrap() as usize].fields.clone()
        };
        let before = fields(|o| matches!(o, Op::RangeLeft(_)));
        assert_eq!(before.len(), 2);
        assert!(before.iter().all(|f| f.plus.is_none()));
        let after = fields(|o| matches!(o, Op::AddOv(..)));
        assert!(after.iter().all(|f| f.plus.is_some()));
        let back = fields(|o| matches!(o, Op::LoopBack));
        assert!(back
            .iter()
            .all(|f| f.plus.is_none() && matches!(ir.op(f.val), Op::AddWrap(..))));
        // The peeled iteration's snapshots write nothing back.
        for ins in &ir.ins[..head] {
            if let Some(s) = ins.snap {
                assert!(ir.snaps[s as usize].fields.is_empty());
            }
        }
    }

    #[test]
    fn an_iterator_the_body_reads_otherwise_stays_in_memory() {
        let mut ir = range_loop(true);
        let before = ops(&ir);
        super::run(&mut ir);
        assert_eq!(ops(&ir), before);
    }
}
