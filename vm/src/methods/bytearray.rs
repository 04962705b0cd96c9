//! The methods only a `bytearray` has, which change it in place:
//! `append`, `extend`, `pop`, `insert`, `remove`, `reverse`, `clear`, and
//! `copy`. Those it shares with `bytes` are in `bytes.rs`.

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::bytes::{data, same_type};

/// A bytearray's own method (the dispatch has checked the receiver).
pub(super) fn lookup(name: &str) -> Option<NativeMethodPtr> {
    Some(match name {
        "append" => append,
        "extend" => extend,
        "pop" => pop,
        "clear" => clear,
        "copy" => copy,
        "insert" => insert,
        "reverse" => reverse,
        "remove" => remove,
        _ => return None,
    })
}

/// Changes the receiver (a bytearray, per the dispatch) in place,
/// counting its growth toward the heap limit.
fn change<R>(vm: &mut Vm, recv: Value, grow: usize, f: impl FnOnce(&mut Vec<u8>) -> R) -> Result<R, PyError> {
    vm.room_for_bytes(grow)?;
    vm.heap.note_growth(grow);
    let r = recv.as_obj().expect("a bytearray");
    let data = vm.heap.bytearray_mut(r).expect("a bytearray");
    Ok(f(data))
}

fn append(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("bytearray.append", positional, kwargs)?;
    let b = vm.byte_value(v)?;
    change(vm, recv, 1, |d| d.push(b))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("bytearray.extend", positional, kwargs)?;
    let extra = match vm.bytes_of(v) {
        Some(b) => b.to_vec(),
        None if !vm.is_iterable(v) => {
            return Err(args::error(
                ExcKind::TypeError,
                format!("can't extend bytearray with {}", vm.type_name(v)),
            ))
        }
        None => {
            let items = vm.collect_iterable(v)?;
            items
                .iter()
                .map(|x| vm.byte_value(*x))
                .collect::<Result<Vec<u8>, _>>()?
        }
    };
    change(vm, recv, extra.len(), |d| d.extend_from_slice(&extra))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("bytearray.pop", kwargs)?;
    args::takes("pop", positional, 0, 1)?;
    let i = match positional.first() {
        Some(v) => args::index_arg(vm, *v)?,
        None => -1,
    };
    let len = vm.bytes_of(recv).map_or(0, <[u8]>::len);
    if len == 0 {
        return Err(args::error(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let Some(at) = crate::ops::index::normalize_index(i, len) else {
        return Err(args::error(ExcKind::IndexError, "pop index out of range"));
    };
    let b = change(vm, recv, 0, |d| d.remove(at))?;
    Ok(Value::Int(b as i64))
}

fn clear(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("bytearray.clear", positional, kwargs)?;
    change(vm, recv, 0, Vec::clear)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("bytearray.copy", positional, kwargs)?;
    same_type(vm, recv, data(vm, recv))
}

fn insert(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("bytearray.insert", kwargs)?;
    args::count("insert", positional, 2, 2)?;
    let i = args::index_arg(vm, positional[0])?;
    let b = vm.byte_value(positional[1])?;
    let len = vm.bytes_of(recv).map_or(0, <[u8]>::len) as i64;
    // As list.insert: a position past either end means that end.
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    change(vm, recv, 1, |d| d.insert(at, b))?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("bytearray.reverse", positional, kwargs)?;
    change(vm, recv, 0, |d| d.reverse())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("bytearray.remove", positional, kwargs)?;
    let b = vm.byte_value(v)?;
    let Some(at) = vm.bytes_of(recv).and_then(|d| d.iter().position(|&x| x == b)) else {
        return Err(args::error(ExcKind::ValueError, "value not found in bytearray"));
    };
    change(vm, recv, 0, |d| d.remove(at))?;
    Ok(Value::None)
}
