//! `doctest`: the module is Python (`doctest.py`, written for Rumba),
//! run as a module of its own on its first import. What CPython does with
//! `exec`, `sys.modules['__main__']` and a swapped `sys.stdout` the
//! natives here do: the main module's globals, a copy of them for each
//! docstring's examples, and an example run with its output kept.

use std::rc::Rc;

use crate::error::{ExcKind, PyError, RawError};
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::{Vm, MAIN_NAMESPACE};

const SOURCE: &str = include_str!("doctest.py");

/// `import doctest`.
pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "doctest",
        SOURCE,
        &[
            ("_main_items", main_items),
            ("_new_globs", new_globs),
            ("_clear_globs", clear_globs),
            ("_run_example", run_example),
            ("_first_line", first_line),
            ("_main_source", main_source),
        ],
    )
}

/// `_main_items()`: the main module's bound globals as `(name, value)`
/// pairs, in the order CPython's module dict has them (first binding).
pub(super) fn main_items(vm: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    let items = vm.namespace_items(MAIN_NAMESPACE);
    vm.temp_roots.extend(items.iter().map(|&(_, v)| v));
    let mut pairs = Vec::with_capacity(items.len());
    for (name, value) in &items {
        let name = vm.new_str(&**name);
        vm.temp_roots.push(name);
        let pair = vm.new_tuple([name, *value]);
        vm.temp_roots.pop();
        vm.temp_roots.push(pair);
        pairs.push(pair);
    }
    let list = vm.new_list(pairs);
    vm.temp_roots.truncate(vm.temp_roots.len() - 2 * items.len());
    Ok(list)
}

/// `_first_line(f)`: the line a function's `def` (or its first
/// decorator) is on, CPython's `f.__code__.co_firstlineno`; None for
/// anything else.
fn first_line(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    Ok(match args.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(crate::object::Obj::Function(f)) => Value::Int(i64::from(vm.codes[f.code.0 as usize].code.first_line)),
        _ => Value::None,
    })
}

/// `_main_source()`: the main module's source text (what CPython's
/// doctest reads from its file to find where each docstring starts), or
/// None when the compile kept none (a script read from stdin).
fn main_source(vm: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    let source = vm
        .codes
        .iter()
        .find(|c| !c.freed && c.namespace == MAIN_NAMESPACE && c.code.source.is_some())
        .and_then(|c| c.code.source.clone());
    Ok(match source {
        Some(text) => vm.new_str(&text),
        None => Value::None,
    })
}

/// `_new_globs(globs, extraglobs)`: a namespace of globals holding a
/// copy of the main module's, or of dict `globs` when not None, updated
/// with dict `extraglobs` when not None (CPython's `globs.copy()` for each
/// docstring); its number.
fn new_globs(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let ns = vm.new_namespace();
    let dict_items = |vm: &Vm, v: Option<&Value>| -> Option<Vec<(Value, Value)>> {
        let d = vm.heap.dict(v?.as_obj()?)?;
        Some(d.table.iter().map(|e| (e.key, e.value)).collect())
    };
    match dict_items(vm, args.first()) {
        Some(items) => set_globals(vm, ns, items)?,
        None => {
            for (name, value) in vm.namespace_items(MAIN_NAMESPACE) {
                vm.set_global_in(ns, &name, value);
            }
        }
    }
    if let Some(items) = dict_items(vm, args.get(1)) {
        set_globals(vm, ns, items)?;
    }
    Ok(Value::Int(i64::from(ns)))
}

/// Binds each (name, value) of a dict's items as a global of `ns`.
fn set_globals(vm: &mut Vm, ns: u32, items: Vec<(Value, Value)>) -> Result<(), PyError> {
    for (key, value) in items {
        let Some(name) = vm.as_str(key).map(str::to_owned) else {
            return Err(RawError::type_error("doctest: the names of globs must be strs").into());
        };
        vm.set_global_in(ns, &name, value);
    }
    Ok(())
}

/// `_clear_globs(ns)`: unbinds every global of a docstring's namespace
/// once its examples ran (CPython's `test.globs.clear()`), so what they
/// made can be collected.
fn clear_globs(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let ns = namespace_arg(vm, args.first().copied())?;
    for (name, _) in vm.namespace_items(ns) {
        vm.set_global_in(ns, &name, Value::Undef);
    }
    Ok(Value::None)
}

fn namespace_arg(vm: &Vm, v: Option<Value>) -> Result<u32, PyError> {
    match v {
        Some(Value::Int(n)) if n > 0 && (n as u64) < u64::from(u32::MAX) && vm.namespace_exists(n as u32) => {
            Ok(n as u32)
        }
        _ => Err(RawError::type_error("doctest: not a namespace of examples").into()),
    }
}

/// `_run_example(source, ns, filename)`: runs `source` as an entry at the
/// interactive prompt (expression values printed) with the globals of
/// namespace `ns`; `(output, exception)`, the exception None when it ran
/// through. An error no `except` may catch (the budget, the heap limit,
/// an interrupt) ends the run, as it does in any script.
fn run_example(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let [source, ns, filename] = args else {
        return Err(RawError::type_error("_run_example() takes 3 arguments").into());
    };
    let source = vm.str_value(*source)?;
    let ns = namespace_arg(vm, Some(*ns))?;
    let filename = vm.str_value(*filename)?;
    let Some(code) = vm.compile_interactive(&source, &filename) else {
        let exc = vm.exception_object(&PyError::new(ExcKind::SyntaxError, "invalid syntax"));
        return Ok(output_and_exception(vm, "", exc));
    };
    if vm.native_depth >= vm.limits.max_native_reentry {
        return Err(PyError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG));
    }
    let id = vm.load_code_in(Rc::new(code), ns);
    if vm.recording {
        vm.abandon_recording("doctest ran an example");
    }
    let (ran, output) = vm.capture_output(|vm| {
        let interactive = std::mem::replace(&mut vm.interactive, true);
        vm.native_depth += 1;
        let ran = vm.run_module(id);
        vm.native_depth -= 1;
        vm.interactive = interactive;
        ran
    });
    let exc = match ran {
        Ok(()) => Value::None,
        Err(e) if Vm::catchable(&e) => vm.exception_object(&e),
        Err(e) => return Err(e),
    };
    Ok(output_and_exception(vm, &output, exc))
}

/// `(output, exception)`, `_run_example`'s result.
fn output_and_exception(vm: &mut Vm, output: &str, exc: Value) -> Value {
    vm.temp_roots.push(exc);
    let out = vm.new_str(output);
    vm.temp_roots.push(out);
    let pair = vm.new_tuple([out, exc]);
    vm.temp_roots.truncate(vm.temp_roots.len() - 2);
    pair
}
