//! Iteration: what `for x in v` walks over, one step at a time.

use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::heap::ObjRef;
use crate::object::{DictViewKind, IterObj, IterState, Obj, ObjMut, RangeIterObj, SeqIterObj};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `iter(v)`: a new iterator object (an iterator is its own iterator).
    pub fn get_iter(&mut self, v: Value) -> Result<Value, PyError> {
        let Some(r) = v.as_obj() else {
            return Err(self.not_iterable(v).into());
        };
        let it = match self.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => self.heap.alloc(SeqIterObj::new(r)),
            Obj::Range(range) => self.heap.alloc(RangeIterObj::new(range.start, range.stop, range.step)),
            Obj::Str(_) => self.heap.alloc(IterObj::new(IterState::Str { seq: r, byte: 0 })),
            Obj::Dict(d) => self.heap.alloc(IterObj::new(IterState::Dict {
                dict: r,
                index: 0,
                kind: DictViewKind::Keys,
                used: d.table.len(),
            })),
            Obj::DictView(view) => {
                let used = self.heap.dict(view.dict).map_or(0, |d| d.table.len());
                self.heap.alloc(IterObj::new(IterState::Dict {
                    dict: view.dict,
                    index: 0,
                    kind: view.kind,
                    used,
                }))
            }
            Obj::RangeIter(_) | Obj::SeqIter(_) | Obj::Iter(_) => return Ok(v),
            _ => return Err(self.not_iterable(v).into()),
        };
        Ok(Value::Obj(it))
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
            ObjMut::RangeIter(range) => return Some(range.step().map(Value::Int)),
            ObjMut::SeqIter(s) => (s.seq, s.index),
            ObjMut::Iter(IterObj {
                state: IterState::Str { seq, byte },
                ..
            }) => (*seq, *byte),
            _ => return None,
        };
        // The same steps as `iter_next`'s: a list or tuple position moves
        // on even past the end, a str offset stays at its end.
        let next = match self.heap.get(seq) {
            Obj::List(l) => l.get_checked(at),
            Obj::Tuple(t) => t.get(at).copied(),
            Obj::Str(s) => match s.as_str().as_bytes().get(at) {
                None => return Some(None),
                Some(&b) if b < 128 => Some(Value::Obj(self.heap.char_str(b as char))),
                Some(_) => return None,
            },
            _ => return None,
        };
        match self.heap.get_mut(it) {
            ObjMut::SeqIter(s) => s.index += 1,
            ObjMut::Iter(IterObj {
                state: IterState::Str { byte, .. },
                ..
            }) => *byte += 1,
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
            Dict(ObjRef, usize, DictViewKind, usize),
            Enumerate(ObjRef, i64),
            Zip(Box<[ObjRef]>),
        }
        let step = match self.heap.get_mut(it) {
            ObjMut::Iter(IterObj { state, .. }) => match state {
                IterState::Str { seq, byte } => Step::Str(*seq, *byte),
                IterState::Reversed { seq, remaining } => {
                    if *remaining == 0 {
                        Step::Done
                    } else {
                        *remaining -= 1;
                        Step::Seq(*seq, *remaining)
                    }
                }
                IterState::Dict {
                    dict,
                    index,
                    kind,
                    used,
                } => Step::Dict(*dict, *index, *kind, *used),
                IterState::Enumerate { inner, count } => match *count {
                    Some(c) => {
                        *count = c.checked_add(1);
                        Step::Enumerate(*inner, c)
                    }
                    None => return Err(RawError::int_overflow().into()),
                },
                IterState::Zip { inners } => Step::Zip(inners.clone()),
            },
            ObjMut::RangeIter(_) | ObjMut::SeqIter(_) => unreachable!("iter_next_inline steps these"),
            _ => return Err(RawError::type_error("object is not an iterator").into()),
        };
        match step {
            Step::Done => Ok(None),
            Step::Seq(seq, i) => Ok(match self.heap.get(seq) {
                Obj::List(l) => l.get_checked(i),
                Obj::Tuple(t) => t.get(i).copied(),
                Obj::Str(s) => {
                    if i < s.nchars() {
                        Some(Value::Obj(self.heap.char_str(s.char_at(i))))
                    } else {
                        None
                    }
                }
                _ => None,
            }),
            Step::Str(seq, byte) => {
                let next = self.heap.str_obj(seq).and_then(|s| s.as_str()[byte..].chars().next());
                let Some(c) = next else { return Ok(None) };
                if let ObjMut::Iter(IterObj {
                    state: IterState::Str { byte: at, .. },
                    ..
                }) = self.heap.get_mut(it)
                {
                    *at = byte + c.len_utf8();
                }
                Ok(Some(self.char_value(c)))
            }
            Step::Dict(dict, index, kind, used) => {
                let found = match self.heap.dict(dict) {
                    None => return Ok(None),
                    Some(d) if d.table.len() != used => None,
                    Some(d) => {
                        let mut at = index;
                        while d.table.raw_entry(at).is_some_and(|e| !e.is_live()) {
                            at += 1;
                        }
                        Some((at, d.table.raw_entry(at).copied()))
                    }
                };
                let Some((at, entry)) = found else {
                    if let ObjMut::Iter(IterObj {
                        state: IterState::Dict { used, .. },
                        ..
                    }) = self.heap.get_mut(it)
                    {
                        // Sticky, as in CPython: every later step fails too.
                        *used = usize::MAX;
                    }
                    return Err(
                        RawError::new(ExcKind::RuntimeError, "dictionary changed size during iteration").into(),
                    );
                };
                if let ObjMut::Iter(IterObj {
                    state: IterState::Dict { index, .. },
                    ..
                }) = self.heap.get_mut(it)
                {
                    *index = at + 1;
                }
                Ok(entry.map(|e| match kind {
                    DictViewKind::Keys => e.key,
                    DictViewKind::Values => e.value,
                    DictViewKind::Items => self.new_tuple([e.key, e.value]),
                }))
            }
            Step::Enumerate(inner, count) => match self.iter_next(inner)? {
                Some(v) => Ok(Some(self.new_tuple([Value::Int(count), v]))),
                None => Ok(None),
            },
            Step::Zip(inners) => {
                let mut items: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
                for inner in inners.iter() {
                    match self.iter_next(*inner)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                if items.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(&items[..])))
            }
        }
    }

    /// All the values of an iterable, in order. Charges a tick per item,
    /// and the buffer is checked against the heap limit as it grows.
    pub fn collect_iterable(&mut self, v: Value) -> Result<Vec<Value>, PyError> {
        let value_bytes = std::mem::size_of::<Value>();
        if let Some(r) = v.as_obj() {
            let known = match self.heap.get(r) {
                Obj::List(l) => Some(l.len()),
                Obj::Tuple(t) => Some(t.len()),
                Obj::Range(range) => Some(usize::try_from(range.len()).unwrap_or(usize::MAX)),
                _ => None,
            };
            if let Some(n) = known {
                self.heap.reserve(n.saturating_mul(value_bytes))?;
                self.charge(n as u64 * crate::limits::ITEM_TICKS)?;
                match self.heap.get(r) {
                    Obj::List(l) => return Ok(l.to_vec()),
                    Obj::Tuple(t) => return Ok(t.to_vec()),
                    Obj::Range(range) => {
                        return Ok((0..range.len() as i64).map(|i| Value::Int(range.get(i))).collect())
                    }
                    _ => unreachable!("matched above"),
                }
            }
        }
        let it = self.get_iter(v)?;
        let it = it.as_obj().expect("iterators are objects");
        crate::limits::gather(self, |vm, out| {
            while let Some(item) = vm.next_charged(it)? {
                out.push(vm, item)?;
            }
            Ok(())
        })
    }

    /// `collect_iterable` for a built-in that has made nothing yet (its
    /// arguments are rooted on the VM stack while it runs): room for the
    /// values of a sized iterable is made first, collecting if needed, so
    /// `list(range(n))` after the last big list became garbage succeeds.
    pub fn collect_iterable_at_entry(&mut self, v: Value) -> Result<Vec<Value>, PyError> {
        let known = v.as_obj().and_then(|r| match self.heap.get(r) {
            Obj::List(l) => Some(l.len()),
            Obj::Tuple(t) => Some(t.len()),
            Obj::Range(range) => Some(usize::try_from(range.len()).unwrap_or(usize::MAX)),
            Obj::Str(s) => Some(s.nchars()),
            _ => None,
        });
        if let Some(n) = known {
            self.make_room(n.saturating_mul(std::mem::size_of::<Value>()))?;
        }
        self.collect_iterable(v)
    }

    /// `iter_next` for a built-in's loop: one tick per item (see `limits`).
    #[inline]
    pub fn next_charged(&mut self, it: ObjRef) -> Result<Option<Value>, PyError> {
        self.charge(crate::limits::ITEM_TICKS)?;
        self.iter_next(it)
    }
}
