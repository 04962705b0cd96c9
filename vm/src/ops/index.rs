//! Subscripts and slices: `a[i]`, `a[i] = v`, `del a[i]`, `a[i:j:k]`.

use crate::error::PyError;
use crate::error::{ExcKind, OpResult, RawError};
use crate::heap::ObjRef;
use crate::object::{Items, Obj, RangeObj, Storage};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;
use smallvec::SmallVec;

/// The positions a slice selects in a sequence of a given length:
/// CPython's `slice.indices`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceRange {
    pub fn len(&self) -> usize {
        let n = if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        };
        n as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The positions as one run when the step is 1 (`a[i:j]`, `a[:]`).
    pub fn contiguous(&self) -> Option<std::ops::Range<usize>> {
        let start = self.start.max(0) as usize;
        (self.step == 1).then(|| start..start + self.len())
    }
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len()).map(move |k| (s.start + k as i64 * s.step) as usize)
    }
}

fn slice_bound(v: Value) -> OpResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        _ => v
            .as_index()
            .map(Some)
            .ok_or_else(|| RawError::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Whether slice bounds need no clipping (`clip_slice_bound`): ints and
/// None, the bounds nearly every slice has.
fn unclipped_bounds(bounds: &[Value; 3]) -> bool {
    bounds.iter().all(|b| matches!(b, Value::Int(_) | Value::None))
}

/// Resolves `lower:upper:step` against a length, as `slice.indices` does.
pub fn resolve_slice(len: usize, lower: Value, upper: Value, step: Value) -> OpResult<SliceRange> {
    let len = len as i64;
    let step = slice_bound(step)?.unwrap_or(1);
    if step == 0 {
        return Err(RawError::value_error("slice step cannot be zero"));
    }
    let clamp = |bound: Option<i64>, default: i64| -> i64 {
        match bound {
            None => default,
            Some(i) if i < 0 => {
                let j = i.saturating_add(len);
                if j < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    j
                }
            }
            Some(i) => {
                if i >= len {
                    if step < 0 {
                        len - 1
                    } else {
                        len
                    }
                } else {
                    i
                }
            }
        }
    };
    let (start_default, stop_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
    Ok(SliceRange {
        start: clamp(slice_bound(lower)?, start_default),
        stop: clamp(slice_bound(upper)?, stop_default),
        step,
    })
}

/// Normalizes a possibly negative index; None when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

impl Vm {
    /// `container[index]`.
    pub fn get_item(&mut self, container: Value, index: Value) -> Result<Value, PyError> {
        let r = match container {
            Value::Obj(r) => r,
            _ => return Err(self.not_subscriptable(container).into()),
        };
        // The common case first (natives index this way: `bisect`,
        // `heapq`, ...): an item of a list or tuple at an int in range.
        if let Value::Int(i) = index {
            match self.heap.get(r) {
                Obj::List(l) => {
                    if let Some(i) = normalize_index(i, l.len()) {
                        return Ok(l.get(i));
                    }
                }
                Obj::Tuple(items) => {
                    if let Some(i) = normalize_index(i, items.len()) {
                        return Ok(items[i]);
                    }
                }
                _ => {}
            }
        }
        if let Some(found) = crate::modules::array::get_item_fast(self, r, index) {
            return found;
        }
        if self.class_of(container).is_some()
            || self.meta_of(container).is_some() && self.special_method(container, Special::GetItem).is_some()
        {
            return match self.call_special(container, Special::GetItem, &[index])? {
                Some(v) => Ok(v),
                None => Err(self.not_subscriptable(container).into()),
            };
        }
        // A slice object slices a built-in sequence.
        if let Some([lower, upper, step]) = self.slice_bounds(index) {
            if !matches!(
                self.heap.get(r),
                Obj::Dict(_) | Obj::Type(_) | Obj::Typing(_) | Obj::Class(_)
            ) {
                return self.get_slice(container, lower, upper, step);
            }
        }
        // An instance with `__index__` indexes a sequence as its int.
        if self.class_of(index).is_some()
            && matches!(
                self.heap.get(r),
                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_) | Obj::Bytes(_) | Obj::BigRange(_)
            )
        {
            if let Some(i) = self.instance_to_int(index, &[Special::Index])? {
                return self.get_item(container, i);
            }
        }
        match self.heap.get(r) {
            Obj::List(l) => {
                let i = self.seq_index(index, "list")?;
                normalize_index(i, l.len())
                    .map(|i| l.get(i))
                    .ok_or_else(|| RawError::new(ExcKind::IndexError, "list index out of range").into())
            }
            Obj::Tuple(items) => {
                let i = self.seq_index(index, "tuple")?;
                normalize_index(i, items.len())
                    .map(|i| items[i])
                    .ok_or_else(|| RawError::new(ExcKind::IndexError, "tuple index out of range").into())
            }
            Obj::Str(s) => {
                let i = match index.as_index() {
                    Some(i) => i,
                    None if self.big_int(index).is_some() => self.seq_index(index, "string")?,
                    None => {
                        return Err(RawError::type_error(format!(
                            "string indices must be integers, not '{}'",
                            self.type_name(index)
                        ))
                        .into())
                    }
                };
                match normalize_index(i, s.nchars()) {
                    Some(i) => Ok(self.char_value(s.char_at(i))),
                    None => Err(RawError::new(ExcKind::IndexError, "string index out of range").into()),
                }
            }
            Obj::Dict(_) => match self.dict_get_any(r, index)? {
                Some(v) => Ok(v),
                None => Err(self.missing_key(index)),
            },
            Obj::Range(range) => {
                let i = self.seq_index(index, "range")?;
                let n = range.len() as i128;
                let j = if i < 0 { i as i128 + n } else { i as i128 };
                if j < 0 || j >= n {
                    Err(RawError::new(ExcKind::IndexError, "range object index out of range").into())
                } else {
                    // j < n <= 2**64 - 1; the value lies in the range.
                    Ok(Value::Int((range.start as i128 + j * range.step as i128) as i64))
                }
            }
            Obj::Bytes(b) => Ok(self.bytes_item(b, index)?),
            Obj::BigRange(range) => Ok(self.big_range_item(range, index)?),
            Obj::Type(_) | Obj::Typing(_) => crate::typing::subscript(self, container, index),
            Obj::Class(_) => {
                // `Cls[item]`: the class's own `__class_getitem__` (a class
                // method whether or not it says so, as in CPython), else
                // the typing generics Rumba knows.
                let class = container.as_obj().expect("a class");
                let hook = match self.heap.find_interned("__class_getitem__") {
                    Some(key) => self.class_attr(class, key)?,
                    None => None,
                };
                if let Some(hook) = hook {
                    let func = match hook.as_obj().map(|r| self.heap.get(r)) {
                        Some(Obj::Descriptor(d)) => d.func,
                        _ => hook,
                    };
                    return self.call_value(func, &[container, index]);
                }
                crate::typing::subscript_class(self, container, index)
                    .unwrap_or_else(|| Err(self.not_subscriptable(container).into()))
            }
            _ => Err(self.not_subscriptable(container).into()),
        }
    }

    fn not_subscriptable(&self, v: Value) -> RawError {
        RawError::type_error(format!("'{}' object is not subscriptable", self.type_name(v)))
    }

    /// An index into a sequence of type `type_name` (CPython's messages
    /// name the type).
    pub(crate) fn seq_index(&self, index: Value, type_name: &str) -> OpResult<i64> {
        if self.big_int(index).is_some() {
            return Err(RawError::new(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        index.as_index().ok_or_else(|| {
            RawError::type_error(format!(
                "{type_name} indices must be integers or slices, not {}",
                self.type_name(index)
            ))
        })
    }

    /// `container[index] = value`.
    pub fn set_item(&mut self, container: Value, index: Value, value: Value) -> Result<(), PyError> {
        if let Some(stored) = container
            .as_obj()
            .and_then(|r| crate::modules::array::set_item_fast(self, r, index, value))
        {
            return stored;
        }
        if self.class_of(container).is_some()
            && self
                .call_special(container, Special::SetItem, &[index, value])?
                .is_some()
        {
            return Ok(());
        }
        if let Some([lower, upper, step]) = self.slice_bounds(index) {
            if !matches!(container.as_obj().map(|r| self.heap.get(r)), Some(Obj::Dict(_))) {
                return self.set_slice(container, lower, upper, step, value);
            }
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::List(l) => {
                    let i = self.seq_index(index, "list")?;
                    let i = normalize_index(i, l.len())
                        .ok_or_else(|| RawError::new(ExcKind::IndexError, "list assignment index out of range"))?;
                    self.heap.grow_list(r, Storage::of(value), 0, |l| l.set(i, value))?;
                    return Ok(());
                }
                Obj::Dict(_) => return self.dict_set(r, index, value),
                Obj::Bytes(b) if b.mutable => {
                    // A byte may be any object with `__index__`.
                    let value = match self.class_of(value).is_some() {
                        true => self.instance_to_int(value, &[Special::Index])?.unwrap_or(value),
                        false => value,
                    };
                    return Ok(self.bytearray_set(r, index, value)?);
                }
                _ => {}
            }
        }
        Err(RawError::type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(container)
        ))
        .into())
    }

    /// `del container[index]`.
    pub fn del_item(&mut self, container: Value, index: Value) -> Result<(), PyError> {
        if self.class_of(container).is_some() && self.call_special(container, Special::DelItem, &[index])?.is_some() {
            return Ok(());
        }
        if let Some([lower, upper, step]) = self.slice_bounds(index) {
            if !matches!(container.as_obj().map(|r| self.heap.get(r)), Some(Obj::Dict(_))) {
                return self.del_slice(container, lower, upper, step);
            }
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::List(l) => {
                    let i = self.seq_index(index, "list")?;
                    let i = normalize_index(i, l.len())
                        .ok_or_else(|| RawError::new(ExcKind::IndexError, "list assignment index out of range"))?;
                    self.heap.list_mut(r).expect("a list").remove(i);
                    return Ok(());
                }
                Obj::Dict(_) => {
                    if self.dict_remove(r, index)?.is_none() {
                        return Err(self.missing_key(index));
                    }
                    return Ok(());
                }
                Obj::Bytes(b) if b.mutable => return Ok(self.bytearray_del(r, index)?),
                _ => {}
            }
        }
        Err(RawError::type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(container)
        ))
        .into())
    }

    /// A slice bound or step as `resolve_slice` takes it: a big int is
    /// clipped to the i64 range, as CPython clips to its index range.
    fn clip_slice_bound(&self, v: Value) -> Value {
        match self.big_int(v) {
            Some(x) if x.sign() == dashu_int::Sign::Negative => Value::Int(-i64::MAX),
            Some(_) => Value::Int(i64::MAX),
            None => v,
        }
    }

    /// `list[lower:upper:step]` of list `r`, the bounds clipped.
    fn list_slice(&mut self, r: ObjRef, lower: Value, upper: Value, step: Value) -> Result<Value, PyError> {
        let l = self.heap.list(r).expect("a list");
        let s = resolve_slice(l.len(), lower, upper, step)?;
        let sliced = l.items().select_stepped(s.start.max(0) as usize, s.step, s.len());
        Ok(Value::Obj(self.heap.alloc(sliced)))
    }

    /// `text[lower:upper:step]` of str `r`, the bounds clipped.
    fn str_slice(&self, r: ObjRef, lower: Value, upper: Value, step: Value) -> OpResult<Value> {
        let st = self.heap.str_obj(r).expect("a str");
        let s = resolve_slice(st.nchars(), lower, upper, step)?;
        // `text[i:j]`: a run of characters is a run of bytes, copied once
        // into the new str.
        if s.step == 1 {
            let n = s.len();
            let start = s.start.max(0) as usize;
            let text = st.as_str();
            let run = if n == 0 {
                ""
            } else if st.is_ascii() {
                &text[start..start + n]
            } else {
                let mut offsets = text.char_indices().map(|(b, _)| b).chain([text.len()]).skip(start);
                let from = offsets.next().unwrap_or(text.len());
                let to = offsets.nth(n - 1).unwrap_or(text.len());
                &text[from..to]
            };
            return Ok(Value::Obj(self.heap.new_str(run)));
        }
        let text: String = if st.is_ascii() {
            let bytes = st.as_str().as_bytes();
            s.indices().map(|i| bytes[i] as char).collect()
        } else {
            let chars: Vec<char> = st.as_str().chars().collect();
            s.indices().map(|i| chars[i]).collect()
        };
        Ok(self.new_str(text))
    }

    /// `container[lower:upper:step]`.
    pub fn get_slice(&mut self, container: Value, lower: Value, upper: Value, step: Value) -> Result<Value, PyError> {
        // The common cases first: a list (never a subclass instance, an
        // array or a range) or a str, with bounds that need no clipping.
        if let Some(r) = container.as_obj().filter(|_| unclipped_bounds(&[lower, upper, step])) {
            match self.heap.kind(r) {
                crate::object::Kind::List => return self.list_slice(r, lower, upper, step),
                crate::object::Kind::Str => return Ok(self.str_slice(r, lower, upper, step)?),
                _ => {}
            }
        }
        if self.script_special(container, Special::GetItem) {
            let slice = self.new_slice([lower, upper, step])?;
            return crate::builtins::args::with_roots(self, &[slice], |vm| {
                vm.call_special(container, Special::GetItem, &[slice])
                    .map(|v| v.unwrap_or(Value::None))
            });
        }
        // A `list` subclass without a `__getitem__` of its own is sliced
        // as its list.
        let container = self.list_inside(container);
        if let Some(sliced) = self.array_slice(container, [lower, upper, step]) {
            return sliced;
        }
        if let Some(Obj::BigRange(_)) = container.as_obj().map(|r| self.heap.get(r)) {
            return Ok(self.range_slice(container, [lower, upper, step])?);
        }
        let bounds = [lower, upper, step];
        let [lower, upper, step] = [lower, upper, step].map(|v| self.clip_slice_bound(v));
        let r = match container {
            Value::Obj(r) => r,
            _ => return Err(self.not_subscriptable(container).into()),
        };
        match self.heap.get(r) {
            Obj::List(_) => self.list_slice(r, lower, upper, step),
            Obj::Tuple(items) => {
                let s = resolve_slice(items.len(), lower, upper, step)?;
                if let Some(run) = s.contiguous() {
                    return Ok(self.new_tuple(&items[run]));
                }
                let out: Vec<Value> = s.indices().map(|i| items[i]).collect();
                Ok(self.new_tuple(out))
            }
            Obj::Str(_) => Ok(self.str_slice(r, lower, upper, step)?),
            Obj::Range(range) => {
                // A length past i64 (`range(-2**63, 2**63 - 1)`) is sliced
                // in big-int arithmetic.
                let Some(len) = usize::try_from(range.len()).ok().filter(|&n| n <= i64::MAX as usize) else {
                    return Ok(self.range_slice(container, bounds)?);
                };
                let s = resolve_slice(len, lower, upper, step)?;
                let start = range.start as i128 + s.start as i128 * range.step as i128;
                let stop = range.start as i128 + s.stop as i128 * range.step as i128;
                let step = range.step as i128 * s.step as i128;
                let fits = |x: i128| x >= i64::MIN as i128 && x <= i64::MAX as i128;
                if !(fits(start) && fits(stop) && fits(step)) {
                    return Ok(self.range_slice(container, bounds)?);
                }
                let sliced = RangeObj::new(start as i64, stop as i64, step as i64);
                Ok(Value::Obj(self.heap.alloc(sliced)))
            }
            Obj::Dict(_) => Err(RawError::type_error("unhashable type: 'slice'").into()),
            Obj::Bytes(_) => Ok(self.bytes_slice(r, lower, upper, step)?),
            // A named tuple is sliced as its tuple.
            Obj::Instance(_) => match crate::modules::collections::tuple_inside(self, container) {
                Some(inner) => self.get_slice(inner, bounds[0], bounds[1], bounds[2]),
                None => Err(self.not_subscriptable(container).into()),
            },
            _ => Err(self.not_subscriptable(container).into()),
        }
    }

    /// `container[lower:upper:step] = value` (lists only).
    pub fn set_slice(
        &mut self,
        container: Value,
        lower: Value,
        upper: Value,
        step: Value,
        value: Value,
    ) -> Result<(), PyError> {
        if let Some(done) = self.overwrite_list_slice(container, [lower, upper, step], value) {
            return done;
        }
        if self.script_special(container, Special::SetItem) {
            let slice = self.new_slice([lower, upper, step])?;
            return crate::builtins::args::with_roots(self, &[slice], |vm| {
                vm.call_special(container, Special::SetItem, &[slice, value])
                    .map(|_| ())
            });
        }
        // A `list` subclass is sliced as its list, an array as its items.
        let container = self.list_inside(container);
        if let Some(done) = self.array_set_slice(container, [lower, upper, step], value) {
            return done;
        }
        let [lower, upper, step] = [lower, upper, step].map(|v| self.clip_slice_bound(v));
        if let Some(r) = container.as_obj().filter(|_| self.is_bytearray(container)) {
            return self.bytearray_set_slice(r, [lower, upper, step], value);
        }
        let r = match container.as_obj() {
            Some(r) if self.heap.list(r).is_some() => r,
            _ => {
                return Err(RawError::type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(container)
                ))
                .into())
            }
        };
        // The bounds are checked before the new items are gathered, as
        // CPython does (`x[::0] = 5` is about the step); the positions are
        // resolved afterwards, against the length the gathering left.
        let extended = resolve_slice(self.heap.list(r).map_or(0, |l| l.len()), lower, upper, step)?.step != 1;
        // A list or tuple is copied as `collect_iterable` copies it (the
        // same checks and ticks), onto the host stack when it is short.
        let new_items: SmallVec<[Value; 16]> = match value.as_obj().and_then(|v| self.heap.seq_items(v)).map(Items::len)
        {
            Some(n) => {
                self.heap.reserve(n.saturating_mul(std::mem::size_of::<Value>()))?;
                self.charge(n as u64 * crate::limits::ITEM_TICKS)?;
                let items = value
                    .as_obj()
                    .and_then(|v| self.heap.seq_items(v))
                    .expect("a list or tuple");
                items.iter().collect()
            }
            None => match self.collect_iterable(value) {
                Ok(items) => items.into(),
                Err(_) if !self.is_iterable(value) => {
                    return Err(RawError::type_error(if extended {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    })
                    .into())
                }
                Err(e) => return Err(e),
            },
        };
        let len = self.heap.list(r).map_or(0, |l| l.len());
        let s = resolve_slice(len, lower, upper, step)?;
        if s.step != 1 && new_items.len() != s.len() {
            return Err(RawError::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                s.len()
            ))
            .into());
        }
        let incoming = Storage::of_all(&new_items);
        let extra = new_items.len().saturating_sub(s.len());
        self.heap.grow_list(r, incoming, extra, |l| {
            if s.step == 1 {
                let start = s.start as usize;
                let stop = (s.stop as usize).max(start);
                if stop - start == new_items.len() {
                    // As many items as replaced, some of another storage
                    // (ints over floats): written in place, widening.
                    for (i, &v) in new_items.iter().enumerate() {
                        l.set(start + i, v);
                    }
                } else {
                    l.splice(start, stop, &new_items);
                }
            } else {
                for (i, v) in s.indices().zip(new_items) {
                    l.set(i, v);
                }
            }
        })?;
        Ok(())
    }

    /// `set_slice` of a list, given another list or a tuple of as many
    /// items as the slice replaces, all of a kind the list's storage holds
    /// as they are (`perm[:k + 1] = perm[k::-1]`): the items are copied
    /// straight from the source's storage into the list's, after the
    /// memory check and the ticks of the general path. None when the
    /// general path must do it (other bounds, sizes or kinds, the list
    /// itself as the source, every error).
    fn overwrite_list_slice(
        &mut self,
        container: Value,
        bounds: [Value; 3],
        value: Value,
    ) -> Option<Result<(), PyError>> {
        if !unclipped_bounds(&bounds) {
            return None;
        }
        let (list, items) = self.heap.list_and_items(container.as_obj()?, value.as_obj()?)?;
        let n = items.len();
        let s = resolve_slice(list.len(), bounds[0], bounds[1], bounds[2]).ok()?;
        if n == 0 || s.len() != n || !list.holds_all(items) {
            return None;
        }
        let checked = self
            .heap
            .reserve(n.saturating_mul(std::mem::size_of::<Value>()))
            .and_then(|()| self.charge(n as u64 * crate::limits::ITEM_TICKS));
        if let Err(e) = checked {
            return Some(Err(e.into()));
        }
        let (list, items) = self.heap.list_and_items(container.as_obj()?, value.as_obj()?)?;
        list.overwrite(s.start as usize, s.step, items);
        Some(Ok(()))
    }

    /// `del container[lower:upper:step]` (lists only).
    pub fn del_slice(&mut self, container: Value, lower: Value, upper: Value, step: Value) -> Result<(), PyError> {
        if self.script_special(container, Special::DelItem) {
            let slice = self.new_slice([lower, upper, step])?;
            return crate::builtins::args::with_roots(self, &[slice], |vm| {
                vm.call_special(container, Special::DelItem, &[slice]).map(|_| ())
            });
        }
        // A `list` subclass is sliced as its list.
        let container = self.list_inside(container);
        if let Some(done) = self.array_del_slice(container, [lower, upper, step]) {
            return done;
        }
        let [lower, upper, step] = [lower, upper, step].map(|v| self.clip_slice_bound(v));
        if let Some(r) = container.as_obj().filter(|_| self.is_bytearray(container)) {
            let len = self.bytes_of(container).map_or(0, <[u8]>::len);
            let s = resolve_slice(len, lower, upper, step)?;
            let mut doomed = vec![false; len];
            for i in s.indices() {
                doomed[i] = true;
            }
            let data = self.heap.bytearray_mut(r).expect("a bytearray");
            let mut at = 0;
            data.retain(|_| {
                at += 1;
                !doomed[at - 1]
            });
            return Ok(());
        }
        let r = match container.as_obj() {
            Some(r) if self.heap.list(r).is_some() => r,
            _ => {
                return Err(RawError::type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(container)
                ))
                .into())
            }
        };
        let len = self.heap.list(r).map_or(0, |l| l.len());
        let s = resolve_slice(len, lower, upper, step)?;
        let mut doomed = vec![false; len];
        for i in s.indices() {
            doomed[i] = true;
        }
        if let Some(l) = self.heap.list_mut(r) {
            l.retain_unmarked(&doomed);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(len: usize, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> Vec<usize> {
        let v = |x: Option<i64>| x.map_or(Value::None, Value::Int);
        resolve_slice(len, v(lo), v(hi), v(step)).unwrap().indices().collect()
    }

    #[test]
    fn slices_resolve_like_cpython() {
        assert_eq!(idx(5, None, None, None), vec![0, 1, 2, 3, 4]);
        assert_eq!(idx(5, Some(-2), None, None), vec![3, 4]);
        assert_eq!(idx(5, None, None, Some(-1)), vec![4, 3, 2, 1, 0]);
        assert_eq!(idx(5, Some(10), Some(-10), Some(-2)), vec![4, 2, 0]);
        assert_eq!(idx(5, Some(1), Some(100), Some(3)), vec![1, 4]);
        assert_eq!(idx(0, None, None, Some(-1)), Vec::<usize>::new());
        assert!(resolve_slice(3, Value::None, Value::None, Value::Int(0)).is_err());
    }
}
