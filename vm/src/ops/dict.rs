//! Hashing values and the dict operations built on the compact table
//! (`object/dict.rs`): the table stores each key's hash; this module says
//! what a hash is and when two keys are the same key.
//!
//! Keys are the same when they are the same object or equal (`1`, `1.0`
//! and `True` are one key; equal strs are one key). The hashable built-in
//! types compare without running script code, so a lookup cannot change
//! the dict it searches.

use crate::error::{OpResult, PyError, RawError};
use crate::heap::ObjRef;
use crate::modules::collections::namedtuple::plain_tuple;
use crate::object::{DictTable, Found, Obj};
use crate::pyhash::{hash_float, hash_int, TupleHasher};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

/// Tuples with at least this many items inside (nested ones counted)
/// keep their hash (`Vm::hash_walk`): smaller ones hash faster than a
/// lookup of a kept hash.
const KEPT_TUPLE_ITEMS: u64 = 8;

impl Vm {
    /// `hash(v)`: CPython's values for numbers, strs (as CPython prints them
    /// with `PYTHONHASHSEED=0`) and tuples; other hashable objects by
    /// identity; `TypeError` for the unhashable ones. Nested tuples are
    /// walked with a stack of their own, never by recursion.
    #[inline]
    pub fn hash_value(&self, v: Value) -> OpResult<i64> {
        match self.common_hash(v) {
            Some(h) => Ok(h),
            None => self.hash_walk(v),
        }
    }

    /// The hash of nearly every key, a str (its hash is kept in it) or an
    /// int, which no script computes and no walk is needed for; None for
    /// the rest.
    #[inline]
    pub(crate) fn common_hash(&self, v: Value) -> Option<i64> {
        match v {
            Value::Obj(r) => self.heap.str_obj(r).map(|s| s.hash()),
            Value::Int(i) => Some(hash_int(i)),
            _ => None,
        }
    }

    /// `hash_value` for any key: tuples are walked with an explicit stack.
    ///
    /// A tuple's hash depends only on its items' hashes, and every hash
    /// this walk computes is fixed for the object's life (numbers, strs,
    /// identities; a script's `__hash__` is not run here). So the hash of a
    /// big tuple (a named tuple's among them) is kept by the tuple's
    /// identity until the next collection, when addresses may be reused
    /// (`Vm::tuple_hashes`): a nested key in a dict met again in a loop
    /// is hashed once. The ticks of the walk are charged either way, so a
    /// budget stops a script at the same point whatever was kept.
    fn hash_walk(&self, v: Value) -> OpResult<i64> {
        // One open tuple per level: its items, the next position, the
        // running hash, and the items met below it.
        let mut open: Vec<(ObjRef, usize, TupleHasher, u64)> = Vec::new();
        let mut next = v;
        loop {
            // A tick per item inside a tuple: one that shares itself
            // (`a = (a, a)` forty times) has 2**40 items to hash. A key
            // that is no tuple (nearly every key) costs nothing extra.
            if !open.is_empty() {
                self.charge(crate::limits::ITEM_TICKS)?;
            }
            let tuple = match next {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Tuple(_) => Ok(r),
                    // A named tuple hashes as its tuple.
                    Obj::Instance(_) if let Some(t) = plain_tuple(self, next, Special::Hash) => Ok(t),
                    obj => Err(self.leaf_hash(next, obj)?),
                },
                v => Err(self.scalar_hash(v)),
            };
            // A leaf counts one item for the tuples above it; a tuple
            // counts itself and all its items, kept or walked.
            let mut done = match tuple {
                Ok(t) => match self.kept_tuple_hash(t)? {
                    Some((h, met)) => Some((h, met.saturating_add(1))),
                    None => {
                        open.push((t, 0, TupleHasher::new(), 0));
                        None
                    }
                },
                Err(h) => Some((h, 1)),
            };
            loop {
                let Some((t, at, hasher, met)) = open.last_mut() else {
                    return Ok(done.expect("a leaf ends the walk").0);
                };
                if let Some((h, below)) = done.take() {
                    hasher.add(h);
                    *at += 1;
                    *met = met.saturating_add(below);
                }
                let items = self.heap.tuple(*t).expect("a tuple");
                if *at < items.len() {
                    next = items[*at];
                    break;
                }
                let (t, met) = (*t, *met);
                let finished = open.pop().expect("an open tuple").2.finish(items.len());
                if met >= KEPT_TUPLE_ITEMS {
                    self.tuple_hashes.borrow_mut().insert(t, (finished, met));
                }
                done = Some((finished, met.saturating_add(1)));
            }
        }
    }

    /// The hash kept for tuple `t` and the items inside it, their ticks
    /// charged as the walk would have.
    #[inline]
    fn kept_tuple_hash(&self, t: ObjRef) -> OpResult<Option<(i64, u64)>> {
        let kept = self.tuple_hashes.borrow();
        if kept.is_empty() {
            return Ok(None);
        }
        let Some(&(h, met)) = kept.get(&t) else {
            return Ok(None);
        };
        drop(kept);
        self.charge(met.saturating_mul(crate::limits::ITEM_TICKS))?;
        Ok(Some((h, met)))
    }

    pub(crate) fn scalar_hash(&self, v: Value) -> i64 {
        match v {
            Value::Undef | Value::None => 0x7f4a_1c3e_9b21,
            Value::Bool(b) => hash_int(b as i64),
            Value::Int(i) => hash_int(i),
            Value::Float(f) => hash_float(f),
            Value::Obj(r) => r.addr() as i64 >> 4,
        }
    }

    /// The hash of an object that is not a tuple.
    fn leaf_hash(&self, v: Value, obj: Obj) -> OpResult<i64> {
        match obj {
            Obj::Str(s) => Ok(s.hash()),
            Obj::Set(s) if s.frozen => Ok(s.frozen_hash()),
            Obj::BigInt(x) => {
                self.charge(crate::ops::bigarith::words(x) as u64 / 32)?;
                Ok(crate::ops::bigarith::hash_big(x))
            }
            Obj::Bytes(b) if !b.mutable => {
                let (h, computed) = b.hash();
                if computed {
                    self.charge_bytes(b.data.len())?;
                }
                Ok(h)
            }
            Obj::Range(_) | Obj::BigRange(_) => Ok(self.range_hash(v).unwrap_or(0)),
            Obj::Complex(z) => Ok(crate::ops::complex::hash_complex(crate::ops::complex::Complex::new(
                z.re, z.im,
            ))),
            Obj::List(_) | Obj::Dict(_) | Obj::DictView(_) | Obj::Set(_) | Obj::Bytes(_) => Err(self.unhashable(v)),
            // A class that defines `__eq__` and no `__hash__` (or sets
            // `__hash__ = None`) makes its instances unhashable, as in CPython.
            Obj::Instance(_) => {
                match self.special_method(v, Special::Hash) {
                    Some(Value::None) => return Err(self.unhashable(v)),
                    Some(_) => return Err(self.needs_script(v, "__hash__")),
                    None => {}
                }
                if self.special_method(v, Special::Eq).is_some() {
                    return Err(self.unhashable(v));
                }
                Ok(self.scalar_hash(v))
            }
            // CPython hashes by address, rotated so the alignment bits
            // (always zero) do not collide.
            _ => Ok(self.scalar_hash(v)),
        }
    }

    /// `KeyError: 'k'` for a missing key. Its message, the key's repr (a
    /// script's `__repr__` runs for it), waits until the error leaves the
    /// interpreter uncaught, as CPython computes it only to print it:
    /// `try: d[k] except KeyError:` with a big key never formats it.
    pub fn missing_key(&mut self, key: Value) -> crate::error::PyError {
        let mut e: crate::error::PyError = self.key_error(key, String::new()).into();
        if e.value.is_some() {
            e.msg_deferred = true;
            return e;
        }
        match self.repr_of(key) {
            Ok(repr) => self.key_error(key, repr).into(),
            Err(e) => e,
        }
    }

    /// `TypeError: unhashable type: 'list'`.
    pub fn unhashable(&self, v: Value) -> RawError {
        RawError::type_error(format!("unhashable type: '{}'", self.type_name(v)))
    }

    /// Where `key` is in a dict's table.
    #[inline]
    pub fn dict_find(&self, table: &DictTable, hash: i64, key: Value) -> OpResult<Option<Found>> {
        table.find(hash, |k| Ok(k.is(key) || self.eq(k, key)?))
    }

    /// `dict[key]` if present.
    pub fn dict_get(&self, dict: ObjRef, key: Value) -> OpResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        let Some(d) = self.heap.dict(dict) else { return Ok(None) };
        Ok(self.dict_find(&d.table, hash, key)?.map(|at| d.table.entry(at).value))
    }

    /// `dict[key] = value`: a new key goes last; an existing entry keeps
    /// its first key object and takes the new value.
    pub fn dict_set(&mut self, dict: ObjRef, key: Value, value: Value) -> Result<(), PyError> {
        let (hash, found) = self.dict_locate(dict, key, value)?;
        let Some(d) = self.heap.dict_mut(dict) else {
            return Ok(());
        };
        match found {
            Some(at) => *d.table.value_mut(at) = value,
            None => {
                let need = d.table.growth_for_insert();
                if need > 0 {
                    self.heap.reserve(need)?;
                }
                let Some(d) = self.heap.dict_mut(dict) else {
                    return Ok(());
                };
                let before = d.table.owned_bytes();
                d.table.insert_new(hash, key, value);
                let grown = d.table.owned_bytes().saturating_sub(before);
                self.heap.note_growth(grown);
            }
        }
        Ok(())
    }

    /// `key`'s hash and where it is in `dict`: by the plain rules, else
    /// calling the keys' `__hash__` and `__eq__`. `keep` (the value being
    /// stored) stays rooted with the key while those run.
    #[inline(always)]
    pub(crate) fn dict_locate(
        &mut self,
        dict: ObjRef,
        key: Value,
        keep: Value,
    ) -> Result<(i64, Option<Found>), PyError> {
        // An instance key goes to its methods at once (its plain hash
        // would only fail).
        match self.unless_scripted(key, |vm| vm.dict_probe(dict, key)) {
            Some(plain) => Ok(plain?),
            None => self.dict_locate_scripted(dict, key, keep),
        }
    }

    #[cold]
    #[inline(never)]
    fn dict_locate_scripted(&mut self, dict: ObjRef, key: Value, keep: Value) -> Result<(i64, Option<Found>), PyError> {
        self.temp_roots.extend([key, keep]);
        let hash = self.hash_any(key);
        let probed = hash.and_then(|hash| Ok((hash, self.dict_find_scripted(dict, hash, key)?)));
        self.temp_roots.truncate(self.temp_roots.len() - 2);
        probed
    }

    /// `key`'s hash and where it is in `dict`, by the plain rules.
    #[inline(always)]
    fn dict_probe(&self, dict: ObjRef, key: Value) -> OpResult<(i64, Option<Found>)> {
        let hash = self.hash_value(key)?;
        let found = match self.heap.dict(dict) {
            Some(d) => self.dict_find(&d.table, hash, key)?,
            None => None,
        };
        Ok((hash, found))
    }

    /// Whether `key` hashes and compares by the plain rules alone, with no
    /// script code and no error: an int or a str.
    #[inline(always)]
    pub(crate) fn is_plain_key(&self, key: Value) -> bool {
        match key {
            Value::Int(_) => true,
            Value::Obj(k) => self.heap.str_obj(k).is_some(),
            _ => false,
        }
    }

    /// `dict[key] = value` for a plain key (`is_plain_key`) already in the
    /// dict: the value replaced where it is. False, with nothing changed,
    /// for any other key or an absent one (whose entry may grow the table).
    #[inline(always)]
    pub(crate) fn dict_replace_plain(&mut self, dict: ObjRef, key: Value, value: Value) -> bool {
        if !self.is_plain_key(key) {
            return false;
        }
        let Ok((_, Some(at))) = self.dict_probe(dict, key) else {
            return false;
        };
        match self.heap.dict_mut(dict) {
            Some(d) => {
                *d.table.value_mut(at) = value;
                true
            }
            None => false,
        }
    }

    /// Removes `key`; its value, or None if absent.
    pub fn dict_remove(&mut self, dict: ObjRef, key: Value) -> Result<Option<Value>, PyError> {
        let (_, found) = self.dict_locate(dict, key, Value::None)?;
        Ok(match (found, self.heap.dict_mut(dict)) {
            (Some(at), Some(d)) => Some(d.table.remove(at).value),
            _ => None,
        })
    }

    pub fn dict_contains(&self, dict: ObjRef, key: Value) -> OpResult<bool> {
        Ok(self.dict_get(dict, key)?.is_some())
    }
}
