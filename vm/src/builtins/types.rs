//! Calling a built-in type: `int(x)`, `str(x)`, `list(it)`, `dict(...)`,
//! `range(...)`, `type(x)`: conversions and constructors.

use crate::error::ExcKind;
use crate::error::PyError;
use crate::format::parse_float_str;
use crate::methods::dict_update;
use crate::native::{KwArg, NativeResult};
use crate::object::{Obj, RangeObj, TypeKind};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::args;

/// Calls the type object of `kind` with the given arguments.
pub fn call_type(vm: &mut Vm, kind: TypeKind, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match kind {
        TypeKind::Int => call_int(vm, args, kwargs),
        TypeKind::Float => call_float(vm, args, kwargs),
        TypeKind::Str => call_str(vm, args, kwargs),
        TypeKind::Bool => {
            let v = optional_one("bool", args, kwargs)?;
            Ok(Value::Bool(match v {
                Some(v) => vm.truth(v)?,
                None => false,
            }))
        }
        TypeKind::List => {
            let items = match optional_one("list", args, kwargs)? {
                Some(v) => match vm.list_of_sequence(v)? {
                    Some(copied) => return Ok(copied),
                    None => vm.collect_iterable_at_entry(v)?,
                },
                None => Vec::new(),
            };
            Ok(vm.new_list(items))
        }
        TypeKind::Tuple => call_tuple(vm, args, kwargs),
        TypeKind::Dict => call_dict(vm, args, kwargs),
        TypeKind::Set | TypeKind::FrozenSet => {
            let frozen = kind == TypeKind::FrozenSet;
            let name = kind.name();
            args::no_kwargs(name, kwargs)?;
            args::count(name, args, 0, 1)?;
            match args.first() {
                // A frozenset is its own frozenset.
                Some(&v) if frozen && vm.type_kind(v) == TypeKind::FrozenSet => Ok(v),
                v => vm.set_from(v.copied(), frozen),
            }
        }
        TypeKind::Range => call_range(vm, args, kwargs),
        TypeKind::Bytes => super::bytes::call_bytes(vm, args, kwargs, false),
        TypeKind::ByteArray => super::bytes::call_bytes(vm, args, kwargs, true),
        TypeKind::Complex => super::numbers::call_complex(vm, args, kwargs),
        TypeKind::Type => call_type_of(vm, args, kwargs),
        // The iterator types (`map(f, xs)`, `type(m)(f, xs)`).
        TypeKind::Map => super::iteration::map(vm, args, kwargs),
        TypeKind::Filter => super::iteration::filter(vm, args, kwargs),
        TypeKind::Zip => super::iteration::zip(vm, args, kwargs),
        TypeKind::Enumerate => super::iteration::enumerate(vm, args, kwargs),
        TypeKind::NoneType if args.is_empty() && kwargs.is_empty() => Ok(Value::None),
        TypeKind::NoneType => Err(args::error(ExcKind::TypeError, "NoneType takes no arguments")),
        TypeKind::Typing(kind) => crate::typing::call_class(vm, kind, args, kwargs),
        TypeKind::Method => {
            // `types.MethodType(func, obj)`: `func` bound to `obj`.
            args::no_kwargs("method", kwargs)?;
            args::count("method", args, 2, 2)?;
            if !crate::builtins::is_callable(vm, args[0]) {
                return Err(args::error(ExcKind::TypeError, "first argument must be callable"));
            }
            if args[1].is_none() {
                return Err(args::error(ExcKind::TypeError, "instance must not be None"));
            }
            Ok(Value::Obj(
                vm.heap.alloc(crate::object::MethodObj::new(args[0], args[1])),
            ))
        }
        _ => Err(args::error(
            ExcKind::TypeError,
            format!("cannot create '{}' instances", kind.name()),
        )),
    }
}

/// The optional single argument of `bool(x)`, `list(x)`, `float(x)`...
fn optional_one(name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<Option<Value>, PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count(name, args, 0, 1)?;
    Ok(args.first().copied())
}

/// `int(x=0)`, `int(x, base=10)`.
fn call_int(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("int", args, kwargs, 2)?;
    let [x, base] = args::bind("int", args, kwargs, ["", "base"])?;
    match (x, base) {
        (None, None) => Ok(Value::Int(0)),
        (None, Some(_)) => Err(args::error(ExcKind::TypeError, "int() missing string argument")),
        (Some(x), None) => int_of(vm, x),
        (Some(x), Some(base)) => {
            let base = args::index_arg(vm, base)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(args::error(
                    ExcKind::ValueError,
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            }
            if vm.bytes_of(x).is_some() {
                let text = ascii_text(vm, x);
                let result = vm.int_of_text(&text, base as u32);
                return with_bytes_repr(vm, x, &text, result);
            }
            match vm.as_str(x) {
                Some(s) => vm.int_of_text(s, base as u32),
                None => Err(args::error(
                    ExcKind::TypeError,
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
    }
}

/// `int(x)`: truncates floats, parses strings in base 10.
fn int_of(vm: &mut Vm, x: Value) -> NativeResult {
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(vm.int_of_float(f)?),
        _ if vm.big_int(x).is_some() => Ok(x),
        _ if vm.class_of(x).is_some() && vm.as_str(x).is_none() => {
            match vm.instance_to_int(x, &[Special::Int, Special::Index, Special::Trunc])? {
                Some(i) => Ok(i),
                None => Err(args::error(
                    ExcKind::TypeError,
                    format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        vm.type_name(x)
                    ),
                )),
            }
        }
        _ if vm.bytes_of(x).is_some() => {
            let text = ascii_text(vm, x);
            let result = vm.int_of_text(&text, 10);
            with_bytes_repr(vm, x, &text, result)
        }
        _ => match vm.as_str(x) {
            Some(s) => vm.int_of_text(s, 10),
            None => Err(args::error(
                ExcKind::TypeError,
                format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(x)
                ),
            )),
        },
    }
}

/// The text `int(b)` and `float(b)` read from bytes: each byte a
/// character (a non-ASCII one then fails to parse, as in CPython).
fn ascii_text(vm: &Vm, v: Value) -> String {
    vm.bytes_of(v).unwrap_or_default().iter().map(|&b| b as char).collect()
}

/// A parse error about bytes names them as bytes (`b'x1'`), where the
/// parser quoted the text it read.
fn with_bytes_repr(vm: &Vm, x: Value, text: &str, result: NativeResult) -> NativeResult {
    result.map_err(|mut e| {
        let quoted = crate::format::str_repr(text);
        if let Some(head) = e.msg.strip_suffix(&quoted) {
            e.msg = format!(
                "{head}{}",
                crate::ops::bytes::bytes_repr(vm.bytes_of(x).unwrap_or_default())
            );
        }
        e
    })
}

fn call_float(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some(x) = optional_one("float", args, kwargs)? else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x),
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Bool(b) => Ok(Value::Float(b as i64 as f64)),
        _ if vm.big_int(x).is_some() => Ok(Value::Float(args::real_arg(vm, x)?)),
        _ if vm.class_of(x).is_some() && vm.as_str(x).is_none() => match vm.instance_to_float(x)? {
            Some(f) => Ok(Value::Float(f)),
            None => Err(args::error(
                ExcKind::TypeError,
                format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(x)
                ),
            )),
        },
        _ if vm.bytes_of(x).is_some() => {
            let text = ascii_text(vm, x);
            let result = parse_float_str(&text).map(Value::Float).map_err(PyError::from);
            with_bytes_repr(vm, x, &text, result)
        }
        _ => match vm.as_str(x) {
            Some(s) => Ok(Value::Float(parse_float_str(s)?)),
            None => Err(args::error(
                ExcKind::TypeError,
                format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(x)
                ),
            )),
        },
    }
}

/// `str(object='')`, and the decoding form `str(b, encoding, errors)`.
fn call_str(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if let ([Value::Int(i)], []) = (args, kwargs) {
        return Ok(Value::Obj(vm.heap.new_str_of_int(*i)));
    }
    args::at_most_total("str", args, kwargs, 3)?;
    let [object, encoding, errors] = args::bind("str", args, kwargs, ["object", "encoding", "errors"])?;
    let object = object.unwrap_or(Value::None);
    if encoding.is_none() && errors.is_none() {
        if args.is_empty() && kwargs.is_empty() {
            return Ok(vm.new_str(""));
        }
        if vm.as_str(object).is_some() {
            return Ok(object);
        }
        let text = vm.str_value(object)?;
        return Ok(vm.new_str(text));
    }
    for (name, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v {
            if vm.as_str(v).is_none() {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!("str() argument '{name}' must be str, not {}", vm.type_name(v)),
                ));
            }
        }
    }
    if let Some(data) = vm.bytes_of(object).map(<[u8]>::to_vec) {
        let encoding = encoding.and_then(|e| vm.as_str(e)).unwrap_or("utf-8").to_string();
        let errors = errors.and_then(|e| vm.as_str(e)).unwrap_or("strict").to_string();
        let codec = crate::ops::codec::Codec::named(&encoding, crate::ops::codec::Direction::Decode)?;
        vm.room_for_bytes(data.len().saturating_mul(crate::ops::codec::GROWTH))?;
        let text = crate::ops::codec::decode(&data, codec, &errors)?;
        return Ok(vm.new_str(text));
    }
    let msg = if vm.as_str(object).is_some() {
        "decoding str is not supported".to_string()
    } else {
        format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(object)
        )
    };
    Err(args::error(ExcKind::TypeError, msg))
}

fn call_tuple(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match optional_one("tuple", args, kwargs)? {
        None => Ok(vm.new_tuple(Vec::new())),
        // Tuples are immutable, so CPython returns the argument itself.
        Some(v) if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_))) => Ok(v),
        Some(v) => {
            let items = vm.collect_iterable_at_entry(v)?;
            Ok(vm.new_tuple(items))
        }
    }
}

/// `dict()`, `dict(mapping)`, `dict(pairs)`, each with keywords added.
fn call_dict(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::count("dict", args, 0, 1)?;
    let dict = vm.new_dict();
    dict_update(vm, dict, args.first().copied(), kwargs)?;
    Ok(dict)
}

/// `range(stop)`, `range(start, stop[, step])`. Bounds beyond 64 bits
/// make a big range (`object/bigrange.rs`).
fn call_range(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("range", kwargs)?;
    args::count("range", args, 1, 3)?;
    if args.iter().any(|v| vm.big_int(*v).is_some()) {
        let ints = args
            .iter()
            .map(|v| vm.any_int(*v).ok_or_else(|| args::not_an_integer(vm, *v)))
            .collect::<Result<Vec<_>, _>>()?;
        let zero = dashu_int::IBig::ZERO;
        let (start, stop, step) = match &ints[..] {
            [stop] => (zero, stop.clone(), dashu_int::IBig::ONE),
            [start, stop] => (start.clone(), stop.clone(), dashu_int::IBig::ONE),
            [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
            _ => unreachable!("count checked"),
        };
        if step == dashu_int::IBig::ZERO {
            return Err(args::error(ExcKind::ValueError, "range() arg 3 must not be zero"));
        }
        return Ok(vm.make_range(start, stop, step));
    }
    // Machine ints without a Vec: `for i in range(n)` makes one per loop.
    let mut ints = [0i64; 3];
    for (slot, &v) in ints.iter_mut().zip(args) {
        *slot = match v {
            Value::Int(i) => i,
            v => args::index_arg(vm, v)?,
        };
    }
    let range = match ints[..args.len()] {
        [stop] => RangeObj::new(0, stop, 1),
        [start, stop] => RangeObj::new(start, stop, 1),
        [start, stop, step] => {
            if step == 0 {
                return Err(args::error(ExcKind::ValueError, "range() arg 3 must not be zero"));
            }
            RangeObj::new(start, stop, step)
        }
        _ => unreachable!("count checked"),
    };
    Ok(Value::Obj(vm.heap.alloc(range)))
}

/// `type(x)`: the type object of x (a class's metaclass); `type(name,
/// bases, dict)`: a new class, as a `class` statement with that
/// namespace would make it.
fn call_type_of(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.len() == 1 && kwargs.is_empty() {
        return Ok(vm.type_of(args[0]));
    }
    if let [name, bases, ns] = args {
        let text = crate::metaclass::class_parts(vm, *name, *bases, *ns)?;
        let entries: Vec<(Value, Value)> = ns
            .as_obj()
            .and_then(|r| vm.heap.dict(r))
            .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        // The class gets a namespace of its own, as in CPython, and the
        // caller's module as its `__module__` unless the dict names one.
        let copy = vm.new_dict();
        let r = copy.as_obj().expect("a dict");
        if let Some(frame) = vm.frames.last() {
            let module = vm.module_of_code(frame.code);
            let module = vm.new_str(module);
            let key = Value::Obj(vm.heap.intern("__module__"));
            vm.dict_set(r, key, module)?;
        }
        for (k, v) in entries {
            vm.dict_set(r, k, v)?;
        }
        return args::with_roots(vm, &[copy], |vm| {
            vm.build_class_kw(&text, *bases, copy, kwargs.to_vec())
        });
    }
    Err(args::error(ExcKind::TypeError, "type() takes 1 or 3 arguments"))
}
