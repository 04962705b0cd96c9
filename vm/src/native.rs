//! Functions written in Rust that scripts can call: built-ins, module
//! functions and methods of built-in types share one calling convention.

use std::rc::Rc;

use crate::error::PyError;
use crate::value::Value;
use crate::vm::Vm;

/// A keyword argument at a call site: `f(x, key=len)`.
#[derive(Clone, Debug)]
pub struct KwArg {
    pub name: Rc<str>,
    pub value: Value,
}

pub type NativeResult = Result<Value, PyError>;

/// A built-in function: `args` are the positional arguments, `kwargs` the
/// keyword ones in call order.
pub type NativeFnPtr = fn(&mut Vm, &[Value], &[KwArg]) -> NativeResult;

/// A method of a built-in type: like a function, with the receiver first.
pub type NativeMethodPtr = fn(&mut Vm, Value, &[Value], &[KwArg]) -> NativeResult;

#[derive(Clone, Copy)]
pub struct NativeFn {
    pub name: &'static str,
    pub func: NativeFnPtr,
}
