//! `list`, with storage strategies (PyPy's idea): a list whose items are
//! all ints keeps them as an `i64` array, all floats as `f64`, all bools as
//! one byte each, and anything else as 16-byte values. The first store
//! that does not fit switches the list to object storage, which holds
//! everything. Same meaning, a quarter (floats, ints) to a sixteenth
//! (bools) of the memory, and items that compiled code loads unboxed.
//!
//! Layout (`layout.rs`): header (its flags byte is the `Storage`), length,
//! capacity, and a pointer to the items. The items are a `Vec` of the
//! storage's element type taken apart, so growth and freeing are `Vec`'s.

use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

use super::{Header, Kind, Object};
use crate::value::Value;

/// How a list holds its items (the header's flags byte).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// No items and no type yet: the first item decides.
    Empty = 0,
    Int = 1,
    Float = 2,
    Bool = 3,
    Object = 4,
}

impl Storage {
    /// The narrowest storage that holds `v`.
    #[inline]
    pub fn of(v: Value) -> Storage {
        match v {
            Value::Int(_) => Storage::Int,
            Value::Float(_) => Storage::Float,
            Value::Bool(_) => Storage::Bool,
            _ => Storage::Object,
        }
    }
    /// The narrowest storage that holds what both hold.
    #[inline]
    pub fn join(self, other: Storage) -> Storage {
        match (self, other) {
            (Storage::Empty, s) | (s, Storage::Empty) => s,
            (a, b) if a == b => a,
            _ => Storage::Object,
        }
    }
    /// The narrowest storage that holds all of `values`.
    pub fn of_all(values: &[Value]) -> Storage {
        let mut s = Storage::Empty;
        for v in values {
            s = s.join(Storage::of(*v));
            if s == Storage::Object {
                break;
            }
        }
        s
    }
    /// Bytes per item.
    pub fn item_size(self) -> usize {
        match self {
            Storage::Empty => 0,
            Storage::Int | Storage::Float => 8,
            Storage::Bool => 1,
            Storage::Object => 16,
        }
    }
    fn from_flags(flags: u8) -> Storage {
        match flags {
            1 => Storage::Int,
            2 => Storage::Float,
            3 => Storage::Bool,
            4 => Storage::Object,
            _ => Storage::Empty,
        }
    }
}

/// `a` then `b`, in one buffer of the exact size.
fn same_storage<T: Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut v = Vec::with_capacity(a.len() + b.len());
    v.extend_from_slice(a);
    v.extend_from_slice(b);
    v
}

/// An item type of a storage.
trait Elem: Copy {
    const STORAGE: Storage;
    /// `v` as this type, if the storage holds it.
    fn from_value(v: Value) -> Option<Self>;
    fn to_value(self) -> Value;
}

impl Elem for i64 {
    const STORAGE: Storage = Storage::Int;
    fn from_value(v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }
    fn to_value(self) -> Value {
        Value::Int(self)
    }
}

impl Elem for f64 {
    const STORAGE: Storage = Storage::Float;
    fn from_value(v: Value) -> Option<f64> {
        match v {
            Value::Float(f) => Some(f),
            _ => None,
        }
    }
    fn to_value(self) -> Value {
        Value::Float(self)
    }
}

impl Elem for bool {
    const STORAGE: Storage = Storage::Bool;
    fn from_value(v: Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }
    fn to_value(self) -> Value {
        Value::Bool(self)
    }
}

impl Elem for Value {
    const STORAGE: Storage = Storage::Object;
    fn from_value(v: Value) -> Option<Value> {
        Some(v)
    }
    fn to_value(self) -> Value {
        self
    }
}

/// A list object.
#[repr(C)]
pub struct ListObj {
    header: Header,
    pub(crate) len: usize,
    pub(crate) cap: usize,
    /// A `Vec<T>`'s buffer for the storage's `T` (dangling when `cap` is 0).
    pub(crate) data: *mut u8,
}

/// Runs `$body` with `$v` bound to the list's items as a `&mut Vec<T>` of
/// its storage's type (`Empty` runs `$empty`).
macro_rules! with_vec {
    ($list:expr, $v:ident => $body:expr, empty => $empty:expr) => {
        match $list.storage() {
            Storage::Empty => $empty,
            Storage::Int => {
                let mut $v = $list.vec_mut::<i64>();
                $body
            }
            Storage::Float => {
                let mut $v = $list.vec_mut::<f64>();
                $body
            }
            Storage::Bool => {
                let mut $v = $list.vec_mut::<bool>();
                $body
            }
            Storage::Object => {
                let mut $v = $list.vec_mut::<Value>();
                $body
            }
        }
    };
}

impl ListObj {
    /// A list of `values`, in the narrowest storage that holds them.
    pub fn new(values: Vec<Value>) -> ListObj {
        let mut list = ListObj::empty();
        list.replace(values);
        list
    }

    pub fn empty() -> ListObj {
        ListObj {
            header: Header::new(Kind::List),
            len: 0,
            cap: 0,
            data: std::ptr::NonNull::<Value>::dangling().as_ptr() as *mut u8,
        }
    }

    /// A list holding the same items as `items`, in the same storage.
    pub fn from_items(items: Items) -> ListObj {
        let mut list = ListObj::empty();
        match items {
            Items::Values(v) => list.replace(v.to_vec()),
            Items::Ints(v) => list.install(v.to_vec()),
            Items::Floats(v) => list.install(v.to_vec()),
            Items::Bools(v) => list.install(v.to_vec()),
        }
        list
    }

    /// `a + b`, in the narrowest storage that holds both, made with one
    /// allocation of the exact size.
    pub fn concat(a: Items, b: Items) -> ListObj {
        let mut list = ListObj::empty();
        if a.is_empty() || b.is_empty() {
            // One side is the result: its storage is the narrowest.
            return if a.is_empty() {
                b.select_run(0..b.len())
            } else {
                a.select_run(0..a.len())
            };
        }
        // The common case, two lists of one storage: copied as blocks.
        match (a, b) {
            (Items::Ints(x), Items::Ints(y)) => list.install(same_storage(x, y)),
            (Items::Floats(x), Items::Floats(y)) => list.install(same_storage(x, y)),
            (Items::Bools(x), Items::Bools(y)) => list.install(same_storage(x, y)),
            _ => list.join_values(a, b),
        }
        list
    }

    /// `a + b` when the storages differ or hold objects: each item is
    /// converted to the joined storage.
    fn join_values(&mut self, a: Items, b: Items) {
        fn joined<T: Elem>(a: Items, b: Items) -> Vec<T> {
            let mut v = Vec::with_capacity(a.len() + b.len());
            v.extend(
                a.iter()
                    .chain(b.iter())
                    .map(|x| T::from_value(x).expect("the joined storage holds it")),
            );
            v
        }
        match (a.storage().join(b.storage()), a, b) {
            (Storage::Empty, ..) => {}
            (Storage::Int, ..) => self.install(joined::<i64>(a, b)),
            (Storage::Float, ..) => self.install(joined::<f64>(a, b)),
            (Storage::Bool, ..) => self.install(joined::<bool>(a, b)),
            (Storage::Object, Items::Values(x), Items::Values(y)) => self.install(same_storage(x, y)),
            (Storage::Object, ..) => self.install(joined::<Value>(a, b)),
        }
    }

    /// `items` repeated `count` times, in their storage.
    pub fn repeated(items: Items, count: usize) -> ListObj {
        let mut list = ListObj::empty();
        match items {
            Items::Values(v) => list.replace(v.repeat(count)),
            Items::Ints(v) => list.install(v.repeat(count)),
            Items::Floats(v) => list.install(v.repeat(count)),
            Items::Bools(v) => list.install(v.repeat(count)),
        }
        list
    }

    #[inline]
    pub fn storage(&self) -> Storage {
        Storage::from_flags(self.header.flags)
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The items, typed by storage.
    #[inline]
    pub fn items(&self) -> Items<'_> {
        // SAFETY: `data` is the buffer of a Vec of the storage's type with
        // `len` initialised items (or dangling and aligned when empty).
        unsafe {
            match self.storage() {
                Storage::Empty => Items::Values(&[]),
                Storage::Int => Items::Ints(std::slice::from_raw_parts(self.data as *const i64, self.len)),
                Storage::Float => Items::Floats(std::slice::from_raw_parts(self.data as *const f64, self.len)),
                Storage::Bool => Items::Bools(std::slice::from_raw_parts(self.data as *const bool, self.len)),
                Storage::Object => Items::Values(std::slice::from_raw_parts(self.data as *const Value, self.len)),
            }
        }
    }

    /// Item `i`, which must be in range.
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        assert!(i < self.len, "list index checked by the caller");
        // SAFETY: i < len, and `data` holds `len` items of the storage's
        // type (see `items`).
        unsafe {
            match self.storage() {
                Storage::Int => Value::Int(*(self.data as *const i64).add(i)),
                Storage::Float => Value::Float(*(self.data as *const f64).add(i)),
                Storage::Bool => Value::Bool(*(self.data as *const bool).add(i)),
                _ => *(self.data as *const Value).add(i),
            }
        }
    }

    /// Item `i` if in range.
    #[inline]
    pub fn get_checked(&self, i: usize) -> Option<Value> {
        (i < self.len).then(|| self.get(i))
    }

    /// The items as values (a copy).
    pub fn to_vec(&self) -> Vec<Value> {
        self.items().to_vec()
    }

    /// Takes the items out as values, leaving the list empty (storage
    /// `Empty`): for operations that rebuild a list (sort).
    pub fn take_values(&mut self) -> Vec<Value> {
        let values = self.to_vec();
        self.install::<Value>(Vec::new());
        self.header.flags = Storage::Empty as u8;
        values
    }

    /// Replaces the items with `values`, in the narrowest storage.
    pub fn replace(&mut self, values: Vec<Value>) {
        match Storage::of_all(&values) {
            Storage::Empty => {
                self.install::<Value>(Vec::new());
                self.header.flags = Storage::Empty as u8;
            }
            Storage::Int => self.install(narrow::<i64>(&values)),
            Storage::Float => self.install(narrow::<f64>(&values)),
            Storage::Bool => self.install(narrow::<bool>(&values)),
            Storage::Object => self.install(values),
        }
    }

    /// Whether the storage holds `v` as it is (a store needs no switch).
    #[inline]
    pub fn holds(&self, v: Value) -> bool {
        let s = self.storage();
        s == Storage::Object || s == Storage::of(v)
    }

    /// `list[i] = v` for an index in range; switches storage if `v` does
    /// not fit.
    #[inline]
    pub fn set(&mut self, i: usize, v: Value) {
        assert!(i < self.len, "list index checked by the caller");
        // SAFETY: i < len, and each arm writes the storage's own type.
        unsafe {
            match (v, self.storage()) {
                (Value::Int(x), Storage::Int) => *(self.data as *mut i64).add(i) = x,
                (Value::Float(x), Storage::Float) => *(self.data as *mut f64).add(i) = x,
                (Value::Bool(x), Storage::Bool) => *(self.data as *mut bool).add(i) = x,
                (_, Storage::Object) => *(self.data as *mut Value).add(i) = v,
                _ => self.set_widening(i, v),
            }
        }
    }

    /// `set` of a value the storage does not hold: to object storage.
    #[cold]
    #[inline(never)]
    fn set_widening(&mut self, i: usize, v: Value) {
        self.make_fit(Storage::of(v));
        // SAFETY: i < len (checked by `set`), and the storage is now
        // object storage, which holds any value.
        unsafe { *(self.data as *mut Value).add(i) = v };
    }

    /// `append(v)`.
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.make_fit(Storage::of(v));
        match v {
            Value::Int(x) if self.storage() == Storage::Int => self.vec_mut::<i64>().push(x),
            Value::Float(x) if self.storage() == Storage::Float => self.vec_mut::<f64>().push(x),
            Value::Bool(x) if self.storage() == Storage::Bool => self.vec_mut::<bool>().push(x),
            _ => self.vec_mut::<Value>().push(v),
        }
    }

    /// Appends `v` where it fits as things are: the storage holds it and
    /// the buffer has room. False, with nothing changed, otherwise.
    #[inline]
    pub fn push_in_place(&mut self, v: Value) -> bool {
        if self.len >= self.cap {
            return false;
        }
        match (self.storage(), v) {
            (Storage::Int, Value::Int(x)) => self.write_at_len(x),
            (Storage::Float, Value::Float(x)) => self.write_at_len(x),
            (Storage::Bool, Value::Bool(x)) => self.write_at_len(x),
            (Storage::Object, v) => self.write_at_len(v),
            _ => return false,
        }
        true
    }

    /// Writes `x` after the last item and counts it; the caller checked
    /// that `T` is the storage's item type and that the buffer has room.
    #[inline]
    fn write_at_len<T: Elem>(&mut self, x: T) {
        debug_assert!(self.storage() == T::STORAGE && self.len < self.cap);
        // SAFETY: data/len/cap are the parts of a Vec<T> (`install`), T
        // being the storage's item type, and len < cap (the caller's
        // check), so the slot at len is inside the buffer and holds no
        // item yet.
        unsafe { (self.data as *mut T).add(self.len).write(x) };
        self.len += 1;
    }

    /// `insert(i, v)` with 0 <= i <= len.
    pub fn insert(&mut self, i: usize, v: Value) {
        self.make_fit(Storage::of(v));
        match v {
            Value::Int(x) if self.storage() == Storage::Int => self.vec_mut::<i64>().insert(i, x),
            Value::Float(x) if self.storage() == Storage::Float => self.vec_mut::<f64>().insert(i, x),
            Value::Bool(x) if self.storage() == Storage::Bool => self.vec_mut::<bool>().insert(i, x),
            _ => self.vec_mut::<Value>().insert(i, v),
        }
    }

    /// Removes and returns item `i` (in range).
    pub fn remove(&mut self, i: usize) -> Value {
        // The last item (`pop()`, the common case) without the general
        // removal's move of the items after it.
        with_vec!(self, v => if i + 1 == v.len() {
            v.pop().expect("index checked by the caller").to_value()
        } else {
            v.remove(i).to_value()
        }, empty => unreachable!("index checked by the caller"))
    }

    /// Appends all of `items`.
    pub fn extend(&mut self, items: Items) {
        // Nothing to add: an empty list stays without storage.
        if items.is_empty() {
            return;
        }
        self.make_fit(items.storage());
        match (items, self.storage()) {
            (Items::Ints(x), Storage::Int) => self.vec_mut::<i64>().extend_from_slice(x),
            (Items::Floats(x), Storage::Float) => self.vec_mut::<f64>().extend_from_slice(x),
            (Items::Bools(x), Storage::Bool) => self.vec_mut::<bool>().extend_from_slice(x),
            (items, Storage::Int) => self.vec_mut::<i64>().extend(items.iter().filter_map(i64::from_value)),
            (items, Storage::Float) => self.vec_mut::<f64>().extend(items.iter().filter_map(f64::from_value)),
            (items, Storage::Bool) => self.vec_mut::<bool>().extend(items.iter().filter_map(bool::from_value)),
            (items, _) => self.vec_mut::<Value>().extend(items.iter()),
        }
    }

    /// Replaces items `start..stop` with `values` (slice assignment).
    pub fn splice(&mut self, start: usize, stop: usize, values: &[Value]) {
        self.make_fit(Storage::of_all(values));
        with_vec!(self, v => {
            v.splice(start..stop, values.iter().map(|x| Elem::from_value(*x).expect("storage fits")));
        }, empty => {
            // An empty list given nothing stays empty.
        })
    }

    /// Removes the items whose positions are marked in `doomed`.
    pub fn retain_unmarked(&mut self, doomed: &[bool]) {
        with_vec!(self, v => {
            let mut k = 0;
            v.retain(|_| {
                k += 1;
                !doomed[k - 1]
            });
        }, empty => {})
    }

    /// Whether the storage holds all of `items` as they are: the same
    /// item type, or object storage, which holds anything.
    pub fn holds_all(&self, items: Items) -> bool {
        matches!(
            (items, self.storage()),
            (_, Storage::Object)
                | (Items::Ints(_), Storage::Int)
                | (Items::Floats(_), Storage::Float)
                | (Items::Bools(_), Storage::Bool)
        )
    }

    /// Writes `items`, which the storage holds (`holds_all`), over
    /// positions `start`, `start + step`, ... (all in range): slice
    /// assignment of as many items as it replaces.
    pub fn overwrite(&mut self, start: usize, step: i64, items: Items) {
        fn write<T: Elem>(list: &mut ListObj, start: usize, step: i64, items: impl Iterator<Item = T>) {
            let mut v = list.vec_mut::<T>();
            for (k, x) in items.enumerate() {
                v[(start as i64 + k as i64 * step) as usize] = x;
            }
        }
        assert!(
            self.holds_all(items),
            "the caller checks that the storage holds the items"
        );
        match (items, self.storage()) {
            (Items::Ints(x), Storage::Int) => write(self, start, step, x.iter().copied()),
            (Items::Floats(x), Storage::Float) => write(self, start, step, x.iter().copied()),
            (Items::Bools(x), Storage::Bool) => write(self, start, step, x.iter().copied()),
            (items, _) => write(self, start, step, items.iter()),
        }
    }

    pub fn reverse(&mut self) {
        with_vec!(self, v => v.reverse(), empty => {})
    }

    /// Removes every item; the storage is chosen again by the next one.
    pub fn clear(&mut self) {
        self.install::<Value>(Vec::new());
        self.header.flags = Storage::Empty as u8;
    }

    /// Repeats the items in place (`xs *= n`).
    pub fn repeat_in_place(&mut self, count: usize) {
        with_vec!(self, v => *v = v.repeat(count), empty => {})
    }

    /// Sorts an int list in place: equal ints are indistinguishable, so an
    /// unstable sort gives what a stable one would.
    pub fn sort_ints(&mut self, reverse: bool) -> bool {
        if self.storage() != Storage::Int {
            return false;
        }
        let mut v = self.vec_mut::<i64>();
        if reverse {
            v.sort_unstable_by(|a, b| b.cmp(a));
        } else {
            v.sort_unstable();
        }
        true
    }

    /// Bytes a new buffer would take if `extra` more items of storage
    /// `incoming` arrived (0 if they fit the current one): what the heap
    /// checks against its limit before they are added, since the old
    /// buffer is still held while the new one is filled.
    pub fn growth_for(&self, incoming: Storage, extra: usize) -> usize {
        let storage = self.storage().join(incoming);
        let len = self.len.saturating_add(extra);
        if storage == self.storage() && len <= self.cap {
            return 0;
        }
        // At least what `Vec` asks for when it grows (double, or the need).
        let cap = len.max(self.cap.saturating_mul(2)).max(8);
        cap.saturating_mul(storage.item_size())
    }

    /// Bytes of the item buffer.
    pub fn buffer_bytes(&self) -> usize {
        self.cap * self.storage().item_size()
    }

    /// Switches to a storage that holds both what the list holds and
    /// values of storage `incoming`.
    fn make_fit(&mut self, incoming: Storage) {
        let current = self.storage();
        let wanted = current.join(incoming);
        if wanted == current {
            return;
        }
        match (current, wanted) {
            (Storage::Empty, Storage::Int) => self.install::<i64>(Vec::new()),
            (Storage::Empty, Storage::Float) => self.install::<f64>(Vec::new()),
            (Storage::Empty, Storage::Bool) => self.install::<bool>(Vec::new()),
            _ => {
                let values = self.to_vec();
                self.install(values);
            }
        }
    }

    /// Drops the current buffer and takes `items` as the items, setting
    /// the storage to `T`'s.
    fn install<T: Elem>(&mut self, items: Vec<T>) {
        self.drop_buffer();
        let mut items = ManuallyDrop::new(items);
        self.data = items.as_mut_ptr() as *mut u8;
        self.len = items.len();
        self.cap = items.capacity();
        self.header.flags = T::STORAGE as u8;
    }

    /// Frees the item buffer, leaving an empty, dangling one.
    fn drop_buffer(&mut self) {
        match self.storage() {
            Storage::Empty => {}
            Storage::Int => drop(self.take_vec::<i64>()),
            Storage::Float => drop(self.take_vec::<f64>()),
            Storage::Bool => drop(self.take_vec::<bool>()),
            Storage::Object => drop(self.take_vec::<Value>()),
        }
        self.data = std::ptr::NonNull::<Value>::dangling().as_ptr() as *mut u8;
        self.len = 0;
        self.cap = 0;
        self.header.flags = Storage::Empty as u8;
    }

    /// The buffer as the Vec it came from; the list no longer owns it.
    fn take_vec<T: Elem>(&mut self) -> Vec<T> {
        debug_assert_eq!(self.storage(), T::STORAGE);
        // SAFETY: data/len/cap are the parts of a Vec<T> (the storage's
        // type), taken apart by `install` or a `VecGuard`.
        let v = unsafe { Vec::from_raw_parts(self.data as *mut T, self.len, self.cap) };
        self.cap = 0;
        self.len = 0;
        v
    }

    /// The buffer as a `Vec<T>` that is put back when the guard drops.
    fn vec_mut<T: Elem>(&mut self) -> VecGuard<'_, T> {
        let vec = ManuallyDrop::new(self.take_vec::<T>());
        VecGuard { list: self, vec }
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        self.drop_buffer();
    }
}

// SAFETY: repr(C), header first, kind List (see `empty`).
unsafe impl Object for ListObj {
    const KIND: Kind = Kind::List;
    fn owned_bytes(&self) -> usize {
        self.buffer_bytes()
    }
}

/// A list's buffer on loan as a `Vec`; its parts go back into the list
/// when dropped (also on unwinding, so the list never points at a buffer
/// the Vec freed or moved).
struct VecGuard<'a, T: Elem> {
    list: &'a mut ListObj,
    vec: ManuallyDrop<Vec<T>>,
}

impl<T: Elem> Deref for VecGuard<'_, T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.vec
    }
}

impl<T: Elem> DerefMut for VecGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.vec
    }
}

impl<T: Elem> Drop for VecGuard<'_, T> {
    fn drop(&mut self) {
        self.list.data = self.vec.as_mut_ptr() as *mut u8;
        self.list.len = self.vec.len();
        self.list.cap = self.vec.capacity();
        self.list.header.flags = T::STORAGE as u8;
    }
}

fn narrow<T: Elem>(values: &[Value]) -> Vec<T> {
    values
        .iter()
        .map(|v| T::from_value(*v).expect("Storage::of_all chose T"))
        .collect()
}

/// A list's or tuple's items, typed by storage, for reading.
#[derive(Clone, Copy)]
pub enum Items<'a> {
    Values(&'a [Value]),
    Ints(&'a [i64]),
    Floats(&'a [f64]),
    Bools(&'a [bool]),
}

impl<'a> Items<'a> {
    #[inline]
    pub fn len(self) -> usize {
        match self {
            Items::Values(v) => v.len(),
            Items::Ints(v) => v.len(),
            Items::Floats(v) => v.len(),
            Items::Bools(v) => v.len(),
        }
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    /// Item `i`, which must be in range.
    #[inline]
    pub fn get(self, i: usize) -> Value {
        match self {
            Items::Values(v) => v[i],
            Items::Ints(v) => Value::Int(v[i]),
            Items::Floats(v) => Value::Float(v[i]),
            Items::Bools(v) => Value::Bool(v[i]),
        }
    }
    pub fn iter(self) -> ItemsIter<'a> {
        ItemsIter {
            items: self,
            front: 0,
            back: self.len(),
        }
    }
    pub fn to_vec(self) -> Vec<Value> {
        match self {
            Items::Values(v) => v.to_vec(),
            _ => self.iter().collect(),
        }
    }
    /// The narrowest list storage that holds these items.
    pub fn storage(self) -> Storage {
        match self {
            _ if self.is_empty() => Storage::Empty,
            Items::Values(v) => Storage::of_all(v),
            Items::Ints(_) => Storage::Int,
            Items::Floats(_) => Storage::Float,
            Items::Bools(_) => Storage::Bool,
        }
    }
    /// The items in `run`, copied as one block.
    pub fn select_run(self, run: std::ops::Range<usize>) -> ListObj {
        let mut list = ListObj::empty();
        match self {
            Items::Values(v) => list.replace(v[run].to_vec()),
            Items::Ints(v) => list.install(v[run].to_vec()),
            Items::Floats(v) => list.install(v[run].to_vec()),
            Items::Bools(v) => list.install(v[run].to_vec()),
        }
        list
    }
    /// The `n` items at positions `start`, `start + step`, ... (all in
    /// range), in the same storage. A reversed run (`perm[k::-1]`) is
    /// read in one backward pass over the slice, like a run forwards.
    pub fn select_stepped(self, start: usize, step: i64, n: usize) -> ListObj {
        fn pick<T: Copy>(v: &[T], start: usize, step: i64, n: usize) -> Vec<T> {
            match step {
                _ if n == 0 => Vec::new(),
                1 => v[start..start + n].to_vec(),
                -1 => v[start + 1 - n..=start].iter().rev().copied().collect(),
                _ => (0..n).map(|k| v[(start as i64 + k as i64 * step) as usize]).collect(),
            }
        }
        let mut list = ListObj::empty();
        match self {
            Items::Values(v) => list.replace(pick(v, start, step, n)),
            Items::Ints(v) => list.install(pick(v, start, step, n)),
            Items::Floats(v) => list.install(pick(v, start, step, n)),
            Items::Bools(v) => list.install(pick(v, start, step, n)),
        }
        list
    }
}

pub struct ItemsIter<'a> {
    items: Items<'a>,
    front: usize,
    back: usize,
}

impl Iterator for ItemsIter<'_> {
    type Item = Value;
    #[inline]
    fn next(&mut self) -> Option<Value> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        Some(self.items.get(self.front - 1))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for ItemsIter<'_> {
    fn next_back(&mut self) -> Option<Value> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(self.items.get(self.back))
    }
}

impl ExactSizeIterator for ItemsIter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Vec<Value> {
        v.iter().map(|i| Value::Int(*i)).collect()
    }

    #[test]
    fn a_list_takes_the_narrowest_storage() {
        assert_eq!(ListObj::new(vec![]).storage(), Storage::Empty);
        assert_eq!(ListObj::new(ints(&[1, 2])).storage(), Storage::Int);
        assert_eq!(ListObj::new(vec![Value::Float(1.0)]).storage(), Storage::Float);
        assert_eq!(ListObj::new(vec![Value::Bool(true)]).storage(), Storage::Bool);
        assert_eq!(
            ListObj::new(vec![Value::Int(1), Value::Bool(true)]).storage(),
            Storage::Object
        );
    }

    #[test]
    fn a_store_that_does_not_fit_switches_to_objects_and_keeps_the_items() {
        let mut l = ListObj::new(ints(&[1, 2, 3]));
        l.set(1, Value::Float(2.5));
        assert_eq!(l.storage(), Storage::Object);
        assert!(matches!(l.get(0), Value::Int(1)));
        assert!(matches!(l.get(1), Value::Float(f) if f == 2.5));
        assert!(matches!(l.get(2), Value::Int(3)));
    }

    #[test]
    fn appends_grow_and_the_first_one_chooses_the_storage() {
        let mut l = ListObj::empty();
        for i in 0..1000 {
            l.push(Value::Float(i as f64));
        }
        assert_eq!(l.storage(), Storage::Float);
        assert_eq!(l.len(), 1000);
        l.push(Value::None);
        assert_eq!(l.storage(), Storage::Object);
        assert_eq!(l.len(), 1001);
        assert!(matches!(l.get(999), Value::Float(f) if f == 999.0));
        l.clear();
        assert_eq!(l.storage(), Storage::Empty);
        l.push(Value::Bool(false));
        assert_eq!(l.storage(), Storage::Bool);
    }

    #[test]
    fn bulk_operations_keep_or_widen_the_storage() {
        let mut l = ListObj::new(ints(&[5, 6, 7, 8]));
        l.splice(1, 3, &ints(&[0]));
        assert_eq!(l.to_vec().len(), 3);
        assert_eq!(l.storage(), Storage::Int);
        l.extend(Items::Floats(&[1.5]));
        assert_eq!(l.storage(), Storage::Object);
        l.retain_unmarked(&[true, false, false, true]);
        assert_eq!(l.len(), 2);
        let r = ListObj::repeated(Items::Bools(&[true, false]), 3);
        assert_eq!((r.storage(), r.len()), (Storage::Bool, 6));
        assert_eq!(r.buffer_bytes(), r.cap);
    }
}
