//! The `itertools` module: lazy iterators, each a native class
//! (`native_class.rs`) whose `__next__` does one step, so an infinite
//! `count()` in a `for` with a `break` works and nothing is computed
//! ahead. Argument errors use the wording of CPython 3.11's functions
//! (Argument Clinic's for the ones declared with it).

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::ops::arith::BinOp;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{field, init_state, make_class, next_of, receiver, set_field, stop};

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    // The last field: whether a step never runs script code (no callback,
    // no other iterator, only numbers and the pool the constructor took),
    // so compiled code may step it (`ClassObj::steps_without_script`).
    type Class = (&'static str, NativeFnPtr, NativeFnPtr, Option<NativeFnPtr>, bool);
    const CLASSES: &[Class] = &[
        ("itertools.count", count_init, count_next, Some(count_repr), true),
        ("itertools.cycle", cycle_init, cycle_next, None, false),
        ("itertools.repeat", repeat_init, repeat_next, Some(repeat_repr), true),
        ("itertools.accumulate", accumulate_init, accumulate_next, None, false),
        ("itertools.compress", compress_init, compress_next, None, false),
        ("itertools.dropwhile", dropwhile_init, dropwhile_next, None, false),
        ("itertools.takewhile", takewhile_init, takewhile_next, None, false),
        ("itertools.filterfalse", filterfalse_init, filterfalse_next, None, false),
        ("itertools.groupby", groupby_init, groupby_next, None, false),
        ("itertools.islice", islice_init, islice_next, None, false),
        ("itertools.starmap", starmap_init, starmap_next, None, false),
        ("itertools.zip_longest", zip_longest_init, zip_longest_next, None, false),
        ("itertools.product", product_init, product_next, None, true),
        (
            "itertools.permutations",
            permutations_init,
            permutations_next,
            None,
            true,
        ),
        (
            "itertools.combinations",
            combinations_init,
            combinations_next,
            None,
            true,
        ),
        (
            "itertools.combinations_with_replacement",
            combinations_with_replacement_init,
            combinations_with_replacement_next,
            None,
            true,
        ),
        ("itertools.pairwise", pairwise_init, pairwise_next, None, false),
    ];
    let mut attrs = Vec::new();
    for &(tp_name, init, next, repr, script_free) in CLASSES {
        let mut methods: Vec<(&'static str, NativeFnPtr)> =
            vec![("__init__", init), ("__iter__", self_iter), ("__next__", next)];
        if let Some(repr) = repr {
            methods.push(("__repr__", repr));
        }
        let class = make_class(vm, tp_name, &methods, &[]);
        if script_free {
            super::native_class::steps_without_script(vm, class);
        }
        attrs.push((tp_name.trim_start_matches("itertools."), class));
    }
    let chain = make_class(
        vm,
        "itertools.chain",
        &[
            ("__init__", chain_init),
            ("__iter__", self_iter),
            ("__next__", chain_next),
        ],
        &[("from_iterable", chain_from_iterable)],
    );
    attrs.push(("chain", chain));
    let grouper = make_class(
        vm,
        "itertools._grouper",
        &[("__iter__", self_iter), ("__next__", grouper_next)],
        &[],
    );
    let tee_class = make_class(
        vm,
        "itertools._tee",
        &[("__iter__", self_iter), ("__next__", tee_next)],
        &[],
    );
    // The classes the module's functions make instances of, kept where the
    // functions find them (and the collector sees them).
    attrs.push(("_grouper", grouper));
    attrs.push(("_tee", tee_class));
    attrs.push(super::function(vm, "tee", tee));
    attrs
}

/// `__iter__` of every iterator here: itself.
pub(crate) fn self_iter(_vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    Ok(args.first().copied().unwrap_or(Value::None))
}

/// The receiver and the arguments after it, of an `__init__`.
fn split_self(args: &[Value]) -> (Value, &[Value]) {
    match args.split_first() {
        Some((&this, rest)) => (this, rest),
        None => (Value::None, &[]),
    }
}

/// An Argument Clinic signature: at most `max_positional` positional
/// arguments, then the named parameters by keyword; the first `required`
/// must be given.
fn clinic<const N: usize>(
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
    names: [&str; N],
    required: usize,
    max_positional: usize,
) -> Result<[Option<Value>; N], PyError> {
    if args.len() > max_positional {
        let msg = if max_positional == N {
            format!(
                "{name}() takes at most {N} argument{} ({} given)",
                plural(N),
                args.len() + kwargs.len()
            )
        } else {
            format!(
                "{name}() takes at most {max_positional} positional argument{} ({} given)",
                plural(max_positional),
                args.len()
            )
        };
        return Err(RawError::type_error(msg).into());
    }
    args::at_most_total(name, args, kwargs, N)?;
    args::bind_required(name, args, kwargs, names, required)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A function of exactly `n` positional arguments and no keywords:
/// `dropwhile expected 2 arguments, got 1`.
fn positional(name: &str, args: &[Value], kwargs: &[KwArg], n: usize) -> Result<(), PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count(name, args, n, n)
}

fn iter_of(vm: &mut Vm, v: Value) -> Result<Value, PyError> {
    vm.get_iter(v)
}

/// Checks with the heap that `n` values may be made (and charges for
/// them) before a buffer that large is allocated.
fn room_for(vm: &Vm, n: usize) -> Result<(), PyError> {
    vm.heap.reserve(n.saturating_mul(std::mem::size_of::<Value>()))?;
    vm.charge(n as u64)?;
    Ok(())
}

/// An `r` argument: `Expected int as r`, `r must be non-negative`.
fn r_arg(v: Value) -> Result<usize, PyError> {
    let r = v
        .as_index()
        .ok_or_else(|| PyError::from(RawError::type_error("Expected int as r")))?;
    usize::try_from(r).map_err(|_| args::error(ExcKind::ValueError, "r must be non-negative"))
}

// ---- count, cycle, repeat ------------------------------------------------

fn count_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let [start, step] = clinic("count", args, kwargs, ["start", "step"], 0, 2)?;
    let start = start.unwrap_or(Value::Int(0));
    let step = step.unwrap_or(Value::Int(1));
    // CPython's PyNumber_Check: a number of its own, or an object that
    // converts to one (a Fraction, a Decimal).
    for v in [start, step] {
        let number = v.as_f64().is_some()
            || vm.big_int(v).is_some()
            || vm.type_kind(v) == crate::object::TypeKind::Complex
            || [Special::Index, Special::Int, Special::Float]
                .into_iter()
                .any(|m| vm.special_method(v, m).is_some());
        if !number {
            return Err(RawError::type_error("a number is required").into());
        }
    }
    init_state(vm, this, "itertools.count", vec![start, step])?;
    Ok(Value::None)
}

fn count_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.count")?;
    let now = field(vm, st, 0);
    let next = vm.binary_op(BinOp::Add, now, field(vm, st, 1))?;
    set_field(vm, st, 0, next);
    Ok(now)
}

fn count_repr(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.count")?;
    let (start, step) = (field(vm, st, 0), field(vm, st, 1));
    let start = vm.repr_of(start)?;
    let text = match step {
        Value::Int(1) | Value::Bool(true) => format!("count({start})"),
        _ => format!("count({start}, {})", vm.repr_of(step)?),
    };
    Ok(vm.new_str(text))
}

fn cycle_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    positional("cycle", args, kwargs, 1)?;
    let it = iter_of(vm, args[0])?;
    let saved = vm.new_list(Vec::new());
    // [source (None once exhausted), saved items, next index into them]
    init_state(vm, this, "itertools.cycle", vec![it, saved, Value::Int(0)])?;
    Ok(Value::None)
}

fn cycle_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.cycle")?;
    let saved = field(vm, st, 1).as_obj().expect("a list");
    let source = field(vm, st, 0);
    if !matches!(source, Value::None) {
        if let Some(v) = next_of(vm, source)? {
            vm.heap.with_list(saved, |l| l.push(v));
            return Ok(v);
        }
        set_field(vm, st, 0, Value::None);
    }
    let n = vm.heap.list(saved).map_or(0, |l| l.len());
    if n == 0 {
        return Err(stop());
    }
    let i = field(vm, st, 2).as_index().unwrap_or(0) as usize % n;
    set_field(vm, st, 2, Value::Int(((i + 1) % n) as i64));
    Ok(vm.heap.list(saved).map_or(Value::None, |l| l.get(i)))
}

fn repeat_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let [object, times] = clinic("repeat", args, kwargs, ["object", "times"], 1, 2)?;
    // The count left; -1 repeats for ever.
    let left = match times {
        None => -1,
        Some(t) => args::index_arg(vm, t)?.max(0),
    };
    init_state(
        vm,
        this,
        "itertools.repeat",
        vec![object.expect("required"), Value::Int(left)],
    )?;
    Ok(Value::None)
}

fn repeat_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.repeat")?;
    match field(vm, st, 1) {
        Value::Int(0) => Err(stop()),
        Value::Int(n) if n > 0 => {
            set_field(vm, st, 1, Value::Int(n - 1));
            Ok(field(vm, st, 0))
        }
        _ => Ok(field(vm, st, 0)),
    }
}

fn repeat_repr(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.repeat")?;
    let object = vm.repr_of(field(vm, st, 0))?;
    let text = match field(vm, st, 1) {
        Value::Int(n) if n >= 0 => format!("repeat({object}, {n})"),
        _ => format!("repeat({object})"),
    };
    Ok(vm.new_str(text))
}

// ---- accumulate, chain, compress, the predicate filters -----------------

fn accumulate_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    if args.len() > 2 {
        return Err(RawError::type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            args.len()
        ))
        .into());
    }
    let [iterable, func, initial] = clinic("accumulate", args, kwargs, ["iterable", "func", "initial"], 1, 3)?;
    let it = iter_of(vm, iterable.expect("required"))?;
    let initial = initial.unwrap_or(Value::None);
    // [source, func, total, whether there is a total, initial, whether
    // the initial value is still to come]
    let fields = vec![
        it,
        func.unwrap_or(Value::None),
        Value::None,
        Value::Bool(false),
        initial,
        Value::Bool(!matches!(initial, Value::None)),
    ];
    init_state(vm, this, "itertools.accumulate", fields)?;
    Ok(Value::None)
}

fn accumulate_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.accumulate")?;
    if matches!(field(vm, st, 5), Value::Bool(true)) {
        let initial = field(vm, st, 4);
        set_field(vm, st, 5, Value::Bool(false));
        set_field(vm, st, 2, initial);
        set_field(vm, st, 3, Value::Bool(true));
        return Ok(initial);
    }
    let Some(v) = next_of(vm, field(vm, st, 0))? else {
        return Err(stop());
    };
    let total = if matches!(field(vm, st, 3), Value::Bool(true)) {
        let (total, func) = (field(vm, st, 2), field(vm, st, 1));
        if matches!(func, Value::None) {
            vm.binary_op(BinOp::Add, total, v)?
        } else {
            args::with_roots(vm, &[v], |vm| vm.call_value(func, &[total, v]))?
        }
    } else {
        v
    };
    set_field(vm, st, 2, total);
    set_field(vm, st, 3, Value::Bool(true));
    Ok(total)
}

fn chain_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    args::no_kwargs("chain", kwargs)?;
    let sources = vm.new_tuple(args);
    let sources = iter_of(vm, sources)?;
    // [iterator over the iterables, the active iterator or None]
    init_state(vm, this, "itertools.chain", vec![sources, Value::None])?;
    Ok(Value::None)
}

/// `chain.from_iterable(iterables)`: a chain over the iterables one
/// iterable gives, taken lazily.
fn chain_from_iterable(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let iterables = args::exactly_one("chain.from_iterable", args, kwargs)?;
    let sources = iter_of(vm, iterables)?;
    let module = super::import(vm, "itertools")?;
    let class = vm.get_attr(module, "chain")?;
    let chain = args::with_roots(vm, &[sources], |vm| vm.call_value(class, &[]))?;
    let st = super::native_class::state(vm, chain, "itertools.chain")?;
    set_field(vm, st, 0, sources);
    Ok(chain)
}

fn chain_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.chain")?;
    loop {
        let active = field(vm, st, 1);
        if !matches!(active, Value::None) {
            if let Some(v) = next_of(vm, active)? {
                return Ok(v);
            }
            set_field(vm, st, 1, Value::None);
        }
        let Some(iterable) = next_of(vm, field(vm, st, 0))? else {
            return Err(stop());
        };
        let it = iter_of(vm, iterable)?;
        set_field(vm, st, 1, it);
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

fn compress_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let [data, selectors] = clinic("compress", args, kwargs, ["data", "selectors"], 2, 2)?;
    let data = iter_of(vm, data.expect("required"))?;
    let selectors = args::with_roots(vm, &[data], |vm| iter_of(vm, selectors.expect("required")))?;
    init_state(vm, this, "itertools.compress", vec![data, selectors])?;
    Ok(Value::None)
}

fn compress_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.compress")?;
    loop {
        let Some(v) = next_of(vm, field(vm, st, 0))? else {
            return Err(stop());
        };
        let Some(s) = args::with_roots(vm, &[v], |vm| next_of(vm, field(vm, st, 1)))? else {
            return Err(stop());
        };
        if vm.truth(s)? {
            return Ok(v);
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

/// `dropwhile`, `takewhile` and `filterfalse`: a predicate and an
/// iterator, and a flag (dropping done, or taking stopped).
fn predicate_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str, layout: &'static str) -> NativeResult {
    let (this, args) = split_self(args);
    positional(name, args, kwargs, 2)?;
    let it = iter_of(vm, args[1])?;
    init_state(vm, this, layout, vec![args[0], it, Value::Bool(false)])?;
    Ok(Value::None)
}

/// Whether `pred(v)` holds (`None` as the predicate tests `v` itself).
fn holds(vm: &mut Vm, pred: Value, v: Value) -> Result<bool, PyError> {
    if matches!(pred, Value::None) {
        return vm.truth(v);
    }
    let r = args::with_roots(vm, &[v], |vm| vm.call_value(pred, &[v]))?;
    vm.truth(r)
}

fn dropwhile_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    predicate_init(vm, args, kwargs, "dropwhile", "itertools.dropwhile")
}

fn dropwhile_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.dropwhile")?;
    loop {
        let Some(v) = next_of(vm, field(vm, st, 1))? else {
            return Err(stop());
        };
        if matches!(field(vm, st, 2), Value::Bool(true)) {
            return Ok(v);
        }
        if !holds(vm, field(vm, st, 0), v)? {
            set_field(vm, st, 2, Value::Bool(true));
            return Ok(v);
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

fn takewhile_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    predicate_init(vm, args, kwargs, "takewhile", "itertools.takewhile")
}

fn takewhile_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.takewhile")?;
    if matches!(field(vm, st, 2), Value::Bool(true)) {
        return Err(stop());
    }
    let Some(v) = next_of(vm, field(vm, st, 1))? else {
        return Err(stop());
    };
    if holds(vm, field(vm, st, 0), v)? {
        return Ok(v);
    }
    set_field(vm, st, 2, Value::Bool(true));
    Err(stop())
}

fn filterfalse_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    predicate_init(vm, args, kwargs, "filterfalse", "itertools.filterfalse")
}

fn filterfalse_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.filterfalse")?;
    loop {
        let Some(v) = next_of(vm, field(vm, st, 1))? else {
            return Err(stop());
        };
        if !holds(vm, field(vm, st, 0), v)? {
            return Ok(v);
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
}

// ---- groupby -------------------------------------------------------------

// The fields of a groupby's state.
const GB_IT: usize = 0;
const GB_KEYFUNC: usize = 1;
const GB_TARGET: usize = 2;
const GB_HAS_TARGET: usize = 3;
const GB_KEY: usize = 4;
const GB_VALUE: usize = 5;
const GB_HAS_CURRENT: usize = 6;
const GB_GROUPER: usize = 7;

fn groupby_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let [iterable, key] = clinic("groupby", args, kwargs, ["iterable", "key"], 1, 2)?;
    let it = iter_of(vm, iterable.expect("required"))?;
    let f = Value::Bool(false);
    let fields = vec![
        it,
        key.unwrap_or(Value::None),
        Value::None,
        f,
        Value::None,
        Value::None,
        f,
        Value::None,
    ];
    init_state(vm, this, "itertools.groupby", fields)?;
    Ok(Value::None)
}

/// Takes the next value and its key as the current ones; false at the end.
fn groupby_step(vm: &mut Vm, st: ObjRef) -> Result<bool, PyError> {
    let Some(v) = next_of(vm, field(vm, st, GB_IT))? else {
        return Ok(false);
    };
    let keyfunc = field(vm, st, GB_KEYFUNC);
    let key = if matches!(keyfunc, Value::None) {
        v
    } else {
        args::with_roots(vm, &[v], |vm| vm.call_value(keyfunc, &[v]))?
    };
    set_field(vm, st, GB_VALUE, v);
    set_field(vm, st, GB_KEY, key);
    set_field(vm, st, GB_HAS_CURRENT, Value::Bool(true));
    Ok(true)
}

fn groupby_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let (st, _) = receiver(vm, args, "itertools.groupby")?;
    // The group handed out before is over: its grouper yields no more.
    set_field(vm, st, GB_GROUPER, Value::None);
    // Skip what is left of the current group.
    loop {
        if matches!(field(vm, st, GB_HAS_CURRENT), Value::Bool(true)) {
            if !matches!(field(vm, st, GB_HAS_TARGET), Value::Bool(true)) {
                break;
            }
            let (target, key) = (field(vm, st, GB_TARGET), field(vm, st, GB_KEY));
            if !vm.eq_any(target, key)? {
                break;
            }
        }
        if !groupby_step(vm, st)? {
            return Err(stop());
        }
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
    let key = field(vm, st, GB_KEY);
    set_field(vm, st, GB_TARGET, key);
    set_field(vm, st, GB_HAS_TARGET, Value::Bool(true));
    let module = super::import(vm, "itertools")?;
    let class = vm.get_attr(module, "_grouper")?;
    let class_ref = class.as_obj().expect("a class");
    let grouper = vm.alloc_instance(class_ref);
    args::with_roots(vm, &[grouper], |vm| {
        init_state(vm, grouper, "itertools._grouper", vec![this, key])
    })?;
    set_field(vm, st, GB_GROUPER, grouper);
    Ok(vm.new_tuple([key, grouper]))
}

fn grouper_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let (own, _) = receiver(vm, args, "itertools._grouper")?;
    let parent = field(vm, own, 0);
    let st = super::native_class::state(vm, parent, "itertools.groupby")?;
    if !field(vm, st, GB_GROUPER).is(this) {
        return Err(stop());
    }
    if !matches!(field(vm, st, GB_HAS_CURRENT), Value::Bool(true)) && !groupby_step(vm, st)? {
        return Err(stop());
    }
    let (target, key) = (field(vm, own, 1), field(vm, st, GB_KEY));
    if !vm.eq_any(target, key)? {
        return Err(stop());
    }
    let v = field(vm, st, GB_VALUE);
    set_field(vm, st, GB_HAS_CURRENT, Value::Bool(false));
    set_field(vm, st, GB_VALUE, Value::None);
    Ok(v)
}

// ---- islice, starmap, tee, zip_longest, pairwise --------------------------

fn islice_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    args::no_kwargs("islice", kwargs)?;
    args::count("islice", args, 2, 4)?;
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let index_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    // None, or a non-negative int; anything else is `msg`.
    let bound = |v: Value, msg: &str| -> Result<Option<i64>, PyError> {
        match v {
            Value::None => Ok(None),
            v => match v.as_index() {
                Some(i) if i >= 0 => Ok(Some(i)),
                _ => Err(args::error(ExcKind::ValueError, msg)),
            },
        }
    };
    let (start, stop_at, step) = if args.len() == 2 {
        (0, bound(args[1], stop_msg)?, 1)
    } else {
        let start = bound(args[1], index_msg)?.unwrap_or(0);
        let stop_at = bound(args[2], stop_msg)?;
        let step = match args.get(3).copied().unwrap_or(Value::None) {
            Value::None => 1,
            v => match v.as_index() {
                Some(i) if i >= 1 => i,
                Some(_) => {
                    return Err(args::error(
                        ExcKind::ValueError,
                        "Step for islice() must be a positive integer or None.",
                    ))
                }
                None => return Err(args::error(ExcKind::ValueError, index_msg)),
            },
        };
        (start, stop_at, step)
    };
    let it = iter_of(vm, args[0])?;
    // [source (None once done), index of the next item to give, stop (-1:
    // none), step, items taken from the source]
    let fields = vec![
        it,
        Value::Int(start),
        Value::Int(stop_at.unwrap_or(-1)),
        Value::Int(step),
        Value::Int(0),
    ];
    init_state(vm, this, "itertools.islice", fields)?;
    Ok(Value::None)
}

fn islice_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.islice")?;
    let source = field(vm, st, 0);
    if matches!(source, Value::None) {
        return Err(stop());
    }
    let int = |vm: &Vm, i| field(vm, st, i).as_index().unwrap_or(0);
    let (next, stop_at, step) = (int(vm, 1), int(vm, 2), int(vm, 3));
    let finish = |vm: &mut Vm| {
        set_field(vm, st, 0, Value::None);
        Err(stop())
    };
    // What islice holds lives in its state (rooted by the call): the
    // source's steps may collect.
    let next_item = |vm: &mut Vm| match source.as_obj() {
        Some(r) => vm.iter_next_rooted(r),
        None => Ok(None),
    };
    let mut taken = int(vm, 4);
    while taken < next {
        if next_item(vm)?.is_none() {
            return finish(vm);
        }
        taken += 1;
        set_field(vm, st, 4, Value::Int(taken));
        vm.charge(crate::limits::ITEM_TICKS)?;
    }
    if stop_at != -1 && taken >= stop_at {
        return finish(vm);
    }
    let Some(v) = next_item(vm)? else {
        return finish(vm);
    };
    set_field(vm, st, 4, Value::Int(taken + 1));
    let mut after = next.saturating_add(step);
    if stop_at != -1 && after > stop_at {
        after = stop_at;
    }
    set_field(vm, st, 1, Value::Int(after));
    Ok(v)
}

fn starmap_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    positional("starmap", args, kwargs, 2)?;
    let it = iter_of(vm, args[1])?;
    init_state(vm, this, "itertools.starmap", vec![args[0], it])?;
    Ok(Value::None)
}

fn starmap_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.starmap")?;
    let Some(item) = next_of(vm, field(vm, st, 1))? else {
        return Err(stop());
    };
    let call_args = args::with_roots(vm, &[item], |vm| vm.collect_iterable(item))?;
    let func = field(vm, st, 0);
    args::with_roots(vm, &call_args, |vm| vm.call_value(func, &call_args))
}

/// `tee(iterable, n=2)`: n iterators over one source, sharing a buffer of
/// the values some have seen and others not yet.
fn tee(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("tee", kwargs)?;
    args::count("tee", args, 1, 2)?;
    let n = match args.get(1) {
        Some(&v) => args::index_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(args::error(ExcKind::ValueError, "n must be >= 0"));
    }
    // n tees and their positions: an absurd n is a MemoryError, not an
    // abort.
    room_for(vm, n as usize)?;
    let source = iter_of(vm, args[0])?;
    let buffer = vm.new_list(Vec::new());
    let positions = vm.new_list(vec![Value::Int(0); n as usize]);
    // [source, buffered values, the position of the buffer's first value,
    // each tee's position, whether a tee is stepping the source]
    let shared = vm.new_list(vec![source, buffer, Value::Int(0), positions, Value::Bool(false)]);
    let module = super::import(vm, "itertools")?;
    let class = vm.get_attr(module, "_tee")?.as_obj().expect("a class");
    let mut tees = Vec::with_capacity(n as usize);
    args::with_roots(vm, &[shared], |vm| {
        for k in 0..n {
            let t = vm.alloc_instance(class);
            vm.temp_roots.push(t);
            init_state(vm, t, "itertools._tee", vec![shared, Value::Int(k)])?;
            tees.push(t);
        }
        Ok(())
    })?;
    Ok(vm.new_tuple(tees))
}

/// Values every tee has passed are dropped from the buffer once they are
/// half of it, so tees that keep pace hold a few values, not the stream.
const TEE_TRIM_AT: i64 = 32;

fn tee_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (own, _) = receiver(vm, args, "itertools._tee")?;
    let shared = field(vm, own, 0).as_obj().expect("a list");
    let k = field(vm, own, 1).as_index().unwrap_or(0) as usize;
    let buffer = field(vm, shared, 1).as_obj().expect("a list");
    let positions = field(vm, shared, 3).as_obj().expect("a list");
    let base = field(vm, shared, 2).as_index().unwrap_or(0);
    let pos = field(vm, positions, k).as_index().unwrap_or(0);
    let buffered = vm.heap.list(buffer).map_or(0, |l| l.len()) as i64;
    let v = if pos - base < buffered {
        field(vm, buffer, (pos - base) as usize)
    } else {
        // The source's `__next__` stepping a tee of its own would move the
        // buffer under this step, as CPython refuses too.
        if matches!(field(vm, shared, 4), Value::Bool(true)) {
            return Err(args::error(ExcKind::RuntimeError, "cannot re-enter the tee iterator"));
        }
        set_field(vm, shared, 4, Value::Bool(true));
        let next = next_of(vm, field(vm, shared, 0));
        set_field(vm, shared, 4, Value::Bool(false));
        let Some(v) = next? else {
            return Err(stop());
        };
        vm.heap.with_list(buffer, |l| l.push(v));
        v
    };
    set_field(vm, positions, k, Value::Int(pos + 1));
    let slowest = vm
        .heap
        .list(positions)
        .map_or(0, |l| l.items().iter().filter_map(|p| p.as_index()).min().unwrap_or(0));
    let passed = slowest - base;
    if passed >= TEE_TRIM_AT && passed * 2 >= buffered {
        vm.heap.with_list(buffer, |l| l.splice(0, passed as usize, &[]));
        set_field(vm, shared, 2, Value::Int(slowest));
    }
    Ok(v)
}

fn zip_longest_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let mut fill = Value::None;
    for kw in kwargs {
        if &*kw.name != "fillvalue" {
            return Err(RawError::type_error("zip_longest() got an unexpected keyword argument").into());
        }
        fill = kw.value;
    }
    let mut iters = Vec::with_capacity(args.len());
    for &a in args {
        let it = args::with_roots(vm, &iters, |vm| iter_of(vm, a))?;
        iters.push(it);
    }
    let active = iters.len() as i64;
    let iters = vm.new_list(iters);
    // [the iterators (None where exhausted), how many are not, fillvalue]
    init_state(vm, this, "itertools.zip_longest", vec![iters, Value::Int(active), fill])?;
    Ok(Value::None)
}

fn zip_longest_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.zip_longest")?;
    let iters = field(vm, st, 0).as_obj().expect("a list");
    let n = vm.heap.list(iters).map_or(0, |l| l.len());
    let mut active = field(vm, st, 1).as_index().unwrap_or(0);
    if n == 0 || active == 0 {
        return Err(stop());
    }
    let fill = field(vm, st, 2);
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let it = field(vm, iters, i);
        let item = if matches!(it, Value::None) {
            fill
        } else {
            match args::with_roots(vm, &items, |vm| next_of(vm, it))? {
                Some(v) => v,
                None => {
                    active -= 1;
                    set_field(vm, st, 1, Value::Int(active));
                    if active == 0 {
                        return Err(stop());
                    }
                    set_field(vm, iters, i, Value::None);
                    fill
                }
            }
        };
        items.push(item);
    }
    Ok(vm.new_tuple(items))
}

fn pairwise_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    positional("pairwise", args, kwargs, 1)?;
    let it = iter_of(vm, args[0])?;
    // [source (None once done), the last value, whether there is one]
    init_state(
        vm,
        this,
        "itertools.pairwise",
        vec![it, Value::None, Value::Bool(false)],
    )?;
    Ok(Value::None)
}

fn pairwise_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "itertools.pairwise")?;
    let source = field(vm, st, 0);
    if matches!(source, Value::None) {
        return Err(stop());
    }
    if !matches!(field(vm, st, 2), Value::Bool(true)) {
        let Some(first) = next_of(vm, source)? else {
            set_field(vm, st, 0, Value::None);
            return Err(stop());
        };
        set_field(vm, st, 1, first);
        set_field(vm, st, 2, Value::Bool(true));
    }
    let Some(new) = next_of(vm, source)? else {
        set_field(vm, st, 0, Value::None);
        set_field(vm, st, 1, Value::None);
        return Err(stop());
    };
    let old = field(vm, st, 1);
    set_field(vm, st, 1, new);
    Ok(vm.new_tuple([old, new]))
}

// ---- the combinatoric iterators ------------------------------------------
//
// Each keeps its pool (a tuple), its indices into the pool (an int list),
// a second int list where the algorithm needs one (the cycles of
// `permutations`), r, and whether the first result was given and whether
// the last was. A step reads the indices out, moves them, writes them back
// and builds the result tuple: O(r), as CPython's.

const C_POOL: usize = 0;
const C_INDICES: usize = 1;
const C_CYCLES: usize = 2;
const C_R: usize = 3;
const C_STARTED: usize = 4;
const C_DONE: usize = 5;

#[allow(clippy::too_many_arguments)]
fn combinatoric_state(
    vm: &mut Vm,
    this: Value,
    layout: &'static str,
    pool: Vec<Value>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    done: bool,
) -> Result<(), PyError> {
    let pool = args::with_roots(vm, &pool, |vm| Ok(vm.new_tuple(&pool)))?;
    let ints = |v: Vec<usize>| v.into_iter().map(|i| Value::Int(i as i64)).collect::<Vec<_>>();
    let fields = args::with_roots(vm, &[pool], |vm| {
        let indices = vm.new_list(ints(indices));
        let cycles = vm.new_list(ints(cycles));
        Ok(vec![
            pool,
            indices,
            cycles,
            Value::Int(r as i64),
            Value::Bool(false),
            Value::Bool(done),
        ])
    })?;
    init_state(vm, this, layout, fields)
}

/// Indices of a combinatoric iterator, on the host stack when there are
/// few (a step then allocates nothing but its result).
type IndexBuf = smallvec::SmallVec<[usize; 8]>;

fn int_list(vm: &Vm, st: ObjRef, i: usize) -> IndexBuf {
    let list = field(vm, st, i).as_obj().expect("a list");
    vm.heap
        .list(list)
        .map(|l| l.items().iter().map(|v| v.as_index().unwrap_or(0) as usize).collect())
        .unwrap_or_default()
}

/// Writes `values` over the list in field `i` (of the same length) in
/// place.
fn set_int_list(vm: &mut Vm, st: ObjRef, i: usize, values: &[usize]) {
    let list = field(vm, st, i).as_obj().expect("a list");
    vm.heap.with_list(list, |l| {
        for (k, &v) in values.iter().enumerate().take(l.len()) {
            l.set(k, Value::Int(v as i64));
        }
    });
}

/// The tuple of the pool's items at `indices`.
fn pick(vm: &mut Vm, st: ObjRef, indices: &[usize]) -> NativeResult {
    vm.charge(indices.len() as u64 * crate::limits::ITEM_TICKS)?;
    let pool = field(vm, st, C_POOL).as_obj().expect("a tuple");
    let items: smallvec::SmallVec<[Value; 8]> = match vm.heap.tuple(pool) {
        Some(t) => indices
            .iter()
            .map(|&i| t.get(i).copied().unwrap_or(Value::None))
            .collect(),
        None => smallvec::SmallVec::new(),
    };
    Ok(vm.new_tuple(&items[..]))
}

/// Runs one step of a combinatoric iterator: `advance` moves the indices
/// (and cycles) to the next result, or says there is none.
fn combinatoric_next(
    vm: &mut Vm,
    args: &[Value],
    what: &str,
    advance: fn(&mut [usize], &mut [usize], usize, usize) -> bool,
) -> NativeResult {
    let (st, _) = receiver(vm, args, what)?;
    if matches!(field(vm, st, C_DONE), Value::Bool(true)) {
        return Err(stop());
    }
    let r = field(vm, st, C_R).as_index().unwrap_or(0) as usize;
    let mut indices = int_list(vm, st, C_INDICES);
    if !matches!(field(vm, st, C_STARTED), Value::Bool(true)) {
        set_field(vm, st, C_STARTED, Value::Bool(true));
        return pick(vm, st, &indices[..r]);
    }
    let n = vm
        .heap
        .tuple(field(vm, st, C_POOL).as_obj().expect("a tuple"))
        .map_or(0, |t| t.len());
    let mut cycles = int_list(vm, st, C_CYCLES);
    if !advance(&mut indices, &mut cycles, n, r) {
        set_field(vm, st, C_DONE, Value::Bool(true));
        return Err(stop());
    }
    set_int_list(vm, st, C_INDICES, &indices);
    set_int_list(vm, st, C_CYCLES, &cycles);
    pick(vm, st, &indices[..r])
}

fn product_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let mut repeat = 1;
    for kw in kwargs {
        if &*kw.name != "repeat" {
            return Err(
                RawError::type_error(format!("'{}' is an invalid keyword argument for product()", kw.name)).into(),
            );
        }
        repeat = args::index_arg(vm, kw.value)?;
    }
    if repeat < 0 {
        return Err(args::error(ExcKind::ValueError, "repeat argument cannot be negative"));
    }
    let mut pools: Vec<Vec<Value>> = Vec::new();
    for &a in args {
        let held: Vec<Value> = pools.iter().flatten().copied().collect();
        let items = args::with_roots(vm, &held, |vm| vm.collect_iterable(a))?;
        pools.push(items);
    }
    room_for(
        vm,
        (repeat as usize).saturating_mul(pools.iter().map(Vec::len).sum::<usize>() + pools.len()),
    )?;
    let sizes: Vec<usize> = (0..repeat as usize).flat_map(|_| pools.iter().map(Vec::len)).collect();
    // The pools laid end to end; `cycles` holds where each starts and
    // `indices` the chosen position within each.
    let mut flat = Vec::new();
    let mut starts = Vec::new();
    for _ in 0..repeat {
        for p in &pools {
            starts.push(flat.len());
            flat.extend_from_slice(p);
        }
    }
    let done = sizes.contains(&0);
    let r = sizes.len();
    combinatoric_state(vm, this, "itertools.product", flat, starts.clone(), starts, r, done)?;
    // The sizes are kept where `advance` can see them: one past each pool.
    Ok(Value::None)
}

fn product_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    // `indices` are absolute positions in the flat pool; `cycles` the start
    // of each pool, whose end is the next start (or the pool's end).
    fn advance(indices: &mut [usize], starts: &mut [usize], n: usize, r: usize) -> bool {
        for i in (0..r).rev() {
            let end = starts.get(i + 1).copied().unwrap_or(n);
            if indices[i] + 1 < end {
                indices[i] += 1;
                indices[i + 1..r].copy_from_slice(&starts[i + 1..r]);
                return true;
            }
        }
        false
    }
    combinatoric_next(vm, args, "itertools.product", advance)
}

fn permutations_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, args) = split_self(args);
    let [iterable, r] = clinic("permutations", args, kwargs, ["iterable", "r"], 1, 2)?;
    let pool = vm.collect_iterable(iterable.expect("required"))?;
    let n = pool.len();
    let r = match r {
        None | Some(Value::None) => n,
        Some(v) => r_arg(v)?,
    };
    let indices: Vec<usize> = (0..n).collect();
    let cycles: Vec<usize> = (0..r.min(n)).map(|i| n - i).collect();
    combinatoric_state(vm, this, "itertools.permutations", pool, indices, cycles, r, r > n)?;
    Ok(Value::None)
}

fn permutations_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    fn advance(indices: &mut [usize], cycles: &mut [usize], n: usize, r: usize) -> bool {
        for i in (0..r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                // Move index i to the end, the rest down one.
                indices[i..].rotate_left(1);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                return true;
            }
        }
        false
    }
    combinatoric_next(vm, args, "itertools.permutations", advance)
}

fn combinations_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    choose_init(vm, args, kwargs, "combinations", false, "itertools.combinations")
}

fn combinations_with_replacement_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    choose_init(
        vm,
        args,
        kwargs,
        "combinations_with_replacement",
        true,
        "itertools.combinations_with_replacement",
    )
}

fn choose_init(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[KwArg],
    name: &str,
    replacement: bool,
    layout: &'static str,
) -> NativeResult {
    let (this, args) = split_self(args);
    let [iterable, r] = clinic(name, args, kwargs, ["iterable", "r"], 2, 2)?;
    let pool = vm.collect_iterable(iterable.expect("required"))?;
    let r = r_arg(r.expect("required"))?;
    let n = pool.len();
    if !replacement && r > n {
        // Nothing to give: no indices are made for an absurd r.
        combinatoric_state(vm, this, layout, pool, Vec::new(), Vec::new(), r, true)?;
        return Ok(Value::None);
    }
    room_for(vm, r)?;
    let (indices, done) = if replacement {
        (vec![0; r], n == 0 && r > 0)
    } else {
        ((0..r).collect(), r > n)
    };
    combinatoric_state(vm, this, layout, pool, indices, Vec::new(), r, done)?;
    Ok(Value::None)
}

fn combinations_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    fn advance(indices: &mut [usize], _: &mut [usize], n: usize, r: usize) -> bool {
        let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
            return false;
        };
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = indices[j - 1] + 1;
        }
        true
    }
    combinatoric_next(vm, args, "itertools.combinations", advance)
}

fn combinations_with_replacement_next(vm: &mut Vm, args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    fn advance(indices: &mut [usize], _: &mut [usize], n: usize, r: usize) -> bool {
        let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
            return false;
        };
        let next = indices[i] + 1;
        indices[i..].fill(next);
        true
    }
    combinatoric_next(vm, args, "itertools.combinations_with_replacement", advance)
}
