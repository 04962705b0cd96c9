//! `logging`: the module is Python (`logging.py`, written for Rumba), run
//! as a module of its own on its first import. The natives here give it
//! what CPython reads from frame and traceback objects, which Rumba does
//! not make: the place of the caller of a logging call, the stack above
//! it, and the frames a caught exception passed through.

use crate::error::{PyError, TraceEntry};
use crate::native::{KwArg, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("logging.py");

/// The file name of the module's own code (`<rumba logging>`): its frames
/// are skipped when the caller is looked for, as CPython skips those of
/// `logging/__init__.py`.
const OWN_FILENAME: &str = "<rumba logging>";

/// `import logging`.
pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "logging",
        SOURCE,
        &[
            ("_native_caller", caller),
            ("_native_traceback", traceback),
            ("_native_exc_info", exc_info),
        ],
    )
}

/// A frame the caller search passes over without counting it: the
/// logging module's own, and those of built-ins written in Python.
fn internal(filename: &str) -> bool {
    filename == OWN_FILENAME || filename == crate::prelude::FILENAME
}

/// `_native_caller(stacklevel, with_stack)`: `(filename, lineno,
/// funcname, stack)` of the frame CPython's `Logger.findCaller` finds:
/// from the frame calling this native, walking outwards, the
/// `stacklevel`-th frame that is not the logging module's own (or the
/// outermost frame, if the stack ends first). `stack` is None, or with
/// `with_stack` true the entries of that frame and those outside it,
/// outermost first (see `entries`).
fn caller(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let mut level = match args.first() {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        _ => 1,
    };
    let with_stack = matches!(args.get(1), Some(Value::Bool(true)));
    let Some(mut at) = vm.frames.len().checked_sub(1) else {
        return Ok(unknown(vm));
    };
    while level > 0 && at > 0 {
        at -= 1;
        let code = &vm.codes[vm.frames[at].code.0 as usize].code;
        if !internal(&code.filename) {
            level -= 1;
        }
    }
    let entry_of = |vm: &Vm, f: &crate::vm::Frame| crate::interp::frame_entry(&vm.codes[f.code.0 as usize].code, f.pc);
    let found = entry_of(vm, &vm.frames[at]);
    let filename = vm.new_str(&*found.filename);
    vm.temp_roots.push(filename);
    let name = vm.new_str(&*found.name);
    vm.temp_roots.push(name);
    let stack = if with_stack {
        let outermost_first: Vec<TraceEntry> = vm.frames[..=at].iter().map(|f| entry_of(vm, f)).collect();
        entries(vm, &outermost_first)
    } else {
        Value::None
    };
    vm.temp_roots.push(stack);
    let result = vm.new_tuple([filename, Value::Int(i64::from(found.line)), name, stack]);
    vm.temp_roots.truncate(vm.temp_roots.len() - 3);
    Ok(result)
}

/// CPython's answer where no frame is found.
fn unknown(vm: &mut Vm) -> Value {
    let filename = vm.new_str("(unknown file)");
    vm.temp_roots.push(filename);
    let name = vm.new_str("(unknown function)");
    vm.temp_roots.push(name);
    let result = vm.new_tuple([filename, Value::Int(0), name, Value::None]);
    vm.temp_roots.truncate(vm.temp_roots.len() - 2);
    result
}

/// `_native_exc_info()`: what CPython's `sys.exc_info()` gives, `(type,
/// exception, None)` for the exception being handled (Rumba makes no
/// traceback objects), `(None, None, None)` where none is.
fn exc_info(vm: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    let (kind, value) = match vm.handled_exception(0) {
        Some(exc) if !matches!(exc, Value::None) => match vm.class_of(exc) {
            Some(class) => (Value::Obj(class), exc),
            None => (Value::None, Value::None),
        },
        _ => (Value::None, Value::None),
    };
    Ok(vm.new_tuple([kind, value, Value::None]))
}

/// `_native_traceback(exc)`: the entries of the frames a caught exception
/// passed through, outermost first (as `traceback.extract_tb` lists
/// them); an empty list for one never raised, or not an exception.
fn traceback(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let mut found: Vec<TraceEntry> = Vec::new();
    if let Some(Obj::Instance(i)) = args.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        if let Some(caught) = i.traceback.as_deref() {
            for entry in caught.traceback.iter().rev() {
                // A run of one place stands for that many frames.
                for _ in 0..=entry.repeated {
                    found.push(entry.clone());
                }
            }
        }
    }
    Ok(entries(vm, &found))
}

/// A list of `(filename, lineno, name, line)` tuples, `line` the source
/// line stripped of its surrounding blanks (None where no source is
/// known).
fn entries(vm: &mut Vm, list: &[TraceEntry]) -> Value {
    let roots = vm.temp_roots.len();
    let mut items = Vec::with_capacity(list.len());
    for entry in list {
        let filename = vm.new_str(&*entry.filename);
        vm.temp_roots.push(filename);
        let name = vm.new_str(&*entry.name);
        vm.temp_roots.push(name);
        let line = match entry.source.as_deref().and_then(|s| source_line(s, entry.line)) {
            Some(text) => vm.new_str(text),
            None => Value::None,
        };
        vm.temp_roots.push(line);
        let item = vm.new_tuple([filename, Value::Int(i64::from(entry.line)), name, line]);
        vm.temp_roots.push(item);
        items.push(item);
    }
    let result = vm.new_list(items);
    vm.temp_roots.truncate(roots);
    result
}

/// Line `n` (1-based) of `source`, stripped, or None past its end.
fn source_line(source: &str, n: u32) -> Option<&str> {
    let line = source.split('\n').nth((n as usize).checked_sub(1)?)?;
    Some(line.trim_matches(|c: char| c.is_whitespace()))
}
