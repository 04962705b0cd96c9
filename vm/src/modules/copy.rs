//! The `copy` module: `copy` (shallow) and `deepcopy`, for lists, dicts,
//! tuples, instances of the script's classes (their attributes; their own
//! `__copy__`/`__deepcopy__` if they define one) and the standard modules'
//! containers (`deque`, `Counter`, `defaultdict`, `OrderedDict`, named
//! tuples). Immutable values are their own copies, as in CPython.
//!
//! `deepcopy` remembers what it copied (so shared parts stay shared and
//! cycles end), charges a tick per object, and nests on the host stack
//! only within the engine's stack budget: a structure nested deeper than
//! that is a `RecursionError`, as CPython's recursion limit makes it.

use std::collections::HashMap;

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::{Obj, TypeKind};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[("copy", copy), ("deepcopy", deepcopy)];
    FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect()
}

fn not_supported(vm: &Vm, x: Value, what: &str) -> PyError {
    args::error(
        ExcKind::NotImplementedError,
        format!("{what} of a '{}' object is not supported by Rumba", vm.type_name(x)),
    )
}

fn is_native_instance(vm: &Vm, x: Value) -> bool {
    super::native_class::state(vm, x, "").is_ok()
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let x = args::exactly_one("copy", args, kwargs)?;
    shallow(vm, x)
}

fn shallow(vm: &mut Vm, x: Value) -> NativeResult {
    match x.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Bytes(b)) if b.mutable => {
            let data = b.data.clone();
            vm.room_for_bytes(data.len())?;
            Ok(vm.new_bytes(data, true))
        }
        Some(Obj::List(l)) => {
            let items = l.to_vec();
            Ok(vm.new_list(items))
        }
        Some(Obj::Dict(d)) => {
            let entries: Vec<(Value, Value)> = d.table.iter().map(|e| (e.key, e.value)).collect();
            let copy = vm.new_dict();
            for (k, v) in entries {
                vm.dict_set(copy.as_obj().expect("a dict"), k, v)?;
            }
            Ok(copy)
        }
        Some(Obj::Instance(i)) => {
            let class = i.class;
            if let Some(v) = vm.call_special(x, Special::CopyHook, &[])? {
                return Ok(v);
            }
            if vm.stands_for(x, TypeKind::Tuple) {
                // A named tuple: a new one of the same items, as CPython's
                // copy remakes it from its class.
                let make = vm.get_attr(Value::Obj(class), "_make")?;
                return vm.call_value(make, &[x]);
            }
            if vm.holds_builtin(class).is_some() {
                let made = vm.alloc_instance(class);
                return args::with_roots(vm, &[made], |vm| fill_builtin_copy(vm, x, made, &mut |_, v| Ok(v)));
            }
            if is_native_instance(vm, x) {
                return match vm.special_method(x, Special::Copy) {
                    Some(_) => {
                        let method = vm.get_attr(x, "copy")?;
                        vm.call_value(method, &[])
                    }
                    None => Err(not_supported(vm, x, "copy")),
                };
            }
            let made = vm.alloc_instance(class);
            args::with_roots(vm, &[made], |vm| {
                for (name, v) in attributes(vm, x) {
                    vm.set_attr(made, name, v)?;
                }
                Ok(made)
            })
        }
        _ => Ok(x),
    }
}

/// Fills `made`, a new instance of the class of `x` (a `list` or `dict`
/// subclass), as CPython's copy remakes one from its class: its
/// attributes and then its list's items or dict's entries are `item` of
/// `x`'s (the same, or deep copies).
fn fill_builtin_copy(
    vm: &mut Vm,
    x: Value,
    made: Value,
    item: &mut dyn FnMut(&mut Vm, Value) -> Result<Value, PyError>,
) -> NativeResult {
    let state = vm.native_state_name;
    for (name, v) in attributes(vm, x) {
        if Some(name) != state {
            let v = item(vm, v)?;
            vm.set_attr(made, name, v)?;
        }
    }
    if vm.stands_for(x, TypeKind::Dict) {
        let source = vm.dict_inside(x).as_obj().expect("a dict");
        let entries: Vec<(Value, Value)> = vm
            .heap
            .dict(source)
            .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        let inner = vm.dict_inside(made).as_obj().expect("a dict");
        for (k, v) in entries {
            let v = item(vm, v)?;
            vm.dict_set(inner, k, v)?;
        }
        return Ok(made);
    }
    let source = vm.list_inside(x);
    let items = vm.collect_iterable(source)?;
    let inner = vm.list_inside(made).as_obj().expect("a list");
    for v in items {
        let v = item(vm, v)?;
        vm.heap
            .grow_list(inner, crate::object::Storage::of(v), 1, |l| l.push(v))?;
    }
    Ok(made)
}

/// An instance's attributes, in order.
fn attributes(vm: &Vm, x: Value) -> Vec<(crate::heap::ObjRef, Value)> {
    // Kept in a dict: its str keys are the names (interned, as attribute
    // names are).
    if let Some(d) = x.as_obj().and_then(|r| vm.attribute_dict(r)) {
        let entries: Vec<(Value, Value)> = vm
            .heap
            .dict(d)
            .map_or_else(Vec::new, |d| d.table.iter().map(|e| (e.key, e.value)).collect());
        return entries
            .into_iter()
            .filter_map(|(k, v)| vm.as_str(k).map(|text| (vm.heap.intern(text), v)))
            .collect();
    }
    match x.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Instance(i)) => vm
            .shapes
            .names(i.shape())
            .iter()
            .copied()
            .zip(i.slots().iter().copied())
            .collect(),
        _ => Vec::new(),
    }
}

fn deepcopy(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [x, _memo] = args::bind_required("deepcopy", args, kwargs, ["x", "memo"], 1)?;
    let base = vm.temp_roots.len();
    let mut memo = HashMap::new();
    let result = deep(vm, x.expect("required"), &mut memo);
    vm.temp_roots.truncate(base);
    result
}

/// What each object copied so far became, by address.
type Memo = HashMap<u64, Value>;

fn remember(vm: &mut Vm, memo: &mut Memo, r: crate::heap::ObjRef, copy: Value) {
    // Rooted until the whole copy is done: later steps may call the script.
    vm.temp_roots.push(copy);
    memo.insert(r.addr(), copy);
}

fn deep(vm: &mut Vm, x: Value, memo: &mut Memo) -> NativeResult {
    let Some(r) = x.as_obj() else { return Ok(x) };
    if let Some(&done) = memo.get(&r.addr()) {
        return Ok(done);
    }
    vm.check_host_stack()?;
    vm.charge(crate::limits::ITEM_TICKS)?;
    match vm.heap.get(r) {
        Obj::List(l) => {
            let items = l.to_vec();
            let copy = vm.new_list(Vec::with_capacity(items.len()));
            remember(vm, memo, r, copy);
            for item in items {
                let v = deep(vm, item, memo)?;
                vm.heap.with_list(copy.as_obj().expect("a list"), |l| l.push(v));
            }
            Ok(copy)
        }
        Obj::Tuple(t) => {
            let items = t.to_vec();
            let mut copies = Vec::with_capacity(items.len());
            for &item in &items {
                let v = deep(vm, item, memo)?;
                vm.temp_roots.push(v);
                copies.push(v);
            }
            // A cycle through the tuple may have copied it meanwhile.
            if let Some(&done) = memo.get(&r.addr()) {
                return Ok(done);
            }
            let same = items.iter().zip(&copies).all(|(a, b)| a.is(*b));
            let copy = if same { x } else { vm.new_tuple(copies) };
            remember(vm, memo, r, copy);
            Ok(copy)
        }
        Obj::Dict(d) => {
            let entries: Vec<(Value, Value)> = d.table.iter().map(|e| (e.key, e.value)).collect();
            let copy = vm.new_dict();
            remember(vm, memo, r, copy);
            for (k, v) in entries {
                let k = deep(vm, k, memo)?;
                vm.temp_roots.push(k);
                let v = deep(vm, v, memo)?;
                vm.dict_set(copy.as_obj().expect("a dict"), k, v)?;
            }
            Ok(copy)
        }
        Obj::Instance(_) => deep_instance(vm, x, memo),
        Obj::Bytes(b) if b.mutable => {
            let data = b.data.clone();
            vm.room_for_bytes(data.len())?;
            let copy = vm.new_bytes(data, true);
            remember(vm, memo, r, copy);
            Ok(copy)
        }
        _ => Ok(x),
    }
}

fn deep_instance(vm: &mut Vm, x: Value, memo: &mut Memo) -> NativeResult {
    let r = x.as_obj().expect("an instance");
    let class = vm.class_of(x).expect("an instance");
    if vm.special_method(x, Special::DeepCopyHook).is_some() {
        let memo_dict = vm.new_dict();
        vm.temp_roots.push(memo_dict);
        let copy = vm
            .call_special(x, Special::DeepCopyHook, &[memo_dict])?
            .expect("defined");
        remember(vm, memo, r, copy);
        return Ok(copy);
    }
    if vm.holds_builtin(class).is_some() {
        let copy = vm.alloc_instance(class);
        remember(vm, memo, r, copy);
        return fill_builtin_copy(vm, x, copy, &mut |vm, v| deep(vm, v, memo));
    }
    if !is_native_instance(vm, x) {
        let copy = vm.alloc_instance(class);
        remember(vm, memo, r, copy);
        for (name, v) in attributes(vm, x) {
            let v = deep(vm, v, memo)?;
            vm.set_attr(copy, name, v)?;
        }
        return Ok(copy);
    }
    if vm.stands_for(x, TypeKind::Tuple) {
        // A named tuple: `_make` of its items, copied.
        let items = vm.collect_iterable(x)?;
        let mut copies = Vec::with_capacity(items.len());
        for item in items {
            let v = deep(vm, item, memo)?;
            vm.temp_roots.push(v);
            copies.push(v);
        }
        let list = vm.new_list(copies);
        vm.temp_roots.push(list);
        let make = vm.get_attr(Value::Obj(class), "_make")?;
        let copy = vm.call_value(make, &[list])?;
        remember(vm, memo, r, copy);
        return Ok(copy);
    }
    if vm.special_method(x, Special::Copy).is_none() {
        return Err(not_supported(vm, x, "deepcopy"));
    }
    // `deque` and the dicts: a shallow copy, whose items are then copied
    // in place.
    let method = vm.get_attr(x, "copy")?;
    let copy = vm.call_value(method, &[])?;
    remember(vm, memo, r, copy);
    if vm.stands_for(x, TypeKind::Dict) {
        // A subclass's `copy` may return anything: only a dict's entries
        // are copied in place.
        let Some(inner) = vm.dict_inside(copy).as_obj().filter(|&d| vm.heap.dict(d).is_some()) else {
            return Ok(copy);
        };
        let entries: Vec<(Value, Value)> = vm
            .heap
            .dict(inner)
            .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        for (k, v) in entries {
            let v = deep(vm, v, memo)?;
            vm.dict_set(inner, k, v)?;
        }
    } else {
        let n = vm.instance_len(copy)?.unwrap_or_default();
        for i in 0..n {
            let item = vm.get_item(copy, Value::Int(i))?;
            let v = deep(vm, item, memo)?;
            vm.set_item(copy, Value::Int(i), v)?;
        }
    }
    Ok(copy)
}
