//! Methods of the built-in types (`s.split()`, `xs.append(x)`,
//! `d.items()`), one file per type. `find_method` runs on every method
//! call, so it dispatches on the type first and then matches the name
//! within that type's short table.

mod bytearray;
mod bytes;
mod bytes_text;
pub(crate) mod dict;
mod dunder;
pub(crate) mod list;
mod number;
mod set;
pub(crate) mod sort;
mod str;
pub(crate) mod str_case;
mod str_format;
mod str_split;
mod str_translate;
#[cfg(test)]
mod tests;
mod tuple;

pub(crate) use dict::dict_update;
pub(crate) use dunder::{is_slot_wrapper, unhashable_hash};
pub(crate) use list::position_in;
pub(crate) use sort::{sort_list, sort_options};

use crate::native::NativeMethodPtr;
use crate::object::TypeKind;

/// The range of `bytes` left once the bytes `strip` takes are removed
/// from the chosen ends (`str.strip`'s ASCII pass, `bytes.strip`).
pub(crate) fn trimmed(bytes: &[u8], left: bool, right: bool, strip: impl Fn(u8) -> bool) -> std::ops::Range<usize> {
    let (mut lo, mut hi) = (0, bytes.len());
    if left {
        while lo < hi && strip(bytes[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(bytes[hi - 1]) {
            hi -= 1;
        }
    }
    lo..hi
}

/// A built-in type's static method (`str.maketrans`, `dict.fromkeys`).
pub fn find_static(kind: TypeKind, name: &str) -> Option<crate::native::NativeFn> {
    let (name, func): (&'static str, crate::native::NativeFnPtr) = match (kind, name) {
        (TypeKind::Str, "maketrans") => ("maketrans", str_translate::maketrans),
        (TypeKind::Dict, "fromkeys") => ("fromkeys", dict::fromkeys),
        (TypeKind::Int, "from_bytes") => ("from_bytes", number::from_bytes),
        (TypeKind::Bytes | TypeKind::ByteArray, _) => return bytes::find_static(kind, name),
        _ => return None,
    };
    Some(crate::native::NativeFn { name, func })
}

/// The method `name` of values of type `kind`, if it has one.
pub fn find_method(kind: TypeKind, name: &str) -> Option<NativeMethodPtr> {
    let own = match kind {
        TypeKind::Str => str::lookup(name),
        TypeKind::List => list::lookup(name),
        TypeKind::Dict => dict::lookup(name),
        TypeKind::Tuple => tuple::lookup(name),
        TypeKind::Set => set::lookup(name, false),
        TypeKind::FrozenSet => set::lookup(name, true),
        TypeKind::Int | TypeKind::Bool => number::lookup_int(name),
        TypeKind::Float => number::lookup_float(name),
        TypeKind::Complex => number::lookup_complex(name),
        TypeKind::Bytes => bytes::lookup(name, false),
        TypeKind::ByteArray => bytes::lookup(name, true),
        TypeKind::Property => property_lookup(name),
        TypeKind::Generator => crate::generator::lookup(name),
        TypeKind::Coroutine => crate::generator::coroutine_lookup(name),
        TypeKind::AsyncGenerator => crate::async_generator::lookup(name),
        _ => None,
    };
    // Ordinary names never reach the special methods' table.
    match own {
        None if name.starts_with("__") => dunder::lookup(kind, name),
        own => own,
    }
}

/// `prop.getter`, `prop.setter`, `prop.deleter`: a copy of the property
/// with that function replaced (the decorator form of `property`).
fn property_lookup(name: &str) -> Option<NativeMethodPtr> {
    fn getter(
        vm: &mut crate::vm::Vm,
        p: crate::value::Value,
        args: &[crate::value::Value],
        kw: &[crate::native::KwArg],
    ) -> crate::native::NativeResult {
        let f = crate::builtins::args::exactly_one("getter", args, kw)?;
        crate::classes::property_with(vm, p, "getter", f)
    }
    fn setter(
        vm: &mut crate::vm::Vm,
        p: crate::value::Value,
        args: &[crate::value::Value],
        kw: &[crate::native::KwArg],
    ) -> crate::native::NativeResult {
        let f = crate::builtins::args::exactly_one("setter", args, kw)?;
        crate::classes::property_with(vm, p, "setter", f)
    }
    fn deleter(
        vm: &mut crate::vm::Vm,
        p: crate::value::Value,
        args: &[crate::value::Value],
        kw: &[crate::native::KwArg],
    ) -> crate::native::NativeResult {
        let f = crate::builtins::args::exactly_one("deleter", args, kw)?;
        crate::classes::property_with(vm, p, "deleter", f)
    }
    match name {
        "getter" => Some(getter),
        "setter" => Some(setter),
        "deleter" => Some(deleter),
        _ => None,
    }
}
