//! The IR verifier: every operand defined before its use and of the type
//! its instruction expects, every result of the type its operation gives
//! (both declared in `ir/ops.rs`), every guard with a snapshot, snapshots
//! naming only defined values, and the trace ending in exactly one
//! terminator.

use crate::ir::{Elem, IrBuf, Op, Ty, Want, Yields};

pub fn verify(ir: &IrBuf) -> Result<(), String> {
    let n = ir.ins.len();
    if n == 0 {
        return Err("empty trace".into());
    }
    for (i, ins) in ir.ins.iter().enumerate() {
        let bad = |what: &str| Err(format!("IR {i:04} ({:?}): {what}", ins.op));
        for r in ir.uses(i) {
            if r.0 as usize >= i {
                return bad("operand not defined before its use");
            }
            // Only another virtual tuple may hold one (an exit makes both).
            if matches!(ir.op(r), Op::VTuple(_)) && !matches!(ins.op, Op::VTuple(_)) {
                return bad("virtual tuple used as a value");
            }
        }
        if let Err(what) = types_fit(ir, &ins.op, ins.ty) {
            return bad(what);
        }
        if ins.op.is_guard() != ins.snap.is_some() {
            return bad("guard without snapshot (or snapshot without guard)");
        }
        if let Some(s) = ins.snap {
            let Some(snap) = ir.snaps.get(s as usize) else {
                return bad("snapshot number out of range");
            };
            for r in snap.refs() {
                if r.0 as usize >= i && !matches!(ins.op, Op::LoopBack | Op::LoopStart | Op::Link(_)) {
                    return bad("snapshot names a value defined later");
                }
            }
        }
        if matches!(ins.op, Op::Phi(..))
            && !ir.ins[i + 1..]
                .iter()
                .all(|x| matches!(x.op, Op::Phi(..) | Op::LoopBack))
        {
            return bad("PHIs must come last, before the loop's end");
        }
        let last = i + 1 == n;
        let terminator = matches!(ins.op, Op::LoopBack | Op::Link(_) | Op::Handoff | Op::CallEntry(..));
        if terminator != last {
            return bad("the trace must end in exactly one LOOP, LINK, HANDOFF or CALLENTRY");
        }
    }
    Ok(())
}

/// Whether an instruction's operands and result have the types its
/// operation declares.
fn types_fit(ir: &IrBuf, op: &Op, ty: Ty) -> Result<(), &'static str> {
    let info = op.info();
    let operands = op.operands();
    let first = operands.first().map(|&r| ir.ty(r));
    let fits = |want: Want, have: Ty| match want {
        Want::Any => true,
        Want::Int => have == Ty::Int,
        Want::Float => have == Ty::Float,
        Want::Bool => have == Ty::Bool,
        Want::Obj => have == Ty::Obj,
        Want::IntOrRef => matches!(have, Ty::Int | Ty::Bool | Ty::Obj),
        Want::First => Some(have) == first,
        // Tuple items are read from the tuple itself, a str's bytes from
        // the str; a list's items from its buffer's address (an int).
        Want::Items => match op {
            Op::LoadElem(_, _, e) | Op::StoreElem(_, _, _, e) => {
                have == if matches!(e, Elem::TupleItems | Elem::StrBytes) {
                    Ty::Obj
                } else {
                    Ty::Int
                }
            }
            _ => false,
        },
    };
    if !(info.wants.iter().zip(&operands)).all(|(&want, &r)| fits(want, ir.ty(r))) {
        return Err("operand of the wrong type");
    }
    let result_fits = match info.yields {
        Yields::Fixed(t) => ty == t,
        Yields::Recorded => true,
        Yields::First => Some(ty) == first,
    };
    if !result_fits {
        return Err("result of the wrong type");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Op, Ref, Ty};

    #[test]
    fn accepts_a_well_formed_trace() {
        let mut t = ir();
        let x = push(&mut t, Op::SLoad(0), Ty::Int);
        let one = push(&mut t, Op::KInt(1), Ty::Int);
        let y = push(&mut t, Op::AddOv(x, one), Ty::Int);
        close(&mut t, &[y]);
        assert_eq!(super::verify(&t), Ok(()));
    }

    #[test]
    fn rejects_broken_traces() {
        // An operand used before it is defined.
        let mut t = ir();
        let x = push(&mut t, Op::SLoad(0), Ty::Int);
        push(&mut t, Op::AddOv(x, Ref(5)), Ty::Int);
        close(&mut t, &[]);
        assert!(super::verify(&t).is_err());
        // A float operation on an int.
        let mut t = ir();
        let x = push(&mut t, Op::SLoad(0), Ty::Int);
        push(&mut t, Op::FAdd(x, x), Ty::Float);
        close(&mut t, &[]);
        assert!(super::verify(&t).unwrap_err().contains("operand of the wrong type"));
        // A comparison whose result is not a bool.
        let mut t = ir();
        let x = push(&mut t, Op::SLoad(0), Ty::Int);
        push(&mut t, Op::ICmp(crate::ir::Cmp::Lt, x, x), Ty::Int);
        close(&mut t, &[]);
        assert!(super::verify(&t).unwrap_err().contains("result of the wrong type"));
        // A guard without a snapshot.
        let mut t = ir();
        let x = push(&mut t, Op::SLoad(0), Ty::Int);
        t.ins[x.0 as usize].snap = None;
        close(&mut t, &[]);
        assert!(super::verify(&t).unwrap_err().contains("snapshot"));
        // No terminator.
        let mut t = ir();
        push(&mut t, Op::SLoad(0), Ty::Int);
        assert!(super::verify(&t).is_err());
    }
}
