//! Methods of `list`: `append pop insert extend index count remove
//! reverse sort copy clear`.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::error::PyError;
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::object::Obj;
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

fn items(vm: &Vm, recv: Value) -> &Vec<Value> {
    match vm.heap.get(slot(recv)) {
        Obj::List(items) => items,
        _ => unreachable!("list methods are called on lists"),
    }
}

fn items_mut(vm: &mut Vm, recv: Value) -> &mut Vec<Value> {
    match vm.heap.get_mut(slot(recv)) {
        Obj::List(items) => items,
        _ => unreachable!("list methods are called on lists"),
    }
}

fn append(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("list.append", args, kwargs)?;
    items_mut(vm, recv).push(v);
    vm.heap.note_growth(16);
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
    let items = items_mut(vm, recv);
    if items.is_empty() {
        return Err(args::error(ExcKind::IndexError, "pop from empty list"));
    }
    let len = items.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(args::error(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

/// `insert(index, value)`: an index past either end means that end.
fn insert(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("list.insert", kwargs)?;
    args::count("insert", args, 2, 2)?;
    let i = args::index_arg(vm, args[0])?;
    let items = items_mut(vm, recv);
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, args[1]);
    vm.heap.note_growth(16);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let iterable = args::exactly_one("list.extend", args, kwargs)?;
    let extra = vm.collect_iterable(iterable)?;
    vm.heap.note_growth(extra.len() * 16);
    items_mut(vm, recv).extend(extra);
    Ok(Value::None)
}

/// `index(value, start=0, stop=sys.maxsize)` of a list or tuple: the
/// position of the first item equal to `value` in the window, if any.
pub(super) fn find_in(
    vm: &Vm,
    items: &[Value],
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
) -> Result<Option<usize>, PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count("index", args, 1, 3)?;
    let bound = |v: Option<&Value>, default: i64| -> Result<i64, PyError> {
        let Some(v) = v else { return Ok(default) };
        let i = v.as_index().ok_or_else(|| {
            args::error(
                ExcKind::TypeError,
                "slice indices must be integers or have an __index__ method",
            )
        })?;
        Ok(if i < 0 { (i + items.len() as i64).max(0) } else { i })
    };
    let start = bound(args.get(1), 0)?;
    let stop = bound(args.get(2), i64::MAX)?.min(items.len() as i64);
    let value = args[0];
    for i in start..stop {
        let item = items[i as usize];
        if item.is(value) || vm.eq(item, value)? {
            return Ok(Some(i as usize));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match find_in(vm, items(vm, recv), "list.index", args, kwargs)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(args::error(
            ExcKind::ValueError,
            format!("{} is not in list", vm.repr(args[0])?),
        )),
    }
}

/// How many items equal `value`, for lists and tuples.
pub(super) fn count_in(vm: &Vm, items: &[Value], value: Value) -> Result<Value, PyError> {
    let mut n = 0;
    for item in items {
        if item.is(value) || vm.eq(*item, value)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let value = args::exactly_one("list.count", args, kwargs)?;
    count_in(vm, items(vm, recv), value)
}

fn remove(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let value = args::exactly_one("list.remove", args, kwargs)?;
    match find_in(vm, items(vm, recv), "list.remove", &[value], &[])? {
        Some(i) => {
            items_mut(vm, recv).remove(i);
            Ok(Value::None)
        }
        None => Err(args::error(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}

fn reverse(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("list.reverse", args, kwargs)?;
    items_mut(vm, recv).reverse();
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
    let copied = items(vm, recv).clone();
    Ok(vm.new_list(copied))
}

fn clear(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("list.clear", args, kwargs)?;
    items_mut(vm, recv).clear();
    Ok(Value::None)
}
