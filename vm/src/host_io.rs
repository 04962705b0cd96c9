//! What a script may read from and write to the host beside `print`:
//! `input()`, `sys.stdin`, read-only `open()` (text and binary), and
//! `sys.stdout` / `sys.stderr` as objects with `write`.
//!
//! An engine is sandboxed: standard input and files are off until the
//! host turns them on (`Vm::allow_stdin`, `Vm::allow_files`; the `rumba`
//! command does both). Off, `input()`, reading `sys.stdin` and `open()`
//! raise a `PermissionError` that says the host did not allow them.
//!
//! Text streams are instances of one native class, `_io.TextIOWrapper`,
//! whose state names a source: standard input, standard output or error,
//! or an open file in `HostIo::files`. Binary streams are
//! `_io.BufferedReader` (a file opened with `'rb'`, `sys.stdin.buffer`)
//! and `_io.BufferedWriter` (`sys.stdout.buffer`) on the same kinds of
//! source. Text is
//! read as UTF-8 with universal newlines (`\r\n` and `\r` read as `\n`),
//! in chunks that charge ticks and are checked against the heap limit
//! before they grow, so reading a huge file is a `MemoryError`, not an
//! exhausted host.

use crate::special::Special;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use crate::modules::native_class::{field, init_state, make_class, receiver, stop};

/// The host's side of a script's input and its error output.
pub struct HostIo {
    /// Standard input, when the host allowed it.
    stdin: Option<Box<dyn BufRead>>,
    /// `open()` may read files.
    files_allowed: bool,
    /// The files scripts opened and have not closed, by the number their
    /// stream's state holds. Numbers are never reused, so a closed
    /// stream cannot reach a file opened after it.
    files: HashMap<i64, BufReader<File>>,
    /// The number the next file opened gets.
    next_file: i64,
    /// Where `sys.stderr` writes.
    err: Box<dyn Write>,
}

impl Default for HostIo {
    fn default() -> HostIo {
        HostIo {
            stdin: None,
            files_allowed: false,
            files: HashMap::new(),
            next_file: 1,
            err: Box::new(std::io::stderr()),
        }
    }
}

impl Vm {
    /// Lets scripts read `input` as their standard input (`input()`,
    /// `sys.stdin`).
    pub fn allow_stdin(&mut self, input: Box<dyn BufRead>) {
        self.io.stdin = Some(input);
    }

    /// Lets scripts `open()` files of the host's file system for reading.
    pub fn allow_files(&mut self, allowed: bool) {
        self.io.files_allowed = allowed;
    }

    /// Where `sys.stderr` and `print(..., file=sys.stderr)` write (the
    /// process's standard error unless the host says otherwise).
    pub fn set_error_output(&mut self, err: Box<dyn Write>) {
        self.io.err = err;
    }
}

/// Where a stream reads or writes: the one field of its state.
const SOURCE: usize = 0;
const STDIN: i64 = 0;
const STDOUT: i64 = -1;
const STDERR: i64 = -2;

const TP_NAME: &str = "_io.TextIOWrapper";
const READER_NAME: &str = "_io.BufferedReader";
const WRITER_NAME: &str = "_io.BufferedWriter";

/// The class of stream objects, made once and kept in the `_io` module
/// (so the collector keeps it).
fn stream_class(vm: &mut Vm) -> Result<Value, PyError> {
    if let Some(&module) = vm.modules.get("_io") {
        return vm.get_attr(module, "TextIOWrapper");
    }
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("flush", flush),
        ("close", close),
        ("readable", readable),
        ("writable", writable),
        ("seek", seek_text),
        ("tell", tell),
        ("seekable", seekable),
        ("__repr__", stream_repr),
        ("__iter__", crate::modules::itertools::self_iter),
        ("__next__", next_line),
        ("__enter__", crate::modules::itertools::self_iter),
        ("__exit__", exit),
    ];
    const READER_METHODS: &[(&str, NativeFnPtr)] = &[
        ("read", read_binary),
        ("read1", read_binary),
        ("readline", readline_binary),
        ("readlines", readlines_binary),
        ("flush", flush),
        ("close", close),
        ("readable", readable),
        ("writable", writable),
        ("seek", seek_binary),
        ("tell", tell),
        ("seekable", seekable),
        ("__repr__", stream_repr),
        ("__iter__", crate::modules::itertools::self_iter),
        ("__next__", next_line_binary),
        ("__enter__", crate::modules::itertools::self_iter),
        ("__exit__", exit),
    ];
    const WRITER_METHODS: &[(&str, NativeFnPtr)] = &[
        ("write", write_binary),
        ("flush", flush),
        ("__repr__", stream_repr),
        ("readable", readable),
        ("writable", writable),
    ];
    let class = make_class(vm, TP_NAME, METHODS, &[]);
    let reader = make_class(vm, READER_NAME, READER_METHODS, &[]);
    let writer = make_class(vm, WRITER_NAME, WRITER_METHODS, &[]);
    for binary in [reader, writer] {
        crate::modules::native_class::set_layout(vm, binary, TP_NAME);
    }
    let unsupported = args::with_roots(vm, &[class, reader, writer], unsupported_class)?;
    crate::modules::add_module(
        vm,
        "_io",
        vec![
            ("TextIOWrapper", class),
            ("BufferedReader", reader),
            ("BufferedWriter", writer),
            ("UnsupportedOperation", unsupported),
        ],
    );
    Ok(class)
}

/// The classes of the host's streams, for the `io` module: its
/// `TextIOWrapper`, `BufferedReader`, `BufferedWriter` and
/// `UnsupportedOperation`.
pub(crate) fn stream_classes(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let names = [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "UnsupportedOperation",
    ];
    let Ok(Some(module)) = stream_class(vm).map(|_| vm.modules.get("_io").copied()) else {
        return Vec::new();
    };
    names
        .iter()
        .filter_map(|&name| vm.get_attr(module, name).ok().map(|class| (name, class)))
        .collect()
}

/// The binary stream under a standard stream (`sys.stdout.buffer`): an
/// `_io.BufferedReader` or `_io.BufferedWriter` on the same source.
fn new_buffer(vm: &mut Vm, source: i64, name: Value) -> NativeResult {
    let module = stream_class(vm).and_then(|_| vm.modules.get("_io").copied().ok_or_else(closed_file))?;
    let class = vm.get_attr(
        module,
        if source == STDIN {
            "BufferedReader"
        } else {
            "BufferedWriter"
        },
    )?;
    let class = class.as_obj().expect("a class");
    let buffer = vm.alloc_instance(class);
    args::with_roots(vm, &[buffer, name], |vm| {
        init_state(vm, buffer, TP_NAME, vec![Value::Int(source)])?;
        let attr = vm.heap.intern("name");
        vm.set_attr(buffer, attr, name)?;
        Ok(buffer)
    })
}

/// A new stream object on `source`, with CPython's `name` and `mode`:
/// binary (`_io.BufferedReader`) when the mode has `b`, else text.
fn new_stream(vm: &mut Vm, source: i64, name: Value, mode: &str) -> NativeResult {
    let text = stream_class(vm)?;
    let class = if mode.contains('b') {
        let module = vm.modules.get("_io").copied().ok_or_else(closed_file)?;
        vm.get_attr(module, "BufferedReader")?
    } else {
        text
    };
    let class = class.as_obj().expect("a class");
    let stream = vm.alloc_instance(class);
    args::with_roots(vm, &[stream, name], |vm| {
        init_state(vm, stream, TP_NAME, vec![Value::Int(source)])?;
        let mode = vm.new_str(mode);
        for (attr, v) in [("name", name), ("mode", mode), ("closed", Value::Bool(false))] {
            let attr = vm.heap.intern(attr);
            vm.set_attr(stream, attr, v)?;
        }
        Ok(stream)
    })
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr`.
pub(crate) fn standard_streams(vm: &mut Vm) -> Result<[Value; 3], PyError> {
    let mut made = Vec::new();
    for (source, name, mode) in [
        (STDIN, "<stdin>", "r"),
        (STDOUT, "<stdout>", "w"),
        (STDERR, "<stderr>", "w"),
    ] {
        let name = vm.new_str(name);
        let stream = args::with_roots(vm, &made, |vm| new_stream(vm, source, name, mode))?;
        made.push(stream);
        let buffer = args::with_roots(vm, &made, |vm| {
            let name = vm.get_attr(stream, "name")?;
            new_buffer(vm, source, name)
        })?;
        let attr = vm.heap.intern("buffer");
        vm.set_attr(stream, attr, buffer)?;
        let encoding = vm.new_str("utf-8");
        let attr = vm.heap.intern("encoding");
        vm.set_attr(stream, attr, encoding)?;
    }
    Ok([made[0], made[1], made[2]])
}

fn not_allowed(what: &str, how: &str) -> PyError {
    args::error(
        ExcKind::PermissionError,
        format!("{what} is not allowed: the host has not turned on {how}"),
    )
}

fn source_of(vm: &Vm, args: &[Value]) -> Result<(i64, Value, Vec<Value>), PyError> {
    let (state, rest) = receiver(vm, args, TP_NAME)?;
    let source = field(vm, state, SOURCE).as_index().unwrap_or(STDIN);
    Ok((source, args[0], rest.to_vec()))
}

/// The reader of a stream, or the error reading it gets.
fn reader(vm: &mut Vm, source: i64) -> Result<&mut dyn BufRead, PyError> {
    match source {
        STDIN => match vm.io.stdin.as_mut() {
            Some(input) => Ok(input.as_mut()),
            None => Err(not_allowed("reading sys.stdin", "standard input")),
        },
        STDOUT | STDERR => Err(unsupported(vm, "not readable")),
        n => match vm.io.files.get_mut(&n) {
            Some(file) => Ok(file),
            None => Err(closed_file()),
        },
    }
}

/// The open file a stream reads, or the error seeking on it gets: the
/// standard streams are pipes or terminals to a script.
fn seekable_file(vm: &mut Vm, source: i64) -> Result<&mut BufReader<File>, PyError> {
    match source {
        STDIN | STDOUT | STDERR => Err(args::error(ExcKind::OSError, "[Errno 29] Illegal seek")),
        n => vm.io.files.get_mut(&n).ok_or_else(closed_file),
    }
}

/// `seek(offset, whence=0)`: the new position. A text stream seeks only
/// to a position `tell()` gave or to its end, as CPython's does.
fn seek_in(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], text: bool) -> NativeResult {
    let (source, rest) = buffer_source(vm, args, "stream")?;
    args::no_kwargs("seek", kwargs)?;
    args::count("seek", &rest, 1, 2)?;
    let offset = args::index_arg(vm, rest[0])?;
    let whence = match rest.get(1) {
        Some(&w) => args::index_arg(vm, w)?,
        None => 0,
    };
    let to = match whence {
        0 if offset < 0 => {
            return Err(args::error(
                ExcKind::ValueError,
                format!("negative seek position {offset}"),
            ))
        }
        0 => SeekFrom::Start(offset as u64),
        1 | 2 if text && offset != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(vm, &format!("can't do nonzero {which}-relative seeks")));
        }
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            return Err(args::error(
                ExcKind::ValueError,
                format!("invalid whence ({whence}, should be 0, 1 or 2)"),
            ))
        }
    };
    let file = seekable_file(vm, source)?;
    let at = file.seek(to).map_err(io_error)?;
    Ok(Value::Int(at as i64))
}

fn seek_text(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    seek_in(vm, args, kwargs, true)
}

fn seek_binary(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    seek_in(vm, args, kwargs, false)
}

/// CPython's repr of a stream: `<_io.TextIOWrapper name='data.txt'
/// mode='r' encoding='UTF-8'>`, `<_io.BufferedReader name='data.bin'>`.
fn stream_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = *args.first().ok_or_else(closed_file)?;
    let class = vm.type_name(this);
    let mut text = format!("<{class}");
    let fields: &[&str] = if class == TP_NAME {
        &["name", "mode", "encoding"]
    } else {
        &["name"]
    };
    for &field in fields {
        if let Ok(v) = vm.get_attr(this, field) {
            let shown = vm.repr_of(v)?;
            text.push_str(&format!(" {field}={shown}"));
        }
    }
    text.push('>');
    Ok(vm.new_str(text))
}

/// `tell()`: the position in the file, in bytes.
fn tell(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, rest) = buffer_source(vm, args, "stream")?;
    args::no_kwargs("tell", kwargs)?;
    args::count("tell", &rest, 0, 0)?;
    let file = seekable_file(vm, source)?;
    let at = file.stream_position().map_err(io_error)?;
    Ok(Value::Int(at as i64))
}

fn seekable(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, _) = buffer_source(vm, args, "stream")?;
    Ok(Value::Bool(vm.io.files.contains_key(&source)))
}

/// `io.UnsupportedOperation(msg)`, raised.
fn unsupported(vm: &mut Vm, msg: &str) -> PyError {
    let made = stream_class(vm).and_then(|_| {
        let module = vm.modules.get("_io").copied().ok_or_else(closed_file)?;
        let class = vm.get_attr(module, "UnsupportedOperation")?;
        let text = vm.new_str(msg);
        vm.call_value(class, &[text])
    });
    match made {
        Ok(exc) => vm.raised(exc),
        Err(e) => e,
    }
}

/// The class `io.UnsupportedOperation`: an `OSError` and a `ValueError`,
/// as CPython's, made by calling `type` as a script would.
fn unsupported_class(vm: &mut Vm) -> Result<Value, PyError> {
    let type_obj = vm.type_objects[&crate::object::TypeKind::Type];
    let bases: Vec<Value> = ["OSError", "ValueError"]
        .iter()
        .map(|b| vm.builtins.get(*b).copied().expect("a built-in exception"))
        .collect();
    let bases = vm.new_tuple(&bases);
    args::with_roots(vm, &[bases], |vm| {
        let ns = vm.new_dict();
        args::with_roots(vm, &[ns], |vm| {
            let key = vm.new_str("__module__");
            let module = vm.new_str("io");
            vm.dict_set(ns.as_obj().expect("a dict"), key, module)?;
            let name = vm.new_str("UnsupportedOperation");
            vm.call_value(type_obj, &[name, bases, ns])
        })
    })
}

fn closed_file() -> PyError {
    args::error(ExcKind::ValueError, "I/O operation on closed file.")
}

/// Reads one line (its `\n` kept, `\r\n` and `\r` read as `\n`), or at
/// most `limit` characters of it; empty at the end of the input.
fn read_line(vm: &mut Vm, source: i64, limit: Option<usize>) -> Result<String, PyError> {
    read_text(vm, source, true, limit)
}

/// Reads to the end of the line (`line`) or of the input, at most `limit`
/// characters, checking the heap limit and charging ticks per chunk.
fn read_text(vm: &mut Vm, source: i64, line: bool, limit: Option<usize>) -> Result<String, PyError> {
    let mut bytes: Vec<u8> = Vec::new();
    let mut chars = 0usize;
    loop {
        if limit.is_some_and(|n| chars >= n) {
            break;
        }
        vm.heap.reserve(bytes.len())?;
        let reader = reader(vm, source)?;
        let chunk = reader.fill_buf().map_err(io_error)?;
        if chunk.is_empty() {
            break;
        }
        // Take bytes up to the line's end or the character limit.
        let mut taken = 0;
        let mut ended = false;
        let mut pending_cr = false;
        for &b in chunk {
            let starts_char = b & 0xc0 != 0x80;
            if starts_char && limit.is_some_and(|n| chars >= n) {
                break;
            }
            taken += 1;
            if starts_char {
                chars += 1;
            }
            if b == b'\r' {
                pending_cr = true;
                break;
            }
            if b == b'\n' {
                ended = line;
                if line {
                    break;
                }
            }
        }
        bytes.extend_from_slice(&chunk[..taken]);
        reader.consume(taken);
        if pending_cr {
            // `\r\n` is one newline: the `\n` may be in the next chunk.
            bytes.pop();
            bytes.push(b'\n');
            let next = reader.fill_buf().map_err(io_error)?;
            if next.first() == Some(&b'\n') {
                reader.consume(1);
            }
            ended = line;
        }
        vm.charge_bytes(taken)?;
        vm.charge(1)?;
        if ended {
            break;
        }
    }
    decoded(bytes)
}

/// Reads bytes as they are to the end of the line (`line`) or of the
/// input, at most `limit`, checking the heap limit and charging ticks per
/// chunk.
fn read_raw(vm: &mut Vm, source: i64, line: bool, limit: Option<usize>) -> Result<Vec<u8>, PyError> {
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let room = limit.map_or(usize::MAX, |n| n - bytes.len());
        if room == 0 {
            break;
        }
        vm.heap.reserve(bytes.len())?;
        let reader = reader(vm, source)?;
        let chunk = reader.fill_buf().map_err(io_error)?;
        if chunk.is_empty() {
            break;
        }
        let mut taken = chunk.len().min(room);
        let mut ended = false;
        if line {
            if let Some(nl) = chunk[..taken].iter().position(|&b| b == b'\n') {
                taken = nl + 1;
                ended = true;
            }
        }
        bytes.extend_from_slice(&chunk[..taken]);
        reader.consume(taken);
        vm.charge_bytes(taken)?;
        vm.charge(1)?;
        if ended {
            break;
        }
    }
    Ok(bytes)
}

/// The source of a binary standard stream's method.
fn buffer_source(vm: &Vm, args: &[Value], what: &str) -> Result<(i64, Vec<Value>), PyError> {
    let (state, rest) = receiver(vm, args, what)?;
    Ok((field(vm, state, SOURCE).as_index().unwrap_or(STDIN), rest.to_vec()))
}

fn read_binary(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, rest) = buffer_source(vm, args, TP_NAME)?;
    let limit = size_arg(vm, "read", &rest, kwargs)?;
    let bytes = read_raw(vm, source, false, limit)?;
    Ok(vm.new_bytes(bytes, false))
}

fn readline_binary(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, rest) = buffer_source(vm, args, TP_NAME)?;
    let limit = size_arg(vm, "readline", &rest, kwargs)?;
    let bytes = read_raw(vm, source, true, limit)?;
    Ok(vm.new_bytes(bytes, false))
}

fn readlines_binary(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, rest) = buffer_source(vm, args, TP_NAME)?;
    args::no_kwargs("readlines", kwargs)?;
    args::count("readlines", &rest, 0, 1)?;
    let list = vm.new_list(Vec::new());
    args::with_roots(vm, &[list], |vm| loop {
        let bytes = read_raw(vm, source, true, None)?;
        if bytes.is_empty() {
            return Ok(list);
        }
        let line = vm.new_bytes(bytes, false);
        vm.heap.append(list.as_obj().expect("a list"), line)?;
    })
}

fn next_line_binary(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, _) = buffer_source(vm, args, TP_NAME)?;
    let bytes = read_raw(vm, source, true, None)?;
    if bytes.is_empty() {
        return Err(stop());
    }
    Ok(vm.new_bytes(bytes, false))
}

/// `sys.stdout.buffer.write(b)`: the number of bytes written.
fn write_binary(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, rest) = buffer_source(vm, args, TP_NAME)?;
    let b = args::exactly_one("write", &rest, kwargs)?;
    let bytes = crate::modules::io::bytes_like(vm, b)?.to_vec();
    match source {
        STDOUT => vm.write_out_bytes(&bytes)?,
        STDERR => {
            vm.flush_out();
            vm.charge_bytes(bytes.len())?;
            vm.io.err.write_all(&bytes).map_err(io_error)?;
            vm.io.err.flush().map_err(io_error)?;
        }
        _ => return Err(unsupported(vm, "not writable")),
    }
    Ok(Value::Int(bytes.len() as i64))
}

fn decoded(bytes: Vec<u8>) -> Result<String, PyError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[at];
        let why = match e.utf8_error().error_len() {
            None => "unexpected end of data",
            Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
            Some(_) => "invalid continuation byte",
        };
        args::error(
            ExcKind::UnicodeDecodeError,
            format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: {why}"),
        )
    })
}

/// An I/O error as CPython words it: `[Errno 21] Is a directory`.
fn io_error(e: std::io::Error) -> PyError {
    let (kind, msg) = os_message(&e);
    args::error(kind, msg)
}

fn os_message(e: &std::io::Error) -> (ExcKind, String) {
    let text = e.to_string();
    let Some(code) = e.raw_os_error() else {
        return (ExcKind::OSError, text);
    };
    let suffix = format!(" (os error {code})");
    let text = text.strip_suffix(&suffix).unwrap_or(&text);
    let kind = match code {
        2 => ExcKind::FileNotFoundError,
        1 | 13 => ExcKind::PermissionError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    (kind, format!("[Errno {code}] {text}"))
}

/// `size=-1` of `read` and `readline`: None for all.
fn size_arg(vm: &Vm, name: &str, rest: &[Value], kwargs: &[KwArg]) -> Result<Option<usize>, PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count(name, rest, 0, 1)?;
    match rest.first() {
        None | Some(Value::None) => Ok(None),
        Some(&v) => {
            let n = args::index_arg(vm, v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, _, rest) = source_of(vm, args)?;
    let limit = size_arg(vm, "read", &rest, kwargs)?;
    let text = read_text(vm, source, false, limit)?;
    Ok(vm.new_str(text))
}

fn readline(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, _, rest) = source_of(vm, args)?;
    let limit = size_arg(vm, "readline", &rest, kwargs)?;
    let text = read_line(vm, source, limit)?;
    Ok(vm.new_str(text))
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, _, rest) = source_of(vm, args)?;
    args::no_kwargs("readlines", kwargs)?;
    args::count("readlines", &rest, 0, 1)?;
    let list = vm.new_list(Vec::new());
    args::with_roots(vm, &[list], |vm| loop {
        let text = read_line(vm, source, None)?;
        if text.is_empty() {
            return Ok(list);
        }
        let line = vm.new_str(text);
        vm.heap.append(list.as_obj().expect("a list"), line)?;
    })
}

/// `for line in stream`: the next line, StopIteration at the end.
fn next_line(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, _, _) = source_of(vm, args)?;
    let text = read_line(vm, source, None)?;
    if text.is_empty() {
        return Err(stop());
    }
    Ok(vm.new_str(text))
}

/// `write(s)`: the number of characters written.
fn write(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (source, _, rest) = source_of(vm, args)?;
    let s = args::exactly_one("write", &rest, kwargs)?;
    let Some(text) = vm.as_str(s).map(str::to_string) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("write() argument must be str, not {}", vm.type_name(s)),
        ));
    };
    write_to(vm, source, &text)?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn write_to(vm: &mut Vm, source: i64, text: &str) -> Result<(), PyError> {
    match source {
        STDOUT => vm.write_out(text),
        STDERR => {
            // What the script printed before shows before its error text.
            vm.flush_out();
            vm.charge_bytes(text.len())?;
            vm.io.err.write_all(text.as_bytes()).map_err(io_error)?;
            vm.io.err.flush().map_err(io_error)
        }
        _ => Err(unsupported(vm, "not writable")),
    }
}

fn flush(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, _) = buffer_source(vm, args, TP_NAME)?;
    if source == STDOUT {
        vm.flush_out();
    }
    Ok(Value::None)
}

fn readable(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, _) = buffer_source(vm, args, TP_NAME)?;
    Ok(Value::Bool(source >= STDIN))
}

fn writable(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, _) = buffer_source(vm, args, TP_NAME)?;
    Ok(Value::Bool(source < STDIN))
}

/// `close()`: a file's handle is released; the standard streams stay.
fn close(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (source, this, _) = source_of(vm, args)?;
    if source > STDIN {
        vm.io.files.remove(&source);
        let closed = vm.heap.intern("closed");
        vm.set_attr(this, closed, Value::Bool(true))?;
    }
    Ok(Value::None)
}

/// `with open(...) as f:` ends with `f.close()`.
fn exit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    close(vm, &args[..1.min(args.len())], kwargs)?;
    Ok(Value::None)
}

/// `print(..., file=stream)` for one of these streams: the whole line at
/// once. None when `file` is some other object (print calls its `write`).
pub(crate) fn print_to(vm: &mut Vm, file: Value, line: &str) -> Option<Result<(), PyError>> {
    let source = crate::modules::native_class::state(vm, file, TP_NAME)
        .ok()
        .filter(|_| vm.class_of(file).is_some_and(|c| vm.class_name(c) == TP_NAME))
        .map(|state| field(vm, state, SOURCE).as_index().unwrap_or(STDIN))?;
    Some(write_to(vm, source, line))
}

/// `input(prompt='')`: the prompt written and flushed, then one line of
/// standard input without its newline; EOFError at the end of the input.
pub(crate) fn input(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("input", kwargs)?;
    args::count("input", args, 0, 1)?;
    if vm.io.stdin.is_none() {
        return Err(not_allowed("input()", "standard input"));
    }
    if let Some(&prompt) = args.first() {
        let text = vm.str_value(prompt)?;
        vm.write_out(&text)?;
    }
    vm.flush_out();
    let mut line = read_line(vm, STDIN, None)?;
    if line.is_empty() {
        return Err(args::error(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(vm.new_str(line))
}

/// `open(file, mode='r', buffering=-1, encoding=None, ...)`, for reading
/// text (UTF-8) or bytes.
pub(crate) fn open(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    args::at_most_total("open", args, kwargs, 8)?;
    let [file, mode, _, encoding, ..] = args::bind_required("open", args, kwargs, NAMES, 1)?;
    let file = file.expect("required");
    if !vm.io.files_allowed {
        return Err(not_allowed("open()", "file access"));
    }
    let path = fspath(vm, file)?;
    let mode = match mode {
        None => "r".to_string(),
        Some(m) => match vm.as_str(m) {
            Some(m) => m.to_string(),
            None => {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!("open() argument 'mode' must be str, not {}", vm.type_name(m)),
                ))
            }
        },
    };
    check_mode(&mode)?;
    let binary = mode.contains('b');
    let encoding = match encoding.filter(|e| !e.is_none()) {
        Some(_) if binary => {
            return Err(args::error(
                ExcKind::ValueError,
                "binary mode doesn't take an encoding argument",
            ))
        }
        Some(e) => check_encoding(vm, e)?,
        None => "UTF-8".to_string(),
    };
    let opened = std::fs::File::open(&path).and_then(|f| {
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    });
    let f = opened.map_err(|e| os_error(&e, &path))?;
    let source = vm.io.next_file;
    vm.io.next_file += 1;
    vm.io.files.insert(source, BufReader::new(f));
    let name = vm.new_str(path);
    let mode = if binary { "rb" } else { &mode };
    let stream = new_stream(vm, source, name, mode)?;
    if !binary {
        let encoding = vm.new_str(encoding);
        let attr = vm.heap.intern("encoding");
        args::with_roots(vm, &[stream], |vm| vm.set_attr(stream, attr, encoding))?;
    }
    Ok(stream)
}

/// The path a file argument names: a str, or what an object's
/// `__fspath__` gives (`pathlib.Path`), as CPython's `os.fspath`.
pub(crate) fn fspath(vm: &mut Vm, file: Value) -> Result<String, PyError> {
    if let Some(path) = vm.as_str(file) {
        return Ok(path.to_string());
    }
    let not_path = |vm: &Vm, v: Value| {
        args::error(
            ExcKind::TypeError,
            format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)),
        )
    };
    match vm.call_special(file, Special::Fspath, &[])? {
        Some(path) => match vm.as_str(path) {
            Some(path) => Ok(path.to_string()),
            None => Err(args::error(
                ExcKind::TypeError,
                format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(file),
                    vm.type_name(path)
                ),
            )),
        },
        None => Err(not_path(vm, file)),
    }
}

/// An error of the host's file system as CPython reports it, naming the
/// path: `[Errno 2] No such file or directory: 'data.txt'`.
pub(crate) fn os_error(e: &std::io::Error, path: &str) -> PyError {
    let (kind, msg) = os_message(e);
    args::error(kind, format!("{msg}: {}", crate::format::str_repr(path)))
}

/// Whether the host let scripts read files.
pub(crate) fn files_allowed(vm: &Vm) -> bool {
    vm.io.files_allowed
}

/// `PermissionError` unless the host let scripts read files (`what`
/// names the operation refused).
pub(crate) fn check_files_allowed(vm: &Vm, what: &str) -> Result<(), PyError> {
    if files_allowed(vm) {
        Ok(())
    } else {
        Err(not_allowed(what, "file access"))
    }
}

/// Read-only: `r`, `rt` and `rb`; other valid modes are refused plainly,
/// invalid ones with CPython's errors, in CPython's order.
fn check_mode(mode: &str) -> Result<(), PyError> {
    let invalid = |msg: String| Err(args::error(ExcKind::ValueError, msg));
    if !mode.chars().all(|c| "rwxabt+".contains(c)) || !mode.chars().all(|c| mode.matches(c).count() == 1) {
        return invalid(format!("invalid mode: '{mode}'"));
    }
    if mode.contains('b') && mode.contains('t') {
        return invalid("can't have text and binary mode at once".into());
    }
    match mode.chars().filter(|c| "rwxa".contains(*c)).count() {
        1 => {}
        0 => return invalid("Must have exactly one of create/read/write/append mode and at most one plus".into()),
        _ => return invalid("must have exactly one of create/read/write/append mode".into()),
    }
    if mode.contains(['w', 'a', 'x', '+']) {
        return Err(args::error(
            ExcKind::NotImplementedError,
            format!("open() for writing (mode '{mode}') is not supported by Rumba: files are read-only"),
        ));
    }
    Ok(())
}

/// The encoding named, if Rumba reads it (UTF-8 only).
fn check_encoding(vm: &Vm, encoding: Value) -> Result<String, PyError> {
    let Some(name) = vm.as_str(encoding) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "open() argument 'encoding' must be str or None, not {}",
                vm.type_name(encoding)
            ),
        ));
    };
    let normal = name.to_ascii_lowercase().replace(['-', '_'], "");
    if normal == "utf8" {
        return Ok(name.to_string());
    }
    Err(args::error(
        ExcKind::NotImplementedError,
        format!("open() with encoding '{name}' is not supported by Rumba (only UTF-8)"),
    ))
}
