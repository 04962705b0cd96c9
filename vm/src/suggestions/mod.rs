//! "Did you mean" in reports: CPython 3.11 ends the last line of the
//! report of a `NameError` or of an `AttributeError` from an attribute
//! lookup with `. Did you mean: 'length'?` when a name it could have
//! meant is close enough (`Python/suggestions.c`). Only the printed
//! report shows it, never `str(e)`, so the VM keeps the name it found
//! in the error (`PyError::suggestion`) and the report adds the words.
//!
//! The rules, as CPython's:
//! - candidates: for a `NameError`, the local variable names of the
//!   frame that raised it, else the module's globals, else the built-ins
//!   (the first of the three lists that offers a match wins); for an
//!   `AttributeError`, `dir()` of the object (sorted);
//! - a list of 750 names or more offers nothing;
//! - the distance is Levenshtein's over UTF-8 bytes with a cost of 2 for
//!   an insertion, deletion or substitution and 1 for a change of ASCII
//!   case, after the common prefix and suffix are dropped; names over 40
//!   bytes (after that) match nothing;
//! - a candidate qualifies at a distance of at most
//!   `(len(name) + len(candidate) + 3) * 2 / 6`; the closest wins, the
//!   first of equals.
//!
//! The lists are computed where the error is raised (an error caught by
//! `hasattr` or `getattr` with a default is spared it).

mod names;

use crate::heap::ObjRef;
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// A list this long offers no suggestion (CPython's
/// `MAX_CANDIDATE_ITEMS`).
const MAX_CANDIDATES: usize = 750;
/// Longer names (after the common affixes) match nothing.
const MAX_NAME_BYTES: usize = 40;
/// The cost of an insertion, a deletion or a substitution.
const MOVE_COST: usize = 2;
/// The cost of a substitution that only changes ASCII case.
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted Levenshtein distance of `a` and `b`, or `max_cost + 1`
/// as soon as it must exceed `max_cost`.
fn distance<'s>(mut a: &'s [u8], mut b: &'s [u8], max_cost: usize) -> usize {
    while let ([x, ..], [y, ..]) = (a, b) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let ([.., x], [.., y]) = (a, b) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_NAME_BYTES || b.len() > MAX_NAME_BYTES {
        return max_cost + 1;
    }
    // `a` the shorter: one row of the matrix, updated in place.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row = [0usize; MAX_NAME_BYTES];
    for (i, cell) in row.iter_mut().take(a.len()).enumerate() {
        *cell = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut diagonal = b_index * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (index, &x) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, x);
            diagonal = row[index];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let allowed = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let allowed = match best {
            Some((_, d)) => allowed.min(d.saturating_sub(1)),
            None => allowed,
        };
        let d = distance(name.as_bytes(), item.as_bytes(), allowed);
        if d > allowed {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(item, _)| item)
}

/// `dir()` of a built-in type, as CPython lists it.
fn type_dir(kind: TypeKind) -> Option<&'static [&'static str]> {
    Some(match kind {
        TypeKind::List => names::LIST,
        TypeKind::Dict => names::DICT,
        TypeKind::Str => names::STR,
        TypeKind::Tuple => names::TUPLE,
        TypeKind::Int => names::INT,
        TypeKind::Float => names::FLOAT,
        TypeKind::Bool => names::BOOL,
        TypeKind::Set => names::SET,
        TypeKind::FrozenSet => names::FROZENSET,
        TypeKind::NoneType => names::NONE,
        TypeKind::Range => names::RANGE,
        _ => return None,
    })
}

/// The global names CPython's module namespace starts with, in order.
const MODULE_DUNDERS: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

impl Vm {
    /// The name CPython would suggest for `NameError` of `name` raised in
    /// the innermost frame.
    pub(crate) fn name_suggestion(&self, name: &str) -> Option<Box<str>> {
        if let Some(frame) = self.frames.last() {
            let code = &self.codes[frame.code.0 as usize].code;
            if !code.is_module {
                let locals = &code.locals;
                let varnames: Vec<&str> = (0..locals.names.len())
                    .filter(|slot| !locals.free.contains(&(*slot as u32)))
                    .map(|slot| &*locals.names[slot])
                    .collect();
                if let Some(found) = closest(name, &varnames) {
                    return Some(found.into());
                }
            }
        }
        let ns = self
            .frames
            .last()
            .map_or(crate::vm::MAIN_NAMESPACE, |f| self.codes[f.code.0 as usize].namespace);
        let mut globals: Vec<&str> = MODULE_DUNDERS.to_vec();
        for (slot, global) in self.global_names.iter().enumerate() {
            let defined =
                self.slot_namespace[slot] == ns && !matches!(self.globals.get(slot), None | Some(Value::Undef));
            if defined && !MODULE_DUNDERS.contains(&&**global) {
                globals.push(global);
            }
        }
        if let Some(found) = closest(name, &globals) {
            return Some(found.into());
        }
        closest(name, names::BUILTINS).map(Into::into)
    }

    /// The name CPython would suggest for `AttributeError` of `name` on
    /// `v`, from `dir(v)`; none while native code that catches the error
    /// (`hasattr`) looks attributes up.
    pub(crate) fn attr_suggestion(&self, v: Value, name: &str) -> Option<Box<str>> {
        if self.quiet_attr_lookups > 0 {
            return None;
        }
        let mut dir = self.dir_names(v)?;
        dir.sort_unstable();
        dir.dedup();
        closest(name, &dir).map(Into::into)
    }

    /// The names `dir(v)` lists (unsorted), or None for a value whose
    /// `dir()` is not known here.
    fn dir_names(&self, v: Value) -> Option<Vec<&str>> {
        let Some(r) = v.as_obj() else {
            return type_dir(self.type_kind(v)).map(<[&str]>::to_vec);
        };
        match self.heap.get(r) {
            Obj::Instance(i) => {
                let state = self.native_state_name;
                let mut out: Vec<&str> = self
                    .shapes
                    .names(i.shape())
                    .iter()
                    .filter(|&&n| Some(n) != state)
                    .filter_map(|&n| self.heap.str_obj(n).map(|s| s.as_str()))
                    .collect();
                self.class_dir(i.class, &mut out);
                Some(out)
            }
            Obj::Class(_) => {
                let mut out = Vec::new();
                self.class_dir(r, &mut out);
                Some(out)
            }
            Obj::Type(kind) => type_dir(kind).map(<[&str]>::to_vec),
            Obj::Module(m) if m.script_namespace().is_some() => {
                let ns = m.namespace;
                let names = (0..self.globals.len())
                    .filter(|&s| self.slot_namespace[s] == ns && !matches!(self.globals[s], Value::Undef))
                    .map(|s| &*self.global_names[s]);
                Some(names.collect())
            }
            Obj::Module(m) => {
                let mut out: Vec<&str> = MODULE_DUNDERS[..5].to_vec();
                out.extend(
                    self.shapes
                        .names(m.shape())
                        .iter()
                        .filter_map(|&n| self.heap.str_obj(n).map(|s| s.as_str())),
                );
                Some(out)
            }
            _ => type_dir(self.type_kind(v)).map(<[&str]>::to_vec),
        }
    }

    /// The names `dir()` of a class adds: each class's namespace along
    /// the MRO (a stand-in for a built-in type as that type's `dir()`).
    fn class_dir<'a>(&'a self, class: ObjRef, out: &mut Vec<&'a str>) {
        for &k in self.mro(class) {
            let Obj::Class(c) = self.heap.get(k) else { continue };
            if Some(k) == self.object_class {
                out.extend_from_slice(names::OBJECT);
                continue;
            }
            if let Some(t) = c.stands_for.get().and_then(type_dir) {
                out.extend_from_slice(t);
                continue;
            }
            if let Some(d) = self.heap.dict(c.dict) {
                out.extend(
                    d.table
                        .iter()
                        .filter_map(|e| self.as_str(e.key))
                        .filter(|&n| n != "__qualname__"),
                );
            }
            // What CPython's class creation adds to a namespace.
            out.extend(["__dict__", "__weakref__", "__doc__"]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggestions_follow_cpython() {
        assert_eq!(closest("apend", &["append", "extend"]), Some("append"));
        assert_eq!(closest("lenght", &["length"]), Some("length"));
        assert_eq!(closest("X", &["x"]), Some("x"));
        assert_eq!(closest("Print", &["print", "len"]), Some("print"));
        assert_eq!(closest("iteritems", &["items", "keys"]), None);
        assert_eq!(closest("foo", &["bar"]), None);
        // The first of equally close names wins.
        assert_eq!(closest("ab", &["ac", "ad"]), Some("ac"));
        let many: Vec<&str> = (0..750).map(|_| "appendx").collect();
        assert_eq!(closest("append", &many), None);
    }
}
