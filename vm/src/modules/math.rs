//! The `math` module, with CPython's error rules: a NaN result from a
//! non-NaN argument is `ValueError: math domain error`; an infinite result
//! from finite arguments is a domain error or `OverflowError: math range
//! error`, depending on the function (`math_1` and `math_2` in CPython's
//! mathmodule.c). The functions call the same C library routines CPython
//! does (through `f64`'s methods), so results agree to the last bit;
//! `hypot` and `pow` copy CPython's own code.

use dashu_int::ops::{BitTest, Gcd, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, UBig};

use crate::builtins::args;
use crate::error::ExcKind;
use crate::error::PyError;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::ops::arith::BinOp;
use crate::ops::bigarith::{div_ticks, mul_ticks, words};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::function;

mod more;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("hypot", hypot),
        ("degrees", degrees),
        ("radians", radians),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fmod", fmod),
        ("copysign", copysign),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("fsum", fsum),
    ];
    let mut attrs: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .chain(more::FUNCTIONS)
        .map(|(name, func)| function(vm, name, *func))
        .collect();
    attrs.extend([
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]);
    attrs
}

fn domain_error() -> PyError {
    args::error(ExcKind::ValueError, "math domain error")
}

fn range_error() -> PyError {
    args::error(ExcKind::OverflowError, "math range error")
}

/// CPython's `math_1`: applies `f` and turns NaN and infinite results of
/// ordinary arguments into errors.
#[inline(always)]
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> Result<f64, PyError> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

/// The float a math argument stands for; an instance's through its
/// `__float__` (or `__index__`), as CPython converts it.
fn real(vm: &mut Vm, v: Value) -> Result<f64, PyError> {
    if vm.class_of(v).is_some() {
        if let Some(f) = vm.instance_to_float(v)? {
            return Ok(f);
        }
    }
    args::real_arg(vm, v)
}

/// A one-argument function of a real number. Inline in each function
/// that uses it, so `f` is an instruction there (`sqrtsd`), not a call.
#[inline(always)]
fn unary(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[KwArg],
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> NativeResult {
    // The commonest call, one float, without the checks for the others.
    if let ([Value::Float(x)], []) = (args, kwargs) {
        return Ok(Value::Float(math_1(*x, f, can_overflow)?));
    }
    let x = args::exactly_one(name, args, kwargs)?;
    let x = real(vm, x)?;
    Ok(Value::Float(math_1(x, f, can_overflow)?))
}

/// Declares `math.NAME` as `unary` over a function of f64; `overflows`
/// says whether an infinite result is a range error (else a domain error).
macro_rules! unary_functions {
    ($($name:ident => $f:expr, overflows: $overflows:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
            unary(vm, args, kwargs, concat!("math.", stringify!($name)), $f, $overflows)
        }
    )*};
}

unary_functions! {
    sqrt => f64::sqrt, overflows: false;
    exp => f64::exp, overflows: true;
    expm1 => f64::exp_m1, overflows: true;
    log1p => f64::ln_1p, overflows: false;
    sin => f64::sin, overflows: false;
    cos => f64::cos, overflows: false;
    tan => f64::tan, overflows: false;
    asin => f64::asin, overflows: false;
    acos => f64::acos, overflows: false;
    atan => f64::atan, overflows: false;
    sinh => f64::sinh, overflows: true;
    cosh => f64::cosh, overflows: true;
    tanh => f64::tanh, overflows: false;
    fabs => f64::abs, overflows: false;
}

/// `degrees` and `radians` only scale, without `math_1`'s checks.
fn degrees(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.degrees", args, kwargs)?;
    Ok(Value::Float(real(vm, x)? * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.radians", args, kwargs)?;
    Ok(Value::Float(real(vm, x)? * (std::f64::consts::PI / 180.0)))
}

/// CPython's `loghelper`: ints must be positive; floats go through
/// `math_1`, where log(0.0) = -inf and log(-1.0) = nan become domain errors.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> Result<f64, PyError> {
    if let Some(i) = v.as_index() {
        if i <= 0 {
            return Err(domain_error());
        }
        return Ok(f(i as f64));
    }
    if let Some(x) = vm.big_int(v) {
        if x.sign() == dashu_int::Sign::Negative {
            return Err(domain_error());
        }
        // Past the float range, as CPython: x = m * 2**e with m in
        // [0.5, 1), and f(x) = f(m) + f(2) * e.
        let e = x.unsigned_abs().bit_len();
        let top = u64::try_from(&(x >> (e - 64))).expect("the top 64 bits");
        let m = top as f64 / 2f64.powi(64);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    math_1(real(vm, v)?, f, false)
}

/// `log(x[, base])`: `log(x) / log(base)`.
fn log(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.log", kwargs)?;
    if args.is_empty() || args.len() > 2 {
        return Err(args::error(ExcKind::TypeError, "math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, args[0], f64::ln)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, args[1], f64::ln)?;
    if den == 0.0 {
        return Err(args::error(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.log2", args, kwargs)?;
    Ok(Value::Float(log_of(vm, x, f64::log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("math.log10", args, kwargs)?;
    Ok(Value::Float(log_of(vm, x, f64::log10)?))
}

/// The two real arguments of `pow`, `atan2`, `fmod`, `copysign`.
fn two_reals(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str) -> Result<(f64, f64), PyError> {
    args::no_kwargs(format_args!("math.{name}"), kwargs)?;
    args::count(name, args, 2, 2)?;
    Ok((real(vm, args[0])?, real(vm, args[1])?))
}

/// `math.pow(x, y)`: CPython handles the IEEE special values itself and
/// leaves finite ones to the C library, then maps NaN to a domain error
/// and infinity to a domain error (0 ** negative) or a range error.
fn pow(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// CPython's `m_atan2`: the special values by C99 Annex F, then libm.
fn atan2(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    use std::f64::consts::PI;
    let (y, x) = two_reals(vm, args, kwargs, "atan2")?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        let angle = if x.is_infinite() {
            if x.is_sign_positive() {
                0.25 * PI
            } else {
                0.75 * PI
            }
        } else {
            0.5 * PI
        };
        angle.copysign(y)
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    Ok(Value::Float(r))
}

/// `fmod(x, y)`: C's fmod (the sign of x), unlike `%`.
fn fmod(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn copysign(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (x, y) = two_reals(vm, args, kwargs, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

/// `hypot(*coordinates)`: CPython 3.11's `vector_norm`.
fn hypot(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.hypot", kwargs)?;
    let coords = args
        .iter()
        .map(|v| Ok(real(vm, *v)?.abs()))
        .collect::<Result<Vec<f64>, PyError>>()?;
    Ok(Value::Float(vector_norm(&coords)))
}

/// sqrt(sum(x*x)) without overflow and almost always correctly rounded:
/// power-of-two scaling, exact squares by Veltkamp-Dekker splitting,
/// compensated summation and a final correction of the square root.
/// A transcription of CPython 3.11's `vector_norm`, operation for
/// operation, so the result is the same to the last bit.
fn vector_norm(vec: &[f64]) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, the splitting constant
    let max = vec.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if vec.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exponent(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    // Neumaier's step: the sum goes to csum, its rounding error to acc.
    fn add(acc: &mut f64, csum: &mut f64, x: f64) {
        let old = *csum;
        *csum += x;
        *acc += (old - *csum) + x;
    }
    if max_e < -1023 {
        // Scaling by 2**-max_e would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            add(&mut frac1, &mut csum, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = two_to_the(-max_e);
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &v in vec {
        let (hi, lo) = split(v * scale);
        add(&mut frac1, &mut csum, hi * hi);
        add(&mut frac2, &mut csum, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut frac1, &mut csum, -hi * hi);
    add(&mut frac2, &mut csum, -2.0 * hi * lo);
    add(&mut frac3, &mut csum, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `frexp` gives: `x == m * 2**e` with 0.5 <= m < 1
/// (x positive and finite).
fn frexp_exponent(x: f64) -> i32 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: the exponent of its leading bit.
        let mantissa = bits & ((1u64 << 52) - 1);
        -1010 - mantissa.leading_zeros() as i32
    } else {
        biased - 1022
    }
}

/// 2**e exactly (`ldexp(1.0, e)`), for -1074 <= e <= 1023.
fn two_to_the(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `floor`, `ceil`, `trunc`: ints pass through, floats round to an int,
/// an instance answers through `__floor__` (`__ceil__`, `__trunc__`), or
/// for `floor` and `ceil` through its float.
fn to_int(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], hook: Special, f: fn(f64) -> f64) -> NativeResult {
    let name = hook.name().trim_matches('_');
    let x = args::exactly_one(format_args!("math.{name}"), args, kwargs)?;
    if let Some(i) = x.as_index() {
        return Ok(Value::Int(i));
    }
    if vm.big_int(x).is_some() {
        return Ok(x);
    }
    if vm.class_of(x).is_some() {
        if let Some(v) = vm.call_special(x, hook, &[])? {
            return Ok(v);
        }
        if name != "trunc" {
            if let Some(x) = vm.instance_to_float(x)? {
                return Ok(vm.int_of_float(f(x))?);
            }
        }
    }
    let Value::Float(x) = x else {
        return Err(if name == "trunc" {
            args::error(
                ExcKind::TypeError,
                format!("type {} doesn't define __trunc__ method", vm.type_name(x)),
            )
        } else {
            real(vm, x).err().unwrap_or_else(domain_error)
        });
    };
    Ok(vm.int_of_float(f(x))?)
}

fn floor(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    to_int(vm, args, kwargs, Special::Floor, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    to_int(vm, args, kwargs, Special::Ceil, f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    to_int(vm, args, kwargs, Special::Trunc, f64::trunc)
}

fn predicate(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str, f: fn(f64) -> bool) -> NativeResult {
    let x = args::exactly_one(name, args, kwargs)?;
    Ok(Value::Bool(f(real(vm, x)?)))
}

fn isnan(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    predicate(vm, args, kwargs, "math.isnan", f64::is_nan)
}

fn isinf(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    predicate(vm, args, kwargs, "math.isinf", f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    predicate(vm, args, kwargs, "math.isfinite", f64::is_finite)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::takes("isclose", args, 0, 2)?;
    let [a, b, rel_tol, abs_tol] = args::bind_required("isclose", args, kwargs, ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let mut real = |v: Option<Value>, default: f64| v.map_or(Ok(default), |v| real(vm, v));
    let (a, b) = (real(a, 0.0)?, real(b, 0.0)?);
    let (rel_tol, abs_tol) = (real(rel_tol, 1e-9)?, real(abs_tol, 0.0)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(args::error(ExcKind::ValueError, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn factorial(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let n = args::exactly_one("math.factorial", args, kwargs)?;
    let n = args::index_arg(vm, n)?;
    if n < 0 {
        return Err(args::error(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let x = product_of_range(vm, 2, n as u64)?;
    Ok(vm.int_value(x))
}

/// The product lo * (lo + 1) * ... * hi (1 when empty), by splitting the
/// range in halves so the big products multiply numbers of like size.
/// Each product is checked against the heap limit and charged first.
fn product_of_range(vm: &Vm, lo: u64, hi: u64) -> Result<IBig, PyError> {
    if lo > hi {
        return Ok(IBig::ONE);
    }
    if hi - lo < 16 {
        let mut acc = IBig::ONE;
        for k in lo..=hi {
            acc *= IBig::from(k);
        }
        vm.charge(1)?;
        return Ok(acc);
    }
    let mid = lo + (hi - lo) / 2;
    let a = product_of_range(vm, lo, mid)?;
    let b = product_of_range(vm, mid + 1, hi)?;
    let (wa, wb) = (words(&a), words(&b));
    vm.big_room(wa + wb, mul_ticks(wa, wb))?;
    Ok(a * b)
}

/// The ints of `gcd` and `lcm`.
fn int_args<'v>(vm: &'v Vm, args: &[Value]) -> Result<Vec<std::borrow::Cow<'v, IBig>>, PyError> {
    args.iter()
        .map(|v| vm.int_operand(*v).ok_or_else(|| args::index_arg(vm, *v).unwrap_err()))
        .collect()
}

/// `gcd(*integers)`: non-negative; gcd() is 0.
fn gcd(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.gcd", kwargs)?;
    // Ints of 64 bits (nearly every call: `Fraction` normalizes with it)
    // need no big-int arithmetic; they cost what one-word big ints do.
    if let Some(g) = small_gcd(args) {
        for _ in args {
            vm.big_room(1, mul_ticks(1, 1))?;
        }
        return Ok(Value::Int(g));
    }
    let mut g = UBig::ZERO;
    for x in int_args(vm, args)? {
        let w = words(&x).max(g.as_words().len());
        vm.big_room(w, mul_ticks(w, w))?;
        let x = UnsignedAbs::unsigned_abs(x.as_ref());
        // The crate's gcd is not defined for two zeros; gcd(0, x) is x.
        g = if g == UBig::ZERO || x == UBig::ZERO {
            g + x
        } else {
            (&g).gcd(&x)
        };
    }
    Ok(vm.int_value(IBig::from(g)))
}

/// `gcd` of ints that are all `Value::Int`, if the result fits one (all
/// but `gcd(-2**63, 0)`).
fn small_gcd(args: &[Value]) -> Option<i64> {
    let mut g: u64 = 0;
    for v in args {
        let Value::Int(i) = *v else { return None };
        let (mut a, mut b) = (g, i.unsigned_abs());
        while b != 0 {
            (a, b) = (b, a % b);
        }
        g = a;
    }
    i64::try_from(g).ok()
}

/// `lcm(*integers)`: non-negative; lcm() is 1, and any 0 makes it 0.
fn lcm(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.lcm", kwargs)?;
    let mut l = UBig::ONE;
    for x in int_args(vm, args)? {
        let x = UnsignedAbs::unsigned_abs(x.as_ref());
        if x == UBig::ZERO {
            l = UBig::ZERO;
            continue;
        }
        let w = x.as_words().len() + l.as_words().len();
        vm.big_room(w, 2 * mul_ticks(w, w))?;
        if l != UBig::ZERO {
            // x is not 0, so neither is the gcd.
            let g = (&l).gcd(&x);
            l = &l / g * x;
        }
    }
    Ok(vm.int_value(IBig::from(l)))
}

fn isqrt(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let n = args::exactly_one("math.isqrt", args, kwargs)?;
    let Some(n) = vm.int_operand(n) else {
        return Err(args::index_arg(vm, n).unwrap_err());
    };
    if n.sign() == dashu_int::Sign::Negative {
        return Err(args::error(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
    }
    let w = words(&n);
    vm.big_room(w / 2 + 1, 2 * mul_ticks(w, w))?;
    let root = UnsignedAbs::unsigned_abs(n.as_ref()).sqrt();
    Ok(vm.int_value(IBig::from(root)))
}

/// The two non-negative ints of `comb` and `perm`.
fn n_and_k(vm: &Vm, n: Value, k: Value) -> Result<(i64, i64), PyError> {
    let (n, k) = (args::index_arg(vm, n)?, args::index_arg(vm, k)?);
    if n < 0 {
        return Err(args::error(ExcKind::ValueError, "n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(args::error(ExcKind::ValueError, "k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `comb(n, k)`: n! / (k! (n - k)!), as the product of the top k factors
/// of n! divided by k!.
fn comb(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.comb", kwargs)?;
    args::count("comb", args, 2, 2)?;
    let (n, k) = n_and_k(vm, args[0], args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k) as u64;
    let n = n as u64;
    let top = product_of_range(vm, n - k + 1, n)?;
    let bottom = product_of_range(vm, 2, k)?;
    vm.big_room(words(&top), div_ticks(words(&top), words(&bottom)))?;
    Ok(vm.int_value(top / bottom))
}

/// `perm(n, k=None)`: n! / (n - k)!.
fn perm(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("math.perm", kwargs)?;
    args::count("perm", args, 1, 2)?;
    let k = match args.get(1) {
        Some(Value::None) | None => args[0],
        Some(k) => *k,
    };
    let (n, k) = n_and_k(vm, args[0], k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let x = product_of_range(vm, (n - k) as u64 + 1, n as u64)?;
    Ok(vm.int_value(x))
}

/// `prod(iterable, *, start=1)`: multiplies left to right with `*`.
fn prod(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::count("prod", args, 1, 1)?;
    let [start] = args::bind("prod", &[], kwargs, ["start"])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = vm.get_iter(args[0])?;
    let it = it.as_obj().expect("iterators are objects");
    while let Some(item) = vm.next_charged(it)? {
        acc = vm.binary_op(BinOp::Mul, acc, item)?;
    }
    Ok(acc)
}

/// `fsum(iterable)`: the correctly rounded sum, by CPython's `math_fsum`
/// (Shewchuk's exact partial sums, then a half-even rounding fix-up).
fn fsum(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let iterable = args::exactly_one("math.fsum", args, kwargs)?;
    let it = vm.get_iter(iterable)?;
    let it = it.as_obj().expect("iterators are objects");
    let mut values = Vec::new();
    while let Some(item) = vm.next_charged(it)? {
        values.push(real(vm, item)?);
    }
    exact_sum(&values).map(Value::Float)
}

pub(super) fn exact_sum(values: &[f64]) -> Result<f64, PyError> {
    // Non-overlapping partial sums, increasing in magnitude; together they
    // are exactly the sum so far.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &value in values {
        let mut x = value;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan summand, or an intermediate overflow.
                if value.is_finite() {
                    return Err(args::error(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    inf_sum += value;
                }
                special_sum += value;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(args::error(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let Some(mut hi) = partials.pop() else { return Ok(0.0) };
    // Add the partials from the top; stop when the sum becomes inexact.
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across partials: if the next partial has the
    // same sign as the rounding error, round away.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypot_matches_cpython() {
        assert_eq!(vector_norm(&[3.0, 4.0]), 5.0);
        assert_eq!(vector_norm(&[1.0, 2.0, 3.0]), 3.7416573867739413);
        assert_eq!(vector_norm(&[1e308, 1e308]), 1.4142135623730951e+308);
        assert_eq!(vector_norm(&[5e-324, 5e-324]), 5e-324);
        assert_eq!(vector_norm(&[]), 0.0);
    }

    #[test]
    fn fsum_matches_cpython() {
        assert_eq!(exact_sum(&[0.1; 10]).unwrap(), 1.0);
        assert_eq!(exact_sum(&[1e-16, 1.0, 1e16]).unwrap(), 1.0000000000000002e16);
        assert_eq!(
            exact_sum(&[1e308, 1e308, -1e308]).unwrap_err().msg,
            "intermediate overflow in fsum"
        );
        assert_eq!(
            exact_sum(&[f64::INFINITY, f64::NEG_INFINITY]).unwrap_err().msg,
            "-inf + inf in fsum"
        );
        assert_eq!(exact_sum(&[]).unwrap(), 0.0);
    }

    #[test]
    fn frexp_exponents() {
        assert_eq!(frexp_exponent(1.0), 1);
        assert_eq!(frexp_exponent(0.5), 0);
        assert_eq!(frexp_exponent(3.0), 2);
        assert_eq!(frexp_exponent(5e-324), -1073);
        assert_eq!(frexp_exponent(f64::MIN_POSITIVE), -1021);
    }
}
