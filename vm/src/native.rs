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

/// The functions an embedding host gave its scripts: each is a
/// `HostFunctionObj` naming its index here. The host converts the
/// arguments, runs its function and converts the result back; the VM only
/// routes the call. Host functions cannot reach the VM that calls them.
pub trait HostCalls {
    fn call(&mut self, vm: &mut Vm, index: u32, args: &[Value], kwargs: &[KwArg]) -> NativeResult;
    /// The host's own table, to add functions to.
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
}
