//! The set operations on the CPython-shaped table (`object/set.rs`): which
//! keys are the same key (as for dicts), and the algebra (`| & - ^`, the
//! subset tests) in the orders CPython walks its operands, since the order
//! keys are added in decides the order a set prints in.

use crate::error::{OpResult, PyError};
use crate::heap::ObjRef;
use crate::limits::ITEM_TICKS;
use crate::object::{Obj, Place, SetObj, SetTable};
use crate::ops::scripted::wants_script;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A set's or frozenset's table, if `v` is one.
    pub fn set_table(&self, v: Value) -> Option<&SetTable> {
        v.as_obj().and_then(|r| self.heap.set(r)).map(|s| &s.table)
    }

    pub fn is_set_like(&self, v: Value) -> bool {
        self.set_table(v).is_some()
    }

    /// A new set or frozenset holding `table`.
    pub fn new_set(&mut self, table: SetTable, frozen: bool) -> Value {
        Value::Obj(self.heap.alloc(SetObj::new(table, frozen)))
    }

    /// The hash a key is looked up by. A `set` used as a key stands for the
    /// frozenset of its items (CPython retries `in`, `remove` and
    /// `discard` that way), so `{1} in {frozenset({1})}` holds.
    fn lookup_hash(&self, key: Value) -> OpResult<i64> {
        match key.as_obj().and_then(|r| self.heap.set(r)) {
            Some(s) if !s.frozen => Ok(s.table.hash()),
            _ => self.hash_value(key),
        }
    }

    /// The slot of `key` in `set`.
    pub(crate) fn set_slot(&self, set: ObjRef, key: Value) -> OpResult<Option<usize>> {
        let hash = self.lookup_hash(key)?;
        self.set_slot_hashed(set, hash, key)
    }

    /// The slot of `key` whose hash is known (a key of another set or dict).
    #[inline]
    fn set_slot_hashed(&self, set: ObjRef, hash: i64, key: Value) -> OpResult<Option<usize>> {
        let Some(s) = self.heap.set(set) else { return Ok(None) };
        self.table_slot(&s.table, hash, key)
    }

    /// The slot of `key` in `table` (equality by the plain rules).
    #[inline(always)]
    fn table_slot(&self, table: &SetTable, hash: i64, key: Value) -> OpResult<Option<usize>> {
        table.find_key(hash, key, |k| self.keys_equal(k, key))
    }

    /// Two keys with one hash that are not identical (`1` and `1.0`, two
    /// equal strs): rare, so kept out of the probe loop.
    #[inline(never)]
    fn keys_equal(&self, a: Value, b: Value) -> OpResult<bool> {
        self.eq(a, b)
    }

    /// Whether every key of set `walk` is in set `probe` (`wanted`), or
    /// none is. The keys are probed with the hashes `walk` stored.
    #[inline]
    fn set_keys_all_in(&self, walk: ObjRef, probe: ObjRef, wanted: bool) -> OpResult<bool> {
        let Some(w) = self.heap.set(walk) else { return Ok(true) };
        let Some(p) = self.heap.set(probe) else {
            return Ok(!wanted || w.table.is_empty());
        };
        for e in w.table.iter() {
            self.charge(ITEM_TICKS)?;
            if self.table_slot(&p.table, e.hash, e.key)?.is_some() != wanted {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a.isdisjoint(b)` of two sets: the smaller is walked, the larger
    /// probed.
    pub fn sets_disjoint(&self, a: ObjRef, b: ObjRef) -> OpResult<bool> {
        let (walk, probe) = if self.set_len(a) <= self.set_len(b) {
            (a, b)
        } else {
            (b, a)
        };
        self.set_keys_all_in(walk, probe, false)
    }

    /// `key in set`.
    pub fn set_contains(&self, set: ObjRef, key: Value) -> OpResult<bool> {
        Ok(self.set_slot(set, key)?.is_some())
    }

    /// Adds `key` (hashed now) to `set`; whether it was new.
    pub fn set_add(&mut self, set: ObjRef, key: Value) -> Result<bool, PyError> {
        let hash = self.hash_any(key)?;
        self.set_add_hashed(set, hash, key)
    }

    fn set_add_hashed(&mut self, set: ObjRef, hash: i64, key: Value) -> Result<bool, PyError> {
        // Plain keys: one probe finds the key or the slot to add it at.
        let placed = self.unless_scripted(key, |vm| match vm.heap.set(set) {
            Some(s) => s.table.place_key(hash, key, |k| vm.keys_equal(k, key)),
            None => Ok(Place::Found(0)),
        });
        match placed {
            Some(placed) => match placed? {
                Place::Found(_) => Ok(false),
                Place::Vacant { slot, empty } => Ok(self.set_put_vacant(set, hash, key, slot, empty)?),
            },
            None => {
                if self.set_slot_hashed_any(set, hash, key)?.is_some() {
                    return Ok(false);
                }
                Ok(self.set_insert_absent(set, hash, key)?)
            }
        }
    }

    /// Adds `key` at the vacant slot a probe of the unchanged table gave,
    /// after checking the heap limit for the bigger table it may need.
    fn set_put_vacant(&mut self, set: ObjRef, hash: i64, key: Value, slot: usize, empty: bool) -> OpResult<bool> {
        let Some(s) = self.heap.set(set) else { return Ok(false) };
        let before = s.table.owned_bytes();
        let need = if empty { s.table.growth_for_add() } else { 0 };
        if need > 0 {
            self.heap.reserve(need)?;
        }
        self.heap_set_mut(set).table.put_vacant(hash, key, slot, empty);
        let grown = self.heap_set_mut(set).table.owned_bytes().saturating_sub(before);
        self.heap.note_growth(grown);
        Ok(true)
    }

    /// `set_slot_hashed`, comparing with the keys' `__eq__` where the
    /// plain probe cannot.
    pub(crate) fn set_slot_hashed_any(&mut self, set: ObjRef, hash: i64, key: Value) -> Result<Option<usize>, PyError> {
        if let Some(plain) = self.unless_scripted(key, |vm| vm.set_slot_hashed(set, hash, key)) {
            return Ok(plain?);
        }
        self.temp_roots.push(key);
        let found = self.set_find_scripted(set, hash, key);
        self.temp_roots.pop();
        found
    }

    /// Adds `key`, which the caller found absent from `set`.
    fn set_insert_absent(&mut self, set: ObjRef, hash: i64, key: Value) -> OpResult<bool> {
        let Some(s) = self.heap.set(set) else { return Ok(false) };
        let (before, need) = (s.table.owned_bytes(), s.table.growth_for_add());
        if need > 0 {
            self.heap.reserve(need)?;
        }
        let s = self.heap_set_mut(set);
        s.table.insert_absent(hash, key);
        let grown = s.table.owned_bytes().saturating_sub(before);
        self.heap.note_growth(grown);
        Ok(true)
    }

    fn heap_set_mut(&mut self, set: ObjRef) -> &mut SetObj {
        self.heap.set_mut(set).expect("a set")
    }

    /// Removes `key` from `set`; whether it was there.
    pub fn set_discard(&mut self, set: ObjRef, key: Value) -> Result<bool, PyError> {
        self.temp_roots.push(key);
        let slot = self.set_slot_any(set, key);
        self.temp_roots.pop();
        let Some(slot) = slot? else {
            return Ok(false);
        };
        self.heap_set_mut(set).table.remove_at(slot);
        Ok(true)
    }

    /// `set(iterable)` or `frozenset(iterable)`.
    pub fn set_from(&mut self, iterable: Option<Value>, frozen: bool) -> Result<Value, PyError> {
        let v = self.new_set(SetTable::default(), frozen);
        if let Some(it) = iterable {
            self.set_update(v.as_obj().expect("a set"), it)?;
        }
        Ok(v)
    }

    /// Adds every item of `other` to `set` (`update`, `|=`): a set's table
    /// merges in one step, a dict's keys after one growth, anything else
    /// item by item.
    pub fn set_update(&mut self, set: ObjRef, other: Value) -> Result<(), PyError> {
        if let Some(r) = other.as_obj() {
            if self.heap.set(r).is_some() {
                return self.set_merge(set, r);
            }
            if let Some(d) = self.heap.dict(r) {
                let keys: Vec<(i64, Value)> = d.table.iter().map(|e| (e.hash, e.key)).collect();
                self.heap.reserve(SetTable::bytes_for(keys.len()))?;
                let before = self.heap_set_mut(set).table.owned_bytes();
                self.heap_set_mut(set).table.reserve_for(keys.len());
                let grown = self.heap_set_mut(set).table.owned_bytes().saturating_sub(before);
                self.heap.note_growth(grown);
                self.charge((keys.len() as u64).saturating_mul(ITEM_TICKS))?;
                return self.set_add_all(set, &keys);
            }
        }
        if let Some(r) = other
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Obj::List(_) | Obj::Tuple(_)))
        {
            // A list or tuple is walked by position, as its iterator would
            // walk it (the length read again at each step: a key's
            // `__eq__` may change the list), with no iterator to make.
            let mut i = 0;
            loop {
                self.charge(ITEM_TICKS)?;
                let Some(item) = self
                    .heap
                    .seq_items(r)
                    .filter(|items| i < items.len())
                    .map(|items| items.get(i))
                else {
                    return Ok(());
                };
                i += 1;
                self.set_add(set, item)?;
            }
        }
        let it = self.get_iter(other)?;
        let it = it.as_obj().expect("an iterator");
        while let Some(item) = self.next_charged(it)? {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    /// Adds the keys of set `other` to `set`, copying its layout where
    /// CPython does.
    fn set_merge(&mut self, set: ObjRef, other: ObjRef) -> Result<(), PyError> {
        if set == other {
            return Ok(());
        }
        let Some(o) = self.heap.set(other) else { return Ok(()) };
        let n = o.table.len();
        self.charge((n as u64).saturating_mul(ITEM_TICKS))?;
        self.heap
            .reserve(SetTable::bytes_for(n + self.set_len(set)).saturating_mul(2))?;
        // `set`'s table is taken out while `other`'s is read: with keys
        // compared by the plain rules no script runs and nothing is
        // allocated on the heap meanwhile, so nothing can look at `set` or
        // collect the keys the taken table holds.
        let mut table = std::mem::replace(&mut self.heap_set_mut(set).table, SetTable::detached());
        let before = table.owned_bytes();
        let merged = match self.heap.set(other) {
            Some(o) => table.merge(&o.table, |stored, key| self.keys_equal(stored, key)),
            None => Ok(()),
        };
        let grown = table.owned_bytes().saturating_sub(before);
        self.heap_set_mut(set).table = table;
        self.heap.note_growth(grown);
        match merged {
            Err(e) if wants_script(&e) => {}
            plain => return Ok(plain?),
        }
        // A key's `__eq__` must run: the rest one by one (the keys merged
        // already are found as they are, by identity).
        let keys: Vec<(i64, Value)> = self.set_keys(other);
        self.set_add_all(set, &keys)
    }

    /// Adds keys whose hashes are known (of another set or dict, charged
    /// for by the caller), one by one. They stay rooted meanwhile: their
    /// `__eq__` may run and change the container they came from.
    fn set_add_all(&mut self, set: ObjRef, keys: &[(i64, Value)]) -> Result<(), PyError> {
        let values: Vec<Value> = keys.iter().map(|&(_, k)| k).collect();
        crate::builtins::args::with_roots(self, &values, |vm| {
            for &(hash, key) in keys {
                vm.set_add_hashed(set, hash, key)?;
            }
            Ok(())
        })
    }

    pub fn is_frozenset(&self, r: ObjRef) -> bool {
        self.heap.set(r).is_some_and(|s| s.frozen)
    }

    /// A copy of set `a` of the same type (the operators' results are).
    pub fn set_copy_like(&mut self, a: ObjRef) -> Result<Value, PyError> {
        let frozen = self.is_frozenset(a);
        self.set_copy(a, frozen)
    }

    /// A copy of set `a` (as a set, or a frozenset when `frozen`).
    pub fn set_copy(&mut self, a: ObjRef, frozen: bool) -> Result<Value, PyError> {
        // The new table is filled from `a`'s in place, as `set_merge` fills
        // an empty one (the same slot order), before its set exists:
        // nothing runs between, so `a`'s table needs no copy of its own.
        let n = self.set_len(a);
        self.charge((n as u64).saturating_mul(ITEM_TICKS))?;
        self.heap.reserve(SetTable::bytes_for(n).saturating_mul(2))?;
        let mut table = SetTable::default();
        if let Some(s) = self.heap.set(a) {
            let never_compared = |_, _| Ok::<bool, ()>(false);
            // An empty table takes the other's keys without comparing any.
            let _ = table.merge(&s.table, never_compared);
        }
        // The set's allocation counts the table.
        Ok(self.new_set(table, frozen))
    }

    /// The keys of a set, in slot order.
    fn set_keys(&self, set: ObjRef) -> Vec<(i64, Value)> {
        self.heap
            .set(set)
            .map(|s| s.table.iter().map(|e| (e.hash, e.key)).collect())
            .unwrap_or_default()
    }

    /// A set of the same type as `a` (a frozenset's operations give
    /// frozensets).
    fn like(&mut self, a: ObjRef) -> Value {
        let frozen = self.is_frozenset(a);
        self.new_set(SetTable::default(), frozen)
    }

    /// The items of any iterable, as a set when it is not one already
    /// (the methods take any iterable).
    fn as_set(&mut self, other: Value) -> Result<ObjRef, PyError> {
        match other.as_obj() {
            Some(r) if self.heap.set(r).is_some() => Ok(r),
            _ => Ok(self.set_from(Some(other), false)?.as_obj().expect("a set")),
        }
    }

    /// `a & other`: CPython walks the smaller set (the second on a tie)
    /// and keeps the keys of the one it walks.
    pub fn set_intersection(&mut self, a: ObjRef, other: Value) -> Result<Value, PyError> {
        if let Some(b) = other.as_obj().filter(|o| self.heap.set(*o).is_some()) {
            let (walk, probe) = if self.set_len(b) > self.set_len(a) {
                (a, b)
            } else {
                (b, a)
            };
            return self.set_filtered(a, walk, probe, true);
        }
        let result = self.like(a);
        let r = result.as_obj().expect("a set");
        let it = self.get_iter(other)?;
        let it = it.as_obj().expect("an iterator");
        while let Some(item) = self.next_charged(it)? {
            if self.set_slot_any(a, item)?.is_some() {
                self.set_add(r, item)?;
            }
        }
        Ok(result)
    }

    /// A new set of `like`'s type holding the keys of set `walk` that are
    /// in set `probe` (`wanted`) or are not, added in `walk`'s slot order
    /// with their stored hashes, as CPython adds them one by one. The keys
    /// are distinct, so each is placed without a search.
    fn set_filtered(&mut self, like: ObjRef, walk: ObjRef, probe: ObjRef, wanted: bool) -> Result<Value, PyError> {
        let table = match self.set_filtered_plain(walk, probe, wanted) {
            Err(e) if wants_script(&e) => self.set_filtered_scripted(walk, probe, wanted)?,
            plain => plain?,
        };
        // The table is at most `walk`'s keys, which the heap holds already:
        // it is counted against the limit once built.
        self.heap.reserve(table.owned_bytes())?;
        let frozen = self.is_frozenset(like);
        Ok(self.new_set(table, frozen))
    }

    /// The table of `set_filtered` by the plain rules.
    fn set_filtered_plain(&self, walk: ObjRef, probe: ObjRef, wanted: bool) -> OpResult<SetTable> {
        let mut table = SetTable::default();
        let probed = self.heap.set(probe).map(|p| &p.table);
        if let Some(w) = self.heap.set(walk) {
            for e in w.table.iter() {
                self.charge(ITEM_TICKS)?;
                let found = match probed {
                    Some(t) => self.table_slot(t, e.hash, e.key)?.is_some(),
                    None => false,
                };
                if found == wanted {
                    table.insert_absent(e.hash, e.key);
                }
            }
        }
        Ok(table)
    }

    /// The table of `set_filtered` when keys' `__eq__` must run: the keys
    /// kept stay rooted meanwhile (a method may change `walk`, which is
    /// read again after each).
    #[cold]
    fn set_filtered_scripted(&mut self, walk: ObjRef, probe: ObjRef, wanted: bool) -> Result<SetTable, PyError> {
        let mut table = SetTable::default();
        let roots = self.temp_roots.len();
        let mut from = 0;
        let walked = loop {
            let Some((at, e)) = self.heap.set(walk).and_then(|w| w.table.next_live(from)) else {
                break Ok(());
            };
            from = at + 1;
            let kept = self
                .charge(ITEM_TICKS)
                .map_err(PyError::from)
                .and_then(|()| Ok(self.set_slot_hashed_any(probe, e.hash, e.key)?.is_some() == wanted));
            match kept {
                Ok(true) => {
                    self.temp_roots.push(e.key);
                    table.insert_absent(e.hash, e.key);
                }
                Ok(false) => {}
                Err(err) => break Err(err),
            }
        };
        self.temp_roots.truncate(roots);
        walked.map(|()| table)
    }

    fn set_len(&self, set: ObjRef) -> usize {
        self.heap.set(set).map_or(0, |s| s.table.len())
    }

    /// `a - other`: the keys of `a` not in `other`. When `a` is much
    /// larger than the other set, CPython copies `a` and deletes instead,
    /// which keeps `a`'s layout.
    pub fn set_difference(&mut self, a: ObjRef, other: Value) -> Result<Value, PyError> {
        let other_len = match other.as_obj() {
            Some(b) if self.heap.set(b).is_some() => Some(self.set_len(b)),
            Some(b) => self.heap.dict(b).map(|d| d.table.len()),
            None => None,
        };
        match other_len {
            Some(n) if self.set_len(a) >> 2 <= n => {
                let b = other.as_obj().expect("a container");
                if self.heap.set(b).is_some() {
                    return self.set_filtered(a, a, b, false);
                }
                let result = self.like(a);
                let r = result.as_obj().expect("a set");
                for (hash, key) in self.set_keys(a) {
                    self.charge(ITEM_TICKS)?;
                    if self.dict_get_any(b, key)?.is_none() {
                        self.set_add_hashed(r, hash, key)?;
                    }
                }
                Ok(result)
            }
            _ => {
                let result = self.set_copy_like(a)?;
                self.set_difference_update(result.as_obj().expect("a set"), other)?;
                Ok(result)
            }
        }
    }

    /// `a -= other`.
    pub fn set_difference_update(&mut self, a: ObjRef, other: Value) -> Result<(), PyError> {
        if other.as_obj() == Some(a) {
            self.heap_set_mut(a).table.clear();
            return Ok(());
        }
        match other.as_obj().filter(|b| self.heap.set(*b).is_some()) {
            Some(b) => {
                let keys: Vec<Value> = self.set_keys(b).into_iter().map(|(_, k)| k).collect();
                crate::builtins::args::with_roots(self, &keys, |vm| {
                    for &key in &keys {
                        vm.charge(ITEM_TICKS)?;
                        vm.set_discard(a, key)?;
                    }
                    Ok(())
                })?;
            }
            None => {
                let it = self.get_iter(other)?;
                let it = it.as_obj().expect("an iterator");
                while let Some(item) = self.next_charged(it)? {
                    self.set_discard(a, item)?;
                }
            }
        }
        self.heap_set_mut(a).table.shed_deleted();
        Ok(())
    }

    /// `a ^ other`: a copy of `other`, then each key of `a` removed from
    /// it if there, else added.
    pub fn set_symmetric_difference(&mut self, a: ObjRef, other: Value) -> Result<Value, PyError> {
        let result = self.like(a);
        let r = result.as_obj().expect("a set");
        self.set_update(r, other)?;
        self.set_symmetric_difference_update(r, Value::Obj(a))?;
        Ok(result)
    }

    /// `a ^= other`.
    pub fn set_symmetric_difference_update(&mut self, a: ObjRef, other: Value) -> Result<(), PyError> {
        if other.as_obj() == Some(a) {
            self.heap_set_mut(a).table.clear();
            return Ok(());
        }
        // A dict's keys in its order; any other iterable's as a set first.
        let keys = match other.as_obj().and_then(|r| self.heap.dict(r)) {
            Some(d) => d.table.iter().map(|e| (e.hash, e.key)).collect(),
            None => {
                let b = self.as_set(other)?;
                self.set_keys(b)
            }
        };
        let values: Vec<Value> = keys.iter().map(|&(_, k)| k).collect();
        crate::builtins::args::with_roots(self, &values, |vm| {
            for (hash, key) in keys {
                vm.charge(ITEM_TICKS)?;
                if !vm.set_discard(a, key)? {
                    vm.set_add_hashed(a, hash, key)?;
                }
            }
            Ok(())
        })
    }

    /// `a &= other`: `a` takes the intersection's table.
    pub fn set_intersection_update(&mut self, a: ObjRef, other: Value) -> Result<(), PyError> {
        let result = self.set_intersection(a, other)?;
        let r = result.as_obj().expect("a set");
        let table = std::mem::take(&mut self.heap_set_mut(r).table);
        self.heap_set_mut(a).table = table;
        Ok(())
    }

    /// Every key of set `a` is in set `b`.
    pub fn set_is_subset(&self, a: ObjRef, b: ObjRef) -> OpResult<bool> {
        if self.set_len(a) > self.set_len(b) {
            return Ok(false);
        }
        self.set_keys_all_in(a, b, true)
    }

    /// `a == b` for two sets or frozensets. Frozensets nest, and their
    /// equality comes back here through the keys' equality: bounded by the
    /// host stack.
    pub fn sets_equal(&self, a: ObjRef, b: ObjRef) -> OpResult<bool> {
        if self.set_len(a) != self.set_len(b) {
            return Ok(false);
        }
        self.check_host_stack()?;
        self.set_is_subset(a, b)
    }

    /// `a < b` and the other orderings of sets: proper and plain subsets
    /// and supersets.
    pub fn set_order(&self, op: crate::ops::compare::OrderOp, a: ObjRef, b: ObjRef) -> OpResult<bool> {
        use crate::ops::compare::OrderOp;
        let (la, lb) = (self.set_len(a), self.set_len(b));
        Ok(match op {
            OrderOp::Lt => la < lb && self.set_is_subset(a, b)?,
            OrderOp::Le => self.set_is_subset(a, b)?,
            OrderOp::Gt => la > lb && self.set_is_subset(b, a)?,
            OrderOp::Ge => self.set_is_subset(b, a)?,
        })
    }

    /// A set operator's operands are both sets or frozensets; else the
    /// operator does not apply (CPython's `TypeError`).
    pub fn set_operands(&self, a: Value, b: Value) -> Option<(ObjRef, ObjRef)> {
        let (ra, rb) = (a.as_obj()?, b.as_obj()?);
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Set(_), Obj::Set(_)) => Some((ra, rb)),
            _ => None,
        }
    }

    /// `a |= b`, `&=`, `-=`, `^=` on a set (not a frozenset, whose
    /// augmented assignments make new frozensets): in place. None when the
    /// operands are not a set and a set or frozenset.
    pub fn set_inplace(&mut self, op: crate::ops::arith::BinOp, a: Value, b: Value) -> Option<Result<(), PyError>> {
        use crate::ops::arith::BinOp;
        if !matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
            return None;
        }
        // `d |= other`: `update` in place, with any mapping or iterable of
        // pairs (PEP 584).
        if op == BinOp::BitOr && self.is_dict(a) {
            return Some(crate::methods::dict_update(self, a, Some(b), &[]));
        }
        let (ra, _) = self.set_operands(a, b)?;
        if self.is_frozenset(ra) {
            return None;
        }
        Some(match op {
            BinOp::BitOr => self.set_update(ra, b),
            BinOp::BitAnd => self.set_intersection_update(ra, b),
            BinOp::Sub => self.set_difference_update(ra, b),
            BinOp::BitXor => self.set_symmetric_difference_update(ra, b),
            _ => return None,
        })
    }
}
