//! The IR verifier: every operand defined before its use and of the type
//! its instruction expects, every guard with a snapshot, snapshots naming
//! only defined values, and the trace ending in exactly one terminator.

use crate::ir::{Elem, IrBuf, Op, Ty};

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
        let t = |k: usize| ir.ty(ins.op.operands()[k]);
        let ok = match ins.op {
            Op::AddOv(..)
            | Op::SubOv(..)
            | Op::MulOv(..)
            | Op::FloorDiv(..)
            | Op::Mod(..)
            | Op::BAnd(..)
            | Op::BOr(..)
            | Op::BXor(..)
            | Op::Shr(..)
            | Op::ICmp(..) => t(0) == t(1) && matches!(t(0), Ty::Int | Ty::Bool | Ty::Obj),
            Op::FAdd(..) | Op::FSub(..) | Op::FMul(..) | Op::FDiv(..) | Op::FCmp(..) | Op::FPow(..) => {
                t(0) == Ty::Float && t(1) == Ty::Float
            }
            Op::NegOv(_) | Op::AbsOv(_) | Op::BNot(_) | Op::IToF(_) | Op::IToFExact(_) | Op::IntTruth(_) => {
                t(0) == Ty::Int
            }
            Op::FNeg(_) | Op::FAbs(_) | Op::FSqrt(_) | Op::FloatTruth(_) => t(0) == Ty::Float,
            Op::Guard(..) | Op::Not(_) => t(0) == Ty::Bool,
            Op::Phi(a, b) => ir.ty(a) == ir.ty(b) && ins.ty == ir.ty(a),
            Op::GuardIs(..)
            | Op::GuardKind(..)
            | Op::GuardStorage(..)
            | Op::GuardShape(..)
            | Op::GuardAscii(_)
            | Op::GuardCode(..)
            | Op::LoadField(..)
            | Op::LoadFixed(..)
            | Op::LoadMutField(..)
            | Op::StoreField(..)
            | Op::RangeNext(_)
            | Op::RangeAdvance(_) => t(0) == Ty::Obj,
            Op::BoundsCheck(..) | Op::AddWrap(..) | Op::SeqLeft(..) => t(0) == Ty::Int && t(1) == Ty::Int,
            Op::RangeLeft(_) => t(0) == Ty::Int,
            Op::SeqNext(..) | Op::SeqAdvance(..) => t(0) == Ty::Obj && t(1) == Ty::Int,
            // Tuple items are read from the tuple itself; a list's from
            // its buffer's address (an int).
            Op::LoadElem(_, _, e) | Op::StoreElem(_, _, _, e) => {
                let base = if matches!(e, Elem::TupleItems | Elem::StrBytes) {
                    Ty::Obj
                } else {
                    Ty::Int
                };
                t(0) == base && t(1) == Ty::Int
            }
            _ => true,
        };
        if !ok {
            return bad("operand of the wrong type");
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
        assert!(super::verify(&t).unwrap_err().contains("wrong type"));
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
