//! `dataclasses`: the module is Python (`dataclasses.py`, written in
//! Python), run as a module of its own on its first import. `__init__` is
//! generated as source text so its signature and argument errors are a
//! real function's; `_compile_create_fn` compiles that text.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::error::{ExcKind, PyError, RawError};
use crate::native::{KwArg, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::{Vm, MAIN_NAMESPACE};

const SOURCE: &str = include_str!("dataclasses.py");

/// `import dataclasses`.
pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(vm, "dataclasses", SOURCE, &[("_compile_create_fn", compile_create_fn)])
}

/// `_compile_create_fn(text, module, qualname)`: compiles `text`, which
/// defines `__create_fn__` (whose call returns the generated method), with
/// the globals of module `module` (the class's, as CPython's `exec` is
/// given), and returns `__create_fn__`. The method's `__qualname__` is
/// `qualname.name`, as CPython's `_set_qualname` makes it, so argument
/// errors name the class.
fn compile_create_fn(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let [text, module, qualname] = args else {
        return Err(RawError::type_error("_compile_create_fn() takes 3 arguments").into());
    };
    let text = vm.str_value(*text)?;
    let module = vm.str_value(*module)?;
    let qualname = vm.str_value(*qualname)?;
    let mut code = vm.compile_source(&text, "<string>").ok_or_else(|| {
        PyError::from(RawError::new(
            ExcKind::RuntimeError,
            "dataclasses: a generated method did not compile",
        ))
    })?;
    let Some(create_fn) = code.children.first_mut() else {
        return Err(RawError::new(ExcKind::RuntimeError, "dataclasses: no __create_fn__").into());
    };
    for method in &mut Rc::make_mut(create_fn).children {
        let method: &mut CodeObject = Rc::make_mut(method);
        method.qualname = format!("{qualname}.{}", method.name).into();
    }
    let ns = module_namespace(vm, &module);
    let id = vm.load_code_in(Rc::new(code), ns);
    let child = vm.codes[id.0 as usize].children[0];
    Ok(vm.function_of(child, &[]))
}

/// The namespace of globals of the module named `name`: a script's module
/// that was imported, else the main script's.
fn module_namespace(vm: &Vm, name: &str) -> u32 {
    let module = vm.modules.get(name).and_then(|m| m.as_obj());
    match module.map(|m| vm.heap.get(m)) {
        Some(Obj::Module(m)) => m.script_namespace().unwrap_or(MAIN_NAMESPACE),
        _ => MAIN_NAMESPACE,
    }
}
