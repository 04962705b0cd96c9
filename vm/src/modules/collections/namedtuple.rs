//! `collections.namedtuple`: a class per call, whose instances are tuples
//! with named fields.
//!
//! The class is a native class (`native_class.rs`) made at run time: its
//! `_fields` and `_field_defaults` are class attributes, and its methods
//! read them. An instance holds its tuple (the state's one field) and has
//! each field as an attribute of its own, so `p.x` is an ordinary
//! attribute load (cached, and compiled in traces). It stands for `tuple`
//! in `isinstance`; indexing, `len`, iteration and unpacking, `==`, `<`
//! and `hash` act on the tuple inside.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::NativeFn;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::{static_name, DescriptorKind, DescriptorObj, NativeObj, Obj, ObjMut, ShapeId, Shapes, TypeKind};
use crate::ops::compare::OrderOp;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::super::native_class::{field, init_state, make_class_in, state};

/// Python's keywords, which cannot name a field.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn value_error(msg: String) -> PyError {
    args::error(ExcKind::ValueError, msg)
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None)`.
pub(super) fn namedtuple(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.len() > 2 {
        return Err(RawError::type_error(format!(
            "namedtuple() takes 2 positional arguments but {} were given",
            args.len()
        ))
        .into());
    }
    let [typename, names, rename, defaults, module] = args::bind_required(
        "namedtuple",
        args,
        kwargs,
        ["typename", "field_names", "rename", "defaults", "module"],
        2,
    )?;
    let typename = vm.str_value(typename.expect("required"))?;
    let names = names.expect("required");
    let fields: Vec<String> = match vm.as_str(names) {
        Some(text) => text.replace(',', " ").split_whitespace().map(str::to_string).collect(),
        None => {
            let items = vm.collect_iterable(names)?;
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                out.push(vm.str_value(v)?);
            }
            out
        }
    };
    let defaults = match defaults {
        None | Some(Value::None) => Vec::new(),
        Some(v) => vm.collect_iterable(v)?,
    };
    let module = match module {
        None | Some(Value::None) => "__main__".to_string(),
        Some(v) => vm.str_value(v)?,
    };
    let rename = match rename {
        Some(v) => vm.truth(v)?,
        None => false,
    };
    named_tuple_class(vm, &module, &typename, fields, rename, &defaults)
}

/// The class `namedtuple` makes, once its arguments are values: checks
/// the names (renaming bad ones if `rename`) and the defaults, which go
/// to the last fields. `typing.NamedTuple` makes its classes here too.
pub(crate) fn named_tuple_class(
    vm: &mut Vm,
    module: &str,
    typename: &str,
    mut fields: Vec<String>,
    rename: bool,
    defaults: &[Value],
) -> NativeResult {
    if rename {
        let mut seen = std::collections::HashSet::new();
        for (i, name) in fields.iter_mut().enumerate() {
            if !crate::methods::str_case::is_identifier(name)
                || KEYWORDS.contains(&name.as_str())
                || name.starts_with('_')
                || !seen.insert(name.clone())
            {
                *name = format!("_{i}");
            }
        }
    }
    for name in std::iter::once(&typename.to_string()).chain(&fields) {
        if !crate::methods::str_case::is_identifier(name) {
            return Err(value_error(format!(
                "Type names and field names must be valid identifiers: '{name}'"
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(value_error(format!(
                "Type names and field names cannot be a keyword: '{name}'"
            )));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for name in &fields {
        if name.starts_with('_') && !rename {
            return Err(value_error(format!(
                "Field names cannot start with an underscore: '{name}'"
            )));
        }
        if !seen.insert(name.as_str()) {
            return Err(value_error(format!("Encountered duplicate field name: '{name}'")));
        }
    }
    if defaults.len() > fields.len() {
        return Err(RawError::type_error("Got more default values than field names").into());
    }
    let class = make_tuple_class(vm, module, typename, &fields)?;
    set_class_attrs(vm, class, &fields, defaults)?;
    Ok(class)
}

/// A named tuple the VM makes for itself, as CPython's struct sequences
/// (`sys.version_info`): its class, named `tp_name` in reprs, and its one
/// instance, of `values`. Runs no script.
pub(crate) fn struct_sequence(
    vm: &mut Vm,
    module: &str,
    tp_name: &'static str,
    fields: &[&str],
    values: &[Value],
) -> NativeResult {
    let fields: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    let class = make_tuple_class(vm, module, tp_name, &fields)?;
    set_class_attrs(vm, class, &fields, &[])?;
    let roots: Vec<Value> = std::iter::once(class).chain(values.iter().copied()).collect();
    args::with_roots(vm, &roots, |vm| vm.call_value(class, values))
}

fn make_tuple_class(vm: &mut Vm, module: &str, typename: &str, fields: &[String]) -> NativeResult {
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("__init__", init),
        ("__repr__", repr),
        ("__len__", len),
        ("__iter__", iter),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__eq__", eq),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__hash__", hash),
        ("_replace", replace),
        ("_asdict", asdict),
        ("count", count),
        ("index", index),
    ];
    let _ = fields;
    let class = make_class_in(vm, module, static_name(typename), METHODS, &[]);
    super::super::native_class::set_layout(vm, class, "tuple");
    let class_ref = class.as_obj().expect("a class");
    if let Obj::Class(c) = vm.heap.get(class_ref) {
        c.stands_for.set(Some(TypeKind::Tuple));
    }
    Ok(class)
}

fn set_class_attrs(vm: &mut Vm, class: Value, fields: &[String], defaults: &[Value]) -> Result<(), PyError> {
    let class_ref = class.as_obj().expect("a class");
    let dict = match vm.heap.get(class_ref) {
        Obj::Class(c) => c.dict,
        _ => unreachable!("a class"),
    };
    vm.temp_roots.push(class);
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(f)).collect();
    let field_tuple = vm.new_tuple(&names);
    let key = Value::Obj(vm.heap.intern("_fields"));
    vm.dict_set(dict, key, field_tuple)?;
    // Class patterns (`case Point(x, y):`) take the fields by position.
    let key = Value::Obj(vm.heap.intern("__match_args__"));
    vm.dict_set(dict, key, field_tuple)?;
    let field_defaults = vm.new_dict();
    let key = Value::Obj(vm.heap.intern("_field_defaults"));
    vm.dict_set(dict, key, field_defaults)?;
    let first_default = fields.len() - defaults.len();
    for (name, &v) in names[first_default..].iter().zip(defaults) {
        vm.dict_set(field_defaults.as_obj().expect("a dict"), *name, v)?;
    }
    let make = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn {
        name: "_make",
        func: make,
    })));
    let make = Value::Obj(vm.heap.alloc(DescriptorObj::new(
        DescriptorKind::ClassMethod,
        make,
        Value::None,
        Value::None,
    )));
    let key = Value::Obj(vm.heap.intern("_make"));
    vm.dict_set(dict, key, make)?;
    vm.temp_roots.pop();
    Ok(())
}

/// The class's `_fields`, as strs, and its `_field_defaults` dict.
fn fields_of(vm: &mut Vm, class: Value) -> Result<(Vec<String>, Value), PyError> {
    let names = vm.get_attr(class, "_fields")?;
    let names = vm.collect_iterable(names)?;
    let names = names.iter().map(|&n| vm.as_str(n).unwrap_or("?").to_string()).collect();
    let defaults = vm.get_attr(class, "_field_defaults")?;
    Ok((names, defaults))
}

/// The field names of named tuple class `class` (interned) and the shape
/// of a filled instance (its state, then the fields), remembered in the
/// class until a class changes.
fn layout(vm: &mut Vm, class: Value) -> Result<(std::rc::Rc<[ObjRef]>, ShapeId), PyError> {
    let r = class.as_obj().expect("a class");
    if let Obj::Class(c) = vm.heap.get(r) {
        if let Some((version, names, shape)) = c.tuple_layout.borrow().as_ref() {
            if *version == vm.class_version {
                return Ok((names.clone(), *shape));
            }
        }
    }
    let (texts, _) = fields_of(vm, class)?;
    let names: std::rc::Rc<[ObjRef]> = texts.iter().map(|t| vm.heap.intern(t)).collect();
    let mut shape = vm.native_state_shape();
    for &name in names.iter() {
        shape = vm.shapes.with_attr(shape, name);
    }
    if let Obj::Class(c) = vm.heap.get(r) {
        *c.tuple_layout.borrow_mut() = Some((vm.class_version, names.clone(), shape));
    }
    Ok((names, shape))
}

/// Gives a new instance of `class` its tuple and its field attributes:
/// its slots written at once when it has none yet (every instance a
/// constructor makes), else attribute by attribute.
fn fill(vm: &mut Vm, this: Value, class: Value, values: Vec<Value>) -> Result<(), PyError> {
    let (names, shape) = layout(vm, class)?;
    let t = vm.new_tuple(&values);
    let fresh = matches!(vm.heap.get(this.as_obj().expect("an instance")),
        Obj::Instance(i) if i.shape() == Shapes::ROOT && i.slots().is_empty());
    if fresh && names.len() == values.len() {
        vm.temp_roots.push(t);
        let list = vm.new_list(vec![t]);
        vm.temp_roots.pop();
        let mut slots = Vec::with_capacity(values.len() + 1);
        slots.push(list);
        slots.extend(values);
        if let ObjMut::Instance(i) = vm.heap.get_mut(this.as_obj().expect("an instance")) {
            i.replace_slots(slots);
            i.set_shape(shape);
        }
        return Ok(());
    }
    init_state(vm, this, "tuple", vec![t])?;
    for (&name, v) in names.iter().zip(values) {
        vm.set_attr(this, name, v)?;
    }
    Ok(())
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r));
    // An instance of a named tuple class that has no tuple yet.
    let class = match vm.class_of(this) {
        Some(class) if super::super::native_class::has_layout(vm, this, "tuple") => Value::Obj(class),
        _ => return Err(not_a_named_tuple(vm, this)),
    };
    // Every field given by position (nearly every construction): no
    // look at the defaults, the field names the class remembers.
    if kwargs.is_empty() && rest.len() == layout(vm, class)?.0.len() {
        fill(vm, this, class, rest.to_vec())?;
        return Ok(Value::None);
    }
    let (names, defaults) = fields_of(vm, class)?;
    let tp = vm.type_name(this);
    if rest.len() > names.len() {
        return Err(RawError::type_error(format!(
            "{tp}.__new__() takes {} positional arguments but {} were given",
            names.len() + 1,
            rest.len() + 1
        ))
        .into());
    }
    let mut values: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, &v) in values.iter_mut().zip(rest) {
        *slot = Some(v);
    }
    for kw in kwargs {
        let Some(i) = names.iter().position(|n| **n == *kw.name) else {
            return Err(RawError::type_error(format!(
                "{tp}.__new__() got an unexpected keyword argument '{}'",
                kw.name
            ))
            .into());
        };
        if values[i].is_some() {
            return Err(
                RawError::type_error(format!("{tp}.__new__() got multiple values for argument '{}'", kw.name)).into(),
            );
        }
        values[i] = Some(kw.value);
    }
    // A `_field_defaults` a script replaced by something else than a
    // dict gives no defaults (CPython's constructor keeps its own).
    let defaults = defaults.as_obj().filter(|&d| vm.heap.dict(d).is_some());
    let mut missing = Vec::new();
    for (name, slot) in names.iter().zip(values.iter_mut()) {
        if slot.is_none() {
            let key = vm.new_str(name);
            let default = match defaults {
                Some(d) => vm.dict_get(d, key)?,
                None => None,
            };
            match default {
                Some(v) => *slot = Some(v),
                None => missing.push(name.as_str()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(crate::call::missing_arguments(&format!("{tp}.__new__"), &missing, "positional").into());
    }
    let values: Vec<Value> = values.into_iter().map(|v| v.expect("filled")).collect();
    fill(vm, this, class, values)?;
    Ok(Value::None)
}

/// `Class._make(iterable)`.
fn make(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_make", kwargs)?;
    let (class, rest) = args.split_first().map_or((Value::None, &[][..]), |(c, r)| (*c, r));
    // `P._make.__func__(x, ...)` may give anything for the class.
    if !super::super::native_class::class_has_layout(vm, class, "tuple") {
        return Err(RawError::type_error(format!(
            "_make() needs a named tuple class, not '{}'",
            vm.type_name(class)
        ))
        .into());
    }
    let Some(&iterable) = rest.first() else {
        return Err(RawError::type_error("_make() missing 1 required positional argument: 'iterable'").into());
    };
    let values = vm.collect_iterable(iterable)?;
    let (names, _) = fields_of(vm, class)?;
    if values.len() != names.len() {
        return Err(RawError::type_error(format!("Expected {} arguments, got {}", names.len(), values.len())).into());
    }
    let inst = vm.alloc_instance(class.as_obj().expect("a class"));
    args::with_roots(vm, &[inst], |vm| fill(vm, inst, class, values))?;
    Ok(inst)
}

/// A method's receiver, its first argument.
fn receiver(args: &[Value]) -> Result<Value, PyError> {
    args.first()
        .copied()
        .ok_or_else(|| RawError::type_error("descriptor of 'tuple' object needs an argument").into())
}

fn not_a_named_tuple(vm: &Vm, v: Value) -> PyError {
    RawError::type_error(format!(
        "descriptor requires a 'tuple' object but received a '{}'",
        vm.type_name(v)
    ))
    .into()
}

/// The tuple inside the receiver.
fn tuple_of(vm: &Vm, v: Value) -> Result<Value, PyError> {
    let st = state(vm, v, "tuple")?;
    Ok(field(vm, st, 0))
}

/// Whether instance `v` is a named tuple whose class keeps the tuple's
/// `__hash__` and `__eq__`: a key that hashes and compares as its tuple,
/// by the plain rules, with no script code run.
#[inline(never)]
pub(crate) fn hashes_as_tuple(vm: &Vm, v: Value) -> bool {
    matches!(tuple_methods(vm, v), Some((true, true, _)))
}

/// The tuple inside named tuple `v` when its class keeps the tuple's
/// own `__hash__` (`hash`) or `__eq__` (`eq`), whichever `name` says:
/// hashing or comparing `v` is hashing or comparing that tuple, with no
/// script code run. None for anything else.
/// Out of line: hashing and comparing strs and numbers (dict lookups)
/// stay small enough to inline.
#[inline(never)]
pub(crate) fn plain_tuple(vm: &Vm, v: Value, name: Special) -> Option<crate::heap::ObjRef> {
    let (hash_kept, eq_kept, _) = tuple_methods(vm, v)?;
    let wanted = if name == Special::Hash { hash_kept } else { eq_kept };
    if !wanted {
        return None;
    }
    tuple_of(vm, v).ok()?.as_obj()
}

/// How an instance compares with `==` inside a container's comparison.
pub(crate) enum InstanceEq {
    /// Its class has no `__eq__`: equal only to itself.
    Identity,
    /// A named tuple that keeps its tuple's `__eq__`: as this tuple.
    Tuple(crate::heap::ObjRef),
    /// Its class's `__eq__` is the script's to run.
    Script,
}

/// `InstanceEq` for instance `v`, from one look at its class (the lookups
/// are remembered per class version).
#[inline(never)]
pub(crate) fn instance_eq(vm: &Vm, v: Value) -> InstanceEq {
    match tuple_methods(vm, v) {
        Some((_, true, _)) => match tuple_of(vm, v).ok().and_then(|t| t.as_obj()) {
            Some(t) => InstanceEq::Tuple(t),
            None => InstanceEq::Script,
        },
        Some((_, false, true)) => InstanceEq::Script,
        _ => InstanceEq::Identity,
    }
}

/// Whether instance `v`'s class keeps the named tuple's `__hash__` and
/// `__eq__`, and whether it has an `__eq__`; None for no instance.
fn tuple_methods(vm: &Vm, v: Value) -> Option<(bool, bool, bool)> {
    let class = vm.class_of(v)?;
    let Obj::Class(c) = vm.heap.get(class) else {
        return None;
    };
    let (version, hash_kept, eq_kept, eq_defined) = c.tuple_methods.get();
    if version == vm.class_version {
        return Some((hash_kept, eq_kept, eq_defined));
    }
    let native = |found: Option<Value>, func: crate::native::NativeFnPtr| {
        matches!(found.and_then(|f| f.as_obj()).map(|r| vm.heap.get(r)),
            Some(Obj::Native(n)) if std::ptr::fn_addr_eq(n.func, func))
    };
    let found_eq = vm.special_method(v, Special::Eq);
    let found = (
        native(vm.special_method(v, Special::Hash), hash),
        native(found_eq, eq),
        found_eq.is_some(),
    );
    c.tuple_methods.set((vm.class_version, found.0, found.1, found.2));
    Some(found)
}

/// The tuple inside a named tuple (slicing one slices its tuple); None
/// for anything else.
pub(crate) fn tuple_inside(vm: &Vm, v: Value) -> Option<Value> {
    if vm.stands_for(v, TypeKind::Tuple) {
        tuple_of(vm, v).ok()
    } else {
        None
    }
}

/// The other operand of a comparison as a tuple: a plain tuple, or the
/// tuple inside a named one; None for anything else.
fn other_tuple(vm: &Vm, v: Value) -> Option<Value> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(_)) => Some(v),
        Some(Obj::Instance(_)) => tuple_inside(vm, v),
        _ => None,
    }
}

fn repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = receiver(args)?;
    let t = tuple_of(vm, this)?;
    let class = Value::Obj(vm.class_of(this).ok_or_else(|| not_a_named_tuple(vm, this))?);
    let (names, _) = fields_of(vm, class)?;
    let values = vm.collect_iterable(t)?;
    let mut parts = Vec::with_capacity(names.len());
    for (name, v) in names.iter().zip(values) {
        parts.push(format!("{name}={}", vm.repr_of(v)?));
    }
    let name = vm.type_name(this);
    Ok(vm.new_str(format!("{name}({})", parts.join(", "))))
}

fn len(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    Ok(Value::Int(vm.len_of(t)?))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    vm.get_iter(t)
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    vm.get_item(t, args.get(1).copied().unwrap_or(Value::None))
}

fn contains(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    let x = args.get(1).copied().unwrap_or(Value::None);
    for v in vm.collect_iterable(t)? {
        if v.is(x) || vm.eq_any(v, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn eq(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    match other_tuple(vm, args.get(1).copied().unwrap_or(Value::None)) {
        // Fields may be instances with methods of their own.
        Some(o) => Ok(Value::Bool(vm.eq_any(t, o)?)),
        None => Ok(Value::Obj(vm.not_implemented.expect("NotImplemented"))),
    }
}

fn order(vm: &mut Vm, args: &[Value], op: OrderOp) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    match other_tuple(vm, args.get(1).copied().unwrap_or(Value::None)) {
        Some(o) => Ok(Value::Bool(vm.compare_any(op, t, o)?)),
        None => Ok(Value::Obj(vm.not_implemented.expect("NotImplemented"))),
    }
}

fn lt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    order(vm, args, OrderOp::Lt)
}

fn le(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    order(vm, args, OrderOp::Le)
}

fn gt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    order(vm, args, OrderOp::Gt)
}

fn ge(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    order(vm, args, OrderOp::Ge)
}

fn hash(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    Ok(Value::Int(vm.hash_any(t)?))
}

fn replace(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let this = receiver(args)?;
    let t = tuple_of(vm, this)?;
    let class = Value::Obj(vm.class_of(this).ok_or_else(|| not_a_named_tuple(vm, this))?);
    let (names, _) = fields_of(vm, class)?;
    let mut values = vm.collect_iterable(t)?;
    let mut unknown = Vec::new();
    for kw in kwargs {
        match names.iter().position(|n| **n == *kw.name) {
            // A field the tuple has no value for (`_fields` replaced by
            // a longer one) is unknown, as CPython's `_replace` finds.
            Some(i) if i < values.len() => values[i] = kw.value,
            _ => unknown.push(format!("'{}'", kw.name)),
        }
    }
    if !unknown.is_empty() {
        return Err(value_error(format!(
            "Got unexpected field names: [{}]",
            unknown.join(", ")
        )));
    }
    let inst = vm.alloc_instance(class.as_obj().expect("a class"));
    args::with_roots(vm, &[inst], |vm| fill(vm, inst, class, values))?;
    Ok(inst)
}

fn asdict(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = receiver(args)?;
    let t = tuple_of(vm, this)?;
    let class = Value::Obj(vm.class_of(this).ok_or_else(|| not_a_named_tuple(vm, this))?);
    let (names, _) = fields_of(vm, class)?;
    let values = vm.collect_iterable(t)?;
    let d = vm.new_dict();
    for (name, v) in names.iter().zip(values) {
        let key = vm.new_str(name);
        vm.dict_set(d.as_obj().expect("a dict"), key, v)?;
    }
    Ok(d)
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    let method = vm.get_attr(t, "count")?;
    vm.call_value_kw(method, &args[1..], kwargs)
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let t = tuple_of(vm, receiver(args)?)?;
    let method = vm.get_attr(t, "index")?;
    vm.call_value_kw(method, &args[1..], kwargs)
}
