//! The object heap and its precise mark-and-sweep collector.
//!
//! Objects live in a vector of slots; an `ObjRef` is a slot index. A slot is
//! reused after its object is swept, so an `ObjRef` is valid exactly as long
//! as the object is reachable from the roots — the interpreter guarantees
//! that by collecting only at safe points (loop headers and calls), where
//! every live value is on the VM stack, in a global, a code constant, or in
//! the VM's list of temporary roots. Native code never collects.
//!
//! Using indices rather than pointers keeps the heap free of `unsafe`: a
//! logic error (a ref kept past a collection) gives a wrong object or a
//! panic, never undefined behaviour.

use crate::error::{ExcKind, OpResult, RawError};
use crate::object::Obj;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(u32);

impl ObjRef {
    pub fn from_index(i: u32) -> ObjRef {
        ObjRef(i)
    }
    pub fn index(self) -> u32 {
        self.0
    }
}

/// Collection starts after this many bytes were allocated since the last
/// one (or twice the live size, whichever is larger), so the cost of a
/// collection is paid for by at least as much allocation.
const MIN_GC_BYTES: usize = 4 << 20;

pub struct Heap {
    slots: Vec<Option<Obj>>,
    marks: Vec<bool>,
    free: Vec<u32>,
    /// Estimated bytes of the objects that survived the last collection.
    live_bytes: usize,
    /// Estimated bytes allocated (or grown) since the last collection.
    new_bytes: usize,
    /// Largest estimated heap size allowed; exceeding it is a MemoryError.
    limit: usize,
    /// `new_bytes` above this asks for a collection: the pacing threshold,
    /// or less when the limit is near. Recomputed after each collection.
    trigger: usize,
    /// Collect at every safe point after any allocation (tests the roots).
    pub stress: bool,
    pub stats: GcStats,
}

/// What the collector did, for `--gc-stats` and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct GcStats {
    pub collections: u64,
    /// Wall time spent collecting, in seconds: all pauses, and the longest.
    pub pause_total: f64,
    pub pause_max: f64,
    /// Largest estimated heap size seen at a collection or at the end.
    pub peak_bytes: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new(usize::MAX)
    }
}

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
            live_bytes: 0,
            new_bytes: 0,
            limit,
            trigger: MIN_GC_BYTES.min(limit),
            stress: false,
            stats: GcStats::default(),
        }
    }

    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.new_bytes += obj.approx_size();
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            ObjRef(i)
        } else {
            let i = self.slots.len();
            assert!(i < u32::MAX as usize, "heap slot index overflow");
            self.slots.push(Some(obj));
            self.marks.push(false);
            ObjRef(i as u32)
        }
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        match &self.slots[r.0 as usize] {
            Some(obj) => obj,
            None => panic!("use of a collected object (slot {})", r.0),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        match &mut self.slots[r.0 as usize] {
            Some(obj) => obj,
            None => panic!("use of a collected object (slot {})", r.0),
        }
    }

    /// Records that an object grew by about `bytes` (a list append), so
    /// collection pacing and the memory limit see it.
    #[inline]
    pub fn note_growth(&mut self, bytes: usize) {
        self.new_bytes += bytes;
    }

    /// Checks before a large allocation (sequence repetition, joins) that it
    /// fits under the limit, so `[0] * 10**12` is a MemoryError, not an
    /// attempt to allocate terabytes.
    pub fn reserve(&self, bytes: usize) -> OpResult<()> {
        if self.live_bytes.saturating_add(self.new_bytes).saturating_add(bytes) > self.limit {
            Err(RawError::new(ExcKind::MemoryError, ""))
        } else {
            Ok(())
        }
    }

    pub fn over_limit(&self) -> bool {
        self.live_bytes.saturating_add(self.new_bytes) > self.limit
    }

    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.retrigger();
    }

    fn retrigger(&mut self) {
        self.trigger = MIN_GC_BYTES
            .max(self.live_bytes)
            .min(self.limit.saturating_sub(self.live_bytes));
    }

    /// True when a safe point should collect.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.new_bytes > self.trigger || (self.stress && self.new_bytes > 0)
    }

    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    pub fn estimated_bytes(&self) -> usize {
        self.live_bytes + self.new_bytes
    }

    /// Marks everything reachable from `roots`, then frees the rest.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) {
        let started = std::time::Instant::now();
        self.note_peak();
        let mut work: Vec<u32> = Vec::new();
        let mark = |v: Value, marks: &mut Vec<bool>, work: &mut Vec<u32>| {
            if let Value::Obj(r) = v {
                let i = r.0 as usize;
                if !marks[i] {
                    marks[i] = true;
                    work.push(r.0);
                }
            }
        };
        for v in roots {
            mark(v, &mut self.marks, &mut work);
        }
        while let Some(i) = work.pop() {
            if let Some(obj) = &self.slots[i as usize] {
                let marks = &mut self.marks;
                obj.for_each_child(|v| mark(v, marks, &mut work));
            }
        }
        let mut live = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if self.marks[i] {
                self.marks[i] = false;
                if let Some(obj) = slot {
                    live += obj.approx_size();
                }
            } else if slot.take().is_some() {
                self.free.push(i as u32);
            }
        }
        self.live_bytes = live;
        self.new_bytes = 0;
        self.retrigger();
        let pause = started.elapsed().as_secs_f64();
        self.stats.collections += 1;
        self.stats.pause_total += pause;
        self.stats.pause_max = self.stats.pause_max.max(pause);
    }

    /// Folds the current estimated size into the peak.
    pub fn note_peak(&mut self) {
        self.stats.peak_bytes = self.stats.peak_bytes.max(self.estimated_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::StrObj;

    fn s(heap: &mut Heap, text: &str) -> Value {
        Value::Obj(heap.alloc(Obj::Str(StrObj::new(text.into()))))
    }

    #[test]
    fn unreachable_objects_are_freed_and_slots_reused() {
        let mut heap = Heap::default();
        let a = s(&mut heap, "a");
        let _b = s(&mut heap, "b");
        heap.collect([a]);
        assert_eq!(heap.live_objects(), 1);
        let c = s(&mut heap, "c");
        assert_eq!(c.as_obj().unwrap().index(), 1, "the freed slot is reused");
    }

    #[test]
    fn containers_keep_their_elements_alive_and_cycles_are_collected() {
        let mut heap = Heap::default();
        let x = s(&mut heap, "x");
        let list = heap.alloc(Obj::List(vec![x]));
        heap.collect([Value::Obj(list)]);
        assert_eq!(heap.live_objects(), 2);
        // A list that contains itself, reachable from nothing.
        if let Obj::List(items) = heap.get_mut(list) {
            items.push(Value::Obj(list));
        }
        heap.collect([]);
        assert_eq!(heap.live_objects(), 0);
    }

    #[test]
    fn deep_chains_are_marked_without_recursion() {
        let mut heap = Heap::default();
        let mut v = Value::None;
        for _ in 0..200_000 {
            v = Value::Obj(heap.alloc(Obj::List(vec![v])));
        }
        heap.collect([v]);
        assert_eq!(heap.live_objects(), 200_000);
    }

    #[test]
    fn reserve_refuses_what_exceeds_the_limit() {
        let heap = Heap::new(1000);
        assert!(heap.reserve(10).is_ok());
        assert_eq!(heap.reserve(10_000).unwrap_err().kind, ExcKind::MemoryError);
    }
}
