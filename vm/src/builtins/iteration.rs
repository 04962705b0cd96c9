//! Built-ins that walk iterables: `min max sorted any all` and the ones
//! that make iterator objects: `enumerate zip reversed iter next`.

use crate::error::ExcKind;
use crate::error::PyError;
use crate::heap::ObjRef;
use crate::methods::{sort_list, sort_options};
use crate::native::{KwArg, NativeResult};
use crate::object::{EnumerateObj, Items, IterObj, IterState, Obj, RangeIterObj, TypeKind};
use crate::ops::compare::OrderOp;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::args;

/// The iterator object of an iterable (`TypeError` if it is not one).
fn iterator(vm: &mut Vm, v: Value) -> Result<ObjRef, PyError> {
    let it = vm.get_iter(v)?;
    Ok(it.as_obj().expect("iterators are objects"))
}

pub(super) fn min(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    min_max(vm, args, kwargs, "min", OrderOp::Lt)
}

pub(super) fn max(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    min_max(vm, args, kwargs, "max", OrderOp::Gt)
}

/// `min`/`max(iterable, *, key=None, default=...)` or `(a, b, *rest,
/// key=None)`. An item replaces the best so far only if `op` holds
/// strictly, so the first of equal items wins, as in CPython.
fn min_max(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str, op: OrderOp) -> NativeResult {
    // `max(a, b)` of numbers, the common call: no tuple, no iterator.
    if kwargs.is_empty() && args.len() >= 2 {
        if let Some(best) = extreme_of_numbers(vm, args, op)? {
            return Ok(best);
        }
        // `max(a, b)` of anything else (tuples, strs): the general loop's
        // one comparison and its ticks, without its tuple and iterator.
        if let [first, second] = *args {
            vm.charge(2 * crate::limits::ITEM_TICKS)?;
            return args::with_roots(vm, args, |vm| {
                Ok(if vm.compare_any(op, second, first)? {
                    second
                } else {
                    first
                })
            });
        }
    }
    args::count(name, args, 1, usize::MAX)?;
    let [key, default] = args::bind(name, &[], kwargs, ["key", "default"])?;
    if args.len() > 1 && default.is_some() {
        return Err(args::error(
            ExcKind::TypeError,
            format!("Cannot specify a default for {name}() with multiple positional arguments"),
        ));
    }
    let key = key.filter(|k| !k.is_none());
    if key.is_none() && args.len() == 1 {
        if let Some(best) = number_extreme(vm, args[0], op)? {
            return Ok(best);
        }
    }
    let roots = args::all_values(args, kwargs);
    args::with_roots(vm, &roots, |vm| {
        let source = if args.len() == 1 { args[0] } else { vm.new_tuple(args) };
        let it = iterator(vm, source)?;
        // Slots for the iterator and the best item and its key, which must
        // survive the key function's safe points.
        let slot = vm.temp_roots.len();
        vm.temp_roots.extend([Value::Obj(it), Value::None, Value::None]);
        let mut best: Option<(Value, Value)> = None;
        loop {
            // Everything live is rooted here, so this may collect.
            vm.native_safe_point(crate::limits::ITEM_TICKS)?;
            let Some(item) = vm.iter_next(it)? else { break };
            let k = match key {
                Some(f) => vm.call_value(f, &[item])?,
                None => item,
            };
            let better = match best {
                None => true,
                Some((_, best_key)) => vm.compare_any(op, k, best_key)?,
            };
            if better {
                best = Some((item, k));
                vm.temp_roots[slot + 1] = item;
                vm.temp_roots[slot + 2] = k;
            }
        }
        match (best, default) {
            (Some((item, _)), _) => Ok(item),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(args::error(
                ExcKind::ValueError,
                format!("{name}() arg is an empty sequence"),
            )),
        }
    })
}

/// The first item for which no later one is strictly better by `op` (a
/// NaN compares false), as the general `min`/`max` pick it. None if empty.
fn extreme<T: PartialOrd + Copy>(items: impl IntoIterator<Item = T>, op: OrderOp) -> Option<T> {
    items.into_iter().reduce(|best, x| pick(best, x, op))
}

/// `x` if it is strictly better than `best` by `op`, else `best`.
fn pick<T: PartialOrd>(best: T, x: T, op: OrderOp) -> T {
    let better = if op == OrderOp::Lt { x < best } else { x > best };
    if better {
        x
    } else {
        best
    }
}

/// `min`/`max` of two or more arguments that are all ints or all floats,
/// by the general rule; None for other arguments.
fn extreme_of_numbers(vm: &Vm, args: &[Value], op: OrderOp) -> Result<Option<Value>, PyError> {
    let int = |v: &Value| if let Value::Int(x) = *v { Some(x) } else { None };
    let float = |v: &Value| if let Value::Float(x) = *v { Some(x) } else { None };
    let best = if args.iter().all(|v| int(v).is_some()) {
        extreme(args.iter().filter_map(int), op).map(Value::Int)
    } else if args.iter().all(|v| float(v).is_some()) {
        extreme(args.iter().filter_map(float), op).map(Value::Float)
    } else {
        return Ok(None);
    };
    vm.charge(args.len() as u64 * crate::limits::ITEM_TICKS)?;
    Ok(best)
}

/// `min`/`max` of a non-empty list, tuple or set whose items are all ints
/// or all floats, read in place (a typed list from its storage): no
/// iterator, no comparison call per item. The same rule as the general
/// way and the same tick per item. None for anything else.
fn number_extreme(vm: &Vm, v: Value, op: OrderOp) -> Result<Option<Value>, PyError> {
    let Some(r) = v.as_obj() else {
        return Ok(None);
    };
    let (best, n) = if let Some(set) = vm.heap.set(r) {
        (values_extreme(set.table.iter().map(|e| e.key), op), set.table.len())
    } else {
        match vm.heap.seq_items(r) {
            Some(Items::Ints(xs)) => (extreme(xs.iter().copied(), op).map(Value::Int), xs.len()),
            Some(Items::Floats(xs)) => (extreme(xs.iter().copied(), op).map(Value::Float), xs.len()),
            Some(Items::Values(xs)) => (values_extreme(xs.iter().copied(), op), xs.len()),
            _ => return Ok(None),
        }
    };
    if best.is_some() {
        vm.charge(n as u64 * crate::limits::ITEM_TICKS)?;
    }
    Ok(best)
}

/// `extreme` of values that are all ints or all floats; None for any
/// other mix (or none at all).
fn values_extreme(mut items: impl Iterator<Item = Value>, op: OrderOp) -> Option<Value> {
    match items.next()? {
        Value::Int(first) => items
            .try_fold(first, |best, v| {
                if let Value::Int(x) = v {
                    Some(pick(best, x, op))
                } else {
                    None
                }
            })
            .map(Value::Int),
        Value::Float(first) => items
            .try_fold(first, |best, v| {
                if let Value::Float(x) = v {
                    Some(pick(best, x, op))
                } else {
                    None
                }
            })
            .map(Value::Float),
        _ => None,
    }
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted
/// by `list.sort`.
pub(super) fn sorted(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::count("sorted", args, 1, 1)?;
    let (key, reverse) = sort_options(vm, kwargs)?;
    let items = vm.collect_iterable_at_entry(args[0])?;
    let list = vm.new_list(items);
    let roots = [list, key.unwrap_or(Value::None)];
    args::with_roots(vm, &roots, |vm| sort_list(vm, list, key, reverse))?;
    Ok(list)
}

/// `enumerate(iterable, start=0)`.
pub(super) fn enumerate(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("enumerate", args, kwargs, 2)?;
    let [iterable, start] = args::bind("enumerate", args, kwargs, ["iterable", "start"])?;
    let iterable =
        iterable.ok_or_else(|| args::error(ExcKind::TypeError, "enumerate() missing required argument 'iterable'"))?;
    let count = match start {
        None => 0,
        Some(s) => args::index_arg(vm, s)?,
    };
    let inner = iterator(vm, iterable)?;
    if let Some(stepper) = vm.enumerate_by_prelude(inner, Value::Int(count)) {
        return Ok(stepper);
    }
    Ok(Value::Obj(vm.heap.alloc(EnumerateObj::new(inner, count))))
}

/// `zip(*iterables, strict=False)`: stops with the shortest; with
/// `strict`, a ValueError unless they all end together.
pub(super) fn zip(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if kwargs.len() > 1 {
        return Err(args::error(
            ExcKind::TypeError,
            format!("zip() takes at most 1 keyword argument ({} given)", kwargs.len()),
        ));
    }
    let strict = match kwargs {
        [] => false,
        _ => match args::bind("zip", &[], kwargs, ["strict"])? {
            [Some(s)] => vm.truth(s)?,
            [None] => false,
        },
    };
    // Native code never collects, so the iterators made here need no
    // rooting before the zip object holds them.
    let inners = args
        .iter()
        .map(|v| iterator(vm, *v))
        .collect::<Result<smallvec::SmallVec<[ObjRef; 4]>, _>>()?;
    if strict {
        return vm.strict_zip_of(&inners).ok_or_else(|| {
            args::error(
                ExcKind::NotImplementedError,
                "zip(strict=True) needs Rumba's prelude, which did not load",
            )
        });
    }
    Ok(vm.zip_of(&inners))
}

/// `map(func, *iterables)`: lazy, as in Python 3.
pub(super) fn map(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("map", kwargs)?;
    if args.len() < 2 {
        return Err(args::error(
            ExcKind::TypeError,
            "map() must have at least two arguments.",
        ));
    }
    let inners = args[1..]
        .iter()
        .map(|v| iterator(vm, *v))
        .collect::<Result<Vec<ObjRef>, _>>()?;
    if let Some(stepper) = vm.stepped_by_prelude(TypeKind::Map, args[0], &inners) {
        return Ok(stepper);
    }
    let iters: Vec<Value> = inners.iter().map(|r| Value::Obj(*r)).collect();
    let iters = vm.heap.new_tuple(&iters);
    let state = IterState::Map { func: args[0], iters };
    Ok(Value::Obj(vm.heap.alloc(IterObj::new(state))))
}

/// `filter(func, iterable)`: lazy; `filter(None, it)` keeps the true items.
pub(super) fn filter(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("filter", kwargs)?;
    args::count("filter", args, 2, 2)?;
    let iter = iterator(vm, args[1])?;
    if let Some(stepper) = vm.stepped_by_prelude(TypeKind::Filter, args[0], &[iter]) {
        return Ok(stepper);
    }
    let state = IterState::Filter { func: args[0], iter };
    Ok(Value::Obj(vm.heap.alloc(IterObj::new(state))))
}

/// `reversed(seq)` for lists, tuples, strings, ranges, dicts and dict
/// views.
pub(super) fn reversed(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("reversed", kwargs)?;
    args::count("reversed", args, 1, 1)?;
    let v = args[0];
    let state = match v.as_obj().map(|r| (r, vm.heap.get(r))) {
        Some((r, Obj::List(l))) => IterState::Reversed {
            seq: r,
            remaining: l.len(),
        },
        Some((r, Obj::Tuple(items))) => IterState::Reversed {
            seq: r,
            remaining: items.len(),
        },
        Some((r, Obj::Str(s))) => IterState::Reversed {
            seq: r,
            remaining: s.nchars(),
        },
        Some((r, Obj::Bytes(b))) => IterState::Reversed {
            seq: r,
            remaining: b.data.len(),
        },
        Some((_, Obj::BigRange(range))) => return Ok(vm.big_range_reversed(range)),
        Some((_, Obj::Range(range))) => {
            // The same values walked from the last one down. Wrapping is
            // exact: every value produced lies inside the range.
            let n = range.len();
            let last = range
                .start
                .wrapping_add(range.step.wrapping_mul((n as i64).wrapping_sub(1)));
            // As `RangeIterObj::new`, a walk of at most 2**63 - 1 values.
            let it = RangeIterObj::from_state(last, n.min(i64::MAX as u64) as i64, range.step.wrapping_neg());
            return Ok(Value::Obj(vm.heap.alloc(it)));
        }
        Some((_, Obj::Dict(_) | Obj::DictView(..))) => {
            // A snapshot of the keys (or values, or items), walked backwards.
            let items = vm.collect_iterable(v)?;
            let n = items.len();
            let list = vm.new_list(items);
            IterState::Reversed {
                seq: list.as_obj().expect("a list"),
                remaining: n,
            }
        }
        // An instance's own `__reversed__` (a `list` subclass's walks its
        // list backwards).
        Some((_, Obj::Instance(_) | Obj::Class(_))) if vm.special_method(v, Special::Reversed).is_some() => {
            return Ok(vm.call_special(v, Special::Reversed, &[])?.unwrap_or(Value::None));
        }
        // A sequence of the script's (`__len__` and `__getitem__`): its
        // items from the last index down, taken now.
        Some((_, Obj::Instance(_)))
            if vm.special_method(v, Special::Len).is_some() && vm.special_method(v, Special::GetItem).is_some() =>
        {
            let n = vm.instance_len(v)?.unwrap_or_default();
            let mut items = Vec::with_capacity(n.max(0) as usize);
            for i in (0..n).rev() {
                vm.charge(1)?;
                let item = args::with_roots(vm, &items, |vm| vm.get_item(v, Value::Int(i)))?;
                items.push(item);
            }
            let list = vm.new_list(items);
            return args::with_roots(vm, &[list], |vm| vm.get_iter(list));
        }
        _ => {
            return Err(args::error(
                ExcKind::TypeError,
                format!("'{}' object is not reversible", vm.type_name(v)),
            ))
        }
    };
    Ok(Value::Obj(vm.heap.alloc(IterObj::new(state))))
}

/// `iter(iterable)`. The two-argument form (call until a sentinel) is not
/// in the subset.
pub(super) fn iter(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("iter", kwargs)?;
    args::count("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Err(if super::is_callable(vm, args[0]) {
            args::error(
                ExcKind::NotImplementedError,
                "iter(callable, sentinel) is not supported",
            )
        } else {
            args::error(ExcKind::TypeError, "iter(v, w): v must be callable")
        });
    }
    vm.get_iter(args[0])
}

/// `next(iterator[, default])`.
pub(super) fn next(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("next", kwargs)?;
    args::count("next", args, 1, 2)?;
    let it = match args[0].as_obj() {
        Some(r) if vm.heap.get(r).is_iterator() => r,
        Some(r) if vm.special_method(args[0], Special::Next).is_some() => r,
        _ => {
            return Err(args::error(
                ExcKind::TypeError,
                format!("'{}' object is not an iterator", vm.type_name(args[0])),
            ))
        }
    };
    if args.len() == 1 && matches!(vm.heap.get(it), crate::object::Obj::Generator(_)) {
        // What the generator returned goes with its StopIteration.
        return vm.gen_step_or_stop(it, Value::None);
    }
    match (vm.iter_next(it)?, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(*default),
        (None, None) => Err(args::error(ExcKind::StopIteration, "")),
    }
}

pub(super) fn any(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("any", args, kwargs)?;
    let it = iterator(vm, v)?;
    while let Some(item) = vm.next_charged(it)? {
        if vm.truth(item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn all(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("all", args, kwargs)?;
    let it = iterator(vm, v)?;
    while let Some(item) = vm.next_charged(it)? {
        if !vm.truth(item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
