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
        _ => None,
    }
}

pub(super) fn lookup_float(name: &str) -> Option<NativeMethodPtr> {
    match name {
        "is_integer" => Some(is_integer),
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
