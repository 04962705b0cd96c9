//! The `functools` module: `reduce`, `partial`, `lru_cache` and `cache`,
//! `cmp_to_key`, `total_ordering`, `wraps`; `cached_property` and
//! `singledispatch` are Python (`functools.py`). `partial`, the cache wrapper
//! and the key wrapper are native classes (`native_class.rs`) whose
//! instances are called through `__call__` or compared through `__lt__`.

use crate::builtins::args;
use crate::classes::RichOp;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFn, NativeFnPtr, NativeResult};
use crate::object::{NativeObj, Obj};
use crate::ops::compare::OrderOp;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{dict_kwargs, field, init_state, kwargs_dict, make_class, receiver, set_field, state};

pub(super) fn attrs(vm: &mut Vm) -> Result<Vec<(&'static str, Value)>, PyError> {
    let partial = make_class(
        vm,
        "functools.partial",
        &[
            ("__init__", partial_init),
            ("__call__", partial_call),
            ("__repr__", partial_repr),
        ],
        &[],
    );
    let cache_wrapper = make_class(
        vm,
        "functools._lru_cache_wrapper",
        &[
            ("__call__", cached_call),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
        ],
        &[],
    );
    vm.memo_class = cache_wrapper.as_obj();
    let key_wrapper = make_class(
        vm,
        "functools.KeyWrapper",
        &[
            ("__lt__", key_lt),
            ("__gt__", key_gt),
            ("__le__", key_le),
            ("__ge__", key_ge),
            ("__eq__", key_eq),
        ],
        &[],
    );
    // The classes made above stay rooted while the script runs (the
    // named tuple, the Python part); under a heap limit or a budget that
    // may fail, and so does the import.
    let (cache_info_class, python) = args::with_roots(vm, &[partial, cache_wrapper, key_wrapper], |vm| {
        let collections = super::import(vm, "collections")?;
        let namedtuple = vm.get_attr(collections, "namedtuple")?;
        let name = vm.new_str("CacheInfo");
        let fields = vm.new_str("hits misses maxsize currsize");
        let cache_info_class = args::with_roots(vm, &[name, fields], |vm| vm.call_value(namedtuple, &[name, fields]))?;
        let python = args::with_roots(vm, &[cache_info_class], |vm| python_part(vm, partial))?;
        Ok((cache_info_class, python))
    })?;
    let mut attrs = vec![
        ("partial", partial),
        ("_lru_cache_wrapper", cache_wrapper),
        ("KeyWrapper", key_wrapper),
        ("_CacheInfo", cache_info_class),
    ];
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("reduce", reduce),
        ("lru_cache", lru_cache),
        ("cache", cache),
        ("cmp_to_key", cmp_to_key),
        ("total_ordering", total_ordering),
        ("wraps", wraps),
        ("update_wrapper", update_wrapper),
    ];
    attrs.extend(FUNCTIONS.iter().map(|&(name, func)| super::function(vm, name, func)));
    attrs.extend(python);
    Ok(attrs)
}

/// What `functools.py` defines (`cached_property`, `singledispatch`,
/// `singledispatchmethod`, `partialmethod`), run as a module of its own that is given this
/// module's `update_wrapper` and `partial`.
fn python_part(vm: &mut Vm, partial: Value) -> Result<Vec<(&'static str, Value)>, PyError> {
    const NAMES: [&str; 4] = [
        "cached_property",
        "singledispatch",
        "singledispatchmethod",
        "partialmethod",
    ];
    let module = crate::import::source_module(
        vm,
        "_functools_py",
        include_str!("functools.py"),
        &[("update_wrapper", update_wrapper)],
    )?;
    let name = vm.heap.intern("partial");
    vm.set_attr(module, name, partial)?;
    NAMES
        .iter()
        .map(|&name| Ok((name, vm.get_attr(module, name)?)))
        .collect()
}

/// A class of this module, by name.
fn own_class(vm: &mut Vm, name: &str) -> Result<Value, PyError> {
    let module = super::import(vm, "functools")?;
    vm.get_attr(module, name)
}

// ---- reduce --------------------------------------------------------------

fn reduce(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("reduce", kwargs)?;
    args::count("reduce", args, 2, 3)?;
    let (f, iterable) = (args[0], args[1]);
    let it = vm.get_iter(iterable)?;
    let it = it.as_obj().expect("an iterator");
    let mut acc = args.get(2).copied();
    args::with_roots(vm, &[Value::Obj(it)], |vm| {
        while let Some(v) = vm.next_charged(it)? {
            acc = Some(match acc {
                None => v,
                Some(a) => {
                    vm.temp_roots.push(a);
                    vm.temp_roots.push(v);
                    vm.call_value(f, &[a, v])?
                }
            });
        }
        acc.ok_or_else(|| RawError::type_error("reduce() of empty iterable with no initial value").into())
    })
}

// ---- partial -------------------------------------------------------------

fn partial_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    let Some((&func, bound)) = rest.split_first() else {
        return Err(RawError::type_error("type 'partial' takes at least one argument").into());
    };
    if !crate::builtins::is_callable(vm, func) {
        return Err(RawError::type_error("the first argument must be callable").into());
    }
    let bound = vm.new_tuple(bound);
    let keywords = kwargs_dict(vm, kwargs)?;
    init_state(vm, this, "functools.partial", vec![func, bound, keywords])?;
    for (name, v) in [("func", func), ("args", bound), ("keywords", keywords)] {
        let name = vm.heap.intern(name);
        vm.set_attr(this, name, v)?;
    }
    Ok(Value::None)
}

fn partial_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, more) = receiver(vm, args, "functools.partial")?;
    let func = field(vm, st, 0);
    let mut all: Vec<Value> = vm
        .heap
        .tuple(field(vm, st, 1).as_obj().expect("a tuple"))
        .map_or(Vec::new(), |t| t.to_vec());
    all.extend_from_slice(more);
    let mut kw = dict_kwargs(vm, field(vm, st, 2));
    for k in kwargs {
        match kw.iter_mut().find(|e| e.name == k.name) {
            Some(e) => e.value = k.value,
            None => kw.push(k.clone()),
        }
    }
    vm.call_value_kw(func, &all, &kw)
}

fn partial_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "functools.partial")?;
    let mut parts = vec![vm.repr_of(field(vm, st, 0))?];
    let bound: Vec<Value> = vm
        .heap
        .tuple(field(vm, st, 1).as_obj().expect("a tuple"))
        .map_or(Vec::new(), |t| t.to_vec());
    for v in bound {
        parts.push(vm.repr_of(v)?);
    }
    for kw in dict_kwargs(vm, field(vm, st, 2)) {
        parts.push(format!("{}={}", kw.name, vm.repr_of(kw.value)?));
    }
    Ok(vm.new_str(format!("functools.partial({})", parts.join(", "))))
}

// ---- lru_cache and cache -------------------------------------------------

// The fields of a cache wrapper's state.
const C_FUNC: usize = 0;
const C_CACHE: usize = 1;
/// The largest size, or None for no limit.
const C_MAXSIZE: usize = 2;
const C_HITS: usize = 3;
const C_MISSES: usize = 4;
/// `typed=True`: arguments of different types are cached apart (`f(1)`
/// and `f(1.0)`), their types part of the key.
const C_TYPED: usize = 5;

/// `lru_cache(maxsize=128, typed=False)`, or `lru_cache(func)`.
fn lru_cache(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [maxsize, typed] = args::bind("lru_cache", args, kwargs, ["maxsize", "typed"])?;
    let maxsize = maxsize.unwrap_or(Value::Int(128));
    let typed = Value::Bool(typed.is_some_and(|t| vm.truthy(t)));
    let limit = match maxsize {
        Value::None => Value::None,
        v if v.as_index().is_some() => Value::Int(v.as_index().unwrap_or(0).max(0)),
        v if crate::builtins::is_callable(vm, v) => return wrap_cached(vm, v, Value::Int(128), typed),
        _ => return Err(RawError::type_error("Expected first argument to be an integer, a callable, or None").into()),
    };
    let partial = own_class(vm, "partial")?;
    let make = super::function(vm, "decorating_function", decorate_with_limit).1;
    args::with_roots(vm, &[make], |vm| vm.call_value(partial, &[make, limit, typed]))
}

/// What `lru_cache(maxsize)` returns, called on the function.
fn decorate_with_limit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("decorating_function", kwargs)?;
    match args {
        [limit, typed, func] => wrap_cached(vm, *func, *limit, *typed),
        _ => Err(RawError::type_error("decorating_function() takes exactly one argument").into()),
    }
}

/// `cache(func)`: `lru_cache(maxsize=None)(func)`.
fn cache(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let func = args::exactly_one("cache", args, kwargs)?;
    wrap_cached(vm, func, Value::None, Value::Bool(false))
}

fn wrap_cached(vm: &mut Vm, func: Value, maxsize: Value, typed: Value) -> NativeResult {
    let class = own_class(vm, "_lru_cache_wrapper")?.as_obj().expect("a class");
    let wrapper = vm.alloc_instance(class);
    args::with_roots(vm, &[wrapper], |vm| {
        let dict = vm.new_dict();
        init_state(
            vm,
            wrapper,
            "functools._lru_cache_wrapper",
            vec![func, dict, maxsize, Value::Int(0), Value::Int(0), typed],
        )?;
        let wrapped = vm.heap.intern("__wrapped__");
        vm.set_attr(wrapper, wrapped, func)?;
        for name in ["__name__", "__qualname__", "__doc__", "__module__"] {
            if let Ok(v) = vm.get_attr(func, name) {
                let name = vm.heap.intern(name);
                vm.set_attr(wrapper, name, v)?;
            }
        }
        Ok(wrapper)
    })
}

/// The cache key of a call: the arguments, then (after a marker) the
/// keywords' names and values, as CPython's `_make_key` orders them, then
/// for a typed cache the types of the arguments and of the keywords'
/// values; one positional argument that is exactly an int or a str is its
/// own key in an untyped cache (a bool or a float goes in a tuple:
/// `(True,)` is the key `(1.0,)` is).
fn cache_key(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], typed: bool) -> Value {
    if let ([v], [], false) = (args, kwargs, typed) {
        let exact = match v {
            Value::Int(_) => true,
            Value::Obj(o) => matches!(vm.heap.kind(*o), crate::object::Kind::BigInt | crate::object::Kind::Str),
            _ => false,
        };
        if exact {
            return *v;
        }
    }
    let mut parts = args.to_vec();
    if !kwargs.is_empty() {
        parts.push(Value::Obj(vm.heap.intern("<kwargs>")));
        for kw in kwargs {
            parts.push(vm.new_str(&*kw.name));
            parts.push(kw.value);
        }
    }
    if typed {
        for v in args.iter().chain(kwargs.iter().map(|kw| &kw.value)) {
            let t = vm.type_of(*v);
            parts.push(t);
        }
    }
    vm.new_tuple(parts)
}

fn count_up(vm: &mut Vm, st: crate::heap::ObjRef, i: usize) {
    let n = field(vm, st, i).as_index().unwrap_or(0);
    set_field(vm, st, i, Value::Int(n + 1));
}

/// Counts a hit of `key` (whose value is `v`) in wrapper state `st`; a
/// bounded cache keeps it as the most recently used: taken out and put
/// back last.
fn count_hit(vm: &mut Vm, st: ObjRef, key: Value, v: Value) -> Result<(), PyError> {
    count_up(vm, st, C_HITS);
    if field(vm, st, C_MAXSIZE).as_index().is_some() {
        let cache = field(vm, st, C_CACHE).as_obj().expect("a dict");
        vm.dict_remove(cache, key)?;
        vm.dict_set(cache, key, v)?;
    }
    Ok(())
}

fn cached_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, call_args) = receiver(vm, args, "functools._lru_cache_wrapper")?;
    let cache = field(vm, st, C_CACHE).as_obj().expect("a dict");
    let typed = matches!(field(vm, st, C_TYPED), Value::Bool(true));
    let key = cache_key(vm, call_args, kwargs, typed);
    if let Some(v) = vm.dict_get(cache, key)? {
        count_hit(vm, st, key, v)?;
        return Ok(v);
    }
    count_up(vm, st, C_MISSES);
    let func = field(vm, st, C_FUNC);
    let v = args::with_roots(vm, &[key], |vm| vm.call_value_kw(func, call_args, kwargs))?;
    store(vm, st, key, v)?;
    Ok(v)
}

/// A call of cache wrapper `wrapper` with `argc` positional arguments on
/// the stack above it (at `callee_at`), from the interpreter's call: a hit
/// leaves the cached value there (false); a miss runs the wrapped script
/// function in a frame of its own, marked `memo`, whose return stores the
/// value (true). A cached function that recurses so nests no interpreter
/// on the host stack, as a call through `__call__` would. None: the
/// wrapped function is not a plain script function; the caller calls
/// `__call__`.
pub(crate) fn memo_call(vm: &mut Vm, wrapper: ObjRef, callee_at: usize, argc: usize) -> Result<Option<bool>, PyError> {
    let st = state(vm, Value::Obj(wrapper), "functools._lru_cache_wrapper")?;
    let Some(func_ref) = plain_wrapped(vm, st) else {
        return Ok(None);
    };
    let func = Value::Obj(func_ref);
    let args: Vec<Value> = vm.stack[callee_at + 1..].to_vec();
    let key = cache_key(vm, &args, &[], false);
    let cache = field(vm, st, C_CACHE).as_obj().expect("a dict");
    if let Some(v) = vm.dict_get(cache, key)? {
        count_hit(vm, st, key, v)?;
        vm.stack.truncate(callee_at + 1);
        vm.stack[callee_at] = v;
        return Ok(Some(false));
    }
    count_up(vm, st, C_MISSES);
    let memo = vm.new_tuple([Value::Obj(wrapper), key]);
    vm.stack[callee_at] = func;
    // Pushing the frame counts a tick, which may collect: `memo` is
    // rooted until it is in the callee slot.
    vm.temp_roots.push(memo);
    let pushed = vm.push_call_frame(func_ref, argc);
    vm.temp_roots.pop();
    pushed?;
    vm.stack[callee_at] = memo;
    vm.mark_top_frame_memo();
    Ok(Some(true))
}

/// The function wrapper state `st` caches, when it is a plain script
/// function (no generator), which `memo_call` runs in a frame of its own
/// (an untyped cache's: a typed one takes `__call__`'s way).
fn plain_wrapped(vm: &Vm, st: ObjRef) -> Option<ObjRef> {
    if matches!(field(vm, st, C_TYPED), Value::Bool(true)) {
        return None;
    }
    let func = field(vm, st, C_FUNC).as_obj()?;
    match vm.heap.get(func) {
        Obj::Function(f) if !vm.code(f.code).code.locals.generator => Some(func),
        _ => None,
    }
}

/// What a call of cache wrapper `wrapper` with `args` finds in its cache,
/// when the interpreter's call of it would look there (`memo_call`): the
/// wrapper's state, the key and the value, nothing counted.
fn cached_value(vm: &mut Vm, wrapper: ObjRef, args: &[Value]) -> Result<Option<(ObjRef, Value, Value)>, PyError> {
    let st = state(vm, Value::Obj(wrapper), "functools._lru_cache_wrapper")?;
    if plain_wrapped(vm, st).is_none() {
        return Ok(None);
    }
    let key = cache_key(vm, args, &[], false);
    let cache = field(vm, st, C_CACHE).as_obj().expect("a dict");
    Ok(vm.dict_get(cache, key)?.map(|v| (st, key, v)))
}

/// For the recorder: `cached_value`'s value, the ticks the lookup charges
/// taken back, and no script code run (a cached key whose `__eq__` is
/// the script's refuses the lookup, as it does in compiled code).
pub(crate) fn memo_peek(vm: &mut Vm, wrapper: ObjRef, args: &[Value]) -> Option<Value> {
    let ticks = vm.ticks.get();
    vm.no_collect += 1;
    let found = cached_value(vm, wrapper, args).ok().flatten();
    vm.no_collect -= 1;
    vm.refused_script = false;
    vm.ticks.set(ticks);
    found.map(|(_, _, v)| v)
}

/// For compiled code: `memo_call`'s hit, when the value cached for `args`
/// is there and `accept` takes it (a value of the type the trace goes on
/// with): counted as the interpreter counts it. None otherwise, with
/// nothing changed: the interpreter makes the call (a miss runs the
/// function in its frame).
pub(crate) fn memo_hit(
    vm: &mut Vm,
    wrapper: ObjRef,
    args: &[Value],
    accept: impl Fn(Value) -> bool,
) -> Result<Option<Value>, PyError> {
    match cached_value(vm, wrapper, args)? {
        Some((st, key, v)) if accept(v) => {
            count_hit(vm, st, key, v)?;
            Ok(Some(v))
        }
        _ => Ok(None),
    }
}

/// The return of a `memo` frame with value `v`: `memo` (the frame's
/// callee slot) names the wrapper and the key the value is stored under.
pub(crate) fn memo_return(vm: &mut Vm, memo: Value, v: Value) -> Result<(), PyError> {
    let (wrapper, key) = match memo.as_obj().and_then(|r| vm.heap.tuple(r)) {
        Some(t) if t.len() == 2 => (t[0], t[1]),
        _ => return Ok(()),
    };
    let st = state(vm, wrapper, "functools._lru_cache_wrapper")?;
    store(vm, st, key, v)
}

/// Stores `v` under `key`, dropping the least recently used entry past
/// the wrapper's size.
fn store(vm: &mut Vm, st: ObjRef, key: Value, v: Value) -> Result<(), PyError> {
    let cache = field(vm, st, C_CACHE).as_obj().expect("a dict");
    match field(vm, st, C_MAXSIZE).as_index() {
        Some(0) => {}
        Some(limit) => {
            vm.dict_set(cache, key, v)?;
            let len = vm.heap.dict(cache).map_or(0, |d| d.table.len());
            if len as i64 > limit {
                let oldest = vm.heap.dict(cache).and_then(|d| d.table.iter().next().map(|e| e.key));
                if let Some(k) = oldest {
                    vm.dict_remove(cache, k)?;
                }
            }
        }
        None => vm.dict_set(cache, key, v)?,
    }
    Ok(())
}

fn cache_info(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "functools._lru_cache_wrapper")?;
    let size = vm
        .heap
        .dict(field(vm, st, C_CACHE).as_obj().expect("a dict"))
        .map_or(0, |d| d.table.len());
    let info = own_class(vm, "_CacheInfo")?;
    let values = [
        field(vm, st, C_HITS),
        field(vm, st, C_MISSES),
        field(vm, st, C_MAXSIZE),
        Value::Int(size as i64),
    ];
    vm.call_value(info, &values)
}

fn cache_clear(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "functools._lru_cache_wrapper")?;
    let dict = vm.new_dict();
    set_field(vm, st, C_CACHE, dict);
    set_field(vm, st, C_HITS, Value::Int(0));
    set_field(vm, st, C_MISSES, Value::Int(0));
    Ok(Value::None)
}

// ---- cmp_to_key ------------------------------------------------------------

/// `cmp_to_key(mycmp)`: a callable that wraps a value in a key whose
/// comparisons call `mycmp`. Sorting such keys takes the sort's path for
/// keys that are instances (`methods/sort.rs`).
fn cmp_to_key(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [cmp] = args::bind_required("cmp_to_key", args, kwargs, ["mycmp"], 1)?;
    let partial = own_class(vm, "partial")?;
    let make = super::function(vm, "K", make_key).1;
    args::with_roots(vm, &[make], |vm| {
        vm.call_value(partial, &[make, cmp.expect("required")])
    })
}

fn make_key(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("K", kwargs)?;
    let [cmp, obj] = match args {
        [c, o] => [*c, *o],
        _ => return Err(RawError::type_error("K() takes exactly one argument").into()),
    };
    let class = own_class(vm, "KeyWrapper")?.as_obj().expect("a class");
    let key = vm.alloc_instance(class);
    args::with_roots(vm, &[key], |vm| {
        init_state(vm, key, "functools.KeyWrapper", vec![cmp, obj])?;
        let name = vm.heap.intern("obj");
        vm.set_attr(key, name, obj)
    })?;
    Ok(key)
}

/// `mycmp(a, b)` compared with 0 by `op`.
fn key_compare(vm: &mut Vm, args: &[Value], op: RichOp) -> NativeResult {
    let (st, rest) = receiver(vm, args, "functools.KeyWrapper")?;
    let other = rest.first().copied().unwrap_or(Value::None);
    let Ok(other_st) = state(vm, other, "functools.KeyWrapper") else {
        return Err(RawError::type_error("other argument must be K instance").into());
    };
    let (cmp, a, b) = (field(vm, st, 0), field(vm, st, 1), field(vm, other_st, 1));
    let r = vm.call_value(cmp, &[a, b])?;
    match (op, r) {
        (RichOp::Order(o), Value::Int(n)) => Ok(Value::Bool(o.holds(Some(n.cmp(&0))))),
        (RichOp::Eq, Value::Int(n)) => Ok(Value::Bool(n == 0)),
        _ => vm.rich_compare(op, r, Value::Int(0)).or_else(|_| {
            let v = vm.binary_op(crate::ops::arith::BinOp::Sub, r, Value::Int(0))?;
            Ok(v)
        }),
    }
}

fn key_lt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    key_compare(vm, args, RichOp::Order(OrderOp::Lt))
}

fn key_gt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    key_compare(vm, args, RichOp::Order(OrderOp::Gt))
}

fn key_le(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    key_compare(vm, args, RichOp::Order(OrderOp::Le))
}

fn key_ge(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    key_compare(vm, args, RichOp::Order(OrderOp::Ge))
}

fn key_eq(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    key_compare(vm, args, RichOp::Eq)
}

// ---- total_ordering ----------------------------------------------------------

/// The order operators, in the order `total_ordering` prefers a root.
const ORDER_NAMES: [(&str, OrderOp); 4] = [
    ("__lt__", OrderOp::Lt),
    ("__le__", OrderOp::Le),
    ("__gt__", OrderOp::Gt),
    ("__ge__", OrderOp::Ge),
];

/// `@total_ordering`: the order operators the class lacks, from the one
/// it defines (the first of `<`, `<=`, `>`, `>=`) and `==`.
fn total_ordering(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let cls = args::exactly_one("total_ordering", args, kwargs)?;
    let Some(root) = root_of(vm, cls) else {
        return Err(args::error(
            ExcKind::ValueError,
            "must define at least one ordering operation: < > <= >=",
        ));
    };
    const DERIVED: [NativeFnPtr; 4] = [derived_lt, derived_le, derived_gt, derived_ge];
    for (&(name, _), func) in ORDER_NAMES.iter().zip(DERIVED) {
        if name == root || defines(vm, cls, name) {
            continue;
        }
        let f = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func })));
        let key = vm.heap.intern(name);
        args::with_roots(vm, &[f], |vm| vm.set_attr(cls, key, f))?;
    }
    Ok(cls)
}

/// Whether the class (not `object`) defines `name` as a script function.
fn defines(vm: &mut Vm, cls: Value, name: &str) -> bool {
    let Some(class) = cls.as_obj() else { return false };
    let Some(key) = vm.heap.find_interned(name) else {
        return false;
    };
    let object = vm.object_class;
    vm.mro(class).to_vec().into_iter().filter(|k| Some(*k) != object).any(|k| {
        let dict = match vm.heap.get(k) {
            crate::object::Obj::Class(c) => c.dict,
            _ => return false,
        };
        matches!(vm.dict_get(dict, Value::Obj(key)), Ok(Some(v)) if !matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(crate::object::Obj::Native(_))))
    })
}

fn root_of(vm: &mut Vm, cls: Value) -> Option<&'static str> {
    ORDER_NAMES.iter().map(|(n, _)| *n).find(|n| defines(vm, cls, n))
}

/// `a op b` through the class's root operator, as CPython's
/// `total_ordering` derives each from each root.
fn derived(vm: &mut Vm, args: &[Value], want: OrderOp) -> NativeResult {
    let (a, b) = match args {
        [a, b] => (*a, *b),
        _ => return Err(RawError::type_error("expected 1 argument").into()),
    };
    let cls = Value::Obj(vm.class_of(a).expect("an instance"));
    let root = root_of(vm, cls).expect("total_ordering found one");
    let root_op = ORDER_NAMES.iter().find(|(n, _)| *n == root).expect("an order name").1;
    let r = vm.rich_compare(RichOp::Order(root_op), a, b)?;
    if r.as_obj().is_some() && r.as_obj() == vm.not_implemented {
        return Ok(r);
    }
    let r = vm.truth(r)?;
    let equal = |vm: &mut Vm| -> Result<bool, PyError> {
        let e = vm.rich_compare(RichOp::Eq, a, b)?;
        vm.truth(e)
    };
    use OrderOp::*;
    // From the root's result `r`: the three others.
    let holds = match (root_op, want) {
        (Lt, Gt) | (Gt, Lt) => !r && !equal(vm)?,
        (Lt, Le) | (Gt, Ge) => r || equal(vm)?,
        (Lt, Ge) | (Gt, Le) | (Le, Gt) | (Ge, Lt) => !r,
        (Le, Ge) | (Ge, Le) => !r || equal(vm)?,
        (Le, Lt) | (Ge, Gt) => r && !equal(vm)?,
        _ => r,
    };
    Ok(Value::Bool(holds))
}

fn derived_lt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    derived(vm, args, OrderOp::Lt)
}

fn derived_le(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    derived(vm, args, OrderOp::Le)
}

fn derived_gt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    derived(vm, args, OrderOp::Gt)
}

fn derived_ge(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    derived(vm, args, OrderOp::Ge)
}

// ---- wraps -------------------------------------------------------------------

/// `wraps(wrapped)`: a decorator that copies `__name__`, `__qualname__`,
/// `__doc__` and `__module__` of `wrapped` onto the wrapper and sets its
/// `__wrapped__`.
fn wraps(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let wrapped = match (args, kwargs) {
        ([w], []) => *w,
        _ => {
            let [w, _, _] = args::bind_required("wraps", args, kwargs, ["wrapped", "assigned", "updated"], 1)?;
            w.expect("required")
        }
    };
    let partial = own_class(vm, "partial")?;
    let update = super::function(vm, "update_wrapper", update_wrapper_reversed).1;
    args::with_roots(vm, &[update], |vm| vm.call_value(partial, &[update, wrapped]))
}

/// `wraps(wrapped)(wrapper)`: `update_wrapper(wrapper, wrapped)`.
fn update_wrapper_reversed(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    match args {
        [wrapped, wrapper] => copy_names(vm, *wrapper, *wrapped),
        _ => Err(RawError::type_error("update_wrapper() takes exactly one argument").into()),
    }
}

fn update_wrapper(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [wrapper, wrapped, _, _] = args::bind_required(
        "update_wrapper",
        args,
        kwargs,
        ["wrapper", "wrapped", "assigned", "updated"],
        2,
    )?;
    copy_names(vm, wrapper.expect("required"), wrapped.expect("required"))
}

fn copy_names(vm: &mut Vm, wrapper: Value, wrapped: Value) -> NativeResult {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(v) = vm.get_attr(wrapped, name) {
            let key = vm.heap.intern(name);
            vm.set_attr(wrapper, key, v)?;
        }
    }
    let key = vm.heap.intern("__wrapped__");
    vm.set_attr(wrapper, key, wrapped)?;
    Ok(wrapper)
}
