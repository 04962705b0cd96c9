//! Methods of `set` and `frozenset`. The operations themselves are in
//! `ops/set.rs`; here are the argument checks (CPython's wording for each
//! method's calling convention) and the methods that take several
//! iterables at once.

use crate::builtins::args;
use crate::error::PyError;
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

/// The methods of both types; `frozen` leaves out the ones that change a set.
pub(super) fn lookup(name: &str, frozen: bool) -> Option<NativeMethodPtr> {
    let shared: Option<NativeMethodPtr> = match name {
        "copy" => Some(copy),
        "union" => Some(union),
        "intersection" => Some(intersection),
        "difference" => Some(difference),
        "symmetric_difference" => Some(symmetric_difference),
        "issubset" => Some(issubset),
        "issuperset" => Some(issuperset),
        "isdisjoint" => Some(isdisjoint),
        _ => None,
    };
    if shared.is_some() || frozen {
        return shared;
    }
    Some(match name {
        "add" => add as NativeMethodPtr,
        "remove" => remove,
        "discard" => discard,
        "pop" => pop,
        "clear" => clear,
        "update" => update,
        "intersection_update" => intersection_update,
        "difference_update" => difference_update,
        "symmetric_difference_update" => symmetric_difference_update,
        _ => return None,
    })
}

/// The receiver (the dispatch guarantees a set or frozenset).
fn this(recv: Value) -> ObjRef {
    recv.as_obj().expect("set methods are called on sets")
}

fn type_name(vm: &Vm, recv: Value) -> &'static str {
    vm.type_kind(recv).name()
}

/// A method taking any number of iterables and no keywords.
fn varargs(vm: &Vm, recv: Value, method: &str, kwargs: &[KwArg]) -> Result<(), PyError> {
    args::no_kwargs(format_args!("{}.{method}", type_name(vm, recv)), kwargs)
}

/// The one argument; the receiver's type is read only to word an error.
fn one(vm: &Vm, recv: Value, method: &str, args: &[Value], kwargs: &[KwArg]) -> Result<Value, PyError> {
    match (args, kwargs) {
        ([v], []) => Ok(*v),
        _ => args::exactly_one(format_args!("{}.{method}", type_name(vm, recv)), args, kwargs),
    }
}

fn none(vm: &Vm, recv: Value, method: &str, args: &[Value], kwargs: &[KwArg]) -> Result<(), PyError> {
    args::no_args(format_args!("{}.{method}", type_name(vm, recv)), args, kwargs)
}

fn add(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let key = one(vm, recv, "add", args, kwargs)?;
    vm.set_add(this(recv), key)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let key = one(vm, recv, "remove", args, kwargs)?;
    if vm.set_discard(this(recv), key)? {
        Ok(Value::None)
    } else {
        Err(vm.missing_key(key))
    }
}

fn discard(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let key = one(vm, recv, "discard", args, kwargs)?;
    vm.set_discard(this(recv), key)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    none(vm, recv, "pop", args, kwargs)?;
    match vm.heap.set_mut(this(recv)).and_then(|s| s.table.pop()) {
        Some(key) => Ok(key),
        None => {
            let text = vm.new_str("pop from an empty set");
            Err(vm.missing_key(text))
        }
    }
}

fn clear(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    none(vm, recv, "clear", args, kwargs)?;
    if let Some(s) = vm.heap.set_mut(this(recv)) {
        s.table.clear();
    }
    Ok(Value::None)
}

/// `copy()`: a new set; a frozenset is its own copy.
fn copy(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    none(vm, recv, "copy", args, kwargs)?;
    if vm.is_frozenset(this(recv)) {
        return Ok(recv);
    }
    vm.set_copy(this(recv), false)
}

fn update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    varargs(vm, recv, "update", kwargs)?;
    for &other in args {
        vm.set_update(this(recv), other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    varargs(vm, recv, "union", kwargs)?;
    let result = vm.set_copy_like(this(recv))?;
    for &other in args {
        vm.set_update(this(result), other)?;
    }
    Ok(result)
}

fn intersection(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    varargs(vm, recv, "intersection", kwargs)?;
    intersection_of(vm, recv, args)
}

/// `recv & args[0] & args[1] ...`, or a copy for no arguments.
fn intersection_of(vm: &mut Vm, recv: Value, args: &[Value]) -> NativeResult {
    if args.is_empty() {
        return vm.set_copy_like(this(recv));
    }
    let mut result = recv;
    for &other in args {
        result = vm.set_intersection(this(result), other)?;
    }
    Ok(result)
}

fn intersection_update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    varargs(vm, recv, "intersection_update", kwargs)?;
    let result = intersection_of(vm, recv, args)?;
    let table = vm.heap.set(this(result)).map(|s| s.table.clone()).unwrap_or_default();
    if let Some(s) = vm.heap.set_mut(this(recv)) {
        s.table = table;
    }
    Ok(Value::None)
}

fn difference(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    varargs(vm, recv, "difference", kwargs)?;
    let Some((&first, rest)) = args.split_first() else {
        return vm.set_copy_like(this(recv));
    };
    let result = vm.set_difference(this(recv), first)?;
    for &other in rest {
        vm.set_difference_update(this(result), other)?;
    }
    Ok(result)
}

fn difference_update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    varargs(vm, recv, "difference_update", kwargs)?;
    for &other in args {
        vm.set_difference_update(this(recv), other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = one(vm, recv, "symmetric_difference", args, kwargs)?;
    vm.set_symmetric_difference(this(recv), other)
}

fn symmetric_difference_update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = one(vm, recv, "symmetric_difference_update", args, kwargs)?;
    vm.set_symmetric_difference_update(this(recv), other)?;
    Ok(Value::None)
}

/// The argument as a set: itself, or a new set of its items.
fn as_set(vm: &mut Vm, other: Value) -> Result<ObjRef, PyError> {
    if vm.is_set_like(other) {
        return Ok(this(other));
    }
    Ok(this(vm.set_from(Some(other), false)?))
}

fn issubset(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = one(vm, recv, "issubset", args, kwargs)?;
    let other = as_set(vm, other)?;
    Ok(Value::Bool(vm.set_is_subset(this(recv), other)?))
}

fn issuperset(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = one(vm, recv, "issuperset", args, kwargs)?;
    if vm.is_set_like(other) {
        return Ok(Value::Bool(vm.set_is_subset(this(other), this(recv))?));
    }
    all_in(vm, recv, other, true)
}

fn isdisjoint(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = one(vm, recv, "isdisjoint", args, kwargs)?;
    if vm.is_set_like(other) {
        return Ok(Value::Bool(vm.sets_disjoint(this(recv), this(other))?));
    }
    all_in(vm, recv, other, false)
}

/// Whether every item of `items` is in set `set` (`wanted`), or none is.
fn all_in(vm: &mut Vm, set: Value, items: Value, wanted: bool) -> NativeResult {
    let it = vm.get_iter(items)?;
    let it = this(it);
    while let Some(item) = vm.next_charged(it)? {
        if vm.set_contains(this(set), item)? != wanted {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
