//! Built-ins about numbers: `abs round divmod pow sum hex oct bin`. The
//! arithmetic itself is `numeric.rs`'s and `format`'s; these functions
//! pick the operation by the argument types and word the errors.

use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::format::{int_to_base, round_float, round_float_to_int};
use crate::native::{KwArg, NativeResult};
use crate::numeric::float_divmod;
use crate::object::Items;
use crate::ops::arith::BinOp;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::args;

pub(crate) fn abs(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("abs", args, kwargs)?;
    if vm.class_of(v).is_some() {
        if let Some(r) = vm.call_special(v, Special::Abs, &[])? {
            return Ok(r);
        }
    }
    match v {
        Value::Int(i) if i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ if vm.is_int(v) => Ok(vm.int_abs(&vm.int_operand(v).expect("an int"))?),
        _ if vm.as_complex(v).is_some() => Ok(Value::Float(crate::ops::complex::complex_abs(
            vm.as_complex(v).expect("checked"),
        )?)),
        _ => Err(args::error(
            ExcKind::TypeError,
            format!("bad operand type for abs(): '{}'", vm.type_name(v)),
        )),
    }
}

/// `round(number, ndigits=None)`: one argument rounds to an int (half to
/// even); with ndigits an int stays an int and a float stays a float.
pub(crate) fn round(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("round", args, kwargs, 2)?;
    let [number, ndigits] = args::bind_required("round", args, kwargs, ["number", "ndigits"], 1)?;
    let number = number.unwrap_or(Value::None);
    if vm.class_of(number).is_some() {
        let given: &[Value] = match &ndigits {
            Some(n) => std::slice::from_ref(n),
            None => &[],
        };
        if let Some(v) = vm.call_special(number, Special::Round, given)? {
            return Ok(v);
        }
    }
    if !matches!(number, Value::Float(_)) && !vm.is_int(number) {
        return Err(args::error(
            ExcKind::TypeError,
            format!("type {} doesn't define __round__ method", vm.type_name(number)),
        ));
    }
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(n) => Some(args::index_arg(vm, n)?),
    };
    match (number, ndigits) {
        (Value::Float(f), None) => Ok(vm.int_of_float(round_float_to_int(f)?)?),
        (Value::Float(f), Some(n)) => Ok(Value::Float(round_float(f, n))),
        (Value::Bool(b), None) => Ok(Value::Int(b as i64)),
        (_, None) => Ok(number),
        (_, Some(n)) => Ok(vm.round_int(&vm.int_operand(number).expect("an int"), n)?),
    }
}

pub(crate) fn divmod(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("divmod", kwargs)?;
    args::count("divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if vm.either_instance(a, b) {
        if let Some(v) = vm.either_side(a, b, Special::DivMod, Special::RdivMod)? {
            return Ok(v);
        }
    }
    let (q, r) = if vm.is_int(a) && vm.is_int(b) {
        (vm.binary_op(BinOp::FloorDiv, a, b)?, vm.binary_op(BinOp::Mod, a, b)?)
    } else if let (Some(x), Some(y)) = (real(vm, a), real(vm, b)) {
        let (q, r) = float_divmod(x?, y?)?;
        (Value::Float(q), Value::Float(r))
    } else {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            ),
        ));
    };
    Ok(vm.new_tuple(vec![q, r]))
}

/// `pow(base, exp, mod=None)`: `base ** exp`, or modular exponentiation of
/// ints (a negative exponent takes the modular inverse, as in 3.8+).
pub(crate) fn pow(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("pow", args, kwargs, 3)?;
    let [base, exp, modulus] = args::bind_required("pow", args, kwargs, ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match modulus {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, base, exp),
        Some(m) => match (base.as_index(), exp.as_index(), m.as_index()) {
            (Some(b), Some(e), Some(m)) => Ok(Value::Int(mod_pow(b, e, m)?)),
            _ if vm.is_int(base) && vm.is_int(exp) && vm.is_int(m) => {
                let operand = |v| vm.int_operand(v).expect("an int");
                Ok(vm.int_pow_mod(&operand(base), &operand(exp), &operand(m))?)
            }
            _ => Err(args::error(
                ExcKind::TypeError,
                "pow() 3rd argument not allowed unless all arguments are integers",
            )),
        },
    }
}

/// `base ** exp % modulus` exactly; the result takes the sign of the
/// modulus, like `%`.
fn mod_pow(base: i64, exp: i64, modulus: i64) -> Result<i64, PyError> {
    if modulus == 0 {
        return Err(args::error(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let m = modulus.unsigned_abs() as u128;
    let mut b = (base as i128).rem_euclid(m as i128) as u128;
    if exp < 0 {
        b = mod_inverse(b, m)
            .ok_or_else(|| args::error(ExcKind::ValueError, "base is not invertible for the given modulus"))?;
    }
    let mut e = exp.unsigned_abs();
    let mut result: u128 = 1 % m;
    while e > 0 {
        if e & 1 == 1 {
            result = result * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    let result = result as i128;
    let signed = if modulus < 0 && result != 0 {
        result - m as i128
    } else {
        result
    };
    Ok(signed as i64)
}

/// The inverse of `a` modulo `m` (extended Euclid), if they are coprime.
fn mod_inverse(a: u128, m: u128) -> Option<u128> {
    let (mut r0, mut r1) = (m as i128, a as i128);
    let (mut t0, mut t1) = (0i128, 1i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    if r0 != 1 {
        // gcd > 1, except that everything is invertible modulo 1.
        return if m == 1 { Some(0) } else { None };
    }
    Some(t0.rem_euclid(m as i128) as u128)
}

/// `sum(iterable, /, start=0)`: adds left to right with `+`, so floats are
/// summed by plain double additions in order, as CPython 3.11 does.
pub(super) fn sum(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.is_empty() {
        return Err(args::error(
            ExcKind::TypeError,
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    args::at_most_total("sum", args, kwargs, 2)?;
    let [iterable, start] = args::bind("sum", args, kwargs, ["", "start"])?;
    let mut total = start.unwrap_or(Value::Int(0));
    if vm.as_str(total).is_some() {
        return Err(args::error(
            ExcKind::TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if let Some(total) = sum_of_numbers(vm, iterable, total)? {
        return Ok(total);
    }
    let it = vm.get_iter(iterable.unwrap_or(Value::None))?;
    let it = it.as_obj().expect("iterators are objects");
    while let Some(item) = vm.next_charged(it)? {
        total = match (total, item) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(crate::numeric::float_add(a, b)),
            _ => vm.binary_op(BinOp::Add, total, item)?,
        };
    }
    Ok(total)
}

/// `sum` of a list or tuple of ints, or of floats, read from its typed
/// storage: the same additions in the same order as the general way (an
/// int start becomes a float at the first float, as `int + float` does),
/// the same tick per item. None for anything else.
fn sum_of_numbers(vm: &Vm, iterable: Option<Value>, start: Value) -> Result<Option<Value>, PyError> {
    let Some(items) = iterable.and_then(|v| v.as_obj()).and_then(|r| vm.heap.seq_items(r)) else {
        return Ok(None);
    };
    let total = match (start, items) {
        (Value::Int(t), Items::Ints(xs)) => {
            vm.charge(xs.len() as u64 * crate::limits::ITEM_TICKS)?;
            // Fewer than 2**63 items of at most 2**63 each: i128 holds
            // every partial sum.
            let mut acc = t as i128;
            for &x in xs {
                acc += x as i128;
            }
            match i64::try_from(acc) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.int_value(dashu_int::IBig::from(acc)),
            }
        }
        (Value::Int(_) | Value::Float(_), Items::Floats(xs)) if !xs.is_empty() => {
            vm.charge(xs.len() as u64 * crate::limits::ITEM_TICKS)?;
            let mut acc = match start {
                Value::Int(t) => t as f64,
                Value::Float(f) => f,
                _ => unreachable!("matched above"),
            };
            for &x in xs {
                acc = crate::numeric::float_add(acc, x);
            }
            Value::Float(acc)
        }
        _ => return Ok(None),
    };
    Ok(Some(total))
}

pub(super) fn hex(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("hex", args, kwargs)?;
    let text = int_to_base(int_ref_arg(vm, v)?, 16);
    Ok(vm.new_str(text))
}

pub(super) fn oct(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("oct", args, kwargs)?;
    let text = int_to_base(int_ref_arg(vm, v)?, 8);
    Ok(vm.new_str(text))
}

pub(super) fn bin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("bin", args, kwargs)?;
    let text = int_to_base(int_ref_arg(vm, v)?, 2);
    Ok(vm.new_str(text))
}

/// An argument that must be an int of either size.
fn int_ref_arg(vm: &Vm, v: Value) -> Result<crate::format::IntRef<'_>, PyError> {
    match vm.big_int(v) {
        Some(x) => Ok(crate::format::IntRef::Big(x)),
        None => Ok(crate::format::IntRef::Small(args::index_arg(vm, v)?)),
    }
}

/// A number as a float for divmod: None if it is not a number.
fn real(vm: &Vm, v: Value) -> Option<Result<f64, RawError>> {
    v.as_f64().map(Ok).or_else(|| vm.int_to_f64(v))
}

/// `complex(real=0, imag=0)`, `complex(text)`.
pub(super) fn call_complex(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    use crate::ops::complex::{parse_complex, Complex};
    args::at_most_total("complex", args, kwargs, 2)?;
    let [real, imag] = args::bind("complex", args, kwargs, ["real", "imag"])?;
    if let Some(text) = real.and_then(|r| vm.as_str(r)) {
        if imag.is_some() {
            return Err(args::error(
                ExcKind::TypeError,
                "complex() can't take second arg if first is a string",
            ));
        }
        let z = parse_complex(text)?;
        return Ok(vm.new_complex(z));
    }
    if let Some(i) = imag {
        if vm.as_str(i).is_some() {
            return Err(args::error(
                ExcKind::TypeError,
                "complex() second arg can't be a string",
            ));
        }
    }
    // A complex passed alone is returned as it is.
    if let (Some(r), None) = (real, imag) {
        if vm.as_complex(r).is_some() {
            return Ok(r);
        }
    }
    let part = |vm: &Vm, v: Option<Value>, which: &str| -> Result<(Complex, bool), PyError> {
        let Some(v) = v else {
            return Ok((Complex::new(0.0, 0.0), false));
        };
        match vm.complex_operand(v) {
            Some(z) => Ok((z?, vm.as_complex(v).is_some())),
            None => Err(args::error(
                ExcKind::TypeError,
                format!(
                    "complex() {which} must be a string or a number, not '{}'",
                    vm.type_name(v)
                )
                .replace(
                    "second argument must be a string or a number",
                    "second argument must be a number",
                ),
            )),
        }
    };
    let (re, re_is_complex) = part(vm, real, "first argument")?;
    let (im, im_is_complex) = part(vm, imag, "second argument")?;
    // CPython's correction for parts that are themselves complex:
    // complex(a, b) is a + b*1j.
    let mut real_part = re.re;
    let mut imag_part = if imag.is_none() { re.im } else { im.re };
    if im_is_complex {
        real_part -= im.im;
    }
    if re_is_complex && imag.is_some() {
        imag_part += re.im;
    }
    Ok(vm.new_complex(Complex::new(real_part, imag_part)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modular_powers_match_cpython() {
        assert_eq!(mod_pow(2, 100, 1000).unwrap(), 376);
        assert_eq!(mod_pow(2, 3, -5).unwrap(), -2);
        assert_eq!(mod_pow(-2, 3, 5).unwrap(), 2);
        assert_eq!(mod_pow(5, 0, 1).unwrap(), 0);
        assert_eq!(mod_pow(3, -1, 7).unwrap(), 5);
        assert!(mod_pow(4, -1, 6).is_err());
        assert!(mod_pow(2, 3, 0).is_err());
        // MAX is -1 modulo 2**63, so an odd power is -1 again, and the
        // result takes the negative modulus's sign.
        assert_eq!(mod_pow(i64::MAX, i64::MAX, i64::MIN).unwrap(), -1);
    }
}
