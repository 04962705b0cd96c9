//! Methods of `dict`: `get keys values items pop popitem setdefault update
//! copy clear`. Entries keep their first key object and insertion order.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::error::PyError;
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::object::{DictObj, DictViewKind, DictViewObj, Obj};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn lookup(name: &str) -> Option<NativeMethodPtr> {
    Some(match name {
        "get" => get as NativeMethodPtr,
        "keys" => keys,
        "values" => values,
        "items" => items,
        "pop" => pop,
        "popitem" => popitem,
        "setdefault" => setdefault,
        "update" => update,
        "copy" => copy,
        "clear" => clear,
        _ => return None,
    })
}

/// The receiver's heap slot (the dispatch guarantees a dict).
fn slot(recv: Value) -> ObjRef {
    recv.as_obj().expect("dict methods are called on dicts")
}

fn dict(vm: &Vm, recv: Value) -> &DictObj {
    vm.heap.dict(slot(recv)).expect("dict methods are called on dicts")
}

fn dict_mut(vm: &mut Vm, recv: Value) -> &mut DictObj {
    vm.heap.dict_mut(slot(recv)).expect("dict methods are called on dicts")
}

/// `get(key, default=None)`.
fn get(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("dict.get", kwargs)?;
    args::count("get", args, 1, 2)?;
    Ok(match vm.dict_get_any(slot(recv), args[0])? {
        Some(v) => v,
        None => args.get(1).copied().unwrap_or(Value::None),
    })
}

fn view(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg], name: &str, kind: DictViewKind) -> NativeResult {
    args::no_args(name, args, kwargs)?;
    Ok(Value::Obj(vm.heap.alloc(DictViewObj::new(slot(recv), kind))))
}

fn keys(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    view(vm, recv, args, kwargs, "dict.keys", DictViewKind::Keys)
}

fn values(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    view(vm, recv, args, kwargs, "dict.values", DictViewKind::Values)
}

fn items(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    view(vm, recv, args, kwargs, "dict.items", DictViewKind::Items)
}

/// `pop(key[, default])`.
fn pop(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("dict.pop", kwargs)?;
    args::count("pop", args, 1, 2)?;
    // CPython answers for an empty dict before hashing the key, so even an
    // unhashable key is a KeyError there.
    if dict(vm, recv).table.is_empty() {
        return args.get(1).copied().ok_or_else(|| vm.missing_key(args[0]));
    }
    match vm.dict_remove(slot(recv), args[0])? {
        Some(v) => Ok(v),
        None => args.get(1).copied().ok_or_else(|| vm.missing_key(args[0])),
    }
}

/// `popitem()`: the last entry, as a (key, value) tuple.
fn popitem(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("dict.popitem", args, kwargs)?;
    match dict_mut(vm, recv).table.pop_last() {
        Some(e) => Ok(vm.new_tuple([e.key, e.value])),
        None => {
            let text = vm.new_str("popitem(): dictionary is empty");
            Err(vm.missing_key(text))
        }
    }
}

/// `setdefault(key, default=None)`: the value, inserting the default
/// first if the key is missing.
fn setdefault(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("dict.setdefault", kwargs)?;
    args::count("setdefault", args, 1, 2)?;
    if let Some(v) = vm.dict_get_any(slot(recv), args[0])? {
        return Ok(v);
    }
    let default = args.get(1).copied().unwrap_or(Value::None);
    vm.dict_set(slot(recv), args[0], default)?;
    Ok(default)
}

/// `update([other], **kwargs)`.
fn update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::count("update", args, 0, 1)?;
    dict_update(vm, recv, args.first().copied(), kwargs)?;
    Ok(Value::None)
}

/// Adds the entries of `other` (a dict, or an iterable of key/value
/// pairs), then the keyword arguments, to `dict`. Shared by `dict(...)`
/// and `dict.update`.
pub(crate) fn dict_update(vm: &mut Vm, dict: Value, other: Option<Value>, kwargs: &[KwArg]) -> Result<(), PyError> {
    if let Some(other) = other {
        // A `Counter` or another native dict class: the dict it holds.
        let other = vm.dict_inside(other);
        let entries: Option<Vec<(Value, Value)>> = match other.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Dict(d)) => Some(d.table.iter().map(|e| (e.key, e.value)).collect()),
            _ => None,
        };
        match entries {
            Some(entries) => {
                for (k, v) in entries {
                    vm.set_item(dict, k, v)?;
                }
            }
            None => insert_pairs(vm, dict, other)?,
        }
    }
    for kw in kwargs {
        let key = vm.new_str(kw.name.clone());
        vm.set_item(dict, key, kw.value)?;
    }
    Ok(())
}

/// Inserts the key/value pairs of an iterable one by one, so an error at
/// element n leaves the first n inserted, as in CPython.
fn insert_pairs(vm: &mut Vm, dict: Value, other: Value) -> Result<(), PyError> {
    let elements = vm.collect_iterable(other)?;
    for (i, element) in elements.into_iter().enumerate() {
        if vm.get_iter(element).is_err() {
            return Err(args::error(
                ExcKind::TypeError,
                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            ));
        }
        let pair = vm.collect_iterable(element)?;
        if pair.len() != 2 {
            return Err(args::error(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                ),
            ));
        }
        vm.set_item(dict, pair[0], pair[1])?;
    }
    Ok(())
}

/// `dict.fromkeys(iterable, value=None)`.
pub(super) fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("fromkeys", kwargs)?;
    args::count("fromkeys", args, 1, 2)?;
    let value = args.get(1).copied().unwrap_or(Value::None);
    let d = vm.new_dict();
    set_keys(vm, d, args[0], value)?;
    Ok(d)
}

/// `fromkeys`'s filling: each key of `keys` set to `value` in mapping `d`
/// (by `__setitem__`, for a subclass's instance).
pub(crate) fn set_keys(vm: &mut Vm, d: Value, keys: Value, value: Value) -> Result<(), PyError> {
    let keys = vm.collect_iterable_at_entry(keys)?;
    args::with_roots(vm, &[d], |vm| {
        for k in keys {
            vm.set_item(d, k, value)?;
        }
        Ok(())
    })
}

fn copy(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("dict.copy", args, kwargs)?;
    let table = dict(vm, recv).table.clone();
    Ok(Value::Obj(vm.heap.alloc(DictObj::new(table))))
}

fn clear(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("dict.clear", args, kwargs)?;
    dict_mut(vm, recv).table.clear();
    Ok(Value::None)
}
