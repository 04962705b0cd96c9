//! `tuple`: a fixed number of values stored inline after a fixed head, so
//! reading an item is one load from the object's own address.

use std::alloc::Layout;
use std::ops::Deref;
use std::ptr::NonNull;

use super::{Header, Kind};
use crate::value::Value;

/// The fixed part of a tuple.
#[repr(C)]
pub struct TupleHead {
    pub(crate) header: Header,
    pub(crate) len: usize,
}

/// A tuple object: its head, then `len` values.
#[repr(C)]
pub struct TupleObj {
    pub(crate) head: TupleHead,
    items: [Value],
}

impl Deref for TupleObj {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        &self.items
    }
}

impl TupleObj {
    pub(crate) fn layout(len: usize) -> Layout {
        let (layout, _) = Layout::new::<TupleHead>()
            .extend(Layout::array::<Value>(len).expect("tuple length fits a layout"))
            .expect("tuple length fits a layout");
        layout.pad_to_align()
    }

    /// Builds a tuple holding a copy of `items` in `raw` (a block of
    /// `layout(items.len())`); returns its header.
    ///
    /// # Safety
    /// `raw` must be a fresh, writable block of at least that layout.
    pub(crate) unsafe fn init(raw: NonNull<u8>, items: &[Value]) -> NonNull<Header> {
        // SAFETY: per the contract; Value is Copy, so a bitwise copy is a
        // copy.
        unsafe {
            raw.cast::<TupleHead>().as_ptr().write(TupleHead {
                header: Header::new(Kind::Tuple),
                len: items.len(),
            });
            let dst = raw.as_ptr().add(std::mem::size_of::<TupleHead>()) as *mut Value;
            std::ptr::copy_nonoverlapping(items.as_ptr(), dst, items.len());
        }
        raw.cast()
    }

    /// The length a tuple's head records, for freeing it.
    ///
    /// # Safety
    /// `p` must point at a live tuple.
    pub(crate) unsafe fn stored_len(p: NonNull<Header>) -> usize {
        // SAFETY: per the contract.
        unsafe { (*p.cast::<TupleHead>().as_ptr()).len }
    }

    /// The tuple behind a header of kind `Tuple`.
    ///
    /// # Safety
    /// `p` must point to a live tuple, which must outlive `'a`.
    pub(crate) unsafe fn from_header<'a>(p: NonNull<Header>) -> &'a TupleObj {
        // SAFETY: per the contract; the metadata is the recorded length.
        unsafe {
            let len = (*p.cast::<TupleHead>().as_ptr()).len;
            &*(std::ptr::slice_from_raw_parts(p.as_ptr() as *const Value, len) as *const TupleObj)
        }
    }
}
