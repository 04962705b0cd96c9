//! The methods bytes shares with str (`center ljust rjust zfill
//! expandtabs splitlines title capitalize swapcase istitle`), run by the
//! str implementations on the bytes seen as text, and `translate` and
//! `maketrans`, which are bytes' own.
//!
//! The text a byte string is seen as keeps ASCII as it is and moves every
//! byte from 0x80 up to a private-use code point (U+E080..U+E0FF): those
//! are uncased, not spaces, digits or line breaks, so the str algorithms
//! see exactly the ASCII-only classes and cases bytes methods have.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::bytes::{bytes_arg, data, same_type, type_name};
use super::{str as str_methods, str_case, str_split};

/// Where the bytes from 0x80 up sit in the text a byte string is seen as.
const HIGH_BYTES: u32 = 0xE000;

fn byte_to_char(b: u8) -> char {
    if b.is_ascii() {
        char::from(b)
    } else {
        char::from_u32(HIGH_BYTES + u32::from(b)).expect("a private-use code point")
    }
}

fn as_text(data: &[u8]) -> String {
    data.iter().map(|&b| byte_to_char(b)).collect()
}

/// The bytes back from text made by `as_text` (every char is one of its).
fn from_text(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else {
                (c as u32 - HIGH_BYTES) as u8
            }
        })
        .collect()
}

/// A no-argument method that maps the receiver's text to new text.
fn map_text(
    vm: &mut Vm,
    recv: Value,
    positional: &[Value],
    kwargs: &[KwArg],
    name: &str,
    f: fn(&str) -> String,
) -> NativeResult {
    args::no_args(format_args!("{}.{name}", type_name(vm, recv)), positional, kwargs)?;
    let bytes = data(vm, recv);
    vm.charge_bytes(bytes.len())?;
    same_type(vm, recv, from_text(&f(&as_text(&bytes))))
}

pub(super) fn title(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, positional, kwargs, "title", str_case::title_text)
}

pub(super) fn capitalize(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, positional, kwargs, "capitalize", str_case::capitalize_text)
}

pub(super) fn swapcase(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, positional, kwargs, "swapcase", str_case::swapcase_text)
}

pub(super) fn istitle(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args(format_args!("{}.istitle", type_name(vm, recv)), positional, kwargs)?;
    Ok(Value::Bool(str_case::is_title_text(&as_text(&data(vm, recv)))))
}

pub(super) fn center(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pad(vm, recv, positional, kwargs, "center")
}

pub(super) fn ljust(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pad(vm, recv, positional, kwargs, "ljust")
}

pub(super) fn rjust(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pad(vm, recv, positional, kwargs, "rjust")
}

/// `center`/`ljust`/`rjust(width, fillchar=b' ')`.
fn pad(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg], name: &str) -> NativeResult {
    args::no_kwargs(format_args!("{}.{name}", type_name(vm, recv)), kwargs)?;
    args::count(name, positional, 1, 2)?;
    let width = args::index_arg(vm, positional[0])?;
    let fill = match positional.get(1) {
        None => b' ',
        Some(f) => match vm.bytes_of(*f) {
            Some([b]) => *b,
            _ => {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        vm.type_name(*f)
                    ),
                ))
            }
        },
    };
    let bytes = data(vm, recv);
    if width <= bytes.len() as i64 {
        return same_type(vm, recv, bytes);
    }
    let margin = width as usize - bytes.len();
    let text = str_methods::padded(vm, &as_text(&bytes), margin, byte_to_char(fill), name)?;
    same_type(vm, recv, from_text(&text))
}

/// `zfill(width)`: zeros on the left, after a leading sign.
pub(super) fn zfill(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let width = args::exactly_one(format_args!("{}.zfill", type_name(vm, recv)), positional, kwargs)?;
    let width = args::index_arg(vm, width)?;
    let bytes = data(vm, recv);
    if width <= bytes.len() as i64 {
        return same_type(vm, recv, bytes);
    }
    let text = str_methods::zero_fill(vm, &as_text(&bytes), width as usize - bytes.len())?;
    same_type(vm, recv, from_text(&text))
}

/// `expandtabs(tabsize=8)`.
pub(super) fn expandtabs(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("expandtabs", positional, kwargs, 1)?;
    let [size] = args::bind("expandtabs", positional, kwargs, ["tabsize"])?;
    let size = match size {
        Some(v) => args::index_arg(vm, v)?,
        None => 8,
    };
    // CPython's tabsize is a C int.
    if i32::try_from(size).is_err() {
        return Err(args::error(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let text = str_methods::expand_tabs(vm, &as_text(&data(vm, recv)), size)?;
    same_type(vm, recv, from_text(&text))
}

/// Line boundaries of bytes: only `\n` and `\r` (and `\r\n` as one).
fn is_byte_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r')
}

/// `splitlines(keepends=False)`.
pub(super) fn splitlines(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::takes("splitlines", positional, 0, 1)?;
    let [keepends] = args::bind("splitlines", positional, kwargs, ["keepends"])?;
    let keepends = match keepends {
        None => false,
        Some(k) => args::index_arg(vm, k)? != 0,
    };
    let bytes = data(vm, recv);
    vm.room_for_bytes(bytes.len())?;
    let text = as_text(&bytes);
    let mutable = vm.is_bytearray(recv);
    let lines: Vec<Value> = str_split::split_lines(&text, keepends, is_byte_line_break)
        .into_iter()
        .map(|line| vm.new_bytes(from_text(line), mutable))
        .collect();
    Ok(vm.new_list(lines))
}

/// `translate(table, /, delete=b'')`: `table` is None or 256 bytes.
pub(super) fn translate(vm: &mut Vm, recv: Value, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::takes("translate", positional, 1, 2)?;
    let [table, delete] = args::bind("translate", positional, kwargs, ["table", "delete"])?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(args::error(
                    ExcKind::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(d) => bytes_arg(vm, d)?,
        None => Vec::new(),
    };
    let bytes = data(vm, recv);
    vm.charge_bytes(bytes.len())?;
    let out: Vec<u8> = bytes
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    same_type(vm, recv, out)
}

/// `bytes.maketrans(from, to)` (also `bytearray.maketrans`): the 256-byte
/// table that maps each byte of `from` to the byte of `to` at its place.
pub(super) fn maketrans(vm: &mut Vm, positional: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("maketrans", kwargs)?;
    args::count("maketrans", positional, 2, 2)?;
    let from = bytes_arg(vm, positional[0])?;
    let to = bytes_arg(vm, positional[1])?;
    if from.len() != to.len() {
        return Err(args::error(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[usize::from(*f)] = *t;
    }
    Ok(vm.new_bytes(table, false))
}
