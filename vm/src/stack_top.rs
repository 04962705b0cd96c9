//! The top of the value stack as the interpreter's loop holds it: the
//! buffer's address, the length and the capacity in locals (registers),
//! so an instruction that only moves values between the frame's slots and
//! its operands (`LoadLocal`, an int `+`, a compare and jump) neither
//! reloads the `Vec`'s fields from the VM nor stores its length back.
//!
//! The `Vec<Value>` in the VM stays the owner and the truth everywhere
//! else: the loop `store`s the length into it before any instruction that
//! may call out (a call, an allocation that may collect, an error), and
//! `load`s again after, since the callee may have grown (moved) the
//! buffer. Every access here is checked against the length or the
//! capacity, and a failed check is the caller's cue to take the general
//! way: a wrong stack effect in the compiler can cost speed, never memory
//! safety.

use crate::value::Value;

pub(crate) struct StackTop {
    items: *mut Value,
    len: usize,
    cap: usize,
}

impl StackTop {
    /// The stack as it is now.
    #[inline(always)]
    pub fn load(stack: &mut crate::cvec::CVec<Value>) -> StackTop {
        StackTop {
            items: stack.as_mut_ptr(),
            len: stack.len(),
            cap: stack.capacity(),
        }
    }

    /// Hands the length back to the stack, which owns the values again.
    /// Nothing may have touched `stack` since `load`: the loop calls the
    /// two around every instruction that uses `stack` itself.
    #[inline(always)]
    pub fn store(&self, stack: &mut crate::cvec::CVec<Value>) {
        debug_assert!(std::ptr::eq(stack.as_ptr(), self.items) && stack.capacity() == self.cap);
        // SAFETY: `self.len <= self.cap` always holds (every method below
        // keeps it), and the values below `self.len` were all written:
        // those below the length loaded were the Vec's own initialized
        // elements, and each push wrote its slot before counting it. The
        // buffer is the Vec's (the assertion above: nothing reallocated it
        // between `load` and here, as the loop's discipline ensures), and
        // `Value` is `Copy`, so no value is dropped or duplicated wrongly.
        unsafe { stack.set_len(self.len) }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    /// How many more values fit without growing the buffer.
    #[inline(always)]
    pub fn room(&self) -> usize {
        self.cap - self.len
    }

    /// The value at `i`, counted from the stack's bottom.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&Value> {
        if i < self.len {
            // SAFETY: `i < len <= cap`: inside the buffer, initialized.
            Some(unsafe { &*self.items.add(i) })
        } else {
            None
        }
    }

    /// Overwrites the value at `i`; false (nothing written) past the top.
    #[inline(always)]
    pub fn set(&mut self, i: usize, v: Value) -> bool {
        if i < self.len {
            // SAFETY: `i < len <= cap`: inside the buffer; the old value is
            // `Copy` and needs no drop.
            unsafe { self.items.add(i).write(v) };
            true
        } else {
            false
        }
    }

    /// The top value.
    #[inline(always)]
    pub fn last(&self) -> Option<&Value> {
        self.get(self.len.wrapping_sub(1))
    }

    /// The top two values, the topmost second.
    #[inline(always)]
    pub fn last2(&self) -> Option<(&Value, &Value)> {
        if self.len >= 2 {
            // SAFETY: both indices are below `len <= cap`.
            unsafe { Some((&*self.items.add(self.len - 2), &*self.items.add(self.len - 1))) }
        } else {
            None
        }
    }

    /// Pushes `v`; false (nothing pushed) when the buffer is full, where
    /// only the Vec itself may grow it.
    #[inline(always)]
    pub fn push(&mut self, v: Value) -> bool {
        if self.len < self.cap {
            // SAFETY: `len < cap`: the slot is inside the buffer.
            unsafe { self.items.add(self.len).write(v) };
            self.len += 1;
            true
        } else {
            false
        }
    }

    /// Pushes `a` then `b`, both or neither.
    #[inline(always)]
    pub fn push2(&mut self, a: Value, b: Value) -> bool {
        if self.room() >= 2 {
            // SAFETY: `len + 1 < cap`: both slots are inside the buffer.
            unsafe {
                self.items.add(self.len).write(a);
                self.items.add(self.len + 1).write(b);
            }
            self.len += 2;
            true
        } else {
            false
        }
    }

    /// Drops the top `n` values (the caller has read them: `n <= len`).
    #[inline(always)]
    pub fn drop_top(&mut self, n: usize) {
        debug_assert!(n <= self.len);
        self.len = self.len.saturating_sub(n);
    }

    /// Replaces the top two values with `v` (the caller has read them with
    /// `last2`).
    #[inline(always)]
    pub fn replace2(&mut self, v: Value) {
        self.drop_top(1);
        let top = self.len.wrapping_sub(1);
        self.set(top, v);
    }
}
