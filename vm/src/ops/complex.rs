//! `complex` numbers (`object/complex.rs`): arithmetic as CPython 3.11's
//! `complexobject.c` computes it (a real operand is first made a complex
//! with a zero imaginary part, so `2 * complex(inf, 1)` is `(inf+nanj)`),
//! repr, hashing, and parsing `complex("1+2j")`.

use crate::error::{ExcKind, OpResult, PyError, RawError};
use crate::format::{float_repr, format_float, format_str, FormatSpec};
use crate::numeric::{float_add, float_mul};
use crate::object::{ComplexObj, Obj};
use crate::ops::arith::{BinOp, UnaryOp};
use crate::pyhash::hash_float;
use crate::value::Value;
use crate::vm::Vm;

/// A complex value as two floats.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

const ONE: Complex = Complex::new(1.0, 0.0);

// The parts' sums and products give the NaN CPython's `_Py_c_sum` and
// `_Py_c_prod` give: the first NaN operand's, as written (`a.re + b.re`
// gives `a.re`'s). `numeric::float_add` and `float_mul` give their
// second operand's, so the operands go in swapped; traces emit the same
// float instructions in the same order, so a NaN part comes out the same
// with the JIT on and off.
fn sum(a: Complex, b: Complex) -> Complex {
    Complex::new(float_add(b.re, a.re), float_add(b.im, a.im))
}

fn diff(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

fn prod(a: Complex, b: Complex) -> Complex {
    Complex::new(
        float_mul(b.re, a.re) - float_mul(b.im, a.im),
        float_add(float_mul(b.re, a.im), float_mul(b.im, a.re)),
    )
}

/// `a / b`, CPython's `_Py_c_quot` (Smith's method); None for a zero
/// divisor.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // A NaN among b's parts.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `x ** n` for a small non-negative int by squaring (`c_powu`).
fn pow_unsigned(x: Complex, n: i64) -> Complex {
    let (mut r, mut p, mut mask) = (ONE, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` (`_Py_c_pow`); None where CPython sets EDOM (zero to a
/// negative or complex power).
fn pow_general(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `a ** b` as `complex_pow` does it: an integral exponent up to 100 by
/// repeated multiplication, others by polar form.
fn pow(a: Complex, b: Complex) -> OpResult<Complex> {
    let zero_power = || RawError::zero_division("0.0 to a negative or complex power");
    let p = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            pow_unsigned(a, n)
        } else {
            quot(ONE, pow_unsigned(a, -n)).ok_or_else(zero_power)?
        }
    } else {
        pow_general(a, b).ok_or_else(zero_power)?
    };
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(RawError::new(ExcKind::OverflowError, "complex exponentiation"));
    }
    Ok(p)
}

/// `abs(z)` (`_Py_c_abs`): an infinite part wins over a NaN.
pub fn complex_abs(z: Complex) -> OpResult<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Ok(z.re.abs());
        }
        if z.im.is_infinite() {
            return Ok(z.im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(RawError::new(ExcKind::OverflowError, "absolute value too large"))
    }
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary
/// part's, in unsigned arithmetic, as CPython.
pub fn hash_complex(z: Complex) -> i64 {
    const IMAG: u64 = 1_000_003;
    let h = (hash_float(z.re) as u64).wrapping_add(IMAG.wrapping_mul(hash_float(z.im) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A part of a complex repr: the float's shortest repr without a `.0`
/// (`1`, `1.5`, `1e+16`, `inf`), with a sign if `signed`.
fn part_repr(x: f64, signed: bool) -> String {
    let mut text = if x.is_nan() { "nan".to_string() } else { float_repr(x) };
    if let Some(whole) = text.strip_suffix(".0") {
        text = whole.to_string();
    }
    if signed && !text.starts_with('-') {
        text.insert(0, '+');
    }
    text
}

/// `repr(z)`: `2j` when the real part is +0.0, else `(1+2j)`.
pub fn complex_repr(z: Complex) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        format!("{}j", part_repr(z.im, false))
    } else {
        format!("({}{}j)", part_repr(z.re, false), part_repr(z.im, true))
    }
}

/// `format(z, spec)`: each part formatted as a float of the spec's type
/// and precision (the imaginary part always signed when the real part is
/// shown), then the whole padded. With no type, as `str(z)`: parentheses,
/// and the real part left out when it is +0.0.
pub fn format_complex(z: Complex, spec: &FormatSpec) -> OpResult<String> {
    if spec.align == Some('=') {
        return Err(RawError::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if spec.zero {
        return Err(RawError::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(RawError::value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )));
        }
    }
    let plain = spec.ty.is_none();
    let skip_re = plain && z.re == 0.0 && z.re.is_sign_positive();
    let part = |x: f64, sign: Option<char>| -> OpResult<String> {
        if plain && spec.precision.is_none() {
            let text = part_repr(x, sign == Some('+'));
            return Ok(match sign {
                Some(' ') if !text.starts_with('-') => format!(" {text}"),
                _ => text,
            });
        }
        let sub = FormatSpec {
            sign,
            alternate: spec.alternate,
            grouping: spec.grouping,
            precision: spec.precision,
            ty: spec.ty.or(Some('g')),
            ..FormatSpec::default()
        };
        format_float(x, &sub)
    };
    let im = part(z.im, if skip_re { spec.sign } else { Some('+') })?;
    let body = if skip_re {
        format!("{im}j")
    } else {
        let re = part(z.re, spec.sign)?;
        if plain {
            format!("({re}{im}j)")
        } else {
            format!("{re}{im}j")
        }
    };
    let outer = FormatSpec {
        fill: spec.fill,
        align: Some(spec.align.unwrap_or('>')),
        width: spec.width,
        ..FormatSpec::default()
    };
    format_str(&body, &outer)
}

/// The longest prefix of `s` that reads as a float (`1.5e3`, `-inf`,
/// `nan`): its value and length, or None if there is none.
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            let end = i + word.len();
            return s[..end].parse::<f64>().ok().map(|v| (v, end));
        }
    }
    let digits_from = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut digits = i - digits_from;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let from = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        digits += i - from;
    }
    if digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            while b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            i = j;
        }
    }
    s[..i].parse::<f64>().ok().map(|v| (v, i))
}

/// `complex(text)`: CPython's grammar (`1`, `2j`, `1+2j`, `1-j`, `j`, in
/// optional parentheses, with surrounding spaces).
pub fn parse_complex(text: &str) -> OpResult<Complex> {
    if text.contains('_') {
        // Underscores only between digits, as in literals; CPython words
        // this error differently from the grammar's.
        let chars: Vec<char> = text.chars().collect();
        let digit = |i: Option<&char>| i.is_some_and(char::is_ascii_digit);
        let placed = (0..chars.len())
            .filter(|&i| chars[i] == '_')
            .all(|i| i > 0 && digit(chars.get(i - 1)) && digit(chars.get(i + 1)));
        if !placed {
            return Err(RawError::value_error(format!(
                "could not convert string to complex: {}",
                crate::format::str_repr(text)
            )));
        }
        return parse_complex(&text.replace('_', ""));
    }
    let malformed = || RawError::value_error("complex() arg is a malformed string");
    let mut s = text.trim_matches(|c: char| c.is_whitespace());
    let bracketed = s.starts_with('(');
    if bracketed {
        s = s[1..].strip_suffix(')').ok_or_else(malformed)?;
        s = s.trim_matches(|c: char| c.is_whitespace());
    }
    let is_j = |s: &str| s.starts_with(['j', 'J']);
    let (mut re, mut im) = (0.0, 0.0);
    let rest = match float_prefix(s) {
        Some((z, n)) => {
            let after = &s[n..];
            if after.starts_with(['+', '-']) {
                re = z;
                let after = match float_prefix(after) {
                    Some((y, m)) => {
                        im = y;
                        &after[m..]
                    }
                    None => {
                        im = if after.starts_with('+') { 1.0 } else { -1.0 };
                        &after[1..]
                    }
                };
                if !is_j(after) {
                    return Err(malformed());
                }
                &after[1..]
            } else if is_j(after) {
                im = z;
                &after[1..]
            } else {
                re = z;
                after
            }
        }
        None => {
            let mut after = s;
            im = 1.0;
            if after.starts_with(['+', '-']) {
                if after.starts_with('-') {
                    im = -1.0;
                }
                after = &after[1..];
            }
            if !is_j(after) {
                return Err(malformed());
            }
            &after[1..]
        }
    };
    if !rest.is_empty() {
        return Err(malformed());
    }
    Ok(Complex::new(re, im))
}

impl Vm {
    pub fn new_complex(&self, z: Complex) -> Value {
        Value::Obj(self.heap.alloc(ComplexObj::new(z.re, z.im)))
    }

    /// The value of a complex object.
    #[inline]
    pub fn as_complex(&self, v: Value) -> Option<Complex> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Complex(c)) => Some(Complex::new(c.re, c.im)),
            _ => None,
        }
    }

    /// Any number as a complex (an int or float with no imaginary part);
    /// None for other values. A big int too large for a float is
    /// CPython's `OverflowError`.
    pub fn complex_operand(&self, v: Value) -> Option<OpResult<Complex>> {
        if let Some(z) = self.as_complex(v) {
            return Some(Ok(z));
        }
        if let Some(f) = v.as_f64() {
            return Some(Ok(Complex::new(f, 0.0)));
        }
        self.int_to_f64(v).map(|f| f.map(|f| Complex::new(f, 0.0)))
    }

    /// `a op b` when either is complex and both are numbers; None otherwise.
    pub(crate) fn complex_binary(&mut self, op: BinOp, a: Value, b: Value) -> Option<Result<Value, PyError>> {
        if self.as_complex(a).is_none() && self.as_complex(b).is_none() {
            return None;
        }
        let (x, y) = match (self.complex_operand(a)?, self.complex_operand(b)?) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(e), _) | (_, Err(e)) => return Some(Err(e.into())),
        };
        let z = match op {
            BinOp::Add => sum(x, y),
            BinOp::Sub => diff(x, y),
            BinOp::Mul => prod(x, y),
            BinOp::TrueDiv => match quot(x, y) {
                Some(z) => z,
                None => return Some(Err(RawError::zero_division("complex division by zero").into())),
            },
            BinOp::Pow => match pow(x, y) {
                Ok(z) => z,
                Err(e) => return Some(Err(e.into())),
            },
            _ => return Some(Err(self.unsupported(op, a, b).into())),
        };
        Some(Ok(self.new_complex(z)))
    }

    /// `x.real` and `x.imag` of any number; `numerator` and `denominator`
    /// of an int.
    pub(crate) fn number_attr(&self, v: Value, name: &str) -> Option<Value> {
        if let Some(z) = self.as_complex(v) {
            return match name {
                "real" => Some(Value::Float(z.re)),
                "imag" => Some(Value::Float(z.im)),
                _ => None,
            };
        }
        let zero = match v {
            Value::Float(_) => Value::Float(0.0),
            Value::Int(_) | Value::Bool(_) => Value::Int(0),
            _ if self.big_int(v).is_some() => Value::Int(0),
            _ => return None,
        };
        let is_int = !matches!(v, Value::Float(_));
        match name {
            "real" => Some(match v {
                Value::Bool(b) => Value::Int(b as i64),
                _ => v,
            }),
            "numerator" if is_int => Some(match v {
                Value::Bool(b) => Value::Int(b as i64),
                _ => v,
            }),
            "imag" => Some(zero),
            "denominator" if is_int => Some(Value::Int(1)),
            _ => None,
        }
    }

    /// `x ** y` for a negative real `x` and a fractional `y`, both
    /// finite: a complex, as CPython's `float_pow` hands it to complex
    /// power. None for any other operands.
    pub(crate) fn negative_fractional_pow(&mut self, a: Value, b: Value) -> Option<Result<Value, PyError>> {
        if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
            return None;
        }
        let (x, y) = match (self.complex_operand(a)?, self.complex_operand(b)?) {
            (Ok(x), Ok(y)) => (x.re, y.re),
            _ => return None,
        };
        if !(x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0) {
            return None;
        }
        Some(
            pow(Complex::new(x, 0.0), Complex::new(y, 0.0))
                .map(|z| self.new_complex(z))
                .map_err(PyError::from),
        )
    }

    /// `-z`, `+z`; `~z` is a TypeError. None if `v` is no complex.
    pub(crate) fn complex_unary(&mut self, op: UnaryOp, v: Value) -> Option<Value> {
        let z = self.as_complex(v)?;
        match op {
            UnaryOp::Neg => Some(self.new_complex(Complex::new(-z.re, -z.im))),
            UnaryOp::Pos => Some(self.new_complex(z)),
            UnaryOp::Invert => None,
        }
    }

    /// `z == x` for a complex `z` and a number `x`: None if neither is a
    /// complex or the other is not a number.
    pub(crate) fn complex_eq(&self, a: Value, b: Value) -> Option<bool> {
        let (z, other) = match (self.as_complex(a), self.as_complex(b)) {
            (Some(x), Some(y)) => return Some(x == y),
            (Some(z), None) => (z, b),
            (None, Some(z)) => (z, a),
            (None, None) => return None,
        };
        if self.as_complex(other).is_none() && other.as_f64().is_none() && self.big_int(other).is_none() {
            return None;
        }
        if z.im != 0.0 {
            return Some(false);
        }
        // An int compares exactly with the real part, as a float would.
        let real = Value::Float(z.re);
        Some(
            crate::ops::compare::numeric_order(real, other)
                .or_else(|| self.big_order(real, other))
                .is_some_and(|o| o == Some(std::cmp::Ordering::Equal)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_as_cpython() {
        assert_eq!(complex_repr(Complex::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(complex_repr(Complex::new(0.0, 2.0)), "2j");
        assert_eq!(complex_repr(Complex::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(complex_repr(Complex::new(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(complex_repr(Complex::new(1.5, -0.25)), "(1.5-0.25j)");
    }

    #[test]
    fn parses_cpython_forms() {
        assert_eq!(parse_complex("1+2j").unwrap(), Complex::new(1.0, 2.0));
        assert_eq!(parse_complex(" ( -j ) ").unwrap(), Complex::new(0.0, -1.0));
        assert_eq!(parse_complex("1e3-J").unwrap(), Complex::new(1000.0, -1.0));
        assert_eq!(parse_complex("2.5").unwrap(), Complex::new(2.5, 0.0));
        assert!(parse_complex("1+2").is_err());
        assert!(parse_complex("j1").is_err());
        assert!(parse_complex("").is_err());
        assert_eq!(parse_complex("1_0.5_0+2_0j").unwrap(), Complex::new(10.5, 20.0));
        assert!(parse_complex("1__0").is_err());
    }
}
