//! Iteration: what `for x in v` walks over, one step at a time.

use crate::error::PyError;
use crate::error::RawError;
use crate::heap::ObjRef;
use crate::object::{DictViewKind, IterObj, Obj, RangeIter};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `iter(v)`: a new iterator object (an iterator is its own iterator).
    pub fn get_iter(&mut self, v: Value) -> Result<Value, PyError> {
        let it = match v.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, obj)) => match obj {
                Obj::List(_) | Obj::Tuple(_) => IterObj::Seq { seq: r, index: 0 },
                Obj::Str(_) => IterObj::Str { seq: r, byte: 0 },
                Obj::Range(range) => IterObj::Range(RangeIter {
                    next: range.start,
                    remaining: range.len(),
                    step: range.step,
                }),
                Obj::Dict(_) => IterObj::Dict {
                    dict: r,
                    index: 0,
                    kind: DictViewKind::Keys,
                },
                Obj::DictView(d, kind) => IterObj::Dict {
                    dict: *d,
                    index: 0,
                    kind: *kind,
                },
                Obj::Iter(_) => return Ok(v),
                _ => return Err(self.not_iterable(v).into()),
            },
            None => return Err(self.not_iterable(v).into()),
        };
        Ok(Value::Obj(self.heap.alloc(Obj::Iter(it))))
    }

    pub fn not_iterable(&self, v: Value) -> RawError {
        RawError::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// The common steps, inline in the dispatch loop without a call: a
    /// range, a list or tuple, a str whose next character is ASCII. `None`
    /// leaves the step to `iter_next`.
    #[inline(always)]
    pub(crate) fn iter_next_inline(&mut self, it: ObjRef) -> Option<Option<Value>> {
        let (seq, at) = match self.heap.get_mut(it) {
            Obj::Iter(IterObj::Range(RangeIter { next, remaining, step })) => {
                if *remaining <= 0 {
                    return Some(None);
                }
                let v = *next;
                *remaining -= 1;
                // The last step may go past i64 when stop is near a limit;
                // it is never read, so wrap.
                *next = next.wrapping_add(*step);
                return Some(Some(Value::Int(v)));
            }
            Obj::Iter(IterObj::Seq { seq, index }) => (*seq, *index),
            Obj::Iter(IterObj::Str { seq, byte }) => (*seq, *byte),
            _ => return None,
        };
        // The same steps as `iter_next`'s: a list or tuple position moves
        // on even past the end, a str offset stays at its end.
        let next = match self.heap.get(seq) {
            Obj::List(items) => items.get(at).copied(),
            Obj::Tuple(items) => items.get(at).copied(),
            Obj::Str(s) => match s.text.as_bytes().get(at) {
                None => return Some(None),
                // The shared one-character strs (see `char_value`).
                Some(&b) => match self.ascii_chars.get(b as usize) {
                    Some(&v) => Some(v),
                    None => return None,
                },
            },
            _ => return None,
        };
        match self.heap.get_mut(it) {
            Obj::Iter(IterObj::Seq { index, .. }) => *index += 1,
            Obj::Iter(IterObj::Str { byte, .. }) => *byte += 1,
            _ => {}
        }
        Some(next)
    }

    /// The next value of an iterator object, or None when it is exhausted.
    pub fn iter_next(&mut self, it: ObjRef) -> Result<Option<Value>, PyError> {
        if let Some(next) = self.iter_next_inline(it) {
            return Ok(next);
        }
        // Step the iterator's own state first; reading the sequence it walks
        // needs the heap again, so positions are copied out.
        enum Step {
            Done,
            Seq(ObjRef, usize),
            Str(ObjRef, usize),
            Dict(ObjRef, usize, DictViewKind),
            Enumerate(ObjRef, i64),
            Zip(Box<[ObjRef]>),
        }
        let step = match self.heap.get_mut(it) {
            Obj::Iter(state) => match state {
                IterObj::Range(_) => unreachable!("iter_next_inline steps every range"),
                IterObj::Seq { seq, index } => {
                    *index += 1;
                    Step::Seq(*seq, *index - 1)
                }
                IterObj::Str { seq, byte } => Step::Str(*seq, *byte),
                IterObj::Reversed { seq, remaining } => {
                    if *remaining == 0 {
                        Step::Done
                    } else {
                        *remaining -= 1;
                        Step::Seq(*seq, *remaining)
                    }
                }
                IterObj::Dict { dict, index, kind } => {
                    *index += 1;
                    Step::Dict(*dict, *index - 1, *kind)
                }
                IterObj::Enumerate { inner, count } => match *count {
                    Some(c) => {
                        *count = c.checked_add(1);
                        Step::Enumerate(*inner, c)
                    }
                    None => return Err(crate::error::RawError::int_overflow().into()),
                },
                IterObj::Zip { inners } => Step::Zip(inners.clone()),
            },
            _ => return Err(RawError::type_error("object is not an iterator").into()),
        };
        match step {
            Step::Done => Ok(None),
            Step::Seq(seq, i) => Ok(match self.heap.get(seq) {
                Obj::List(items) => items.get(i).copied(),
                Obj::Tuple(items) => items.get(i).copied(),
                Obj::Str(s) => {
                    if i < s.nchars {
                        let c = s.char_at(i);
                        Some(self.char_value(c))
                    } else {
                        None
                    }
                }
                _ => None,
            }),
            Step::Str(seq, byte) => {
                let next = match self.heap.get(seq) {
                    Obj::Str(s) => s.text[byte..].chars().next(),
                    _ => None,
                };
                let Some(c) = next else { return Ok(None) };
                if let Obj::Iter(IterObj::Str { byte: at, .. }) = self.heap.get_mut(it) {
                    *at = byte + c.len_utf8();
                }
                Ok(Some(self.char_value(c)))
            }
            Step::Dict(dict, i, kind) => {
                let entry = match self.heap.get(dict) {
                    Obj::Dict(d) => d.map.get_index(i).map(|(_, kv)| *kv),
                    _ => None,
                };
                Ok(entry.map(|(k, v)| match kind {
                    DictViewKind::Keys => k,
                    DictViewKind::Values => v,
                    DictViewKind::Items => self.new_tuple(vec![k, v]),
                }))
            }
            Step::Enumerate(inner, count) => match self.iter_next(inner)? {
                Some(v) => Ok(Some(self.new_tuple(vec![Value::Int(count), v]))),
                None => Ok(None),
            },
            Step::Zip(inners) => {
                let mut items = Vec::with_capacity(inners.len());
                for inner in inners.iter() {
                    match self.iter_next(*inner)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                if items.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(items)))
            }
        }
    }

    /// All the values of an iterable, in order.
    pub fn collect_iterable(&mut self, v: Value) -> Result<Vec<Value>, PyError> {
        if let Some(r) = v.as_obj() {
            match self.heap.get(r) {
                Obj::List(items) => return Ok(items.clone()),
                Obj::Tuple(items) => return Ok(items.to_vec()),
                Obj::Range(range) => {
                    let range = *range;
                    self.heap.reserve((range.len().max(0) as usize).saturating_mul(16))?;
                    return Ok((0..range.len()).map(|i| Value::Int(range.get(i))).collect());
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let it = it.as_obj().expect("iterators are objects");
        let mut out = Vec::new();
        while let Some(item) = self.iter_next(it)? {
            out.push(item);
        }
        Ok(out)
    }
}
