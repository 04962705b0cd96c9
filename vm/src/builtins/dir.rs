//! `dir()`: CPython's sorted list of names, where Rumba can know them.
//!
//! A built-in type's names come from CPython 3.11 itself (`dir_names.rs`,
//! written by `dir_names.py`), since Rumba's types do not hold every
//! method CPython's do. A script's own class contributes the names its
//! namespace holds as CPython's class dict holds them (`__doc__` always,
//! `__dict__` and `__weakref__` where the class adds them, its `__slots__`),
//! an instance its attributes, and a module of the script its globals with
//! the dunders CPython's import binds. Where the answer would be Rumba's
//! and not CPython's (a built-in module, a class or module written in
//! Python inside Rumba, a type the table lacks), `dir` is refused.

use std::collections::BTreeSet;

use super::args;
use super::dir_names::DIR_NAMES;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// The dunders CPython's import binds in a module's globals.
const MODULE_DUNDERS: &[&str] = &[
    "__builtins__",
    "__cached__",
    "__doc__",
    "__file__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
];

pub(super) fn dir(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("dir", kw)?;
    let names = match a {
        [] => scope_names(vm)?,
        [v] => match own_dir_method(vm, *v)? {
            Some(listed) => return Ok(listed),
            None => object_names(vm, *v)?,
        },
        _ => {
            return Err(RawError::type_error(format!("dir expected at most 1 argument, got {}", a.len())).into());
        }
    };
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `dir()`: the names bound in the calling function, or in the module.
fn scope_names(vm: &mut Vm) -> Result<BTreeSet<String>, PyError> {
    let Some(frame) = vm.frames.last().copied() else {
        return Err(refused("dir() outside a script"));
    };
    let entry = &vm.codes[frame.code.0 as usize];
    let (is_module, ns) = (entry.code.is_module, entry.namespace);
    let filename = entry.code.filename.clone();
    let class_body = entry.code.locals.names.first().is_some_and(|n| &**n == ".ns");
    if class_body {
        return Err(refused("dir() in a class body"));
    }
    if !is_module {
        return Ok(super::exec::frame_locals(vm)
            .into_iter()
            .map(|(n, _)| n.to_string())
            .collect());
    }
    let mut names = module_globals(vm, ns, &filename)?;
    // The main module's globals always hold `__annotations__`.
    if ns == crate::vm::MAIN_NAMESPACE {
        names.insert("__annotations__".into());
    }
    Ok(names)
}

/// The globals of a module of the script (namespace `ns`, its code's file
/// `filename`), with the dunders CPython binds; refused for a module
/// written inside Rumba.
fn module_globals(vm: &Vm, ns: u32, filename: &str) -> Result<BTreeSet<String>, PyError> {
    let items = vm.namespace_items(ns);
    let bound = items
        .iter()
        .find(|(n, _)| &**n == "__file__")
        .and_then(|(_, v)| vm.as_str(*v));
    // A host may run the main script without binding `__file__`.
    let file = bound.or(Some(filename));
    if file.is_some_and(is_rumba_source) {
        return Err(refused("dir() of a module Rumba provides"));
    }
    let mut names: BTreeSet<String> = items.iter().map(|(n, _)| n.to_string()).collect();
    names.extend(MODULE_DUNDERS.iter().map(|s| s.to_string()));
    if file.is_some_and(|f| f.starts_with('<')) {
        // `-c` and the prompt: CPython's `__main__` has no file then.
        names.remove("__file__");
        names.remove("__cached__");
    }
    Ok(names)
}

/// A `__dir__` that a script's class defines: what it returns, as a
/// sorted list.
fn own_dir_method(vm: &mut Vm, v: Value) -> Result<Option<Value>, PyError> {
    let Some(class) = vm.class_of(v) else { return Ok(None) };
    let name = vm.heap.intern("__dir__");
    let Some(method) = vm.class_attr(class, name)? else {
        return Ok(None);
    };
    let listed = args::with_roots(vm, &[method], |vm| vm.call_value(method, &[v]))?;
    let items = args::with_roots(vm, &[listed], |vm| vm.collect_iterable(listed))?;
    let list = vm.new_list(items);
    args::with_roots(vm, &[list], |vm| crate::methods::sort::sort_list(vm, list, None, false))?;
    Ok(Some(list))
}

/// `dir(v)` without a `__dir__` of the script's.
fn object_names(vm: &mut Vm, v: Value) -> Result<BTreeSet<String>, PyError> {
    let Some(r) = v.as_obj() else {
        return table_names(vm.type_name(v));
    };
    match vm.heap.get(r) {
        Obj::Class(_) => class_names(vm, r),
        Obj::Type(t) => table_names(t.name()),
        Obj::Module(m) => match m.script_namespace() {
            Some(ns) => module_globals(vm, ns, "<module>"),
            None => Err(refused("dir() of a module Rumba provides")),
        },
        Obj::Instance(i) => {
            let class = i.class;
            let mut names = class_names(vm, class)?;
            if let Ok(d) = vm.get_attr(v, "__dict__") {
                if let Some(Obj::Dict(dict)) = d.as_obj().map(|o| vm.heap.get(o)) {
                    let keys: Vec<Value> = dict.table.iter().map(|e| e.key).collect();
                    names.extend(keys.into_iter().filter_map(|k| vm.as_str(k).map(str::to_string)));
                }
            }
            Ok(names)
        }
        _ => table_names(vm.type_name(v)),
    }
}

/// The names along a class's MRO: a script class's namespace as CPython's
/// class dict holds it, a built-in class's names from the table.
fn class_names(vm: &mut Vm, class: ObjRef) -> Result<BTreeSet<String>, PyError> {
    let mro = vm.mro(class).to_vec();
    let mut names = BTreeSet::new();
    for (at, &k) in mro.iter().enumerate() {
        let Obj::Class(c) = vm.heap.get(k) else { continue };
        let (name, dict) = (c.name, c.dict);
        if !is_script_class(vm, k) {
            // A native class's name carries its module (`collections.deque`).
            let short = name.rsplit('.').next().unwrap_or(name);
            let found = table_names(short).map_err(|_| refused(&format!("dir() along the MRO of '{short}'")))?;
            names.extend(found);
            continue;
        }
        let keys: Vec<Value> = match vm.heap.dict(dict) {
            Some(d) => d.table.iter().map(|e| e.key).collect(),
            None => Vec::new(),
        };
        let own: Vec<String> = keys
            .into_iter()
            .filter_map(|k| vm.as_str(k).map(str::to_string))
            .collect();
        let slots = own.iter().any(|n| n == "__slots__");
        for n in own {
            // CPython keeps the qualified name out of the class dict.
            if n != "__qualname__" && n != "__classcell__" {
                names.insert(n);
            }
        }
        names.insert("__doc__".into());
        if slots {
            names.extend(slot_names(vm, dict)?);
        } else {
            // The class adds `__dict__` and `__weakref__` unless a base
            // of the script's already did (an exception base has a dict).
            let bases = &mro[at + 1..];
            let script_base = bases.iter().any(|&b| is_script_class(vm, b));
            let exception_base = bases.iter().any(|&b| vm.is_exception_class(b));
            if !script_base && !exception_base {
                names.insert("__dict__".into());
            }
            if !script_base {
                names.insert("__weakref__".into());
            }
        }
    }
    Ok(names)
}

/// The names a class's `__slots__` declares (CPython makes a member for
/// each but `__dict__` and `__weakref__`, which are names of their own).
fn slot_names(vm: &mut Vm, dict: ObjRef) -> Result<Vec<String>, PyError> {
    let key = vm.new_str("__slots__");
    let Some(slots) = vm.dict_get(dict, key)? else {
        return Ok(Vec::new());
    };
    if let Some(one) = vm.as_str(slots) {
        return Ok(vec![one.to_string()]);
    }
    let items = args::with_roots(vm, &[slots], |vm| vm.collect_iterable(slots))?;
    Ok(items
        .into_iter()
        .filter_map(|v| vm.as_str(v).map(str::to_string))
        .collect())
}

/// Whether `class` is a script's own (made by a `class` statement of the
/// main script or of a module it imported), not a class Rumba provides,
/// natively (a named tuple's too) or in Python.
fn is_script_class(vm: &Vm, class: ObjRef) -> bool {
    let Obj::Class(c) = vm.heap.get(class) else {
        return false;
    };
    if c.stands_for.get().is_some() {
        return false;
    }
    let Some(d) = vm.heap.dict(c.dict) else { return false };
    let text = |v: Value| vm.as_str(v).map(str::to_string);
    let entry = |name: &str| {
        d.table
            .iter()
            .find(|e| text(e.key).as_deref() == Some(name))
            .map(|e| e.value)
    };
    if entry("__qualname__").is_none() {
        return false;
    }
    let Some(module) = entry("__module__").and_then(text) else {
        return false;
    };
    if module == "__main__" {
        return true;
    }
    let Some(Value::Obj(m)) = vm.modules.get(module.as_str()).copied() else {
        return false;
    };
    let Obj::Module(m) = vm.heap.get(m) else { return false };
    let Some(ns) = m.script_namespace() else { return false };
    vm.get_global_in(ns, "__file__")
        .and_then(|f| vm.as_str(f))
        .is_some_and(|f| !is_rumba_source(f))
}

/// Whether `file` names a module Rumba provides, written in Python.
fn is_rumba_source(file: &str) -> bool {
    file.starts_with("<rumba ")
}

/// CPython's names for built-in type `name`.
fn table_names(name: &str) -> Result<BTreeSet<String>, PyError> {
    match DIR_NAMES.iter().find(|(n, _)| *n == name) {
        Some((_, names)) => Ok(names.iter().map(|s| s.to_string()).collect()),
        None => Err(refused(&format!("dir() of an object of type '{name}'"))),
    }
}

fn refused(what: &str) -> PyError {
    PyError::new(
        ExcKind::NotImplementedError,
        format!("{what} is not supported by Rumba (its names would be Rumba's, not CPython's)"),
    )
}
