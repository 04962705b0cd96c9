//! `slice`: the object `x[a:b:c]` passes to a class's `__getitem__`,
//! `__setitem__` and `__delitem__`, and that indexes a sequence as the
//! slice it stands for (`items[slice(1, None, 2)]`).
//!
//! A built-in class written in Rust (`modules/native_class.rs`) whose
//! instances hold `start`, `stop` and `step` as attributes. The
//! interpreter's own slicing (`LOAD_SLICE` on a list, str, tuple...)
//! makes none: a slice object is made only when a script's method is to
//! receive one or a script calls `slice()`.

use crate::builtins::args;
use crate::error::{PyError, RawError};
use crate::modules::native_class::make_class_in;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::Obj;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

const FIELDS: [&str; 3] = ["start", "stop", "step"];

impl Vm {
    /// Makes the `slice` class (once, as the VM is built).
    pub(crate) fn make_slice_class(&mut self) -> Value {
        const METHODS: &[(&str, NativeFnPtr)] = &[
            ("__init__", init),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", unhashable),
            ("indices", indices),
        ];
        let class = make_class_in(self, "builtins", "slice", METHODS, &[]);
        self.slice_class = class.as_obj();
        class
    }

    /// A new `slice(start, stop, step)`.
    pub(crate) fn new_slice(&mut self, bounds: [Value; 3]) -> Result<Value, PyError> {
        let class = self.slice_class.expect("the slice class");
        let slice = self.alloc_instance(class);
        args::with_roots(self, &[slice], |vm| set_bounds(vm, slice, bounds))?;
        Ok(slice)
    }

    /// The bounds of `v` if it is a slice object.
    pub(crate) fn slice_bounds(&self, v: Value) -> Option<[Value; 3]> {
        let class = self.slice_class?;
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(i)) if i.class == class => {}
            _ => return None,
        }
        let Some(Obj::Instance(i)) = v.as_obj().map(|r| self.heap.get(r)) else {
            return None;
        };
        let mut bounds = [Value::None; 3];
        for (bound, name) in bounds.iter_mut().zip(FIELDS) {
            let name = self.heap.find_interned(name)?;
            if let Some(slot) = self.shapes.slot(i.shape(), name) {
                *bound = i.slot(slot);
            }
        }
        Some(bounds)
    }

    /// Whether `v`'s class has `name` as a method of the script's (a
    /// slice is passed to it; a list subclass without one is sliced as
    /// its list).
    pub(crate) fn script_special(&self, v: Value, name: Special) -> bool {
        self.class_of(v).is_some()
            && matches!(
                self.special_method(v, name)
                    .and_then(|m| m.as_obj())
                    .map(|r| self.heap.get(r)),
                Some(Obj::Function(_))
            )
    }
}

fn set_bounds(vm: &mut Vm, slice: Value, bounds: [Value; 3]) -> Result<(), PyError> {
    for (name, v) in FIELDS.into_iter().zip(bounds) {
        let name = vm.heap.intern(name);
        vm.set_attr(slice, name, v)?;
    }
    Ok(())
}

/// `slice(stop)`, `slice(start, stop[, step])`.
fn init(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("slice", kw)?;
    let bounds = match a {
        [_] => return Err(RawError::type_error("slice expected at least 1 argument, got 0").into()),
        [_, stop] => [Value::None, *stop, Value::None],
        [_, start, stop] => [*start, *stop, Value::None],
        [_, start, stop, step] => [*start, *stop, *step],
        _ => {
            return Err(RawError::type_error(format!(
                "slice expected at most 3 arguments, got {}",
                a.len().saturating_sub(1)
            ))
            .into())
        }
    };
    set_bounds(vm, a[0], bounds)?;
    Ok(Value::None)
}

fn this_bounds(vm: &Vm, a: &[Value]) -> Result<[Value; 3], PyError> {
    a.first()
        .and_then(|&v| vm.slice_bounds(v))
        .ok_or_else(|| RawError::type_error("descriptor requires a 'slice' object").into())
}

/// `slice(1, None, 2)`.
fn repr(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let bounds = this_bounds(vm, a)?;
    let mut parts = Vec::with_capacity(3);
    for b in bounds {
        parts.push(vm.repr_of(b)?);
    }
    Ok(vm.new_str(format!("slice({})", parts.join(", "))))
}

/// Slices are equal when their bounds are, as tuples of them.
fn eq(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let this = this_bounds(vm, a)?;
    let Some(other) = a.get(1).and_then(|&v| vm.slice_bounds(v)) else {
        return Ok(crate::builtin_bases::not_implemented(vm));
    };
    let (x, y) = (vm.new_tuple(this), vm.new_tuple(other));
    args::with_roots(vm, &[x, y], |vm| vm.eq_any(x, y).map(Value::Bool))
}

fn ne(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    match eq(vm, a, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn unhashable(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(RawError::type_error("unhashable type: 'slice'").into())
}

/// `s.indices(length)`: `(start, stop, step)` clipped to a sequence of
/// that length, as slicing one would take them.
fn indices(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("indices", kw)?;
    let bounds = this_bounds(vm, a)?;
    let [_, length] = a else {
        return Err(RawError::type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ))
        .into());
    };
    let len = args::index_arg(vm, *length)?;
    if len < 0 {
        return Err(RawError::value_error("length should not be negative").into());
    }
    let r = crate::ops::index::resolve_slice(len as usize, bounds[0], bounds[1], bounds[2])?;
    Ok(vm.new_tuple([Value::Int(r.start), Value::Int(r.stop), Value::Int(r.step)]))
}
