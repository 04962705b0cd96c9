//! Checking the arguments of native functions and methods, with the exact
//! messages CPython gives. CPython words these errors differently depending
//! on how a function is declared in C (`METH_O`, `METH_NOARGS`, Argument
//! Clinic, hand-written parsing); each helper reproduces one of those
//! wordings, and each caller picks the one CPython's function uses.

use std::fmt;

use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::native::KwArg;
use crate::value::Value;
use crate::vm::Vm;

fn type_error(msg: String) -> PyError {
    RawError::type_error(msg).into()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `len() takes no keyword arguments`.
pub(crate) fn no_kwargs(name: impl fmt::Display, kwargs: &[KwArg]) -> Result<(), PyError> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A one-argument function (`METH_O`): `len() takes exactly one argument
/// (2 given)`. Returns the argument.
pub(crate) fn exactly_one(name: impl fmt::Display, args: &[Value], kwargs: &[KwArg]) -> Result<Value, PyError> {
    no_kwargs(&name, kwargs)?;
    match args {
        [v] => Ok(*v),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// A function without arguments (`METH_NOARGS`): `str.upper() takes no
/// arguments (1 given)`.
pub(crate) fn no_args(name: impl fmt::Display, args: &[Value], kwargs: &[KwArg]) -> Result<(), PyError> {
    no_kwargs(&name, kwargs)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// Argument Clinic's positional count check: `divmod expected 2
/// arguments, got 1`, `max expected at least 1 argument, got 0`.
pub(crate) fn count(name: impl fmt::Display, args: &[Value], min: usize, max: usize) -> Result<(), PyError> {
    let n = args.len();
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// The older tuple-parsing wording: `find() takes at least 1 argument (0
/// given)`, `split() takes at most 2 arguments (3 given)`.
pub(crate) fn takes(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), PyError> {
    let n = args.len();
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic's limit on positional and keyword arguments together:
/// `pow() takes at most 3 arguments (4 given)`.
pub(crate) fn at_most_total(name: &str, args: &[Value], kwargs: &[KwArg], max: usize) -> Result<(), PyError> {
    let given = args.len() + kwargs.len();
    if given > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({given} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Binds keyword arguments to named parameter slots. The first
/// `positional.len()` slots take the positional arguments (the caller has
/// checked their count); `names[i]` is the keyword that fills slot `i`.
pub(crate) fn bind<const N: usize>(
    fname: &str,
    positional: &[Value],
    kwargs: &[KwArg],
    names: [&str; N],
) -> Result<[Option<Value>; N], PyError> {
    bind_required(fname, positional, kwargs, names, 0)
}

/// `bind` for a function whose first `required` parameters must be given.
/// As in Argument Clinic, a missing one (`round() missing required
/// argument 'number' (pos 1)`) is reported before a stray keyword.
pub(crate) fn bind_required<const N: usize>(
    fname: &str,
    positional: &[Value],
    kwargs: &[KwArg],
    names: [&str; N],
    required: usize,
) -> Result<[Option<Value>; N], PyError> {
    let mut slots = [None; N];
    for (slot, v) in slots.iter_mut().zip(positional) {
        *slot = Some(*v);
    }
    let mut stray = None;
    for kw in kwargs {
        match names.iter().position(|n| **n == *kw.name) {
            Some(i) if i >= positional.len() => slots[i] = Some(kw.value),
            Some(i) => {
                stray.get_or_insert_with(|| {
                    format!(
                        "argument for {fname}() given by name ('{}') and position ({})",
                        kw.name,
                        i + 1
                    )
                });
            }
            None => {
                stray.get_or_insert_with(|| format!("'{}' is an invalid keyword argument for {fname}()", kw.name));
            }
        }
    }
    if let Some(i) = slots[..required.min(N)].iter().position(Option::is_none) {
        return Err(type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    match stray {
        Some(msg) => Err(type_error(msg)),
        None => Ok(slots),
    }
}

/// `'str' object cannot be interpreted as an integer`: what CPython says
/// when an index-like argument is not an int.
pub(crate) fn not_an_integer(vm: &Vm, v: Value) -> PyError {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

/// A `start` or `stop` of a search over `len` items (`xs.index(x, start,
/// stop)`): counted from the end when negative, then kept within
/// `0..=len`; `default` when not given.
pub(crate) fn search_bound(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> Result<usize, PyError> {
    let Some(&v) = v else { return Ok(default) };
    let i = clamped_index(vm, v).ok_or_else(|| {
        error(
            ExcKind::TypeError,
            "slice indices must be integers or have an __index__ method",
        )
    })?;
    let len = len as i64;
    Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
}

/// An argument that must be an int (or bool): `__index__` semantics.
pub(crate) fn index_arg(vm: &Vm, v: Value) -> Result<i64, PyError> {
    if vm.big_int(v).is_some() {
        return Err(error(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    }
    v.as_index().ok_or_else(|| not_an_integer(vm, v))
}

/// An int (or bool) as a slice or search bound: one past the 64-bit
/// range stands for the end it lies beyond (CPython clips such a bound to
/// its `ssize_t` range, `_PyEval_SliceIndex`, so `xs.index(x, 0, 10**30)`
/// searches all of `xs`). None when `v` is not an int.
fn clamped_index(vm: &Vm, v: Value) -> Option<i64> {
    match vm.big_int(v) {
        Some(big) if big.sign() == dashu_int::Sign::Negative => Some(i64::MIN),
        Some(_) => Some(i64::MAX),
        None => v.as_index(),
    }
}

/// A start or end of a string search: an int or None
/// (`_PyEval_SliceIndex`), None meaning "not given".
pub(crate) fn slice_index(vm: &Vm, v: Option<Value>) -> Result<Option<i64>, PyError> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => clamped_index(vm, v).map(Some).ok_or_else(|| {
            type_error("slice indices must be integers or None or have an __index__ method".to_string())
        }),
    }
}

/// The float a math argument stands for: `must be real number, not str`.
pub(crate) fn real_arg(vm: &Vm, v: Value) -> Result<f64, PyError> {
    if let Some(f) = v.as_f64() {
        return Ok(f);
    }
    match vm.int_to_f64(v) {
        Some(f) => Ok(f?),
        None => Err(type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// Runs `f` with `values` on the VM's temporary roots, removing them
/// (and anything `f` pushed) afterwards, also when `f` fails. Native code
/// must do this around any call back into a script: the script reaches
/// safe points where the collector sees only rooted values, and native
/// arguments are not on the VM stack.
pub(crate) fn with_roots<T>(
    vm: &mut Vm,
    values: &[Value],
    f: impl FnOnce(&mut Vm) -> Result<T, PyError>,
) -> Result<T, PyError> {
    let base = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(values);
    let result = f(vm);
    vm.temp_roots.truncate(base);
    result
}

/// An empty string with room for `bytes`, after checking with the heap
/// that a string that large is allowed: an absurd size (`'x'.zfill(10**15)`)
/// is a MemoryError, never an abort.
pub(crate) fn text_buffer(vm: &Vm, bytes: usize) -> Result<String, PyError> {
    vm.heap.reserve(bytes)?;
    vm.charge_bytes(bytes)?;
    let mut text = String::new();
    text.try_reserve(bytes).map_err(|_| error(ExcKind::MemoryError, ""))?;
    Ok(text)
}

/// Every value a call received, positional and keyword, for rooting.
pub(crate) fn all_values(args: &[Value], kwargs: &[KwArg]) -> Vec<Value> {
    args.iter().copied().chain(kwargs.iter().map(|k| k.value)).collect()
}

/// An error of the given kind with a message.
/// A str argument named `what` of `function` (an encoding, an error
/// handler), `default` when it was not given; CPython's TypeError names
/// both when it is not a str.
pub(crate) fn text_or(vm: &Vm, function: &str, what: &str, v: Option<Value>, default: &str) -> Result<String, PyError> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => vm.as_str(v).map(str::to_string).ok_or_else(|| {
            error(
                ExcKind::TypeError,
                format!("{function}() argument '{what}' must be str, not {}", vm.type_name(v)),
            )
        }),
    }
}

pub(crate) fn error(kind: ExcKind, msg: impl Into<String>) -> PyError {
    RawError::new(kind, msg).into()
}
