//! Iteration: what `for x in v` walks over, one step at a time.

use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::heap::ObjRef;
use crate::object::{DictViewKind, IterObj, IterState, Kind, Obj, ObjMut, RangeIterObj, SeqIterObj, StrIterObj};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The next count of an enumerate: past i64::MAX, a big int.
    fn enumerate_count(&mut self, it: ObjRef) -> Value {
        let count = match self.heap.get_mut(it) {
            ObjMut::Enumerate(e) => e.next_count(),
            _ => Ok(0),
        };
        match count {
            Ok(c) => Value::Int(c),
            Err(k) => self.int_value(dashu_int::IBig::from(i64::MAX) + dashu_int::IBig::from(k)),
        }
    }

    /// `iter(v)`: a new iterator object (an iterator is its own iterator).
    pub fn get_iter(&mut self, v: Value) -> Result<Value, PyError> {
        let Some(r) = v.as_obj() else {
            return Err(self.not_iterable(v).into());
        };
        let it = match self.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => self.heap.alloc(SeqIterObj::new(r)),
            Obj::Range(range) => self.heap.alloc(RangeIterObj::new(range.start, range.stop, range.step)),
            Obj::Str(_) => self.heap.alloc(StrIterObj::new(r)),
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
            Obj::Set(s) => self.heap.alloc(IterObj::new(IterState::Set {
                set: r,
                slot: 0,
                used: s.table.len(),
            })),
            Obj::Bytes(_) => self.heap.alloc(IterObj::new(IterState::Bytes { seq: r, index: 0 })),
            Obj::BigRange(range) => {
                let state = IterState::BigRange {
                    next: range.start.clone(),
                    remaining: range.len(),
                    step: range.step.clone(),
                };
                self.heap.alloc(IterObj::new(state))
            }
            _ if self.heap.get(r).is_iterator() => return Ok(v),
            Obj::Instance(_) => return self.instance_iter(v),
            // A class whose metaclass defines `__iter__` (an enum).
            Obj::Class(_) if self.meta_of(v).is_some() => return self.instance_iter(v),
            _ => return Err(self.not_iterable(v).into()),
        };
        Ok(Value::Obj(it))
    }

    /// `iter(inst)`: its `__iter__`, which must give an iterator (a
    /// built-in one, or an instance with `__next__`).
    fn instance_iter(&mut self, v: Value) -> Result<Value, PyError> {
        if let Some(g) = self.iter_generator_made(v)? {
            return Ok(g);
        }
        let Some(it) = self.call_special(v, Special::Iter, &[])? else {
            if self.special_method(v, Special::GetItem).is_some() {
                return self.index_iter(v);
            }
            return Err(self.not_iterable(v).into());
        };
        let ok = match it.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(_)) => self.special_method(it, Special::Next).is_some(),
            Some(o) => o.is_iterator(),
            None => false,
        };
        if !ok {
            return Err(
                RawError::type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(it))).into(),
            );
        }
        Ok(it)
    }

    /// `iter(inst)` whose `__iter__` is a generator function of the plain
    /// kind (`def __iter__(self): ... yield ...`): the generator, made as
    /// the call makes it, with the call's tick, but without the general
    /// call's machinery (a callback from native code, a frame pushed and
    /// moved off again). None, with nothing done, where the call could do
    /// anything else (raise at the recursion limit, grow the stack, be
    /// refused in compiled code or leave a recording): the caller makes
    /// the call then.
    fn iter_generator_made(&mut self, v: Value) -> Result<Option<Value>, PyError> {
        let Some(method) = self.special_method(v, Special::Iter) else {
            return Ok(None);
        };
        let Some(Obj::Function(f)) = method.as_obj().map(|r| self.heap.get(r)) else {
            return Ok(None);
        };
        // Not a coroutine's or an asynchronous generator's function.
        let plain_kind = self.codes[f.code.0 as usize].code.locals.generator_kind() == crate::object::Kind::Generator;
        let quiet = !self.recording
            && self.no_collect == 0
            && !self.frames.is_empty()
            && self.native_depth < self.limits.max_native_reentry
            && self.frames.len() < self.limits.max_frames
            && self.stack.len() + 2 + crate::limits::FRAME_HEADROOM <= self.stack.capacity()
            && self.check_host_stack().is_ok();
        let func = method.as_obj().expect("a function");
        if !plain_kind || !quiet || !self.plain_generator_call(func, 1) {
            return Ok(None);
        }
        // The call's tick first, as the call counts it before it makes the
        // generator; the instance (off the stack already) rooted while the
        // tick may collect.
        self.temp_roots.push(v);
        let ticked = self.tick();
        self.temp_roots.pop();
        ticked?;
        Ok(self.new_generator_for_jit(func, &[v]))
    }

    /// CPython's older iteration protocol, for an instance with
    /// `__getitem__` and no `__iter__`: `v[0]`, `v[1]`, ... until
    /// `IndexError` (or `StopIteration`).
    fn index_iter(&mut self, v: Value) -> Result<Value, PyError> {
        use crate::modules::native_class::{make_class, new_instance};
        let class = match self.index_iter_class {
            Some(class) => class,
            None => {
                let class = make_class(
                    self,
                    "iterator",
                    &[
                        ("__next__", index_iter_next),
                        ("__iter__", crate::modules::itertools::self_iter),
                    ],
                    &[],
                );
                self.index_iter_class = Some(class);
                class
            }
        };
        Ok(new_instance(
            self,
            class.as_obj().expect("a class"),
            vec![v, Value::Int(0)],
        ))
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
            ObjMut::StrIter(s) => (s.seq, s.byte),
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
            ObjMut::StrIter(s) => s.byte += 1,
            _ => {}
        }
        Some(next)
    }

    /// Whether the next step of iterator `it` will find it exhausted, found
    /// without stepping it; None for kinds this cannot tell (str, dict,
    /// reversed iterators). Compiled loops ask before they take the way out.
    pub fn iter_exhausted(&self, it: ObjRef) -> Option<bool> {
        Some(match self.heap.get(it) {
            Obj::RangeIter(r) => r.remaining <= 0,
            Obj::SeqIter(s) => s.index >= self.heap.seq_items(s.seq)?.len(),
            Obj::StrIter(s) => s.byte >= self.heap.str_obj(s.seq)?.byte_len(),
            Obj::Enumerate(e) => self.iter_exhausted(e.inner)?,
            Obj::Iter(IterObj {
                state: IterState::Dict { .. } | IterState::Set { .. },
                ..
            }) => self.table_iter_entry(it).is_none(),
            Obj::Iter(IterObj {
                state: IterState::Bytes { .. },
                ..
            }) => self.bytes_iter_peek(it).is_none(),
            Obj::Zip(z) => {
                let mut done = false;
                for inner in self.heap.tuple(z.iters)?.iter() {
                    done = done || self.iter_exhausted(inner.as_obj()?)?;
                }
                done
            }
            // Among them the iterators of big ranges: loops over those
            // stay in the interpreter (a trace cannot step a range it would
            // have to count in big ints).
            _ => return None,
        })
    }

    /// The entry a dict's or set's iterator's next step returns (its
    /// position in the table and the entry; a set's key comes as a dict's
    /// key would), found without stepping it; None when the iterator is
    /// neither, is exhausted, or the table changed size (the step itself
    /// then ends the loop or raises).
    pub fn table_iter_entry(&self, it: ObjRef) -> Option<(usize, crate::object::Entry, DictViewKind)> {
        let Obj::Iter(IterObj { state, .. }) = self.heap.get(it) else {
            return None;
        };
        let (dict, index, kind, used) = match state {
            IterState::Dict {
                dict,
                index,
                kind,
                used,
            } => (dict, index, kind, used),
            IterState::Set { set, slot, used } => {
                let s = self
                    .heap
                    .set(*set)
                    .filter(|s| s.table.len() == *used && *slot != usize::MAX)?;
                let (at, e) = s.table.next_live(*slot)?;
                let entry = crate::object::Entry {
                    hash: e.hash,
                    key: e.key,
                    value: Value::Undef,
                };
                return Some((at, entry, DictViewKind::Keys));
            }
            _ => return None,
        };
        let d = self.heap.dict(*dict)?;
        if d.table.len() != *used {
            return None;
        }
        let mut at = *index;
        loop {
            let e = d.table.raw_entry(at)?;
            if e.is_live() {
                return Some((at, *e, *kind));
            }
            at += 1;
        }
    }

    /// The position and value of the byte a bytes (or bytearray)
    /// iterator's next step returns, found without stepping it; None when
    /// it is another iterator or is exhausted.
    pub fn bytes_iter_peek(&self, it: ObjRef) -> Option<(usize, u8)> {
        let Obj::Iter(IterObj {
            state: IterState::Bytes { seq, index },
            ..
        }) = self.heap.get(it)
        else {
            return None;
        };
        let byte = *self.heap.bytes(*seq)?.data.get(*index)?;
        Some((*index, byte))
    }

    /// Where a dict's, set's or bytes' iterator's next step is (what
    /// `table_iter_entry` or `bytes_iter_peek` found).
    pub fn iter_position(&self, it: ObjRef) -> Option<usize> {
        match self.table_iter_entry(it) {
            Some((at, _, _)) => Some(at),
            None => self.bytes_iter_peek(it).map(|(at, _)| at),
        }
    }

    /// Moves a dict's, set's or bytes' iterator past position `at` (which
    /// `iter_position` found).
    pub fn table_iter_advance(&mut self, it: ObjRef, at: usize) {
        if let ObjMut::Iter(IterObj { state, .. }) = self.heap.get_mut(it) {
            match state {
                IterState::Dict { index, .. } | IterState::Bytes { index, .. } => *index = at + 1,
                IterState::Set { slot, .. } => *slot = at + 1,
                _ => {}
            }
        }
    }

    /// The next value of an iterator object, or None when it is exhausted.
    pub fn iter_next(&mut self, it: ObjRef) -> Result<Option<Value>, PyError> {
        self.iter_next_held(it, true)
    }

    /// `iter_next` for a built-in that keeps nothing the collector cannot
    /// see while it steps `it` (its state lives in its receiver, which the
    /// call roots): a generator's step may collect then. `islice(gen, n)`
    /// stepped natively would otherwise postpone every collection the
    /// generator's body asks for.
    pub fn iter_next_rooted(&mut self, it: ObjRef) -> Result<Option<Value>, PyError> {
        self.iter_next_held(it, false)
    }

    fn iter_next_held(&mut self, it: ObjRef, held: bool) -> Result<Option<Value>, PyError> {
        match self.iter_next_inline(it) {
            Some(next) => Ok(next),
            None => self.iter_next_past_inline(it, held),
        }
    }

    /// `iter_next_held` of an iterator `iter_next_inline` has no step for
    /// (generators, instances, map, dict and set iterators, ...).
    fn iter_next_past_inline(&mut self, it: ObjRef, held: bool) -> Result<Option<Value>, PyError> {
        if let Obj::Generator(_) = self.heap.get(it) {
            return self.gen_resume(it, Value::None, held);
        }
        if let Obj::Iter(_) = self.heap.get(it) {
            // A `map` compiled code stepped (`Vm::map_step_for_jit`), as
            // for an instance's iterator below.
            if let Some(outcome) = self.take_pending(crate::vm::PendingCall::IterStep(it)) {
                return outcome.map(|v| (!matches!(v, Value::Undef)).then_some(v));
            }
        }
        if let Obj::Instance(_) = self.heap.get(it) {
            // Compiled code made this step and left its outcome for this
            // redo (`Vm::stash_iter_step`).
            if let Some(outcome) = self.take_pending(crate::vm::PendingCall::IterStep(it)) {
                return outcome.map(|v| (!matches!(v, Value::Undef)).then_some(v));
            }
            // An iterator of the script's: `__next__` until StopIteration.
            return match self.call_special(Value::Obj(it), Special::Next, &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(RawError::type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(Value::Obj(it))
                ))
                .into()),
                Err(e) if e.kind == ExcKind::StopIteration => Ok(None),
                Err(e) => Err(e),
            };
        }
        // Step the iterator's own state first; reading the sequence it walks
        // needs the heap again, so positions are copied out.
        enum Step {
            Done,
            Seq(ObjRef, usize),
            Str(ObjRef, usize),
            Dict(ObjRef, usize, DictViewKind, usize),
            Set(ObjRef, usize, usize),
            Map(Value, ObjRef),
            Filter(Value, ObjRef),
            Enumerate(ObjRef),
            Zip(ObjRef),
            Big(dashu_int::IBig),
            Bytes(ObjRef, usize),
        }
        let step = match self.heap.get_mut(it) {
            ObjMut::Iter(IterObj { state, .. }) => match state {
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
                IterState::Set { set, slot, used } => Step::Set(*set, *slot, *used),
                IterState::Map { func, iters } => Step::Map(*func, *iters),
                IterState::Filter { func, iter } => Step::Filter(*func, *iter),
                IterState::BigRange { next, remaining, step } => {
                    if *remaining == dashu_int::IBig::ZERO {
                        Step::Done
                    } else {
                        let v = next.clone();
                        *next += &*step;
                        *remaining -= dashu_int::IBig::ONE;
                        Step::Big(v)
                    }
                }
                IterState::Bytes { seq, index } => Step::Bytes(*seq, *index),
            },
            ObjMut::Enumerate(e) => Step::Enumerate(e.inner),
            ObjMut::StrIter(s) => Step::Str(s.seq, s.byte),
            ObjMut::RangeIter(_) | ObjMut::SeqIter(_) => unreachable!("iter_next_inline steps these"),
            ObjMut::Zip(z) => Step::Zip(z.iters),
            _ => return Err(RawError::type_error("object is not an iterator").into()),
        };
        match step {
            Step::Done => Ok(None),
            Step::Big(v) => Ok(Some(self.int_value(v))),
            Step::Bytes(seq, at) => {
                let Some(&b) = self.heap.bytes(seq).and_then(|b| b.data.get(at)) else {
                    return Ok(None);
                };
                if let ObjMut::Iter(IterObj {
                    state: IterState::Bytes { index, .. },
                    ..
                }) = self.heap.get_mut(it)
                {
                    *index = at + 1;
                }
                Ok(Some(Value::Int(b as i64)))
            }
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
                Obj::Bytes(b) => b.data.get(i).map(|&b| Value::Int(b as i64)),
                _ => None,
            }),
            Step::Str(seq, byte) => {
                let next = self.heap.str_obj(seq).and_then(|s| s.as_str()[byte..].chars().next());
                let Some(c) = next else { return Ok(None) };
                if let ObjMut::StrIter(s) = self.heap.get_mut(it) {
                    s.byte = byte + c.len_utf8();
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
            Step::Set(set, slot, used) => {
                // An exhausted iterator stays exhausted, whatever the set does.
                let Some(s) = self.heap.set(set).filter(|_| slot != usize::MAX) else {
                    return Ok(None);
                };
                if s.table.len() != used {
                    if let ObjMut::Iter(IterObj {
                        state: IterState::Set { used, .. },
                        ..
                    }) = self.heap.get_mut(it)
                    {
                        // Sticky, as in CPython: every later step fails too.
                        *used = usize::MAX;
                    }
                    return Err(RawError::new(ExcKind::RuntimeError, "Set changed size during iteration").into());
                }
                let next = s.table.next_live(slot);
                if let ObjMut::Iter(IterObj {
                    state: IterState::Set { slot, .. },
                    ..
                }) = self.heap.get_mut(it)
                {
                    *slot = next.map_or(usize::MAX, |(at, _)| at + 1);
                }
                Ok(next.map(|(_, e)| e.key))
            }
            // Each iterator steps in turn; the first exhausted one ends the
            // map (those before it have stepped, as in CPython).
            Step::Map(func, iters) => match self.next_of_each(iters, held)? {
                Some(args) => self.call_value(func, &args).map(Some),
                None => Ok(None),
            },
            // Nothing is held while the inner iterator steps (the item
            // goes to the stack for the predicate).
            Step::Filter(func, inner) => loop {
                self.charge(crate::limits::ITEM_TICKS)?;
                let Some(v) = self.iter_next_held(inner, held)? else {
                    return Ok(None);
                };
                let keep = if matches!(func, Value::None) {
                    self.truth(v)?
                } else {
                    let verdict = self.call_value(func, &[v])?;
                    self.truth(verdict)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            // The inner iterator steps first, then the count (CPython's
            // order: an exhausted inner iterator leaves the count alone).
            Step::Enumerate(inner) => {
                // Nothing is held while the inner iterator steps.
                let Some(v) = self.iter_next_held(inner, held)? else {
                    return Ok(None);
                };
                let count = self.enumerate_count(it);
                Ok(Some(self.new_tuple([count, v])))
            }
            Step::Zip(iters) => match self.next_of_each(iters, held)? {
                Some(items) if !items.is_empty() => Ok(Some(self.new_tuple(&items[..]))),
                _ => Ok(None),
            },
        }
    }

    /// The next item of each iterator in tuple `iters`, in turn (a zip's
    /// or a map's step), or None once one is exhausted (those before it
    /// have stepped, as in CPython). Stepped with collections allowed
    /// (not `held`), the items taken wait rooted for the others.
    fn next_of_each(&mut self, iters: ObjRef, held: bool) -> Result<Option<smallvec::SmallVec<[Value; 4]>>, PyError> {
        let inners: smallvec::SmallVec<[ObjRef; 4]> = self
            .heap
            .tuple(iters)
            .map(|t| t.iter().filter_map(|v| v.as_obj()).collect())
            .unwrap_or_default();
        let mut items = smallvec::SmallVec::new();
        let roots = self.temp_roots.len();
        let mut stepped = Ok(true);
        for inner in inners {
            match self.iter_next_held(inner, held) {
                Ok(Some(v)) => {
                    items.push(v);
                    if !held {
                        self.temp_roots.push(v);
                    }
                }
                Ok(None) => {
                    stepped = Ok(false);
                    break;
                }
                Err(e) => {
                    stepped = Err(e);
                    break;
                }
            }
        }
        self.temp_roots.truncate(roots);
        Ok(stepped?.then_some(items))
    }

    /// The next step of an enumerate, a zip or a dict's items whose value
    /// would be unpacked into `n` values at once: the values pushed onto
    /// the stack as the unpacking leaves them, the first on top
    /// (`Some(true)`), or `Some(false)` when the iterator is
    /// exhausted. None (nothing stepped) for any other iterator or count,
    /// which take the tuple-making way. The interpreter's `for` calls it,
    /// which holds nothing the collector cannot see (the values go to the
    /// stack as they come), so a generator's steps may collect.
    pub fn iter_next_unpacked(&mut self, it: ObjRef, n: usize) -> Result<Option<bool>, PyError> {
        match self.heap.get(it) {
            Obj::Enumerate(e) if n == 2 => {
                let inner = e.inner;
                // As in iter_next: the inner iterator steps first; a
                // list, tuple or range (nearly always) without a call.
                let next = match self.iter_next_inline(inner) {
                    Some(next) => next,
                    None => self.iter_next_past_inline(inner, false)?,
                };
                let Some(v) = next else {
                    return Ok(Some(false));
                };
                self.stack.push(v);
                let count = self.enumerate_count(it);
                self.stack.push(count);
                Ok(Some(true))
            }
            Obj::Zip(z) => {
                // The iterators, read from the zip's tuple (which never
                // changes) as each steps.
                let iters = z.iters;
                let inner = |vm: &Vm, k: usize| vm.heap.tuple(iters).and_then(|t| t.get(k)).and_then(|v| v.as_obj());
                let count = self.heap.tuple(iters).map_or(0, |t| t.len());
                if count != n || n == 0 || (0..n).any(|k| inner(self, k).is_none()) {
                    return Ok(None);
                }
                let start = self.stack.len();
                for k in 0..n {
                    let inner = inner(self, k).expect("checked above");
                    let next = match self.iter_next_inline(inner) {
                        Some(next) => Ok(next),
                        None => self.iter_next_past_inline(inner, false),
                    };
                    match next {
                        Ok(Some(v)) => self.stack.push(v),
                        Ok(None) => {
                            self.stack.truncate(start);
                            return Ok(Some(false));
                        }
                        Err(e) => {
                            self.stack.truncate(start);
                            return Err(e);
                        }
                    }
                }
                self.stack[start..].reverse();
                Ok(Some(true))
            }
            // The end of the dict and a dict that changed size are left
            // to iter_next, which knows what to do about each.
            Obj::Iter(_) if n == 2 => match self.table_iter_entry(it) {
                Some((at, entry, DictViewKind::Items)) => {
                    self.table_iter_advance(it, at);
                    self.stack.push(entry.value);
                    self.stack.push(entry.key);
                    Ok(Some(true))
                }
                _ => Ok(None),
            },
            _ => Ok(None),
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

    /// `list(v)` of a list or tuple: its items copied in their storage (an
    /// int list's ints stay unboxed, with no pass to narrow them again),
    /// checked and charged as `collect_iterable_at_entry` checks and
    /// charges. None for any other value.
    pub fn list_of_sequence(&mut self, v: Value) -> Result<Option<Value>, PyError> {
        let Some(r) = v
            .as_obj()
            .filter(|&r| matches!(self.heap.kind(r), Kind::List | Kind::Tuple))
        else {
            return Ok(None);
        };
        let n = self.heap.seq_items(r).map_or(0, |items| items.len());
        let bytes = n.saturating_mul(std::mem::size_of::<Value>());
        self.make_room(bytes)?;
        self.heap.reserve(bytes)?;
        self.charge(n as u64 * crate::limits::ITEM_TICKS)?;
        let items = self.heap.seq_items(r).expect("a list or tuple");
        let copied = crate::object::ListObj::from_items(items);
        Ok(Some(Value::Obj(self.heap.alloc(copied))))
    }

    /// `iter_next` for a built-in's loop: one tick per item (see `limits`).
    #[inline]
    pub fn next_charged(&mut self, it: ObjRef) -> Result<Option<Value>, PyError> {
        self.charge(crate::limits::ITEM_TICKS)?;
        self.iter_next(it)
    }
}

/// `next()` of an iterator over an instance's `__getitem__`: the item at
/// the next index; `IndexError` or `StopIteration` from it ends the
/// iteration, and every later `next()` (CPython forgets the sequence).
fn index_iter_next(vm: &mut Vm, args: &[Value], _: &[crate::native::KwArg]) -> crate::native::NativeResult {
    use crate::modules::native_class::{field, receiver, set_field, stop};
    let (state, _) = receiver(vm, args, "iterator")?;
    let (seq, at) = (field(vm, state, 0), field(vm, state, 1));
    let Value::Int(i) = at else {
        return Err(stop());
    };
    if seq.is_none() {
        return Err(stop());
    }
    match vm.get_item(seq, Value::Int(i)) {
        Ok(v) => {
            set_field(vm, state, 1, Value::Int(i + 1));
            Ok(v)
        }
        Err(e) if matches!(e.kind, ExcKind::IndexError | ExcKind::StopIteration) => {
            set_field(vm, state, 0, Value::None);
            Err(stop())
        }
        Err(e) => Err(e),
    }
}
