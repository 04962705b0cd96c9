//! Equality, order, hashing and table lookups that run a script's special
//! methods (`__eq__`, `__hash__`, `__lt__`, ...).
//!
//! The plain operations (`eq`, `compare`, `hash_value`, the table probes)
//! borrow the heap and run no script code: when they meet an instance
//! whose class defines such a method they fail with `needs_script`. The
//! operations here are what runs then. They take the VM mutably, call the
//! methods through the interpreter, and read a container's items again
//! after every call, since a method may change them: a table probe that
//! finds its table changed starts again, as CPython's does. Nested
//! containers are walked by recursion, bounded by the host stack budget
//! (`RecursionError`), since each level may run script code anyway.

use crate::classes::RichOp;
use crate::error::{ExcKind, OpResult, PyError, RawError};
use crate::heap::ObjRef;
use crate::limits::ITEM_TICKS;
use crate::object::{Found, Kind, Obj};
use crate::ops::compare::OrderOp;
use crate::pyhash::TupleHasher;
use crate::value::Value;
use crate::vm::Vm;

/// A table probe's test that accepts the `skip`-th key it is shown (the
/// probe shows it only the keys stored with the hash it seeks).
fn nth_candidate(skip: usize) -> impl FnMut(Value) -> Result<bool, ()> {
    let mut seen = 0;
    move |_| {
        seen += 1;
        Ok(seen > skip)
    }
}

/// Whether a plain operation failed because it met a script's method (the
/// scripted operation then decides; for any other error it reaches the
/// same error itself).
pub(crate) fn wants_script(e: &RawError) -> bool {
    e.kind == ExcKind::NotImplementedError
}

impl Vm {
    /// `a <cmp> b` as `compare_plain`, calling the special methods of the
    /// instances the values hold.
    pub(crate) fn compare_kind_any(
        &mut self,
        cmp: crate::bytecode::CompareKind,
        a: Value,
        b: Value,
    ) -> Result<bool, PyError> {
        match cmp.order_op() {
            Some(op) => self.compare_any(op, a, b),
            None => Ok(self.eq_any(a, b)? == (cmp == crate::bytecode::CompareKind::Eq)),
        }
    }

    /// `needle in haystack` for a built-in container, comparing with the
    /// items' `__eq__` and hashing with `__hash__` where they have them.
    pub(crate) fn contains_any(&mut self, haystack: Value, needle: Value) -> Result<bool, PyError> {
        // An iterator: its items are taken until one is equal.
        if let Some(Kind::RangeIter | Kind::SeqIter | Kind::StrIter | Kind::Enumerate | Kind::Zip | Kind::Iter) =
            haystack.as_obj().map(|r| self.heap.kind(r))
        {
            return self.instance_contains(haystack, needle);
        }
        match self.contains(haystack, needle) {
            Err(e) if wants_script(&e) => self.contains_scripted(haystack, needle),
            plain => Ok(plain?),
        }
    }

    /// The first position in `lo..hi` of a list or tuple whose item is
    /// `value` or equal to it (`in`, `index`, `remove`), or None.
    pub(crate) fn position_any(
        &mut self,
        seq: ObjRef,
        value: Value,
        lo: usize,
        hi: usize,
    ) -> Result<Option<usize>, PyError> {
        let Some(items) = self.heap.seq_items(seq) else {
            return Ok(None);
        };
        match crate::methods::list::position_in(self, items, value, lo, hi) {
            Err(e) if wants_script(&e) => self.position_scripted(seq, value, lo, hi),
            plain => Ok(plain?),
        }
    }

    /// How many items of a list or tuple are `value` or equal to it,
    /// when items call script methods.
    pub(crate) fn count_scripted(&mut self, seq: ObjRef, value: Value) -> Result<usize, PyError> {
        let mut n = 0;
        let mut at = 0;
        while let Some(i) = self.position_scripted(seq, value, at, usize::MAX)? {
            n += 1;
            at = i + 1;
        }
        Ok(n)
    }

    /// Whether `v` is an instance of a class (read from its header only).
    #[inline(always)]
    fn is_instance(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if self.heap.kind(r) == crate::object::Kind::Instance)
    }

    /// The plain operation's answer for `key`, or None when the scripted
    /// one must decide: `key` is an instance (its plain hash would only
    /// fail), other than a named tuple that hashes and compares as its
    /// tuple, or the plain operation met a script's method.
    #[inline(always)]
    pub(crate) fn unless_scripted<T>(&self, key: Value, plain: impl FnOnce(&Vm) -> OpResult<T>) -> Option<OpResult<T>> {
        if self.is_instance(key) && !crate::modules::collections::namedtuple::hashes_as_tuple(self, key) {
            return None;
        }
        match plain(self) {
            Err(e) if wants_script(&e) => None,
            decided => Some(decided),
        }
    }

    /// `dict[key]` if present, hashing and comparing keys with their
    /// special methods.
    #[inline(always)]
    pub(crate) fn dict_get_any(&mut self, dict: ObjRef, key: Value) -> Result<Option<Value>, PyError> {
        match self.unless_scripted(key, |vm| vm.dict_get(dict, key)) {
            Some(plain) => Ok(plain?),
            None => self.dict_get_scripted(dict, key),
        }
    }

    #[cold]
    #[inline(never)]
    fn dict_get_scripted(&mut self, dict: ObjRef, key: Value) -> Result<Option<Value>, PyError> {
        let (_, found) = self.dict_locate(dict, key, Value::None)?;
        Ok(found.and_then(|at| self.heap.dict(dict).map(|d| d.table.entry(at).value)))
    }

    // ---- the scripted operations ----------------------------------------

    /// Whether an item of a container matches `b`: the same object (no
    /// method is called then, as in CPython), or equal.
    fn item_eq(&mut self, a: Value, b: Value) -> Result<bool, PyError> {
        if a.is(b) {
            return Ok(true);
        }
        self.temp_roots.extend([a, b]);
        let equal = self.eq_any(a, b);
        self.temp_roots.truncate(self.temp_roots.len() - 2);
        equal
    }

    /// `a == b` as the interpreter means it: an instance's `__eq__` (or
    /// its reflection); containers that hold instances item by item, with
    /// these rules.
    pub(crate) fn eq_any(&mut self, a: Value, b: Value) -> Result<bool, PyError> {
        if self.is_instance(a) || self.is_instance(b) {
            let v = self.rich_compare(RichOp::Eq, a, b)?;
            return self.truth(v);
        }
        let err = match self.eq(a, b) {
            Err(e) if wants_script(&e) => e,
            plain => return Ok(plain?),
        };
        self.check_host_stack()?;
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return Err(err.into());
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => {
                if self.seq_len(ra) != self.seq_len(rb) {
                    return Ok(false);
                }
                Ok(self.first_unequal(ra, rb)?.is_none() && self.seq_len(ra) == self.seq_len(rb))
            }
            (Obj::Dict(_), Obj::Dict(_)) => self.dicts_eq_scripted(ra, rb),
            (Obj::Set(x), Obj::Set(y)) => {
                if x.table.len() != y.table.len() {
                    return Ok(false);
                }
                self.set_keys_in_scripted(ra, rb)
            }
            _ => Err(err.into()),
        }
    }

    fn seq_len(&self, r: ObjRef) -> usize {
        self.heap.seq_items(r).map_or(0, |items| items.len())
    }

    /// The first pair of items (at the same position of two lists or
    /// tuples) that do not match, read again after every comparison.
    fn first_unequal(&mut self, ra: ObjRef, rb: ObjRef) -> Result<Option<(Value, Value)>, PyError> {
        let mut i = 0;
        loop {
            let (Some(xs), Some(ys)) = (self.heap.seq_items(ra), self.heap.seq_items(rb)) else {
                return Ok(None);
            };
            if i >= xs.len() || i >= ys.len() {
                return Ok(None);
            }
            let (x, y) = (xs.get(i), ys.get(i));
            self.charge(ITEM_TICKS)?;
            if !self.item_eq(x, y)? {
                return Ok(Some((x, y)));
            }
            i += 1;
        }
    }

    /// Two dicts are equal: the same size, and each key of the first maps
    /// to an equal value in the second.
    fn dicts_eq_scripted(&mut self, ra: ObjRef, rb: ObjRef) -> Result<bool, PyError> {
        let len = |vm: &Vm, r| vm.heap.dict(r).map_or(0, |d| d.table.len());
        if len(self, ra) != len(self, rb) {
            return Ok(false);
        }
        let mut i = 0;
        loop {
            let Some(e) = self.heap.dict(ra).and_then(|d| d.table.raw_entry(i)).cloned() else {
                return Ok(true);
            };
            i += 1;
            if !e.is_live() {
                continue;
            }
            self.charge(ITEM_TICKS)?;
            self.temp_roots.extend([e.key, e.value]);
            let theirs = self.dict_get_hashed_scripted(rb, e.hash, e.key);
            let same = match theirs {
                Ok(Some(v)) => self.item_eq(e.value, v),
                Ok(None) => Ok(false),
                Err(err) => Err(err),
            };
            self.temp_roots.truncate(self.temp_roots.len() - 2);
            if !same? {
                return Ok(false);
            }
        }
    }

    /// Whether every key of set `walk` is in set `probe`.
    fn set_keys_in_scripted(&mut self, walk: ObjRef, probe: ObjRef) -> Result<bool, PyError> {
        let mut from = 0;
        while let Some((at, e)) = self.heap.set(walk).and_then(|s| s.table.next_live(from)) {
            from = at + 1;
            self.charge(ITEM_TICKS)?;
            self.temp_roots.push(e.key);
            let found = self.set_find_scripted(probe, e.hash, e.key);
            self.temp_roots.pop();
            if found?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a <op> b` as the interpreter means it: an instance's method (or
    /// its reflection); lists and tuples that hold instances by their
    /// first unequal pair of items, else their lengths.
    pub(crate) fn compare_any(&mut self, op: OrderOp, a: Value, b: Value) -> Result<bool, PyError> {
        if self.is_instance(a) || self.is_instance(b) {
            let v = self.rich_compare(RichOp::Order(op), a, b)?;
            return self.truth(v);
        }
        let err = match self.compare(op, a, b) {
            Err(e) if wants_script(&e) => e,
            plain => return Ok(plain?),
        };
        self.check_host_stack()?;
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return Err(err.into());
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => match self.first_unequal(ra, rb)? {
                Some((x, y)) => {
                    self.temp_roots.extend([x, y]);
                    let holds = self.compare_any(op, x, y);
                    self.temp_roots.truncate(self.temp_roots.len() - 2);
                    holds
                }
                None => Ok(op.holds(Some(self.seq_len(ra).cmp(&self.seq_len(rb))))),
            },
            _ => Err(err.into()),
        }
    }

    /// `hash(v)`: an instance's `__hash__`, which must return an int (as
    /// CPython, -1 becomes -2); a tuple from its items' hashes; anything
    /// else as `hash_value`.
    #[inline]
    pub(crate) fn hash_any(&mut self, v: Value) -> Result<i64, PyError> {
        match self.common_hash(v) {
            Some(h) => Ok(h),
            None => self.hash_any_other(v),
        }
    }

    fn hash_any_other(&mut self, v: Value) -> Result<i64, PyError> {
        if self.is_instance(v) {
            return match self.instance_hash(v)? {
                Some(h) => Ok(h),
                // No `__hash__` of its own: by identity, or unhashable.
                None => Ok(self.hash_value(v)?),
            };
        }
        let err = match self.hash_value(v) {
            Err(e) if wants_script(&e) => e,
            plain => return Ok(plain?),
        };
        self.check_host_stack()?;
        let Some(n) = v.as_obj().and_then(|r| self.heap.tuple(r)).map(|t| t.len()) else {
            return Err(err.into());
        };
        let r = v.as_obj().expect("a tuple");
        let mut hasher = TupleHasher::new();
        for i in 0..n {
            self.charge(ITEM_TICKS)?;
            let item = self.heap.tuple(r).expect("a tuple")[i];
            hasher.add(self.hash_any(item)?);
        }
        Ok(hasher.finish(n))
    }

    /// `needle in haystack`, the scripted way (see `contains_any`).
    fn contains_scripted(&mut self, haystack: Value, needle: Value) -> Result<bool, PyError> {
        let Some(r) = haystack.as_obj() else {
            return Ok(self.contains(haystack, needle)?);
        };
        match self.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => Ok(self.position_scripted(r, needle, 0, usize::MAX)?.is_some()),
            Obj::Dict(_) => Ok(self.dict_get_any(r, needle)?.is_some()),
            Obj::Set(_) => Ok(self.set_slot_any(r, needle)?.is_some()),
            Obj::DictView(view) if view.kind == crate::object::DictViewKind::Keys => {
                let dict = view.dict;
                Ok(self.dict_get_any(dict, needle)?.is_some())
            }
            Obj::DictView(view) if view.kind == crate::object::DictViewKind::Values => {
                let dict = view.dict;
                let mut i = 0;
                while let Some(e) = self.heap.dict(dict).and_then(|d| d.table.raw_entry(i)).cloned() {
                    i += 1;
                    self.charge(ITEM_TICKS)?;
                    if e.is_live() && self.item_eq(e.value, needle)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Ok(self.contains(haystack, needle)?),
        }
    }

    /// `position_any` when items call script methods: each item is read
    /// again before it is compared.
    fn position_scripted(&mut self, seq: ObjRef, value: Value, lo: usize, hi: usize) -> Result<Option<usize>, PyError> {
        let mut i = lo;
        while i < hi {
            let Some(item) = self
                .heap
                .seq_items(seq)
                .filter(|items| i < items.len())
                .map(|items| items.get(i))
            else {
                return Ok(None);
            };
            self.charge(ITEM_TICKS)?;
            if self.item_eq(item, value)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    // ---- tables -----------------------------------------------------

    /// The key of the `skip`-th entry of `dict` in `hash`'s probe order
    /// whose stored hash is `hash`.
    fn dict_candidate(&self, dict: ObjRef, hash: i64, skip: usize) -> Option<Value> {
        let d = self.heap.dict(dict)?;
        let found = d.table.find(hash, nth_candidate(skip)).ok()??;
        Some(d.table.entry(found).key)
    }

    /// Where the key object `key` itself is in `dict`.
    fn dict_find_identical(&self, dict: ObjRef, hash: i64, key: Value) -> Option<Found> {
        let d = self.heap.dict(dict)?;
        d.table.find(hash, |k| Ok::<bool, ()>(k.is(key))).ok()?
    }

    /// Where `key` (hashed to `hash`) is in `dict`, comparing it with each
    /// key of the same hash by `__eq__`.
    pub(crate) fn dict_find_scripted(&mut self, dict: ObjRef, hash: i64, key: Value) -> Result<Option<Found>, PyError> {
        self.probe_scripted(
            key,
            |vm, skip| vm.dict_candidate(dict, hash, skip),
            |vm, k| vm.dict_find_identical(dict, hash, k),
        )
    }

    /// A table probe for `key` that may run script code: `candidate(skip)`
    /// is the key of the `skip`-th entry of the same hash in probe order,
    /// `identical(k)` where key object `k` is now. A comparison after which
    /// the candidate is no longer where it was (the method changed the
    /// table) sends the probe back to its start, as in CPython.
    fn probe_scripted<T>(
        &mut self,
        key: Value,
        candidate: impl Fn(&Vm, usize) -> Option<Value>,
        identical: impl Fn(&Vm, Value) -> Option<T>,
    ) -> Result<Option<T>, PyError> {
        let mut skip = 0;
        while let Some(k) = candidate(self, skip) {
            if self.item_eq(k, key)? {
                match identical(self, k) {
                    Some(at) => return Ok(Some(at)),
                    None => skip = 0,
                }
            } else if candidate(self, skip).is_some_and(|now| now.is(k)) {
                skip += 1;
            } else {
                skip = 0;
            }
        }
        Ok(None)
    }

    fn dict_get_hashed_scripted(&mut self, dict: ObjRef, hash: i64, key: Value) -> Result<Option<Value>, PyError> {
        let found = self.dict_find_scripted(dict, hash, key)?;
        Ok(found.and_then(|at| self.heap.dict(dict).map(|d| d.table.entry(at).value)))
    }

    /// The key of the `skip`-th entry of `set` in `hash`'s probe order
    /// whose stored hash is `hash`.
    fn set_candidate(&self, set: ObjRef, hash: i64, skip: usize) -> Option<Value> {
        let s = self.heap.set(set)?;
        let slot = s.table.find(hash, nth_candidate(skip)).ok()??;
        s.table.next_live(slot).map(|(_, e)| e.key)
    }

    /// The slot of `key` (hashed to `hash`) in `set`, as `dict_find_scripted`.
    pub(crate) fn set_find_scripted(&mut self, set: ObjRef, hash: i64, key: Value) -> Result<Option<usize>, PyError> {
        self.probe_scripted(
            key,
            |vm, skip| vm.set_candidate(set, hash, skip),
            |vm, k| {
                let s = vm.heap.set(set)?;
                s.table.find(hash, |k2| Ok::<bool, ()>(k2.is(k))).ok().flatten()
            },
        )
    }

    /// The slot of `key` in `set`, hashing and comparing with the special
    /// methods where the plain probe cannot.
    pub(crate) fn set_slot_any(&mut self, set: ObjRef, key: Value) -> Result<Option<usize>, PyError> {
        if let Some(plain) = self.unless_scripted(key, |vm| vm.set_slot(set, key)) {
            return Ok(plain?);
        }
        let hash = self.hash_any(key)?;
        self.set_slot_hashed_any(set, hash, key)
    }
}
