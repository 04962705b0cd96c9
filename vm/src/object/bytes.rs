//! `bytes` and `bytearray`: a sequence of small ints (0..=255) held as raw
//! bytes. One kind serves both types, as one kind serves `set` and
//! `frozenset`: they share every read-only operation and differ only in
//! whether the contents may change (and so whether they hash).

use super::{Header, Kind, Object};

#[repr(C)]
pub struct BytesObj {
    header: Header,
    pub data: Vec<u8>,
    /// A `bytearray` (items can be set, appended, popped; unhashable).
    pub mutable: bool,
}

impl BytesObj {
    pub fn new(data: Vec<u8>, mutable: bool) -> BytesObj {
        BytesObj {
            header: Header::new(Kind::Bytes),
            data,
            mutable,
        }
    }
}

// SAFETY: repr(C), header first, kind Bytes (see `new`).
unsafe impl Object for BytesObj {
    const KIND: Kind = Kind::Bytes;
    fn owned_bytes(&self) -> usize {
        self.data.capacity()
    }
}
