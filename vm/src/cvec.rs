//! A growable array of `Copy` items whose pointer, length and capacity
//! sit at fixed offsets (`repr(C)`, offsets below), so compiled code can
//! read and write them: the VM's value stack and frame stack are two, and
//! a trace pushes and pops a frame of a call it makes with a few stores
//! rather than a call into Rust (`layout::call_stack`).
//!
//! The storage is a `Vec<T>` taken apart: growing and the rarer edits put
//! it back together for the length of one `Vec` method (`with_vec`), so
//! the allocation rules are `Vec`'s own; the hot operations (`push` into
//! room, `pop`, `truncate`, indexing) touch the three words directly.

use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

#[repr(C)]
pub struct CVec<T: Copy> {
    ptr: NonNull<T>,
    len: usize,
    cap: usize,
}

/// Offsets of the pointer, the length and the capacity within a `CVec`
/// (the same for every item type: the fields are words).
pub const PTR: usize = std::mem::offset_of!(CVec<u64>, ptr);
pub const LEN: usize = std::mem::offset_of!(CVec<u64>, len);
pub const CAP: usize = std::mem::offset_of!(CVec<u64>, cap);

/// Puts a `CVec`'s parts back from the `Vec` a `with_vec` lends out, when
/// the lending ends, a panic included: the `CVec` never holds the parts of
/// a buffer the `Vec` has since freed.
struct Lent<'a, T: Copy> {
    vec: ManuallyDrop<Vec<T>>,
    owner: &'a mut CVec<T>,
}

impl<T: Copy> Drop for Lent<'_, T> {
    fn drop(&mut self) {
        self.owner.take_parts(&mut self.vec);
    }
}

impl<T: Copy> CVec<T> {
    pub fn new() -> CVec<T> {
        CVec::from_vec(Vec::new())
    }

    pub fn with_capacity(cap: usize) -> CVec<T> {
        CVec::from_vec(Vec::with_capacity(cap))
    }

    /// Holds `v`'s items in `v`'s own buffer.
    pub fn from_vec(v: Vec<T>) -> CVec<T> {
        let mut v = ManuallyDrop::new(v);
        CVec {
            // A Vec's pointer is never null (dangling when it holds no
            // allocation).
            ptr: NonNull::new(v.as_mut_ptr()).expect("a Vec's pointer"),
            len: v.len(),
            cap: v.capacity(),
        }
    }

    fn take_parts(&mut self, v: &mut ManuallyDrop<Vec<T>>) {
        self.ptr = NonNull::new(v.as_mut_ptr()).expect("a Vec's pointer");
        self.len = v.len();
        self.cap = v.capacity();
    }

    /// Lends the storage out as the `Vec` it is, for one edit.
    fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<T>) -> R) -> R {
        // SAFETY: ptr/len/cap are the parts of a live `Vec<T>` (`from_vec`,
        // `take_parts`) whose first `len` items are initialized (every
        // method keeps that); the `Vec` made here is the only owner while
        // it lives (`&mut self`), it is never dropped (`ManuallyDrop`),
        // and `Lent` puts its parts back when the edit ends, so the buffer
        // has exactly one owner at any time.
        let vec = ManuallyDrop::new(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len, self.cap) });
        let mut lent = Lent { vec, owner: self };
        f(&mut lent.vec)
    }

    /// The storage as the Vec it is; this one is left empty, with no
    /// buffer, until `put`.
    pub fn take(&mut self) -> Vec<T> {
        std::mem::take(self).into_vec()
    }

    fn into_vec(self) -> Vec<T> {
        let this = ManuallyDrop::new(self);
        // SAFETY: the parts of a live `Vec<T>` (see `with_vec`), whose
        // only owner, `this`, is never dropped: the `Vec` takes over.
        unsafe { Vec::from_raw_parts(this.ptr.as_ptr(), this.len, this.cap) }
    }

    /// Holds `v` from now on (the buffer held before is freed).
    pub fn put(&mut self, v: Vec<T>) {
        *self = CVec::from_vec(v);
    }

    /// Holds a copy of `items`, in the room it has where that suffices
    /// (a generator's frame goes back into the room its last `yield` left,
    /// at every step, with no allocation).
    pub fn assign(&mut self, items: &[T]) {
        self.len = 0;
        self.extend_from_slice(items);
    }

    pub fn set(&mut self, i: usize, item: T) {
        self[i] = item;
    }

    pub fn as_slice(&self) -> &[T] {
        self
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    #[inline(always)]
    pub fn push(&mut self, item: T) {
        if self.len == self.cap {
            self.with_vec(|v| v.reserve(1));
        }
        // SAFETY: `len < cap` (grown just above where it was not), so the
        // slot is inside the allocation; `T: Copy` needs no drop of what
        // was there.
        unsafe { self.ptr.as_ptr().add(self.len).write(item) };
        self.len += 1;
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the item at the old top was initialized (below `len`).
        Some(unsafe { self.ptr.as_ptr().add(self.len).read() })
    }

    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        // Items are `Copy`: nothing to drop.
        self.len = self.len.min(len);
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// Sets the length without writing items.
    ///
    /// # Safety
    /// `len <= capacity()`, and every item below `len` was written.
    #[inline(always)]
    pub unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.cap);
        self.len = len;
    }

    pub fn reserve(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.with_vec(|v| v.reserve(additional));
        }
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.with_vec(|v| v.reserve_exact(additional));
        }
    }

    pub fn extend_from_slice(&mut self, items: &[T]) {
        if items.len() <= self.cap - self.len {
            // SAFETY: the room was checked just above; `items` cannot
            // overlap the spare room (`&mut self` excludes any borrow of
            // the buffer, and the room past `len` holds no items a slice
            // could borrow); items are `Copy`, so nothing needs dropping.
            unsafe {
                std::ptr::copy_nonoverlapping(items.as_ptr(), self.ptr.as_ptr().add(self.len), items.len());
            }
            self.len += items.len();
            return;
        }
        self.with_vec(|v| v.extend_from_slice(items));
    }

    pub fn resize(&mut self, len: usize, item: T) {
        if len <= self.len {
            self.len = len;
            return;
        }
        self.reserve(len - self.len);
        while self.len < len {
            // SAFETY: `len <= cap` after the reserve above, so every slot
            // written is inside the allocation.
            unsafe { self.ptr.as_ptr().add(self.len).write(item) };
            self.len += 1;
        }
    }

    pub fn insert(&mut self, at: usize, item: T) {
        self.with_vec(|v| v.insert(at, item));
    }

    pub fn remove(&mut self, at: usize) -> T {
        self.with_vec(|v| v.remove(at))
    }

    /// The items from `at` on, moved out into a `Vec` of their own.
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        assert!(at <= self.len, "split at {at} of {}", self.len);
        let tail = self[at..].to_vec();
        self.len = at;
        tail
    }
}

impl<T: Copy> Extend<T> for CVec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        let items = items.into_iter();
        self.reserve(items.size_hint().0);
        for item in items {
            self.push(item);
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for CVec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, items: I) {
        self.extend(items.into_iter().copied());
    }
}

impl<T: Copy> Default for CVec<T> {
    fn default() -> CVec<T> {
        CVec::new()
    }
}

impl<T: Copy> Deref for CVec<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` items of the live buffer are initialized,
        // and `&self` keeps every writer away while the slice lives.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Copy> DerefMut for CVec<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as `deref`, with `&mut self` making the slice the only
        // access meanwhile.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Copy> Drop for CVec<T> {
    fn drop(&mut self) {
        // SAFETY: the parts of a live `Vec<T>` (see `with_vec`), dropped
        // once, here.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len, self.cap) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_vec() {
        let mut c: CVec<u32> = CVec::new();
        let mut v: Vec<u32> = Vec::new();
        for i in 0..1000u32 {
            match i % 7 {
                0 => {
                    c.insert(c.len() / 2, i);
                    v.insert(v.len() / 2, i);
                }
                1 if !v.is_empty() => assert_eq!(c.remove(0), v.remove(0)),
                2 => assert_eq!(c.pop(), v.pop()),
                3 => {
                    c.resize(c.len() + 3, i);
                    v.resize(v.len() + 3, i);
                }
                4 => {
                    let at = v.len() * 3 / 4;
                    assert_eq!(c.split_off(at), v.split_off(at));
                }
                _ => {
                    c.push(i);
                    v.push(i);
                    c.extend([i, i + 1]);
                    v.extend([i, i + 1]);
                }
            }
            assert_eq!(&c[..], &v[..]);
            assert!(c.len() <= c.capacity());
        }
        c.truncate(5);
        c.extend_from_slice(&[9, 9]);
        assert_eq!(c.len(), 7);
        assert_eq!(&c[5..], &[9, 9]);
        // Assigned into the room it has: the buffer stays.
        let (cap, at) = (c.capacity(), c.as_ptr());
        c.assign(&[1, 2, 3]);
        assert_eq!((c.as_slice(), c.capacity(), c.as_ptr()), (&[1, 2, 3][..], cap, at));
        c.assign(&vec![4; cap + 1]);
        assert_eq!(c.len(), cap + 1);
        c.set(0, 5);
        let v = c.take();
        assert_eq!((v.len(), v[0], v[1]), (cap + 1, 5, 4));
        assert!(c.is_empty() && c.capacity() == 0);
        c.put(v);
        assert_eq!(c.len(), cap + 1);
    }

    #[test]
    fn offsets_are_the_three_words_in_order() {
        assert_eq!((PTR, LEN, CAP), (0, 8, 16));
    }
}
