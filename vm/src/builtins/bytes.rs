//! Calling `bytes` and `bytearray`: `bytes(n)`, `bytes(iterable_of_ints)`,
//! `bytes(text, encoding[, errors])`, `bytes(bytes_like)`.

use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeResult};
use crate::ops::codec::{encode, Codec, Direction};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::args;

/// `bytes(...)`, or with `mutable`, `bytearray(...)`.
pub(super) fn call_bytes(vm: &mut Vm, positional: &[Value], kwargs: &[KwArg], mutable: bool) -> NativeResult {
    let name = if mutable { "bytearray" } else { "bytes" };
    args::at_most_total(name, positional, kwargs, 3)?;
    let [source, encoding, errors] = args::bind(name, positional, kwargs, ["source", "encoding", "errors"])?;
    let data = bytes_from(vm, name, source, encoding, errors, mutable)?;
    Ok(vm.new_bytes(data, mutable))
}

/// The contents `bytes(source, encoding, errors)` makes.
fn bytes_from(
    vm: &mut Vm,
    name: &str,
    source: Option<Value>,
    encoding: Option<Value>,
    errors: Option<Value>,
    mutable: bool,
) -> Result<Vec<u8>, PyError> {
    let Some(source) = source else {
        if encoding.is_some() {
            return Err(args::error(ExcKind::TypeError, "encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(args::error(ExcKind::TypeError, "errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = vm.as_str(source).map(str::to_string) {
        if encoding.is_none() {
            return Err(args::error(ExcKind::TypeError, "string argument without an encoding"));
        }
        let encoding = args::text_or(vm, name, "encoding", encoding, "utf-8")?;
        let errors = args::text_or(vm, name, "errors", errors, "strict")?;
        vm.room_for_bytes(text.len().saturating_mul(crate::ops::codec::GROWTH))?;
        return Ok(encode(&text, Codec::named(&encoding, Direction::Encode)?, &errors)?);
    }
    if encoding.is_some() {
        return Err(args::error(ExcKind::TypeError, "encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(args::error(ExcKind::TypeError, "errors without a string argument"));
    }
    if let Some(n) = source.as_index() {
        if n < 0 {
            return Err(args::error(ExcKind::ValueError, "negative count"));
        }
        vm.room_for_bytes(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if vm.big_int(source).is_some() {
        return Err(args::error(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    if let Some(data) = vm.bytes_of(source) {
        let data = data.to_vec();
        vm.room_for_bytes(data.len())?;
        return Ok(data);
    }
    if !mutable {
        // An object that says what its bytes are (`pathlib.Path`).
        if let Some(made) = vm.call_special(source, Special::Bytes, &[])? {
            return match vm.bytes_of(made) {
                Some(data) => Ok(data.to_vec()),
                None => Err(args::error(
                    ExcKind::TypeError,
                    format!("__bytes__ returned non-bytes (type {})", vm.type_name(made)),
                )),
            };
        }
    }
    if !vm.is_iterable(source) {
        return Err(args::error(
            ExcKind::TypeError,
            format!("cannot convert '{}' object to {name}", vm.type_name(source)),
        ));
    }
    let items = vm.collect_iterable(source)?;
    let mut data = Vec::with_capacity(items.len());
    for v in items {
        let byte = vm.byte_value(v).map_err(|mut e| {
            // The constructor of bytes words the range error in the plural.
            if !mutable && e.kind == ExcKind::ValueError {
                e.msg = "bytes must be in range(0, 256)".into();
            }
            e
        })?;
        data.push(byte);
    }
    Ok(data)
}
