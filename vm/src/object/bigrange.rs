//! A `range` with a bound or step outside the i64 range (`range(10**20)`).
//!
//! Ordinary ranges are `RangeObj`s of three i64s, which the interpreter's
//! fast paths and compiled loops read directly. A range made from a big
//! int is this separate kind instead, so none of that code can mistake it
//! for one of them: it is served by the slow, general paths only, and the
//! JIT refuses to record operations on it. Its Python type is `range`.

use dashu_int::IBig;

use super::{Header, Kind, Object};

#[repr(C)]
pub struct BigRangeObj {
    header: Header,
    pub start: IBig,
    pub stop: IBig,
    /// Never zero.
    pub step: IBig,
}

impl BigRangeObj {
    pub fn new(start: IBig, stop: IBig, step: IBig) -> BigRangeObj {
        BigRangeObj {
            header: Header::new(Kind::BigRange),
            start,
            stop,
            step,
        }
    }

    /// How many values the range has (CPython's `compute_range_length`).
    pub fn len(&self) -> IBig {
        big_range_len(&self.start, &self.stop, &self.step)
    }

    /// The `i`-th value, for 0 <= i < len.
    pub fn get(&self, i: &IBig) -> IBig {
        &self.start + i * &self.step
    }

    /// Whether `v` is one of the range's values.
    pub fn contains(&self, v: &IBig) -> bool {
        let zero = IBig::ZERO;
        let inside = if self.step > zero {
            &self.start <= v && v < &self.stop
        } else {
            &self.stop < v && v <= &self.start
        };
        inside && (v - &self.start) % &self.step == zero
    }
}

/// The length of `range(start, stop, step)` for any bounds (step != 0).
pub fn big_range_len(start: &IBig, stop: &IBig, step: &IBig) -> IBig {
    let zero = IBig::ZERO;
    let one = IBig::ONE;
    if *step > zero && start < stop {
        (stop - start - &one) / step + one
    } else if *step < zero && start > stop {
        (start - stop - &one) / (-step) + one
    } else {
        zero
    }
}

/// Bytes of the three bounds' digits.
fn bound_bytes(r: &BigRangeObj) -> usize {
    super::bigint::digit_bytes(&r.start) + super::bigint::digit_bytes(&r.stop) + super::bigint::digit_bytes(&r.step)
}

// SAFETY: repr(C), header first, kind BigRange (see `new`).
unsafe impl Object for BigRangeObj {
    const KIND: Kind = Kind::BigRange;
    fn owned_bytes(&self) -> usize {
        bound_bytes(self)
    }
}
