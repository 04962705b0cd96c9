//! Int arithmetic past 64 bits: what an operator does when an operand is a
//! big int (`object/bigint.rs`) or when the i64 fast path overflowed.
//!
//! Every result goes through `Vm::int_value`, which gives back a
//! `Value::Int` whenever the result fits, so small ints never become heap
//! objects. Untrusted scripts are the normal case, so each operation that
//! can take long or allocate much first checks that its result fits under
//! the heap limit (`Heap::reserve`) and charges ticks in proportion to the
//! work the algorithm does (`mul_ticks` and friends): `2 ** 10 ** 8` and a
//! loop of growing factorials stop at the budget, `10 ** 10 ** 10` with a
//! `MemoryError`, before anything is computed.

use std::borrow::Cow;
use std::cmp::Ordering;

use dashu_int::ops::{Abs, BitTest, DivRem, PowerOfTwo, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig};

use crate::error::{ExcKind, OpResult, RawError};
use crate::numeric::float_pow;
use crate::object::{BigIntObj, Obj};
use crate::ops::arith::{BinOp, UnaryOp};
use crate::value::Value;
use crate::vm::Vm;

/// Words of linear work (an add, a copy, a shift) per tick: a tick is
/// about a loop iteration of the interpreter, some tens of instructions.
const WORDS_PER_TICK: usize = 32;

/// The 64-bit words of `x`'s magnitude (at least 1).
pub fn words(x: &IBig) -> usize {
    x.as_sign_words().1.len().max(1)
}

/// Ticks for a product of `a` by `b` words. Below 32 words the crate
/// multiplies by the schoolbook method (a*b word products); above, by
/// Karatsuba and Toom-3, taken as b**1.585 per b-word block of `a`.
pub fn mul_ticks(a: usize, b: usize) -> u64 {
    let (long, short) = if a >= b { (a, b) } else { (b, a) };
    let work = if short <= 32 {
        (long * short) as f64
    } else {
        long as f64 * (short as f64).powf(0.585)
    };
    (work / WORDS_PER_TICK as f64) as u64
}

/// Ticks for dividing `a` words by `b` words: a product of the quotient's
/// size by the divisor's.
pub fn div_ticks(a: usize, b: usize) -> u64 {
    mul_ticks(a.saturating_sub(b) + 1, b)
}

fn linear_ticks(n: usize) -> u64 {
    (n / WORDS_PER_TICK) as u64
}

/// The exact integer a finite float holds after truncation toward zero.
pub fn ibig_from_f64(f: f64) -> IBig {
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return IBig::from(t as i64);
    }
    // |t| >= 2**63: an integer m * 2**e with a 53-bit m and e >= 11.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as usize - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let magnitude = IBig::from(mantissa) << exp;
    if t < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// `x` as the nearest float (ties to even), or CPython's error when it is
/// beyond the float range.
pub fn big_to_f64(x: &IBig) -> OpResult<f64> {
    let f = x.to_f64().value();
    if f.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "int too large to convert to float",
        ));
    }
    Ok(f)
}

/// `2**e` as a float, for e in the range where the result is a float
/// (subnormals included); built in two exact steps below the normal range.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        pow2(e + 600) * pow2(-600)
    }
}

/// `a / b` correctly rounded (to nearest, ties to even), as CPython's true
/// division of ints: the quotient scaled to at least 55 bits, then rounded
/// once to the precision the result has (53 bits, or fewer for a subnormal),
/// with the remainder as the sticky bit.
pub fn big_truediv(a: &IBig, b: &IBig) -> OpResult<f64> {
    if *b == IBig::ZERO {
        return Err(RawError::zero_division("division by zero"));
    }
    let negative = (a.sign() == Sign::Negative) != (b.sign() == Sign::Negative);
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    if a == UBig::ZERO {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (la, lb) = (a.bit_len() as i64, b.bit_len() as i64);
    // q = floor(a * 2**shift / b) has 55 or 56 bits.
    let shift = 55 - (la - lb);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q: u64 = u64::try_from(&q).expect("a quotient of 55 or 56 bits");
    let sticky = r != UBig::ZERO;
    let qbits = 64 - q.leading_zeros() as i64;
    // Bits to drop: down to 53 significant bits, or to the 2**-1074 unit
    // of subnormals.
    let drop = (qbits - 53).max(shift - 1074);
    // q < 2**56, so dropping 57 bits or more leaves less than half a unit.
    let (kept, exp): (u64, i64) = if drop >= 57 {
        (0, shift)
    } else {
        let kept = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        (kept + up as u64, shift - drop)
    };
    // The value is kept * 2**-exp, kept <= 2**53: exact as a float.
    let top = (64 - kept.leading_zeros() as i64) - 1 - exp;
    if kept != 0 && top > 1023 {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    let value = if kept == 0 { 0.0 } else { kept as f64 * pow2(-exp) };
    Ok(if negative { -value } else { value })
}

/// Floor division and modulo with Python's signs (the remainder takes the
/// divisor's sign); `b` is not zero.
pub fn floor_divmod(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    if r != IBig::ZERO && (r.sign() == Sign::Negative) != (b.sign() == Sign::Negative) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// `x >> n` as Python's arithmetic shift: floor division by 2**n.
pub fn shift_right_floor(x: &IBig, n: usize) -> IBig {
    if x.sign() == Sign::Negative {
        // floor(x / 2**n) == -(((-x) - 1) >> n) - 1, with a shift of a
        // non-negative number, which truncates.
        let m = (-x) - IBig::ONE;
        -(m >> n) - IBig::ONE
    } else {
        x >> n
    }
}

/// Compares an int with a float exactly (None when the float is NaN).
pub fn cmp_big_float(x: &IBig, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // A float's integer part is exact; its fraction only matters on a tie.
    let whole = ibig_from_f64(f);
    match x.cmp(&whole) {
        Ordering::Equal => Some(if f > f.trunc() {
            Ordering::Less
        } else if f < f.trunc() {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// CPython's hash of an int: the magnitude modulo 2**61 - 1 with the
/// sign, and -1 (an error marker in C) becomes -2.
pub fn hash_big(x: &IBig) -> i64 {
    const MODULUS: u128 = (1 << 61) - 1;
    let (sign, words) = x.as_sign_words();
    let mut acc: u128 = 0;
    for w in words.iter().rev() {
        acc = ((acc << 64) | *w as u128) % MODULUS;
    }
    let h = if sign == Sign::Negative {
        -(acc as i64)
    } else {
        acc as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    /// The big int a value holds, if it is one.
    #[inline]
    pub fn big_int(&self, v: Value) -> Option<&IBig> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(x) => Some(x),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether a value is an int of either size (bools included).
    pub fn is_int(&self, v: Value) -> bool {
        v.as_index().is_some() || self.big_int(v).is_some()
    }

    /// Any int (or bool) as a big-int operand: borrowed when it is one.
    pub fn int_operand(&self, v: Value) -> Option<Cow<'_, IBig>> {
        match v.as_index() {
            Some(i) => Some(Cow::Owned(IBig::from(i))),
            None => self.big_int(v).map(Cow::Borrowed),
        }
    }

    /// The value for an int result: `Value::Int` whenever it fits.
    pub fn int_value(&self, x: IBig) -> Value {
        match i64::try_from(&x) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Obj(self.heap.alloc(BigIntObj::new(x))),
        }
    }

    /// Checks that a result of `result_words` fits under the heap limit
    /// and charges `ticks` for computing it, before it is computed.
    pub fn big_room(&self, result_words: usize, ticks: u64) -> OpResult<()> {
        self.heap.reserve(
            result_words
                .saturating_mul(8)
                .saturating_add(std::mem::size_of::<BigIntObj>()),
        )?;
        self.charge(ticks)
    }

    /// An int as a float, for mixed arithmetic and `float()`.
    pub fn int_to_f64(&self, v: Value) -> Option<OpResult<f64>> {
        match v.as_index() {
            Some(i) => Some(Ok(i as f64)),
            None => self.big_int(v).map(big_to_f64),
        }
    }

    /// `int(f)` for a finite or infinite float: truncation toward zero,
    /// any size.
    pub fn int_of_float(&self, f: f64) -> OpResult<Value> {
        match crate::numeric::float_to_int(f)? {
            Some(i) => Ok(Value::Int(i)),
            None => {
                self.big_room(16, 0)?;
                Ok(self.int_value(ibig_from_f64(f)))
            }
        }
    }

    /// `a op b` where an operand is a big int, or both are ints whose
    /// result left the i64 range; None when the operands are not a mix of
    /// ints and floats (the caller goes on to sequences and instances).
    pub fn big_binary(&self, op: BinOp, a: Value, b: Value) -> Option<OpResult<Value>> {
        if let (Some(x), Some(y)) = (self.int_operand(a), self.int_operand(b)) {
            return Some(self.int_binary_big(op, &x, &y));
        }
        // An int with a float: the int converts (or overflows), as in CPython.
        let (x, y) = match (a, b) {
            (Value::Float(x), _) => (Ok(x), self.int_to_f64(b)?),
            (_, Value::Float(y)) => (self.int_to_f64(a)?, Ok(y)),
            _ => return None,
        };
        let (x, y) = match (x, y) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        };
        crate::ops::arith::float_binary(op, x, y)
    }

    fn int_binary_big(&self, op: BinOp, x: &IBig, y: &IBig) -> OpResult<Value> {
        let (wx, wy) = (words(x), words(y));
        let value = match op {
            BinOp::Add | BinOp::Sub => {
                self.big_room(wx.max(wy) + 1, linear_ticks(wx.max(wy)))?;
                if op == BinOp::Add {
                    x + y
                } else {
                    x - y
                }
            }
            BinOp::Mul => {
                self.big_room(wx + wy, mul_ticks(wx, wy))?;
                x * y
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if *y == IBig::ZERO {
                    return Err(RawError::zero_division(if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    }));
                }
                self.big_room(wx.max(wy) + 1, div_ticks(wx, wy))?;
                let (q, r) = floor_divmod(x, y);
                if op == BinOp::Mod {
                    r
                } else {
                    q
                }
            }
            BinOp::TrueDiv => {
                self.charge(div_ticks(wx.max(wy) + 1, wy))?;
                return Ok(Value::Float(big_truediv(x, y)?));
            }
            BinOp::Pow => return self.big_pow(x, y),
            BinOp::LShift => return self.big_lshift(x, y),
            BinOp::RShift => {
                if y.sign() == Sign::Negative {
                    return Err(RawError::value_error("negative shift count"));
                }
                self.big_room(wx, linear_ticks(wx))?;
                match usize::try_from(y) {
                    Ok(n) => shift_right_floor(x, n),
                    Err(_) => {
                        if x.sign() == Sign::Negative {
                            IBig::NEG_ONE
                        } else {
                            IBig::ZERO
                        }
                    }
                }
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                self.big_room(wx.max(wy) + 1, linear_ticks(wx.max(wy)))?;
                match op {
                    BinOp::BitAnd => x & y,
                    BinOp::BitOr => x | y,
                    _ => x ^ y,
                }
            }
        };
        Ok(self.int_value(value))
    }

    fn big_lshift(&self, x: &IBig, y: &IBig) -> OpResult<Value> {
        if y.sign() == Sign::Negative {
            return Err(RawError::value_error("negative shift count"));
        }
        if *x == IBig::ZERO {
            return Ok(Value::Int(0));
        }
        let Ok(n) = i64::try_from(y) else {
            return Err(RawError::new(ExcKind::OverflowError, "too many digits in integer"));
        };
        let n = n as usize;
        let result_words = words(x).saturating_add(n / 64 + 1);
        self.big_room(result_words, linear_ticks(result_words))?;
        Ok(self.int_value(x << n))
    }

    /// `x ** y`: a float for a negative exponent; else by squaring, each
    /// step charged and checked against the heap limit before it runs.
    fn big_pow(&self, x: &IBig, y: &IBig) -> OpResult<Value> {
        if y.sign() == Sign::Negative {
            if *x == IBig::ZERO {
                return Err(RawError::zero_division("0.0 cannot be raised to a negative power"));
            }
            return Ok(Value::Float(float_pow(big_to_f64(x)?, big_to_f64(y)?)?));
        }
        // 0, 1 and -1 stay small whatever the exponent.
        if *x == IBig::ZERO || *x == IBig::ONE {
            return Ok(Value::Int(if *y == IBig::ZERO {
                1
            } else {
                i64::try_from(x).unwrap_or(0)
            }));
        }
        if *x == IBig::NEG_ONE {
            let odd = y.as_sign_words().1.first().is_some_and(|w| w & 1 == 1);
            return Ok(Value::Int(if odd { -1 } else { 1 }));
        }
        let bits = x.unsigned_abs().bit_len() as f64;
        let exponent = match u64::try_from(y) {
            Ok(e) => e,
            Err(_) => return Err(RawError::new(ExcKind::MemoryError, "")),
        };
        // The result has about log2|x| * y bits: refuse before starting
        // if that cannot fit.
        // (Past f64's range, 2^1024, the float is infinite: its bit length
        // bounds the logarithm instead.)
        let log2 = match x.unsigned_abs().to_f64().value().log2() {
            l if l.is_finite() => l.max(bits - 1.0),
            _ => bits,
        };
        let result_bits = log2 * exponent as f64;
        if result_bits > (usize::MAX / 16) as f64 {
            return Err(RawError::new(ExcKind::MemoryError, ""));
        }
        self.big_room((result_bits / 64.0) as usize + 1, 0)?;
        let negative = x.sign() == Sign::Negative && exponent & 1 == 1;
        let base = x.unsigned_abs();
        // A power of two is a shift.
        if base.is_power_of_two() {
            let k = base.bit_len() - 1;
            let n = (k as u64).saturating_mul(exponent) as usize;
            self.big_room(n / 64 + 1, linear_ticks(n / 64 + 1))?;
            let magnitude = IBig::from(UBig::ONE << n);
            return Ok(self.int_value(if negative { -magnitude } else { magnitude }));
        }
        let mut result = UBig::ONE;
        for i in (0..64 - exponent.leading_zeros()).rev() {
            let w = result.as_words().len();
            self.big_room(2 * w, mul_ticks(w, w))?;
            result = result.sqr();
            if (exponent >> i) & 1 == 1 {
                let (w, wb) = (result.as_words().len(), base.as_words().len());
                self.big_room(w + wb, mul_ticks(w, wb))?;
                result *= &base;
            }
        }
        let result = IBig::from(result);
        Ok(self.int_value(if negative { -result } else { result }))
    }

    /// `pow(x, y, m)` for ints: square and multiply modulo m; a negative
    /// exponent uses the inverse of x modulo m.
    pub fn int_pow_mod(&self, x: &IBig, y: &IBig, m: &IBig) -> OpResult<Value> {
        if *m == IBig::ZERO {
            return Err(RawError::value_error("pow() 3rd argument cannot be 0"));
        }
        let modulus = m.unsigned_abs();
        let wm = modulus.as_words().len().max(1);
        let mut base = floor_divmod(x, &IBig::from(modulus.clone())).1.unsigned_abs();
        if y.sign() == Sign::Negative {
            base = mod_inverse(&base, &modulus)
                .ok_or_else(|| RawError::value_error("base is not invertible for the given modulus"))?;
        }
        let exponent = y.unsigned_abs();
        let mut result = UBig::ONE % &modulus;
        for i in (0..exponent.bit_len()).rev() {
            self.big_room(2 * wm, mul_ticks(wm, wm) + div_ticks(2 * wm, wm))?;
            result = (&result * &result) % &modulus;
            if exponent.bit(i) {
                self.big_room(2 * wm, mul_ticks(wm, wm) + div_ticks(2 * wm, wm))?;
                result = (&result * &base) % &modulus;
            }
        }
        // The result takes the modulus's sign, as `%` does.
        let mut result = IBig::from(result);
        if m.sign() == Sign::Negative && result != IBig::ZERO {
            result += m;
        }
        Ok(self.int_value(result))
    }

    /// `-x`, `+x`, `~x` and `abs(x)` of a big int (or an i64 whose
    /// negation overflows).
    pub fn big_unary(&self, op: UnaryOp, x: &IBig) -> OpResult<Value> {
        self.big_room(words(x) + 1, linear_ticks(words(x)))?;
        Ok(self.int_value(match op {
            UnaryOp::Neg => -x,
            UnaryOp::Pos => x.clone(),
            UnaryOp::Invert => -x - IBig::ONE,
        }))
    }

    /// `abs(x)` of an int of either size.
    pub fn int_abs(&self, x: &IBig) -> OpResult<Value> {
        self.big_room(words(x), linear_ticks(words(x)))?;
        Ok(self.int_value(x.abs()))
    }

    /// `round(x, ndigits)` for an int: a multiple of 10**-ndigits, ties to
    /// even.
    pub fn round_int(&self, x: &IBig, ndigits: i64) -> OpResult<Value> {
        if ndigits >= 0 {
            return Ok(self.int_value(x.clone()));
        }
        // 10**n with n past the size of x rounds it to 0.
        let bits = x.unsigned_abs().bit_len() as f64;
        if (-(ndigits as f64)) * std::f64::consts::LOG2_10 > bits + 1.0 {
            return Ok(Value::Int(0));
        }
        let n = ndigits.unsigned_abs() as usize;
        self.big_room(2 * words(x) + 1, mul_ticks(words(x), words(x)))?;
        let unit = IBig::from(10).pow(n);
        let (q, r) = floor_divmod(x, &unit);
        let q = match (r * IBig::from(2)).cmp(&unit) {
            Ordering::Greater => q + IBig::ONE,
            Ordering::Equal if q.as_sign_words().1.first().is_some_and(|w| w & 1 == 1) => q + IBig::ONE,
            _ => q,
        };
        Ok(self.int_value(q * unit))
    }

    /// Charges converting `x` to decimal: subquadratic divide and conquer,
    /// about as much work as a product of its size.
    pub fn charge_decimal(&self, x: &IBig) -> OpResult<()> {
        self.charge(mul_ticks(words(x), words(x)) + linear_ticks(words(x)))
    }

    /// `int(text, base)`: any length, with the decimal digit limit.
    pub fn int_of_text(&self, text: &str, base: u32) -> Result<Value, crate::error::PyError> {
        let w = text.len() / 16 + 1;
        self.big_room(w, mul_ticks(w, w))?;
        let x = crate::format::parse_int_str(text, base, self.int_max_str_digits)?;
        Ok(self.int_value(x))
    }

    /// The value of an int literal too large for 64 bits (the lexer's
    /// text: decimal digits, or digits after a radix prefix).
    pub fn int_literal(&self, text: &str) -> Value {
        let (radix, digits) = match text.get(..2) {
            Some("0x") => (16, &text[2..]),
            Some("0o") => (8, &text[2..]),
            Some("0b") => (2, &text[2..]),
            _ => (10, text),
        };
        let x = IBig::from_str_radix(digits, radix).expect("the lexer checked the digits");
        self.int_value(x)
    }

    /// The order of two numbers where at least one is a big int; None if
    /// they are not both numbers (Some(None) for a NaN).
    pub fn big_order(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        if !matches!(a, Value::Obj(_)) && !matches!(b, Value::Obj(_)) {
            return None;
        }
        match (a, b) {
            (Value::Float(f), _) => Some(cmp_big_float(self.big_int(b)?, f).map(Ordering::reverse)),
            (_, Value::Float(f)) => Some(cmp_big_float(self.big_int(a)?, f)),
            _ => {
                if self.big_int(a).is_none() && self.big_int(b).is_none() {
                    return None;
                }
                Some(Some(self.int_operand(a)?.cmp(&self.int_operand(b)?)))
            }
        }
    }
}

/// The inverse of `a` modulo `m` (m > 0), if gcd(a, m) == 1.
fn mod_inverse(a: &UBig, m: &UBig) -> Option<UBig> {
    // The extended Euclidean algorithm on signed values.
    let (mut r0, mut r1) = (IBig::from(m.clone()), IBig::from(a % m));
    let (mut t0, mut t1) = (IBig::ZERO, IBig::ONE);
    while r1 != IBig::ZERO {
        let (q, r) = r0.div_rem(&r1);
        (r0, r1) = (r1, r);
        let t = &t0 - &q * &t1;
        (t0, t1) = (t1, t);
    }
    if r0 != IBig::ONE {
        return None;
    }
    let m = IBig::from(m.clone());
    Some(floor_divmod(&t0, &m).1.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> IBig {
        s.parse().unwrap()
    }

    #[test]
    fn floor_division_takes_the_divisor_sign() {
        let (q, r) = floor_divmod(&-big("100000000000000000000"), &IBig::from(7));
        assert_eq!(
            (q.to_string(), r.to_string()),
            ("-14285714285714285715".into(), "5".into())
        );
        let (q, r) = floor_divmod(&big("18446744073709551616"), &IBig::from(-3));
        assert_eq!(
            (q.to_string(), r.to_string()),
            ("-6148914691236517206".into(), "-2".into())
        );
    }

    #[test]
    fn bit_operations_are_twos_complement() {
        let x = -(IBig::ONE << 70);
        assert_eq!((&x & IBig::from(0xffff)).to_string(), "0");
        assert_eq!((&x | IBig::from(5)).to_string(), "-1180591620717411303419");
        assert_eq!((&x ^ IBig::from(-3)).to_string(), "1180591620717411303421");
    }

    #[test]
    fn true_division_rounds_once() {
        assert_eq!(
            big_truediv(&(IBig::ONE << 1100), &(IBig::ONE << 1000)),
            Ok(2f64.powi(100))
        );
        let ten400 = IBig::from(10).pow(400);
        assert_eq!(big_truediv(&ten400, &IBig::from(10).pow(399)), Ok(10.0));
        assert_eq!(big_truediv(&IBig::ONE, &ten400), Ok(0.0));
        assert!(big_truediv(&ten400, &IBig::from(3)).is_err());
        // (2**1024 + 1) / 2 is just below the overflow threshold.
        let x = (IBig::ONE << 1024) + IBig::ONE;
        assert_eq!(big_truediv(&x, &IBig::from(2)), Ok(8.98846567431158e307));
        // A subnormal result: 1 / 2**1074 and 3 / 2**1075 (a tie to even).
        assert_eq!(big_truediv(&IBig::ONE, &(IBig::ONE << 1074)), Ok(f64::from_bits(1)));
        assert_eq!(big_truediv(&IBig::from(3), &(IBig::ONE << 1075)), Ok(f64::from_bits(2)));
        assert_eq!(big_truediv(&IBig::ONE, &(IBig::ONE << 1075)), Ok(0.0));
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_big(&(IBig::ONE << 100)), 549755813888);
        assert_eq!(hash_big(&((IBig::ONE << 61) - IBig::ONE)), 0);
        assert_eq!(hash_big(&-((IBig::ONE << 61) - IBig::ONE)), 0);
        assert_eq!(hash_big(&-((IBig::ONE << 61) + IBig::ONE)), -2);
    }

    #[test]
    fn comparison_with_floats_is_exact() {
        let x = IBig::ONE << 100;
        assert_eq!(cmp_big_float(&x, 2f64.powi(100)), Some(Ordering::Equal));
        assert_eq!(
            cmp_big_float(&(&x + IBig::ONE), 2f64.powi(100)),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_big_float(&x, f64::INFINITY), Some(Ordering::Less));
        assert_eq!(cmp_big_float(&x, f64::NAN), None);
        assert_eq!(cmp_big_float(&IBig::from(i64::MAX), 9.3e18), Some(Ordering::Less));
    }

    #[test]
    fn floats_convert_exactly() {
        assert_eq!(ibig_from_f64(1e300).to_string().len(), 301);
        assert_eq!(ibig_from_f64(-2f64.powi(70)), -(IBig::ONE << 70));
        assert_eq!(ibig_from_f64(-3.7), IBig::from(-3));
    }

    #[test]
    fn right_shifts_round_down() {
        let x = IBig::ONE << 70;
        assert_eq!(shift_right_floor(&x, 3), IBig::ONE << 67);
        assert_eq!(shift_right_floor(&-x.clone(), 3), -(IBig::ONE << 67));
        assert_eq!(shift_right_floor(&(-x.clone() - IBig::ONE), 69), IBig::from(-3));
        assert_eq!(shift_right_floor(&-x.clone(), 1 << 40), IBig::NEG_ONE);
        assert_eq!(shift_right_floor(&x, 1 << 40), IBig::ZERO);
    }

    #[test]
    fn modular_inverse() {
        assert_eq!(mod_inverse(&UBig::from(3u8), &UBig::from(7u8)), Some(UBig::from(5u8)));
        assert_eq!(mod_inverse(&UBig::from(2u8), &UBig::from(4u8)), None);
    }
}
