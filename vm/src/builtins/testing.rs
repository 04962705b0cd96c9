//! Helpers for unit tests of built-ins, methods and modules: call them as
//! a script would and read back what a script would see (the repr of the
//! result, or the last line of the traceback).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use crate::error::PyError;
use crate::native::KwArg;
use crate::value::Value;
use crate::vm::{Limits, Vm};

/// Output that the test can read after the VM wrote it.
#[derive(Clone, Default)]
pub(crate) struct SharedOut(pub Rc<RefCell<Vec<u8>>>);

impl Write for SharedOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub(crate) fn new_vm() -> (Vm, SharedOut) {
    let out = SharedOut::default();
    (Vm::new(Box::new(out.clone()), Limits::default()), out)
}

impl SharedOut {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

fn kwargs_of(kwargs: &[(&str, Value)]) -> Vec<KwArg> {
    kwargs
        .iter()
        .map(|(name, value)| KwArg {
            name: (*name).into(),
            value: *value,
        })
        .collect()
}

/// What a script would print for a result: its repr, or the error line.
pub(crate) fn shown(vm: &Vm, result: Result<Value, PyError>) -> String {
    match result {
        Err(e) if e.msg_deferred => panic!("an error's message is settled before it is shown ({})", e.kind.name()),
        Ok(v) => vm.repr(v).unwrap_or_else(|e| e.to_string()),
        Err(e) => e.last_line(),
    }
}

/// Calls the built-in function `name`.
pub(crate) fn call(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(&str, Value)]) -> String {
    let f = super::BUILTINS
        .iter()
        .find(|f| f.name == name)
        .expect("a built-in of that name");
    let result = (f.func)(vm, args, &kwargs_of(kwargs));
    let result = settled(vm, result);
    shown(vm, result)
}

/// The result as the interpreter would hand it on: an error leaving the
/// built-in for the caller has its message (`Vm::settle_message`).
pub(crate) fn settled(vm: &mut Vm, mut result: Result<Value, PyError>) -> Result<Value, PyError> {
    if let Err(e) = &mut result {
        vm.settle_message(e);
    }
    result
}

/// Calls a built-in type, as `int(...)`.
pub(crate) fn call_type(
    vm: &mut Vm,
    kind: crate::object::TypeKind,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> String {
    let result = super::call_type(vm, kind, args, &kwargs_of(kwargs));
    let result = settled(vm, result);
    shown(vm, result)
}

/// Calls the method `name` of `recv`.
pub(crate) fn call_method(vm: &mut Vm, recv: Value, name: &str, args: &[Value], kwargs: &[(&str, Value)]) -> String {
    let kind = vm.type_kind(recv);
    let method = crate::methods::find_method(kind, name).expect("a method of that name");
    let result = method(vm, recv, args, &kwargs_of(kwargs));
    let result = settled(vm, result);
    shown(vm, result)
}

pub(crate) fn s(vm: &mut Vm, text: &str) -> Value {
    vm.new_str(text)
}

pub(crate) fn ints(vm: &mut Vm, items: &[i64]) -> Value {
    let items = items.iter().map(|i| Value::Int(*i)).collect();
    vm.new_list(items)
}

pub(crate) fn strs(vm: &mut Vm, items: &[&str]) -> Value {
    let items = items.iter().map(|t| vm.new_str(*t)).collect();
    vm.new_list(items)
}

pub(crate) fn tuple(vm: &mut Vm, items: &[Value]) -> Value {
    vm.new_tuple(items)
}
