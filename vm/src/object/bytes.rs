//! `bytes` and `bytearray`: a sequence of small ints (0..=255) held as raw
//! bytes. One kind serves both types, as one kind serves `set` and
//! `frozenset`: they share every read-only operation and differ only in
//! whether the contents may change (and so whether they hash).

use std::cell::Cell;

use super::{Header, Kind, Object};

#[repr(C)]
pub struct BytesObj {
    header: Header,
    pub data: Vec<u8>,
    /// A `bytearray` (items can be set, appended, popped; unhashable).
    pub mutable: bool,
    /// The hash of a `bytes` once computed (-1 before: no hash is -1),
    /// kept as CPython keeps it: bytes are dict keys and tuple items that
    /// are hashed again at every lookup.
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Vec<u8>, mutable: bool) -> BytesObj {
        BytesObj {
            header: Header::new(Kind::Bytes),
            data,
            mutable,
            hash: Cell::new(-1),
        }
    }

    /// The hash of a `bytes` (its contents never change), and whether it
    /// was computed now rather than kept.
    pub fn hash(&self) -> (i64, bool) {
        let kept = self.hash.get();
        if kept != -1 {
            return (kept, false);
        }
        let h = crate::pyhash::hash_bytes(&self.data);
        self.hash.set(h);
        (h, true)
    }
}

// SAFETY: repr(C), header first, kind Bytes (see `new`).
unsafe impl Object for BytesObj {
    const KIND: Kind = Kind::Bytes;
    fn owned_bytes(&self) -> usize {
        self.data.capacity()
    }
}
