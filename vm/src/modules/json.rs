//! The `json` module: `dumps`/`loads`, and `dump`/`load` through any
//! object with `write`/`read` (a file `open` gave, `sys.stdout`), with
//! CPython's text, options and errors. `JSONDecodeError` is a ValueError
//! whose message names the line, column and character where the text went
//! wrong. The encoder is `json/encode.rs`, the scanner `json/decode.rs`.

mod decode;
mod encode;

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{make_exception_class, module_error};

const DECODE_ERROR: &str = "JSONDecodeError";

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[("dumps", dumps), ("loads", loads), ("dump", dump), ("load", load)];
    let mut attrs: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect();
    let error = make_exception_class(vm, "json.decoder.JSONDecodeError", ExcKind::ValueError);
    attrs.push((DECODE_ERROR, error));
    attrs
}

/// The keywords `dumps` and `dump` take besides the object (and file).
const DUMPS_KEYWORDS: [&str; 9] = [
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

fn dumps(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let obj = one_positional("dumps", args, 1)?[0];
    let text = encode_text(vm, obj, kwargs)?;
    Ok(vm.new_str(text))
}

/// `dump(obj, fp, ...)`: `fp.write` of what `dumps` returns.
fn dump(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let given = one_positional("dump", args, 2)?;
    let (obj, fp) = (given[0], given[1]);
    let text = encode_text(vm, obj, kwargs)?;
    let text = vm.new_str(text);
    args::with_roots(vm, &[text], |vm| {
        let write = vm.get_attr(fp, "write")?;
        vm.call_value(write, &[text])
    })?;
    Ok(Value::None)
}

/// The positional arguments of a function taking `n` of them (the rest
/// are keyword-only), with CPython's message for a wrong count.
fn one_positional<'a>(name: &str, args: &'a [Value], n: usize) -> Result<&'a [Value], PyError> {
    if args.len() == n {
        return Ok(args);
    }
    let names = ["obj", "fp"];
    if args.len() < n {
        let missing: Vec<String> = names[args.len()..n].iter().map(|m| format!("'{m}'")).collect();
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "{name}() missing {} required positional argument{s}: {}",
                missing.len(),
                missing.join(" and ")
            ),
        ));
    }
    let s = if n == 1 { "" } else { "s" };
    Err(args::error(
        ExcKind::TypeError,
        format!(
            "{name}() takes {n} positional argument{s} but {} were given",
            args.len()
        ),
    ))
}

fn encode_text(vm: &mut Vm, obj: Value, kwargs: &[KwArg]) -> Result<String, PyError> {
    if let Some(kw) = kwargs.iter().find(|kw| !DUMPS_KEYWORDS.contains(&&*kw.name)) {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "JSONEncoder.__init__() got an unexpected keyword argument '{}'",
                kw.name
            ),
        ));
    }
    let [skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys] =
        args::bind("dumps", &[], kwargs, DUMPS_KEYWORDS)?;
    if cls.is_some_and(|c| !c.is_none()) {
        return Err(args::error(
            ExcKind::NotImplementedError,
            "json.dumps(cls=...) is not supported by Rumba",
        ));
    }
    let flag = |vm: &mut Vm, v: Option<Value>, default: bool| match v {
        None => Ok(default),
        Some(v) => vm.truth(v),
    };
    let indent = encode::indent_text(vm, indent)?;
    let (item_separator, key_separator) = match separators.filter(|s| !s.is_none()) {
        Some(pair) => separator_pair(vm, pair)?,
        None if indent.is_some() => (",".to_string(), ": ".to_string()),
        None => (", ".to_string(), ": ".to_string()),
    };
    let options = encode::Options {
        indent,
        item_separator,
        key_separator,
        sort_keys: flag(vm, sort_keys, false)?,
        ensure_ascii: flag(vm, ensure_ascii, true)?,
        allow_nan: flag(vm, allow_nan, true)?,
        skip_keys: flag(vm, skipkeys, false)?,
        check_circular: flag(vm, check_circular, true)?,
        default: default.filter(|d| !d.is_none()),
    };
    let base = vm.temp_roots.len();
    vm.temp_roots.push(obj);
    let result = encode::Encoder::new(vm, &options).encode(vm, obj);
    vm.temp_roots.truncate(base);
    result
}

/// `separators=(item_separator, key_separator)`.
fn separator_pair(vm: &mut Vm, pair: Value) -> Result<(String, String), PyError> {
    let items = vm.collect_iterable(pair)?;
    let &[item, key] = &items[..] else {
        let msg = if items.len() > 2 {
            "too many values to unpack (expected 2)".to_string()
        } else {
            format!("not enough values to unpack (expected 2, got {})", items.len())
        };
        return Err(args::error(ExcKind::ValueError, msg));
    };
    // CPython's C encoder takes the key separator as its 5th argument and
    // the item separator as its 6th, and checks them in that order.
    for (v, position) in [(key, 5), (item, 6)] {
        if vm.as_str(v).is_none() {
            return Err(args::error(
                ExcKind::TypeError,
                format!(
                    "make_encoder() argument {position} must be str, not {}",
                    vm.type_name(v)
                ),
            ));
        }
    }
    let text = |v: Value| vm.as_str(v).unwrap_or_default().to_string();
    Ok((text(item), text(key)))
}

/// The keywords `loads` knows; Rumba does not take the hooks.
const LOADS_HOOKS: [&str; 6] = [
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
];

fn loads(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = one_positional("loads", args, 1)?[0];
    decode_value(vm, s, kwargs)
}

/// `load(fp)`: `loads(fp.read())`.
fn load(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let fp = one_positional("load", args, 1)?[0];
    let read = vm.get_attr(fp, "read")?;
    let text = vm.call_value(read, &[])?;
    args::with_roots(vm, &[text], |vm| decode_value(vm, text, kwargs))
}

fn decode_value(vm: &mut Vm, s: Value, kwargs: &[KwArg]) -> NativeResult {
    for kw in kwargs {
        if !LOADS_HOOKS.contains(&&*kw.name) {
            return Err(args::error(
                ExcKind::TypeError,
                format!(
                    "JSONDecoder.__init__() got an unexpected keyword argument '{}'",
                    kw.name
                ),
            ));
        }
        if !kw.value.is_none() {
            return Err(args::error(
                ExcKind::NotImplementedError,
                format!("json.loads({}=...) is not supported by Rumba", kw.name),
            ));
        }
    }
    // Bytes are UTF-8 text (a UTF-8 BOM dropped, as CPython's encoding
    // detection does); UTF-16 and UTF-32, which CPython detects by their
    // zero bytes, are not in the subset.
    let s = match vm.bytes_of(s).map(<[u8]>::to_vec) {
        Some(data) => {
            if data.iter().take(4).any(|&b| b == 0) {
                return Err(args::error(
                    ExcKind::NotImplementedError,
                    "json.loads() of UTF-16 or UTF-32 bytes is not supported by Rumba",
                ));
            }
            let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&data);
            vm.room_for_bytes(data.len())?;
            let text = crate::ops::codec::decode(data, crate::ops::codec::Codec::Utf8, "strict")?;
            vm.new_str(text)
        }
        None => s,
    };
    // The copy the scanner reads counts toward the heap limit, before it
    // is made.
    if let Some(len) = vm.as_str(s).map(str::len) {
        vm.heap.hold(len)?;
    }
    let Some(text) = vm.as_str(s).map(str::to_string) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                vm.type_name(s)
            ),
        ));
    };
    let base = vm.temp_roots.len();
    let result = if text.starts_with('\u{feff}') {
        Err(decode::Stop::Syntax(decode::Failure {
            msg: "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            at: 0,
        }))
    } else {
        decode::Scanner::new(vm, &text).document(vm)
    };
    vm.temp_roots.truncate(base);
    vm.heap.unhold(text.len());
    match result {
        Ok(v) => Ok(v),
        Err(decode::Stop::Error(e)) => Err(e),
        Err(decode::Stop::Syntax(f)) => Err(decode_error(vm, s, &text, f)),
    }
}

/// `JSONDecodeError(msg, doc, pos)`: the message with the line, column
/// and character index of the byte offset where scanning failed.
fn decode_error(vm: &mut Vm, doc: Value, text: &str, failure: decode::Failure) -> PyError {
    let before = &text[..failure.at.min(text.len())];
    let pos = before.chars().count();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    let msg = format!("{}: line {line} column {column} (char {pos})", failure.msg);
    let class = super::import(vm, "json").and_then(|m| vm.get_attr(m, DECODE_ERROR));
    let class = match class {
        Ok(c) => c,
        Err(e) => return e,
    };
    let short = vm.new_str(failure.msg);
    let attrs = [
        ("msg", short),
        ("doc", doc),
        ("pos", Value::Int(pos as i64)),
        ("lineno", Value::Int(line as i64)),
        ("colno", Value::Int(column as i64)),
    ];
    let base = vm.temp_roots.len();
    vm.temp_roots.extend([short, doc, class]);
    let e = module_error(vm, class, msg, &attrs);
    vm.temp_roots.truncate(base);
    e
}
