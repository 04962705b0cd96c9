//! `globals()`: the calling module's globals as a mapping that reads and
//! writes them.
//!
//! CPython returns the module's own dict. Rumba's globals live in slots
//! that the interpreter and compiled code index, so `globals()` returns a
//! view of them instead: an instance of a native class named `dict`
//! (`isinstance(g, dict)` holds, though `type(g) is dict` does not), one
//! per module, so `globals() is globals()` as in CPython. It does not
//! stand for `dict` where built-ins take a dict's entries (`dict(g)`,
//! `json.dumps(g)`): they would read entries it does not hold. Reading,
//! writing and deleting a name (`g[name]`, `g[name] = v`, `del g[name]`,
//! `name in g`, `get`, `setdefault`, `pop`, `update`) reach the slots, so
//! a change either way is seen at once. What depends on the whole set of
//! names or their order (iteration, `len`, `keys`, `repr`...) is refused:
//! CPython's dict lists names in the order they were first bound, with
//! dunders Rumba does not make (`__loader__`, `__spec__`, `__builtins__`...),
//! so those answers would differ. For the same reason a dunder name Rumba
//! has not bound is refused rather than reported missing.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::modules::native_class::{field, init_state, make_class_in, receiver};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// A view's state: its namespace.
const NAMESPACE: usize = 0;

/// `globals()`: the view of the globals of the module whose code called.
pub(super) fn globals(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_args("globals", a, kw)?;
    let ns = match vm.frames.last() {
        Some(frame) => vm.codes[frame.code.0 as usize].namespace,
        None => crate::vm::MAIN_NAMESPACE,
    };
    if let Some(&(_, view)) = vm.globals_views.iter().find(|(n, _)| *n == ns) {
        return Ok(view);
    }
    let class = match vm.globals_view_class {
        Some(class) => class,
        None => {
            let class = view_class(vm);
            vm.globals_view_class = Some(class);
            class
        }
    };
    let view = vm.alloc_instance(class.as_obj().expect("a class"));
    vm.globals_views.push((ns, view));
    init_state(vm, view, GLOBALS_LAYOUT, vec![Value::Int(ns as i64)])?;
    Ok(view)
}

fn view_class(vm: &mut Vm) -> Value {
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("update", update),
        ("__hash__", unhashable),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__or__", refused),
        ("__ror__", refused),
        ("__ior__", refused),
        ("__len__", refused),
        ("__iter__", refused),
        ("__repr__", refused),
        ("keys", refused),
        ("values", refused),
        ("items", refused),
        ("copy", refused),
        ("clear", refused),
        ("popitem", refused),
    ];
    // Named as CPython's `type(globals())`, but its state is a namespace's
    // number, not the dict the dict-like classes hold.
    let class = make_class_in(vm, "builtins", "dict", METHODS, &[]);
    crate::modules::native_class::set_layout(vm, class, GLOBALS_LAYOUT);
    class
}

/// The state layout of what `globals()` returns (`native_class::set_layout`).
const GLOBALS_LAYOUT: &str = "builtins.globals";

/// Whether `v` is what `globals()` returns.
pub(crate) fn is_view(vm: &Vm, v: Value) -> bool {
    match (vm.globals_view_class, v.as_obj().map(|r| vm.heap.get(r))) {
        (Some(class), Some(Obj::Instance(i))) => Some(i.class) == class.as_obj(),
        _ => false,
    }
}

/// The namespace of `view`, a value `is_view` accepts.
pub(crate) fn view_namespace(vm: &Vm, view: Value) -> Result<u32, PyError> {
    let (st, _) = receiver(vm, std::slice::from_ref(&view), GLOBALS_LAYOUT)?;
    match field(vm, st, NAMESPACE) {
        Value::Int(ns) => Ok(ns as u32),
        _ => Err(RawError::type_error("descriptor of 'dict' object needs a dict").into()),
    }
}

/// The view's namespace and the name `key` stands for: None for a key
/// that is not a str (no global has one).
fn place(vm: &Vm, args: &[Value], what: &str) -> Result<(u32, Option<std::rc::Rc<str>>), PyError> {
    let (st, rest) = receiver(vm, args, GLOBALS_LAYOUT)?;
    let Some(&key) = rest.first() else {
        return Err(RawError::type_error(format!("{what} expected at least 1 argument, got 0")).into());
    };
    let ns = match field(vm, st, NAMESPACE) {
        Value::Int(ns) => ns as u32,
        _ => return Err(RawError::type_error("descriptor of 'dict' object needs a dict").into()),
    };
    if vm.as_str(key).is_none() {
        // A dict key must still be hashable.
        vm.hash_value(key).map_err(PyError::from)?;
    }
    Ok((ns, vm.as_str_rc(key)))
}

/// Global `name` of namespace `ns`, if bound; a dunder Rumba has not
/// bound is refused (CPython's module dict may hold it).
fn lookup(vm: &Vm, ns: u32, name: &str) -> Result<Option<Value>, PyError> {
    let found = vm.get_global_in(ns, name);
    if found.is_none() && name.len() > 4 && name.starts_with("__") && name.ends_with("__") {
        return Err(PyError::new(
            ExcKind::NotImplementedError,
            format!(
                "globals()['{name}'] is not supported by Rumba (CPython's module globals may hold it, Rumba's do not)"
            ),
        ));
    }
    Ok(found)
}

fn getitem(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let (ns, name) = place(vm, a, "__getitem__")?;
    match name {
        Some(name) => match lookup(vm, ns, &name)? {
            Some(v) => Ok(v),
            None => Err(vm.missing_key(a[1])),
        },
        None => Err(vm.missing_key(a[1])),
    }
}

fn contains(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let (ns, name) = place(vm, a, "__contains__")?;
    Ok(Value::Bool(match name {
        Some(name) => lookup(vm, ns, &name)?.is_some(),
        None => false,
    }))
}

fn get(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("get", kw)?;
    if a.len() > 3 {
        return Err(RawError::type_error(format!("get expected at most 2 arguments, got {}", a.len() - 1)).into());
    }
    let (ns, name) = place(vm, a, "get")?;
    let default = a.get(2).copied().unwrap_or(Value::None);
    Ok(match name {
        Some(name) => lookup(vm, ns, &name)?.unwrap_or(default),
        None => default,
    })
}

/// Binds global `name`; a key that is not a str is refused (CPython's
/// module dict would keep it, Rumba's slots cannot).
fn bind(vm: &mut Vm, ns: u32, name: Option<std::rc::Rc<str>>, value: Value) -> Result<(), PyError> {
    let Some(name) = name else {
        return Err(PyError::new(
            ExcKind::NotImplementedError,
            "a key of globals() that is not a str is not supported by Rumba",
        ));
    };
    vm.set_global_in(ns, &name, value);
    Ok(())
}

fn setitem(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    if a.len() != 3 {
        return Err(RawError::type_error(format!("expected 2 arguments, got {}", a.len().saturating_sub(1))).into());
    }
    let (ns, name) = place(vm, a, "__setitem__")?;
    bind(vm, ns, name, a[2])?;
    Ok(Value::None)
}

/// Unbinds global `name` of `ns` if it is bound, giving its value.
fn unbind(vm: &mut Vm, ns: u32, name: Option<&str>) -> Result<Option<Value>, PyError> {
    let Some(name) = name else { return Ok(None) };
    let found = lookup(vm, ns, name)?;
    if found.is_some() {
        let slot = vm.find_global_slot(ns, name).expect("a bound global has a slot");
        vm.globals[slot as usize] = Value::Undef;
    }
    Ok(found)
}

fn delitem(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let (ns, name) = place(vm, a, "__delitem__")?;
    match unbind(vm, ns, name.as_deref())? {
        Some(_) => Ok(Value::None),
        None => Err(vm.missing_key(a[1])),
    }
}

fn pop(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("pop", kw)?;
    if a.len() > 3 {
        return Err(RawError::type_error(format!("pop expected at most 2 arguments, got {}", a.len() - 1)).into());
    }
    let (ns, name) = place(vm, a, "pop")?;
    match (unbind(vm, ns, name.as_deref())?, a.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(&default)) => Ok(default),
        (None, None) => Err(vm.missing_key(a[1])),
    }
}

fn setdefault(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("setdefault", kw)?;
    if a.len() > 3 {
        return Err(
            RawError::type_error(format!("setdefault expected at most 2 arguments, got {}", a.len() - 1)).into(),
        );
    }
    let (ns, name) = place(vm, a, "setdefault")?;
    if let Some(name) = &name {
        if let Some(v) = lookup(vm, ns, name)? {
            return Ok(v);
        }
    }
    let default = a.get(2).copied().unwrap_or(Value::None);
    bind(vm, ns, name, default)?;
    Ok(default)
}

/// `update(mapping, **names)` with a dict (or nothing) and keywords.
fn update(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, a, GLOBALS_LAYOUT)?;
    let Value::Int(ns) = field(vm, st, NAMESPACE) else {
        return Err(RawError::type_error("descriptor of 'dict' object needs a dict").into());
    };
    let ns = ns as u32;
    if rest.len() > 1 {
        return Err(RawError::type_error(format!("update expected at most 1 argument, got {}", rest.len())).into());
    }
    if let Some(&other) = rest.first() {
        let pairs: Vec<(Value, Value)> = match other.as_obj().and_then(|r| vm.heap.dict(r)) {
            Some(d) => d
                .table
                .iter()
                .filter(|e| !matches!(e.key, Value::Undef))
                .map(|e| (e.key, e.value))
                .collect(),
            None => {
                return Err(PyError::new(
                    ExcKind::NotImplementedError,
                    "globals().update() with anything but a dict is not supported by Rumba",
                ))
            }
        };
        for (key, value) in pairs {
            let name = vm.as_str_rc(key);
            bind(vm, ns, name, value)?;
        }
    }
    for k in kw {
        vm.set_global_in(ns, &k.name, k.value);
    }
    Ok(Value::None)
}

/// `g == other`: the same module's globals are equal; comparing the
/// entries with a dict's is refused, as listing them is.
fn eq(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    match a {
        [this, other] if this.is(*other) => Ok(Value::Bool(true)),
        [_, other] if is_view(vm, *other) => Ok(Value::Bool(false)),
        _ => refused(vm, a, &[]),
    }
}

fn ne(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    match eq(vm, a, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn unhashable(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(RawError::type_error("unhashable type: 'dict'").into())
}

/// Whatever needs every name of the module, in CPython's order.
fn refused(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(PyError::new(
        ExcKind::NotImplementedError,
        "listing, counting or printing globals() is not supported by Rumba (CPython's module dict holds names \
         Rumba's does not, in the order they were first bound)",
    ))
}
