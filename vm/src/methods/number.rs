//! The few methods of `int` and `float` that scripts use.

use dashu_int::ops::{BitTest, UnsignedAbs};

use crate::builtins::args;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn lookup_int(name: &str) -> Option<NativeMethodPtr> {
    match name {
        "bit_length" => Some(bit_length),
        "bit_count" => Some(bit_count),
        "to_bytes" => Some(to_bytes),
        "as_integer_ratio" => Some(int_ratio),
        "conjugate" => Some(int_conjugate),
        _ => None,
    }
}

pub(super) fn lookup_float(name: &str) -> Option<NativeMethodPtr> {
    match name {
        "is_integer" => Some(is_integer),
        "as_integer_ratio" => Some(float_ratio),
        "conjugate" => Some(float_conjugate),
        "hex" => Some(float_hex),
        _ => None,
    }
}

/// `n.bit_length()`: bits needed for |n|, without the sign.
fn bit_length(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("int.bit_length", args, kwargs)?;
    if let Some(x) = vm.big_int(recv) {
        return Ok(Value::Int(BitTest::bit_len(&UnsignedAbs::unsigned_abs(x)) as i64));
    }
    let n = recv.as_index().unwrap_or(0);
    Ok(Value::Int(64 - n.unsigned_abs().leading_zeros() as i64))
}

/// `n.bit_count()`: the ones in the binary form of |n|.
fn bit_count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("int.bit_count", args, kwargs)?;
    if let Some(x) = vm.big_int(recv) {
        return Ok(Value::Int(UnsignedAbs::unsigned_abs(x).count_ones() as i64));
    }
    let n = recv.as_index().unwrap_or(0);
    Ok(Value::Int(n.unsigned_abs().count_ones() as i64))
}

fn is_integer(_vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("float.is_integer", args, kwargs)?;
    let f = recv.as_f64().unwrap_or(0.0);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// An int receiver as an int: a bool is its int (`True.conjugate()` is 1).
fn as_int(recv: Value) -> Value {
    match recv {
        Value::Bool(b) => Value::Int(b as i64),
        _ => recv,
    }
}

/// `n.as_integer_ratio()`: `(n, 1)`, a bool as its int.
fn int_ratio(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("int.as_integer_ratio", args, kwargs)?;
    Ok(vm.new_tuple([as_int(recv), Value::Int(1)]))
}

/// `n.conjugate()`: a real number is its own conjugate.
fn int_conjugate(_vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("int.conjugate", args, kwargs)?;
    Ok(as_int(recv))
}

fn float_conjugate(_vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("float.conjugate", args, kwargs)?;
    Ok(recv)
}

/// `f.hex()`: the exact value in hexadecimal, `0x1.8000000000000p+0`:
/// a leading 1 (0 for a subnormal), the 52 fraction bits as 13 digits,
/// the binary exponent in decimal.
fn float_hex(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("float.hex", args, kwargs)?;
    let f = recv.as_f64().unwrap_or(0.0);
    let text = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        let sign = if f.is_sign_negative() { "-" } else { "" };
        let bits = f.to_bits();
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        match (exponent, fraction) {
            (0, 0) => format!("{sign}0x0.0p+0"),
            (0, _) => format!("{sign}0x0.{fraction:013x}p-1022"),
            _ => format!("{sign}0x1.{fraction:013x}p{:+}", exponent - 1023),
        }
    };
    Ok(vm.new_str(text))
}

/// `f.as_integer_ratio()`: the exact value of a finite float as a
/// fraction in lowest terms with a positive denominator (a power of two).
fn float_ratio(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("float.as_integer_ratio", args, kwargs)?;
    let f = recv.as_f64().unwrap_or(0.0);
    if f.is_nan() {
        return Err(args::error(
            crate::error::ExcKind::ValueError,
            "cannot convert NaN to integer ratio",
        ));
    }
    if f.is_infinite() {
        return Err(args::error(
            crate::error::ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    // f = mantissa * 2**exp, the mantissa an integer of at most 53 bits.
    let bits = f.abs().to_bits();
    let biased = (bits >> 52) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return Ok(vm.new_tuple([Value::Int(0), Value::Int(1)]));
    }
    let zeros = (mantissa.trailing_zeros() as i64).min(-exp.min(0));
    mantissa >>= zeros;
    exp += zeros;
    let sign = if f < 0.0 { -1 } else { 1 };
    let numerator: dashu_int::IBig =
        (dashu_int::IBig::from(mantissa) * dashu_int::IBig::from(sign)) << exp.max(0) as usize;
    let denominator = dashu_int::IBig::ONE << (-exp.min(0)) as usize;
    vm.big_room(numerator.bit_len() / 8 + denominator.bit_len() / 8 + 32, 0)?;
    let (n, d) = (vm.int_value(numerator), vm.int_value(denominator));
    Ok(vm.new_tuple([n, d]))
}

pub(super) fn lookup_complex(name: &str) -> Option<NativeMethodPtr> {
    match name {
        "conjugate" => Some(conjugate),
        _ => None,
    }
}

fn conjugate(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("complex.conjugate", args, kwargs)?;
    let z = vm
        .as_complex(recv)
        .unwrap_or(crate::ops::complex::Complex::new(0.0, 0.0));
    Ok(vm.new_complex(crate::ops::complex::Complex::new(z.re, -z.im)))
}

/// The `byteorder` argument: true for little-endian.
fn little_endian(vm: &Vm, order: Option<Value>) -> Result<bool, crate::error::PyError> {
    let Some(order) = order else {
        return Ok(false);
    };
    match vm.as_str(order) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(args::error(
            crate::error::ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
        None => Err(args::error(
            crate::error::ExcKind::TypeError,
            format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(order)
            ),
        )),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    use crate::error::ExcKind;
    use dashu_int::IBig;
    args::at_most_total("to_bytes", args, kwargs, 3)?;
    if args.len() > 2 {
        return Err(args::error(
            ExcKind::TypeError,
            format!("to_bytes() takes at most 2 positional arguments ({} given)", args.len()),
        ));
    }
    let [length, order, signed] = args::bind("to_bytes", args, kwargs, ["length", "byteorder", "signed"])?;
    let n = match length {
        Some(l) => args::index_arg(vm, l)?,
        None => 1,
    };
    if n < 0 {
        return Err(args::error(ExcKind::ValueError, "length argument must be non-negative"));
    }
    let little = little_endian(vm, order)?;
    let signed = match signed {
        Some(s) => vm.truth(s)?,
        None => false,
    };
    let x: IBig = vm.int_operand(recv).map(|x| x.into_owned()).unwrap_or_default();
    let n = n as usize;
    vm.room_for_bytes(n)?;
    if !signed && x < IBig::ZERO {
        return Err(args::error(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let limit = IBig::ONE << (8 * n);
    let fits = if signed {
        let half = IBig::ONE << (8 * n).saturating_sub(1);
        n > 0 && x >= -half.clone() && x < half || (n == 0 && x == IBig::ZERO)
    } else {
        x < limit
    };
    if !fits {
        return Err(args::error(ExcKind::OverflowError, "int too big to convert"));
    }
    let unsigned = if x < IBig::ZERO { x + limit } else { x };
    // Two's complement of a non-negative value: at most one extra zero
    // byte on top, which the range check lets us drop.
    let mut data = unsigned.to_le_bytes().into_vec();
    data.resize(n, 0);
    if !little {
        data.reverse();
    }
    Ok(vm.new_bytes(data, false))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(super) fn from_bytes(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    use dashu_int::{IBig, UBig};
    args::at_most_total("from_bytes", args, kwargs, 3)?;
    let [data, order, signed] = args::bind_required("from_bytes", args, kwargs, ["bytes", "byteorder", "signed"], 1)?;
    let data = data.unwrap_or(Value::None);
    let little = little_endian(vm, order)?;
    let signed = match signed {
        Some(s) => vm.truth(s)?,
        None => false,
    };
    let mut bytes = match vm.bytes_of(data) {
        Some(b) => b.to_vec(),
        None => {
            let made = crate::builtins::call_type(vm, crate::object::TypeKind::Bytes, &[data], &[])?;
            vm.bytes_of(made).map(<[u8]>::to_vec).unwrap_or_default()
        }
    };
    if little {
        bytes.reverse();
    }
    let mut x = IBig::from(UBig::from_be_bytes(&bytes));
    if signed && bytes.first().is_some_and(|b| b & 0x80 != 0) {
        x -= IBig::ONE << (8 * bytes.len());
    }
    Ok(vm.int_value(x))
}
