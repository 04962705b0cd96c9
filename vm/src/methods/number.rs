//! The few methods of `int` and `float` that scripts use.

use crate::builtins::args;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn lookup_int(name: &str) -> Option<NativeMethodPtr> {
    match name {
        "bit_length" => Some(bit_length),
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
fn bit_length(_vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("int.bit_length", args, kwargs)?;
    let n = recv.as_index().unwrap_or(0);
    Ok(Value::Int(64 - n.unsigned_abs().leading_zeros() as i64))
}

fn is_integer(_vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("float.is_integer", args, kwargs)?;
    let f = recv.as_f64().unwrap_or(0.0);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}
