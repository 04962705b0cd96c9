//! The `typing` and `__future__` modules.
//!
//! `typing`'s names that are objects (`List`, `Optional`, `Any`...) are
//! `TypingObj::Special`s; `TypeVar` and `NewType` are classes; `Generic`
//! and `Protocol` are classes to derive from (`generic.rs`); `NamedTuple`
//! makes named tuples (`named_tuple.rs`); the helper functions (`cast`,
//! `overload`, `final`...) do at run time what CPython's do. The names
//! that need machinery Rumba lacks (`TypedDict`, `ParamSpec`...) are
//! refused when imported, so a script never runs with a stand-in that
//! behaves differently.

use super::{alloc, Special, TypingKind, TypingObj};
use crate::builtins::args;
use crate::error::{ExcKind, RawError};
use crate::native::{KwArg, NativeFn, NativeFnPtr, NativeResult};
use crate::object::TypeKind;
use crate::value::Value;
use crate::vm::Vm;

/// Names of `typing` that Rumba cannot provide yet (they are classes a
/// script subclasses, or need introspection Rumba does not have).
const UNSUPPORTED: &[&str] = &[
    "TypedDict",
    "ParamSpec",
    "ParamSpecArgs",
    "ParamSpecKwargs",
    "TypeVarTuple",
    "Unpack",
    "Concatenate",
    "ForwardRef",
    "SupportsAbs",
    "SupportsBytes",
    "SupportsComplex",
    "SupportsFloat",
    "SupportsIndex",
    "SupportsInt",
    "SupportsRound",
    "IO",
    "TextIO",
    "BinaryIO",
    "Pattern",
    "Match",
    "get_type_hints",
    "get_origin",
    "get_args",
    "get_overloads",
    "clear_overloads",
    "is_typeddict",
    "dataclass_transform",
    "no_type_check_decorator",
    // It writes to stderr, which an embedded engine does not own.
    "reveal_type",
];

/// The error for a module attribute that is not there: for `typing`'s
/// unsupported names a `NotImplementedError` naming them (an import
/// passes it on instead of turning it into an `ImportError`), otherwise
/// CPython's `AttributeError`.
pub fn missing_module_attr(module: &str, name: &str) -> RawError {
    if module == "typing" && UNSUPPORTED.contains(&name) {
        return RawError::new(
            ExcKind::NotImplementedError,
            format!("'typing.{name}' is not supported by Rumba"),
        );
    }
    RawError::new(
        ExcKind::AttributeError,
        format!("module '{module}' has no attribute '{name}'"),
    )
}

fn function(vm: &mut Vm, name: &'static str, func: NativeFnPtr) -> (&'static str, Value) {
    (
        name,
        Value::Obj(vm.heap.alloc(crate::object::NativeObj::new(NativeFn { name, func }))),
    )
}

pub fn typing_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut attrs: Vec<(&'static str, Value)> = Special::ALL
        .iter()
        .map(|s| (s.name(), alloc(vm, TypingObj::Special(*s))))
        .collect();
    let type_var = vm.type_object(TypeKind::Typing(TypingKind::TypeVar));
    let new_type = vm.type_object(TypeKind::Typing(TypingKind::NewType));
    let text = vm.type_object(TypeKind::Str);
    let any_str = alloc(
        vm,
        TypingObj::TypeVar {
            name: "AnyStr".into(),
            variance: '~',
        },
    );
    attrs.extend([
        ("TypeVar", type_var),
        ("NewType", new_type),
        ("Text", text),
        ("AnyStr", any_str),
        ("TYPE_CHECKING", Value::Bool(false)),
    ]);
    attrs.extend([
        function(vm, "cast", cast),
        function(vm, "overload", overload),
        function(vm, "final", returns_argument),
        function(vm, "no_type_check", returns_argument),
        function(vm, "runtime_checkable", returns_argument),
        function(vm, "assert_type", assert_type),
        function(vm, "assert_never", assert_never),
        function(vm, "NamedTuple", super::named_tuple::named_tuple),
    ]);
    attrs.extend(super::generic::classes(vm));
    attrs
}

/// The features of `from __future__ import ...`, printed as CPython's
/// `_Feature` objects print.
const FEATURES: &[(&str, &str)] = &[
    (
        "nested_scopes",
        "_Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16)",
    ),
    (
        "generators",
        "_Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)",
    ),
    (
        "division",
        "_Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072)",
    ),
    (
        "absolute_import",
        "_Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144)",
    ),
    (
        "with_statement",
        "_Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288)",
    ),
    (
        "print_function",
        "_Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576)",
    ),
    (
        "unicode_literals",
        "_Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152)",
    ),
    (
        "barry_as_FLUFL",
        "_Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304)",
    ),
    (
        "generator_stop",
        "_Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608)",
    ),
    ("annotations", "_Feature((3, 7, 0, 'beta', 1), None, 16777216)"),
];

pub fn future_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut attrs: Vec<(&'static str, Value)> = FEATURES
        .iter()
        .map(|(name, shown)| (*name, alloc(vm, TypingObj::Feature(shown))))
        .collect();
    let names: Vec<Value> = FEATURES.iter().map(|(name, _)| vm.new_str(*name)).collect();
    let all = vm.new_list(names);
    attrs.push(("all_feature_names", all));
    attrs
}

// ---- the functions and classes ------------------------------------------

/// Binds the arguments of a function written in Python (`typing.py`),
/// with the messages a Python function gives.
fn bind_python<const N: usize>(
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
    params: [&str; N],
) -> Result<[Value; N], crate::error::PyError> {
    if args.len() > N {
        return Err(RawError::type_error(format!(
            "{name}() takes {N} positional argument{} but {} were given",
            if N == 1 { "" } else { "s" },
            args.len()
        ))
        .into());
    }
    let mut slots = [Value::Undef; N];
    slots[..args.len()].copy_from_slice(args);
    for kw in kwargs {
        match params.iter().position(|p| **p == *kw.name) {
            Some(i) if matches!(slots[i], Value::Undef) => slots[i] = kw.value,
            Some(_) => {
                return Err(
                    RawError::type_error(format!("{name}() got multiple values for argument '{}'", kw.name)).into(),
                )
            }
            None => {
                return Err(
                    RawError::type_error(format!("{name}() got an unexpected keyword argument '{}'", kw.name)).into(),
                )
            }
        }
    }
    let missing: Vec<&str> = (0..N)
        .filter(|&i| matches!(slots[i], Value::Undef))
        .map(|i| params[i])
        .collect();
    if !missing.is_empty() {
        return Err(crate::call::missing_arguments(name, &missing, "positional").into());
    }
    Ok(slots)
}

/// `cast(typ, val)`: `val`, unchanged.
fn cast(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [_, val] = bind_python("cast", args, kwargs, ["typ", "val"])?;
    Ok(val)
}

/// `assert_type(val, typ)`: `val`, unchanged (the check is static).
fn assert_type(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [val, _] = bind_python("assert_type", args, kwargs, ["val", "typ"])?;
    Ok(val)
}

/// `@final`, `@no_type_check`, `@runtime_checkable`: the argument itself.
fn returns_argument(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [f] = bind_python("decorator", args, kwargs, ["f"])?;
    Ok(f)
}

/// `assert_never(arg)`: reaching it is an error.
fn assert_never(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [arg] = bind_python("assert_never", args, kwargs, ["arg"])?;
    let shown: String = vm.repr(arg)?.chars().take(100).collect();
    Err(args::error(
        ExcKind::AssertionError,
        format!("Expected code to be unreachable, but got: {shown}"),
    ))
}

/// `@overload`: the decorated stub is replaced by one that refuses to be
/// called (the implementation defined after the stubs rebinds the name).
fn overload(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    bind_python("overload", args, kwargs, ["func"])?;
    Ok(function(vm, "_overload_dummy", overload_dummy).1)
}

fn overload_dummy(_vm: &mut Vm, _args: &[Value], _kwargs: &[KwArg]) -> NativeResult {
    Err(args::error(
        ExcKind::NotImplementedError,
        "You should not call an overloaded function. A series of @overload-decorated functions outside a stub \
         module should always be followed by an implementation that is not @overload-ed.",
    ))
}

/// Calling one of the classes this module defines: `TypeVar('T')`,
/// `NewType('UserId', int)`.
pub(crate) fn call_class(vm: &mut Vm, kind: TypingKind, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match kind {
        TypingKind::TypeVar => new_type_var(vm, args, kwargs),
        TypingKind::NewType => {
            let [name, supertype] = bind_python("NewType.__init__", args, kwargs, ["name", "tp"])?;
            let name = vm.str_of(name)?;
            Ok(alloc(
                vm,
                TypingObj::NewType {
                    name: name.into(),
                    supertype,
                },
            ))
        }
        TypingKind::GenericAlias => {
            if !kwargs.is_empty() {
                return Err(RawError::type_error("GenericAlias() takes no keyword arguments").into());
            }
            let &[origin, index] = args else {
                return Err(
                    RawError::type_error(format!("GenericAlias expected 2 arguments, got {}", args.len())).into(),
                );
            };
            Ok(generic_alias(vm, origin, index))
        }
        _ => Err(args::error(
            ExcKind::TypeError,
            format!("cannot create '{}' instances", kind.qualified_name()),
        )),
    }
}

/// `types.GenericAlias(origin, index)`: `origin[index]` as `list[int]` is.
fn generic_alias(vm: &mut Vm, origin: Value, index: Value) -> Value {
    let args = super::subscript::subscript_args(vm, index);
    alloc(
        vm,
        TypingObj::Generic {
            origin,
            args: args.into(),
            callable: false,
        },
    )
}

/// The `__class_getitem__` of a built-in class that CPython subscripts
/// (`deque[int]`, `Counter[str]`): a `types.GenericAlias`.
pub(crate) fn class_getitem(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("__class_getitem__", kwargs)?;
    let &[class, index] = args else {
        return Err(RawError::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))
        .into());
    };
    Ok(generic_alias(vm, class, index))
}

/// `TypeVar(name, *constraints, bound=None, covariant=False,
/// contravariant=False)`.
fn new_type_var(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some((&name, constraints)) = args.split_first() else {
        return Err(RawError::type_error("TypeVar.__init__() missing 1 required positional argument: 'name'").into());
    };
    let mut flags = [false; 2];
    let mut bound = false;
    for kw in kwargs {
        match &*kw.name {
            "covariant" => flags[0] = vm.truthy(kw.value),
            "contravariant" => flags[1] = vm.truthy(kw.value),
            "bound" => bound = !kw.value.is_none(),
            other => {
                return Err(RawError::type_error(format!(
                    "TypeVar.__init__() got an unexpected keyword argument '{other}'"
                ))
                .into())
            }
        }
    }
    if flags[0] && flags[1] {
        return Err(args::error(ExcKind::ValueError, "Bivariant types are not supported."));
    }
    if !constraints.is_empty() && bound {
        return Err(RawError::type_error("Constraints cannot be combined with bound=...").into());
    }
    if constraints.len() == 1 {
        return Err(RawError::type_error("A single constraint is not allowed").into());
    }
    let Some(name) = vm.as_str_rc(name) else {
        return Err(args::error(
            ExcKind::NotImplementedError,
            "a TypeVar whose name is not a str is not supported by Rumba",
        ));
    };
    let variance = match flags {
        [true, _] => '+',
        [_, true] => '-',
        _ => '~',
    };
    Ok(alloc(
        vm,
        TypingObj::TypeVar {
            name: Box::from(&*name),
            variance,
        },
    ))
}
