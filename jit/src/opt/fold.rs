//! Constant folding and algebraic simplification. Only rewrites that give
//! bit-identical results for every input: `x * 1.0` is `x`, but `x + 0.0`
//! is not (-0.0 + 0.0 is 0.0); int operations that would overflow stay,
//! so their guard still exits.

use super::{rebuild, Fate};
use crate::ir::{IrBuf, Op, Ty};

pub fn run(ir: &mut IrBuf) {
    let mut fates = vec![super::Fate::Keep; ir.ins.len()];
    for i in 0..ir.ins.len() {
        // Operands may have been replaced by earlier folds in this pass.
        let resolve = |r: crate::ir::Ref, fates: &[Fate]| match fates[r.0 as usize] {
            Fate::Replace(x) => x,
            _ => r,
        };
        let mut op = ir.ins[i].op;
        op.map_operands(|r| resolve(r, &fates));
        ir.ins[i].op = op;
        let ki = |r| ir.const_i(r);
        let kf = |r| ir.const_f(r);
        let folded = match op {
            Op::AddOv(a, b) => match (ki(a), ki(b)) {
                (Some(x), Some(y)) => x.checked_add(y).map(Op::KInt),
                (_, Some(0)) => {
                    fates[i] = Fate::Replace(a);
                    None
                }
                (Some(0), _) => {
                    fates[i] = Fate::Replace(b);
                    None
                }
                _ => None,
            },
            Op::SubOv(a, b) => match (ki(a), ki(b)) {
                (Some(x), Some(y)) => x.checked_sub(y).map(Op::KInt),
                (_, Some(0)) => {
                    fates[i] = Fate::Replace(a);
                    None
                }
                _ => None,
            },
            Op::MulOv(a, b) => match (ki(a), ki(b)) {
                (Some(x), Some(y)) => x.checked_mul(y).map(Op::KInt),
                (_, Some(1)) => {
                    fates[i] = Fate::Replace(a);
                    None
                }
                (Some(1), _) => {
                    fates[i] = Fate::Replace(b);
                    None
                }
                _ => None,
            },
            Op::BAnd(a, b) | Op::BOr(a, b) | Op::BXor(a, b) => match (ki(a), ki(b)) {
                (Some(x), Some(y)) => Some(Op::KInt(match op {
                    Op::BAnd(..) => x & y,
                    Op::BOr(..) => x | y,
                    _ => x ^ y,
                })),
                _ => None,
            },
            Op::FAdd(a, b) | Op::FSub(a, b) | Op::FMul(a, b) => match (kf(a), kf(b)) {
                (Some(x), Some(y)) => Some(Op::KFloat(
                    match op {
                        Op::FAdd(..) => rumba_vm::numeric::float_add(x, y),
                        Op::FSub(..) => x - y,
                        _ => rumba_vm::numeric::float_mul(x, y),
                    }
                    .to_bits(),
                )),
                (_, Some(y)) if y == 1.0 && matches!(op, Op::FMul(..)) => {
                    fates[i] = Fate::Replace(a);
                    None
                }
                (_, Some(y)) if y.to_bits() == 0 && matches!(op, Op::FSub(..)) => {
                    fates[i] = Fate::Replace(a);
                    None
                }
                _ => None,
            },
            Op::FDiv(a, b) => match (kf(a), kf(b)) {
                (Some(x), Some(y)) if y != 0.0 => Some(Op::KFloat((x / y).to_bits())),
                _ => None,
            },
            Op::IToF(a) => ki(a).map(|x| Op::KFloat((x as f64).to_bits())),
            Op::IToFExact(a) => ki(a)
                .filter(|x| x.unsigned_abs() <= 1 << 53)
                .map(|x| Op::KFloat((x as f64).to_bits())),
            Op::ICmp(c, a, b) => match (ki(a), ki(b)) {
                (Some(x), Some(y)) => Some(Op::KBool(c.holds(Some(x.cmp(&y))))),
                _ => None,
            },
            Op::FCmp(c, a, b) => match (kf(a), kf(b)) {
                (Some(x), Some(y)) => Some(Op::KBool(c.holds(x.partial_cmp(&y)))),
                _ => None,
            },
            Op::Not(a) => match ir.op(a) {
                Op::KBool(b) => Some(Op::KBool(!b)),
                Op::Not(x) => {
                    fates[i] = Fate::Replace(x);
                    None
                }
                _ => None,
            },
            Op::IntTruth(a) => ki(a).map(|x| Op::KBool(x != 0)),
            _ => None,
        };
        if let Some(k) = folded {
            // The instruction becomes a constant: no longer a guard.
            ir.ins[i].op = k;
            ir.ins[i].snap = None;
            ir.ins[i].ty = match k {
                Op::KInt(_) => Ty::Int,
                Op::KFloat(_) => Ty::Float,
                _ => Ty::Bool,
            };
        }
    }
    rebuild(ir, &fates);
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::ir::{Cmp, Op, Ty};

    #[test]
    fn folds_int_constants_but_keeps_overflow() {
        let mut ir = ir();
        let a = push(&mut ir, Op::KInt(2), Ty::Int);
        let b = push(&mut ir, Op::KInt(3), Ty::Int);
        let s = push(&mut ir, Op::AddOv(a, b), Ty::Int);
        let m = push(&mut ir, Op::KInt(i64::MAX), Ty::Int);
        let o = push(&mut ir, Op::AddOv(m, b), Ty::Int);
        close(&mut ir, &[s, o]);
        super::run(&mut ir);
        assert_eq!(ir.ins[2].op, Op::KInt(5));
        assert_eq!(ir.ins[2].snap, None);
        assert!(matches!(ir.ins[4].op, Op::AddOv(..)), "overflow must still exit");
    }

    #[test]
    fn simplifies_identities_exactly() {
        let mut ir = ir();
        let x = push(&mut ir, Op::SLoad(0), Ty::Float);
        let one = push(&mut ir, Op::KFloat(1.0f64.to_bits()), Ty::Float);
        let zero = push(&mut ir, Op::KFloat(0.0f64.to_bits()), Ty::Float);
        let m = push(&mut ir, Op::FMul(x, one), Ty::Float);
        let p = push(&mut ir, Op::FAdd(x, zero), Ty::Float);
        close(&mut ir, &[m, p]);
        super::run(&mut ir);
        let snap = &ir.snaps[1];
        assert_eq!(snap.entries[0].1, crate::ir::Ref(0), "x * 1.0 is x");
        assert!(
            matches!(ir.op(snap.entries[1].1), Op::FAdd(..)),
            "x + 0.0 is not x for -0.0"
        );
    }

    #[test]
    fn folds_comparisons_with_nan() {
        let mut ir = ir();
        let n = push(&mut ir, Op::KFloat(f64::NAN.to_bits()), Ty::Float);
        let c = push(&mut ir, Op::FCmp(Cmp::Ne, n, n), Ty::Bool);
        let d = push(&mut ir, Op::FCmp(Cmp::Eq, n, n), Ty::Bool);
        close(&mut ir, &[c, d]);
        super::run(&mut ir);
        assert_eq!(ir.ins[1].op, Op::KBool(true));
        assert_eq!(ir.ins[2].op, Op::KBool(false));
    }
}
