//! `io.BytesIO`: a binary stream in memory. Its state holds its bytes
//! (a bytearray the stream alone sees), its position and whether it is
//! closed; like `StringIO` it touches no host resource.

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::{Obj, ObjMut};
use crate::value::Value;
use crate::vm::Vm;

use super::super::native_class::{field, init_state, make_class, set_field, stop};
use super::{able, close, closed, exit, flush, iter_self, open_state_of, seek_args, tell, MemoryStream};

const TP_NAME: &str = "_io.BytesIO";

/// Fields of a BytesIO's state.
const DATA: usize = 0;
const POSITION: usize = 1;
const CLOSED: usize = 2;

pub(super) fn class(vm: &mut Vm) -> Value {
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("__init__", init),
        ("write", write),
        ("writelines", writelines),
        ("getvalue", getvalue),
        ("read", read),
        ("read1", read),
        ("readline", readline),
        ("readlines", readlines),
        ("__iter__", iter_self::<BytesStream>),
        ("__next__", next_line),
        ("seek", seek),
        ("tell", tell::<BytesStream>),
        ("truncate", truncate),
        ("close", close::<BytesStream>),
        ("flush", flush::<BytesStream>),
        ("readable", able::<BytesStream>),
        ("writable", able::<BytesStream>),
        ("seekable", able::<BytesStream>),
        ("__enter__", iter_self::<BytesStream>),
        ("__exit__", exit::<BytesStream>),
    ];
    let class = make_class(vm, TP_NAME, METHODS, &[]);
    super::closed_property(vm, class, closed::<BytesStream>);
    class
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub(crate) fn bytes_like(vm: &Vm, v: Value) -> Result<&[u8], PyError> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Bytes(b)) => Ok(&b.data),
        _ => Err(args::error(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )),
    }
}

/// `BytesIO(initial_bytes=b'')`: positioned at the start.
fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some((&this, rest)) = args.split_first() else {
        return Err(args::error(ExcKind::TypeError, "BytesIO.__init__ needs an instance"));
    };
    args::at_most_total("BytesIO", rest, kwargs, 1)?;
    let [initial] = args::bind("BytesIO", rest, kwargs, ["initial_bytes"])?;
    let data = match initial.filter(|v| !v.is_none()) {
        None => Vec::new(),
        Some(v) => bytes_like(vm, v)?.to_vec(),
    };
    let data = vm.new_bytes(data, true);
    args::with_roots(vm, &[data], |vm| {
        init_state(vm, this, TP_NAME, vec![data, Value::Int(0), Value::Bool(false)])
    })?;
    Ok(Value::None)
}

pub(super) struct BytesStream;

impl MemoryStream for BytesStream {
    const TP_NAME: &'static str = TP_NAME;
    const POSITION: usize = POSITION;
    const CLOSED: usize = CLOSED;
    const CLOSED_MSG: &'static str = "I/O operation on closed file.";
    fn drop_contents(vm: &mut Vm, st: ObjRef) {
        with_data(vm, st, |d| *d = Vec::new());
    }
}

fn open_state(vm: &Vm, args: &[Value]) -> Result<ObjRef, PyError> {
    open_state_of::<BytesStream>(vm, args)
}

fn position(vm: &Vm, st: ObjRef) -> usize {
    field(vm, st, POSITION).as_index().unwrap_or(0).max(0) as usize
}

fn data(vm: &Vm, st: ObjRef) -> &[u8] {
    match field(vm, st, DATA).as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Bytes(b)) => &b.data,
        _ => &[],
    }
}

fn with_data<R>(vm: &mut Vm, st: ObjRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    let r = field(vm, st, DATA).as_obj()?;
    match vm.heap.get_mut(r) {
        ObjMut::Bytes(b) => Some(f(&mut b.data)),
        _ => None,
    }
}

/// Writes `bytes` at the position (past the end, the gap is zeros).
fn write_bytes(vm: &mut Vm, st: ObjRef, bytes: &[u8]) -> Result<usize, PyError> {
    let at = position(vm, st);
    let len = data(vm, st).len();
    let end = at + bytes.len();
    if end > len {
        vm.heap.reserve(end - len)?;
        vm.heap.note_growth(end - len);
    }
    vm.charge_bytes(bytes.len())?;
    with_data(vm, st, |d| {
        if d.len() < end {
            d.resize(end, 0);
        }
        d[at..end].copy_from_slice(bytes);
    });
    set_field(vm, st, POSITION, Value::Int(end as i64));
    Ok(bytes.len())
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let b = args::exactly_one("write", &args[1..], kwargs)?;
    let bytes = bytes_like(vm, b)?.to_vec();
    Ok(Value::Int(write_bytes(vm, st, &bytes)? as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let lines = args::exactly_one("writelines", &args[1..], kwargs)?;
    let it = vm.get_iter(lines)?;
    args::with_roots(vm, &[it], |vm| {
        while let Some(line) = super::super::native_class::next_of(vm, it)? {
            let bytes = bytes_like(vm, line)?.to_vec();
            write_bytes(vm, st, &bytes)?;
        }
        Ok(Value::None)
    })
}

fn getvalue(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    args::no_args("getvalue", &args[1..], kwargs)?;
    let bytes = data(vm, st).to_vec();
    vm.charge_bytes(bytes.len())?;
    Ok(vm.new_bytes(bytes, false))
}

/// `size=-1`: None for all.
fn size_arg(vm: &Vm, args: &[Value]) -> Result<Option<usize>, PyError> {
    match args.get(1).copied() {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_index() {
            Some(n) => Ok(usize::try_from(n).ok()),
            None => Err(args::error(
                ExcKind::TypeError,
                format!("argument should be integer or None, not '{}'", vm.type_name(v)),
            )),
        },
    }
}

/// Reads from the position: up to `size` bytes, stopping after the first
/// newline when `line`.
fn read_from(vm: &mut Vm, st: ObjRef, size: Option<usize>, line: bool) -> NativeResult {
    let at = position(vm, st);
    let d = data(vm, st);
    let rest = d.get(at..).unwrap_or(&[]);
    let mut n = size.map_or(rest.len(), |s| s.min(rest.len()));
    if line {
        if let Some(nl) = rest[..n].iter().position(|&b| b == b'\n') {
            n = nl + 1;
        }
    }
    let out = rest[..n].to_vec();
    vm.charge_bytes(n)?;
    set_field(vm, st, POSITION, Value::Int((at + n) as i64));
    Ok(vm.new_bytes(out, false))
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

fn is_empty(vm: &Vm, v: Value) -> bool {
    bytes_like(vm, v).is_ok_and(<[u8]>::is_empty)
}

/// `readlines(hint=-1)`: the lines left, or with a positive hint, the
/// lines up to the first that brings their length to it (BytesIO's own
/// rule: at least `hint` bytes, where StringIO's is more than).
fn readlines(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let hint = match args.get(1).copied() {
        None | Some(Value::None) => None,
        Some(v) => match v.as_index() {
            Some(h) => usize::try_from(h).ok().filter(|&h| h > 0),
            None => {
                let got = vm.type_name(v);
                return Err(PyError::new(
                    ExcKind::TypeError,
                    format!("integer argument expected, got '{got}'"),
                ));
            }
        },
    };
    let list = vm.new_list(Vec::new());
    let mut total = 0;
    args::with_roots(vm, &[list], |vm| loop {
        let line = read_from(vm, st, None, true)?;
        if is_empty(vm, line) {
            return Ok(list);
        }
        total += bytes_like(vm, line).map_or(0, <[u8]>::len);
        vm.heap.append(list.as_obj().expect("a list"), line)?;
        if hint.is_some_and(|h| total >= h) {
            return Ok(list);
        }
    })
}

fn next_line(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let line = read_from(vm, st, None, true)?;
    if is_empty(vm, line) {
        return Err(stop());
    }
    Ok(line)
}

/// `seek(pos, whence=0)`: from the start, the position or the end.
fn seek(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let (pos, whence) = seek_args(vm, args, kwargs)?;
    let base = match whence {
        0 if pos < 0 => {
            return Err(args::error(ExcKind::ValueError, format!("negative seek value {pos}")));
        }
        0 => 0,
        1 => position(vm, st) as i64,
        2 => data(vm, st).len() as i64,
        _ => {
            return Err(args::error(
                ExcKind::ValueError,
                format!("invalid whence ({whence}, should be 0, 1 or 2)"),
            ))
        }
    };
    let to = base.saturating_add(pos).max(0);
    set_field(vm, st, POSITION, Value::Int(to));
    Ok(Value::Int(to))
}

/// `truncate(size=None)`: cuts the bytes at `size` (the position when
/// None); the position stays.
fn truncate(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let st = open_state(vm, args)?;
    let size = match args.get(1).copied() {
        None | Some(Value::None) => position(vm, st),
        Some(v) => match v.as_index() {
            Some(n) if n < 0 => return Err(args::error(ExcKind::ValueError, format!("negative size value {n}"))),
            Some(n) => n as usize,
            None => return Err(args::not_an_integer(vm, v)),
        },
    };
    with_data(vm, st, |d| d.truncate(size));
    Ok(Value::Int(size as i64))
}
