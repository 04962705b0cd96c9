//! The `io` module: `io.StringIO`, a text stream in memory, `io.BytesIO`
//! (`bytes_io.rs`), and the `SEEK_*` constants. They read and write only
//! their own buffers, never a host resource, so they are as available in
//! an embedded engine as on the command line. Files and the standard
//! streams are not here (`open()` is in `host_io.rs`).
//!
//! A StringIO is an instance of a native class whose state holds its text
//! as pieces (a list of str: a write at the end appends one, so printing
//! many small pieces into a stream costs what the pieces do), its length
//! and position in characters, and whether it is closed. Anything that
//! is no write at the end (a read, a seek back and overwrite) first
//! joins the pieces into one.

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{field, init_state, make_class, receiver, set_field, stop};

mod bytes_io;
pub(crate) use bytes_io::bytes_like;

const TP_NAME: &str = "_io.StringIO";

/// Fields of a StringIO's state.
const PIECES: usize = 0;
const LENGTH: usize = 1;
const POSITION: usize = 2;
const CLOSED: usize = 3;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("__init__", init),
        ("write", write),
        ("writelines", writelines),
        ("getvalue", getvalue),
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("__iter__", iter_self::<StringStream>),
        ("__next__", next_line),
        ("seek", seek),
        ("tell", tell::<StringStream>),
        ("truncate", truncate),
        ("close", close::<StringStream>),
        ("flush", flush::<StringStream>),
        ("readable", able::<StringStream>),
        ("writable", able::<StringStream>),
        ("seekable", able::<StringStream>),
        ("__enter__", iter_self::<StringStream>),
        ("__exit__", exit::<StringStream>),
    ];
    let class = make_class(vm, TP_NAME, METHODS, &[]);
    closed_property(vm, class, closed::<StringStream>);
    let bytes_class = bytes_io::class(vm);
    let mut attrs = vec![
        ("StringIO", class),
        ("BytesIO", bytes_class),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
    ];
    if let Some(&open) = vm.builtins.get("open") {
        attrs.push(("open", open));
    }
    attrs.extend(crate::host_io::stream_classes(vm));
    attrs
}

/// The `closed` property of a stream class, read by `getter`.
fn closed_property(vm: &mut Vm, class: Value, getter: NativeFnPtr) {
    super::native_class::define_property(vm, class, "closed", getter);
}

fn type_error(msg: impl Into<String>) -> PyError {
    args::error(ExcKind::TypeError, msg)
}

/// `StringIO(initial_value='', newline='\n')`: the stream holds the
/// initial value, positioned at its start.
fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some((&this, rest)) = args.split_first() else {
        return Err(type_error("StringIO.__init__ needs an instance"));
    };
    args::at_most_total("StringIO", rest, kwargs, 2)?;
    let [initial, newline] = args::bind("StringIO", rest, kwargs, ["initial_value", "newline"])?;
    if let Some(newline) = newline.filter(|v| !v.is_none()) {
        match vm.as_str(newline) {
            // No translation: what is written is what is read.
            Some("\n") | Some("") => {}
            Some("\r") | Some("\r\n") => {
                return Err(args::error(
                    ExcKind::NotImplementedError,
                    "StringIO with newline translation is not supported by Rumba",
                ))
            }
            Some(_) => {
                let shown = vm.repr(newline)?;
                return Err(args::error(
                    ExcKind::ValueError,
                    format!("illegal newline value: {shown}"),
                ));
            }
            None => {
                return Err(type_error(format!(
                    "newline must be str or None, not {}",
                    vm.type_name(newline)
                )))
            }
        }
    }
    let text = match initial.filter(|v| !v.is_none()) {
        None => vm.new_str(""),
        Some(v) if vm.as_str(v).is_some() => v,
        Some(v) => {
            return Err(type_error(format!(
                "initial_value must be str or None, not {}",
                vm.type_name(v)
            )))
        }
    };
    let length = vm.as_str(text).map_or(0, |s| s.chars().count()) as i64;
    let pieces = vm.new_list(vec![text]);
    let fields = vec![pieces, Value::Int(length), Value::Int(0), Value::Bool(false)];
    args::with_roots(vm, &[pieces], |vm| init_state(vm, this, TP_NAME, fields))?;
    Ok(Value::None)
}

/// What the methods `StringIO` and `BytesIO` share need to know of a
/// stream class: its name, where its state keeps the position and the
/// closed flag, and how the stream lets go of its contents on `close`.
trait MemoryStream {
    const TP_NAME: &'static str;
    const POSITION: usize;
    const CLOSED: usize;
    /// CPython's words for an operation on a closed stream.
    const CLOSED_MSG: &'static str;
    fn drop_contents(vm: &mut Vm, st: ObjRef);
}

struct StringStream;

impl MemoryStream for StringStream {
    const TP_NAME: &'static str = TP_NAME;
    const POSITION: usize = POSITION;
    const CLOSED: usize = CLOSED;
    const CLOSED_MSG: &'static str = "I/O operation on closed file";
    fn drop_contents(vm: &mut Vm, st: ObjRef) {
        // The text is gone with the stream, as in CPython.
        replace_text(vm, st, String::new());
    }
}

/// The state of the stream a method runs on; ValueError once closed.
fn open_state_of<S: MemoryStream>(vm: &Vm, args: &[Value]) -> Result<ObjRef, PyError> {
    let (st, _) = receiver(vm, args, S::TP_NAME)?;
    if matches!(field(vm, st, S::CLOSED), Value::Bool(true)) {
        return Err(args::error(ExcKind::ValueError, S::CLOSED_MSG));
    }
    Ok(st)
}

fn open_state(vm: &Vm, args: &[Value]) -> Result<ObjRef, PyError> {
    open_state_of::<StringStream>(vm, args)
}

/// The arguments of `seek(pos, whence=0)` (after the receiver).
fn seek_args(vm: &Vm, args: &[Value], kwargs: &[KwArg]) -> Result<(i64, i64), PyError> {
    args::no_kwargs("seek", kwargs)?;
    args::takes("seek", &args[1..], 1, 2)?;
    let pos = args::index_arg(vm, args[1])?;
    let whence = match args.get(2) {
        Some(&w) => args::index_arg(vm, w)?,
        None => 0,
    };
    Ok((pos, whence))
}

fn iter_self<S: MemoryStream>(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    open_state_of::<S>(vm, args)?;
    Ok(args[0])
}

fn tell<S: MemoryStream>(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state_of::<S>(vm, args)?;
    args::no_args("tell", &args[1..], kwargs)?;
    Ok(field(vm, st, S::POSITION))
}

fn close<S: MemoryStream>(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, S::TP_NAME)?;
    set_field(vm, st, S::CLOSED, Value::Bool(true));
    S::drop_contents(vm, st);
    Ok(Value::None)
}

fn closed<S: MemoryStream>(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, S::TP_NAME)?;
    Ok(field(vm, st, S::CLOSED))
}

fn flush<S: MemoryStream>(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    open_state_of::<S>(vm, args)?;
    Ok(Value::None)
}

fn able<S: MemoryStream>(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    open_state_of::<S>(vm, args)?;
    Ok(Value::Bool(true))
}

fn exit<S: MemoryStream>(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    close::<S>(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::None)
}

fn int_field(vm: &Vm, st: ObjRef, i: usize) -> usize {
    field(vm, st, i).as_index().unwrap_or(0).max(0) as usize
}

/// The whole text, joined into one piece (kept so, until the next write
/// at the end).
fn joined(vm: &mut Vm, st: ObjRef) -> Result<Value, PyError> {
    let Some(pieces) = field(vm, st, PIECES).as_obj() else {
        return Ok(vm.new_str(""));
    };
    let parts: Vec<Value> = vm.heap.list(pieces).map(|l| l.to_vec()).unwrap_or_default();
    if let [one] = parts[..] {
        return Ok(one);
    }
    let bytes: usize = parts.iter().map(|&p| vm.as_str(p).map_or(0, str::len)).sum();
    let mut text = args::text_buffer(vm, bytes)?;
    for &p in &parts {
        text.push_str(vm.as_str(p).unwrap_or(""));
    }
    let one = vm.new_str(text);
    vm.heap.with_list(pieces, |l| l.replace(vec![one]));
    Ok(one)
}

/// Replaces the whole text (and its length in characters).
fn replace_text(vm: &mut Vm, st: ObjRef, text: String) {
    let length = text.chars().count() as i64;
    let one = vm.new_str(text);
    if let Some(pieces) = field(vm, st, PIECES).as_obj() {
        vm.heap.with_list(pieces, |l| l.replace(vec![one]));
    }
    set_field(vm, st, LENGTH, Value::Int(length));
}

/// The byte offset of character `n` of `text` (its end past the last).
fn byte_at(text: &str, n: usize) -> usize {
    if text.is_ascii() {
        return n.min(text.len());
    }
    text.char_indices().nth(n).map_or(text.len(), |(b, _)| b)
}

/// Writes `s` at the position: appended as a piece at the end, else
/// over the text there (padding with NULs past the end, as CPython).
fn write_text(vm: &mut Vm, st: ObjRef, s: Value) -> Result<usize, PyError> {
    let Some(text) = vm.as_str(s) else {
        return Err(type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(s)
        )));
    };
    let added = text.chars().count();
    let (length, position) = (int_field(vm, st, LENGTH), int_field(vm, st, POSITION));
    if position == length {
        // A state a script replaced holds no pieces: nothing is written.
        let Some(pieces) = field(vm, st, PIECES).as_obj().filter(|&r| vm.heap.list(r).is_some()) else {
            return Err(type_error(format!("descriptor requires a '{TP_NAME}' object")));
        };
        vm.heap
            .grow_list(pieces, crate::object::Storage::Object, 1, |l| l.push(s))?;
        set_field(vm, st, LENGTH, Value::Int((length + added) as i64));
    } else {
        let incoming = text.to_string();
        let whole = joined(vm, st)?;
        let old = vm.as_str(whole).unwrap_or("");
        let room = position.saturating_sub(length) + incoming.len();
        let mut out = args::text_buffer(vm, old.len() + room)?;
        let from = byte_at(old, position);
        out.push_str(&old[..from]);
        out.extend(std::iter::repeat_n('\0', position.saturating_sub(length)));
        out.push_str(&incoming);
        let to = byte_at(old, position + added);
        out.push_str(&old[to..]);
        replace_text(vm, st, out);
    }
    set_field(vm, st, POSITION, Value::Int((position + added) as i64));
    Ok(added)
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let s = args::exactly_one("write", &args[1..], kwargs)?;
    Ok(Value::Int(write_text(vm, st, s)? as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let lines = args::exactly_one("writelines", &args[1..], kwargs)?;
    let lines = vm.collect_iterable(lines)?;
    for line in lines {
        write_text(vm, st, line)?;
    }
    Ok(Value::None)
}

fn getvalue(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    args::no_args("getvalue", &args[1..], kwargs)?;
    joined(vm, st)
}

/// The optional size argument of `read` and `readline` (None: all).
fn size_arg(vm: &Vm, args: &[Value]) -> Result<Option<usize>, PyError> {
    match args.get(1).copied() {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_index() {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => Err(type_error(format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

/// Reads from the position: up to `size` characters, stopping after the
/// first newline when `line`.
fn read_from(vm: &mut Vm, st: ObjRef, size: Option<usize>, line: bool) -> NativeResult {
    let whole = joined(vm, st)?;
    let position = int_field(vm, st, POSITION);
    let text = vm.as_str(whole).unwrap_or("");
    let start = byte_at(text, position);
    let rest = &text[start..];
    let mut end = size.map_or(rest.len(), |n| byte_at(rest, n));
    if line {
        if let Some(nl) = rest[..end].find('\n') {
            end = nl + 1;
        }
    }
    let out = rest[..end].to_string();
    let taken = out.chars().count();
    vm.charge(out.len() as u64 / crate::limits::BYTES_PER_TICK as u64)?;
    set_field(vm, st, POSITION, Value::Int((position + taken) as i64));
    Ok(vm.new_str(out))
}

fn read(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let size = size_arg(vm, args)?;
    read_from(vm, st, size, false)
}

fn readline(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let size = size_arg(vm, args)?;
    read_from(vm, st, size, true)
}

/// `readlines(hint=-1)`: the lines left, or with a positive hint, the
/// lines up to the first that takes their length past it (more than
/// `hint` characters: `IOBase.readlines`, which StringIO inherits).
fn readlines(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let hint = size_arg(vm, args)?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_from(vm, st, None, true)?;
        let Some(text) = vm.as_str(line).filter(|t| !t.is_empty()) else {
            break;
        };
        total += text.chars().count();
        vm.temp_roots.push(line);
        lines.push(line);
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    let n = lines.len();
    let list = vm.new_list(lines);
    vm.temp_roots.truncate(vm.temp_roots.len() - n);
    Ok(list)
}

fn next_line(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let line = read_from(vm, st, None, true)?;
    if vm.as_str(line).is_none_or(str::is_empty) {
        return Err(stop());
    }
    Ok(line)
}

/// `seek(pos, whence=0)`: only the moves CPython's StringIO allows.
fn seek(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let (pos, whence) = seek_args(vm, args, kwargs)?;
    let to = match whence {
        0 if pos < 0 => {
            return Err(args::error(
                ExcKind::ValueError,
                format!("Negative seek position {pos}"),
            ));
        }
        0 => pos,
        // CPython's words for both.
        1 | 2 if pos != 0 => return Err(args::error(ExcKind::OSError, "Can't do nonzero cur-relative seeks")),
        1 => int_field(vm, st, POSITION) as i64,
        2 => int_field(vm, st, LENGTH) as i64,
        _ => {
            return Err(args::error(
                ExcKind::ValueError,
                format!("Invalid whence ({whence}, should be 0, 1 or 2)"),
            ))
        }
    };
    set_field(vm, st, POSITION, Value::Int(to));
    Ok(Value::Int(to))
}

/// `truncate(size=None)`: cuts the text at `size` (the position when
/// None); the position stays.
fn truncate(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let size = match args.get(1).copied() {
        None | Some(Value::None) => int_field(vm, st, POSITION),
        Some(v) => match v.as_index() {
            Some(n) if n < 0 => return Err(args::error(ExcKind::ValueError, format!("Negative size value {n}"))),
            Some(n) => n as usize,
            None => return Err(args::not_an_integer(vm, v)),
        },
    };
    if size < int_field(vm, st, LENGTH) {
        let whole = joined(vm, st)?;
        let text = vm.as_str(whole).unwrap_or("");
        let cut = text[..byte_at(text, size)].to_string();
        replace_text(vm, st, cut);
    }
    Ok(Value::Int(size as i64))
}
