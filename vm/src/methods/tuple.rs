//! Methods of `tuple`: `index` and `count`, shared with `list`.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::list::{count_in, find_in};

pub(super) fn lookup(name: &str) -> Option<NativeMethodPtr> {
    Some(match name {
        "index" => index as NativeMethodPtr,
        "count" => count,
        _ => return None,
    })
}

fn tuple(recv: Value) -> crate::heap::ObjRef {
    recv.as_obj().expect("tuple methods are called on tuples")
}

fn index(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match find_in(vm, tuple(recv), "tuple.index", args, kwargs)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(args::error(ExcKind::ValueError, "tuple.index(x): x not in tuple")),
    }
}

fn count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let value = args::exactly_one("tuple.count", args, kwargs)?;
    count_in(vm, tuple(recv), value)
}
