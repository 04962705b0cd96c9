//! Methods of `tuple`: `index` and `count`, shared with `list`.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::object::Items;
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

fn items(vm: &Vm, recv: Value) -> Items<'_> {
    Items::Values(recv.as_obj().and_then(|r| vm.heap.tuple(r)).map_or(&[], |t| t))
}

fn index(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    match find_in(vm, items(vm, recv), "tuple.index", args, kwargs)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(args::error(ExcKind::ValueError, "tuple.index(x): x not in tuple")),
    }
}

fn count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let value = args::exactly_one("tuple.count", args, kwargs)?;
    count_in(vm, items(vm, recv), value)
}
