//! `typing.Generic` and `typing.Protocol`: classes a script derives from
//! (`class Stack(Generic[T]):`, `class Comparable(Protocol):`), and what
//! subscripting such a class makes (`Stack[int]`, a
//! `typing._GenericAlias` that instantiates `Stack` when called).
//!
//! Both are ordinary classes of the `typing` module, so deriving from
//! them needs nothing of the class machinery beyond replacing an alias
//! base by its class (CPython's `__mro_entries__`). A class of the family
//! keeps its type variables in `__parameters__`, which is what decides
//! whether it can be subscripted and with how many arguments.

use super::{alloc, get, TypingObj};
use crate::error::{PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// The classes `typing.Generic` and `typing.Protocol` (a subclass of
/// `Generic`), for the module's namespace.
pub(super) fn classes(vm: &mut Vm) -> [(&'static str, Value); 2] {
    use crate::modules::native_class::{make_class_in, make_subclass};
    let generic = make_class_in(vm, "typing", "Generic", &[], &[]);
    let generic_ref = generic.as_obj().expect("a class");
    let protocol = make_subclass(
        vm,
        "typing",
        "Protocol",
        generic_ref,
        &[("__init__", protocol_init)],
        &[],
    );
    [("Generic", generic), ("Protocol", protocol)]
}

/// The attribute that marks a protocol class (one that names `Protocol`
/// among its bases) apart from a class that implements one.
const IS_PROTOCOL: &str = "_is_protocol";

/// `__init__` of the classes deriving from `Protocol` that define none: a
/// protocol itself cannot be instantiated; a class implementing one is
/// initialized as `object.__init__` would.
fn protocol_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let class = args.first().and_then(|this| vm.class_of(*this));
    let Some(class) = class else {
        return Err(RawError::type_error("Protocols cannot be instantiated").into());
    };
    if class_dict_get(vm, class, IS_PROTOCOL).is_some_and(|v| matches!(v, Value::Bool(true))) {
        return Err(RawError::type_error("Protocols cannot be instantiated").into());
    }
    if args.len() > 1 || !kwargs.is_empty() {
        let name = vm.class_name(class);
        return Err(RawError::type_error(format!("{name}() takes no arguments")).into());
    }
    Ok(Value::None)
}

/// Records in the namespace `ns` of a class deriving from `bases`
/// (resolved) whether it is a protocol: one that names `Protocol` (or
/// `Protocol[...]`) among the `written` bases.
pub(crate) fn mark_protocol(vm: &mut Vm, written: &[Value], bases: &[Value], ns: Value) -> Result<(), PyError> {
    let Some(protocol) = typing_class(vm, "Protocol") else {
        return Ok(());
    };
    if !bases
        .iter()
        .any(|b| b.as_obj().is_some_and(|r| vm.mro(r).contains(&protocol)))
    {
        return Ok(());
    }
    let names_protocol = written.iter().any(|b| {
        b.as_obj() == Some(protocol)
            || matches!(get(vm, *b), Some(TypingObj::ClassAlias { origin, .. }) if origin.as_obj() == Some(protocol))
    });
    let key = Value::Obj(vm.heap.intern(IS_PROTOCOL));
    vm.dict_set(
        ns.as_obj().expect("the namespace dict"),
        key,
        Value::Bool(names_protocol),
    )?;
    Ok(())
}

/// `typing.<name>` if the script imported `typing` (no class can derive
/// from its classes before that).
pub(super) fn typing_attr(vm: &Vm, name: &str) -> Option<Value> {
    let m = vm.modules.get("typing")?;
    match vm.heap.get(m.as_obj()?) {
        Obj::Module(m) => {
            let name = vm.heap.find_interned(name)?;
            vm.shapes.slot(m.shape(), name).map(|slot| m.slots[slot])
        }
        _ => None,
    }
}

fn typing_class(vm: &Vm, name: &str) -> Option<ObjRef> {
    typing_attr(vm, name)?.as_obj()
}

/// Whether `class` derives from `typing.Generic` (or is it).
fn is_generic_family(vm: &Vm, class: ObjRef) -> bool {
    typing_class(vm, "Generic").is_some_and(|g| vm.mro(class).contains(&g))
}

fn class_dict_get(vm: &Vm, class: ObjRef, name: &str) -> Option<Value> {
    let Obj::Class(c) = vm.heap.get(class) else { return None };
    let key = vm.heap.find_interned(name)?;
    vm.dict_get(c.dict, Value::Obj(key)).ok().flatten()
}

fn is_type_var(vm: &Vm, v: Value) -> bool {
    matches!(get(vm, v), Some(TypingObj::TypeVar { .. }))
}

/// `Cls[index]` for a script's class: a `typing._GenericAlias` when `Cls`
/// is generic, else None (the caller raises "not subscriptable").
#[cold]
#[inline(never)]
pub fn subscript_class(vm: &mut Vm, class: Value, index: Value) -> Option<Result<Value, PyError>> {
    let r = class.as_obj()?;
    if !is_generic_family(vm, r) {
        return None;
    }
    Some(subscript_generic(vm, class, r, index))
}

fn subscript_generic(vm: &mut Vm, class: Value, r: ObjRef, index: Value) -> Result<Value, PyError> {
    let args = super::subscript::subscript_args(vm, index);
    let shown = format!("<class '{}'>", vm.class_path(r));
    let is_form = [typing_class(vm, "Generic"), typing_class(vm, "Protocol")].contains(&Some(r));
    if is_form {
        let name = vm.class_name(r);
        if args.is_empty() {
            return Err(RawError::type_error(format!("Parameter list to {name}[...] cannot be empty")).into());
        }
        if !args.iter().all(|a| is_type_var(vm, *a)) {
            return Err(RawError::type_error(format!(
                "Parameters to {name}[...] must all be type variables or parameter specification variables."
            ))
            .into());
        }
        for (i, a) in args.iter().enumerate() {
            if args[..i].iter().any(|b| b.is(*a)) {
                return Err(RawError::type_error(format!("Parameters to {name}[...] must all be unique")).into());
            }
        }
    } else {
        let expected = match class_dict_get(vm, r, "__parameters__") {
            Some(p) => vm.heap.tuple(p.as_obj().expect("a tuple")).map_or(0, |t| t.len()),
            None => 0,
        };
        if expected == 0 {
            return Err(RawError::type_error(format!("{shown} is not a generic class")).into());
        }
        if args.len() != expected {
            let many = if args.len() > expected { "many" } else { "few" };
            return Err(RawError::type_error(format!(
                "Too {many} arguments for {shown}; actual {}, expected {expected}",
                args.len()
            ))
            .into());
        }
        for a in &args {
            super::subscript::type_check(vm, *a, "Parameters to generic types must be types.")?;
        }
    }
    let args = args
        .into_iter()
        .map(|a| super::subscript::convert(vm, a))
        .collect::<Vec<_>>();
    Ok(alloc(
        vm,
        TypingObj::ClassAlias {
            origin: class,
            args: args.into(),
        },
    ))
}

/// The bases of a `class` statement with each `Cls[...]` replaced by
/// `Cls`, and `Generic` dropped where another base already derives from
/// it (CPython's `__mro_entries__`); None if no base is such an alias.
/// Also the type variables the new class is generic over: those of its
/// `Generic[...]` base, else those of its other aliases in order.
pub(crate) fn resolve_bases(vm: &Vm, bases: &[Value]) -> Option<(Vec<Value>, Vec<Value>)> {
    let generic = typing_class(vm, "Generic")?;
    let origins: Vec<Value> = bases
        .iter()
        .map(|b| match get(vm, *b) {
            Some(TypingObj::ClassAlias { origin, .. }) => *origin,
            _ => *b,
        })
        .collect();
    let any_alias = bases
        .iter()
        .any(|b| matches!(get(vm, *b), Some(TypingObj::ClassAlias { .. })));
    let derives_from_generic = |v: &Value| v.as_obj().is_some_and(|r| is_generic_family(vm, r));
    if !any_alias && !origins.iter().any(derives_from_generic) {
        return None;
    }
    let mut params = Vec::new();
    let mut declared = None;
    for b in bases {
        if let Some(TypingObj::ClassAlias { origin, args }) = get(vm, *b) {
            let is_form = origin.as_obj() == Some(generic) || origin.as_obj() == typing_class(vm, "Protocol");
            if is_form {
                declared = Some(args.to_vec());
            }
            for a in args.iter() {
                if is_type_var(vm, *a) && !params.iter().any(|p: &Value| p.is(*a)) {
                    params.push(*a);
                }
            }
        }
    }
    let others_generic = origins
        .iter()
        .any(|o| o.as_obj() != Some(generic) && derives_from_generic(o));
    let resolved = origins
        .into_iter()
        .filter(|o| !(others_generic && o.as_obj() == Some(generic)))
        .collect();
    Some((resolved, declared.unwrap_or(params)))
}
