//! `complex`: a pair of floats, immutable like every Python number. It
//! lives on the heap (a `Value` has room for one float), so arithmetic on
//! complex numbers allocates; traces compute on the parts as floats and
//! box each result once (`layout::complex`).

use super::{Header, Kind, Object};

#[repr(C)]
pub struct ComplexObj {
    header: Header,
    pub re: f64,
    pub im: f64,
}

impl ComplexObj {
    pub fn new(re: f64, im: f64) -> ComplexObj {
        ComplexObj {
            header: Header::new(Kind::Complex),
            re,
            im,
        }
    }
}

// SAFETY: repr(C), header first, kind Complex (see `new`).
unsafe impl Object for ComplexObj {
    const KIND: Kind = Kind::Complex;
}
