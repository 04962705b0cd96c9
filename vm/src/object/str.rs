//! `str`: immutable text, stored inline after a fixed head.
//!
//! Layout: `StrHead` (header, cached hash, character count, byte length),
//! then the UTF-8 bytes. The header's flag bit `ASCII` says every
//! character is one byte, so indexing by code point is indexing by byte.
//! The hash is computed on first use and kept (CPython does the same), so
//! a str used as a dict key is hashed once however often it is looked up.

use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;

use super::{Header, Kind};

/// `Header::flags` bit: every character is ASCII.
pub(crate) const ASCII: u8 = 1;

/// `StrHead::hash` before the hash is computed (no str hashes to -1).
const NO_HASH: i64 = -1;

/// The fixed part of a str.
#[repr(C)]
pub struct StrHead {
    pub(crate) header: Header,
    pub(crate) hash: Cell<i64>,
    pub(crate) nchars: usize,
    pub(crate) len: usize,
}

/// A str object: its head, then `len` bytes of UTF-8.
#[repr(C)]
pub struct StrObj {
    pub(crate) head: StrHead,
    bytes: [u8],
}

impl StrObj {
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: the bytes were copied from a `&str` (or written as whole
        // UTF-8 sequences by `alloc_with`) and never change.
        unsafe { std::str::from_utf8_unchecked(&self.bytes) }
    }
    /// Length in code points (`len(s)`).
    #[inline]
    pub fn nchars(&self) -> usize {
        self.head.nchars
    }
    /// Length in bytes of UTF-8.
    #[inline]
    pub fn byte_len(&self) -> usize {
        self.head.len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.head.header.flags & ASCII != 0
    }
    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.head.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = crate::pyhash::hash_str(self.as_str());
        self.head.hash.set(h);
        h
    }
    /// The `i`-th code point (0 <= i < nchars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.bytes[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code point `i` (i may equal nchars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.head.len)
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }
    /// Content equality, cheapest tests first: lengths, hashes if both are
    /// known, the first byte, then the bytes.
    #[inline]
    pub fn same_text(&self, other: &StrObj) -> bool {
        if self.head.len != other.head.len {
            return false;
        }
        let (h1, h2) = (self.head.hash.get(), other.head.hash.get());
        if h1 != NO_HASH && h2 != NO_HASH && h1 != h2 {
            return false;
        }
        self.bytes.first() == other.bytes.first() && self.bytes == other.bytes
    }

    /// The memory layout of a str of `len` bytes.
    pub(crate) fn layout(len: usize) -> Layout {
        let (layout, _) = Layout::new::<StrHead>()
            .extend(Layout::array::<u8>(len).expect("str length fits a layout"))
            .expect("str length fits a layout");
        layout.pad_to_align()
    }

    /// Builds a str of `len` bytes that `fill` writes, with `nchars` code
    /// points, in `raw` (a block of `layout(len)`). Returns its header.
    ///
    /// `fill` must write valid UTF-8 with exactly `nchars` code points into
    /// all `len` bytes.
    ///
    /// # Safety
    /// `raw` must be a fresh, writable block of at least `layout(len)`.
    pub(crate) unsafe fn init(
        raw: NonNull<u8>,
        len: usize,
        nchars: usize,
        fill: impl FnOnce(&mut [u8]),
    ) -> NonNull<Header> {
        let mut header = Header::new(Kind::Str);
        if nchars == len {
            header.flags |= ASCII;
        }
        // SAFETY: per the contract, raw has room for the head and `len`
        // bytes after it (see `layout`).
        unsafe {
            raw.cast::<StrHead>().as_ptr().write(StrHead {
                header,
                hash: Cell::new(NO_HASH),
                nchars,
                len,
            });
            let bytes = raw.as_ptr().add(std::mem::size_of::<StrHead>());
            fill(std::slice::from_raw_parts_mut(bytes, len));
        }
        raw.cast()
    }

    /// The byte length a str's head records, for freeing it.
    ///
    /// # Safety
    /// `p` must point at a live str.
    pub(crate) unsafe fn stored_len(p: NonNull<Header>) -> usize {
        // SAFETY: per the contract.
        unsafe { (*p.cast::<StrHead>().as_ptr()).len }
    }

    /// The str behind a header of kind `Str`.
    ///
    /// # Safety
    /// `p` must point to a live str, which must outlive `'a`.
    pub(crate) unsafe fn from_header<'a>(p: NonNull<Header>) -> &'a StrObj {
        // SAFETY: per the contract; the fat pointer's metadata is the byte
        // length the head records, matching the allocation.
        unsafe {
            let len = (*p.cast::<StrHead>().as_ptr()).len;
            &*(std::ptr::slice_from_raw_parts(p.as_ptr() as *const u8, len) as *const StrObj)
        }
    }
}

/// How many code points a UTF-8 text has (fast for ASCII).
pub(crate) fn count_chars(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// `needle in haystack` of two strs. A one-byte needle (an ASCII
/// character, as in a tokenizer's `c in "+-*/"`) is looked for byte by
/// byte: no byte of a multi-byte UTF-8 sequence is ASCII, so a match is
/// the character, and the byte scan costs a few instructions where the
/// general substring search sets up a searcher first.
pub(crate) fn str_contains(haystack: &str, needle: &str) -> bool {
    match needle.as_bytes() {
        [b] => haystack.as_bytes().contains(b),
        _ => haystack.contains(needle),
    }
}
