//! Exact arithmetic for `statistics`: CPython sums the data as exact
//! fractions (each float is `m * 2**e`, so every denominator is a power of
//! two) and rounds once at the end, so a mean or variance prints the same
//! digits only if it is computed the same way.

use dashu_int::ops::{BitTest, DivRem, Gcd, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, UBig};

use crate::error::{OpResult, RawError};
use crate::ops::bigarith::{big_truediv, div_ticks, mul_ticks, words};
use crate::value::Value;
use crate::vm::Vm;

/// A number as `_exact_ratio` sees it.
pub(super) enum Ratio {
    /// `num / 2**shift`.
    Exact { num: IBig, shift: usize },
    /// An infinity or NaN, which has no ratio.
    NonFinite(f64),
}

/// The kinds of data the statistics of Rumba's numbers can meet; the
/// result takes the widest (`_coerce`: bool and int give int).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum NumType {
    Int,
    Float,
}

/// The exact ratio of a number and its type, or the TypeError CPython's
/// `_exact_ratio` raises.
pub(super) fn ratio(vm: &Vm, v: Value) -> OpResult<(Ratio, NumType)> {
    if let Value::Float(f) = v {
        return Ok((float_ratio(f), NumType::Float));
    }
    if let Some(n) = vm.int_operand(v) {
        let num = n.into_owned();
        return Ok((Ratio::Exact { num, shift: 0 }, NumType::Int));
    }
    Err(RawError::type_error(format!(
        "can't convert type '{}' to numerator/denominator",
        vm.type_name(v)
    )))
}

fn float_ratio(f: f64) -> Ratio {
    if !f.is_finite() {
        return Ratio::NonFinite(f);
    }
    if f == 0.0 {
        return Ratio::Exact {
            num: IBig::ZERO,
            shift: 0,
        };
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exponent - 1075)
    };
    let mut num = IBig::from(mantissa);
    if f < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        return Ratio::Exact {
            num: num << exp as usize,
            shift: 0,
        };
    }
    // Lowest terms, as `float.as_integer_ratio` gives.
    let tz = if mantissa == 0 {
        0
    } else {
        mantissa.trailing_zeros() as i64
    };
    let drop = tz.min(-exp);
    Ratio::Exact {
        num: num >> drop as usize,
        shift: (-exp - drop) as usize,
    }
}

/// A sum of exact ratios, kept over the largest power-of-two denominator
/// seen; non-finite terms are summed apart as floats, as CPython keeps
/// them under the key None.
pub(super) struct ExactSum {
    num: IBig,
    shift: usize,
    non_finite: Option<f64>,
}

impl ExactSum {
    pub(super) fn new() -> ExactSum {
        ExactSum {
            num: IBig::ZERO,
            shift: 0,
            non_finite: None,
        }
    }

    pub(super) fn add(&mut self, vm: &Vm, term: &Ratio) -> OpResult<()> {
        match term {
            Ratio::NonFinite(f) => self.non_finite = Some(self.non_finite.unwrap_or(0.0) + f),
            Ratio::Exact { num, shift } => {
                vm.charge(1 + (words(num) + words(&self.num)) as u64 / 32)?;
                if *shift > self.shift {
                    self.num = std::mem::take(&mut self.num) << (shift - self.shift);
                    self.shift = *shift;
                }
                self.num += num.clone() << (self.shift - shift);
            }
        }
        Ok(())
    }

    /// The sum: an exact fraction, or the float sum of the non-finite
    /// terms when there were any.
    pub(super) fn total(self) -> Result<Frac, f64> {
        match self.non_finite {
            Some(f) => Err(f),
            None => Ok(Frac::new(self.num, UBig::ONE << self.shift)),
        }
    }
}

/// The square of a ratio (`n*n / d*d`), for a sum of squares.
pub(super) fn square(term: &Ratio) -> Ratio {
    match term {
        Ratio::Exact { num, shift } => Ratio::Exact {
            num: num * num,
            shift: shift * 2,
        },
        Ratio::NonFinite(f) => Ratio::NonFinite(*f),
    }
}

/// A fraction in lowest terms, its denominator positive.
#[derive(Clone)]
pub(super) struct Frac {
    pub num: IBig,
    pub den: UBig,
}

impl Frac {
    pub(super) fn new(num: IBig, den: UBig) -> Frac {
        let g = Gcd::gcd((&num).unsigned_abs(), &den);
        if g == UBig::ONE || g == UBig::ZERO {
            return Frac { num, den };
        }
        let (num, _) = num.div_rem(IBig::from(g.clone()));
        Frac { num, den: den / g }
    }

    pub(super) fn int(n: i64) -> Frac {
        Frac::new(IBig::from(n), UBig::ONE)
    }

    pub(super) fn sub(&self, vm: &Vm, other: &Frac) -> OpResult<Frac> {
        self.charge(vm, other)?;
        let num = &self.num * IBig::from(other.den.clone()) - &other.num * IBig::from(self.den.clone());
        Ok(Frac::new(num, &self.den * &other.den))
    }

    pub(super) fn mul(&self, vm: &Vm, other: &Frac) -> OpResult<Frac> {
        self.charge(vm, other)?;
        Ok(Frac::new(&self.num * &other.num, &self.den * &other.den))
    }

    /// `self / n` for a positive int.
    pub(super) fn div_int(&self, vm: &Vm, n: i64) -> OpResult<Frac> {
        self.charge(vm, &Frac::int(n))?;
        let num = if n < 0 { -self.num.clone() } else { self.num.clone() };
        Ok(Frac::new(num, &self.den * UBig::from(n.unsigned_abs())))
    }

    fn charge(&self, vm: &Vm, other: &Frac) -> OpResult<()> {
        let a = words(&self.num).max(words(&IBig::from(self.den.clone())));
        let b = words(&other.num).max(words(&IBig::from(other.den.clone())));
        vm.charge(2 * mul_ticks(a, b) + div_ticks(a + b, a.min(b)) + 1)
    }

    pub(super) fn is_integer(&self) -> bool {
        self.den == UBig::ONE
    }

    /// `float(fraction)`: correctly rounded.
    pub(super) fn to_f64(&self) -> OpResult<f64> {
        big_truediv(&self.num, &IBig::from(self.den.clone()))
    }

    /// The square root, correctly rounded as CPython's
    /// `_float_sqrt_of_frac` does it: an integer square root of the
    /// fraction scaled to 2*53+3 bits, rounded to odd, then one division.
    pub(super) fn sqrt_f64(&self, vm: &Vm) -> OpResult<f64> {
        const SQRT_BIT_WIDTH: i64 = 2 * 53 + 3;
        let n = (&self.num).unsigned_abs();
        let m = self.den.clone();
        let w = words(&self.num) + words(&IBig::from(m.clone()));
        vm.charge(4 * mul_ticks(w, w) + 1)?;
        let q = (n.bit_len() as i64 - m.bit_len() as i64 - SQRT_BIT_WIDTH).div_euclid(2);
        let (numerator, denominator) = if q >= 0 {
            let root = sqrt_rounded_to_odd(&n, &(m << (2 * q) as usize));
            (root << q as usize, UBig::ONE)
        } else {
            let root = sqrt_rounded_to_odd(&(n << (-2 * q) as usize), &m);
            (root, UBig::ONE << (-q) as usize)
        };
        big_truediv(&IBig::from(numerator), &IBig::from(denominator))
    }
}

/// The integer square root of `n / m`, its last bit set when inexact.
fn sqrt_rounded_to_odd(n: &UBig, m: &UBig) -> UBig {
    let a = (n / m).sqrt();
    let exact = &a * &a * m == *n;
    if exact {
        a
    } else {
        a | UBig::ONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(f: f64) -> (IBig, usize) {
        match float_ratio(f) {
            Ratio::Exact { num, shift } => (num, shift),
            Ratio::NonFinite(_) => panic!("finite"),
        }
    }

    #[test]
    fn float_ratios_are_in_lowest_terms() {
        assert_eq!(parts(0.25), (IBig::ONE, 2));
        assert_eq!(parts(-3.0), (IBig::from(-3), 0));
        assert_eq!(parts(0.0), (IBig::ZERO, 0));
        assert_eq!(parts(5e-324), (IBig::ONE, 1074));
        assert_eq!(parts(1e20), (IBig::from(100_000_000_000_000_000_000u128), 0));
    }

    #[test]
    fn square_roots_round_correctly() {
        let (vm, _) = crate::builtins::testing::new_vm();
        let two = Frac::int(2);
        assert_eq!(two.sqrt_f64(&vm).unwrap(), 2f64.sqrt());
        assert_eq!(Frac::int(0).sqrt_f64(&vm).unwrap(), 0.0);
        let quarter = Frac::new(IBig::ONE, UBig::from(4u8));
        assert_eq!(quarter.sqrt_f64(&vm).unwrap(), 0.5);
    }
}
