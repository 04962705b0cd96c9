//! An int too large for 64 bits: a heap object whose Python type is `int`.
//!
//! Every int that fits in an `i64` is a `Value::Int`, always: an operation
//! whose result fits returns `Value::Int` (`Vm::int_from_big`), so one
//! number has one representation and equality, hashing and dict keys need
//! no second case for small values. A `BigIntObj` therefore always holds a
//! value outside the i64 range. It is immutable, like every Python int.

use dashu_int::IBig;

use super::{Header, Kind, Object};

#[repr(C)]
pub struct BigIntObj {
    header: Header,
    pub value: IBig,
}

impl BigIntObj {
    /// A big int; the caller checked that `value` does not fit an i64.
    pub fn new(value: IBig) -> BigIntObj {
        debug_assert!(
            i64::try_from(&value).is_err(),
            "a big int holds only values outside i64"
        );
        BigIntObj {
            header: Header::new(Kind::BigInt),
            value,
        }
    }
}

/// Bytes of the digits of `value` (its 64-bit words).
pub fn digit_bytes(value: &IBig) -> usize {
    value.as_sign_words().1.len() * 8
}

// SAFETY: repr(C), header first, kind BigInt (see `new`).
unsafe impl Object for BigIntObj {
    const KIND: Kind = Kind::BigInt;
    fn owned_bytes(&self) -> usize {
        digit_bytes(&self.value)
    }
}
