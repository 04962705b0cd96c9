//! Sorting for `list.sort` and `sorted`: stable, and using only `<`, like
//! CPython's.
//!
//! The algorithm copies the shape of CPython's timsort (`listsort` in
//! Objects/listobject.c): natural runs found by `count_run`, short runs
//! extended by binary insertion up to `minrun`, then merges. For lists
//! under 64 items that is the whole of CPython's algorithm, so the same
//! comparisons happen in the same order; this matters when `<` is not a
//! total order (NaNs) and for which mismatched pair a TypeError names.
//! Longer lists merge pairwise without galloping, which gives the same
//! result whenever `<` is a consistent order.

use crate::builtins::args;
use crate::error::PyError;
use crate::error::{ExcKind, OpResult};
use crate::native::{KwArg, NativeResult};
use crate::object::Storage;
use crate::ops::compare::OrderOp;
use crate::value::Value;
use crate::vm::Vm;

/// The `key=` and `reverse=` keywords of `sorted` and `list.sort`.
pub(crate) fn sort_options(vm: &Vm, kwargs: &[KwArg]) -> Result<(Option<Value>, bool), PyError> {
    if kwargs.len() > 2 {
        return Err(args::error(
            ExcKind::TypeError,
            format!("sort() takes at most 2 keyword arguments ({} given)", kwargs.len()),
        ));
    }
    let [key, reverse] = args::bind("sort", &[], kwargs, ["key", "reverse"])?;
    let reverse = match reverse {
        None => false,
        Some(r) => args::index_arg(vm, r)? != 0,
    };
    Ok((key.filter(|k| !k.is_none()), reverse))
}

/// Sorts a list in place. The caller has rooted `list` and `key`.
///
/// As in CPython, the list looks empty while the key function runs, keeps
/// its old order if a key or a comparison fails, and a list that a key
/// function modified gets the sorted items plus a ValueError.
pub(crate) fn sort_list(vm: &mut Vm, list: Value, key: Option<Value>, reverse: bool) -> Result<(), PyError> {
    let Some(r) = list.as_obj() else { return Ok(()) };
    let Some(n) = vm.heap.list(r).map(|l| l.len()) else {
        return Ok(());
    };
    // Ints without a key: equal ints cannot be told apart, so any correct
    // order is the stable one, and `<` on ints cannot fail. About n log n
    // comparisons, charged up front (the sort cannot stop half-way).
    if key.is_none() && vm.heap.list(r).is_some_and(|l| l.storage() == Storage::Int) {
        vm.charge(n as u64 * (usize::BITS - n.leading_zeros()) as u64)?;
        if let Some(l) = vm.heap.list_mut(r) {
            l.sort_ints(reverse);
        }
        return Ok(());
    }
    // The copies the general sort works on (items, keys, values, the order
    // and the merge's buffer) count toward the heap limit while it runs;
    // its comparisons are charged one by one.
    let scratch = n.saturating_mul(SCRATCH_BYTES_PER_ITEM);
    vm.heap.hold(scratch)?;
    let result = sort_values(vm, r, key, reverse);
    vm.heap.unhold(scratch);
    result
}

/// Bytes of working copies the general sort makes per item.
const SCRATCH_BYTES_PER_ITEM: usize = 4 * std::mem::size_of::<Value>() + 2 * std::mem::size_of::<usize>();

fn sort_values(vm: &mut Vm, r: crate::heap::ObjRef, key: Option<Value>, reverse: bool) -> Result<(), PyError> {
    let Some(l) = vm.heap.list_mut(r) else { return Ok(()) };
    let items = l.take_values();
    let result = args::with_roots(vm, &items, |vm| sorted_items(vm, &items, key, reverse));
    give_back(vm, r, items, result)
}

/// The end of a sort of list `r`, which looked empty while it ran: the
/// sorted items, or `items` as they were when the sort failed; a list
/// that was modified meanwhile gets the sorted items and a ValueError.
fn give_back(
    vm: &mut Vm,
    r: crate::heap::ObjRef,
    items: Vec<Value>,
    result: Result<Vec<Value>, PyError>,
) -> Result<(), PyError> {
    let Some(l) = vm.heap.list_mut(r) else { return Ok(()) };
    let modified = !l.is_empty();
    match result {
        Ok(sorted) => {
            l.replace(sorted);
            if modified {
                return Err(args::error(ExcKind::ValueError, "list modified during sort"));
            }
            Ok(())
        }
        Err(e) => {
            l.replace(items);
            Err(e)
        }
    }
}

/// `target.sort(key=key)` in the prelude (`list_sort`, for a key the
/// script wrote), first step: the target's items in a new list, the
/// target left empty while the keys are computed, as `sort_values`
/// leaves it.
pub(crate) fn take_for_sort(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let Some(l) = args[0].as_obj().and_then(|r| vm.heap.list_mut(r)) else {
        unreachable!("the prelude passes a list")
    };
    let items = l.take_values();
    Ok(vm.new_list(items))
}

/// `list_sort`'s last step: the target given back the items of list
/// `args[1]` sorted by the keys in list `args[2]` (one per item,
/// computed in order; None when a key failed: the items as they were),
/// `args[3]` saying whether in reverse, as `sort_values` gives them back.
pub(crate) fn put_back_sorted(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let values = |vm: &Vm, r: Value| r.as_obj().and_then(|r| vm.heap.list(r)).map(|l| l.to_vec());
    let (Some(target), Some(items)) = (args[0].as_obj(), values(vm, args[1])) else {
        unreachable!("the prelude passes two lists")
    };
    let result = match values(vm, args[2]) {
        Some(keys) => {
            let scratch = items.len().saturating_mul(SCRATCH_BYTES_PER_ITEM);
            vm.heap.hold(scratch).map_err(PyError::from).and_then(|()| {
                let sorted = arrange(vm, keys, items.clone(), matches!(args[3], Value::Bool(true)));
                vm.heap.unhold(scratch);
                sorted
            })
        }
        None => Ok(items.clone()),
    };
    if result.is_err() && vm.refused_script {
        // Compiled code refused a comparison that needed the script: the
        // interpreter redoes this call, which must find the target as it
        // was (the exit settles the ticks).
        return result.map(|_| Value::None);
    }
    give_back(vm, target, items, result)?;
    Ok(Value::None)
}

/// The items in sorted order. Keys are computed first, in list order;
/// `reverse` sorts the reversed list and reverses the result, which keeps
/// equal items in their original order.
fn sorted_items(vm: &mut Vm, items: &[Value], key: Option<Value>, reverse: bool) -> Result<Vec<Value>, PyError> {
    let keys = match key {
        None => items.to_vec(),
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in items {
                let k = vm.call_value(f, &[*item])?;
                // Rooted at once: the next key call may collect.
                vm.temp_roots.push(k);
                keys.push(k);
            }
            keys
        }
    };
    arrange(vm, keys, items.to_vec(), reverse)
}

/// `sorted(iterable, key=key, reverse=reverse)`'s last step in the
/// prelude (`sorted_key`): list `items` sorted in place by the keys in
/// list `keys` (one per item, computed in order), in reverse when the
/// third argument is True, comparing as `sorted` does; the list.
pub(crate) fn sort_by_keys(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let values = |r: Value| r.as_obj().and_then(|r| vm.heap.list(r)).map(|l| l.to_vec());
    let (Some(items), Some(keys)) = (values(args[0]), values(args[1])) else {
        unreachable!("the prelude passes two lists")
    };
    let scratch = items.len().saturating_mul(SCRATCH_BYTES_PER_ITEM);
    vm.heap.hold(scratch)?;
    let sorted = arrange(vm, keys, items, matches!(args[2], Value::Bool(true)));
    vm.heap.unhold(scratch);
    if let Some(l) = args[0].as_obj().and_then(|r| vm.heap.list_mut(r)) {
        l.replace(sorted?);
    }
    Ok(args[0])
}

/// `values` in the order of their `keys` (rooted by the caller), as
/// `sorted_items` puts them.
fn arrange(vm: &mut Vm, mut keys: Vec<Value>, values: Vec<Value>, reverse: bool) -> Result<Vec<Value>, PyError> {
    let mut values = values;
    if reverse {
        keys.reverse();
        values.reverse();
    }
    let order = sort_order(vm, &keys)?;
    let mut sorted: Vec<Value> = order.iter().map(|&i| values[i]).collect();
    if reverse {
        sorted.reverse();
    }
    Ok(sorted)
}

/// `a < b`, with the common cases inline; a tick per comparison. An
/// instance's `__lt__` (a script's, or a native class's such as
/// `cmp_to_key`'s) runs as the interpreter's `<` runs it, so a sort makes
/// the comparisons CPython's makes, script code included.
fn less(vm: &mut Vm, a: Value, b: Value) -> Result<bool, PyError> {
    vm.charge(crate::limits::ITEM_TICKS)?;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        // Most keys compare without the script (strs, tuples of them):
        // those skip `compare_any`'s look for instances first.
        _ => match vm.compare(OrderOp::Lt, a, b) {
            Err(e) if crate::ops::scripted::wants_script(&e) => vm.compare_any(OrderOp::Lt, a, b),
            plain => Ok(plain?),
        },
    }
}

/// The order of keys that are all ints, all floats and none NaN, or all
/// strs: a total order, in which any stable sort puts the keys where
/// CPython's does, so Rust's stable sort does it without a call per
/// comparison (strs compare by their UTF-8 bytes, whose order is their
/// code points'). None for other keys (NaN, mixed types, objects), which
/// take the merge. Charges a tick per comparison a merge sort could make.
fn total_order(vm: &Vm, keys: &[Value]) -> OpResult<Option<Vec<usize>>> {
    let n = keys.len();
    let ints = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let floats = !ints && keys.iter().all(|k| matches!(k, Value::Float(f) if !f.is_nan()));
    let strs = !ints && !floats && keys.iter().all(|&k| vm.as_str(k).is_some());
    if n < 2 || !(ints || floats || strs) {
        return Ok(None);
    }
    let comparisons = n as u64 * u64::from(usize::BITS - n.leading_zeros());
    vm.charge(comparisons * crate::limits::ITEM_TICKS)?;
    let mut order: Vec<usize> = (0..n).collect();
    if ints {
        order.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => unreachable!("all ints"),
        });
    } else if strs {
        let text: Vec<&[u8]> = keys
            .iter()
            .map(|&k| vm.as_str(k).expect("all strs").as_bytes())
            .collect();
        order.sort_by(|&i, &j| text[i].cmp(text[j]));
    } else {
        let float = |i: usize| match keys[i] {
            Value::Float(x) => x,
            _ => unreachable!("all floats"),
        };
        order.sort_by(|&i, &j| float(i).partial_cmp(&float(j)).expect("no NaN"));
    }
    Ok(Some(order))
}

/// CPython's `merge_compute_minrun`: n itself below 64, else a length
/// between 32 and 64 that splits n into runs of nearly equal power-of-two
/// counts.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The permutation that sorts `keys`: `keys[order[0]]` is the least.
fn sort_order(vm: &mut Vm, keys: &[Value]) -> Result<Vec<usize>, PyError> {
    if let Some(order) = total_order(vm, keys)? {
        return Ok(order);
    }
    let n = keys.len();
    let mut order: Vec<usize> = (0..n).collect();
    if n < 2 {
        return Ok(order);
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(vm, keys, &order[lo..])?;
        if descending {
            order[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            binary_insertion(vm, keys, &mut order[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match pair {
                [(start, left), (_, right)] => {
                    merge(vm, keys, &mut order[*start..start + left + right], *left)?;
                    merged.push((*start, left + right));
                }
                [single] => merged.push(*single),
                _ => unreachable!("chunks of two"),
            }
        }
        runs = merged;
    }
    Ok(order)
}

/// CPython's `count_run`: the length of the run at the start of `run`,
/// and whether it is strictly descending (which the caller reverses).
fn count_run(vm: &mut Vm, keys: &[Value], run: &[usize]) -> Result<(usize, bool), PyError> {
    if run.len() == 1 {
        return Ok((1, false));
    }
    let descending = less(vm, keys[run[1]], keys[run[0]])?;
    let mut n = 2;
    while n < run.len() {
        let step_down = less(vm, keys[run[n]], keys[run[n - 1]])?;
        if step_down != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// CPython's `binarysort`: `run[..sorted]` is sorted; inserts the rest
/// one by one after any equal items (which keeps the sort stable).
fn binary_insertion(vm: &mut Vm, keys: &[Value], run: &mut [usize], sorted: usize) -> Result<(), PyError> {
    for start in sorted.max(1)..run.len() {
        let pivot = run[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if less(vm, keys[pivot], keys[run[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        run.copy_within(l..start, l + 1);
        run[l] = pivot;
    }
    Ok(())
}

/// Merges the sorted halves `run[..mid]` and `run[mid..]`; an item of the
/// right half goes first only if strictly less, for stability.
fn merge(vm: &mut Vm, keys: &[Value], run: &mut [usize], mid: usize) -> Result<(), PyError> {
    let left: Vec<usize> = run[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < run.len() {
        if less(vm, keys[run[j]], keys[left[i]])? {
            run[k] = run[j];
            j += 1;
        } else {
            run[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    // Whatever is left of the right half is already in place.
    run[k..k + left.len() - i].copy_from_slice(&left[i..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Limits;

    fn order_of(keys: &[Value]) -> Vec<usize> {
        let mut vm = Vm::new(Box::new(Vec::new()), Limits::default());
        sort_order(&mut vm, keys).unwrap()
    }

    #[test]
    fn min_run_matches_cpython() {
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(2112), 33);
    }

    #[test]
    fn long_sorts_are_stable_and_correct() {
        // Keys with many ties, tagged by position through a pseudo-random
        // sequence, in several runs of each direction.
        let n = 5000;
        let raw: Vec<i64> = (0..n).map(|i| (i * 7919 % 1009) % 50).collect();
        let keys: Vec<Value> = raw.iter().map(|k| Value::Int(*k)).collect();
        let order = order_of(&keys);
        let mut expected: Vec<usize> = (0..n as usize).collect();
        expected.sort_by_key(|&i| raw[i]);
        assert_eq!(order, expected);
    }

    #[test]
    fn nan_sorts_like_cpython() {
        // sorted([3, nan, 1, 2]) == [3, nan, 1, 2] in CPython: every `<`
        // with a NaN is false, so count_run sees one ascending run.
        let keys = [
            Value::Float(3.0),
            Value::Float(f64::NAN),
            Value::Float(1.0),
            Value::Float(2.0),
        ];
        assert_eq!(order_of(&keys), vec![0, 1, 2, 3]);
    }
}
