//! `dict`: a compact ordered hash table, as CPython's since 3.6.
//!
//! Entries (hash, key, value) sit in a dense vector in insertion order; a
//! separate index table, a power of two in size, maps a hash to an entry's
//! position with open addressing. Iterating is walking the dense vector, a
//! deleted entry leaves a hole (its key is `Undef`) until the table is
//! rebuilt, and each entry keeps its key's hash so lookups compare hashes
//! before keys and a rebuild never hashes a key again.
//!
//! The table does not know how to hash or compare values (a str compares
//! by content, a tuple item by item): callers pass the key's hash and an
//! equality test (`ops/dict.rs`).

use super::{Header, Kind, Object};
use crate::value::Value;

/// An index-table slot that never held an entry (ends a probe).
const FREE: u32 = u32::MAX;
/// An index-table slot whose entry was deleted (a probe goes on past it).
const DUMMY: u32 = u32::MAX - 1;
/// The smallest index table.
const MIN_INDICES: usize = 8;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    /// `Undef` for a deleted entry.
    pub key: Value,
    pub value: Value,
}

impl Entry {
    #[inline]
    pub fn is_live(&self) -> bool {
        !matches!(self.key, Value::Undef)
    }
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    used: usize,
}

/// Where a key is: its slot in the index table and its entry's position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    slot: usize,
    pub entry: usize,
}

impl DictTable {
    /// Live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Finds the entry whose key has `hash` and satisfies `same` (the
    /// caller's equality with the key sought). The probe sequence is
    /// CPython's: it mixes in the hash's high bits, so keys whose hashes
    /// share their low bits (multiples of the table size) still spread.
    pub fn find<E>(&self, hash: i64, mut same: impl FnMut(Value) -> Result<bool, E>) -> Result<Option<Found>, E> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = perturb as usize & mask;
        loop {
            match self.indices[slot] {
                FREE => return Ok(None),
                DUMMY => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash && same(e.key)? {
                        return Ok(Some(Found {
                            slot,
                            entry: ix as usize,
                        }));
                    }
                }
            }
            perturb >>= 5;
            slot = (slot * 5 + perturb as usize + 1) & mask;
        }
    }

    /// Adds an entry for a key the caller found absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild((self.used + 1) * 3);
        }
        let slot = self.free_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
    }

    /// Bytes the next `insert_new` would allocate (new entry space, a new
    /// index table), held beside the old ones until it is done.
    pub fn growth_for_insert(&self) -> usize {
        let entry = std::mem::size_of::<Entry>();
        let mut need = 0;
        if self.entries.len() == self.entries.capacity() {
            need += (self.entries.capacity() * 2).max(4) * entry;
        }
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            need += ((self.used + 1) * 3).max(MIN_INDICES).next_power_of_two() * 4;
        }
        need
    }

    #[inline]
    pub fn entry(&self, at: Found) -> &Entry {
        &self.entries[at.entry]
    }

    #[inline]
    pub fn value_mut(&mut self, at: Found) -> &mut Value {
        &mut self.entries[at.entry].value
    }

    /// Deletes an entry; later entries keep their order.
    pub fn remove(&mut self, at: Found) -> Entry {
        self.indices[at.slot] = DUMMY;
        let e = self.entries[at.entry];
        self.entries[at.entry].key = Value::Undef;
        self.entries[at.entry].value = Value::Undef;
        self.used -= 1;
        e
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(Entry::is_live)?;
        let slot = self.slot_of(self.entries[ix].hash, ix);
        let e = self.remove(Found { slot, entry: ix });
        self.entries.truncate(ix);
        Some(e)
    }

    pub fn clear(&mut self) {
        *self = DictTable::default();
    }

    /// The live entries, in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| e.is_live())
    }

    /// Positions in the entry vector, holes included: iterators walk them.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }
    pub fn raw_entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    /// Every key and value, for the collector.
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
            f(e.value);
        }
    }

    pub fn owned_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.indices.capacity() * 4
    }

    /// The first slot of `hash`'s probe sequence with no entry.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = perturb as usize & mask;
        while self.indices[slot] < DUMMY {
            perturb >>= 5;
            slot = (slot * 5 + perturb as usize + 1) & mask;
        }
        slot
    }

    /// The index-table slot that holds entry `ix` (whose hash is `hash`).
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = perturb as usize & mask;
        while self.indices[slot] != ix as u32 {
            perturb >>= 5;
            slot = (slot * 5 + perturb as usize + 1) & mask;
        }
        slot
    }

    /// Drops the holes and makes an index table for at least `room`
    /// entries at two-thirds load.
    fn rebuild(&mut self, room: usize) {
        let size = room.max(MIN_INDICES).next_power_of_two();
        self.entries.retain(Entry::is_live);
        self.indices = vec![FREE; size];
        for (i, e) in self.entries.iter().enumerate() {
            let slot = self.free_slot(e.hash);
            self.indices[slot] = i as u32;
        }
    }
}

/// A dict object.
#[repr(C)]
pub struct DictObj {
    header: Header,
    pub table: DictTable,
}

impl DictObj {
    pub fn new(table: DictTable) -> DictObj {
        DictObj {
            header: Header::new(Kind::Dict),
            table,
        }
    }
}

// SAFETY: repr(C), header first, kind Dict (see `new`).
unsafe impl Object for DictObj {
    const KIND: Kind = Kind::Dict;
    fn owned_bytes(&self) -> usize {
        self.table.owned_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(k: i64) -> impl FnMut(Value) -> Result<bool, ()> {
        move |v| Ok(matches!(v, Value::Int(x) if x == k))
    }

    #[test]
    fn inserts_finds_deletes_and_keeps_order() {
        let mut t = DictTable::default();
        for k in 0..1000 {
            // Hashes sharing their low bits probe through the high ones.
            t.insert_new(k << 20, Value::Int(k), Value::Int(k * 2));
        }
        assert_eq!(t.len(), 1000);
        for k in (0..1000).step_by(2) {
            let at = t.find(k << 20, same(k)).unwrap().expect("present");
            t.remove(at);
        }
        assert_eq!(t.len(), 500);
        assert!(t.find(4 << 20, same(4)).unwrap().is_none());
        let at = t.find(7 << 20, same(7)).unwrap().expect("present");
        assert!(matches!(t.entry(at).value, Value::Int(14)));
        t.insert_new(4 << 20, Value::Int(4), Value::None);
        let keys: Vec<i64> = t
            .iter()
            .map(|e| match e.key {
                Value::Int(k) => k,
                _ => -1,
            })
            .collect();
        assert_eq!(keys.len(), 501);
        assert_eq!((keys[0], keys[499], keys[500]), (1, 999, 4));
        let last = t.pop_last().expect("an entry");
        assert!(matches!(last.key, Value::Int(4)));
        assert_eq!(t.len(), 500);
    }
}
