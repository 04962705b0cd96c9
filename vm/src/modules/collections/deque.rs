//! `collections.deque`: a double-ended queue.
//!
//! The items live in a list with a run of dead slots at its front: the
//! live items are `items[head..]`. `popleft` clears a slot and moves
//! `head` (the dead run is dropped once it is half the list, so each item
//! is moved O(1) times), and `appendleft` fills the slot before `head`,
//! opening a new dead run as long as the deque when there is none. So
//! both ends are O(1) amortized, as CPython's block list is.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::super::native_class::{field, init_state, make_class, receiver, set_field, stop};

const TP_NAME: &str = "collections.deque";

// The fields of a deque's state.
const ITEMS: usize = 0;
const HEAD: usize = 1;
/// The largest length, or None.
const MAXLEN: usize = 2;
/// Moves on at every change, so an iterator can tell it was mutated.
const CHANGES: usize = 3;

/// Dead slots dropped from the front once they are this many and half
/// the list.
const TRIM_AT: usize = 16;

pub(super) fn class(vm: &mut Vm) -> Value {
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("__init__", init),
        ("__len__", len),
        ("__iter__", iter),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__eq__", eq),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("clear", clear),
        ("copy", copy),
        ("count", count),
        ("index", index),
        ("remove", remove),
        ("reverse", reverse),
        ("insert", insert),
        ("__class_getitem__", crate::typing::class_getitem),
    ];
    let class = make_class(vm, TP_NAME, METHODS, &[]);
    // Read from the state, as CPython's read-only attribute is: an
    // attribute of the instance's own would give it a shape of its own,
    // and every method would look its state up by name.
    super::super::native_class::define_property(vm, class, "maxlen", maxlen_attr);
    class
}

/// `d.maxlen`: the largest length, or None.
fn maxlen_attr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, TP_NAME)?;
    Ok(field(vm, st, MAXLEN))
}

pub(super) fn iterator_class(vm: &mut Vm) -> Value {
    make_class(
        vm,
        "_collections._deque_iterator",
        &[
            ("__iter__", crate::modules::itertools::self_iter),
            ("__next__", iter_next),
        ],
        &[],
    )
}

fn deque_state(vm: &Vm, args: &[Value]) -> Result<(ObjRef, ObjRef), PyError> {
    let (st, _) = receiver(vm, args, TP_NAME)?;
    Ok((st, field(vm, st, ITEMS).as_obj().expect("a list")))
}

fn head(vm: &Vm, st: ObjRef) -> usize {
    field(vm, st, HEAD).as_index().unwrap_or(0) as usize
}

fn maxlen(vm: &Vm, st: ObjRef) -> Option<usize> {
    field(vm, st, MAXLEN).as_index().map(|n| n as usize)
}

fn list_len(vm: &Vm, items: ObjRef) -> usize {
    vm.heap.list(items).map_or(0, |l| l.len())
}

/// How many items the deque holds.
fn length(vm: &Vm, st: ObjRef, items: ObjRef) -> usize {
    list_len(vm, items) - head(vm, st)
}

/// The change count (`CHANGES`): it moves at every change.
fn change_count(vm: &Vm, st: ObjRef) -> i64 {
    field(vm, st, CHANGES).as_index().unwrap_or(0)
}

fn changed(vm: &mut Vm, st: ObjRef) {
    let n = change_count(vm, st);
    set_field(vm, st, CHANGES, Value::Int(n.wrapping_add(1)));
}

/// The fields a change reads, from one visit to the state: where the
/// live items start, the largest length, and the change count.
fn read_fields(vm: &Vm, st: ObjRef) -> (usize, Option<usize>, i64) {
    let Some(l) = vm.heap.list(st) else {
        return (0, None, 0);
    };
    let int = |i| l.get_checked(i).and_then(|v: Value| v.as_index());
    (
        int(HEAD).unwrap_or(0) as usize,
        int(MAXLEN).map(|n| n as usize),
        int(CHANGES).unwrap_or(0),
    )
}

/// Stores where the live items start and moves the change count on
/// (from `changes`, as `read_fields` read it), in one visit to the state.
fn note_change(vm: &mut Vm, st: ObjRef, head: usize, changes: i64) {
    vm.heap.with_list(st, |l| {
        // A state a script replaced (`x.__state = []`) may be short.
        if HEAD < l.len() {
            l.set(HEAD, Value::Int(head as i64));
        }
        if CHANGES < l.len() {
            l.set(CHANGES, Value::Int(changes.wrapping_add(1)));
        }
    });
}

/// The live items, in order.
fn values(vm: &Vm, st: ObjRef, items: ObjRef) -> Vec<Value> {
    let h = head(vm, st);
    vm.heap
        .list(items)
        .map_or(Vec::new(), |l| l.items().iter().skip(h).collect())
}

/// Makes `values` the deque's items.
fn set_values(vm: &mut Vm, st: ObjRef, items: ObjRef, values: Vec<Value>) {
    vm.heap.with_list(items, |l| l.replace(values));
    set_field(vm, st, HEAD, Value::Int(0));
    changed(vm, st);
}

fn push_right(vm: &mut Vm, st: ObjRef, items: ObjRef, v: Value) {
    let (head, max, changes) = read_fields(vm, st);
    if max == Some(0) {
        return;
    }
    vm.heap.with_list(items, |l| l.push(v));
    note_change(vm, st, head, changes);
    if max.is_some_and(|m| list_len(vm, items).saturating_sub(head) > m) {
        take_left(vm, st, items);
    }
}

fn push_left(vm: &mut Vm, st: ObjRef, items: ObjRef, v: Value) {
    if maxlen(vm, st) == Some(0) {
        return;
    }
    let mut h = head(vm, st);
    if h == 0 {
        let gap = length(vm, st, items).max(TRIM_AT);
        vm.heap.with_list(items, |l| l.splice(0, 0, &vec![Value::None; gap]));
        h = gap;
    }
    vm.heap.with_list(items, |l| l.set(h - 1, v));
    set_field(vm, st, HEAD, Value::Int(h as i64 - 1));
    changed(vm, st);
    if maxlen(vm, st).is_some_and(|m| length(vm, st, items) > m) {
        take_right(vm, st, items);
    }
}

fn take_left(vm: &mut Vm, st: ObjRef, items: ObjRef) -> Option<Value> {
    let (h, _, changes) = read_fields(vm, st);
    let n = list_len(vm, items);
    if n <= h {
        return None;
    }
    let (v, head) = vm.heap.with_list(items, |l| {
        let v = l.get(h);
        l.set(h, Value::None);
        let h = h + 1;
        if h == n {
            l.clear();
            (v, 0)
        } else if h >= TRIM_AT && h * 2 >= n {
            l.splice(0, h, &[]);
            (v, 0)
        } else {
            (v, h)
        }
    })?;
    note_change(vm, st, head, changes);
    Some(v)
}

fn take_right(vm: &mut Vm, st: ObjRef, items: ObjRef) -> Option<Value> {
    if length(vm, st, items) == 0 {
        return None;
    }
    let n = list_len(vm, items);
    let v = vm.heap.with_list(items, |l| l.remove(n - 1))?;
    if list_len(vm, items) == head(vm, st) {
        vm.heap.with_list(items, |l| l.clear());
        set_field(vm, st, HEAD, Value::Int(0));
    }
    changed(vm, st);
    Some(v)
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    args::at_most_total("deque", rest, kwargs, 2)?;
    let [iterable, max] = args::bind("deque", rest, kwargs, ["iterable", "maxlen"])?;
    let max = match max {
        None | Some(Value::None) => Value::None,
        Some(v) => match v.as_index() {
            Some(n) if n < 0 => return Err(args::error(ExcKind::ValueError, "maxlen must be non-negative")),
            Some(n) => Value::Int(n),
            None => return Err(RawError::type_error("an integer is required").into()),
        },
    };
    let items = vm.new_list(Vec::new());
    init_state(vm, this, TP_NAME, vec![items, Value::Int(0), max, Value::Int(0)])?;
    if let Some(iterable) = iterable {
        let st = super::super::native_class::state(vm, this, TP_NAME)?;
        extend_from(vm, st, iterable, false)?;
    }
    Ok(Value::None)
}

fn extend_from(vm: &mut Vm, st: ObjRef, iterable: Value, left: bool) -> Result<(), PyError> {
    let items = field(vm, st, ITEMS).as_obj().expect("a list");
    let values = vm.collect_iterable(iterable)?;
    for v in values {
        if left {
            push_left(vm, st, items, v);
        } else {
            push_right(vm, st, items, v);
        }
    }
    Ok(())
}

fn len(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    Ok(Value::Int(length(vm, st, items) as i64))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = deque_state(vm, args)?;
    let module = crate::modules::import(vm, "collections")?;
    let class = vm.get_attr(module, "_deque_iterator")?.as_obj().expect("a class");
    let it = vm.alloc_instance(class);
    let changes = field(vm, st, CHANGES);
    args::with_roots(vm, &[it], |vm| {
        init_state(
            vm,
            it,
            "_collections._deque_iterator",
            vec![Value::Obj(st), Value::Int(0), changes],
        )
    })?;
    Ok(it)
}

fn iter_next(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (own, _) = receiver(vm, args, "_collections._deque_iterator")?;
    let st = field(vm, own, 0).as_obj().expect("a deque state");
    if field(vm, st, CHANGES).as_index() != field(vm, own, 2).as_index() {
        return Err(args::error(ExcKind::RuntimeError, "deque mutated during iteration"));
    }
    let items = field(vm, st, ITEMS).as_obj().expect("a list");
    let i = field(vm, own, 1).as_index().unwrap_or(0) as usize;
    if i >= length(vm, st, items) {
        return Err(stop());
    }
    set_field(vm, own, 1, Value::Int(i as i64 + 1));
    let h = head(vm, st);
    Ok(vm.heap.list(items).map_or(Value::None, |l| l.get(h + i)))
}

/// The position of index `i` in the items list: `deque index out of
/// range` outside the deque.
fn position(vm: &Vm, st: ObjRef, items: ObjRef, i: Value) -> Result<usize, PyError> {
    let i = args::index_arg(vm, i)?;
    let n = length(vm, st, items) as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(args::error(ExcKind::IndexError, "deque index out of range"));
    }
    Ok(head(vm, st) + at as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let at = position(vm, st, items, args.get(1).copied().unwrap_or(Value::None))?;
    Ok(vm.heap.list(items).map_or(Value::None, |l| l.get(at)))
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let at = position(vm, st, items, args.get(1).copied().unwrap_or(Value::None))?;
    let v = args.get(2).copied().unwrap_or(Value::None);
    vm.heap.with_list(items, |l| l.set(at, v));
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let at = position(vm, st, items, args.get(1).copied().unwrap_or(Value::None))?;
    vm.heap.with_list(items, |l| l.remove(at));
    changed(vm, st);
    Ok(Value::None)
}

/// Where `x` first is among the items at `within` (positions from the
/// left end), compared by `==`. An `__eq__` that
/// changes the deque makes the search an error, as in CPython: `remove`
/// (`Search::Remove`) raises IndexError whatever the answer; `index` and
/// `in` take an equal item first and raise RuntimeError after an unequal
/// one.
fn find(
    vm: &mut Vm,
    st: ObjRef,
    items: ObjRef,
    x: Value,
    search: Search,
    within: std::ops::Range<usize>,
) -> Result<Option<usize>, PyError> {
    let values = values(vm, st, items);
    let changes = change_count(vm, st);
    let within = within.start.min(values.len())..within.end.min(values.len());
    for (i, v) in values.iter().enumerate().take(within.end).skip(within.start) {
        vm.charge(crate::limits::ITEM_TICKS)?;
        let equal = v.is(x) || args::with_roots(vm, &values, |vm| vm.eq_any(*v, x))?;
        if equal && search == Search::Find {
            return Ok(Some(i));
        }
        if change_count(vm, st) != changes {
            let kind = match search {
                Search::Remove => ExcKind::IndexError,
                Search::Find => ExcKind::RuntimeError,
            };
            return Err(args::error(kind, "deque mutated during iteration"));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// What a search of the deque is for (`find`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    Find,
    Remove,
}

fn contains(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let x = args.get(1).copied().unwrap_or(Value::None);
    Ok(Value::Bool(
        find(vm, st, items, x, Search::Find, 0..usize::MAX)?.is_some(),
    ))
}

fn repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let list = vm.new_list(values(vm, st, items));
    let inner = args::with_roots(vm, &[list], |vm| vm.repr_of(list))?;
    // A subclass's instance shows its own class's name (`D([1, 2])`).
    let type_name = vm.type_name(args[0]);
    let name = type_name.rsplit('.').next().unwrap_or("deque");
    let text = match maxlen(vm, st) {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    };
    Ok(vm.new_str(text))
}

fn eq(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let other = args.get(1).copied().unwrap_or(Value::None);
    let Ok(other_st) = super::super::native_class::state(vm, other, TP_NAME) else {
        return Ok(Value::Obj(vm.not_implemented.expect("NotImplemented")));
    };
    let other_items = field(vm, other_st, ITEMS).as_obj().expect("a list");
    let a = values(vm, st, items);
    let b = values(vm, other_st, other_items);
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    let all: Vec<Value> = a.iter().chain(&b).copied().collect();
    args::with_roots(vm, &all, |vm| {
        for (x, y) in a.iter().zip(&b) {
            vm.charge(crate::limits::ITEM_TICKS)?;
            if !x.is(*y) && !vm.eq_any(*x, *y)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    })
}

fn one_arg(args: &[Value], name: &str) -> Result<Value, PyError> {
    match args.get(1..) {
        Some([v]) => Ok(*v),
        _ => Err(RawError::type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))
        .into()),
    }
}

fn append(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let v = one_arg(args, "append")?;
    push_right(vm, st, items, v);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let v = one_arg(args, "appendleft")?;
    push_left(vm, st, items, v);
    Ok(Value::None)
}

fn empty() -> PyError {
    args::error(ExcKind::IndexError, "pop from an empty deque")
}

fn pop(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    take_right(vm, st, items).ok_or_else(empty)
}

fn popleft(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    take_left(vm, st, items).ok_or_else(empty)
}

fn extend(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = deque_state(vm, args)?;
    extend_from(vm, st, one_arg(args, "extend")?, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = deque_state(vm, args)?;
    extend_from(vm, st, one_arg(args, "extendleft")?, true)?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let n = match args.get(1) {
        Some(&v) => args::index_arg(vm, v)?,
        None => 1,
    };
    let mut values = values(vm, st, items);
    if values.len() > 1 {
        vm.charge(values.len() as u64)?;
        let k = n.rem_euclid(values.len() as i64) as usize;
        values.rotate_right(k);
        set_values(vm, st, items, values);
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    set_values(vm, st, items, Vec::new());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let list = vm.new_list(values(vm, st, items));
    let class = vm.class_of(args[0]).expect("an instance");
    let max = field(vm, st, MAXLEN);
    args::with_roots(vm, &[list], |vm| vm.call_value(Value::Obj(class), &[list, max]))
}

fn count(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let x = one_arg(args, "count")?;
    let values = values(vm, st, items);
    let changes = change_count(vm, st);
    let mut n = 0;
    for v in &values {
        vm.charge(crate::limits::ITEM_TICKS)?;
        let equal = v.is(x) || args::with_roots(vm, &values, |vm| vm.eq_any(*v, x))?;
        if change_count(vm, st) != changes {
            return Err(args::error(ExcKind::RuntimeError, "deque mutated during iteration"));
        }
        n += equal as i64;
    }
    Ok(Value::Int(n))
}

fn not_in_deque(vm: &mut Vm, x: Value) -> PyError {
    match vm.repr_of(x) {
        Ok(text) => args::error(ExcKind::ValueError, format!("{text} is not in deque")),
        Err(e) => e,
    }
}

fn index(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let x = args.get(1).copied().unwrap_or(Value::None);
    // `d.index(x, start, stop)`, bounds as a list's.
    let n = length(vm, st, items);
    let within = args::search_bound(vm, args.get(2), n, 0)?..args::search_bound(vm, args.get(3), n, n)?;
    match find(vm, st, items, x, Search::Find, within)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, x)),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let x = one_arg(args, "remove")?;
    match find(vm, st, items, x, Search::Remove, 0..usize::MAX)? {
        Some(i) => {
            let h = head(vm, st);
            vm.heap.with_list(items, |l| l.remove(h + i));
            changed(vm, st);
            Ok(Value::None)
        }
        None => Err(not_in_deque(vm, x)),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let mut values = values(vm, st, items);
    values.reverse();
    set_values(vm, st, items, values);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, items) = deque_state(vm, args)?;
    let [i, x] = match args.get(1..) {
        Some(&[i, x]) => [i, x],
        _ => {
            return Err(RawError::type_error(format!(
                "insert() takes exactly 2 arguments ({} given)",
                args.len().saturating_sub(1)
            ))
            .into())
        }
    };
    let i = args::index_arg(vm, i)?;
    let n = length(vm, st, items);
    if maxlen(vm, st) == Some(n) {
        return Err(args::error(ExcKind::IndexError, "deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n as i64).max(0) } else { i.min(n as i64) } as usize;
    let h = head(vm, st);
    vm.heap.with_list(items, |l| l.insert(h + at, x));
    changed(vm, st);
    Ok(Value::None)
}
