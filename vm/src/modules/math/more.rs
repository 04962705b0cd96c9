//! The rest of CPython 3.11's `math` that works on floats: the inverse
//! hyperbolic functions, `exp2`, `erf`, `erfc`, the functions that take floats
//! apart (`frexp`, `ldexp`, `modf`, `nextafter`, `ulp`), `remainder`,
//! `dist` and `lcm`. (`gamma` and `lgamma`, and `cbrt`, whose results
//! here differed from CPython's in the last bit, are not here:
//! reading them is `NotImplementedError`, `modules::missing_attr`.)

use crate::builtins::args;
use crate::error::{ExcKind, RawError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::{domain_error, range_error, two_to_the, unary, vector_norm};

pub(super) const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("exp2", exp2),
    ("erf", erf),
    ("erfc", erfc),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("modf", modf),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("remainder", remainder),
    ("dist", dist),
    ("lcm", lcm),
];

// The C library's functions, which CPython calls: Rust's `f64::asinh`
// and the like are computed differently and differ in the last bit.
mod libm {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

macro_rules! libm_functions {
    ($($name:ident, $py_name:literal, overflows: $overflows:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
            // SAFETY: a C function of one double that reads no memory;
            // the standard library links the C math library it is in.
            let f = |x: f64| unsafe { libm::$name(x) };
            unary(vm, args, kwargs, $py_name, f, $overflows)
        }
    )*};
}

libm_functions! {
    asinh, "math.asinh", overflows: false;
    acosh, "math.acosh", overflows: false;
    atanh, "math.atanh", overflows: false;
    erf, "math.erf", overflows: false;
    erfc, "math.erfc", overflows: false;
}

fn exp2(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    unary(vm, args, kwargs, "math.exp2", f64::exp2, true)
}

/// `x == m * 2**e`, 0.5 <= |m| < 1; zero, infinities and NaN give (x, 0).
fn split_float(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // A subnormal is made normal first (times 2**54, exactly).
    let (x, adjust) = if (x.to_bits() >> 52) & 0x7ff == 0 {
        (x * two_to_the(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022 + adjust;
    // The same sign and fraction with the exponent of [0.5, 1).
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `x * 2**e` with a single rounding, as C's `ldexp` (infinite past the
/// largest float).
fn scale(x: f64, e: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, xe) = split_float(x);
    let target = xe as i64 + e as i64;
    if target > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if target >= -1021 {
        // m * 2 is in [1, 2): the product is exact, or a subnormal
        // power of two times it rounds once.
        return (m * 2.0) * two_to_the(target as i32 - 1);
    }
    if target < -2022 {
        return 0.0f64.copysign(x);
    }
    // Exact first (a normal number), then one rounding into the
    // subnormal range.
    (m * two_to_the(target as i32 + 1000)) * two_to_the(-1000)
}

fn frexp(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.frexp", args, kwargs)?;
    let (m, e) = split_float(args::real_arg(vm, x)?);
    Ok(vm.new_tuple([Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.ldexp", kwargs)?;
    args::count("ldexp", args, 2, 2)?;
    let x = args::real_arg(vm, args[0])?;
    let Some(e) = args[1].as_index() else {
        return Err(RawError::type_error("Expected an int as second argument to ldexp.").into());
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.clamp(-100_000, 100_000) as i32;
    let r = scale(x, e);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.modf", args, kwargs)?;
    let x = args::real_arg(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(vm.new_tuple([Value::Float(frac), Value::Float(int)]))
}

/// The next float after `x` towards `y`.
fn step_towards(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.nextafter", kwargs)?;
    args::count("nextafter", args, 2, 2)?;
    let (x, y) = (args::real_arg(vm, args[0])?, args::real_arg(vm, args[1])?);
    Ok(Value::Float(step_towards(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.ulp", args, kwargs)?;
    let x = args::real_arg(vm, x)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = step_towards(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - step_towards(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

/// IEEE 754 remainder: `x - n*y` for the integer n nearest `x / y` (ties
/// to even), computed exactly.
fn remainder(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.remainder", kwargs)?;
    args::count("remainder", args, 2, 2)?;
    let (x, y) = (args::real_arg(vm, args[0])?, args::real_arg(vm, args[1])?);
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half way: the even multiple. 0.5 * (ax - m) is exact, and its
        // remainder by ay is 0 or ay / 2 as the quotient is even or odd.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn dist(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.dist", kwargs)?;
    args::count("dist", args, 2, 2)?;
    let mut points = Vec::with_capacity(2);
    for &p in args {
        let items = match p.as_obj().map(|r| vm.heap.get(r)) {
            Some(crate::object::Obj::Tuple(_) | crate::object::Obj::List(_)) => vm.collect_iterable(p)?,
            _ => {
                return Err(
                    RawError::type_error(format!("dist() argument must be tuple, not {}", vm.type_name(p))).into(),
                )
            }
        };
        points.push(items);
    }
    if points[0].len() != points[1].len() {
        return Err(args::error(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(points[0].len());
    for (a, b) in points[0].iter().zip(&points[1]) {
        let (a, b) = (args::real_arg(vm, *a)?, args::real_arg(vm, *b)?);
        diffs.push((a - b).abs());
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

/// `lcm(*integers)`: non-negative; lcm() is 1.
fn lcm(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.lcm", kwargs)?;
    let mut acc: u64 = 1;
    for v in args {
        let n = args::index_arg(vm, *v)?.unsigned_abs();
        if n == 0 || acc == 0 {
            acc = 0;
            continue;
        }
        let (mut a, mut b) = (acc, n);
        while b != 0 {
            (a, b) = (b, a % b);
        }
        acc = (acc / a).checked_mul(n).ok_or_else(RawError::int_overflow)?;
    }
    i64::try_from(acc)
        .map(Value::Int)
        .map_err(|_| RawError::int_overflow().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaling_rounds_once() {
        assert_eq!(scale(1.0, 1023), 2f64.powi(1023));
        assert_eq!(scale(1.0, -1074), f64::from_bits(1));
        assert_eq!(scale(0.75, -1074), f64::from_bits(1));
        assert_eq!(scale(1.0, 1024), f64::INFINITY);
        assert_eq!(split_float(8.0), (0.5, 4));
        assert_eq!(split_float(-3.0), (-0.75, 2));
    }
}
