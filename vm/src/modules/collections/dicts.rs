//! `defaultdict`, `Counter` and `OrderedDict`: dicts with a twist.
//!
//! In CPython they subclass `dict`. Here each is a native class whose
//! instances hold a real dict (the state's one field) and forward the
//! dict's methods to it; the twist is in the methods each class adds or
//! replaces. `isinstance(x, dict)` holds for them (`ClassObj::stands_for`),
//! and `dict(x)`, `dict.update(x)` and `==` with a dict see the dict
//! inside (`Vm::dict_inside`). A built-in that needs a real dict object
//! and is given one of these raises a TypeError naming the type, never a
//! wrong answer.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::{Obj, TypeKind};
use crate::ops::arith::BinOp;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::super::native_class::{field, init_state, less, make_class_in, state};

/// The dict methods every one of the three forwards as they are.
const FORWARDED: &[(&str, NativeFnPtr)] = &[
    ("__len__", fwd_len),
    ("__iter__", fwd_iter),
    ("__reversed__", fwd_reversed),
    ("__contains__", fwd_contains),
    ("__setitem__", fwd_setitem),
    ("__delitem__", fwd_delitem),
    ("keys", fwd_keys),
    ("values", fwd_values),
    ("items", fwd_items),
    ("get", fwd_get),
    ("pop", fwd_pop),
    ("setdefault", fwd_setdefault),
    ("clear", fwd_clear),
    ("__getitem__", getitem),
];

/// Calls method `name` of the dict inside `args[0]` with the rest.
fn forward(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let method = vm.get_attr(Value::Obj(inner), name)?;
    let rest: Vec<Value> = args[1..].iter().map(|&v| vm.dict_inside(v)).collect();
    args::with_roots(vm, &[method], |vm| {
        if kwargs.is_empty() {
            vm.call_value(method, &rest)
        } else {
            vm.call_value_kw(method, &rest, kwargs)
        }
    })
}

macro_rules! forwarders {
    ($($fn_name:ident => $method:literal;)*) => {$(
        fn $fn_name(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
            forward(vm, args, kwargs, $method)
        }
    )*};
}

forwarders! {
    fwd_keys => "keys";
    fwd_values => "values";
    fwd_items => "items";
    fwd_get => "get";
    fwd_pop => "pop";
    fwd_setdefault => "setdefault";
    fwd_clear => "clear";
    fwd_update => "update";
    fwd_popitem => "popitem";
    fwd_copy => "copy";
}

// The special methods: dicts have none as attributes, so these act on the
// dict inside directly.

fn fwd_len(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    Ok(Value::Int(vm.heap.dict(inner).map_or(0, |d| d.table.len()) as i64))
}

fn fwd_iter(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    vm.get_iter(Value::Obj(inner))
}

/// `reversed(d)`: the keys of the dict inside, last first.
fn fwd_reversed(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let reversed = vm.builtins.get("reversed").copied().unwrap_or(Value::None);
    vm.call_value(reversed, &[Value::Obj(inner)])
}

fn fwd_contains(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    Ok(Value::Bool(
        vm.dict_get_any(inner, args.get(1).copied().unwrap_or(Value::None))?
            .is_some(),
    ))
}

fn fwd_setitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let (k, v) = (
        args.get(1).copied().unwrap_or(Value::None),
        args.get(2).copied().unwrap_or(Value::None),
    );
    vm.set_item(Value::Obj(inner), k, v)?;
    Ok(Value::None)
}

fn fwd_delitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    vm.del_item(Value::Obj(inner), args.get(1).copied().unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// The dict inside the receiver `args[0]`.
fn inner_of(vm: &Vm, args: &[Value]) -> Result<ObjRef, PyError> {
    let this = args.first().copied().unwrap_or(Value::None);
    let st = state(vm, this, "dict")?;
    Ok(field(vm, st, 0).as_obj().expect("a dict"))
}

impl Vm {
    /// The dict a `defaultdict`, `Counter` or `OrderedDict` holds, or `v`
    /// itself for anything else.
    pub(crate) fn dict_inside(&self, v: Value) -> Value {
        if !self.stands_for(v, TypeKind::Dict) {
            return v;
        }
        match state(self, v, "dict") {
            Ok(st) => field(self, st, 0),
            Err(_) => v,
        }
    }
}

/// A class that stands for `dict` in `isinstance`.
fn dict_class(vm: &mut Vm, tp_name: &'static str, own: &[(&'static str, NativeFnPtr)]) -> Value {
    dict_class_in(vm, "collections", tp_name, own)
}

fn dict_class_in(
    vm: &mut Vm,
    module: &'static str,
    tp_name: &'static str,
    own: &[(&'static str, NativeFnPtr)],
) -> Value {
    let mut methods: Vec<(&'static str, NativeFnPtr)> = FORWARDED.to_vec();
    methods.extend_from_slice(own);
    let class = make_class_in(vm, module, tp_name, &methods, &[]);
    super::super::native_class::set_layout(vm, class, "dict");
    super::super::native_class::define_class_method(vm, class, "fromkeys", fromkeys);
    if let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) {
        c.stands_for.set(Some(TypeKind::Dict));
    }
    class
}

/// `cls.fromkeys(iterable, value=None)`: a new instance of `cls` (made
/// by calling it) with each key of `iterable` set to `value`, as CPython's
/// `dict.fromkeys` fills a subclass's instance through `__setitem__`.
fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("fromkeys", kwargs)?;
    let Some((&class, rest)) = args.split_first() else {
        return Err(RawError::type_error("fromkeys expected at least 1 argument, got 0").into());
    };
    args::count("fromkeys", rest, 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::None);
    let made = vm.call_value(class, &[])?;
    args::with_roots(vm, &[made], |vm| {
        crate::methods::dict::set_keys(vm, made, rest[0], value)
    })?;
    Ok(made)
}

/// `Counter.fromkeys`, which CPython leaves undefined.
fn counter_fromkeys(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(args::error(
        ExcKind::NotImplementedError,
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    ))
}

/// `d[key]`: the value, else what the class's `__missing__` makes of the
/// key, else `KeyError`.
fn getitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let key = args.get(1).copied().unwrap_or(Value::None);
    if let Some(v) = vm.dict_get_any(inner, key)? {
        return Ok(v);
    }
    if let Some(v) = vm.call_special(args[0], Special::Missing, &[key])? {
        return Ok(v);
    }
    vm.get_item(Value::Obj(inner), key)
}

/// A new, empty instance of the receiver's class and the dict inside it.
fn new_like(vm: &mut Vm, this: Value, init_args: &[Value]) -> Result<(Value, ObjRef), PyError> {
    let class = vm.class_of(this).expect("an instance");
    let made = vm.call_value(Value::Obj(class), init_args)?;
    let st = state(vm, made, "dict")?;
    Ok((made, field(vm, st, 0).as_obj().expect("a dict")))
}

/// Fills a new instance's dict: `update` with the positional argument
/// (if any) and the keywords.
fn init_with(vm: &mut Vm, this: Value, positional: &[Value], kwargs: &[KwArg]) -> Result<(), PyError> {
    let dict = vm.new_dict();
    init_state(vm, this, "dict", vec![dict])?;
    let mut update_args = vec![this];
    update_args.extend_from_slice(positional);
    fwd_update(vm, &update_args, kwargs)?;
    Ok(())
}

// ---- dict as a base --------------------------------------------------------

/// The stand-in for `dict` in the MRO of a script class that subclasses
/// it (`class Config(dict)`, see `builtin_bases.rs`): a native class named
/// `dict` with the dict's methods and special methods, acting on the dict
/// each instance holds from the moment it is made (`Vm::give_dict`), so a
/// subclass's `__init__` need not call `super().__init__()`. What CPython's
/// `dict` methods give a subclass, they give here: `copy()` and `|` make
/// plain dicts, `d[k]` asks the class's `__missing__`.
pub(crate) fn dict_base_class(vm: &mut Vm) -> Value {
    dict_class_in(
        vm,
        "builtins",
        "dict",
        &[
            ("__init__", base_init),
            ("__repr__", base_repr),
            ("__eq__", dict_eq),
            ("__ne__", base_ne),
            ("__hash__", base_unhashable),
            ("__or__", base_or),
            ("__ror__", base_ror),
            ("__ior__", base_ior),
            ("__reversed__", base_reversed),
            ("update", fwd_update),
            ("popitem", fwd_popitem),
            ("copy", fwd_copy),
        ],
    )
}

/// `dict.__init__(self, [mapping_or_pairs], **kwargs)`: `update` of the
/// dict the instance holds (CPython's does not empty it first).
fn base_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.len() > 2 {
        return Err(RawError::type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)).into());
    }
    fwd_update(vm, args, kwargs)?;
    Ok(Value::None)
}

fn base_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let text = vm.repr_of(Value::Obj(inner))?;
    Ok(vm.new_str(text))
}

fn base_ne(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match dict_eq(vm, args, kwargs)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        declined => Ok(declined),
    }
}

/// Dicts are mutable, so unhashable, and so are their subclasses unless
/// they define `__hash__`.
fn base_unhashable(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    Err(RawError::type_error(format!("unhashable type: '{}'", vm.type_name(this))).into())
}

/// `self | other` and `other | self`: a plain dict, as CPython's.
fn base_or(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let other = vm.dict_inside(args.get(1).copied().unwrap_or(Value::None));
    if !matches!(other.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Dict(_))) {
        return Ok(Value::Obj(vm.not_implemented.expect("NotImplemented")));
    }
    vm.binary_op(BinOp::BitOr, Value::Obj(inner), other)
}

fn base_ror(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let other = vm.dict_inside(args.get(1).copied().unwrap_or(Value::None));
    if !matches!(other.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Dict(_))) {
        return Ok(Value::Obj(vm.not_implemented.expect("NotImplemented")));
    }
    vm.binary_op(BinOp::BitOr, other, Value::Obj(inner))
}

/// `self |= other`: `update`, and `self` stays the name's value.
fn base_ior(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    fwd_update(vm, args, kwargs)?;
    Ok(args[0])
}

fn base_reversed(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let reversed = vm.builtins.get("reversed").copied().expect("the built-in reversed");
    vm.call_value(reversed, &[Value::Obj(inner)])
}

// ---- defaultdict -----------------------------------------------------------

pub(super) fn defaultdict_class(vm: &mut Vm) -> Value {
    dict_class(
        vm,
        "collections.defaultdict",
        &[
            ("__init__", defaultdict_init),
            ("__class_getitem__", crate::typing::class_getitem),
            ("__missing__", defaultdict_missing),
            ("__repr__", defaultdict_repr),
            ("__eq__", dict_eq),
            ("update", fwd_update),
            ("popitem", fwd_popitem),
            ("copy", defaultdict_copy),
        ],
    )
}

fn defaultdict_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    let factory = rest.first().copied().unwrap_or(Value::None);
    if !factory.is_none() && !crate::builtins::is_callable(vm, factory) {
        return Err(RawError::type_error("first argument must be callable or None").into());
    }
    let dict = vm.new_dict();
    init_state(vm, this, "dict", vec![dict])?;
    let name = vm.heap.intern("default_factory");
    vm.set_attr(this, name, factory)?;
    let mut update_args = vec![this];
    update_args.extend_from_slice(rest.get(1..).unwrap_or(&[]));
    if update_args.len() > 2 {
        return Err(RawError::type_error(format!(
            "update expected at most 1 argument, got {}",
            update_args.len() - 1
        ))
        .into());
    }
    fwd_update(vm, &update_args, kwargs)?;
    Ok(Value::None)
}

fn factory_of(vm: &mut Vm, this: Value) -> Result<Value, PyError> {
    vm.get_attr(this, "default_factory")
}

fn defaultdict_missing(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let key = args.get(1).copied().unwrap_or(Value::None);
    let factory = factory_of(vm, args[0])?;
    if factory.is_none() {
        return vm.get_item(Value::Obj(inner), key);
    }
    let v = vm.call_value(factory, &[])?;
    vm.temp_roots.push(v);
    let set = vm.set_item(args[0], key, v);
    vm.temp_roots.pop();
    set?;
    Ok(v)
}

fn defaultdict_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let factory = factory_of(vm, args[0])?;
    let factory = vm.repr_of(factory)?;
    let dict = vm.repr_of(Value::Obj(inner))?;
    Ok(vm.new_str(format!("defaultdict({factory}, {dict})")))
}

fn defaultdict_copy(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let factory = factory_of(vm, args[0])?;
    let class = vm.class_of(args[0]).expect("an instance");
    vm.call_value(Value::Obj(class), &[factory, Value::Obj(inner)])
}

/// `==` of two of these or one and a dict: as dicts.
fn dict_eq(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let other = vm.dict_inside(args.get(1).copied().unwrap_or(Value::None));
    if !matches!(other.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Dict(_))) {
        return Ok(Value::Obj(vm.not_implemented.expect("NotImplemented")));
    }
    Ok(Value::Bool(vm.eq(Value::Obj(inner), other)?))
}

// ---- OrderedDict -------------------------------------------------------------

pub(super) fn ordered_dict_class(vm: &mut Vm) -> Value {
    dict_class(
        vm,
        "collections.OrderedDict",
        &[
            ("__init__", ordered_init),
            ("__class_getitem__", crate::typing::class_getitem),
            ("__repr__", ordered_repr),
            ("__eq__", ordered_eq),
            ("update", fwd_update),
            ("popitem", ordered_popitem),
            ("move_to_end", move_to_end),
            ("copy", plain_copy),
        ],
    )
}

fn ordered_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    if rest.len() > 1 {
        return Err(RawError::type_error(format!("expected at most 1 argument, got {}", rest.len())).into());
    }
    init_with(vm, this, rest, kwargs)?;
    Ok(Value::None)
}

/// The entries of a dict, in order.
fn entries(vm: &Vm, dict: ObjRef) -> Vec<(Value, Value)> {
    vm.heap
        .dict(dict)
        .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect())
        .unwrap_or_default()
}

fn ordered_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let name = vm.type_name(args[0]).rsplit('.').next().unwrap_or("OrderedDict");
    let pairs = entries(vm, inner);
    if pairs.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let tuples: Vec<Value> = pairs.iter().map(|&(k, v)| vm.new_tuple([k, v])).collect();
    let list = vm.new_list(tuples);
    let text = args::with_roots(vm, &[list], |vm| vm.repr_of(list))?;
    Ok(vm.new_str(format!("{name}({text})")))
}

/// `od1 == od2` also compares the order; with a plain dict, as dicts.
fn ordered_eq(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = args.get(1).copied().unwrap_or(Value::None);
    let both_ordered = vm.class_of(other).is_some() && vm.type_name(other) == vm.type_name(args[0]);
    if !both_ordered {
        return dict_eq(vm, args, kwargs);
    }
    let a = entries(vm, inner_of(vm, args)?);
    let b = entries(vm, inner_of(vm, &args[1..])?);
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for ((ka, va), (kb, vb)) in a.into_iter().zip(b) {
        vm.charge(crate::limits::ITEM_TICKS)?;
        if !vm.eq_any(ka, kb)? || !vm.eq_any(va, vb)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn last_arg(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str, at: usize) -> Result<bool, PyError> {
    let given = match (args.get(at), kwargs) {
        (Some(&v), []) => Some(v),
        (None, [kw]) if &*kw.name == "last" => Some(kw.value),
        (None, []) => None,
        _ => return Err(RawError::type_error(format!("{name}() got an unexpected keyword argument")).into()),
    };
    match given {
        Some(v) => vm.truth(v),
        None => Ok(true),
    }
}

fn ordered_popitem(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let last = last_arg(vm, args, kwargs, "popitem", 1)?;
    let pairs = entries(vm, inner);
    let Some(&(k, v)) = (if last { pairs.last() } else { pairs.first() }) else {
        return Err(vm
            .key_error(vm.new_str("dictionary is empty"), "'dictionary is empty'".into())
            .into());
    };
    vm.dict_remove(inner, k)?;
    Ok(vm.new_tuple([k, v]))
}

fn move_to_end(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let key = match args.get(1) {
        Some(&k) => k,
        None => return Err(RawError::type_error("move_to_end() missing required argument 'key' (pos 1)").into()),
    };
    let last = last_arg(vm, args, kwargs, "move_to_end", 2)?;
    let Some(v) = vm.dict_remove(inner, key)? else {
        return vm.get_item(Value::Obj(inner), key);
    };
    if last {
        vm.dict_set(inner, key, v)?;
        return Ok(Value::None);
    }
    // To the front: the dict is rebuilt with the key first.
    let rest = entries(vm, inner);
    vm.charge(rest.len() as u64)?;
    let clear = vm.get_attr(Value::Obj(inner), "clear")?;
    vm.call_value(clear, &[])?;
    vm.dict_set(inner, key, v)?;
    for (k, v) in rest {
        vm.dict_set(inner, k, v)?;
    }
    Ok(Value::None)
}

/// `copy()`: a new instance of the class with the same entries.
fn plain_copy(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let class = vm.class_of(args[0]).expect("an instance");
    vm.call_value(Value::Obj(class), &[Value::Obj(inner)])
}

// ---- Counter -------------------------------------------------------------------

pub(super) fn counter_class(vm: &mut Vm) -> Value {
    let class = dict_class(
        vm,
        "Counter",
        &[
            ("__init__", counter_init),
            ("__class_getitem__", crate::typing::class_getitem),
            ("__missing__", counter_missing),
            ("__repr__", counter_repr),
            ("__eq__", counter_eq),
            ("__add__", counter_add),
            ("__sub__", counter_sub),
            ("__or__", counter_or),
            ("__and__", counter_and),
            ("__pos__", counter_pos),
            ("__neg__", counter_neg),
            ("update", counter_update),
            ("subtract", counter_subtract),
            ("most_common", most_common),
            ("elements", elements),
            ("total", total),
            ("popitem", fwd_popitem),
            ("copy", plain_copy),
        ],
    );
    super::super::native_class::define_class_method(vm, class, "fromkeys", counter_fromkeys);
    class
}

fn counter_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    if rest.len() > 1 {
        return Err(RawError::type_error(format!(
            "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
            rest.len() + 1
        ))
        .into());
    }
    let dict = vm.new_dict();
    init_state(vm, this, "dict", vec![dict])?;
    count_into(vm, this, rest.first().copied(), kwargs, BinOp::Add)?;
    Ok(Value::None)
}

fn counter_missing(_vm: &mut Vm, _args: &[Value], _: &[KwArg]) -> NativeResult {
    Ok(Value::Int(0))
}

/// `a + b` of counts, with ints added in place.
fn add_counts(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Result<Value, PyError> {
    match (op, a, b) {
        (BinOp::Add, Value::Int(x), Value::Int(y)) if x.checked_add(y).is_some() => Ok(Value::Int(x + y)),
        (BinOp::Sub, Value::Int(x), Value::Int(y)) if x.checked_sub(y).is_some() => Ok(Value::Int(x - y)),
        _ => vm.binary_op(op, a, b),
    }
}

/// `update` (`op` Add) or `subtract` (`op` Sub): counts from a mapping's
/// values, or one for each item of an iterable; then the keywords'.
fn count_into(vm: &mut Vm, this: Value, source: Option<Value>, kwargs: &[KwArg], op: BinOp) -> Result<(), PyError> {
    let st = state(vm, this, "dict")?;
    let inner = field(vm, st, 0).as_obj().expect("a dict");
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    let mut items: Vec<Value> = Vec::new();
    if let Some(source) = source {
        let source = vm.dict_inside(source);
        match source.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Dict(_)) => pairs = entries(vm, source.as_obj().expect("a dict")),
            Some(_) | None if source.is_none() => {}
            _ => items = vm.collect_iterable(source)?,
        }
    }
    let mapped = pairs.len();
    for kw in kwargs {
        let key = vm.new_str(&*kw.name);
        pairs.push((key, kw.value));
    }
    let held: Vec<Value> = items
        .iter()
        .copied()
        .chain(pairs.iter().flat_map(|&(k, v)| [k, v]))
        .collect();
    args::with_roots(vm, &held, |vm| {
        for item in &items {
            vm.charge(crate::limits::ITEM_TICKS)?;
            let now = vm.dict_get_any(inner, *item)?.unwrap_or(Value::Int(0));
            let next = add_counts(vm, op, now, Value::Int(1))?;
            vm.dict_set(inner, *item, next)?;
        }
        // CPython's `update` copies a mapping into an empty counter as
        // `dict.update` would, without adding (so counts need not be
        // numbers).
        let copy = matches!(op, BinOp::Add) && vm.heap.dict(inner).is_some_and(|d| d.table.is_empty());
        for (i, &(k, v)) in pairs.iter().enumerate() {
            vm.charge(crate::limits::ITEM_TICKS)?;
            if copy && i < mapped {
                vm.dict_set(inner, k, v)?;
                continue;
            }
            let now = vm.dict_get_any(inner, k)?.unwrap_or(Value::Int(0));
            let next = add_counts(vm, op, now, v)?;
            vm.dict_set(inner, k, next)?;
        }
        Ok(())
    })
}

fn counter_update(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    count_into(vm, args[0], args.get(1).copied(), kwargs, BinOp::Add)?;
    Ok(Value::None)
}

fn counter_subtract(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    count_into(vm, args[0], args.get(1).copied(), kwargs, BinOp::Sub)?;
    Ok(Value::None)
}

/// The entries by count, largest first; equal counts keep their order.
fn by_count(vm: &mut Vm, inner: ObjRef) -> Result<Vec<(Value, Value)>, PyError> {
    let mut pairs = entries(vm, inner);
    vm.charge(pairs.len() as u64)?;
    let mut failed = None;
    pairs.sort_by(|a, b| {
        if failed.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match less(vm, b.1, a.1) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match less(vm, a.1, b.1) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    failed = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                failed = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(pairs),
    }
}

fn most_common(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let [n] = args::bind("most_common", &args[1..], kwargs, ["n"])?;
    let pairs = by_count(vm, inner)?;
    let n = match n {
        None | Some(Value::None) => pairs.len(),
        // CPython compares `n` with the size first.
        Some(v) => match v.as_index() {
            Some(n) => n.clamp(0, pairs.len() as i64) as usize,
            None => {
                return Err(RawError::type_error(format!(
                    "'>=' not supported between instances of '{}' and 'int'",
                    vm.type_name(v)
                ))
                .into())
            }
        },
    };
    let tuples: Vec<Value> = pairs[..n].iter().map(|&(k, v)| vm.new_tuple([k, v])).collect();
    Ok(vm.new_list(tuples))
}

fn elements(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let mut out = Vec::new();
    for (k, v) in entries(vm, inner) {
        let n = v.as_index().unwrap_or(0).max(0);
        vm.charge(n as u64)?;
        vm.heap.reserve((n as usize).saturating_mul(16))?;
        out.extend(std::iter::repeat_n(k, n as usize));
    }
    let list = vm.new_list(out);
    vm.get_iter(list)
}

fn total(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let mut sum = Value::Int(0);
    for (_, v) in entries(vm, inner) {
        sum = add_counts(vm, BinOp::Add, sum, v)?;
    }
    Ok(sum)
}

fn counter_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let name = vm.type_name(args[0]).rsplit('.').next().unwrap_or("Counter");
    if entries(vm, inner).is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    // Most common first; counts that do not order show as the dict is.
    let text = match by_count(vm, inner) {
        Ok(pairs) => {
            let ordered = vm.new_dict();
            let d = ordered.as_obj().expect("a dict");
            for (k, v) in pairs {
                vm.dict_set(d, k, v)?;
            }
            args::with_roots(vm, &[ordered], |vm| vm.repr_of(ordered))?
        }
        Err(e) if e.kind == ExcKind::TypeError => vm.repr_of(Value::Obj(inner))?,
        Err(e) => return Err(e),
    };
    Ok(vm.new_str(format!("{name}({text})")))
}

/// `c1 == c2` counts a missing key as zero; with a plain dict, as dicts.
fn counter_eq(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let other = args.get(1).copied().unwrap_or(Value::None);
    if vm.class_of(other).is_none() || vm.type_name(other) != vm.type_name(args[0]) {
        return dict_eq(vm, args, kwargs);
    }
    for (a, b) in [(args[0], other), (other, args[0])] {
        let inner = inner_of(vm, &[a])?;
        for (k, v) in entries(vm, inner) {
            vm.charge(crate::limits::ITEM_TICKS)?;
            let w = vm.get_item(b, k)?;
            if !vm.eq_any(v, w)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

/// The counter the binary operators make, from the two operands' counts
/// combined by `f`; only positive results are kept. None if `other` is
/// not a Counter (the operator is then not supported).
fn combine(
    vm: &mut Vm,
    args: &[Value],
    f: fn(&mut Vm, Value, Value) -> Result<Value, PyError>,
) -> Result<Option<Value>, PyError> {
    let other = args.get(1).copied().unwrap_or(Value::None);
    if vm.class_of(other).is_none() || vm.type_name(other) != vm.type_name(args[0]) {
        return Ok(None);
    }
    let (a, b) = (inner_of(vm, args)?, inner_of(vm, &args[1..])?);
    let (result, out) = new_like(vm, args[0], &[])?;
    vm.temp_roots.push(result);
    let mut keys: Vec<Value> = entries(vm, a).into_iter().map(|(k, _)| k).collect();
    for (k, _) in entries(vm, b) {
        if vm.dict_get(a, k)?.is_none() {
            keys.push(k);
        }
    }
    let filled = (|| {
        for k in keys {
            vm.charge(crate::limits::ITEM_TICKS)?;
            let x = vm.dict_get(a, k)?.unwrap_or(Value::Int(0));
            let y = vm.dict_get(b, k)?.unwrap_or(Value::Int(0));
            let v = f(vm, x, y)?;
            if less(vm, Value::Int(0), v)? {
                vm.dict_set(out, k, v)?;
            }
        }
        Ok(())
    })();
    vm.temp_roots.pop();
    filled.map(|()| Some(result))
}

fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.expect("NotImplemented"))
}

fn counter_add(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let r = combine(vm, args, |vm, x, y| add_counts(vm, BinOp::Add, x, y))?;
    Ok(r.unwrap_or_else(|| not_implemented(vm)))
}

fn counter_sub(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let r = combine(vm, args, |vm, x, y| add_counts(vm, BinOp::Sub, x, y))?;
    Ok(r.unwrap_or_else(|| not_implemented(vm)))
}

fn counter_or(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let r = combine(vm, args, |vm, x, y| Ok(if less(vm, x, y)? { y } else { x }))?;
    Ok(r.unwrap_or_else(|| not_implemented(vm)))
}

fn counter_and(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let r = combine(vm, args, |vm, x, y| Ok(if less(vm, x, y)? { x } else { y }))?;
    Ok(r.unwrap_or_else(|| not_implemented(vm)))
}

/// Unary `+c` (`negate` false) and `-c`: the positive counts (of `-c`).
fn unary(vm: &mut Vm, args: &[Value], negate: bool) -> NativeResult {
    let inner = inner_of(vm, args)?;
    let (result, out) = new_like(vm, args[0], &[])?;
    vm.temp_roots.push(result);
    let filled = (|| {
        for (k, v) in entries(vm, inner) {
            let v = if negate {
                add_counts(vm, BinOp::Sub, Value::Int(0), v)?
            } else {
                v
            };
            if less(vm, Value::Int(0), v)? {
                vm.dict_set(out, k, v)?;
            }
        }
        Ok(())
    })();
    vm.temp_roots.pop();
    filled.map(|()| result)
}

fn counter_pos(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    unary(vm, args, false)
}

fn counter_neg(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    unary(vm, args, true)
}
