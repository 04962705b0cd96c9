//! Loop peeling with hoisting (LuaJIT's LOOP pass idea): the recorded
//! iteration stays as the first, peeled iteration, and a copy of it
//! becomes the loop body, each instruction re-emitted with its operands
//! substituted. What the substitution leaves unchanged is loop-invariant
//! and is not copied: type guards on slots the loop never writes, global
//! identity guards, constants, arithmetic on invariant values all run once,
//! in the peeled iteration. Slots the loop writes become PHIs: the body
//! reads the value the previous iteration left, kept in a register, and
//! nothing is loaded from or stored to the VM stack until an exit.
//!
//! Only instructions whose substituted form is identical to the original
//! count as invariant; the body never reuses any other peeled value,
//! because a peeled value computed from a PHI would be stale in later
//! iterations. Helper calls and ticks are always copied; a list's fields
//! (length, buffer, storage) are invariant unless some call in the trace
//! may change a list (`Helper::effect`), and global reads and identity
//! guards unless the trace stores a global or calls out at all.
//!
//! A loop whose only list writes are appends (a comprehension, `out.append`
//! in a loop over other lists) changes only the lists it appends to. When
//! those and the lists the body reads stay the same objects in every
//! iteration, the loop head checks once that none of the read lists is an
//! appended one (`ICMP ne` guards, exiting at the loop header if one is):
//! the read lists' fields are then invariant too.

use crate::fixed_hash::Map;

use crate::ir::{CallArgs, Cmp, Ins, IrBuf, Op, OpEffect, RawArg, Ref, Snapshot, Ty};

/// Most PHIs a loop may carry (each costs a move per iteration and a
/// temporary slot in the context).
pub const MAX_PHIS: usize = 64;

/// Most pairs of (read list, appended list) the loop head checks apart.
const MAX_ALIAS_CHECKS: usize = 8;

pub fn run(ir: &mut IrBuf) {
    let n = ir.ins.len();
    let Some(&last) = ir.ins.last() else {
        return;
    };
    if last.op != Op::LoopBack {
        return;
    }
    let end_snap = last.snap.expect("LoopBack has a snapshot") as usize;
    let end = ir.snaps[end_snap].clone();
    if end.entries.len() > MAX_PHIS || 2 * n + end.entries.len() > crate::params::MAX_RECORD {
        return;
    }
    let pre = n - 1;
    if changes_a_slot_type(ir, pre, &end) {
        return;
    }
    let modified: Map<u32, Ref> = end.entries.iter().copied().collect();
    let mut out: Vec<Ins> = ir.ins[..pre].to_vec();
    let lists_change = ir.writes_lists();
    // Only the trace's own stores change a global, unless it calls out
    // (a helper may run script code that rebinds one).
    let globals_change = ir
        .ins
        .iter()
        .any(|x| matches!(x.op, Op::GStore(..) | Op::Call(_) | Op::CallEntry(..)));
    let apart = if lists_change {
        lists_apart(ir, pre, &modified, globals_change)
    } else {
        None
    };
    if let Some((appended, read)) = &apart {
        for &x in read {
            for &l in appended {
                let ne = Ref(out.len() as u32);
                out.push(Ins {
                    op: Op::ICmp(Cmp::Ne, x, l),
                    ty: Ty::Bool,
                    snap: None,
                    pc: last.pc,
                    line: last.line,
                });
                out.push(Ins {
                    op: Op::Guard(ne, true),
                    ty: Ty::Void,
                    snap: Some(end_snap as u32),
                    pc: last.pc,
                    line: last.line,
                });
            }
        }
    }
    // The end of the peeled iteration: the loop header, every slot the
    // iteration changed still to be written (if the tick exits here).
    out.push(Ins {
        op: Op::LoopStart,
        ty: Ty::Void,
        snap: Some(end_snap as u32),
        pc: last.pc,
        line: last.line,
    });
    // Substitution: peeled ref -> its value in the body.
    let mut subst: Vec<Ref> = (0..n as u32).map(Ref).collect();
    let mut snap_map: Map<u32, u32> = Map::default();
    // Whether a read of a list's (or an instance's) fields may see another
    // value in the next iteration.
    let fields_change = |op: Op| match (&apart, op) {
        (Some((_, read)), Op::LoadField(x, _) | Op::GuardStorage(x, _)) => !read.contains(&x),
        // Appends change no instance's shape.
        (Some(_), Op::GuardShape(..)) => false,
        _ => lists_change && matches!(op, Op::LoadField(..) | Op::GuardStorage(..) | Op::GuardShape(..)),
    };
    for i in 0..pre {
        let ins = ir.ins[i];
        let mut op = ins.op;
        let mapped = match op {
            Op::SLoad(slot) => match modified.get(&slot) {
                Some(&v) => Some(v),
                None => Some(Ref(i as u32)),
            },
            _ if op.is_const() => Some(Ref(i as u32)),
            _ => None,
        };
        if let Some(v) = mapped {
            subst[i] = v;
            continue;
        }
        // A virtual tuple of loop-invariant items is the same tuple in the
        // body; one of changing items is a new one, of the body's values
        // (an exit in the body makes it from those).
        if let Op::VTuple(t) = op {
            let items: Vec<Ref> = ir.tuples[t as usize].iter().map(|r| subst[r.0 as usize]).collect();
            if items == ir.tuples[t as usize] {
                continue;
            }
            ir.tuples.push(items);
            subst[i] = Ref(out.len() as u32);
            out.push(Ins {
                op: Op::VTuple(ir.tuples.len() as u32 - 1),
                ..ins
            });
            continue;
        }
        op.map_operands(|r| subst[r.0 as usize]);
        let always_copy = matches!(
            op,
            Op::Call(_)
                | Op::Tick
                | Op::Ticks(_)
                | Op::MarkTicks
                | Op::RewindTicks
                | Op::GStore(..)
                | Op::RangeNext(_)
                | Op::RangeAdvance(_)
                | Op::LoadMutField(..)
                | Op::StoreField(..)
                | Op::SetShape(..)
                | Op::SeqNext(..)
                | Op::SeqAdvance(..)
                | Op::LoadElem(..)
                | Op::StoreElem(..)
                | Op::ListAppend(..)
        ) || fields_change(op)
            || (globals_change && matches!(op, Op::GLoad(_) | Op::GuardGlobalIs(..) | Op::GuardGlobalUnbound(_)));
        if op == ins.op && !always_copy {
            // Invariant: it ran in the peeled iteration, with the same
            // operands, and its guard (if any) passed there.
            continue;
        }
        if let Op::Call(c) = op {
            let old = ir.calls[c as usize].clone();
            let args = CallArgs {
                helper: old.helper,
                raw: old
                    .raw
                    .iter()
                    .map(|a| match *a {
                        RawArg::Val(r) => RawArg::Val(subst[r.0 as usize]),
                        imm => imm,
                    })
                    .collect(),
                boxed: old.boxed.iter().map(|r| subst[r.0 as usize]).collect(),
                raises: old.raises,
            };
            ir.calls.push(args);
            op = Op::Call(ir.calls.len() as u32 - 1);
        }
        let snap = ins.snap.map(|s| {
            *snap_map
                .entry(s)
                .or_insert_with(|| body_snapshot(ir, &ir.snaps[s as usize].clone(), &end, &subst))
        });
        subst[i] = Ref(out.len() as u32);
        out.push(Ins { op, snap, ..ins });
    }
    // PHIs: each slot the loop writes, its value at the loop head (the
    // peeled iteration's result) and the body's result for it.
    for &(_, left) in &end.entries {
        let right = subst[left.0 as usize];
        if right != left && !ir.ins[left.0 as usize].op.is_const() {
            let ty = ir.ins[left.0 as usize].ty;
            out.push(Ins {
                op: Op::Phi(left, right),
                ty,
                snap: None,
                pc: last.pc,
                line: last.line,
            });
        }
    }
    // A tick exit at the bottom writes the body's values.
    let back = body_snapshot(ir, &end, &end, &subst);
    out.push(Ins {
        op: Op::LoopBack,
        ty: Ty::Void,
        snap: Some(back),
        pc: last.pc,
        line: last.line,
    });
    ir.ins = out;
}

/// When the trace's only list writes are appends: the lists appended to
/// and the other lists whose fields the trace reads, all of them the same
/// object in every iteration (`same_each_time`), for the loop head to
/// check apart. None when that is not so, or there would be too many
/// checks.
fn lists_apart(ir: &IrBuf, pre: usize, modified: &Map<u32, Ref>, globals_change: bool) -> Option<(Vec<Ref>, Vec<Ref>)> {
    let mut appended: Vec<Ref> = Vec::new();
    for ins in &ir.ins[..pre] {
        match ins.op {
            Op::ListAppend(l, _) if appended.contains(&l) => {}
            Op::ListAppend(l, _) if same_each_time(ir, l, modified, globals_change) => appended.push(l),
            Op::Call(n) if ir.calls[n as usize].helper.writes_lists() => return None,
            op if op.effect() == OpEffect::WritesLists => return None,
            _ => {}
        }
    }
    let mut read: Vec<Ref> = Vec::new();
    for ins in &ir.ins[..pre] {
        if let Op::LoadField(x, _) | Op::GuardStorage(x, _) = ins.op {
            if !appended.contains(&x) && !read.contains(&x) && same_each_time(ir, x, modified, globals_change) {
                read.push(x);
            }
        }
    }
    (!appended.is_empty() && read.len() * appended.len() <= MAX_ALIAS_CHECKS).then_some((appended, read))
}

/// Whether value `r` of the peeled iteration is the same in every
/// iteration, by a simple rule: a slot the loop does not write, a
/// constant, a global the loop cannot rebind, or a never-changing field
/// of such a value.
fn same_each_time(ir: &IrBuf, r: Ref, modified: &Map<u32, Ref>, globals_change: bool) -> bool {
    match ir.op(r) {
        Op::SLoad(slot) => !modified.contains_key(&slot),
        Op::GLoad(_) => !globals_change,
        Op::LoadFixed(o, _) => same_each_time(ir, o, modified, globals_change),
        op => op.is_const(),
    }
}

/// Whether the recorded iteration leaves a slot it loaded with another
/// type (an int local that `y = y / 2` makes a float). The body's copy is
/// specialized to the types the slots had when the iteration began, so
/// carrying such a slot in a PHI would hand a float to code compiled for
/// an int (found by the diff_jit fuzz target). Such a loop stays unpeeled:
/// each iteration starts at the top, whose guards send the changed slot
/// back to the interpreter.
fn changes_a_slot_type(ir: &IrBuf, pre: usize, end: &Snapshot) -> bool {
    let mut loaded: Map<u32, Ty> = Map::default();
    for ins in &ir.ins[..pre] {
        if let Op::SLoad(slot) = ins.op {
            loaded.entry(slot).or_insert(ins.ty);
        }
    }
    end.entries
        .iter()
        .any(|&(slot, r)| loaded.get(&slot).is_some_and(|&ty| ty != ir.ins[r.0 as usize].ty))
}

/// A snapshot of the body: the peeled one's entries substituted, plus
/// every slot the loop writes that the peeled snapshot did not yet hold
/// (memory still has the values from before the first iteration), at its
/// value at the loop head.
fn body_snapshot(ir: &mut IrBuf, snap: &Snapshot, end: &Snapshot, subst: &[Ref]) -> u32 {
    let mut entries: Vec<(u32, Ref)> = snap.entries.iter().map(|&(s, r)| (s, subst[r.0 as usize])).collect();
    for &(slot, head) in &end.entries {
        if !snap.entries.iter().any(|&(s, _)| s == slot) {
            entries.push((slot, head));
        }
    }
    entries.sort_by_key(|e| e.0);
    ir.snaps.push(Snapshot {
        entries,
        ..snap.clone()
    });
    ir.snaps.len() as u32 - 1
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Cmp, IrBuf, Op, Ref, Ty};

    #[test]
    fn hoists_invariant_guards_and_carries_changed_slots_in_phis() {
        // x = x * k (k never written): k's load and guard run once.
        let mut ir = ir();
        let x = push(&mut ir, Op::SLoad(0), Ty::Float);
        let k = push(&mut ir, Op::SLoad(1), Ty::Float);
        let kk = push(&mut ir, Op::FMul(k, k), Ty::Float);
        let y = push(&mut ir, Op::FMul(x, kk), Ty::Float);
        close(&mut ir, &[y]);
        super::run(&mut ir);
        let ops = ops(&ir);
        let loop_at = ops.iter().position(|o| *o == Op::LoopStart).expect("peeled");
        let body = &ops[loop_at + 1..];
        assert!(
            !body.iter().any(|o| matches!(o, Op::SLoad(_))),
            "no loads in the body: {body:?}"
        );
        assert_eq!(
            body.iter().filter(|o| matches!(o, Op::FMul(..))).count(),
            1,
            "k * k is invariant, x * kk is not: {body:?}"
        );
        assert!(
            body.iter().any(|o| matches!(o, Op::Phi(a, _) if *a == y)),
            "slot 0 is carried from y"
        );
        assert_eq!(*ops.last().unwrap(), Op::LoopBack);
    }

    /// `out.append(i)` after a check of `i` against `len(xs)`, with i, out
    /// and xs in slots 0, 1 and 2: their refs.
    fn append_while_reading_a_length(ir: &mut IrBuf) -> (Ref, Ref, Ref) {
        let i = push(ir, Op::SLoad(0), Ty::Int);
        let out = push(ir, Op::SLoad(1), Ty::Obj);
        let xs = push(ir, Op::SLoad(2), Ty::Obj);
        let len = push(ir, Op::LoadField(xs, 8), Ty::Int);
        push(ir, Op::BoundsCheck(i, len), Ty::Void);
        push(ir, Op::ListAppend(out, i), Ty::Void);
        (i, out, xs)
    }

    #[test]
    fn lists_read_while_another_is_appended_to_are_checked_apart_once() {
        let mut ir = ir();
        let (i, out, xs) = append_while_reading_a_length(&mut ir);
        let own = push(&mut ir, Op::LoadField(out, 8), Ty::Int);
        let one = push(&mut ir, Op::KInt(1), Ty::Int);
        let next = push(&mut ir, Op::AddOv(i, one), Ty::Int);
        let j = push(&mut ir, Op::AddOv(next, own), Ty::Int);
        close(&mut ir, &[j]);
        super::run(&mut ir);
        let ops = ops(&ir);
        let loop_at = ops.iter().position(|o| *o == Op::LoopStart).expect("peeled");
        assert!(
            ops[..loop_at].contains(&Op::ICmp(Cmp::Ne, xs, out)),
            "the loop head checks xs is not out: {ops:?}"
        );
        let body = &ops[loop_at + 1..];
        assert!(
            !body.contains(&Op::LoadField(xs, 8)),
            "xs's length is read once: {body:?}"
        );
        assert!(
            body.iter().any(|o| matches!(o, Op::LoadField(l, 8) if *l == out)),
            "out's own length changes with each append: {body:?}"
        );
        assert!(
            body.iter().any(|o| matches!(o, Op::ListAppend(..))),
            "every iteration appends"
        );
    }

    #[test]
    fn any_other_list_write_keeps_list_fields_in_the_body() {
        let mut ir = ir();
        let (i, out, xs) = append_while_reading_a_length(&mut ir);
        push(&mut ir, Op::SetShape(out, 3), Ty::Void);
        let one = push(&mut ir, Op::KInt(1), Ty::Int);
        let next = push(&mut ir, Op::AddOv(i, one), Ty::Int);
        close(&mut ir, &[next]);
        super::run(&mut ir);
        let ops = ops(&ir);
        let loop_at = ops.iter().position(|o| *o == Op::LoopStart).expect("peeled");
        assert!(!ops.iter().any(|o| matches!(o, Op::ICmp(Cmp::Ne, ..))), "{ops:?}");
        assert!(ops[loop_at + 1..].contains(&Op::LoadField(xs, 8)), "{ops:?}");
    }

    #[test]
    fn a_slot_whose_type_the_iteration_changes_is_not_peeled() {
        // y = y / 2 with y an int on entry: the end value is a float.
        let mut ir = ir();
        let y = push(&mut ir, Op::SLoad(0), Ty::Int);
        let two = push(&mut ir, Op::KFloat(2.0f64.to_bits()), Ty::Float);
        let yf = push(&mut ir, Op::IToF(y), Ty::Float);
        let half = push(&mut ir, Op::FDiv(yf, two), Ty::Float);
        close(&mut ir, &[half]);
        super::run(&mut ir);
        assert!(
            !ops(&ir).contains(&Op::LoopStart),
            "a type-unstable loop must restart at its guards: {:?}",
            ops(&ir)
        );
    }

    #[test]
    fn body_exits_restore_every_slot_the_loop_writes() {
        let mut ir = ir();
        let x = push(&mut ir, Op::SLoad(0), Ty::Int);
        let one = push(&mut ir, Op::KInt(1), Ty::Int);
        let y = push(&mut ir, Op::AddOv(x, one), Ty::Int);
        let z = push(&mut ir, Op::SLoad(1), Ty::Int);
        let w = push(&mut ir, Op::AddOv(z, y), Ty::Int);
        // slot 0 = y, slot 1 = w
        close(&mut ir, &[y, w]);
        super::run(&mut ir);
        // The body's first guard (x + 1 overflowing) must restore both
        // slots: memory still has their values from before the loop.
        let loop_at = ir.ins.iter().position(|i| i.op == Op::LoopStart).unwrap();
        let g = ir.ins[loop_at + 1..].iter().find(|i| i.snap.is_some()).unwrap();
        let snap = &ir.snaps[g.snap.unwrap() as usize];
        let slots: Vec<u32> = snap.entries.iter().map(|e| e.0).collect();
        assert_eq!(slots, vec![0, 1]);
    }
}
