//! Methods of `list`: `append pop insert extend index count remove
//! reverse sort copy clear`.

use crate::builtins::args;
use crate::error::{ExcKind, OpResult, PyError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::object::{Items, ListObj, Storage};
use crate::ops::scripted::wants_script;
use crate::value::Value;
use crate::vm::Vm;

use super::sort::{sort_list, sort_options};

pub(super) fn lookup(name: &str) -> Option<NativeMethodPtr> {
    Some(match name {
        "append" => append as NativeMethodPtr,
        "pop" => pop,
        "insert" => insert,
        "extend" => extend,
        "index" => index,
        "count" => count,
        "remove" => remove,
        "reverse" => reverse,
        "sort" => sort,
        "copy" => copy,
        "clear" => clear,
        _ => return None,
    })
}

/// The receiver's heap slot (the dispatch guarantees a list).
fn slot(recv: Value) -> ObjRef {
    recv.as_obj().expect("list methods are called on lists")
}

fn list(vm: &Vm, recv: Value) -> &ListObj {
    vm.heap.list(slot(recv)).expect("list methods are called on lists")
}

fn list_mut(vm: &mut Vm, recv: Value) -> &mut ListObj {
    vm.heap.list_mut(slot(recv)).expect("list methods are called on lists")
}

fn append(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("list.append", args, kwargs)?;
    vm.heap.append(slot(recv), v)?;
    Ok(Value::None)
}

/// `pop(index=-1)`.
fn pop(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("list.pop", kwargs)?;
    args::count("pop", args, 0, 1)?;
    let i = match args.first() {
        Some(i) => args::index_arg(vm, *i)?,
        None => -1,
    };
    let l = list_mut(vm, recv);
    if l.is_empty() {
        return Err(args::error(ExcKind::IndexError, "pop from empty list"));
    }
    let len = l.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(args::error(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(l.remove(at as usize))
}

/// `insert(index, value)`: an index past either end means that end.
fn insert(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("list.insert", kwargs)?;
    args::count("insert", args, 2, 2)?;
    let i = args::index_arg(vm, args[0])?;
    let v = args[1];
    vm.heap.grow_list(slot(recv), Storage::of(v), 1, |l| {
        let len = l.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        l.insert(at as usize, v);
    })?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let iterable = args::exactly_one("list.extend", args, kwargs)?;
    let extra = ListObj::new(vm.collect_iterable_at_entry(iterable)?);
    vm.heap
        .grow_list(slot(recv), extra.storage(), extra.len(), |l| l.extend(extra.items()))?;
    Ok(Value::None)
}

/// Whether `item` equals `value` as `in`, `index` and `count` test it:
/// the same object, or equal.
#[inline]
fn matches(vm: &Vm, item: Value, value: Value) -> OpResult<bool> {
    Ok(item.is(value) || vm.eq(item, value)?)
}

/// The first position in `lo..hi` whose item matches `value`. Items of a
/// typed storage are compared without boxing when `value` has their type.
pub(crate) fn position_in(vm: &Vm, items: Items, value: Value, lo: usize, hi: usize) -> OpResult<Option<usize>> {
    let hi = hi.min(items.len());
    if lo >= hi {
        return Ok(None);
    }
    let found = match (items, value) {
        (Items::Ints(xs), Value::Int(n)) => xs[lo..hi].iter().position(|x| *x == n),
        (Items::Floats(xs), Value::Float(f)) => xs[lo..hi].iter().position(|x| *x == f || x.to_bits() == f.to_bits()),
        (Items::Bools(xs), Value::Bool(b)) => xs[lo..hi].iter().position(|x| *x == b),
        // A str against strs (`c in ('a', 'e', 'i')`): their texts compared
        // directly; any other item the general way.
        (_, Value::Obj(r)) if vm.heap.str_obj(r).is_some() => {
            let text = vm.heap.str_obj(r).expect("a str").as_str();
            for i in lo..hi {
                vm.charge(crate::limits::ITEM_TICKS)?;
                let item = items.get(i);
                let hit = match item.as_obj().and_then(|o| vm.heap.str_obj(o)) {
                    Some(s) => s.as_str() == text,
                    None => matches(vm, item, value)?,
                };
                if hit {
                    return Ok(Some(i));
                }
            }
            None
        }
        _ => {
            for i in lo..hi {
                vm.charge(crate::limits::ITEM_TICKS)?;
                if matches(vm, items.get(i), value)? {
                    return Ok(Some(i));
                }
            }
            None
        }
    };
    // The typed scans above, charged for the bytes they went through.
    let scanned = found.map_or(hi - lo, |k| k + 1);
    vm.charge_bytes(scanned.saturating_mul(8))?;
    Ok(found.map(|k| k + lo))
}

/// `index(value, start=0, stop=sys.maxsize)` of a list or tuple: the
/// position of the first item equal to `value` in the window, if any.
pub(super) fn find_in(
    vm: &mut Vm,
    seq: ObjRef,
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
) -> Result<Option<usize>, PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count("index", args, 1, 3)?;
    let len = vm.heap.seq_items(seq).map_or(0, |items| items.len());
    let start = args::search_bound(vm, args.get(1), len, 0)?;
    let stop = args::search_bound(vm, args.get(2), len, len)?;
    if start >= stop {
        return Ok(None);
    }
    vm.position_any(seq, args[0], start, stop)
}

fn index(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match find_in(vm, slot(recv), "list.index", args, kwargs)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(args::error(
            ExcKind::ValueError,
            format!("{} is not in list", vm.repr_of(args[0])?),
        )),
    }
}

/// How many items equal `value`, for lists and tuples.
pub(super) fn count_in(vm: &mut Vm, seq: ObjRef, value: Value) -> Result<Value, PyError> {
    let Some(items) = vm.heap.seq_items(seq) else {
        return Ok(Value::Int(0));
    };
    let plain = match (items, value) {
        (Items::Ints(xs), Value::Int(n)) => Ok(xs.iter().filter(|x| **x == n).count()),
        (Items::Bools(xs), Value::Bool(b)) => Ok(xs.iter().filter(|x| **x == b).count()),
        _ => items
            .iter()
            .try_fold(0, |n, item| Ok(n + matches(vm, item, value)? as usize)),
    };
    let n = match plain {
        Err(e) if wants_script(&e) => vm.count_scripted(seq, value)?,
        plain => plain?,
    };
    Ok(Value::Int(n as i64))
}

fn count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let value = args::exactly_one("list.count", args, kwargs)?;
    count_in(vm, slot(recv), value)
}

fn remove(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let value = args::exactly_one("list.remove", args, kwargs)?;
    match find_in(vm, slot(recv), "list.remove", &[value], &[])? {
        Some(i) => {
            list_mut(vm, recv).remove(i);
            Ok(Value::None)
        }
        None => Err(args::error(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}

fn reverse(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("list.reverse", args, kwargs)?;
    list_mut(vm, recv).reverse();
    Ok(Value::None)
}

/// `sort(*, key=None, reverse=False)`.
fn sort(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if !args.is_empty() {
        return Err(args::error(ExcKind::TypeError, "sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, kwargs)?;
    // The receiver may be a temporary (`[3, 1].sort(key=f)`), reachable
    // from nothing but this call while the key function runs.
    let roots = [recv, key.unwrap_or(Value::None)];
    args::with_roots(vm, &roots, |vm| sort_list(vm, recv, key, reverse))?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("list.copy", args, kwargs)?;
    let copied = ListObj::from_items(list(vm, recv).items());
    Ok(Value::Obj(vm.heap.alloc(copied)))
}

fn clear(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("list.clear", args, kwargs)?;
    list_mut(vm, recv).clear();
    Ok(Value::None)
}
