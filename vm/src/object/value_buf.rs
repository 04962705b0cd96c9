//! A buffer of values at a fixed place in its object: a `Vec<Value>` taken
//! apart into its pointer, length and capacity, laid out as `repr(C)` so
//! compiled code can read the pointer and length at known offsets
//! (`layout.rs`). Instances keep their attribute slots in one, generators
//! the frame they keep off the VM's stack.

use crate::value::Value;

#[repr(C)]
pub struct ValueBuf {
    data: *mut Value,
    len: usize,
    cap: usize,
}

impl ValueBuf {
    pub fn new(v: Vec<Value>) -> ValueBuf {
        let mut buf = ValueBuf {
            data: std::ptr::NonNull::<Value>::dangling().as_ptr(),
            len: 0,
            cap: 0,
        };
        buf.put(v);
        buf
    }

    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: data/len are the parts of a live Vec<Value> (`put`), and
        // `&self` keeps every writer (`&mut self`) away meanwhile.
        unsafe { std::slice::from_raw_parts(self.data, self.len) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    pub fn set(&mut self, i: usize, value: Value) {
        assert!(i < self.len, "slot {i} of {}", self.len);
        // SAFETY: in bounds (checked above) of the live buffer.
        unsafe { *self.data.add(i) = value };
    }

    /// The buffer as the Vec it came from; this one is empty until `put`.
    pub fn take(&mut self) -> Vec<Value> {
        // SAFETY: data/len/cap are the parts of a Vec<Value> that `put`
        // took apart; they are reset below so that no second Vec is made
        // from them.
        let v = unsafe { Vec::from_raw_parts(self.data, self.len, self.cap) };
        self.data = std::ptr::NonNull::<Value>::dangling().as_ptr();
        self.len = 0;
        self.cap = 0;
        v
    }

    /// Empties the buffer, keeping its room (values need no dropping).
    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// Holds a copy of `values`, in the room it has where that suffices.
    pub fn assign(&mut self, values: &[Value]) {
        if values.len() <= self.cap {
            // A generator's frame goes back into the room its last `yield`
            // left, at every step: copied in place, no Vec made.
            // SAFETY: `data` is the live buffer of `cap` values (`put`), so
            // the first `values.len()` are in bounds; `values` cannot
            // overlap it, since `&mut self` excludes any borrow of it
            // (`as_slice`); values are `Copy`, so nothing needs dropping.
            unsafe { std::ptr::copy_nonoverlapping(values.as_ptr(), self.data, values.len()) };
            self.len = values.len();
            return;
        }
        let mut v = self.take();
        v.clear();
        v.extend_from_slice(values);
        self.put(v);
    }

    /// Holds `v` from now on (the buffer held before is dropped).
    pub fn put(&mut self, v: Vec<Value>) {
        drop(self.take());
        let mut v = std::mem::ManuallyDrop::new(v);
        self.data = v.as_mut_ptr();
        self.len = v.len();
        self.cap = v.capacity();
    }
}

impl Default for ValueBuf {
    fn default() -> ValueBuf {
        ValueBuf::new(Vec::new())
    }
}

impl Drop for ValueBuf {
    fn drop(&mut self) {
        drop(self.take());
    }
}

/// Offsets of the pointer, the length and the capacity within a `ValueBuf`.
pub const DATA: usize = std::mem::offset_of!(ValueBuf, data);
pub const LEN: usize = std::mem::offset_of!(ValueBuf, len);
pub const CAP: usize = std::mem::offset_of!(ValueBuf, cap);
