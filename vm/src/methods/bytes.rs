//! Methods of `bytes` and `bytearray`: searching, splitting, stripping,
//! joining, replacing, ASCII case and class tests, `hex`/`fromhex`,
//! `decode`, and the bytearray's own changes (`append`, `extend`, `pop`,
//! ...). Bytes are not text: case and classes are ASCII's only.

use super::bytes_text;
use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFn, NativeMethodPtr, NativeResult};
use crate::object::{Obj, TypeKind};
use crate::ops::bytes::{find_sub, rfind_sub};
use crate::ops::codec::{decode as decode_bytes, Codec, Direction};
use crate::value::Value;
use crate::vm::Vm;

/// The methods of both types; `mutable` adds the bytearray's own.
pub(super) fn lookup(name: &str, mutable: bool) -> Option<NativeMethodPtr> {
    let shared: Option<NativeMethodPtr> = Some(match name {
        "decode" => decode,
        "hex" => hex,
        "join" => join,
        "split" => split,
        "rsplit" => rsplit,
        "strip" => strip,
        "lstrip" => lstrip,
        "rstrip" => rstrip,
        "startswith" => startswith,
        "endswith" => endswith,
        "find" => find,
        "rfind" => rfind,
        "index" => index,
        "rindex" => rindex,
        "count" => count,
        "replace" => replace,
        "upper" => upper,
        "lower" => lower,
        "isdigit" => isdigit,
        "isalpha" => isalpha,
        "isalnum" => isalnum,
        "isspace" => isspace,
        "isupper" => isupper,
        "islower" => islower,
        "isascii" => isascii,
        "removeprefix" => removeprefix,
        "removesuffix" => removesuffix,
        "partition" => partition,
        "rpartition" => rpartition,
        "center" => bytes_text::center,
        "ljust" => bytes_text::ljust,
        "rjust" => bytes_text::rjust,
        "zfill" => bytes_text::zfill,
        "expandtabs" => bytes_text::expandtabs,
        "splitlines" => bytes_text::splitlines,
        "title" => bytes_text::title,
        "capitalize" => bytes_text::capitalize,
        "swapcase" => bytes_text::swapcase,
        "istitle" => bytes_text::istitle,
        "translate" => bytes_text::translate,
        _ => return if mutable { super::bytearray::lookup(name) } else { None },
    });
    shared
}

/// `bytes.fromhex`, `bytearray.fromhex`, and `maketrans` of both.
pub(super) fn find_static(kind: TypeKind, name: &str) -> Option<NativeFn> {
    match (kind, name) {
        (_, "maketrans") => Some(NativeFn {
            name: "maketrans",
            func: bytes_text::maketrans,
        }),
        (TypeKind::Bytes, "fromhex") => Some(NativeFn {
            name: "fromhex",
            func: bytes_fromhex,
        }),
        (TypeKind::ByteArray, "fromhex") => Some(NativeFn {
            name: "fromhex",
            func: bytearray_fromhex,
        }),
        _ => None,
    }
}

/// The receiver's bytes, copied out (the dispatch guarantees bytes).
pub(super) fn data(vm: &Vm, recv: Value) -> Vec<u8> {
    vm.bytes_of(recv).map(<[u8]>::to_vec).unwrap_or_default()
}

pub(super) fn type_name(vm: &Vm, recv: Value) -> &'static str {
    vm.type_kind(recv).name()
}

/// A result of the receiver's type.
pub(super) fn same_type(vm: &Vm, recv: Value, data: Vec<u8>) -> Result<Value, PyError> {
    vm.room_for_bytes(data.len())?;
    Ok(vm.new_bytes(data, vm.is_bytearray(recv)))
}

/// A bytes-like argument, or CPython's `a bytes-like object is required`.
pub(super) fn bytes_arg(vm: &Vm, v: Value) -> Result<Vec<u8>, PyError> {
    vm.bytes_of(v).map(<[u8]>::to_vec).ok_or_else(|| {
        args::error(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )
    })
}

/// ASCII whitespace as bytes methods see it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn decode(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let name = "decode";
    args::at_most_total(name, positional, kwargs, 2)?;
    let [encoding, errors] = args::bind(name, positional, kwargs, ["encoding", "errors"])?;
    let encoding = args::text_or(vm, name, "encoding", encoding, "utf-8")?;
    let errors = args::text_or(vm, name, "errors", errors, "strict")?;
    let codec = Codec::named(&encoding, Direction::Decode)?;
    let bytes = data(vm, recv);
    vm.room_for_bytes(bytes.len().saturating_mul(crate::ops::codec::GROWTH))?;
    let text = decode_bytes(&bytes, codec, &errors)?;
    Ok(vm.new_str(text))
}

/// `b.hex()`, `b.hex(sep)`, `b.hex(sep, bytes_per_sep)`.
fn hex(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("hex", positional, kwargs, 2)?;
    let [sep, per] = args::bind("hex", positional, kwargs, ["sep", "bytes_per_sep"])?;
    let bytes = data(vm, recv);
    vm.room_for_bytes(bytes.len().saturating_mul(3))?;
    let digits: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(vm.new_str(digits.concat()));
    };
    let sep = match (vm.as_str(sep), vm.bytes_of(sep)) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
        _ => return Err(args::error(ExcKind::TypeError, "sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 || !sep.is_ascii() {
        return Err(args::error(ExcKind::ValueError, "sep must be length 1."));
    }
    let per = match per {
        Some(p) => args::index_arg(vm, p)?,
        None => 1,
    };
    if per == 0 {
        return Ok(vm.new_str(digits.concat()));
    }
    // Groups of |per| bytes, counted from the right for a positive count,
    // from the left for a negative one.
    let n = per.unsigned_abs() as usize;
    let len = digits.len();
    let mut out = String::with_capacity(len * 3);
    for (i, d) in digits.iter().enumerate() {
        let boundary = if per > 0 {
            (len - i).is_multiple_of(n)
        } else {
            i.is_multiple_of(n)
        };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(vm.new_str(out))
}

fn fromhex_data(vm: &Vm, positional: &[Value], kwargs: &[KwArg]) -> Result<Vec<u8>, PyError> {
    let v = args::exactly_one("fromhex", positional, kwargs)?;
    let Some(text) = vm.as_str(v) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("fromhex() argument must be str, not {}", vm.type_name(v)),
        ));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let bad = |at: usize| {
        args::error(
            ExcKind::ValueError,
            format!("non-hexadecimal number found in fromhex() arg at position {at}"),
        )
    };
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex(vm: &mut Vm, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let data = fromhex_data(vm, positional, kwargs)?;
    Ok(vm.new_bytes(data, false))
}

fn bytearray_fromhex(vm: &mut Vm, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let data = fromhex_data(vm, positional, kwargs)?;
    Ok(vm.new_bytes(data, true))
}

fn join(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let iterable = args::exactly_one(format_args!("{}.join", type_name(vm, recv)), positional, kwargs)?;
    let items = vm.collect_iterable(iterable)?;
    let sep = data(vm, recv);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = vm.bytes_of(*item) else {
            return Err(args::error(
                ExcKind::TypeError,
                format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(*item)
                ),
            ));
        };
        vm.room_for_bytes(out.len() + sep.len() + part.len())?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(part);
    }
    same_type(vm, recv, out)
}

/// The `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(vm: &Vm, name: &str, positional: &[Value], kwargs: &[KwArg]) -> Result<(Option<Vec<u8>>, i64), PyError> {
    args::at_most_total(name, positional, kwargs, 2)?;
    let [sep, maxsplit] = args::bind(name, positional, kwargs, ["sep", "maxsplit"])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = bytes_arg(vm, v)?;
            if sep.is_empty() {
                return Err(args::error(ExcKind::ValueError, "empty separator"));
            }
            Some(sep)
        }
    };
    let maxsplit = match maxsplit {
        Some(m) => args::index_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

/// The pieces of `hay` split at runs of whitespace (no empty pieces).
fn split_whitespace(hay: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut pieces = Vec::new();
    if from_right {
        let mut end = hay.len();
        loop {
            while end > 0 && is_space(hay[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if pieces.len() as i64 == maxsplit {
                pieces.push(hay[..end].to_vec());
                break;
            }
            let mut start = end;
            while start > 0 && !is_space(hay[start - 1]) {
                start -= 1;
            }
            pieces.push(hay[start..end].to_vec());
            end = start;
        }
        pieces.reverse();
    } else {
        let mut start = 0;
        loop {
            while start < hay.len() && is_space(hay[start]) {
                start += 1;
            }
            if start == hay.len() {
                break;
            }
            if pieces.len() as i64 == maxsplit {
                pieces.push(hay[start..].to_vec());
                break;
            }
            let mut end = start;
            while end < hay.len() && !is_space(hay[end]) {
                end += 1;
            }
            pieces.push(hay[start..end].to_vec());
            start = end;
        }
    }
    pieces
}

/// The pieces of `hay` between occurrences of `sep`.
fn split_at(hay: &[u8], sep: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut pieces = Vec::new();
    if from_right {
        let mut end = hay.len();
        while (pieces.len() as i64) < maxsplit {
            let Some(at) = rfind_sub(&hay[..end], sep) else { break };
            pieces.push(hay[at + sep.len()..end].to_vec());
            end = at;
        }
        pieces.push(hay[..end].to_vec());
        pieces.reverse();
    } else {
        let mut start = 0;
        while (pieces.len() as i64) < maxsplit {
            let Some(at) = find_sub(hay, sep, start) else { break };
            pieces.push(hay[start..at].to_vec());
            start = at + sep.len();
        }
        pieces.push(hay[start..].to_vec());
    }
    pieces
}

fn split_either(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg], from_right: bool) -> NativeResult {
    let name = if from_right { "rsplit" } else { "split" };
    let (sep, maxsplit) = split_args(vm, name, positional, kwargs)?;
    let hay = data(vm, recv);
    vm.room_for_bytes(hay.len())?;
    let pieces = match sep {
        None => split_whitespace(&hay, maxsplit, from_right),
        Some(sep) => split_at(&hay, &sep, maxsplit, from_right),
    };
    let mutable = vm.is_bytearray(recv);
    let items: Vec<Value> = pieces.into_iter().map(|p| vm.new_bytes(p, mutable)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    split_either(vm, recv, positional, kwargs, false)
}

fn rsplit(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    split_either(vm, recv, positional, kwargs, true)
}

/// `strip`, `lstrip`, `rstrip`: whitespace, or the bytes given.
fn strip_either(
    vm: &mut Vm,
    recv: Value,
    positional: &[Value],
    kwargs: &[KwArg],
    left: bool,
    right: bool,
) -> NativeResult {
    let name = match (left, right) {
        (true, true) => "strip",
        (true, false) => "lstrip",
        _ => "rstrip",
    };
    args::no_kwargs(name, kwargs)?;
    args::takes(name, positional, 0, 1)?;
    let chars = match positional.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, *v)?),
    };
    let strip_this = |b: u8| match &chars {
        None => is_space(b),
        Some(set) => set.contains(&b),
    };
    let mut hay = data(vm, recv);
    let kept = super::trimmed(&hay, left, right, strip_this);
    hay.truncate(kept.end);
    hay.drain(..kept.start);
    same_type(vm, recv, hay)
}

fn strip(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    strip_either(vm, recv, positional, kwargs, true, true)
}

fn lstrip(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    strip_either(vm, recv, positional, kwargs, true, false)
}

fn rstrip(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    strip_either(vm, recv, positional, kwargs, false, true)
}

/// CPython's `ADJUST_INDICES` for a search window over `len` bytes.
fn window(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let end = fix(end.unwrap_or(len)).min(len);
    let start = fix(start.unwrap_or(0));
    (start as usize, end as usize)
}

/// What a search looks for (bytes, or an int for one byte), and the
/// start and end of its window as given.
type SearchArgs = (Vec<u8>, Option<i64>, Option<i64>);

/// A search's needle (bytes, or an int for one byte) and window.
fn search_args(vm: &Vm, name: &str, positional: &[Value], kwargs: &[KwArg]) -> Result<SearchArgs, PyError> {
    args::no_kwargs(name, kwargs)?;
    args::takes(name, positional, 1, 3)?;
    let start = args::slice_index(vm, positional.get(1).copied())?;
    let end = args::slice_index(vm, positional.get(2).copied())?;
    let needle = positional[0];
    let needle = match vm.bytes_of(needle) {
        Some(b) => b.to_vec(),
        None if needle.as_index().is_some() || vm.big_int(needle).is_some() => vec![vm.byte_value(needle)?],
        None => {
            return Err(args::error(
                ExcKind::TypeError,
                format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(needle)
                ),
            ))
        }
    };
    Ok((needle, start, end))
}

/// The position of the first (or last) occurrence in the window.
fn search(
    vm: &Vm,
    recv: Value,
    name: &str,
    positional: &[Value],
    kwargs: &[KwArg],
    last: bool,
) -> Result<Option<usize>, PyError> {
    let (needle, start, end) = search_args(vm, name, positional, kwargs)?;
    let hay = vm.bytes_of(recv).unwrap_or_default();
    let (start, end) = window(start, end, hay.len());
    if start > end || end - start < needle.len() {
        return Ok(None);
    }
    vm.charge_bytes(end - start)?;
    let part = &hay[start..end];
    let at = if last {
        rfind_sub(part, &needle)
    } else {
        find_sub(part, &needle, 0)
    };
    Ok(at.map(|p| p + start))
}

fn position(at: Option<usize>) -> Value {
    Value::Int(at.map_or(-1, |p| p as i64))
}

fn find(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    Ok(position(search(vm, recv, "find", positional, kwargs, false)?))
}

fn rfind(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    Ok(position(search(vm, recv, "rfind", positional, kwargs, true)?))
}

fn not_found() -> PyError {
    args::error(ExcKind::ValueError, "subsection not found")
}

fn index(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let at = search(vm, recv, "index", positional, kwargs, false)?;
    at.map(|p| Value::Int(p as i64)).ok_or_else(not_found)
}

fn rindex(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let at = search(vm, recv, "rindex", positional, kwargs, true)?;
    at.map(|p| Value::Int(p as i64)).ok_or_else(not_found)
}

/// Non-overlapping occurrences in the window.
fn count(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (needle, start, end) = search_args(vm, "count", positional, kwargs)?;
    let hay = vm.bytes_of(recv).unwrap_or_default();
    let (start, end) = window(start, end, hay.len());
    if start > end || end - start < needle.len() {
        return Ok(Value::Int(0));
    }
    if needle.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    vm.charge_bytes(end - start)?;
    let part = &hay[start..end];
    let (mut n, mut at) = (0, 0);
    while let Some(p) = find_sub(part, &needle, at) {
        n += 1;
        at = p + needle.len();
    }
    Ok(Value::Int(n))
}

fn affix(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg], name: &str, at_end: bool) -> NativeResult {
    args::no_kwargs(name, kwargs)?;
    args::takes(name, positional, 1, 3)?;
    let start = args::slice_index(vm, positional.get(1).copied())?;
    let end = args::slice_index(vm, positional.get(2).copied())?;
    let hay = data(vm, recv);
    let (start, end) = window(start, end, hay.len());
    let matches = |affix: &[u8]| {
        if start > end || end - start < affix.len() {
            return false;
        }
        let part = &hay[start..end];
        if at_end {
            part.ends_with(affix)
        } else {
            part.starts_with(affix)
        }
    };
    if let Some(a) = vm.bytes_of(positional[0]) {
        return Ok(Value::Bool(matches(a)));
    }
    let Some(Obj::Tuple(options)) = positional[0].as_obj().map(|r| vm.heap.get(r)) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(positional[0])
            ),
        ));
    };
    for option in options.iter() {
        let Some(a) = vm.bytes_of(*option) else {
            return Err(args::error(
                ExcKind::TypeError,
                format!("a bytes-like object is required, not '{}'", vm.type_name(*option)),
            ));
        };
        if matches(a) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    affix(vm, recv, positional, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    affix(vm, recv, positional, kwargs, "endswith", true)
}

/// `replace(old, new, count=-1)`.
fn replace(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("replace", kwargs)?;
    args::takes("replace", positional, 2, 3)?;
    let old = bytes_arg(vm, positional[0])?;
    let new = bytes_arg(vm, positional[1])?;
    let limit = match positional.get(2) {
        Some(c) => args::index_arg(vm, *c)?,
        None => -1,
    };
    let limit = if limit < 0 { usize::MAX } else { limit as usize };
    let hay = data(vm, recv);
    let mut out = Vec::with_capacity(hay.len());
    let mut done = 0;
    if old.is_empty() {
        // Between every two bytes and at both ends, as CPython.
        for (i, b) in hay.iter().enumerate() {
            if done < limit {
                vm.room_for_bytes(out.len() + new.len())?;
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(*b);
            let _ = i;
        }
        if done < limit {
            out.extend_from_slice(&new);
        }
        return same_type(vm, recv, out);
    }
    let mut at = 0;
    while done < limit {
        let Some(p) = find_sub(&hay, &old, at) else { break };
        vm.room_for_bytes(out.len() + (p - at) + new.len())?;
        out.extend_from_slice(&hay[at..p]);
        out.extend_from_slice(&new);
        at = p + old.len();
        done += 1;
    }
    out.extend_from_slice(&hay[at..]);
    same_type(vm, recv, out)
}

fn upper(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("upper", positional, kwargs)?;
    same_type(vm, recv, data(vm, recv).to_ascii_uppercase())
}

fn lower(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("lower", positional, kwargs)?;
    same_type(vm, recv, data(vm, recv).to_ascii_lowercase())
}

/// A class test: true when the receiver is not empty and every byte
/// passes.
fn all_bytes(
    vm: &Vm,
    recv: Value,
    name: &str,
    positional: &[Value],
    kwargs: &[KwArg],
    test: fn(&u8) -> bool,
) -> NativeResult {
    args::no_args(name, positional, kwargs)?;
    let hay = vm.bytes_of(recv).unwrap_or_default();
    Ok(Value::Bool(!hay.is_empty() && hay.iter().all(test)))
}

fn isdigit(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_bytes(vm, recv, "isdigit", positional, kwargs, u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_bytes(vm, recv, "isalpha", positional, kwargs, u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_bytes(vm, recv, "isalnum", positional, kwargs, u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_bytes(vm, recv, "isspace", positional, kwargs, |b| is_space(*b))
}

/// `isupper`/`islower`: some cased byte, and none of the other case.
fn cased(vm: &Vm, recv: Value, name: &str, positional: &[Value], kwargs: &[KwArg], upper: bool) -> NativeResult {
    args::no_args(name, positional, kwargs)?;
    let hay = vm.bytes_of(recv).unwrap_or_default();
    let (has_upper, has_lower) = (
        hay.iter().any(u8::is_ascii_uppercase),
        hay.iter().any(u8::is_ascii_lowercase),
    );
    Ok(Value::Bool(if upper {
        has_upper && !has_lower
    } else {
        has_lower && !has_upper
    }))
}

fn isupper(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    cased(vm, recv, "isupper", positional, kwargs, true)
}

fn islower(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    cased(vm, recv, "islower", positional, kwargs, false)
}

fn isascii(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("isascii", positional, kwargs)?;
    Ok(Value::Bool(vm.bytes_of(recv).unwrap_or_default().is_ascii()))
}

fn removeprefix(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let affix = bytes_arg(vm, args::exactly_one("removeprefix", positional, kwargs)?)?;
    let hay = data(vm, recv);
    let rest = hay.strip_prefix(&affix[..]).unwrap_or(&hay).to_vec();
    same_type(vm, recv, rest)
}

fn removesuffix(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let affix = bytes_arg(vm, args::exactly_one("removesuffix", positional, kwargs)?)?;
    let hay = data(vm, recv);
    let rest = hay.strip_suffix(&affix[..]).unwrap_or(&hay).to_vec();
    same_type(vm, recv, rest)
}

/// `partition(sep)` and `rpartition(sep)`: a 3-tuple of the receiver's
/// type.
fn partition_either(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg], last: bool) -> NativeResult {
    let name = if last { "rpartition" } else { "partition" };
    let sep = bytes_arg(vm, args::exactly_one(name, positional, kwargs)?)?;
    if sep.is_empty() {
        return Err(args::error(ExcKind::ValueError, "empty separator"));
    }
    let hay = data(vm, recv);
    let at = if last {
        rfind_sub(&hay, &sep)
    } else {
        find_sub(&hay, &sep, 0)
    };
    let (head, mid, tail) = match at {
        Some(p) => (hay[..p].to_vec(), sep.clone(), hay[p + sep.len()..].to_vec()),
        None if last => (Vec::new(), Vec::new(), hay.clone()),
        None => (hay.clone(), Vec::new(), Vec::new()),
    };
    let parts = [
        same_type(vm, recv, head)?,
        same_type(vm, recv, mid)?,
        same_type(vm, recv, tail)?,
    ];
    Ok(vm.new_tuple(parts))
}

fn partition(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    partition_either(vm, recv, positional, kwargs, false)
}

fn rpartition(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    partition_either(vm, recv, positional, kwargs, true)
}
