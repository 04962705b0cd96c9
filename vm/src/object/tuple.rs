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

    /// Allocates a tuple holding a copy of `items`; returns its header.
    pub(crate) fn alloc(items: &[Value]) -> NonNull<Header> {
        let layout = TupleObj::layout(items.len());
        // SAFETY: the layout has a non-zero size (the head).
        let raw = unsafe { std::alloc::alloc(layout) };
        let Some(head) = NonNull::new(raw as *mut TupleHead) else {
            std::alloc::handle_alloc_error(layout)
        };
        // SAFETY: a fresh allocation big enough for the head and the items
        // (see `layout`); Value is Copy, so a bitwise copy is a copy.
        unsafe {
            head.as_ptr().write(TupleHead {
                header: Header::new(Kind::Tuple),
                len: items.len(),
            });
            let dst = raw.add(std::mem::size_of::<TupleHead>()) as *mut Value;
            std::ptr::copy_nonoverlapping(items.as_ptr(), dst, items.len());
        }
        head.cast()
    }

    /// Frees a tuple allocated by `alloc`.
    ///
    /// # Safety
    /// `p` must be a tuple from `alloc`, not used afterwards.
    pub(crate) unsafe fn free(p: NonNull<Header>) {
        // SAFETY: per the contract; the head records the length, so the
        // layout is the one it was allocated with.
        unsafe {
            let len = (*p.cast::<TupleHead>().as_ptr()).len;
            std::alloc::dealloc(p.as_ptr() as *mut u8, TupleObj::layout(len));
        }
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
