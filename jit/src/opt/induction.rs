//! A `for` loop's control in registers (what LuaJIT's numeric `for` gets
//! from its stack slots).
//!
//! The interpreter steps a `range` iterator, or a list's or tuple's
//! iterator, in memory, and so did the trace: each iteration read the
//! iterator's fields and wrote them back (read-modify-writes of one object,
//! a chain of store-to-load latencies from one iteration to the next). In a
//! peeled loop whose body steps one iterator made before the loop, the loop
//! head now loads the fields that move (a range's position and count, a
//! list iterator's index) once; the body keeps them in PHIs, checks that
//! there is another value (`RangeLeft`, `SeqLeft`) and steps them at its
//! end. Memory is left stale while the loop runs, so every exit of the body
//! writes the fields back (`Snapshot::fields`): as they were for an exit
//! before the step, one step on for an exit after it. Nothing else reads
//! those fields while the trace runs: the iterator lives in a stack slot
//! only the interpreter steps.
//!
//! A body that calls into another trace (`CallEntry`) is left alone: that
//! trace could exit to the interpreter with the iterator stale.

use crate::fixed_hash::Map;

use crate::ir::{FieldWrite, Ins, IrBuf, Op, RawArg, Ref, Ty};
use rumba_vm::layout::{range_iter, seq_iter};

/// A field of the iterator the loop keeps in a register: its byte offset,
/// its value at the loop head and what each step adds.
struct Counter {
    off: i32,
    start: Ref,
    by: Ref,
}

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
    // The body's one draw from an iterator made before the loop head.
    let draws: Vec<usize> = body
        .clone()
        .filter(|&k| match ir.ins[k].op {
            Op::RangeNext(it) | Op::SeqNext(it, _) => (it.0 as usize) < head,
            _ => false,
        })
        .collect();
    let [draw] = draws[..] else {
        return;
    };
    let (it, kept): (Ref, &[i32]) = match ir.ins[draw].op {
        Op::RangeNext(it) => (it, &[range_iter::NEXT, range_iter::REMAINING]),
        Op::SeqNext(it, _) => (it, &[seq_iter::INDEX]),
        _ => unreachable!("a draw"),
    };
    // The body may read the iterator's other fields and kind, and must
    // step it once, after the draw.
    let mut advance = None;
    for k in body.clone().filter(|&k| k != draw && ir.uses(k).contains(&it)) {
        match ir.ins[k].op {
            Op::RangeAdvance(x) | Op::SeqAdvance(x, _) if x == it && advance.is_none() && k > draw => advance = Some(k),
            Op::GuardKind(..) => {}
            Op::LoadField(_, off) | Op::LoadFixed(_, off) if !kept.contains(&off) => {}
            _ => return,
        }
    }
    let Some(advance) = advance else {
        return;
    };

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
    let counters: Vec<Counter> = match ir.ins[draw].op {
        Op::RangeNext(_) => {
            let next = push(&mut out, Op::LoadMutField(it, range_iter::NEXT), Ty::Int, None);
            let left = push(&mut out, Op::LoadMutField(it, range_iter::REMAINING), Ty::Int, None);
            let step = push(&mut out, Op::LoadMutField(it, range_iter::STEP), Ty::Int, None);
            let minus_one = push(&mut out, Op::KInt(-1), Ty::Int, None);
            vec![
                Counter {
                    off: range_iter::NEXT,
                    start: next,
                    by: step,
                },
                Counter {
                    off: range_iter::REMAINING,
                    start: left,
                    by: minus_one,
                },
            ]
        }
        _ => {
            let index = push(&mut out, Op::LoadMutField(it, seq_iter::INDEX), Ty::Int, None);
            let one = push(&mut out, Op::KInt(1), Ty::Int, None);
            vec![Counter {
                off: seq_iter::INDEX,
                start: index,
                by: one,
            }]
        }
    };
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
    let mut stepped: Vec<Ref> = Vec::new();
    for k in body {
        let ins = ir.ins[k];
        if matches!(ins.op, Op::Phi(..) | Op::LoopBack) && phase != Phase::Stepped {
            for c in &counters {
                stepped.push(push(&mut out, Op::AddWrap(c.start, c.by), Ty::Int, None));
            }
            phase = Phase::Stepped;
        }
        if ins.op == Op::LoopBack {
            for (c, &after) in counters.iter().zip(&stepped) {
                push(&mut out, Op::Phi(c.start, after), Ty::Int, None);
            }
        }
        if k == draw {
            snapped.push((out.len(), phase));
            let guard = match ins.op {
                Op::SeqNext(_, len) => Op::SeqLeft(counters[0].start, map[len.0 as usize]),
                _ => Op::RangeLeft(counters[1].start),
            };
            push(&mut out, guard, Ty::Void, ins.snap);
            // The value drawn: the position before the step.
            map.push(counters[0].start);
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
    let mut copies: Map<(u32, Phase), u32> = Map::default();
    for (at, phase) in snapped {
        let Some(s) = out[at].snap else { continue };
        let copy = *copies.entry((s, phase)).or_insert_with(|| {
            let mut snap = ir.snaps[s as usize].clone();
            snap.fields = counters
                .iter()
                .zip(&stepped)
                .map(|(c, &after)| {
                    let (val, plus) = match phase {
                        Phase::Before => (c.start, None),
                        Phase::After => (c.start, Some(c.by)),
                        Phase::Stepped => (after, None),
                    };
                    FieldWrite {
                        obj: it,
                        off: c.off,
                        val,
                        plus,
                    }
                })
                .collect();
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
            push(
                &mut ir,
                Op::LoadMutField(it, rumba_vm::layout::range_iter::NEXT),
                Ty::Int,
            );
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
    fn a_list_loop_keeps_its_index_in_a_register() {
        let mut ir = ir();
        let it = push(&mut ir, Op::SLoad(3), Ty::Obj);
        let len = push(&mut ir, Op::LoadField(it, 8), Ty::Int);
        let at0 = push(&mut ir, Op::SeqNext(it, len), Ty::Int);
        push(&mut ir, Op::SeqAdvance(it, at0), Ty::Void);
        loop_start(&mut ir);
        let at = push(&mut ir, Op::SeqNext(it, len), Ty::Int);
        push(&mut ir, Op::SeqAdvance(it, at), Ty::Void);
        let x = push(&mut ir, Op::AddOv(at, at), Ty::Int);
        close(&mut ir, &[x]);
        super::run(&mut ir);
        crate::opt::verify::verify(&ir).unwrap();
        let ops = ops(&ir);
        let head = ops.iter().position(|o| *o == Op::LoopStart).unwrap();
        assert!(
            !ops[head..]
                .iter()
                .any(|o| matches!(o, Op::SeqNext(..) | Op::SeqAdvance(..))),
            "{ops:?}"
        );
        assert!(ops[head..].iter().any(|o| matches!(o, Op::SeqLeft(..))));
        let k = ir.ins.iter().rposition(|x| matches!(x.op, Op::AddOv(..))).unwrap();
        let fields = &ir.snaps[ir.ins[k].snap.unwrap() as usize].fields;
        assert_eq!(fields.len(), 1);
        assert!(fields[0].plus.is_some());
    }

    #[test]
    fn an_iterator_the_body_reads_otherwise_stays_in_memory() {
        let mut ir = range_loop(true);
        let before = ops(&ir);
        super::run(&mut ir);
        assert_eq!(ops(&ir), before);
    }
}
