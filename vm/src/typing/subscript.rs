//! Building type hints: subscripting a class or a `typing` name
//! (`list[int]`, `Dict[str, int]`, `Optional[int]`), `|` between classes
//! (`int | None`), and substituting a generic alias's type variables
//! (`Pair = tuple[T, T]; Pair[int]`). The checks and messages are those of
//! CPython 3.11 (Objects/genericaliasobject.c, Objects/unionobject.c,
//! Lib/typing.py).

use super::{alloc, get, is_ellipsis, none_type, Shape, Special, TypingObj};
use crate::error::PyError;
use crate::error::{OpResult, RawError};
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// `container[index]` where `container` is a class or a type hint.
#[cold]
#[inline(never)]
pub fn subscript(vm: &mut Vm, container: Value, index: Value) -> Result<Value, PyError> {
    let r = container.as_obj().expect("the caller matched an object");
    let args = subscript_args(vm, index);
    if let Obj::Type(kind) = vm.heap.get(r) {
        return match kind {
            TypeKind::List
            | TypeKind::Dict
            | TypeKind::Tuple
            | TypeKind::Type
            | TypeKind::Set
            | TypeKind::FrozenSet => Ok(alloc(
                vm,
                TypingObj::Generic {
                    origin: container,
                    args: args.into(),
                    callable: false,
                },
            )),
            _ => Err(RawError::type_error(format!("type '{}' is not subscriptable", kind.name())).into()),
        };
    }
    let t = get(vm, container).expect("the caller matched a type hint");
    match t {
        TypingObj::Special(s) => {
            let s = *s;
            subscript_special(vm, s, index, args)
        }
        TypingObj::Generic { .. } | TypingObj::Union(_) | TypingObj::Subscripted { .. } => {
            substitute_parameters(vm, container, args)
        }
        TypingObj::Abc(s) => {
            let s = *s;
            subscript_abc(vm, s, container, index, args)
        }
        _ => Err(RawError::type_error(format!("'{}' object is not subscriptable", t.kind().name())).into()),
    }
}

/// The items of `x[a, b]` (a tuple index) or `x[a]`.
pub(super) fn subscript_args(vm: &Vm, index: Value) -> Vec<Value> {
    match index.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => vec![index],
    }
}

fn is_tuple(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_)))
}

fn typing_error(msg: String) -> PyError {
    RawError::type_error(msg).into()
}

/// `typing._type_convert`: None stands for `NoneType`, a str for the
/// class it will name (`ForwardRef('Node')`).
pub(super) fn convert(vm: &mut Vm, v: Value) -> Value {
    if v.is_none() {
        return none_type(vm);
    }
    match vm.as_str_rc(v) {
        Some(name) => alloc(vm, TypingObj::ForwardRef(Box::from(&*name))),
        None => v,
    }
}

/// `typing._type_check`: converts a type argument and refuses what cannot
/// be one (a bare `Optional`, a `ClassVar[int]` inside another hint, a
/// tuple), with `msg` starting the tuple's message.
pub(super) fn type_check(vm: &mut Vm, v: Value, msg: &str) -> Result<Value, PyError> {
    let v = convert(vm, v);
    match get(vm, v) {
        Some(TypingObj::Subscripted {
            form: Special::ClassVar | Special::Final,
            ..
        }) => return Err(typing_error(format!("{} is not valid as type argument", vm.repr(v)?))),
        Some(TypingObj::Special(s)) => {
            let plain_form = !matches!(
                s.shape(),
                Shape::Bare | Shape::Any | Shape::Alias(..) | Shape::Tuple | Shape::Callable | Shape::Annotated
            );
            if plain_form {
                return Err(typing_error(format!(
                    "Plain typing.{} is not valid as type argument",
                    s.name()
                )));
            }
        }
        _ => {}
    }
    if is_tuple(vm, v) {
        let shown: String = vm.repr(v)?.chars().take(100).collect();
        return Err(typing_error(format!("{msg} Got {shown}.")));
    }
    Ok(v)
}

fn type_check_all(vm: &mut Vm, args: Vec<Value>, msg: &str) -> Result<Vec<Value>, PyError> {
    args.into_iter().map(|a| type_check(vm, a, msg)).collect()
}

fn subscripted(vm: &mut Vm, form: Special, args: Vec<Value>) -> Value {
    alloc(
        vm,
        TypingObj::Subscripted {
            form,
            args: args.into(),
        },
    )
}

/// `typing.X[index]`.
fn subscript_special(vm: &mut Vm, s: Special, index: Value, args: Vec<Value>) -> Result<Value, PyError> {
    let name = s.name();
    match s.shape() {
        Shape::Alias(_, expected) => {
            let args = type_check_all(vm, args, "Parameters to generic types must be types.")?;
            check_count(&format!("typing.{name}"), args.len(), expected as usize)?;
            Ok(subscripted(vm, s, args))
        }
        Shape::Tuple => {
            let args = if args.len() >= 2 && is_ellipsis(vm, args[args.len() - 1]) {
                let (types, dots) = args.split_at(args.len() - 1);
                let mut checked = type_check_all(vm, types.to_vec(), "Tuple[t, ...]: t must be a type.")?;
                checked.push(dots[0]);
                checked
            } else {
                // `Tuple[()]` is the empty tuple type: its index is `()`.
                type_check_all(vm, args, "Tuple[t0, t1, ...]: each t must be a type.")?
            };
            Ok(subscripted(vm, s, args))
        }
        Shape::Callable => subscript_callable(vm, index, args),
        Shape::Optional => {
            let arg = type_check(vm, index, "typing.Optional requires a single type.")?;
            let none = none_type(vm);
            typing_union(vm, vec![arg, none])
        }
        Shape::Union => {
            if is_tuple(vm, index) && args.is_empty() {
                return Err(typing_error("Cannot take a Union of no types.".into()));
            }
            let args = type_check_all(vm, args, "Union[arg, ...]: each arg must be a type.")?;
            typing_union(vm, args)
        }
        Shape::OneType => {
            let msg = match s {
                Special::Required | Special::NotRequired => format!("{name} accepts only a single type."),
                _ => format!("typing.{name} accepts only single type."),
            };
            let arg = type_check(vm, index, &msg)?;
            Ok(subscripted(vm, s, vec![arg]))
        }
        Shape::Literal => {
            let mut values: Vec<Value> = Vec::new();
            for a in args {
                let flattened = match get(vm, a) {
                    Some(TypingObj::Subscripted {
                        form: Special::Literal,
                        args,
                    }) => args.to_vec(),
                    _ => vec![a],
                };
                for v in flattened {
                    if !contains_literal(vm, &values, v)? {
                        values.push(v);
                    }
                }
            }
            Ok(subscripted(vm, s, values))
        }
        Shape::Annotated => {
            if !is_tuple(vm, index) || args.len() < 2 {
                return Err(typing_error(
                    "Annotated[...] should be used with at least two arguments (a type and an annotation).".into(),
                ));
            }
            let origin = convert(vm, args[0]);
            // `Annotated[Annotated[int, a], b]` is `Annotated[int, a, b]`.
            let mut all = match get(vm, origin) {
                Some(TypingObj::Subscripted {
                    form: Special::Annotated,
                    args,
                }) => args.to_vec(),
                _ => vec![origin],
            };
            all.extend_from_slice(&args[1..]);
            Ok(subscripted(vm, s, all))
        }
        Shape::Bare => Err(typing_error(format!("typing.{name} is not subscriptable"))),
        Shape::Any => Err(typing_error("type 'Any' is not subscriptable".into())),
    }
}

/// Whether `Literal` already holds `v`: the same value of the same type
/// (`Literal[1, True]` keeps both).
fn contains_literal(vm: &Vm, values: &[Value], v: Value) -> OpResult<bool> {
    for w in values {
        if vm.type_kind(*w) == vm.type_kind(v) && vm.eq(*w, v)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The parameters and the result of `Callable[params, result]` (two
/// items, given as a tuple), or CPython's TypeError for any other form.
fn callable_form(vm: &Vm, index: Value, args: &[Value]) -> Result<(Value, Value), PyError> {
    match *args {
        [params, result] if is_tuple(vm, index) => Ok((params, result)),
        _ => Err(typing_error(
            "Callable must be used as Callable[[arg, ...], result].".into(),
        )),
    }
}

/// `Callable[[A, B], R]`, `Callable[..., R]`: the arguments are kept
/// flat, the result last.
fn subscript_callable(vm: &mut Vm, index: Value, args: Vec<Value>) -> Result<Value, PyError> {
    let (params, result) = callable_form(vm, index, &args)?;
    let result = type_check(vm, result, "Callable[args, result]: result must be a type.")?;
    let mut flat = if is_ellipsis(vm, params) {
        vec![params]
    } else {
        let items = match params.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::List(items)) => items.to_vec(),
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => vec![params],
        };
        items.into_iter().map(|a| convert(vm, a)).collect()
    };
    flat.push(result);
    Ok(subscripted(vm, Special::Callable, flat))
}

/// `collections.abc.X[index]`: a `types.GenericAlias`, whose arguments
/// CPython neither converts nor counts; `Callable[[A, B], R]` keeps them
/// flat (`(A, B, R)`), as `typing.Callable` does.
fn subscript_abc(vm: &mut Vm, s: Special, origin: Value, index: Value, args: Vec<Value>) -> Result<Value, PyError> {
    let callable = s.shape() == Shape::Callable;
    let args = match s.shape() {
        Shape::Alias(_, 0) => {
            return Err(typing_error(format!(
                "type '{}' is not subscriptable",
                super::abc_name(s)
            )))
        }
        Shape::Callable => {
            let (params, result) = callable_form(vm, index, &args)?;
            let mut flat = match params.as_obj().map(|r| vm.heap.get(r)) {
                Some(Obj::List(items)) => items.to_vec(),
                Some(Obj::Tuple(items)) => items.to_vec(),
                _ if is_ellipsis(vm, params) => vec![params],
                _ => {
                    return Err(typing_error(format!(
                        "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {}",
                        vm.str_of(params)?
                    )))
                }
            };
            flat.push(result);
            flat
        }
        _ => args,
    };
    Ok(alloc(
        vm,
        TypingObj::Generic {
            origin,
            args: args.into(),
            callable,
        },
    ))
}

/// `Too many arguments for typing.List; actual 2, expected 1`.
fn check_count(shown: &str, actual: usize, expected: usize) -> Result<(), PyError> {
    if expected == 0 {
        return Err(typing_error(format!("{shown} is not a generic class")));
    }
    if actual != expected {
        let which = if actual > expected { "many" } else { "few" };
        return Err(typing_error(format!(
            "Too {which} arguments for {shown}; actual {actual}, expected {expected}"
        )));
    }
    Ok(())
}

/// `typing.Union[...]` of checked arguments: nested unions flattened,
/// repeats dropped (first kept), one member left standing for itself.
fn typing_union(vm: &mut Vm, args: Vec<Value>) -> Result<Value, PyError> {
    let mut flat = Vec::new();
    for a in args {
        match get(vm, a) {
            Some(
                TypingObj::Union(members)
                | TypingObj::Subscripted {
                    form: Special::Union,
                    args: members,
                },
            ) => flat.extend_from_slice(members),
            _ => flat.push(a),
        }
    }
    let mut members: Vec<Value> = Vec::new();
    for a in flat {
        let mut repeat = false;
        for m in &members {
            if m.is(a) || vm.eq(*m, a)? {
                repeat = true;
                break;
            }
        }
        if !repeat {
            members.push(a);
        }
    }
    if members.len() == 1 {
        return Ok(members[0]);
    }
    Ok(subscripted(vm, Special::Union, members))
}

/// `int | None` as `types.UnionType` builds it: unions flattened, None as
/// `NoneType`, repeats dropped (by identity, by equality for `list[int]`).
fn union_type(vm: &mut Vm, a: Value, b: Value) -> Result<Value, PyError> {
    let mut flat = Vec::new();
    for v in [a, b] {
        match get(vm, v) {
            Some(TypingObj::Union(members)) => flat.extend_from_slice(members),
            _ if v.is_none() => flat.push(none_type(vm)),
            _ => flat.push(v),
        }
    }
    let mut members: Vec<Value> = Vec::new();
    for v in flat {
        let mut repeat = false;
        for m in &members {
            let both_generic = matches!(get(vm, *m), Some(TypingObj::Generic { .. }))
                && matches!(get(vm, v), Some(TypingObj::Generic { .. }));
            if m.is(v) || (both_generic && vm.eq(*m, v)?) {
                repeat = true;
                break;
            }
        }
        if !repeat {
            members.push(v);
        }
    }
    if members.len() == 1 {
        return Ok(members[0]);
    }
    Ok(alloc(vm, TypingObj::Union(members.into())))
}

/// What `|` does with `a` and `b` when a class or type hint is involved:
/// a `types.UnionType` between classes, `list[int]` and None, a
/// `typing.Union` when either side is a `typing` object (its `__or__` or
/// `__ror__`). None when neither side defines `|` this way (the caller
/// raises the usual TypeError).
#[cold]
#[inline(never)]
pub fn union_op(vm: &mut Vm, a: Value, b: Value) -> Option<Result<Value, PyError>> {
    let defines_or = |vm: &Vm, v: Value| match v.as_obj().map(|r| vm.heap.get(r)) {
        // `type.__or__`: every class, a script's or a module's too.
        Some(Obj::Type(_) | Obj::Class(_)) => true,
        Some(Obj::Typing(t)) => t.is_unionable(),
        _ => false,
    };
    let unionable = |vm: &Vm, v: Value| v.is_none() || defines_or(vm, v);
    let typing_or = |vm: &Vm, v: Value| {
        matches!(
            get(vm, v),
            Some(
                TypingObj::Special(_)
                    | TypingObj::Subscripted { .. }
                    | TypingObj::TypeVar { .. }
                    | TypingObj::NewType { .. }
            )
        ) && !get(vm, v).is_some_and(|t| t.is_unionable())
    };
    if typing_or(vm, a) {
        return Some(typing_or_union(vm, a, b));
    }
    if unionable(vm, a) && unionable(vm, b) && (defines_or(vm, a) || defines_or(vm, b)) {
        return Some(union_type(vm, a, b));
    }
    if typing_or(vm, b) {
        return Some(typing_or_union(vm, a, b));
    }
    None
}

/// `Union[a, b]`, as the `typing` objects' `__or__` builds it.
fn typing_or_union(vm: &mut Vm, a: Value, b: Value) -> Result<Value, PyError> {
    let args = type_check_all(vm, vec![a, b], "Union[arg, ...]: each arg must be a type.")?;
    typing_union(vm, args)
}

// ---- substituting type variables ---------------------------------------

/// How deeply nested a hint may be for `alias[...]` to look inside it; a
/// script can nest `list[list[...]]` deeper than the host stack allows.
const MAX_DEPTH: usize = 900;

fn too_deep() -> PyError {
    RawError::new(
        crate::error::ExcKind::RecursionError,
        "maximum recursion depth exceeded",
    )
    .into()
}

/// The type variables of a hint, in order of first appearance (CPython's
/// `__parameters__`).
fn parameters(vm: &Vm, v: Value, out: &mut Vec<Value>, depth: usize) -> Result<(), PyError> {
    if depth > MAX_DEPTH {
        return Err(too_deep());
    }
    match get(vm, v) {
        Some(TypingObj::TypeVar { .. }) if !out.iter().any(|p| p.is(v)) => out.push(v),
        Some(t) => {
            for a in t.args().unwrap_or_default() {
                parameters(vm, *a, out, depth + 1)?;
            }
        }
        None => {}
    }
    Ok(())
}

/// `alias[args]` for an alias already subscripted: its type variables,
/// in order, are replaced by `args`.
fn substitute_parameters(vm: &mut Vm, alias: Value, args: Vec<Value>) -> Result<Value, PyError> {
    let mut params = Vec::new();
    parameters(vm, alias, &mut params, 0)?;
    if args.len() != params.len() || params.is_empty() {
        let shown = vm.repr(alias)?;
        check_count(&shown, args.len(), params.len())?;
    }
    let is_typing = matches!(get(vm, alias), Some(TypingObj::Subscripted { .. }));
    let args = if is_typing {
        type_check_all(vm, args, "Parameters to generic types must be types.")?
    } else {
        args
    };
    substitute(vm, alias, &params, &args, 0)
}

/// `v` with each type variable in `params` replaced by the matching arg.
fn substitute(vm: &mut Vm, v: Value, params: &[Value], args: &[Value], depth: usize) -> Result<Value, PyError> {
    if let Some(i) = params.iter().position(|p| p.is(v)) {
        return Ok(args[i]);
    }
    if depth > MAX_DEPTH {
        return Err(too_deep());
    }
    let rebuilt = match get(vm, v) {
        Some(TypingObj::Generic {
            origin,
            args: own,
            callable,
        }) => (Some((*origin, *callable)), None, own.to_vec()),
        Some(TypingObj::Subscripted { form, args: own }) => (None, Some(*form), own.to_vec()),
        Some(TypingObj::Union(own)) => (None, None, own.to_vec()),
        _ => return Ok(v),
    };
    let (origin, form, own) = rebuilt;
    let mut new_args = Vec::with_capacity(own.len());
    for a in own {
        new_args.push(substitute(vm, a, params, args, depth + 1)?);
    }
    Ok(match (origin, form) {
        (Some((origin, callable)), _) => alloc(
            vm,
            TypingObj::Generic {
                origin,
                args: new_args.into(),
                callable,
            },
        ),
        (None, Some(Special::Union)) => typing_union(vm, new_args)?,
        (None, Some(form)) => subscripted(vm, form, new_args),
        (None, None) => {
            let mut union = new_args[0];
            for a in &new_args[1..] {
                union = match union_op(vm, union, *a) {
                    Some(u) => u?,
                    None => return Err(vm.unsupported(crate::ops::arith::BinOp::BitOr, union, *a).into()),
                };
            }
            union
        }
    })
}
