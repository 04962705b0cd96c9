//! Python arithmetic on primitive ints and floats: floor division and
//! modulo signs, CPython's error messages, and exact comparison between
//! ints and floats. The int functions answer `None` when the exact result
//! does not fit in an i64: the caller then computes it as a big int
//! (`ops/bigarith.rs`).

use std::cmp::Ordering;

use crate::error::{ExcKind, OpResult, RawError};

/// 2**63 as a float: the first value past the i64 range.
pub const TWO_POW_63: f64 = (1u64 << 63) as f64;

/// An int or float result (`int ** negative int` is a float).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

/// `a // b`, rounding toward negative infinity (None for `MIN // -1`).
pub fn int_floordiv(a: i64, b: i64) -> OpResult<Option<i64>> {
    if b == 0 {
        return Err(RawError::zero_division("integer division or modulo by zero"));
    }
    let Some(q) = a.checked_div(b) else {
        return Ok(None);
    };
    Ok(Some(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q }))
}

/// `a % b`, with the sign of the divisor.
pub fn int_mod(a: i64, b: i64) -> OpResult<i64> {
    if b == 0 {
        return Err(RawError::zero_division("integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `a / b` for ints, correctly rounded as CPython does it.
pub fn int_truediv(a: i64, b: i64) -> OpResult<f64> {
    if b == 0 {
        return Err(RawError::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        // Both convert exactly, and IEEE division rounds correctly.
        return Ok(a as f64 / b as f64);
    }
    Ok(correctly_rounded_div(a as i128, b as i128))
}

/// Rounds the exact quotient a/b to the nearest double (ties to even),
/// by scaling so the integer quotient has 55+ significant bits.
fn correctly_rounded_div(a: i128, b: i128) -> f64 {
    let negative = (a < 0) != (b < 0);
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    if a == 0 {
        return if negative { -0.0 } else { 0.0 };
    }
    // Choose a shift so that q = (a << s) / b has at least 55 bits.
    let bits = |x: u128| 128 - x.leading_zeros() as i32;
    let mut shift = 55 - (bits(a) - bits(b));
    if shift < 0 {
        shift = 0;
    }
    let (num, den) = if shift + bits(a) > 126 {
        (a, b >> (shift + bits(a) - 126).min(127))
    } else {
        (a << shift, b)
    };
    let q = num / den.max(1);
    let sticky = (num % den.max(1) != 0) as u128;
    // q has >= 55 bits; fold the remainder into a sticky bit and let the
    // int -> float conversion (round half to even) finish the job.
    let q = q | sticky;
    let value = q as f64 * 2f64.powi(-shift);
    if negative {
        -value
    } else {
        value
    }
}

/// `a ** b` for ints: an int for b >= 0, a float otherwise; None when
/// the int does not fit.
pub fn int_pow(a: i64, b: i64) -> OpResult<Option<Num>> {
    if b < 0 {
        if a == 0 {
            return Err(RawError::zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Some(Num::Float(float_pow(a as f64, b as f64)?)));
    }
    let mut result: i64 = 1;
    let mut base = a;
    let mut e = b as u64;
    while e > 0 {
        if e & 1 == 1 {
            let Some(r) = result.checked_mul(base) else {
                return Ok(None);
            };
            result = r;
        }
        e >>= 1;
        if e > 0 {
            let Some(square) = base.checked_mul(base) else {
                // |base| > 1 here (0, 1 and -1 square without overflow),
                // so the result grows past i64 too.
                return Ok(None);
            };
            base = square;
        }
    }
    Ok(Some(Num::Int(result)))
}

/// `a << b`, None when the result does not fit.
pub fn int_lshift(a: i64, b: i64) -> OpResult<Option<i64>> {
    if b < 0 {
        return Err(RawError::value_error("negative shift count"));
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if b >= 64 {
        return Ok(None);
    }
    let r = a << b;
    Ok((r >> b == a).then_some(r))
}

pub fn int_rshift(a: i64, b: i64) -> OpResult<i64> {
    if b < 0 {
        return Err(RawError::value_error("negative shift count"));
    }
    Ok(a >> b.min(63))
}

/// `a + b` for floats. When the sum is a NaN, which NaN (its sign) is
/// CPython's: its C compiler puts `b` first (`addsd b, a`), and the
/// processor gives the first NaN operand, quieted. IEEE leaves a NaN
/// result's sign open and Rust's compiler may order the operands either
/// way, so the choice is made here, and compiled code emits the same
/// order: the interpreter and traces give the NaN CPython gives
/// (`math.copysign` shows it).
#[inline(always)]
pub fn float_add(a: f64, b: f64) -> f64 {
    let r = a + b;
    if r.is_nan() {
        nan_of(b, a, r)
    } else {
        r
    }
}

/// `a * b` for floats, its NaN chosen as `float_add`'s.
#[inline(always)]
pub fn float_mul(a: f64, b: f64) -> f64 {
    let r = a * b;
    if r.is_nan() {
        nan_of(b, a, r)
    } else {
        r
    }
}

/// The NaN an x86 instruction gives with operands `first, second`: the
/// first if it is a NaN, else the second if it is one (quieted, as the
/// processor quiets a signalling NaN), else the new NaN `r` (`inf - inf`).
#[cold]
fn nan_of(first: f64, second: f64, r: f64) -> f64 {
    const QUIET: u64 = 1 << 51;
    match (first.is_nan(), second.is_nan()) {
        (true, _) => f64::from_bits(first.to_bits() | QUIET),
        (false, true) => f64::from_bits(second.to_bits() | QUIET),
        _ => r,
    }
}

/// `a // b` for floats (CPython's float_floor_div via divmod).
pub fn float_floordiv(a: f64, b: f64) -> OpResult<f64> {
    if b == 0.0 {
        return Err(RawError::zero_division("float floor division by zero"));
    }
    Ok(float_divmod_raw(a, b).0)
}

/// `a % b` for floats, with the sign of the divisor and signed zeros.
pub fn float_mod(a: f64, b: f64) -> OpResult<f64> {
    if b == 0.0 {
        return Err(RawError::zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

pub fn float_divmod(a: f64, b: f64) -> OpResult<(f64, f64)> {
    if b == 0.0 {
        return Err(RawError::zero_division("float divmod()"));
    }
    Ok(float_divmod_raw(a, b))
}

/// CPython's float_divmod algorithm (Objects/floatobject.c), b != 0.
fn float_divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a ** b` for floats, with CPython's errors.
pub fn float_pow(a: f64, b: f64) -> OpResult<f64> {
    // The common case first (`d2 ** 0.5`, `x ** 3.0`): a positive finite
    // base and a finite exponent raise only on overflow.
    if a > 0.0 && a.is_finite() && b.is_finite() {
        let r = a.powf(b);
        if r.is_finite() {
            return Ok(r);
        }
    }
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(RawError::zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(RawError::new(
            ExcKind::NotImplementedError,
            "complex numbers are not supported",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// Compares an int with a float exactly (None when the float is NaN).
pub fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    const EXACT: i64 = 1 << 53;
    if (-EXACT..=EXACT).contains(&i) {
        return (i as f64).partial_cmp(&f);
    }
    // |f| >= 2**63 is outside every i64.
    if f >= TWO_POW_63 {
        return Some(Ordering::Less);
    }
    if f < -TWO_POW_63 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    let ti = t as i64;
    match i.cmp(&ti) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// `int(f)`: truncation toward zero; None when it does not fit an i64.
pub fn float_to_int(f: f64) -> OpResult<Option<i64>> {
    if f.is_nan() {
        return Err(RawError::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    Ok((-TWO_POW_63..TWO_POW_63).contains(&t).then_some(t as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_the_divisor() {
        assert_eq!(int_floordiv(-7, 2), Ok(Some(-4)));
        assert_eq!(int_mod(-7, 2), Ok(1));
        assert_eq!(int_mod(7, -2), Ok(-1));
        assert_eq!(int_floordiv(7, -2), Ok(Some(-4)));
        assert_eq!(int_floordiv(i64::MIN, -1), Ok(None));
        assert_eq!(int_mod(i64::MIN, -1), Ok(0));
        assert_eq!(float_mod(-7.5, 2.0), Ok(0.5));
        assert_eq!(float_mod(0.0, -5.0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(float_floordiv(-7.5, 2.0), Ok(-4.0));
        assert_eq!(int_mod(1, 0).unwrap_err().msg, "integer modulo by zero");
        assert_eq!(float_mod(1.0, 0.0).unwrap_err().msg, "float modulo");
    }

    #[test]
    fn powers() {
        assert_eq!(int_pow(2, 62), Ok(Some(Num::Int(1 << 62))));
        assert_eq!(int_pow(2, 63), Ok(None));
        assert_eq!(int_pow(-2, 63), Ok(Some(Num::Int(i64::MIN))));
        assert_eq!(int_pow(2, -1), Ok(Some(Num::Float(0.5))));
        assert_eq!(int_pow(1, 1000), Ok(Some(Num::Int(1))));
        assert_eq!(
            int_pow(0, -1).unwrap_err().msg,
            "0.0 cannot be raised to a negative power"
        );
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        assert_eq!(int_truediv(1, 3), Ok(1.0 / 3.0));
        assert_eq!(int_truediv(i64::MAX, 1), Ok(TWO_POW_63));
        assert_eq!(int_truediv(9007199254740993, 1), Ok(9007199254740992.0));
        assert_eq!(int_truediv(9007199254740995, 1), Ok(9007199254740996.0));
        assert_eq!(int_truediv(-9007199254740993 * 3, 3), Ok(-9007199254740992.0));
    }

    #[test]
    fn int_float_comparison_is_exact() {
        assert_eq!(
            cmp_int_float(9007199254740993, 9007199254740992.0),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_float(i64::MAX, TWO_POW_63), Some(Ordering::Less));
        assert_eq!(cmp_int_float(3, 2.5), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(1, f64::NAN), None);
    }

    #[test]
    fn shifts() {
        assert_eq!(int_lshift(1, 62), Ok(Some(1 << 62)));
        assert_eq!(int_lshift(1, 63), Ok(None));
        assert_eq!(int_lshift(-1, 63), Ok(Some(i64::MIN)));
        assert_eq!(int_rshift(-5, 100), Ok(-1));
        assert_eq!(int_lshift(1, -1).unwrap_err().msg, "negative shift count");
    }
}
