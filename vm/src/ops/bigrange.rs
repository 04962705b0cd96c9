//! `range` with bounds beyond 64 bits (`object/bigrange.rs`): making one,
//! and its length, items, membership, slices, reversal, equality and repr,
//! in big-int arithmetic. A range whose bounds all fit an i64 is always an
//! ordinary `RangeObj`, so the fast paths keep every range they had.

use dashu_int::IBig;

use crate::error::{ExcKind, OpResult, RawError};
use crate::object::{BigRangeObj, IterObj, IterState, Obj, RangeObj};
use crate::value::Value;
use crate::vm::Vm;

/// `OverflowError: Python int too large to convert to C ssize_t`.
fn ssize_overflow() -> RawError {
    RawError::new(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")
}

impl Vm {
    /// A range of these bounds: an ordinary one when they all fit an i64.
    pub fn make_range(&self, start: IBig, stop: IBig, step: IBig) -> Value {
        let small = (i64::try_from(&start), i64::try_from(&stop), i64::try_from(&step));
        if let (Ok(start), Ok(stop), Ok(step)) = small {
            return Value::Obj(self.heap.alloc(RangeObj::new(start, stop, step)));
        }
        Value::Obj(self.heap.alloc(BigRangeObj::new(start, stop, step)))
    }

    /// The bounds of either kind of range, as big ints.
    pub(crate) fn range_bounds(&self, v: Value) -> Option<(IBig, IBig, IBig)> {
        match v.as_obj().map(|r| self.heap.get(r))? {
            Obj::Range(r) => Some((r.start.into(), r.stop.into(), r.step.into())),
            Obj::BigRange(r) => Some((r.start.clone(), r.stop.clone(), r.step.clone())),
            _ => None,
        }
    }

    /// An int argument of `range()` or an index, small or big.
    pub(crate) fn any_int(&self, v: Value) -> Option<IBig> {
        match v.as_index() {
            Some(i) => Some(i.into()),
            None => self.big_int(v).cloned(),
        }
    }

    /// `len(r)` of a big range.
    pub(crate) fn big_range_len(&self, r: &BigRangeObj) -> OpResult<i64> {
        i64::try_from(&r.len()).map_err(|_| ssize_overflow())
    }

    /// `r[i]` of a big range.
    pub(crate) fn big_range_item(&self, r: &BigRangeObj, index: Value) -> OpResult<Value> {
        let Some(i) = self.any_int(index) else {
            return Err(RawError::type_error(format!(
                "range indices must be integers or slices, not {}",
                self.type_name(index)
            )));
        };
        let n = r.len();
        let i = if i < IBig::ZERO { i + &n } else { i };
        if i < IBig::ZERO || i >= n {
            return Err(RawError::new(ExcKind::IndexError, "range object index out of range"));
        }
        Ok(self.int_value(r.get(&i)))
    }

    /// `x in r` of a big range: ints (and bools, and integral floats) by
    /// arithmetic; anything else is never in a range of ints.
    pub(crate) fn big_range_contains(&self, r: &BigRangeObj, needle: Value) -> bool {
        let x = match needle {
            Value::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1.7e38 => Some(IBig::from(f as i128)),
            _ => self.any_int(needle),
        };
        x.is_some_and(|x| r.contains(&x))
    }

    /// `range(...)[lo:hi:step]` for a range of any size, in big-int
    /// arithmetic as CPython's `compute_slice`.
    pub(crate) fn range_slice(&self, range: Value, bounds: [Value; 3]) -> OpResult<Value> {
        let (start, stop, step) = self.range_bounds(range).expect("a range");
        let len = crate::object::bigrange::big_range_len(&start, &stop, &step);
        let part = |v: Value| -> OpResult<Option<IBig>> {
            if matches!(v, Value::None) {
                return Ok(None);
            }
            self.any_int(v).map(Some).ok_or_else(|| {
                RawError::type_error("slice indices must be integers or None or have an __index__ method")
            })
        };
        let [lo, hi, by] = [part(bounds[0])?, part(bounds[1])?, part(bounds[2])?];
        let by = by.unwrap_or(IBig::ONE);
        if by == IBig::ZERO {
            return Err(RawError::value_error("slice step cannot be zero"));
        }
        let minus_one = -IBig::ONE;
        let (low, high) = if by < IBig::ZERO {
            (minus_one.clone(), &len - IBig::ONE)
        } else {
            (IBig::ZERO, len.clone())
        };
        let clamp = |v: Option<IBig>, default: &IBig| -> IBig {
            match v {
                None => default.clone(),
                Some(v) => {
                    let v = if v < IBig::ZERO { v + &len } else { v };
                    if v < low {
                        low.clone()
                    } else if v > high {
                        high.clone()
                    } else {
                        v
                    }
                }
            }
        };
        let (first, last) = if by < IBig::ZERO { (&high, &low) } else { (&low, &high) };
        let lo = clamp(lo, first);
        let hi = clamp(hi, last);
        let new_start = &start + &lo * &step;
        let new_stop = &start + &hi * &step;
        Ok(self.make_range(new_start, new_stop, step * by))
    }

    /// `reversed(r)` of a big range.
    pub(crate) fn big_range_reversed(&self, r: &BigRangeObj) -> Value {
        let n = r.len();
        let last = if n == IBig::ZERO {
            r.start.clone()
        } else {
            r.get(&(&n - IBig::ONE))
        };
        let state = IterState::BigRange {
            next: last,
            remaining: n,
            step: -r.step.clone(),
        };
        Value::Obj(self.heap.alloc(IterObj::new(state)))
    }

    /// `hash(r)` of either kind of range: the hash of the tuple CPython
    /// hashes, `(len, start, step)` with the parts that do not decide the
    /// values (`start` of an empty range, `step` of a one-value range)
    /// as None, so equal ranges hash alike.
    pub(crate) fn range_hash(&self, v: Value) -> Option<i64> {
        let (start, stop, step) = self.range_bounds(v)?;
        let n = crate::object::bigrange::big_range_len(&start, &stop, &step);
        let hash = crate::ops::bigarith::hash_big;
        let none = self.hash_value(Value::None).unwrap_or(0);
        let mut h = crate::pyhash::TupleHasher::new();
        h.add(hash(&n));
        if n == IBig::ZERO {
            h.add(none);
            h.add(none);
        } else {
            h.add(hash(&start));
            h.add(if n == IBig::ONE { none } else { hash(&step) });
        }
        Some(h.finish(3))
    }

    /// Two ranges are equal when they hold the same values.
    pub(crate) fn ranges_equal(&self, a: Value, b: Value) -> Option<bool> {
        let (x, y) = (self.range_bounds(a)?, self.range_bounds(b)?);
        let nx = crate::object::bigrange::big_range_len(&x.0, &x.1, &x.2);
        let ny = crate::object::bigrange::big_range_len(&y.0, &y.1, &y.2);
        Some(nx == ny && (nx == IBig::ZERO || (x.0 == y.0 && (nx == IBig::ONE || x.2 == y.2))))
    }
}

/// `repr(r)` of a big range.
pub fn big_range_repr(r: &BigRangeObj) -> String {
    if r.step == IBig::ONE {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}
