//! The operators of `bytes` and `bytearray` (`object/bytes.rs`): repr,
//! concatenation and repetition, comparison, `in`, indexing and slicing,
//! item assignment. Their methods are in `methods/bytes.rs`; the codecs
//! that turn them into strs and back in `ops/codec.rs`.

use std::cmp::Ordering;

use crate::error::{ExcKind, OpResult, PyError, RawError};
use crate::heap::ObjRef;
use crate::object::{BytesObj, Obj};
use crate::ops::compare::OrderOp;
use crate::ops::index::{normalize_index, resolve_slice};
use crate::value::Value;
use crate::vm::Vm;

/// `repr(b)` of a bytes object's contents: CPython's quote choice (single
/// quotes unless the data holds a `'` and no `"`) and escapes.
pub fn bytes_repr(data: &[u8]) -> String {
    quoted_bytes(data, false)
}

/// `repr(ba)` of a bytearray: `bytearray(b'...')`, whose quoting differs
/// from bytes' in one point, as in CPython: a `'` is always escaped.
pub fn bytearray_repr(data: &[u8]) -> String {
    format!("bytearray({})", quoted_bytes(data, true))
}

fn quoted_bytes(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `ValueError: byte must be in range(0, 256)`.
pub fn byte_range_error() -> RawError {
    RawError::value_error("byte must be in range(0, 256)")
}

impl Vm {
    /// A new bytes (or, `mutable`, bytearray) object holding `data`.
    pub fn new_bytes(&self, data: Vec<u8>, mutable: bool) -> Value {
        if !mutable {
            if let Some(shared) = self.heap.short_bytes(&data) {
                return Value::Obj(shared);
            }
        }
        Value::Obj(self.heap.alloc(BytesObj::new(data, mutable)))
    }

    /// The contents of a bytes or bytearray value.
    #[inline]
    pub fn bytes_of(&self, v: Value) -> Option<&[u8]> {
        v.as_obj().and_then(|r| self.heap.bytes(r)).map(|b| &b.data[..])
    }

    /// Whether `v` is a bytearray.
    pub fn is_bytearray(&self, v: Value) -> bool {
        v.as_obj().and_then(|r| self.heap.bytes(r)).is_some_and(|b| b.mutable)
    }

    /// The byte an int stands for (`ba[i] = v`, `ba.append(v)`, `v in b`):
    /// `TypeError` for a non-int, `ValueError` outside 0..=255.
    pub fn byte_value(&self, v: Value) -> OpResult<u8> {
        let Some(i) = v.as_index() else {
            if self.big_int(v).is_some() {
                return Err(byte_range_error());
            }
            return Err(RawError::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            )));
        };
        u8::try_from(i).map_err(|_| byte_range_error())
    }

    /// Counts a new buffer of `n` bytes toward the heap limit and budget
    /// before it is made.
    pub(crate) fn room_for_bytes(&self, n: usize) -> OpResult<()> {
        self.heap.reserve(n)?;
        self.charge_bytes(n)
    }

    /// `a + b` where `a` is bytes or a bytearray: None if `a` is neither.
    pub(crate) fn bytes_concat(&mut self, a: Value, b: Value) -> Option<Result<Value, PyError>> {
        let x = self.bytes_of(a)?;
        let mutable = self.is_bytearray(a);
        let Some(y) = self.bytes_of(b) else {
            return Some(Err(RawError::type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            ))
            .into()));
        };
        if let Err(e) = self.room_for_bytes(x.len() + y.len()) {
            return Some(Err(e.into()));
        }
        let joined = [x, y].concat();
        Some(Ok(self.new_bytes(joined, mutable)))
    }

    /// `b * n` for bytes or a bytearray `b` and a count already checked.
    pub(crate) fn bytes_repeat(&mut self, r: ObjRef, count: usize) -> OpResult<Value> {
        let Some(b) = self.heap.bytes(r) else {
            return Err(RawError::type_error("not bytes"));
        };
        self.room_for_bytes(b.data.len().saturating_mul(count))?;
        let b = self.heap.bytes(r).expect("checked above");
        let data = b.data.repeat(count);
        Ok(self.new_bytes(data, b.mutable))
    }

    /// `a += b` for a bytearray `a`: extends it in place. None if `a` is
    /// no bytearray.
    pub(crate) fn bytearray_iadd(&mut self, a: Value, b: Value) -> Option<Result<Value, PyError>> {
        let r = a.as_obj()?;
        if !self.is_bytearray(a) {
            return None;
        }
        let Some(extra) = self.bytes_of(b).map(<[u8]>::to_vec) else {
            return Some(Err(RawError::type_error(format!(
                "can't concat {} to bytearray",
                self.type_name(b)
            ))
            .into()));
        };
        if let Err(e) = self.room_for_bytes(extra.len()) {
            return Some(Err(e.into()));
        }
        self.heap.note_growth(extra.len());
        self.heap
            .bytearray_mut(r)
            .expect("a bytearray")
            .extend_from_slice(&extra);
        Some(Ok(a))
    }

    /// Orders two bytes-like values (None if either is not one).
    pub(crate) fn bytes_order(&self, a: Value, b: Value) -> OpResult<Option<Ordering>> {
        let (Some(x), Some(y)) = (self.bytes_of(a), self.bytes_of(b)) else {
            return Ok(None);
        };
        self.charge_bytes(x.len().min(y.len()))?;
        Ok(Some(x.cmp(y)))
    }

    /// `a < b` and the others for bytes-like values; None otherwise.
    pub(crate) fn bytes_compare(&self, op: OrderOp, a: Value, b: Value) -> Option<OpResult<bool>> {
        match self.bytes_order(a, b) {
            Ok(Some(ord)) => Some(Ok(op.holds(Some(ord)))),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }

    /// `needle in hay` for bytes-like `hay`: an int is one byte, a
    /// bytes-like needle a run of them.
    pub(crate) fn bytes_contains(&self, hay: &[u8], needle: Value) -> OpResult<bool> {
        if let Some(n) = self.bytes_of(needle) {
            self.charge_bytes(hay.len())?;
            return Ok(find_sub(hay, n, 0).is_some());
        }
        if needle.as_index().is_none() && self.big_int(needle).is_none() {
            return Err(RawError::type_error(format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(needle)
            )));
        }
        let b = self.byte_value(needle)?;
        Ok(hay.contains(&b))
    }

    /// `b[i]`: the byte as an int.
    pub(crate) fn bytes_item(&self, b: &BytesObj, index: Value) -> OpResult<Value> {
        let name = if b.mutable { "bytearray" } else { "byte" };
        let i = self.seq_index(index, name)?;
        match normalize_index(i, b.data.len()) {
            Some(i) => Ok(Value::Int(b.data[i] as i64)),
            None if b.mutable => Err(RawError::new(ExcKind::IndexError, "bytearray index out of range")),
            None => Err(RawError::new(ExcKind::IndexError, "index out of range")),
        }
    }

    /// `b[lo:hi:step]`: a new object of the same type.
    pub(crate) fn bytes_slice(&self, r: ObjRef, lower: Value, upper: Value, step: Value) -> OpResult<Value> {
        let b = self.heap.bytes(r).expect("a bytes object");
        let s = resolve_slice(b.data.len(), lower, upper, step)?;
        let data: Vec<u8> = s.indices().map(|i| b.data[i]).collect();
        Ok(self.new_bytes(data, b.mutable))
    }

    /// `ba[i] = v` for a bytearray.
    pub(crate) fn bytearray_set(&mut self, r: ObjRef, index: Value, value: Value) -> OpResult<()> {
        let i = self.seq_index(index, "bytearray")?;
        let byte = self.byte_value(value)?;
        let data = self.heap.bytearray_mut(r).expect("a bytearray");
        let Some(i) = normalize_index(i, data.len()) else {
            return Err(RawError::new(ExcKind::IndexError, "bytearray index out of range"));
        };
        data[i] = byte;
        Ok(())
    }

    /// `del ba[i]` for a bytearray.
    pub(crate) fn bytearray_del(&mut self, r: ObjRef, index: Value) -> OpResult<()> {
        let i = self.seq_index(index, "bytearray")?;
        let data = self.heap.bytearray_mut(r).expect("a bytearray");
        let Some(i) = normalize_index(i, data.len()) else {
            return Err(RawError::new(ExcKind::IndexError, "bytearray index out of range"));
        };
        data.remove(i);
        Ok(())
    }

    /// `ba[lo:hi] = data` for a bytearray (an extended slice must keep its
    /// size, as for lists).
    pub(crate) fn bytearray_set_slice(&mut self, r: ObjRef, bounds: [Value; 3], value: Value) -> Result<(), PyError> {
        let new: Vec<u8> = match self.bytes_of(value) {
            Some(d) => d.to_vec(),
            None if self.as_str(value).is_some() => {
                return Err(RawError::type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                )
                .into())
            }
            None => {
                let items = self.collect_iterable(value)?;
                items.iter().map(|v| self.byte_value(*v)).collect::<OpResult<_>>()?
            }
        };
        let len = self.heap.bytes(r).map_or(0, |b| b.data.len());
        let s = resolve_slice(len, bounds[0], bounds[1], bounds[2])?;
        if s.step != 1 && new.len() != s.len() {
            return Err(RawError::value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                s.len()
            ))
            .into());
        }
        self.room_for_bytes(new.len())?;
        let data = self.heap.bytearray_mut(r).expect("a bytearray");
        if s.step == 1 {
            let start = s.start.max(0) as usize;
            let stop = (s.stop.max(0) as usize).max(start);
            data.splice(start..stop, new);
        } else {
            for (i, b) in s.indices().zip(new) {
                data[i] = b;
            }
        }
        Ok(())
    }

    /// Whether `v` is a bytes-like object (for `Obj` matches elsewhere).
    pub fn is_bytes_like(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Obj::Bytes(_)))
    }
}

/// The first position at or after `from` where `needle` occurs in `hay`.
pub fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The last position where `needle` occurs in `hay`.
pub fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_as_cpython() {
        assert_eq!(bytes_repr(b"a\x00'\""), "b'a\\x00\\'\"'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytearray_repr(b"it's"), "bytearray(b\"it\\'s\")");
        assert_eq!(bytes_repr(b"\t\n\r\\\x7f\xff"), "b'\\t\\n\\r\\\\\\x7f\\xff'");
    }

    #[test]
    fn find_sub_finds_runs() {
        assert_eq!(find_sub(b"abcabc", b"ca", 0), Some(2));
        assert_eq!(find_sub(b"abc", b"", 3), Some(3));
        assert_eq!(find_sub(b"abc", b"", 4), None);
        assert_eq!(rfind_sub(b"abcabc", b"bc"), Some(4));
    }
}
