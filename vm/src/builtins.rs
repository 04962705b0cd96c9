//! The built-in functions every script can call without an import
//! (`print`, `len`, `sorted`, ...), and calling the built-in types
//! (`int(x)`, `list(it)`, ...). Each function checks its arguments and
//! words its errors exactly as CPython 3.11 does.
//!
//! This file holds the table and the functions about single values; the
//! rest are grouped by theme in the submodules.

pub(crate) mod args;
mod bytes;
mod dir;
mod dir_names;
mod exec;
mod globals;
mod slice;

pub(crate) use globals::is_view as globals_is_view;
mod iteration;
pub(crate) mod numbers;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
mod types;

pub use types::call_type;

use crate::error::ExcKind;
use crate::error::PyError;
use crate::format::{format_float, format_int, format_str, IntRef};
use crate::native::{KwArg, NativeFn, NativeFnPtr, NativeResult};
use crate::object::Obj;
use crate::ops::text::ascii_escape;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

/// Every built-in function, by the name scripts call it by. The built-in
/// types (`int`, `str`, `map`, ...) are type objects, called through
/// `call_type`.
pub static BUILTINS: &[NativeFn] = &[
    native("print", print),
    native("len", len),
    native("repr", repr),
    native("ascii", ascii),
    native("format", format),
    native("isinstance", isinstance),
    native("ord", ord),
    native("chr", chr),
    native("hash", hash),
    native("id", id),
    native("abs", numbers::abs),
    native("round", numbers::round),
    native("dir", dir::dir),
    native("divmod", numbers::divmod),
    native("pow", numbers::pow),
    native("sum", numbers::sum),
    native("hex", numbers::hex),
    native("oct", numbers::oct),
    native("bin", numbers::bin),
    native("min", iteration::min),
    native("max", iteration::max),
    native("sorted", iteration::sorted),
    native("reversed", iteration::reversed),
    native("iter", iteration::iter),
    native("next", iteration::next),
    native("aiter", crate::async_generator::builtin_aiter),
    native("anext", crate::async_generator::builtin_anext),
    native("any", iteration::any),
    native("all", iteration::all),
    native("callable", callable),
    native("getattr", getattr),
    native("hasattr", hasattr),
    native("vars", vars),
    native("setattr", crate::classes::setattr_builtin),
    native("delattr", crate::classes::delattr_builtin),
    native("issubclass", crate::classes::issubclass_builtin),
    native("super", crate::classes::super_builtin),
    native("staticmethod", crate::classes::staticmethod_builtin),
    native("classmethod", crate::classes::classmethod_builtin),
    native("property", crate::classes::property_builtin),
    native("exit", crate::modules::sys_exit),
    native("quit", crate::modules::sys_exit),
    native("input", crate::host_io::input),
    native("open", crate::host_io::open),
    native("globals", globals::globals),
    native("eval", exec::eval),
    native("exec", exec::exec),
    native("compile", exec::compile),
    native("locals", exec::locals),
    native("__import__", dunder_import),
];

const fn native(name: &'static str, func: NativeFnPtr) -> NativeFn {
    NativeFn { name, func }
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`. The line is
/// built whole and written once; when an item's `str()` fails, what CPython
/// wrote before it (the items and separators so far) is written, then the
/// error raised.
fn print(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [sep, end, file, flush] = args::bind("print", &[], kwargs, ["sep", "end", "file", "flush"])?;
    let sep = text_option(vm, sep, "sep")?.unwrap_or_else(|| " ".into());
    let end = text_option(vm, end, "end")?.unwrap_or_else(|| "\n".into());
    let file = file.filter(|f| !f.is_none());
    let mut pieces = Vec::with_capacity(2 * args.len() + 1);
    let mut failed = None;
    for (i, v) in args.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        match vm.str_value(*v) {
            Ok(text) => pieces.push(text),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    if failed.is_none() {
        pieces.push(end);
    }
    write_pieces(vm, file, pieces)?;
    if let Some(e) = failed {
        return Err(e);
    }
    if let Some(f) = flush {
        if !vm.truth(f)? {
            return Ok(Value::None);
        }
        match file {
            // A file of the script's is flushed by its own `flush()`, as
            // CPython calls it (an object without one is an AttributeError).
            Some(file) => {
                let method = vm.get_attr(file, "flush")?;
                vm.call_value(method, &[])?;
            }
            None => vm.flush_out(),
        }
    }
    Ok(Value::None)
}

/// `print`'s text to `file` (standard output when None).
fn write_pieces(vm: &mut Vm, file: Option<Value>, pieces: Vec<String>) -> Result<(), PyError> {
    if pieces.is_empty() {
        return Ok(());
    }
    match file {
        None => vm.write_out(&pieces.concat())?,
        Some(file) => match crate::host_io::print_to(vm, file, &pieces.concat()) {
            Some(written) => written?,
            // Any other object: its `write`, piece by piece, as CPython
            // calls it.
            None => {
                let write = vm.get_attr(file, "write")?;
                for piece in pieces {
                    let piece = vm.new_str(piece);
                    args::with_roots(vm, &[write, piece], |vm| vm.call_value(write, &[piece]))?;
                }
            }
        },
    }
    Ok(())
}

/// `sep=` and `end=`: None means the default.
fn text_option(vm: &Vm, v: Option<Value>, what: &str) -> Result<Option<String>, PyError> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(args::error(
                ExcKind::TypeError,
                format!("{what} must be None or a string, not {}", vm.type_name(v)),
            )),
        },
    }
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("len", args, kwargs)?;
    if let Some(n) = vm.instance_len(v)? {
        return Ok(Value::Int(n));
    }
    Ok(Value::Int(vm.len_of(v)?))
}

/// Whether `r` is the native function `func` (compared by address: one
/// function per built-in).
pub(crate) fn native_is(vm: &Vm, r: crate::heap::ObjRef, func: NativeFnPtr) -> bool {
    matches!(vm.heap.get(r), Obj::Native(n) if n.func as usize == func as usize)
}

/// Whether `r` is the built-in `len`, whose answer for a built-in
/// container the interpreter gives without a call (`Vm::fast_step`).
pub(crate) fn is_len(vm: &Vm, r: crate::heap::ObjRef) -> bool {
    native_is(vm, r, len)
}

/// Whether `r` is the built-in `isinstance`, whose answer for a class
/// that no metaclass decides for the interpreter gives without a call.
pub(crate) fn is_isinstance(vm: &Vm, r: crate::heap::ObjRef) -> bool {
    native_is(vm, r, isinstance)
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("repr", args, kwargs)?;
    let text = vm.repr_of(v)?;
    Ok(vm.new_str(text))
}

fn ascii(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("ascii", args, kwargs)?;
    let text = ascii_escape(&vm.repr_of(v)?);
    Ok(vm.new_str(text))
}

/// `format(value, format_spec='')`.
fn format(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("format", kwargs)?;
    args::count("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => "".into(),
        Some(s) => vm.as_str_rc(*s).ok_or_else(|| {
            args::error(
                ExcKind::TypeError,
                format!("format() argument 2 must be str, not {}", vm.type_name(*s)),
            )
        })?,
    };
    let text = format_value(vm, args[0], &spec)?;
    Ok(vm.new_str(text))
}

/// `format(v, spec)`, as f-string fields and `str.format` use it. An empty
/// spec is `str(v)` for every type; a bool with a spec formats as its int.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> Result<String, PyError> {
    // A class's own `__format__` decides, for an empty spec too.
    if vm.special_method(v, Special::Format).is_some() {
        let spec = vm.new_str(spec);
        let made = args::with_roots(vm, &[spec], |vm| vm.call_special(v, Special::Format, &[spec]))?;
        let made = made.expect("checked");
        return match vm.as_str(made) {
            Some(text) => Ok(text.to_string()),
            None => Err(args::error(
                ExcKind::TypeError,
                format!("__format__ must return a str, not {}", vm.type_name(made)),
            )),
        };
    }
    format_builtin_value(vm, v, spec)
}

/// `format(v, spec)` by the rules of `v`'s built-in type (an instance's
/// is its str's, with an empty spec only).
pub fn format_builtin_value(vm: &mut Vm, v: Value, spec: &str) -> Result<String, PyError> {
    if spec.is_empty() {
        return vm.str_value(v);
    }
    let text = match v {
        Value::Int(i) => format_int(IntRef::Small(i), &vm.format_spec(spec, false)?, vm.int_max_str_digits)?,
        Value::Bool(b) => format_int(
            IntRef::Small(b as i64),
            &vm.format_spec(spec, false)?,
            vm.int_max_str_digits,
        )?,
        _ if vm.big_int(v).is_some() => {
            let spec = vm.format_spec(spec, false)?;
            let x = vm.big_int(v).expect("checked");
            vm.charge_decimal(x)?;
            format_int(IntRef::Big(x), &spec, vm.int_max_str_digits)?
        }
        Value::Float(f) => format_float(f, &vm.format_spec(spec, true)?)?,
        _ if vm.as_complex(v).is_some() => {
            crate::ops::complex::format_complex(vm.as_complex(v).expect("checked"), &vm.format_spec(spec, true)?)?
        }
        _ => match vm.as_str(v) {
            Some(s) => format_str(s, &vm.format_spec(spec, false)?)?,
            None => {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!("unsupported format string passed to {}.__format__", vm.type_name(v)),
                ))
            }
        },
    };
    Ok(text)
}

/// `isinstance(obj, classinfo)`: classinfo is a type or a (nested) tuple
/// of types; `bool` values are instances of `int`.
fn isinstance(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("isinstance", kwargs)?;
    args::count("isinstance", args, 2, 2)?;
    // Nested tuples are walked with an explicit stack (they may nest
    // deeper than the host stack allows), in order, stopping at the first
    // match as CPython does: `isinstance(1, (int, 2))` is True.
    let mut pending: smallvec::SmallVec<[Value; 4]> = smallvec::smallvec![args[1]];
    while let Some(cls) = pending.pop() {
        let direct = vm.instance_of_class(args[0], cls);
        if direct == Some(true) {
            return Ok(Value::Bool(true));
        }
        // Otherwise the metaclass's `__instancecheck__` decides (an ABC's
        // registry); an instance of a subclass needs no asking, as an
        // ABC's hook would say yes.
        if let Some(answer) = vm.meta_check(cls, "__instancecheck__", args[0])? {
            if answer {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        match cls.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Type(_) | Obj::Class(_)) => {}
            Some(Obj::Tuple(items)) => pending.extend(items.iter().rev().copied()),
            Some(Obj::Typing(_)) => {
                let targets = crate::typing::isinstance_targets(vm, cls)?;
                pending.extend(targets.into_iter().rev());
            }
            _ => {
                return Err(args::error(
                    ExcKind::TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ))
            }
        }
    }
    Ok(Value::Bool(false))
}

fn callable(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("callable", args, kwargs)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

/// Whether `v` defines calling: functions, built-ins, bound methods,
/// types, and most type hints (`callable(list[int])`).
pub(crate) fn is_callable(vm: &Vm, v: Value) -> bool {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(
            Obj::Function(_)
            | Obj::Native(_)
            | Obj::HostFunction(_)
            | Obj::BoundMethod(_)
            | Obj::Type(_)
            | Obj::Class(_)
            | Obj::Method(_),
        ) => true,
        Some(Obj::Instance(_)) => vm.special_method(v, Special::Call).is_some(),
        Some(Obj::Typing(t)) => t.is_callable(),
        _ => false,
    }
}

/// The attribute name argument of `getattr` and `hasattr`.
fn attr_name(vm: &Vm, v: Value) -> Result<std::rc::Rc<str>, PyError> {
    vm.as_str_rc(v).ok_or_else(|| {
        args::error(
            ExcKind::TypeError,
            format!("attribute name must be string, not '{}'", vm.type_name(v)),
        )
    })
}

/// `getattr(object, name[, default])`.
fn getattr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("getattr", kwargs)?;
    args::count("getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    let quiet = args.len() == 3;
    vm.quiet_attr_lookups += quiet as u32;
    let found = vm.get_attr(args[0], &name);
    vm.quiet_attr_lookups -= quiet as u32;
    match (found, args.get(2)) {
        (Err(e), Some(default)) if e.kind == ExcKind::AttributeError => Ok(*default),
        (result, _) => result,
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("hasattr", kwargs)?;
    args::count("hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.quiet_attr_lookups += 1;
    let found = vm.get_attr(args[0], &name);
    vm.quiet_attr_lookups -= 1;
    match found {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.kind == ExcKind::AttributeError => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// The built-ins that look an attribute up by name, which a trace may
/// answer from guards (`Vm::instance_hasattr_for_jit`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AttrBuiltin {
    GetAttr,
    HasAttr,
}

/// Which of `getattr` and `hasattr` `r` is, if either.
pub fn attr_builtin(vm: &Vm, r: crate::heap::ObjRef) -> Option<AttrBuiltin> {
    if native_is(vm, r, getattr) {
        Some(AttrBuiltin::GetAttr)
    } else if native_is(vm, r, hasattr) {
        Some(AttrBuiltin::HasAttr)
    } else {
        None
    }
}

/// `vars(obj)`: `obj.__dict__`; without an argument, `locals()`.
fn vars(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("vars", kwargs)?;
    args::count("vars", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        return exec::locals(vm, args, kwargs);
    };
    match vm.get_attr(obj, "__dict__") {
        Err(e) if e.kind == ExcKind::AttributeError => Err(args::error(
            ExcKind::TypeError,
            "vars() argument must have __dict__ attribute",
        )),
        found => found,
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// the module `import name` finds (run once, cached, as the statement's),
/// from the running module's point of view; its top-level package unless
/// `fromlist` names something, as CPython's.
fn dunder_import(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    args::at_most_total("__import__", args, kwargs, 5)?;
    let [name, _, _, fromlist, level] = args::bind_required("__import__", args, kwargs, NAMES, 1)?;
    let name = name.expect("required");
    let Some(text) = vm.as_str(name).map(str::to_string) else {
        return Err(args::error(ExcKind::TypeError, "module name must be a string"));
    };
    if level.is_some_and(|l| l.as_index() != Some(0)) {
        return Err(args::error(
            ExcKind::NotImplementedError,
            "__import__() with a level other than 0 is not supported by Rumba",
        ));
    }
    if text.is_empty() {
        return Err(args::error(ExcKind::ValueError, "Empty module name"));
    }
    let ns = match vm.frames.last() {
        Some(frame) => vm.codes[frame.code.0 as usize].namespace,
        None => crate::vm::MAIN_NAMESPACE,
    };
    let module = crate::import::import(vm, &text, ns)?;
    let wants_leaf = match fromlist {
        Some(list) => vm.truthy(list),
        None => false,
    };
    if wants_leaf || !text.contains('.') {
        return Ok(module);
    }
    let top = text.split('.').next().unwrap_or(&text);
    Ok(vm.modules.get(top).copied().unwrap_or(module))
}

fn ord(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("ord", args, kwargs)?;
    if let Some(Obj::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        return match b.data[..] {
            [byte] => Ok(Value::Int(i64::from(byte))),
            _ => Err(args::error(
                ExcKind::TypeError,
                format!(
                    "ord() expected a character, but string of length {} found",
                    b.data.len()
                ),
            )),
        };
    }
    let Some(s) = vm.as_str(v) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("ord() expected string of length 1, but {} found", vm.type_name(v)),
        ));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => Err(args::error(
            ExcKind::TypeError,
            format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ),
        )),
    }
}

fn chr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("chr", args, kwargs)?;
    let i = args::index_arg(vm, v)?;
    if !(0..0x110000).contains(&i) {
        return Err(args::error(ExcKind::ValueError, "chr() arg not in range(0x110000)"));
    }
    // Rust strings cannot hold a lone surrogate, which CPython's can.
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(args::error(
            ExcKind::NotImplementedError,
            "chr() of a surrogate code point is not supported",
        )),
    }
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("hash", args, kwargs)?;
    Ok(Value::Int(vm.hash_any(v)?))
}

/// `id(v)`: stable while the object lives and distinct between live
/// objects. An object's is its address, as in CPython; other values (which
/// have no identity beyond their value) get an odd number derived from
/// their bits, never equal to an object's (aligned) address.
fn id(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("id", args, kwargs)?;
    let id = match v {
        Value::Obj(r) => object_id(r),
        Value::Undef | Value::None => 0x5500_0000_0001,
        Value::Bool(b) => 0x5500_0000_0011 + b as u64 * 16,
        Value::Int(i) => 0x5600_0000_0001 + ((i as u64) & 0xff_ffff_ffff) * 16,
        Value::Float(f) => 0x6600_0000_0001 + (f.to_bits() >> 24) * 16,
    };
    Ok(Value::Int(id as i64))
}

/// The address an object's repr shows (`<function f at 0x...>`).
fn object_id(r: crate::heap::ObjRef) -> u64 {
    r.addr()
}
