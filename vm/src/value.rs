//! The value every stack slot, local, global and container element holds.
//!
//! Layout (relied on by the JIT, checked by a test below): 16 bytes,
//! `#[repr(C, u64)]`, so the discriminant is the first machine word and the
//! payload the second:
//!
//! | tag | variant | payload at offset 8                    |
//! |-----|---------|----------------------------------------|
//! | 0   | Undef   | unused (an unbound local or global)    |
//! | 1   | None    | unused                                 |
//! | 2   | Bool    | one byte, 0 or 1 (bytes 9..16 undefined)|
//! | 3   | Int     | i64                                    |
//! | 4   | Float   | f64 bits                               |
//! | 5   | Obj     | the object's address (`ObjRef`)        |
//!
//! Copying a value is two word moves: there is no reference counting. Heap
//! objects stay alive because the collector traces them from the roots.

use crate::heap::ObjRef;

#[repr(C, u64)]
#[derive(Clone, Copy, Debug, Default)]
pub enum Value {
    /// Never visible to a script: marks an unbound local or global slot.
    #[default]
    Undef = 0,
    None = 1,
    Bool(bool) = 2,
    Int(i64) = 3,
    Float(f64) = 4,
    Obj(ObjRef) = 5,
}

/// The tag words, for code that reads the layout directly (the JIT).
pub mod tag {
    pub const UNDEF: u64 = 0;
    pub const NONE: u64 = 1;
    pub const BOOL: u64 = 2;
    pub const INT: u64 = 3;
    pub const FLOAT: u64 = 4;
    pub const OBJ: u64 = 5;
}

impl Value {
    /// A copy made variant by variant, for a value a callee has just
    /// written through a return slot as two 8-byte stores: this reads it
    /// back the same way, where a plain 16-byte copy would stall until
    /// those stores retire.
    #[inline(always)]
    pub fn copied_by_halves(v: &Value) -> Value {
        match *v {
            Value::Undef => Value::Undef,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(b),
            Value::Int(i) => Value::Int(i),
            Value::Float(f) => Value::Float(f),
            Value::Obj(r) => Value::Obj(r),
        }
    }

    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// The int a value stands for in integer contexts: ints and bools.
    #[inline]
    pub fn as_index(self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        }
    }

    /// The float a value stands for in float arithmetic (ints convert,
    /// which is exact for |i| <= 2**53, as in CPython's int+float).
    #[inline]
    pub fn as_f64(self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(f),
            Value::Int(i) => Some(i as f64),
            Value::Bool(b) => Some(b as i64 as f64),
            _ => None,
        }
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is`: same variant and same bits.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Undef, Value::Undef) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JIT reads and writes values by offset; this pins the layout.
    #[test]
    fn layout_is_tag_word_then_payload_word() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::align_of::<Value>(), 8);
        let words = |v: Value| -> [u64; 2] {
            let mut out = [0u64; 2];
            // SAFETY: Value is 16 bytes of repr(C, u64); the tag word is
            // always initialised, and we only read the payload word of
            // variants whose payload is a full initialised 8-byte field.
            unsafe {
                std::ptr::copy_nonoverlapping(&v as *const Value as *const u64, out.as_mut_ptr(), 1);
                if matches!(v, Value::Int(_) | Value::Float(_) | Value::Obj(_)) {
                    std::ptr::copy_nonoverlapping(
                        (&v as *const Value as *const u64).add(1),
                        out.as_mut_ptr().add(1),
                        1,
                    );
                }
            }
            out
        };
        assert_eq!(words(Value::Undef)[0], tag::UNDEF);
        assert_eq!(words(Value::None)[0], tag::NONE);
        assert_eq!(words(Value::Bool(true))[0], tag::BOOL);
        assert_eq!(words(Value::Int(-7)), [tag::INT, (-7i64) as u64]);
        assert_eq!(words(Value::Float(1.5)), [tag::FLOAT, 1.5f64.to_bits()]);
        let heap = crate::heap::Heap::default();
        let r = heap.new_list(Vec::new());
        assert_eq!(words(Value::Obj(r)), [tag::OBJ, r.addr()]);
    }

    #[test]
    fn identity_distinguishes_float_bits() {
        assert!(Value::Float(0.0).is(Value::Float(0.0)));
        assert!(!Value::Float(0.0).is(Value::Float(-0.0)));
        assert!(!Value::Int(1).is(Value::Bool(true)));
    }
}
