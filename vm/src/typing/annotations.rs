//! `__annotations__`: the dict a module fills from `x: int = 0`
//! statements, and the one each function keeps for its parameters and
//! return value.

use crate::object::{Obj, ObjMut};
use crate::value::Value;
use crate::vm::Vm;

/// `SetupAnnotations`: the module's `__annotations__` (global slot
/// `slot`) becomes a new dict unless it is already bound. The interactive
/// prompt runs this for every entry; the dict outlives them, as CPython's.
pub fn setup_annotations(vm: &mut Vm, slot: usize) {
    if let Value::Undef = vm.globals[slot] {
        vm.globals[slot] = vm.new_dict();
    }
}

/// `AnnotateFunction`: `function` keeps `annotations` (a dict built at
/// its `def`) as its `__annotations__`.
pub fn annotate_function(vm: &mut Vm, function: Value, annotations: Value) {
    if let Some(ObjMut::Function(f)) = function.as_obj().map(|r| vm.heap.get_mut(r)) {
        f.annotations = annotations;
    }
}

/// `f.__annotations__`: the dict from its `def`, or (for a function
/// without annotations) an empty dict made on first use and kept, so the
/// attribute is the same object each time. None if `v` is not a function.
pub(crate) fn function_annotations(vm: &mut Vm, v: Value) -> Option<Value> {
    let r = v.as_obj()?;
    match vm.heap.get(r) {
        Obj::Function(f) if !matches!(f.annotations, Value::Undef) => Some(f.annotations),
        Obj::Function(_) => {
            let dict = vm.new_dict();
            annotate_function(vm, v, dict);
            Some(dict)
        }
        _ => None,
    }
}
