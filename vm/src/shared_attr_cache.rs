//! Attribute lookups on instances remembered for all instructions at once.
//!
//! Each attribute and method-call instruction caches what it found for
//! one class and shape (`call::AttrCache`), and up to three earlier
//! answers once it meets another (`call::POLY_WAYS`). An instruction that
//! sees the instances of more classes (a base class's method running on
//! each subclass's instances, `task.run()` over a list of different tasks)
//! misses those, and a miss used to search the shape's names and the
//! class's MRO again. It now looks here first: a
//! direct-mapped table keyed by class, shape, name and the instruction's
//! role, holding the same `AttrCache` the instruction would. Entries are
//! checked as an instruction's own are (class, shape and `class_version`,
//! which moves whenever a class changes and at every collection), so a
//! stale one is only a miss; a collision only evicts. CPython's type
//! attribute cache plays this part.

use std::cell::Cell;

use crate::call::AttrCache;
use crate::heap::ObjRef;
use crate::object::ShapeId;

/// Which instruction's answer an entry holds: the same name means a slot
/// to read, a method to call or a slot to write.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Role {
    Load,
    Method,
    Store,
}

type Key = (ObjRef, ShapeId, ObjRef, Role);

#[derive(Clone, Copy, Default)]
struct Entry {
    key: Option<Key>,
    cache: AttrCache,
}

/// Entries in the table: a power of two. A class-heavy program has a few
/// hundred (class, name) pairs in its hot loops.
const ENTRIES: usize = 1024;

pub(crate) struct SharedAttrCache {
    entries: Box<[Cell<Entry>; ENTRIES]>,
}

impl Default for SharedAttrCache {
    fn default() -> Self {
        let entries: Box<[Cell<Entry>]> = vec![Cell::new(Entry::default()); ENTRIES].into_boxed_slice();
        SharedAttrCache {
            entries: entries.try_into().unwrap_or_else(|_| unreachable!("ENTRIES entries")),
        }
    }
}

impl SharedAttrCache {
    fn index(key: Key) -> usize {
        let (class, shape, name, role) = key;
        // Objects are 16-byte aligned: the low bits carry nothing.
        let h = (class.addr() >> 4)
            ^ (name.addr() >> 4).rotate_left(13)
            ^ (shape.0 as u64).wrapping_mul(0x9e37_79b9)
            ^ role as u64;
        (h ^ (h >> 10)) as usize & (ENTRIES - 1)
    }

    /// What an instruction of `role` found for `name` on instances of
    /// `class` with shape `shape`, if the table still holds it (the caller
    /// checks it as it checks its own cache); `Empty` otherwise.
    #[inline]
    pub(crate) fn get(&self, class: ObjRef, shape: ShapeId, name: ObjRef, role: Role) -> AttrCache {
        let key = (class, shape, name, role);
        let e = self.entries[Self::index(key)].get();
        if e.key == Some(key) {
            e.cache
        } else {
            AttrCache::Empty
        }
    }

    pub(crate) fn put(&self, class: ObjRef, shape: ShapeId, name: ObjRef, role: Role, cache: AttrCache) {
        let key = (class, shape, name, role);
        self.entries[Self::index(key)].set(Entry { key: Some(key), cache });
    }
}
