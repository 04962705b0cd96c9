//! `set` and `frozenset`: an open-addressing hash table laid out as
//! CPython's, so a printed set lists its items in CPython's order.
//!
//! A set has no insertion order: it prints in the order of its table's
//! slots, so matching CPython's output means matching its table slot for
//! slot: the same sizes (8 slots, then powers of two), the same probe
//! sequence (up to nine neighbouring slots, then a jump mixing in the
//! hash's high bits), the same growth rule (at three fifths full, to four
//! times the live count), a deleted slot kept as a marker that a later add
//! may take, and the same ways of building one set from another (copying
//! the slots outright when the shapes agree). The tests below pin orders
//! CPython 3.11 printed.
//!
//! Like the dict table, this one does not hash or compare values itself:
//! callers pass each key's hash and an equality test (`ops/set.rs`).

use std::cell::Cell;

use super::{Header, Kind, Object};
use crate::value::Value;

/// The smallest table.
const MIN_SLOTS: usize = 8;
/// Neighbouring slots tried before jumping elsewhere in the table.
const LINEAR_PROBES: usize = 9;
/// The hash of a deleted slot (no live key hashes to -1: CPython's hashes
/// never do, and neither do Rumba's).
const DELETED: i64 = -1;

/// One slot: empty (key `Undef`, hash 0), deleted (key `Undef`, hash -1)
/// or live.
#[derive(Clone, Copy, Debug)]
pub struct SetEntry {
    pub hash: i64,
    pub key: Value,
}

impl SetEntry {
    const EMPTY: SetEntry = SetEntry {
        hash: 0,
        key: Value::Undef,
    };
    #[inline]
    pub fn is_live(&self) -> bool {
        !matches!(self.key, Value::Undef)
    }
    #[inline]
    fn is_empty(&self) -> bool {
        !self.is_live() && self.hash != DELETED
    }
}

/// What `SetTable::place_key` found: the slot of the key, or the slot an
/// add takes (`empty`: a never-used slot, not a deleted one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Found(usize),
    Vacant { slot: usize, empty: bool },
}

#[derive(Clone)]
pub struct SetTable {
    /// `mask + 1` slots, a power of two, at least `MIN_SLOTS`.
    slots: Vec<SetEntry>,
    /// Slots that are live or deleted.
    fill: usize,
    /// Live slots.
    used: usize,
    /// Where the next `pop` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            slots: vec![SetEntry::EMPTY; MIN_SLOTS],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    /// A table with no slots, allocating nothing, that holds a set's place
    /// while the set's own table is taken out to be changed beside another
    /// set's (`Vm::set_merge`). Never probed: nothing runs meanwhile.
    pub fn detached() -> SetTable {
        SetTable {
            slots: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// The slots a probe for `hash` visits, in order, in a table of `mask + 1`
/// slots: runs of a start slot and up to nine neighbours while they fit
/// before the end, each next start mixing in more of the hash's bits.
/// Callers walk a run as a plain range, which keeps the innermost loop of
/// every lookup free of the jump's arithmetic.
struct Probe {
    mask: usize,
    perturb: u64,
    start: usize,
}

impl Probe {
    #[inline]
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            mask,
            perturb: hash as u64,
            start: hash as u64 as usize & mask,
        }
    }

    /// The slots of the current run.
    #[inline]
    fn run(&self) -> std::ops::Range<usize> {
        let last = if self.start + LINEAR_PROBES <= self.mask {
            self.start + LINEAR_PROBES
        } else {
            self.start
        };
        self.start..last + 1
    }

    /// On to the next run.
    #[inline]
    fn jump(&mut self) {
        self.perturb >>= 5;
        self.start = (self
            .start
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
    }
}

impl SetTable {
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot of the key that has `hash` and satisfies `same`.
    #[inline]
    pub fn find<E>(&self, hash: i64, same: impl FnMut(Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        self.find_key(hash, Value::Undef, same)
    }

    /// The slot of `key`, which has `hash`: a key identical to it (the
    /// common case, tested inline), or one that `equal` says is equal.
    /// `Undef` as `key` matches by `equal` alone.
    #[inline(always)]
    pub fn find_key<E>(
        &self,
        hash: i64,
        key: Value,
        mut equal: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let slots = &self.slots[..];
        let mut probe = Probe::new(hash, self.mask());
        // A probe ends: the table always has an empty slot.
        loop {
            for slot in probe.run() {
                let e = &slots[slot];
                // An empty slot's hash is 0, a live key's may be too: the
                // hash is compared first as it rules out the most slots.
                if e.hash == hash && e.is_live() {
                    if e.key.is(key) || equal(e.key)? {
                        return Ok(Some(slot));
                    }
                } else if e.is_empty() {
                    return Ok(None);
                }
            }
            probe.jump();
        }
    }

    /// Where `key` (with `hash`) is, or where an add would put it: one
    /// probe that looks and places, as CPython 3.11's add does. Absent, it
    /// takes the last deleted slot the probe passed, else the empty slot
    /// that ended it ("last" was found by comparing orders and table sizes
    /// with CPython's).
    #[inline(always)]
    pub fn place_key<E>(
        &self,
        hash: i64,
        key: Value,
        mut equal: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Place, E> {
        let slots = &self.slots[..];
        let mut deleted = None;
        let mut probe = Probe::new(hash, self.mask());
        // A probe ends: the table always has an empty slot.
        loop {
            for slot in probe.run() {
                let e = &slots[slot];
                if e.hash == hash && e.is_live() {
                    if e.key.is(key) || equal(e.key)? {
                        return Ok(Place::Found(slot));
                    }
                } else if e.is_empty() {
                    return Ok(match deleted {
                        Some(slot) => Place::Vacant { slot, empty: false },
                        None => Place::Vacant { slot, empty: true },
                    });
                } else if !e.is_live() {
                    deleted = Some(slot);
                }
            }
            probe.jump();
        }
    }

    /// Adds a key the caller found absent (with `find`), where
    /// `place_key` would put it.
    pub fn insert_absent(&mut self, hash: i64, key: Value) {
        let never_equal = |_| Ok::<bool, ()>(false);
        // No key is compared, so nothing is found.
        if let Ok(Place::Vacant { slot, empty }) = self.place_key(hash, Value::Undef, never_equal) {
            self.put_vacant(hash, key, slot, empty);
        }
    }

    /// Adds `key` at the vacant slot `place_key` gave (a table that has
    /// not changed since), growing the table when an empty slot fills it.
    pub fn put_vacant(&mut self, hash: i64, key: Value, slot: usize, empty: bool) {
        self.used += 1;
        self.slots[slot] = SetEntry { hash, key };
        if empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(self.growth_target());
            }
        }
    }

    /// After keys were discarded in bulk (`-=`, `difference_update`, `-`):
    /// a table more than a quarter deleted slots is rebuilt at the size an
    /// add's growth picks, as CPython 3.11's `set_difference_update` does
    /// (which decides the order the set prints in).
    pub fn shed_deleted(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// The live count a table grows to hold when an add fills it.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Bytes the next `add` of a new key may allocate (a bigger table, held
    /// beside the old one while it is filled).
    pub fn growth_for_add(&self) -> usize {
        if (self.fill + 1) * 5 >= self.mask() * 3 {
            let target = if self.used + 1 > 50_000 {
                (self.used + 1) * 2
            } else {
                (self.used + 1) * 4
            };
            SetTable::slots_for(target) * std::mem::size_of::<SetEntry>()
        } else {
            0
        }
    }

    /// Bytes a table holding `n` keys added at once may need (`merge`).
    pub fn bytes_for(n: usize) -> usize {
        SetTable::slots_for(n * 2) * std::mem::size_of::<SetEntry>()
    }

    /// The smallest table with more than `min_used` slots.
    fn slots_for(min_used: usize) -> usize {
        let mut size = MIN_SLOTS;
        while size <= min_used {
            size <<= 1;
        }
        size
    }

    /// Moves the live keys into a table of more than `min_used` slots,
    /// in the order of their old slots.
    fn resize(&mut self, min_used: usize) {
        let old = std::mem::replace(&mut self.slots, vec![SetEntry::EMPTY; SetTable::slots_for(min_used)]);
        let mask = self.mask();
        for e in old.iter().filter(|e| e.is_live()) {
            SetTable::place(&mut self.slots, mask, *e);
        }
        self.fill = self.used;
    }

    /// Puts a key known to be absent into the first empty slot of its
    /// probe (a table with no deleted slots).
    fn place(slots: &mut [SetEntry], mask: usize, e: SetEntry) {
        let mut probe = Probe::new(e.hash, mask);
        loop {
            for slot in probe.run() {
                if !slots[slot].is_live() {
                    slots[slot] = e;
                    return;
                }
            }
            probe.jump();
        }
    }

    /// Adds every key of `other` (`update`, `|`, `set(other_set)`) as
    /// CPython's `set_merge` does: one growth for all of them, then, into
    /// an empty table, the keys placed without comparisons (the slots
    /// copied as they are when the sizes agree and `other` has no deleted
    /// slots), else each key added in `other`'s slot order, `equal`
    /// deciding keys of one hash that are not identical. An error from
    /// `equal` stops the merge with the keys before it added.
    pub fn merge<E>(
        &mut self,
        other: &SetTable,
        mut equal: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            if self.mask() == other.mask() && other.fill == other.used {
                self.slots.copy_from_slice(&other.slots);
            } else {
                let mask = self.mask();
                for e in other.slots.iter().filter(|e| e.is_live()) {
                    SetTable::place(&mut self.slots, mask, *e);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for e in other.iter() {
            if let Place::Vacant { slot, empty } = self.place_key(e.hash, e.key, |k| equal(k, e.key))? {
                self.put_vacant(e.hash, e.key, slot, empty);
            }
        }
        Ok(())
    }

    /// Makes room for `n` keys about to be added one by one (`set(dict)`
    /// grows once, as CPython's does).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Deletes the key in `slot`.
    pub fn remove_at(&mut self, slot: usize) -> Value {
        let key = self.slots[slot].key;
        self.slots[slot] = SetEntry {
            hash: DELETED,
            key: Value::Undef,
        };
        self.used -= 1;
        key
    }

    /// Removes some key (`set.pop`): the first live one from where the last
    /// pop stopped.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut slot = self.finger & mask;
        while !self.slots[slot].is_live() {
            slot = (slot + 1) & mask;
        }
        self.finger = slot + 1;
        Some(self.remove_at(slot))
    }

    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetTable::default();
        self.finger = finger;
    }

    /// The live entries, in slot order (the order a set prints in).
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> + '_ {
        self.slots.iter().filter(|e| e.is_live())
    }

    /// The first live entry at or after slot `from`, and its slot:
    /// iterators walk the table with it.
    pub fn next_live(&self, from: usize) -> Option<(usize, SetEntry)> {
        (from..self.slots.len())
            .find(|&i| self.slots[i].is_live())
            .map(|i| (i, self.slots[i]))
    }

    /// CPython's `frozenset` hash: every key's hash, its bits shuffled so
    /// that sets of near-equal hashes spread, combined by XOR (so the order
    /// of the slots does not matter), then the count and a final mix.
    pub fn hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut h = self.iter().fold(0u64, |acc, e| acc ^ shuffle(e.hash as u64));
        h ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
        if h == u64::MAX {
            590_923_713
        } else {
            h as i64
        }
    }

    /// Every key, for the collector.
    pub fn for_each_key(&self, mut f: impl FnMut(Value)) {
        self.iter().for_each(|e| f(e.key));
    }

    pub fn owned_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<SetEntry>()
    }
}

/// A `set` or a `frozenset` (the same table; a frozenset is never changed
/// after it is built, so its hash is kept once computed).
#[repr(C)]
pub struct SetObj {
    header: Header,
    pub table: SetTable,
    pub frozen: bool,
    hash: Cell<Option<i64>>,
}

impl SetObj {
    pub fn new(table: SetTable, frozen: bool) -> SetObj {
        SetObj {
            header: Header::new(Kind::Set),
            table,
            frozen,
            hash: Cell::new(None),
        }
    }

    /// A frozenset's hash, computed on first use.
    pub fn frozen_hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = self.table.hash();
        self.hash.set(Some(h));
        h
    }
}

// SAFETY: repr(C), header first, kind Set (see `new`).
unsafe impl Object for SetObj {
    const KIND: Kind = Kind::Set;
    fn owned_bytes(&self) -> usize {
        self.table.owned_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: Value, b: Value) -> Result<bool, ()> {
        Ok(matches!((a, b), (Value::Int(x), Value::Int(y)) if x == y))
    }

    fn add(t: &mut SetTable, k: i64) -> bool {
        if find(t, k).is_some() {
            return false;
        }
        t.insert_absent(k, Value::Int(k));
        true
    }

    fn merge(t: &mut SetTable, other: &SetTable) {
        t.merge(other, same).unwrap();
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|e| match e.key {
                Value::Int(k) => k,
                _ => -1,
            })
            .collect()
    }

    fn find(t: &SetTable, k: i64) -> Option<usize> {
        t.find(k, |v| same(v, Value::Int(k))).unwrap()
    }

    // Small ints hash to themselves, so these orders are CPython 3.11's
    // for the same operations on ints.
    #[test]
    fn orders_as_cpython() {
        let mut t = SetTable::default();
        for k in [0, 8, 16, 24, 32] {
            assert!(add(&mut t, k));
        }
        // The fifth key filled three fifths: the table grew to 32 slots.
        assert_eq!(order(&t), [0, 32, 8, 16, 24]);
        assert!(!add(&mut t, 8));

        // `s = {0, 8}; s.remove(0); s.add(16)`: 16 takes 0's old slot.
        let mut t = SetTable::default();
        add(&mut t, 0);
        add(&mut t, 8);
        let slot = find(&t, 0).unwrap();
        t.remove_at(slot);
        add(&mut t, 16);
        assert_eq!(order(&t), [16, 8]);
        assert_eq!(find(&t, 0), None);
        assert_eq!(t.len(), 2);

        // Add 0, 8, 16, 24; remove 0 and 8; add 8, then 0: {0, 8, 16, 24}
        // (each takes the last deleted slot on its probe, not the first).
        let mut t = SetTable::default();
        for k in [0, 8, 16, 24] {
            add(&mut t, k);
        }
        for k in [0, 8] {
            let slot = find(&t, k).unwrap();
            t.remove_at(slot);
        }
        add(&mut t, 8);
        add(&mut t, 0);
        assert_eq!(order(&t), [0, 8, 16, 24]);
    }

    #[test]
    fn grows_finds_and_pops() {
        let mut t = SetTable::default();
        for k in 0..10_000 {
            add(&mut t, k * 1024);
        }
        assert_eq!(t.len(), 10_000);
        for k in (0..10_000).step_by(3) {
            let slot = find(&t, k * 1024).expect("present");
            t.remove_at(slot);
        }
        assert!(find(&t, 3 * 1024).is_none());
        assert!(find(&t, 4 * 1024).is_some());
        let mut popped = 0;
        while t.pop().is_some() {
            popped += 1;
        }
        assert_eq!(popped, 10_000 - 3334);
        assert!(t.is_empty());
    }

    #[test]
    fn merge_copies_or_places() {
        let mut a = SetTable::default();
        for k in [5, 13, 21] {
            add(&mut a, k);
        }
        // `a = set(); a.add(5); a.add(13); a.add(21)`: {13, 21, 5}.
        assert_eq!(order(&a), [13, 21, 5]);
        let mut b = SetTable::default();
        merge(&mut b, &a);
        assert_eq!(order(&b), order(&a));
        // `c = {13, 2}; c |= a`: {2, 21, 5, 13}.
        let mut c = SetTable::default();
        add(&mut c, 13);
        add(&mut c, 2);
        merge(&mut c, &a);
        assert_eq!(c.len(), 4);
        assert_eq!(order(&c), [2, 21, 5, 13]);
    }

    #[test]
    fn frozenset_hashes_as_cpython() {
        // hash(frozenset()), hash(frozenset({1, 2})) in CPython 3.11.
        assert_eq!(SetTable::default().hash(), 133_146_708_735_736);
        let mut t = SetTable::default();
        add(&mut t, 1);
        add(&mut t, 2);
        assert_eq!(t.hash(), -1_826_646_154_956_904_602);
    }
}
