//! Limits that hold inside native code, not only at the interpreter's
//! safe points: the ticks a built-in charges for its work, the host stack
//! a script can make the engine use, the heap room a built-in asks for
//! before a large allocation, and the machine's memory as the default heap
//! limit.
//!
//! # Ticks for native work
//! A tick is the unit of the execution budget: one per loop iteration and
//! per call (see `Vm::tick`). A built-in that loops over data (`max` over a
//! range, `sorted`, `repr` of a nested list, `str * n`) charges ticks in
//! proportion to its work, before or while it does it, so a budget or an
//! interrupt stops `max(range(10**18))` as promptly as a `for` loop. The
//! rates are `ITEM_TICKS` per item visited and one tick per `BYTES_PER_TICK`
//! bytes copied in bulk. Built-ins are the same functions whether a loop is
//! interpreted or compiled, and the JIT hands its tick count to a built-in
//! it calls and takes it back (`jit/src/exit.rs`), so a budget stops a
//! script at the same tick with the JIT on or off.
//!
//! # Where a collection may run
//! A collection frees every object that no root reaches. The interpreter's
//! safe points (`Vm::tick`) are where every value the script can still use
//! is on the VM stack or in another root. Native code may hold values in
//! Rust locals that no root reaches (an item it took out of a list, a tuple
//! it just made), so it never collects behind its own back. It may ask for
//! a collection in two ways, each with a contract the caller keeps:
//! - `Vm::make_room(bytes)`, before a large allocation: a collection runs
//!   if the heap would pass its limit, and `MemoryError` only if it still
//!   would after. The caller holds no value that is not rooted; a built-in
//!   may call it before it has made or taken out anything, because its
//!   receiver and arguments stay on the VM stack while it runs
//!   (`Vm::call_native`), and an interpreter instruction before it pops its
//!   operands.
//! - `Vm::native_safe_point(ticks)`, inside a native loop whose every live
//!   value is rooted (on the VM stack or in `Vm::temp_roots`): a tick
//!   charge that may also collect, like the interpreter's own safe points.
//!
//! And the interpreter retries a built-in operator (`[0] * n`, `a + b`)
//! once after a collection when it fails with `MemoryError`: its operands
//! are still on the VM stack, and an operator that fails changes nothing.
//!
//! Everywhere else native code charges with `Vm::charge`, which never
//! collects: past the heap limit it raises `MemoryError`. No collection
//! runs while a compiled trace is running (`Vm::no_collect`): a trace's
//! values live in registers the collector cannot see.
//!
//! # Host stack
//! Script calls push frames on the VM's own stacks, never on the host's.
//! What still recurses on the host stack is bounded twice: by a depth
//! count with CPython's limit and message where CPython has one, and by
//! `StackBudget`, which measures the host stack actually used since the
//! engine was entered and stops the walk with a `RecursionError` before it
//! passes `Limits::host_stack` bytes (`STACK_BUDGET` unless the host gives
//! more). A host thread needs `MIN_HOST_STACK` bytes of stack for any
//! script under the default (the test suite runs every hostile script in a
//! thread of that size), and `MIN_HOST_STACK - STACK_BUDGET` beyond a
//! larger `host_stack`.

use std::sync::atomic::Ordering;

use crate::error::{ExcKind, OpResult, PyError, RawError};
use crate::value::Value;
use crate::vm::Vm;

/// Ticks a built-in charges per item it visits (compares, hashes, copies
/// one by one, formats).
pub const ITEM_TICKS: u64 = 1;

/// Bulk copies (`str * n`, `list * n`, joins) charge one tick per this
/// many bytes: a loop iteration of the interpreter costs about what
/// copying 256 bytes does.
pub const BYTES_PER_TICK: usize = 256;

/// The most host stack that the recursive walks a script controls (the
/// parser and emitter on nested source, a built-in calling back into the
/// script) may use, counted from where the engine was entered.
pub const STACK_BUDGET: usize = 160 << 10;

/// The host stack a thread that runs the engine needs: `STACK_BUDGET`, the
/// deepest path that does not recurse (the interpreter, a built-in, the
/// JIT's recorder and backend, about 40 KiB measured), and the host's own
/// frames below the engine.
pub const MIN_HOST_STACK: usize = 256 << 10;

/// The address of a byte in the caller's frame: where the host stack is
/// now (it grows down on every target Rumba runs on).
#[inline(never)]
pub fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// A bound on the host stack a recursive walk may use: the lowest address
/// it may reach.
#[derive(Clone, Copy, Debug)]
pub struct StackBudget {
    floor: usize,
}

impl StackBudget {
    /// `bytes` of stack from the caller's frame down.
    pub fn from_here(bytes: usize) -> StackBudget {
        StackBudget {
            floor: stack_position().saturating_sub(bytes),
        }
    }

    /// No bound at all (a walk that cannot nest deeply).
    pub fn unlimited() -> StackBudget {
        StackBudget { floor: 0 }
    }

    /// Whether the walk has used its stack.
    #[inline]
    pub fn exhausted(&self) -> bool {
        stack_position() < self.floor
    }
}

/// Values of room the VM stack keeps above its top when a frame is pushed
/// (a frame's locals and operands): the stack grows ahead of a call, by
/// doubling, and the growth is checked against the heap limit first.
pub const FRAME_HEADROOM: usize = 256;

/// Values the VM stack has room for from the start: enough for a compiled
/// trace's reserve (about 1300 values) above a shallow stack, so that
/// turning the JIT on does not change what a script's stacks count toward
/// the heap limit (and so where a script meets it).
pub const INITIAL_STACK: usize = 4096;

/// CPython's message when a walk nests too deeply for the C stack.
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded";

impl Vm {
    /// Charges `ticks` of native work: the budget, the interrupt flag and
    /// the heap limit are checked as at a safe point, but nothing is
    /// collected (see the module doc).
    #[inline]
    pub fn charge(&self, ticks: u64) -> OpResult<()> {
        let now = self.ticks.get().saturating_add(ticks);
        self.ticks.set(now);
        if now >= self.poll_at.get() {
            return self.poll_charged();
        }
        Ok(())
    }

    /// `charge` for copying `bytes` in bulk.
    #[inline]
    pub fn charge_bytes(&self, bytes: usize) -> OpResult<()> {
        self.charge((bytes / BYTES_PER_TICK) as u64)
    }

    /// `charge` from a native loop whose live values are all rooted: it may
    /// also collect, as the interpreter's safe points do.
    #[inline]
    pub fn native_safe_point(&mut self, ticks: u64) -> OpResult<()> {
        let now = self.ticks.get().saturating_add(ticks);
        self.ticks.set(now);
        if now >= self.poll_at.get() || self.heap.wants_collection() {
            self.check_budget_and_interrupt()?;
            if self.heap.wants_collection() && self.no_collect == 0 {
                self.collect_garbage();
            }
            return self.check_heap_limit();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn poll_charged(&self) -> OpResult<()> {
        self.check_budget_and_interrupt()?;
        self.check_heap_limit()
    }

    fn check_heap_limit(&self) -> OpResult<()> {
        if self.heap.over_limit() {
            return Err(RawError::new(ExcKind::MemoryError, ""));
        }
        Ok(())
    }

    /// Whether the run has spent its budget (so an error now may be the
    /// budget's, which must reach the host as it is).
    pub(crate) fn budget_spent(&self) -> bool {
        self.limits.budget.is_some_and(|b| self.ticks.get() > b)
    }

    /// The budget and the interrupt flag, and the next tick to look at
    /// them again. The flag is left set: an interrupt ends the whole run
    /// (every later check sees it too, so a built-in that a trace called
    /// and the interpreter then redoes stops as well), and the next run
    /// starts by clearing it (`Vm::begin_run`).
    pub(crate) fn check_budget_and_interrupt(&self) -> OpResult<()> {
        /// Ticks between looks at the interrupt flag: an atomic load per
        /// loop iteration is measurable, and a thousand iterations are
        /// microseconds.
        const POLL_INTERVAL: u64 = 1024;
        if let Some(budget) = self.limits.budget {
            if self.ticks.get() > budget {
                if let Some(spent) = self.budget_spent_at.take() {
                    self.ticks.set(spent);
                }
                return Err(RawError::new(ExcKind::RuntimeError, "execution budget exhausted"));
            }
        }
        let budget_next = self.limits.budget.map_or(u64::MAX, |b| b.saturating_add(1));
        self.poll_at
            .set(self.ticks.get().saturating_add(POLL_INTERVAL).min(budget_next));
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(RawError::new(ExcKind::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    /// Grows the VM's value and frame stacks ahead of a call: the value
    /// stack doubles, the frame stack keeps a frame per value slot (every
    /// frame holds at least its callee's slot, so it never needs more),
    /// and the memory both take is counted on the heap: a recursion limit
    /// raised to millions of frames meets the heap limit, not the host's.
    /// One capacity check per call, in `push_frame`.
    #[cold]
    #[inline(never)]
    pub(crate) fn grow_stacks(&mut self, room: usize) -> OpResult<()> {
        let needed = self.stack.len() + room;
        let cap = needed.max(self.stack.capacity() * 2);
        let values = (cap - self.stack.capacity()) * std::mem::size_of::<Value>();
        let frames = cap.saturating_sub(self.frames.capacity()) * std::mem::size_of::<crate::vm::Frame>();
        self.heap.hold(values + frames)?;
        self.stack.reserve_exact(cap - self.stack.len());
        self.frames.reserve_exact(cap - self.frames.len());
        Ok(())
    }

    /// Room for `bytes` more on the heap before a large allocation: a
    /// collection first if they do not fit, then `MemoryError` if they
    /// still do not. The caller must hold no value that is not rooted (see
    /// the module doc).
    pub fn make_room(&mut self, bytes: usize) -> OpResult<()> {
        if self.heap.reserve(bytes).is_ok() {
            return Ok(());
        }
        // Objects made before the last collection may have died since, so
        // a collection can help even when nothing new was made.
        if self.no_collect == 0 {
            self.collect_garbage();
        }
        self.heap.reserve(bytes)
    }

    /// Starts a run of the host's (a module, an interactive entry, a call
    /// from the host): an interrupt that arrived while no script ran is
    /// dropped, the host stack is measured from here, and garbage a failed
    /// run left (the list that did not fit before a `MemoryError`) is
    /// collected, so an engine is usable again after any error.
    pub(crate) fn begin_run(&mut self) {
        // A run the host compiled just before began there (`begin_compile`).
        if !std::mem::replace(&mut self.in_run, true) {
            self.interrupt.store(false, Ordering::Relaxed);
        }
        self.poll_at.set(0);
        self.stack_budget = StackBudget::from_here(self.limits.host_stack);
        if self.heap.wants_collection() || self.heap.over_limit() {
            self.collect_garbage();
        }
        crate::modules::reset_argv(self);
    }

    /// Ends a run of the host's: an interrupt that came too late to stop
    /// it does not stop the next one.
    pub fn end_run(&mut self) {
        self.in_run = false;
        self.interrupt.store(false, Ordering::Relaxed);
        // A trace's host call outcome the run ended before redoing (an
        // interrupt, an error) must not answer a later call.
        self.pending_call = None;
        self.budget_spent_at.set(None);
    }

    /// The host starts a run by compiling its source: an interrupt from
    /// now on stops the compile or the run that follows it.
    pub fn begin_compile(&mut self) {
        self.interrupt.store(false, Ordering::Relaxed);
        self.poll_at.set(0);
        self.in_run = true;
    }

    /// A `RecursionError` if the host stack used since the run began is
    /// near `STACK_BUDGET` (a built-in called back into a script that calls
    /// a built-in that ...).
    pub(crate) fn check_host_stack(&self) -> OpResult<()> {
        if self.stack_budget.exhausted() {
            return Err(RawError::new(ExcKind::RecursionError, RECURSION_MSG));
        }
        Ok(())
    }
}

/// What compiling may spend, asked as the compiler goes: `ticks` of work
/// and `bytes` more memory held (tokens, tree nodes, instructions). An
/// error stops the compile with that exception: the budget's, an
/// interrupt, `MemoryError`.
pub trait CompileMeter {
    fn charge(&self, ticks: u64, bytes: usize) -> OpResult<()>;
}

/// A compile with no limits.
pub struct Unmetered;

impl CompileMeter for Unmetered {
    fn charge(&self, _: u64, _: usize) -> OpResult<()> {
        Ok(())
    }
}

/// A compile charged to a VM: ticks to its budget (and its interrupt flag),
/// bytes held on its heap until the meter is dropped, when the compile's
/// tokens and tree are gone.
pub struct VmMeter<'v> {
    vm: &'v Vm,
    held: std::cell::Cell<usize>,
}

impl<'v> VmMeter<'v> {
    pub fn new(vm: &'v Vm) -> VmMeter<'v> {
        VmMeter {
            vm,
            held: std::cell::Cell::new(0),
        }
    }
}

impl CompileMeter for VmMeter<'_> {
    fn charge(&self, ticks: u64, bytes: usize) -> OpResult<()> {
        self.vm.heap.hold(bytes)?;
        self.held.set(self.held.get() + bytes);
        self.vm.charge(ticks)
    }
}

impl Drop for VmMeter<'_> {
    fn drop(&mut self) {
        self.vm.heap.unhold(self.held.get());
    }
}

/// Values a built-in gathers before it makes a list or tuple of them
/// (`list(it)`, `sorted(it)`, `str.join(it)`). The buffer counts toward
/// the heap limit while it lives, and each time it grows the bigger buffer
/// is checked against the limit before it is allocated. Made by `gather`,
/// which gives the count back however the gathering ends.
#[derive(Default)]
pub struct Gathered {
    items: Vec<Value>,
    held: usize,
}

impl Gathered {
    pub fn push(&mut self, vm: &Vm, v: Value) -> Result<(), PyError> {
        if self.items.len() == self.items.capacity() {
            let more = self.items.capacity().max(8);
            let bytes = more * std::mem::size_of::<Value>();
            vm.heap.hold(bytes)?;
            self.held += bytes;
            self.items.reserve_exact(more);
        }
        self.items.push(v);
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Runs `fill` on an empty `Gathered` and returns its values.
pub fn gather(
    vm: &mut Vm,
    fill: impl FnOnce(&mut Vm, &mut Gathered) -> Result<(), PyError>,
) -> Result<Vec<Value>, PyError> {
    let mut gathered = Gathered::default();
    let result = fill(vm, &mut gathered);
    vm.heap.unhold(gathered.held);
    result.map(|()| gathered.items)
}

/// The default heap limit: the machine's memory, or less where the process
/// is given less (a cgroup's memory limit, or half an address-space limit
/// such as `ulimit -v`, which also has to hold code, stacks and the
/// allocator's own reserves). 4 GiB where none of these can be read.
pub fn machine_memory() -> usize {
    const FALLBACK: usize = 4 << 30;
    let total = meminfo_total().unwrap_or(FALLBACK);
    [cgroup_limit(), address_space_limit().map(|b| b / 2)]
        .into_iter()
        .flatten()
        .fold(total, usize::min)
}

fn meminfo_total() -> Option<usize> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// cgroup v2's `memory.max`, or v1's `memory.limit_in_bytes` ("max" or an
/// absurd number mean no limit).
fn cgroup_limit() -> Option<usize> {
    [
        "/sys/fs/cgroup/memory.max",
        "/sys/fs/cgroup/memory/memory.limit_in_bytes",
    ]
    .iter()
    .filter_map(|path| std::fs::read_to_string(path).ok())
    .filter_map(|text| text.trim().parse::<usize>().ok())
    .find(|&bytes| bytes < 1 << 60)
}

/// The soft `RLIMIT_AS`, from `/proc/self/limits` ("Max address space").
fn address_space_limit() -> Option<usize> {
    let text = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = text.lines().find(|l| l.starts_with("Max address space"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stack_budget_sees_recursion() {
        fn depth_reached(budget: &StackBudget, depth: usize) -> usize {
            if budget.exhausted() {
                return depth;
            }
            let pad = std::hint::black_box([0u8; 256]);
            depth_reached(budget, depth + 1) + (pad[0] as usize)
        }
        let budget = StackBudget::from_here(64 << 10);
        let depth = depth_reached(&budget, 0);
        // Each level takes at least the 256-byte pad, so 64 KiB allow at
        // most 256 levels; and the budget is not used up at once.
        assert!(depth > 16 && depth <= 256, "stopped at depth {depth}");
        assert!(!StackBudget::unlimited().exhausted());
    }

    #[test]
    fn machine_memory_is_plausible() {
        let bytes = machine_memory();
        assert!(bytes >= 64 << 20, "{bytes}");
    }
}
