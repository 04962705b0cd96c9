//! Methods of the built-in types (`s.split()`, `xs.append(x)`,
//! `d.items()`), one file per type. `find_method` runs on every method
//! call, so it dispatches on the type first and then matches the name
//! within that type's short table.

mod dict;
mod list;
mod number;
mod sort;
mod str;
mod str_case;
mod str_format;
mod str_split;
#[cfg(test)]
mod tests;
mod tuple;

pub(crate) use dict::dict_update;
pub(crate) use list::position_in;
pub(crate) use sort::{sort_list, sort_options};

use crate::native::NativeMethodPtr;
use crate::object::TypeKind;

/// The method `name` of values of type `kind`, if it has one.
pub fn find_method(kind: TypeKind, name: &str) -> Option<NativeMethodPtr> {
    match kind {
        TypeKind::Str => str::lookup(name),
        TypeKind::List => list::lookup(name),
        TypeKind::Dict => dict::lookup(name),
        TypeKind::Tuple => tuple::lookup(name),
        TypeKind::Int | TypeKind::Bool => number::lookup_int(name),
        TypeKind::Float => number::lookup_float(name),
        _ => None,
    }
}
