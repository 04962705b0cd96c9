//! The `bisect` module: binary search in a sorted sequence, with `lo`,
//! `hi` and `key=` as CPython 3.11 takes them.

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::less;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("bisect_left", bisect_left),
        ("bisect_right", bisect_right),
        ("bisect", bisect_right),
        ("insort_left", insort_left),
        ("insort_right", insort_right),
        ("insort", insort_right),
    ];
    FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect()
}

/// The arguments `(a, x, lo=0, hi=len(a), *, key=None)`.
struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn search_args(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<Search, PyError> {
    // `bisect(a, x)` of a list, the usual call: no binding to do.
    if let (&[a, x], []) = (args, kwargs) {
        if let Some(list) = a.as_obj().and_then(|r| vm.heap.list(r)) {
            let hi = list.len() as i64;
            return Ok(Search {
                a,
                x,
                lo: 0,
                hi,
                key: None,
            });
        }
    }
    args::at_most_total(name, args, kwargs, 5)?;
    let [a, x, lo, hi, key] = args::bind_required(name, args, kwargs, ["a", "x", "lo", "hi", "key"], 2)?;
    let (a, x) = (a.expect("required"), x.expect("required"));
    let lo = match lo {
        Some(v) => args::index_arg(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(args::error(ExcKind::ValueError, "lo must be non-negative"));
    }
    let hi = match hi {
        None | Some(Value::None) => match vm.instance_len(a)? {
            Some(n) => n,
            None => vm.len_of(a)?,
        },
        Some(v) => args::index_arg(vm, v)?,
    };
    Ok(Search {
        a,
        x,
        lo,
        hi,
        key: key.filter(|k| !k.is_none()),
    })
}

/// The first position where `x` could go: after the items less than it
/// (`right` false), or after those not greater (`right` true).
fn position(vm: &mut Vm, s: &Search, x: Value, right: bool) -> Result<i64, PyError> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        vm.charge(crate::limits::ITEM_TICKS)?;
        let mid = lo + (hi - lo) / 2;
        let mut item = vm.get_item(s.a, Value::Int(mid))?;
        if let Some(key) = s.key {
            item = args::with_roots(vm, &[item], |vm| vm.call_value(key, &[item]))?;
        }
        let go_left = if right { less(vm, x, item)? } else { !less(vm, item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = search_args(vm, "bisect_left", args, kwargs)?;
    Ok(Value::Int(position(vm, &s, s.x, false)?))
}

fn bisect_right(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = search_args(vm, "bisect_right", args, kwargs)?;
    Ok(Value::Int(position(vm, &s, s.x, true)?))
}

/// `insort_*`: inserts `x` where `bisect_*` of its key says, through the
/// sequence's own `insert`.
fn insort(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str, right: bool) -> NativeResult {
    let s = search_args(vm, name, args, kwargs)?;
    let k = match s.key {
        Some(key) => vm.call_value(key, &[s.x])?,
        None => s.x,
    };
    let at = args::with_roots(vm, &[k], |vm| position(vm, &s, k, right))?;
    let insert = vm.get_attr(s.a, "insert")?;
    args::with_roots(vm, &[insert], |vm| vm.call_value(insert, &[Value::Int(at), s.x]))?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    insort(vm, args, kwargs, "insort_left", false)
}

fn insort_right(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    insort(vm, args, kwargs, "insort_right", true)
}
