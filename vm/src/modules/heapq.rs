//! The `heapq` module: a binary min-heap kept in a list, with CPython's
//! sift order (so the list's layout after each operation is CPython's, and
//! a script that prints the heap prints the same), and `nlargest`,
//! `nsmallest` and `merge`.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::less;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("nlargest", nlargest),
        ("nsmallest", nsmallest),
        ("merge", merge),
    ];
    FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect()
}

/// The list a heap function works on: `heappush() argument 1 must be
/// list, not int`.
fn heap_arg(vm: &Vm, v: Value, what: &str) -> Result<ObjRef, PyError> {
    match v.as_obj().map(|r| (r, vm.heap.get(r))) {
        Some((r, Obj::List(_))) => Ok(r),
        _ => Err(RawError::type_error(format!("{what} must be list, not {}", vm.type_name(v))).into()),
    }
}

fn get(vm: &Vm, heap: ObjRef, i: usize) -> Value {
    vm.heap
        .list(heap)
        .map_or(Value::None, |l| l.get_checked(i).unwrap_or(Value::None))
}

fn set(vm: &mut Vm, heap: ObjRef, i: usize, v: Value) {
    vm.heap.with_list(heap, |l| {
        if i < l.len() {
            l.set(i, v)
        }
    });
}

fn len(vm: &Vm, heap: ObjRef) -> usize {
    vm.heap.list(heap).map_or(0, |l| l.len())
}

/// `item < other` as the interpreter compares, with a tick.
fn lt(vm: &mut Vm, a: Value, b: Value) -> Result<bool, PyError> {
    vm.charge(crate::limits::ITEM_TICKS)?;
    less(vm, a, b)
}

/// The swaps a sift made, in order: undone in reverse when compiled code
/// refused a comparison that needed the script (`undo_if_refused`).
type Swaps = smallvec::SmallVec<[(usize, usize); 32]>;

/// Exchanges the items at `i` and `j` (both in range: the sifts check the
/// list's size after every comparison).
fn swap(vm: &mut Vm, heap: ObjRef, i: usize, j: usize, swaps: &mut Swaps) {
    exchange(vm, heap, i, j);
    swaps.push((i, j));
}

fn exchange(vm: &mut Vm, heap: ObjRef, i: usize, j: usize) {
    vm.heap.with_list(heap, |l| {
        let (a, b) = (l.get(i), l.get(j));
        l.set(i, b);
        l.set(j, a);
    });
}

/// A comparison's script changed the heap's length (CPython's check).
fn changed_size() -> PyError {
    args::error(ExcKind::RuntimeError, "list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` while it is less than its
/// parent, one swap at a time, so that a comparison that raises leaves
/// every item in the list, where CPython leaves it.
fn sift_down(vm: &mut Vm, heap: ObjRef, start: usize, mut pos: usize, swaps: &mut Swaps) -> Result<(), PyError> {
    let size = len(vm, heap);
    while pos > start {
        let parent = (pos - 1) >> 1;
        let less = lt(vm, get(vm, heap, pos), get(vm, heap, parent))?;
        if len(vm, heap) != size {
            return Err(changed_size());
        }
        if !less {
            break;
        }
        swap(vm, heap, pos, parent, swaps);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then
/// back up to its place (CPython's `_siftup`: fewer comparisons than
/// stopping early, on average).
fn sift_up(vm: &mut Vm, heap: ObjRef, mut pos: usize, swaps: &mut Swaps) -> Result<(), PyError> {
    let end = len(vm, heap);
    let start = pos;
    while 2 * pos + 1 < end {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            if !lt(vm, get(vm, heap, child), get(vm, heap, child + 1))? {
                child += 1;
            }
            if len(vm, heap) != end {
                return Err(changed_size());
            }
        }
        swap(vm, heap, pos, child, swaps);
        pos = child;
    }
    sift_down(vm, heap, start, pos, swaps)
}

/// After a sift failed: when compiled code refused the script a
/// comparison needed (`Vm::refuse_script_in_compiled_code`), the swaps are
/// undone and `restore` puts back what the operation changed before its
/// sift, so the interpreter redoes the call on the heap as it was. Any
/// other error leaves the heap as CPython leaves it.
fn undo_if_refused(vm: &mut Vm, heap: ObjRef, swaps: &Swaps, restore: impl FnOnce(&mut Vm)) {
    if !vm.refused_script {
        return;
    }
    for &(i, j) in swaps.iter().rev() {
        exchange(vm, heap, i, j);
    }
    restore(vm);
}

fn two_args(name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<(Value, Value), PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count(name, args, 2, 2)?;
    Ok((args[0], args[1]))
}

fn heappush(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (heap, item) = two_args("heappush", args, kwargs)?;
    let heap = heap_arg(vm, heap, "heappush() argument 1")?;
    vm.heap.with_list(heap, |l| l.push(item));
    let last = len(vm, heap) - 1;
    let mut swaps = Swaps::new();
    if let Err(e) = sift_down(vm, heap, 0, last, &mut swaps) {
        undo_if_refused(vm, heap, &swaps, |vm| {
            vm.heap.with_list(heap, |l| l.remove(last));
        });
        return Err(e);
    }
    Ok(Value::None)
}

fn index_error() -> PyError {
    args::error(ExcKind::IndexError, "index out of range")
}

fn heappop(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let heap = args::exactly_one("heappop", args, kwargs)?;
    let heap = heap_arg(vm, heap, "heappop() argument")?;
    let n = len(vm, heap);
    if n == 0 {
        return Err(index_error());
    }
    let last = vm.heap.with_list(heap, |l| l.remove(n - 1)).expect("a list");
    if n == 1 {
        return Ok(last);
    }
    let top = get(vm, heap, 0);
    set(vm, heap, 0, last);
    let mut swaps = Swaps::new();
    if let Err(e) = args::with_roots(vm, &[top], |vm| sift_up(vm, heap, 0, &mut swaps)) {
        undo_if_refused(vm, heap, &swaps, |vm| {
            set(vm, heap, 0, top);
            vm.heap.with_list(heap, |l| l.push(last));
        });
        return Err(e);
    }
    Ok(top)
}

fn heapify(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let heap = args::exactly_one("heapify", args, kwargs)?;
    let heap = heap_arg(vm, heap, "heapify() argument")?;
    // Under compiled code a refused comparison must leave the list as it
    // was, so every swap is kept to undo; the log (at most one swap per
    // item) is held against the heap limit, and a log that does not fit
    // sends the call to the interpreter before anything moves.
    let under_compiled_code = vm.no_collect > 0;
    let log_bytes = len(vm, heap) * std::mem::size_of::<(usize, usize)>();
    if under_compiled_code && vm.heap.hold(log_bytes).is_err() {
        return Err(vm.refuse_script_in_compiled_code());
    }
    let mut swaps = Swaps::new();
    let mut sifted = Ok(());
    for i in (0..len(vm, heap) / 2).rev() {
        sifted = sift_up(vm, heap, i, &mut swaps);
        if sifted.is_err() {
            break;
        }
        if !under_compiled_code {
            swaps.clear();
        }
    }
    if under_compiled_code {
        vm.heap.unhold(log_bytes);
    }
    if let Err(e) = sifted {
        undo_if_refused(vm, heap, &swaps, |_| {});
        return Err(e);
    }
    Ok(Value::None)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (heap, item) = two_args("heapreplace", args, kwargs)?;
    let heap = heap_arg(vm, heap, "heapreplace() argument 1")?;
    if len(vm, heap) == 0 {
        return Err(index_error());
    }
    let top = get(vm, heap, 0);
    set(vm, heap, 0, item);
    let mut swaps = Swaps::new();
    if let Err(e) = args::with_roots(vm, &[top], |vm| sift_up(vm, heap, 0, &mut swaps)) {
        undo_if_refused(vm, heap, &swaps, |vm| set(vm, heap, 0, top));
        return Err(e);
    }
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (heap, item) = two_args("heappushpop", args, kwargs)?;
    let heap = heap_arg(vm, heap, "heappushpop() argument 1")?;
    if len(vm, heap) == 0 {
        return Ok(item);
    }
    let top = get(vm, heap, 0);
    if !lt(vm, top, item)? {
        return Ok(item);
    }
    set(vm, heap, 0, item);
    let mut swaps = Swaps::new();
    if let Err(e) = args::with_roots(vm, &[top], |vm| sift_up(vm, heap, 0, &mut swaps)) {
        undo_if_refused(vm, heap, &swaps, |vm| set(vm, heap, 0, top));
        return Err(e);
    }
    Ok(top)
}

/// `nlargest(n, iterable, key=None)`: `sorted(iterable, key=key,
/// reverse=True)[:n]`, which CPython's result equals (equal items keep
/// their order).
fn nlargest(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    first_n(vm, args, kwargs, "nlargest", true)
}

fn nsmallest(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    first_n(vm, args, kwargs, "nsmallest", false)
}

fn first_n(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str, largest: bool) -> NativeResult {
    let mut key = None;
    for kw in kwargs {
        if &*kw.name != "key" {
            return Err(
                RawError::type_error(format!("{name}() got an unexpected keyword argument '{}'", kw.name)).into(),
            );
        }
        key = Some(kw.value).filter(|k| !k.is_none());
    }
    let (n, iterable) = match args {
        [n, it] => (*n, *it),
        [_] => {
            return Err(
                RawError::type_error(format!("{name}() missing 1 required positional argument: 'iterable'")).into(),
            )
        }
        [] => {
            return Err(RawError::type_error(format!(
                "{name}() missing 2 required positional arguments: 'n' and 'iterable'"
            ))
            .into())
        }
        _ => {
            return Err(RawError::type_error(format!(
                "{name}() takes from 2 to 3 positional arguments but {} were given",
                args.len()
            ))
            .into())
        }
    };
    let n = args::index_arg(vm, n)?;
    let items = vm.collect_iterable(iterable)?;
    let list = vm.new_list(items);
    args::with_roots(vm, &[list], |vm| {
        crate::methods::sort_list(vm, list, key, largest)?;
        let l = list.as_obj().expect("a list");
        let keep = n.clamp(0, len(vm, l) as i64) as usize;
        vm.heap.with_list(l, |l| l.splice(keep, l.len(), &[]));
        Ok(list)
    })
}

/// `merge(*iterables, key=None, reverse=False)`: the items of sorted
/// iterables in one sorted order; on equal keys the earlier iterable's
/// item first. The merge is made at the call (CPython's is a generator:
/// the same items, in the same order).
fn merge(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let mut key = None;
    let mut reverse = false;
    for kw in kwargs {
        match &*kw.name {
            "key" => key = Some(kw.value).filter(|k| !k.is_none()),
            "reverse" => reverse = vm.truth(kw.value)?,
            other => {
                return Err(
                    RawError::type_error(format!("merge() got an unexpected keyword argument '{other}'")).into(),
                )
            }
        }
    }
    let mut runs: Vec<Vec<(Value, Value)>> = Vec::with_capacity(args.len());
    let mut held = Vec::new();
    for &a in args {
        let items = args::with_roots(vm, &held, |vm| vm.collect_iterable(a))?;
        let mut run = Vec::with_capacity(items.len());
        for item in items {
            let k = match key {
                Some(f) => {
                    held.push(item);
                    args::with_roots(vm, &held, |vm| vm.call_value(f, &[item]))?
                }
                None => item,
            };
            held.push(item);
            held.push(k);
            run.push((k, item));
        }
        runs.push(run);
    }
    let mut at = vec![0; runs.len()];
    let mut out = Vec::with_capacity(runs.iter().map(Vec::len).sum());
    args::with_roots(vm, &held, |vm| {
        loop {
            // The run whose next key comes first; the earliest on ties.
            let mut best: Option<usize> = None;
            for (i, run) in runs.iter().enumerate() {
                let Some(&(k, _)) = run.get(at[i]) else { continue };
                let better = match best {
                    None => true,
                    Some(b) => {
                        let bk = runs[b][at[b]].0;
                        if reverse {
                            lt(vm, bk, k)?
                        } else {
                            lt(vm, k, bk)?
                        }
                    }
                };
                if better {
                    best = Some(i);
                }
            }
            let Some(b) = best else { break };
            out.push(runs[b][at[b]].1);
            at[b] += 1;
        }
        Ok(())
    })?;
    let list = vm.new_list(out);
    vm.get_iter(list)
}
