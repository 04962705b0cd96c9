//! How type hints print: `list[int]`, `int | None`,
//! `typing.Optional[int]`, `typing.Callable[[int], str]`, `~T`.
//!
//! CPython has two ways of printing a type argument: `types.GenericAlias`
//! and `int | None` use `_Py_typing_type_repr` (a class by its qualified
//! name, a function as `__main__.f`), while `typing`'s aliases use
//! `typing._type_repr` (a function by its bare name). `Style` picks one.

use super::{is_ellipsis, Shape, Special, TypingObj};
use crate::error::OpResult;
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// Writes the repr of a value nested in a type hint (tracking cycles,
/// as `repr` of a container does).
pub(crate) type Nested<'a> = dyn FnMut(Value, &mut String) -> OpResult<()> + 'a;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `types.GenericAlias` and `types.UnionType`.
    Types,
    /// The aliases of the `typing` module.
    Typing,
}

/// `repr(t)`.
#[cold]
#[inline(never)]
pub(crate) fn write_repr(vm: &Vm, t: &TypingObj, out: &mut String, nested: &mut Nested) -> OpResult<()> {
    match t {
        TypingObj::Ellipsis => out.push_str("Ellipsis"),
        TypingObj::Feature(text) => out.push_str(text),
        TypingObj::Generic { origin, args, callable } => {
            write_item(vm, *origin, Style::Types, out, nested)?;
            if *callable {
                write_callable_args(vm, args, Style::Types, out, nested)?;
            } else {
                write_args(vm, args, Style::Types, out, nested)?;
            }
        }
        TypingObj::ClassAlias { origin, args } => {
            write_item(vm, *origin, Style::Typing, out, nested)?;
            write_args(vm, args, Style::Typing, out, nested)?;
        }
        TypingObj::Abc(s) => {
            out.push_str("<class 'collections.abc.");
            out.push_str(super::abc_name(*s));
            out.push_str("'>");
        }
        TypingObj::Union(args) => {
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                if is_none_type(vm, *a) {
                    out.push_str("None");
                } else {
                    write_item(vm, *a, Style::Types, out, nested)?;
                }
            }
        }
        TypingObj::Special(Special::Annotated) => out.push_str("<class 'typing.Annotated'>"),
        TypingObj::Special(s) => {
            out.push_str("typing.");
            out.push_str(s.name());
        }
        TypingObj::Subscripted { form, args } => write_subscripted(vm, *form, args, out, nested)?,
        TypingObj::TypeVar { name, variance } => {
            out.push(*variance);
            out.push_str(name);
        }
        TypingObj::ForwardRef(name) => {
            out.push_str("ForwardRef(");
            out.push_str(&crate::format::str_repr(name));
            out.push(')');
        }
        // Rumba runs one script, so a NewType's module is `__main__`.
        TypingObj::NewType { name, .. } => {
            out.push_str("__main__.");
            out.push_str(name);
        }
    }
    Ok(())
}

fn write_subscripted(vm: &Vm, form: Special, args: &[Value], out: &mut String, nested: &mut Nested) -> OpResult<()> {
    match form.shape() {
        Shape::Union => {
            if let [a, b] = args {
                let other = match (is_none_type(vm, *a), is_none_type(vm, *b)) {
                    (true, _) => Some(*b),
                    (_, true) => Some(*a),
                    _ => None,
                };
                if let Some(other) = other {
                    out.push_str("typing.Optional[");
                    write_item(vm, other, Style::Typing, out, nested)?;
                    out.push(']');
                    return Ok(());
                }
            }
        }
        Shape::Callable => {
            out.push_str("typing.Callable");
            return write_callable_args(vm, args, Style::Typing, out, nested);
        }
        Shape::Annotated => {
            out.push_str("typing.Annotated[");
            write_item(vm, args[0], Style::Typing, out, nested)?;
            for m in &args[1..] {
                out.push_str(", ");
                nested(*m, out)?;
            }
            out.push(']');
            return Ok(());
        }
        _ => {}
    }
    out.push_str("typing.");
    out.push_str(form.name());
    write_args(vm, args, Style::Typing, out, nested)
}

/// A callable's arguments, kept flat (`(A, B, R)` or `(..., R)`), shown
/// as written: `[[A, B], R]` or `[..., R]`.
fn write_callable_args(vm: &Vm, args: &[Value], style: Style, out: &mut String, nested: &mut Nested) -> OpResult<()> {
    if args.len() == 2 && is_ellipsis(vm, args[0]) {
        return write_args(vm, args, style, out, nested);
    }
    let (params, result) = args.split_at(args.len() - 1);
    out.push_str("[[");
    write_list(vm, params, style, out, nested)?;
    out.push_str("], ");
    write_item(vm, result[0], style, out, nested)?;
    out.push(']');
    Ok(())
}

/// `[a, b]`, or `[()]` for no arguments (`tuple[()]`).
fn write_args(vm: &Vm, args: &[Value], style: Style, out: &mut String, nested: &mut Nested) -> OpResult<()> {
    out.push('[');
    if args.is_empty() {
        out.push_str("()");
    } else {
        write_list(vm, args, style, out, nested)?;
    }
    out.push(']');
    Ok(())
}

fn write_list(vm: &Vm, items: &[Value], style: Style, out: &mut String, nested: &mut Nested) -> OpResult<()> {
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_item(vm, *a, style, out, nested)?;
    }
    Ok(())
}

/// One type argument: a class by its (qualified) name, `...` as itself,
/// a function by name, anything else by its repr.
fn write_item(vm: &Vm, v: Value, style: Style, out: &mut String, nested: &mut Nested) -> OpResult<()> {
    let Some(r) = v.as_obj() else {
        return nested(v, out);
    };
    match vm.heap.get(r) {
        Obj::Type(kind) => out.push_str(class_name(kind)),
        Obj::Typing(TypingObj::Ellipsis) => out.push_str("..."),
        Obj::Class(_) => out.push_str(&vm.class_path(r)),
        Obj::Typing(TypingObj::Special(Special::Annotated)) => out.push_str("typing.Annotated"),
        Obj::Typing(TypingObj::Abc(s)) => {
            out.push_str("collections.abc.");
            out.push_str(super::abc_name(*s));
        }
        Obj::Function(f) => {
            if style == Style::Types {
                out.push_str("__main__.");
                out.push_str(&vm.code(f.code).code.qualname);
            } else {
                out.push_str(&vm.code(f.code).code.name);
            }
        }
        Obj::Native(f) if style == Style::Types && crate::builtins::BUILTINS.iter().any(|b| b.name == f.name) => {
            out.push_str(f.name)
        }
        _ => nested(v, out)?,
    }
    Ok(())
}

/// A class as a type argument names it: `int`, or with its module when
/// that is not `builtins` (`typing.TypeVar`).
fn class_name(kind: TypeKind) -> &'static str {
    match kind {
        TypeKind::Typing(k) => k.qualified_name(),
        _ => kind.name(),
    }
}

fn is_none_type(vm: &Vm, v: Value) -> bool {
    v.as_obj()
        .is_some_and(|r| matches!(vm.heap.get(r), Obj::Type(TypeKind::NoneType)))
}
