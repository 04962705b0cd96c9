//! The runtime side of native code: the context block traces work on,
//! the helper functions they call, and rebuilding the interpreter's state
//! at an exit.
//!
//! Helpers follow one convention: `extern "C" fn(ctx, a, b, c) -> Pair`,
//! where `ok == 0` means "do not continue": the helper changed nothing and
//! the trace exits so the interpreter redoes the instruction (and raises,
//! if that is what happens). Boxed arguments (values of any type) travel
//! in `Ctx::args`.

use std::sync::atomic::{AtomicBool, Ordering};

use rumba_vm::bytecode::{CodeId, CompareKind, Opcode};
use rumba_vm::heap::ObjRef;
use rumba_vm::numeric::{self, Num};
use rumba_vm::object::{Obj, ObjMut, RangeIterObj, Storage};
use rumba_vm::value::Value;
use rumba_vm::vm::Frame;
use rumba_vm::vm::Vm;
use smallvec::SmallVec;

use crate::backend::x64::VirtualTuple;
use crate::ir::{Helper, SnapFrame, Snapshot};

/// Boxed arguments a helper call can take (a built-in's arguments).
pub const MAX_NATIVE_ARGS: usize = 8;

/// Spill slots: one per IR value, so a trace can never run out.
pub const SPILL_SLOTS: usize = crate::params::MAX_RECORD + 64;

/// What native code reads and writes beside the VM stack; r13 points here
/// while a trace runs.
#[repr(C)]
pub struct Ctx {
    pub vm: *mut Vm,
    /// Ticks the trace may count before it must look at the world again:
    /// each tick is one `sub` of this word and a branch on its sign. When
    /// it runs out, `refuel` decides whether the run goes on (another
    /// stretch of fuel) or exits to the interpreter's safe point.
    pub fuel: i64,
    /// The VM's tick count when `fuel` reaches 0: the count now is
    /// `fuel_end - fuel` (see `ticks`).
    pub fuel_end: u64,
    /// Ticks may not pass this (the budget, or u64::MAX).
    pub budget: u64,
    /// Set by a helper that wants the interpreter's next safe point (a
    /// collection); it also empties the fuel so the next tick looks.
    pub stop: bool,
    /// The tick count when the operator whose special method runs inline
    /// began (`Op::MarkTicks`). An exit that redoes the operator goes back
    /// to it: the built-ins inside it may have charged ticks (hashing a
    /// tuple key), which the interpreter's redo charges again.
    pub operator_ticks: u64,
    pub interrupt: *const AtomicBool,
    /// The VM's global slots.
    pub globals: *mut Value,
    pub args: [Value; MAX_NATIVE_ARGS],
    pub spill: [u64; SPILL_SLOTS],
    /// Where the moves at a peeled loop's back edge park values, so a
    /// move never overwrites a value another move still reads.
    pub moves: [u64; SPILL_SLOTS],
    /// Where the refuel routine keeps the registers a call clobbers.
    pub saved: [u64; SAVED_REGS],
}

/// The caller-saved registers values may live in: five general, fourteen XMM.
pub const SAVED_REGS: usize = 5 + 14;

/// The most ticks a trace counts between two looks at the interrupt flag:
/// a host's interrupt stops compiled code within this many ticks.
pub const FUEL_STRETCH: u64 = 1 << 10;

impl Ctx {
    /// The VM's tick count as the running trace has counted it.
    pub fn ticks(&self) -> u64 {
        self.fuel_end.wrapping_sub(self.fuel as u64)
    }

    /// Sets the tick count to `ticks` and gives the trace fuel up to the
    /// budget, at most `FUEL_STRETCH` or `want` if more (none if `stop` is
    /// set).
    pub fn set_ticks(&mut self, ticks: u64, want: u64) {
        let fuel = if self.stop {
            0
        } else {
            self.budget.saturating_sub(ticks).min(FUEL_STRETCH.max(want))
        };
        self.fuel = fuel as i64;
        self.fuel_end = ticks.wrapping_add(fuel);
    }
}

impl Ctx {
    pub fn new() -> Box<Ctx> {
        Box::new(Ctx {
            vm: std::ptr::null_mut(),
            fuel: 0,
            fuel_end: 0,
            budget: u64::MAX,
            stop: false,
            operator_ticks: 0,
            interrupt: std::ptr::null(),
            globals: std::ptr::null_mut(),
            args: [Value::Undef; MAX_NATIVE_ARGS],
            spill: [0; SPILL_SLOTS],
            moves: [0; SPILL_SLOTS],
            saved: [0; SAVED_REGS],
        })
    }
}

/// Field offsets for the backend.
pub mod offsets {
    use super::Ctx;
    pub const VM: i32 = std::mem::offset_of!(Ctx, vm) as i32;
    pub const FUEL: i32 = std::mem::offset_of!(Ctx, fuel) as i32;
    pub const FUEL_END: i32 = std::mem::offset_of!(Ctx, fuel_end) as i32;
    pub const OPERATOR_TICKS: i32 = std::mem::offset_of!(Ctx, operator_ticks) as i32;
    pub const GLOBALS: i32 = std::mem::offset_of!(Ctx, globals) as i32;
    pub const ARGS: i32 = std::mem::offset_of!(Ctx, args) as i32;
    pub const SPILL: i32 = std::mem::offset_of!(Ctx, spill) as i32;
    pub const MOVES: i32 = std::mem::offset_of!(Ctx, moves) as i32;
    pub const SAVED: i32 = std::mem::offset_of!(Ctx, saved) as i32;
}

/// A helper's answer, returned in rax:rdx.
#[repr(C)]
pub struct Pair {
    pub ok: u64,
    pub bits: u64,
}

const FAIL: Pair = Pair { ok: 0, bits: 0 };

fn ok(bits: u64) -> Pair {
    Pair { ok: 1, bits }
}

/// The payload word of a value, as native code holds it.
pub fn bits_of(v: Value) -> u64 {
    match v {
        Value::Int(i) => i as u64,
        Value::Float(f) => f.to_bits(),
        Value::Bool(b) => b as u64,
        Value::Obj(r) => r.addr(),
        Value::None | Value::Undef => 0,
    }
}

/// A value from its tag and payload word.
pub fn value_of(tag: u64, bits: u64) -> Value {
    use rumba_vm::value::tag as t;
    match tag {
        t::NONE => Value::None,
        t::BOOL => Value::Bool(bits != 0),
        t::INT => Value::Int(bits as i64),
        t::FLOAT => Value::Float(f64::from_bits(bits)),
        // SAFETY: a payload with the object tag is the address of a live
        // object: compiled code only ever copies such payloads around.
        t::OBJ => Value::Obj(unsafe { ObjRef::from_addr(bits) }),
        _ => Value::Undef,
    }
}

fn tag_of(v: Value) -> u64 {
    use rumba_vm::value::tag as t;
    match v {
        Value::Undef => t::UNDEF,
        Value::None => t::NONE,
        Value::Bool(_) => t::BOOL,
        Value::Int(_) => t::INT,
        Value::Float(_) => t::FLOAT,
        Value::Obj(_) => t::OBJ,
    }
}

/// The VM behind a context.
///
/// # Safety
/// `ctx` must be the context `run` set up for the trace now running: its
/// `vm` points at the VM whose `&mut` the hook holds for the whole run,
/// and no other reference to that VM is used while native code runs.
///
/// The VM's tick count is set to the trace's, so what the helper's work
/// charges counts from there (see `settle`).
unsafe fn vm_of<'a>(ctx: *mut Ctx) -> &'a mut Vm {
    // SAFETY: see the function's contract.
    let vm = unsafe { &mut *(*ctx).vm };
    // SAFETY: as above.
    vm.ticks.set(unsafe { (*ctx).ticks() });
    vm
}

/// The object a trace passed to a helper.
fn obj(bits: u64) -> ObjRef {
    // SAFETY: traces pass helpers only payloads of `Ty::Obj` values, the
    // addresses of live objects.
    unsafe { ObjRef::from_addr(bits) }
}

/// After a VM operation done for a trace succeeded: the ticks its work
/// charged go to the trace's count (a budget stops at the same tick as in
/// the interpreter), and a collection is requested if it allocated past
/// the pacing threshold. A helper that fails does not settle: the exit
/// redoes the operation in the interpreter, which charges it again.
fn settle(ctx: *mut Ctx, vm: &Vm) {
    // SAFETY: ctx is the live context (helpers are only called by traces,
    // which pass their own); it is a separate allocation from the VM that
    // `vm` borrows, and no other reference to it exists while the helper
    // runs, so this exclusive borrow aliases nothing.
    let ctx = unsafe { &mut *ctx };
    if vm.wants_collection() {
        ctx.stop = true;
    }
    // The fuel may go below zero here (the helper's work can pass the
    // stretch's end): the next tick then asks `refuel`, which settles it.
    ctx.fuel = ctx.fuel_end.wrapping_sub(vm.ticks.get()) as i64;
    if ctx.stop {
        ctx.set_ticks(vm.ticks.get(), 0);
    }
}

/// Called by compiled code when a tick of `n` finds too little fuel: more
/// fuel (1, the tick is retried) unless the budget is spent, an interrupt
/// is pending or a helper asked for a safe point (0: the trace exits to
/// the interpreter, which stops, raises or collects at this very tick).
pub(crate) extern "C" fn refuel(ctx: *mut Ctx, n: u64) -> u64 {
    // SAFETY: called only from a running trace with its own context, which
    // no other reference touches while native code runs.
    let ctx = unsafe { &mut *ctx };
    let ticks = ctx.ticks();
    let go_on = !ctx.stop && !interrupted(ctx) && ctx.budget.saturating_sub(ticks) >= n;
    if !go_on {
        ctx.stop = true;
    }
    ctx.set_ticks(ticks, n);
    go_on as u64
}

extern "C" fn seq_get(ctx: *mut Ctx, seq: u64, index: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let Some(items) = vm.heap.seq_items(obj(seq)) else {
        return FAIL;
    };
    let n = items.len() as i64;
    let k = index as i64;
    let i = if k < 0 { k.wrapping_add(n) } else { k };
    if i < 0 || i >= n {
        return FAIL;
    }
    let v = items.get(i as usize);
    if tag_of(v) != tag {
        return FAIL;
    }
    ok(bits_of(v))
}

extern "C" fn list_set(ctx: *mut Ctx, list: u64, index: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value into args[0] just before the call.
    let value = unsafe { (*ctx).args[0] };
    let Some(n) = vm.heap.list(obj(list)).map(|l| l.len() as i64) else {
        return FAIL;
    };
    let k = index as i64;
    let i = if k < 0 { k.wrapping_add(n) } else { k };
    if i < 0 || i >= n {
        return FAIL;
    }
    // A store that switches the list to object storage grows its buffer.
    let stored = vm
        .heap
        .grow_list(obj(list), Storage::of(value), 0, |l| l.set(i as usize, value));
    if stored.is_err() {
        return FAIL;
    }
    settle(ctx, vm);
    ok(0)
}

/// `Op::ListAppend`'s way when the item does not fit in place (the
/// backend's append routine calls it, every register kept).
pub(crate) extern "C" fn list_append(ctx: *mut Ctx, list: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value into args[0] just before the call.
    let value = unsafe { (*ctx).args[0] };
    // Past the heap limit, the interpreter redoes the append and raises.
    let pushed = vm.heap.append(obj(list), value);
    if !matches!(pushed, Ok(Some(()))) {
        return FAIL;
    }
    settle(ctx, vm);
    ok(0)
}

extern "C" fn list_extend(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the list and the iterable into args just
    // before the call.
    let (list, items) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    // An iterable that needs the script (a generator, an `__iter__`) is
    // refused before anything is appended; the interpreter redoes it.
    let result = vm.list_extend_for_jit(list, items);
    done(ctx, vm, result)
}

extern "C" fn iter_done(ctx: *mut Ctx, it: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    if vm.iter_exhausted(obj(it)) != Some(true) {
        return FAIL;
    }
    // The interpreter's own last step: it leaves the iterators as the
    // interpreter does at the end (a list iterator's position moves on,
    // zip steps the iterators before the exhausted one).
    match vm.iter_next(obj(it)) {
        Ok(None) => ok(0),
        _ => FAIL,
    }
}

extern "C" fn gen_finish(ctx: *mut Ctx, g: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    vm.generator_finished_for_jit(obj(g));
    ok(0)
}

/// In `call_native`'s argument count: the call has keywords, and the
/// boxed argument after the counted ones is the tuple of their names.
pub const NAMED_ARGS: u64 = 1 << 32;

extern "C" fn call_native(ctx: *mut Ctx, callee: u64, nargs: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote nargs (<= MAX_NATIVE_ARGS) values into args,
    // one more (the names) with NAMED_ARGS; they are copied out as in
    // `call_with_effects`.
    let args: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    let n = (nargs & !NAMED_ARGS) as usize;
    let callee = Value::Obj(obj(callee));
    let result = match args.get(n) {
        Some(&Value::Obj(names)) if nargs & NAMED_ARGS != 0 => vm.call_native_named_for_jit(callee, &args[..n], names),
        _ => vm.call_native_for_jit(callee, &args[..n]),
    };
    checked(ctx, vm, result, tag)
}

extern "C" fn call_host(ctx: *mut Ctx, callee: u64, nargs: u64, tag: u64) -> Pair {
    call_with_effects(ctx, callee, nargs, tag, Vm::call_host_for_jit)
}

extern "C" fn call_native_method(ctx: *mut Ctx, callee: u64, nargs: u64, tag: u64) -> Pair {
    call_with_effects(ctx, callee, nargs, tag, Vm::call_native_method_for_jit)
}

extern "C" fn call_native_once(ctx: *mut Ctx, callee: u64, nargs: u64, tag: u64) -> Pair {
    call_with_effects(ctx, callee, nargs, tag, Vm::call_native_once_for_jit)
}

extern "C" fn memo_hit(ctx: *mut Ctx, wrapper: u64, nargs: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote nargs (<= MAX_NATIVE_ARGS) values into
    // args; copied out as in `call_with_effects`.
    let args: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    // A miss changes nothing, and the ticks the lookup charged are not
    // settled: the interpreter's call charges them again.
    match vm.memo_hit_for_jit(obj(wrapper), &args[..nargs as usize], |v| tag_of(v) == tag) {
        Ok(Some(v)) => checked(ctx, vm, Ok(v), tag),
        Ok(None) => FAIL,
        Err(e) => checked(ctx, vm, Err(e), tag),
    }
}

/// A call that must run exactly once (its effects): when what it gives
/// is not what the trace goes on with, the outcome waits for the
/// interpreter, which redoes the call at the exit without calling again.
fn call_with_effects(
    ctx: *mut Ctx,
    callee: u64,
    nargs: u64,
    tag: u64,
    call: fn(&mut Vm, Value, &[Value]) -> Result<Value, rumba_vm::error::PyError>,
) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote nargs (<= MAX_NATIVE_ARGS) values into args;
    // they are copied out (the context is not the VM's memory, but the
    // copy keeps the two borrows apart).
    let args: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    let callee = Value::Obj(obj(callee));
    match call(vm, callee, &args[..nargs as usize]) {
        Ok(v) if tag_of(v) == tag => {
            settle(ctx, vm);
            ok(bits_of(v))
        }
        // The call ran: the exit's interpreter must not run it again, but
        // take this outcome (a value of another type, or an exception).
        outcome => {
            vm.stash_call_outcome(callee, outcome);
            FAIL
        }
    }
}

fn float_result(r: Result<f64, impl Sized>) -> Pair {
    match r {
        Ok(f) => ok(f.to_bits()),
        Err(_) => FAIL,
    }
}

extern "C" fn float_mod(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    float_result(numeric::float_mod(f64::from_bits(a), f64::from_bits(b)))
}

extern "C" fn float_floordiv(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    float_result(numeric::float_floordiv(f64::from_bits(a), f64::from_bits(b)))
}

/// `a ** b` as compiled code calls it (floats in xmm0 and xmm1, the C
/// ABI): the C library's `pow`, as CPython's float power calls it.
pub(crate) extern "C" fn pow(a: f64, b: f64) -> f64 {
    a.powf(b)
}

extern "C" fn int_pow(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    // A float result, a big int or an error: the interpreter redoes it.
    match numeric::int_pow(a as i64, b as i64) {
        Ok(Some(Num::Int(i))) => ok(i as u64),
        _ => FAIL,
    }
}

extern "C" fn int_shl(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    match numeric::int_lshift(a as i64, b as i64) {
        Ok(Some(i)) => ok(i as u64),
        _ => FAIL,
    }
}

extern "C" fn int_truediv(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    float_result(numeric::int_truediv(a as i64, b as i64))
}

extern "C" fn get_iter(ctx: *mut Ctx, v: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.get_iter(Value::Obj(obj(v))) {
        Ok(Value::Obj(r)) => {
            settle(ctx, vm);
            ok(r.addr())
        }
        _ => FAIL,
    }
}

extern "C" fn range_iter(ctx: *mut Ctx, start: u64, stop: u64, step: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    if step == 0 {
        return FAIL;
    }
    let r = vm.heap.alloc(RangeIterObj::new(start as i64, stop as i64, step as i64));
    settle(ctx, vm);
    ok(r.addr())
}

extern "C" fn cell_get(ctx: *mut Ctx, cell: u64, tag: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.heap.get(obj(cell)) {
        Obj::Cell(c) if tag_of(c.value) == tag => ok(bits_of(c.value)),
        _ => FAIL,
    }
}

extern "C" fn cell_set(ctx: *mut Ctx, cell: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value into args[0] just before the call.
    let value = unsafe { (*ctx).args[0] };
    match vm.heap.get_mut(obj(cell)) {
        ObjMut::Cell(c) => {
            c.value = value;
            ok(0)
        }
        _ => FAIL,
    }
}

/// `checked`'s tag for a call the trace expects to raise: any value it
/// gives is a success (which the trace exits on).
pub const ANY_TAG: u64 = u64::MAX;

/// `checked` for a runtime function whose work is its effect: the trace
/// goes on when it succeeded and exits when it failed (the error kept, as
/// `checked` keeps it: one the budget ended keeps its count at the exit).
fn done(ctx: *mut Ctx, vm: &mut Vm, result: Result<(), rumba_vm::error::PyError>) -> Pair {
    match result {
        Ok(()) => {
            settle(ctx, vm);
            ok(0)
        }
        Err(e) => {
            vm.note_error_for_jit(e);
            FAIL
        }
    }
}

/// A result that passed its tag check, with a collection requested if the
/// operation allocated past the pacing threshold; an error is kept for a
/// `catch` that may follow.
fn checked(ctx: *mut Ctx, vm: &mut Vm, result: Result<Value, rumba_vm::error::PyError>, tag: u64) -> Pair {
    match result {
        Ok(v) if tag == ANY_TAG || tag_of(v) == tag => {
            vm.clear_error_for_jit();
            settle(ctx, vm);
            ok(bits_of(v))
        }
        Ok(_) => {
            vm.clear_error_for_jit();
            FAIL
        }
        Err(e) => {
            vm.note_error_for_jit(e);
            FAIL
        }
    }
}

extern "C" fn catch(ctx: *mut Ctx, pc: u64, kind: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let Some(&kind) = rumba_vm::error::ExcKind::ALL.get(kind as usize) else {
        return FAIL;
    };
    match vm.catch_for_jit(pc as usize, kind) {
        Some(exc) => {
            settle(ctx, vm);
            ok(bits_of(exc))
        }
        None => FAIL,
    }
}

extern "C" fn binary(ctx: *mut Ctx, op: u64, arg: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote both operands into args just before the call.
    let (a, b) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let Some(&op) = Opcode::ALL.get(op as usize) else {
        return FAIL;
    };
    let result = vm.binary_for_jit(op, arg as u32, a, b);
    checked(ctx, vm, result, tag)
}

extern "C" fn contains(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote both operands into args just before the call.
    let (needle, container) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    match vm.contains(container, needle) {
        Ok(found) => {
            settle(ctx, vm);
            ok(found as u64)
        }
        // `x in iterator` takes items as it goes: see `done`.
        Err(e) => {
            vm.note_error_for_jit(e.into());
            FAIL
        }
    }
}

extern "C" fn compare(ctx: *mut Ctx, cmp: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote both operands into args just before the call.
    let (a, b) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    match vm.compare_plain(CompareKind::from_index(cmp as usize), a, b) {
        Ok(holds) => {
            // Comparing containers ticks per item.
            settle(ctx, vm);
            ok(holds as u64)
        }
        Err(_) => FAIL,
    }
}

extern "C" fn get_item(ctx: *mut Ctx, tag: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote both operands into args just before the call.
    let (container, index) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let result = vm.get_item(container, index);
    checked(ctx, vm, result, tag)
}

extern "C" fn match_sequence(ctx: *mut Ctx, n: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the subject into args just before the call.
    let subject = unsafe { (*ctx).args[0] };
    let result = vm.match_sequence(subject, n as u32);
    truth(ctx, vm, result)
}

extern "C" fn match_mapping(ctx: *mut Ctx, n: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the subject into args just before the call.
    let subject = unsafe { (*ctx).args[0] };
    let result = vm.match_mapping(subject, n as u32);
    truth(ctx, vm, result)
}

/// A runtime function's yes or no as the trace's bool.
fn truth(ctx: *mut Ctx, vm: &Vm, result: Result<bool, rumba_vm::error::PyError>) -> Pair {
    match result {
        Ok(b) => {
            settle(ctx, vm);
            ok(b as u64)
        }
        Err(_) => FAIL,
    }
}

extern "C" fn match_keys(ctx: *mut Ctx, rest: u64, tag: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the mapping and the keys into args.
    let (subject, keys) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let result = vm.match_keys(subject, keys, rest == 1);
    checked(ctx, vm, result, tag)
}

extern "C" fn match_class(ctx: *mut Ctx, nargs: u64, tag: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the subject, the class and the names into args.
    let [subject, cls, names] = unsafe { [(*ctx).args[0], (*ctx).args[1], (*ctx).args[2]] };
    let result = vm.match_class(subject, cls, nargs as usize, names);
    checked(ctx, vm, result, tag)
}

extern "C" fn dict_set(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the three operands into args just before.
    let (dict, key, value) = unsafe { ((*ctx).args[0], (*ctx).args[1], (*ctx).args[2]) };
    let Some(d) = dict.as_obj() else { return FAIL };
    // Hashing and the size check come before any change, so a failure
    // leaves the dict as it was for the interpreter to redo the store.
    let result = vm.dict_set(d, key, value);
    done(ctx, vm, result)
}

extern "C" fn new_slice(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the three bounds into args just before.
    let bounds = unsafe { [(*ctx).args[0], (*ctx).args[1], (*ctx).args[2]] };
    let result = vm.new_slice_for_jit(bounds);
    checked(ctx, vm, result, rumba_vm::value::tag::OBJ)
}

extern "C" fn bytearray_set(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the three operands into args just before.
    let (ba, index, value) = unsafe { ((*ctx).args[0], (*ctx).args[1], (*ctx).args[2]) };
    // The index and the byte are checked before the store, so a failure
    // leaves the bytearray as it was for the interpreter to redo it.
    let result = vm.set_item(ba, index, value);
    done(ctx, vm, result)
}

extern "C" fn call_method(ctx: *mut Ctx, method: u64, nargs: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the recorder passed a method pointer `Vm::method_for_jit`
    // gave it, as a word; it is the same function pointer type.
    let method: rumba_vm::native::NativeMethodPtr = unsafe { std::mem::transmute(method as usize) };
    // SAFETY: the trace wrote the receiver and nargs - 1 arguments
    // (1 <= nargs <= MAX_NATIVE_ARGS; with NAMED_ARGS, the names after
    // them, as `call_native` takes them) into args; copied out as in
    // `call_with_effects`.
    let args: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    let n = (nargs & !NAMED_ARGS) as usize;
    let result = match args.get(n) {
        Some(&Value::Obj(names)) if nargs & NAMED_ARGS != 0 => match vm.keywords_for_jit(&args[1..n], names) {
            Ok((npos, kwargs)) => method(vm, args[0], &args[1..1 + npos], &kwargs),
            Err(e) => Err(e),
        },
        _ => method(vm, args[0], &args[1..n], &[]),
    };
    checked(ctx, vm, result, tag)
}

extern "C" fn call_method_once(ctx: *mut Ctx, method: u64, nargs: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: as in `call_method`: a pointer `Vm::method_for_jit` gave.
    let method: rumba_vm::native::NativeMethodPtr = unsafe { std::mem::transmute(method as usize) };
    // SAFETY: the trace wrote the receiver and nargs - 1 arguments
    // (1 <= nargs <= MAX_NATIVE_ARGS, no keywords) into args; copied out
    // as in `call_with_effects`.
    let args: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    let n = nargs as usize;
    match vm.call_method_once_for_jit(method, args[0], &args[1..n]) {
        Ok(v) if tag_of(v) == tag => {
            vm.clear_error_for_jit();
            settle(ctx, vm);
            ok(bits_of(v))
        }
        // The call ran: the interpreter's redo at the exit takes this
        // outcome instead of calling again.
        outcome => {
            vm.stash_method_outcome(method, args[0], outcome);
            FAIL
        }
    }
}

extern "C" fn slice(ctx: *mut Ctx, tag: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the four operands into args just before.
    let [c, lower, upper, step] = unsafe { [(*ctx).args[0], (*ctx).args[1], (*ctx).args[2], (*ctx).args[3]] };
    let result = vm.get_slice(c, lower, upper, step);
    checked(ctx, vm, result, tag)
}

extern "C" fn format_value(ctx: *mut Ctx, conversion: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value and the spec into args.
    let (v, spec) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let result = vm.format_for_jit(v, conversion as u32, spec);
    checked(ctx, vm, result, rumba_vm::value::tag::OBJ)
}

extern "C" fn build_string(ctx: *mut Ctx, n: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote n (<= MAX_NATIVE_ARGS) strs into args;
    // copied out as in `call_with_effects`.
    let parts: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    let s = vm.build_string(&parts[..n as usize]).map_err(Into::into);
    checked(ctx, vm, s, rumba_vm::value::tag::OBJ)
}

extern "C" fn concat_strs(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote both operands into args just before the call.
    let (a, b) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    match vm.concat_if_strs(a, b) {
        Some(result) => checked(ctx, vm, result.map_err(Into::into), rumba_vm::value::tag::OBJ),
        None => FAIL,
    }
}

/// The key of the entry dict or set iterator `it` is at, of type `tag`,
/// if it iterates view `view` (a `DictViewKind`, as recorded; a set's
/// iterator gives keys).
extern "C" fn dict_iter_key(ctx: *mut Ctx, it: u64, tag: u64, view: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.table_iter_entry(obj(it)) {
        Some((_, e, kind)) if kind as u64 == view && tag_of(e.key) == tag => ok(bits_of(e.key)),
        _ => FAIL,
    }
}

/// As `dict_iter_key`, for the entry's value.
extern "C" fn dict_iter_value(ctx: *mut Ctx, it: u64, tag: u64, view: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.table_iter_entry(obj(it)) {
        Some((_, e, kind)) if kind as u64 == view && tag_of(e.value) == tag => ok(bits_of(e.value)),
        _ => FAIL,
    }
}

extern "C" fn table_iter_advance(ctx: *mut Ctx, it: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.iter_position(obj(it)) {
        Some(at) => {
            vm.table_iter_advance(obj(it), at);
            ok(0)
        }
        None => FAIL,
    }
}

extern "C" fn bytes_iter_byte(ctx: *mut Ctx, it: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.bytes_iter_peek(obj(it)) {
        Some((_, byte)) => ok(u64::from(byte)),
        None => FAIL,
    }
}

extern "C" fn make_function(ctx: *mut Ctx, parent: u64, child: u64, n: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote n (<= MAX_NATIVE_ARGS) values into args;
    // copied out as in `call_with_effects`.
    let values: [Value; MAX_NATIVE_ARGS] = unsafe { (*ctx).args };
    match vm.function_for_jit(CodeId(parent as u32), child as usize, &values[..n as usize]) {
        Some(f) => {
            settle(ctx, vm);
            ok(bits_of(f))
        }
        None => FAIL,
    }
}

/// `d.get` taken as a value: the receiver's method of this name, bound.
extern "C" fn bind_method(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the receiver and the name into args.
    let (receiver, name) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    match vm.bind_method_for_jit(receiver, name) {
        Some(m) => {
            settle(ctx, vm);
            ok(bits_of(m))
        }
        None => FAIL,
    }
}

extern "C" fn new_cell(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value into args[0] just before the call.
    let value = unsafe { (*ctx).args[0] };
    let cell = vm.new_cell(value);
    settle(ctx, vm);
    ok(bits_of(cell))
}

extern "C" fn new_list(ctx: *mut Ctx, n: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote n (<= MAX_NATIVE_ARGS) values into args.
    let items: Vec<Value> = unsafe { (&(*ctx).args)[..n as usize].to_vec() };
    let l = vm.new_list(items);
    settle(ctx, vm);
    ok(bits_of(l))
}

extern "C" fn new_tuple(ctx: *mut Ctx, n: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote n (<= MAX_NATIVE_ARGS) values into args.
    let items = unsafe { &(&(*ctx).args)[..n as usize] };
    let t = vm.new_tuple(items);
    settle(ctx, vm);
    ok(bits_of(t))
}

extern "C" fn new_complex(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the two parts, floats, into args just before.
    let parts = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let (Value::Float(re), Value::Float(im)) = parts else {
        return FAIL;
    };
    let z = vm.heap.alloc(rumba_vm::object::ComplexObj::new(re, im));
    settle(ctx, vm);
    ok(z.addr())
}

extern "C" fn complex_abs(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let parts = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let (Value::Float(re), Value::Float(im)) = parts else {
        return FAIL;
    };
    match rumba_vm::ops::complex::complex_abs(rumba_vm::ops::complex::Complex { re, im }) {
        Ok(r) => ok(r.to_bits()),
        Err(_) => FAIL,
    }
}

extern "C" fn map_step_once(ctx: *mut Ctx, it: u64, func: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let it = obj(it);
    match vm.map_step_for_jit(it, obj(func)) {
        // Another map: nothing was done, the interpreter steps it.
        None => FAIL,
        Some(Ok(Some(v))) if tag_of(v) == tag => {
            settle(ctx, vm);
            ok(bits_of(v))
        }
        Some(outcome) => {
            vm.stash_iter_step(it, outcome);
            FAIL
        }
    }
}

extern "C" fn take_iter_end(ctx: *mut Ctx, it: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    if !vm.take_iter_end_for_jit(obj(it)) {
        return FAIL;
    }
    settle(ctx, vm);
    ok(0)
}

extern "C" fn iter_step_once(ctx: *mut Ctx, it: u64, tag: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let it = obj(it);
    match vm.iter_step_for_jit(it) {
        Ok(Some(v)) if tag_of(v) == tag => {
            settle(ctx, vm);
            ok(bits_of(v))
        }
        // The step ran: the exit's interpreter takes this outcome rather
        // than stepping again.
        outcome => {
            vm.stash_iter_step(it, outcome);
            FAIL
        }
    }
}

extern "C" fn list_to_tuple(ctx: *mut Ctx, list: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    match vm.list_to_tuple(Value::Obj(obj(list))) {
        Some(t) => {
            settle(ctx, vm);
            ok(bits_of(t))
        }
        None => FAIL,
    }
}

extern "C" fn new_generator(ctx: *mut Ctx, func: u64, n: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote n (<= MAX_NATIVE_ARGS) values into args.
    let args: SmallVec<[Value; 8]> = unsafe { SmallVec::from_slice(&(&(*ctx).args)[..n as usize]) };
    match vm.new_generator_for_jit(obj(func), &args) {
        Some(g) => {
            settle(ctx, vm);
            ok(bits_of(g))
        }
        None => FAIL,
    }
}

/// The address of stack slot `index` (the frame pointer a trace runs on).
fn slot_address(vm: &mut Vm, index: usize) -> u64 {
    let stack = vm.stack_ptr();
    stack.wrapping_add(index) as u64
}

extern "C" fn enter_call(ctx: *mut Ctx, code_pc: u64, slot_argc: u64, inlined: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let (code, caller_pc) = (CodeId(code_pc as u32), (code_pc >> 32) as usize);
    use crate::record::{ENTER_CONSUMER, ENTER_METHOD, ENTER_NAMED};
    let method = slot_argc & ENTER_METHOD != 0;
    let named = slot_argc & ENTER_NAMED != 0;
    let consumer = slot_argc & ENTER_CONSUMER != 0;
    let slot_argc = slot_argc & !(ENTER_METHOD | ENTER_NAMED | ENTER_CONSUMER);
    let (slot, mut argc) = ((slot_argc & 0xffff_ffff) as usize, (slot_argc >> 32) as usize);
    // The trace runs on the top frame's slots (the frame pointer is its
    // base); the slot counts from there.
    let root = *vm.frames().last().expect("a running frame");
    let top = root.base + slot;
    // SAFETY: the backend passes 0 or the address of the call's snapshot's
    // frame list, which lives unchanged as long as the trace's code does.
    let inlined: &[SnapFrame] = if inlined == 0 {
        &[]
    } else {
        unsafe { &*(inlined as *const Vec<SnapFrame>) }
    };
    // The calls inlined around this one get their frames first, as an
    // exit would make them (the write-back put their slots in place). A
    // generator's frame reads its generator, a slot below it: the stack's
    // length covers the slots up to the call's first, as
    // `push_call_for_jit` then sets it to cover the arguments too.
    // SAFETY: the trace wrote every value below `top` before the call (the
    // write-back of its snapshot; below the entry height, the
    // interpreter's), within the capacity the trace's entry (or the last
    // `enter_call`) reserved; on failure the exit sets the length again.
    unsafe { vm.set_stack_len(top) };
    make_frames(vm, root.base, inlined, caller_pc);
    let reserve = crate::params::MAX_TRACE_SLOTS + crate::params::MAX_VIRTUAL_SLOTS;
    let margin = crate::params::MAX_INLINE_DEPTH;
    // SAFETY: with ENTER_NAMED the trace wrote the names into args[0]
    // just before.
    let mut names = named.then(|| unsafe { (*ctx).args[0] });
    // The built-in in the callee's slot, its arguments and the names
    // above them, put back if the call fails: the switch changes them.
    let mut call: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
    if consumer {
        // SAFETY: as above: the trace wrote the callee and the arguments
        // (the write-back), within the room reserved.
        unsafe { vm.set_stack_len(top + 1 + argc) };
        call.extend_from_slice(&vm.stack()[top..]);
        call.extend(names);
        match vm.redirect_consumer_for_jit(top, argc, code, names) {
            // The Python version takes positional arguments only.
            Some(n) => (argc, names) = (n, None),
            None => {
                vm.put_back_call_for_jit(top, &call);
                return not_entered(ctx, vm, inlined, root.pc);
            }
        }
    }
    let entered = if method {
        // SAFETY: the trace wrote the function into args[0] just before.
        let func = unsafe { (*ctx).args[0] };
        vm.push_method_call_for_jit(code, caller_pc, top, func, argc, margin, reserve)
    } else {
        vm.push_call_for_jit(code, caller_pc, top + 1, argc, names, margin, reserve)
    };
    match entered {
        Some(base) => ok(slot_address(vm, base)),
        None => {
            if consumer {
                vm.put_back_call_for_jit(top, &call);
            }
            not_entered(ctx, vm, inlined, root.pc)
        }
    }
}

/// `enter_call` could not make the call: nothing changed, as the exit
/// expects (it makes the frames of the inlined calls again, and the
/// interpreter redoes the call).
fn not_entered(ctx: *mut Ctx, vm: &mut Vm, inlined: &[SnapFrame], root_pc: usize) -> Pair {
    for _ in inlined {
        vm.pop_frame_for_jit();
    }
    vm.set_top_pc(root_pc);
    // The interpreter's call ticks: the tick the trace counted for it
    // (`call_entry`) is given back, so a budget stops at the same tick as
    // without the JIT (near the recursion limit, say).
    // SAFETY: ctx is the running trace's own context, and no other
    // reference to it is live during this helper.
    unsafe { (*ctx).fuel += 1 };
    FAIL
}

/// Pushes the frames of inlined calls (bases counted from `root_base`),
/// each caller resuming where its call returns; the innermost one's pc is
/// `pc`.
fn make_frames(vm: &mut Vm, root_base: usize, frames: &[SnapFrame], pc: usize) {
    if let Some(first) = frames.first() {
        vm.set_top_pc(first.caller_pc as usize);
    }
    for (i, f) in frames.iter().enumerate() {
        let pc = frames.get(i + 1).map_or(pc, |inner| inner.caller_pc as usize);
        vm.push_frame_for_jit(Frame {
            code: f.code,
            pc,
            base: root_base + f.base as usize,
            init: f.init,
            memo: false,
        });
        if f.generator {
            vm.generator_frame_made_for_jit();
        }
    }
}

extern "C" fn leave_call(ctx: *mut Ctx, code: u64, pc: u64, init: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let frames = vm.frames();
    let [.., caller, callee] = frames else {
        return FAIL;
    };
    // The caller first: a return to another call site than recorded (a
    // recursive function's two calls) is the failure a trace meets most,
    // and goes on in a side trace.
    if caller.code != CodeId(code as u32) || caller.pc != pc as usize {
        return FAIL;
    }
    // A cached function's return fills its cache: the interpreter takes
    // it. An `__init__`'s return (the trace returned None) gives the
    // caller the instance, which stays in the callee's slot.
    let init = init != 0;
    if callee.init != init || callee.memo {
        return FAIL;
    }
    let caller_base = caller.base;
    // The interpreter's `execute` returns from the frame just above its
    // floor itself: a trace must not take that return.
    if frames.len() - 1 <= vm.exec_floor() {
        return FAIL;
    }
    if init {
        vm.pop_init_call_for_jit();
    } else {
        vm.pop_call_for_jit();
    }
    ok(slot_address(vm, caller_base))
}

extern "C" fn new_dict(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let d = vm.new_dict();
    settle(ctx, vm);
    ok(bits_of(d))
}

extern "C" fn new_set(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let s = vm.new_set(rumba_vm::object::SetTable::default(), false);
    settle(ctx, vm);
    ok(bits_of(s))
}

extern "C" fn set_add(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the two operands into args just before.
    let (set, key) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let Some(s) = set.as_obj() else { return FAIL };
    // Hashing comes before any change: a failure leaves the set as it was.
    match vm.set_add(s, key) {
        Ok(_) => {
            settle(ctx, vm);
            ok(0)
        }
        Err(_) => FAIL,
    }
}

extern "C" fn set_update(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the two operands into args just before.
    let (set, items) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let Some(s) = set.as_obj() else { return FAIL };
    // A failure part way leaves some items added: the interpreter's redo
    // adds them again, which changes nothing.
    let result = vm.set_update(s, items);
    done(ctx, vm, result)
}

extern "C" fn new_instance(ctx: *mut Ctx, class: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let inst = vm.alloc_instance_for_jit(obj(class));
    settle(ctx, vm);
    ok(bits_of(inst))
}

extern "C" fn new_super(ctx: *mut Ctx, class: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the receiver into args[0] just before the call.
    let receiver = unsafe { (*ctx).args[0] };
    match vm.super_for_jit(obj(class), receiver) {
        Ok(sup) => {
            settle(ctx, vm);
            ok(bits_of(sup))
        }
        Err(_) => FAIL,
    }
}

extern "C" fn grow_instance(ctx: *mut Ctx, inst: u64, shape: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value into args[0] just before the call.
    let value = unsafe { (*ctx).args[0] };
    vm.grow_instance_for_jit(obj(inst), shape as u32, value);
    settle(ctx, vm);
    ok(0)
}

extern "C" fn del_item(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote both operands into args just before the call.
    let (c, i) = unsafe { ((*ctx).args[0], (*ctx).args[1]) };
    let result = vm.del_item(c, i);
    done(ctx, vm, result)
}

extern "C" fn store_slice(ctx: *mut Ctx, _: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the five operands into args just before.
    let [v, c, lower, upper, step] = unsafe {
        [
            (*ctx).args[0],
            (*ctx).args[1],
            (*ctx).args[2],
            (*ctx).args[3],
            (*ctx).args[4],
        ]
    };
    // The new items are gathered and the sizes checked before the list
    // changes, so a failure leaves it for the interpreter to redo.
    let result = vm.set_slice(c, lower, upper, step, v);
    done(ctx, vm, result)
}

pub type HelperFn = extern "C" fn(*mut Ctx, u64, u64, u64) -> Pair;

/// The function behind each helper.
pub fn helper_fn(h: Helper) -> HelperFn {
    match h {
        Helper::SeqGet => seq_get,
        Helper::ListSet => list_set,
        Helper::ListExtend => list_extend,
        Helper::IterDone => iter_done,
        Helper::GenFinish => gen_finish,
        Helper::CallNative => call_native,
        Helper::FloatMod => float_mod,
        Helper::FloatFloorDiv => float_floordiv,
        Helper::IntPow => int_pow,
        Helper::IntShl => int_shl,
        Helper::IntTrueDiv => int_truediv,
        Helper::GetIter => get_iter,
        Helper::RangeIter => range_iter,
        Helper::CellGet => cell_get,
        Helper::CellSet => cell_set,
        Helper::Binary | Helper::BinaryInPlace => binary,
        Helper::Contains => contains,
        Helper::GetItem => get_item,
        Helper::DictSet => dict_set,
        Helper::CallMethodPure | Helper::CallMethodListWrite | Helper::CallMethodSetWrite => call_method,
        Helper::CallMethodOnce => call_method_once,
        Helper::Slice => slice,
        Helper::FormatValue => format_value,
        Helper::BuildString => build_string,
        Helper::ConcatStrs => concat_strs,
        Helper::DictIterKey => dict_iter_key,
        Helper::DictIterValue => dict_iter_value,
        Helper::DictIterAdvance => table_iter_advance,
        Helper::BytesIterByte => bytes_iter_byte,
        Helper::MakeFunction => make_function,
        Helper::NewCell => new_cell,
        Helper::BindMethod => bind_method,
        Helper::NewList => new_list,
        Helper::NewTuple => new_tuple,
        Helper::NewComplex => new_complex,
        Helper::ComplexAbs => complex_abs,
        Helper::ListToTuple => list_to_tuple,
        Helper::IterStepOnce => iter_step_once,
        Helper::MapStepOnce => map_step_once,
        Helper::TakeIterEnd => take_iter_end,
        Helper::ByteArraySet => bytearray_set,
        Helper::NewSlice => new_slice,
        Helper::NewGenerator => new_generator,
        Helper::CallNativeEffect => call_native,
        Helper::CallHost => call_host,
        Helper::CallNativeMethod => call_native_method,
        Helper::CallNativeOnce => call_native_once,
        Helper::MemoHit => memo_hit,
        Helper::DelItem => del_item,
        Helper::StoreSlice => store_slice,
        Helper::DictInsert => dict_set,
        Helper::NewDict => new_dict,
        Helper::NewSet => new_set,
        Helper::SetAdd => set_add,
        Helper::SetUpdate => set_update,
        Helper::NewSuper => new_super,
        Helper::Compare => compare,
        Helper::NewInstance => new_instance,
        Helper::GrowInstance => grow_instance,
        Helper::EnterCall => enter_call,
        Helper::LeaveCall => leave_call,
        Helper::Catch => catch,
        Helper::MatchSequence => match_sequence,
        Helper::MatchMapping => match_mapping,
        Helper::MatchKeys => match_keys,
        Helper::MatchClass => match_class,
    }
}

/// Runs a pure built-in at record time to learn its result's type. Its
/// work is not charged: the interpreter is about to make the same call,
/// which is (a budget stops at the same tick with the JIT on or off).
/// With `names`, the last of `args` are the values of those keywords.
pub fn predict_native(vm: &mut Vm, callee: ObjRef, args: &[Value], names: Option<ObjRef>) -> Option<Value> {
    let ticks = vm.ticks.get();
    let result = match names {
        Some(names) => vm.call_native_named_for_jit(Value::Obj(callee), args, names),
        None => vm.call_native_for_jit(Value::Obj(callee), args),
    }
    .ok();
    vm.ticks.set(ticks);
    result
}

/// Whether the budget or an interrupt forbids entering native code now.
pub fn interrupted(ctx: &Ctx) -> bool {
    // SAFETY: interrupt points at the VM's flag, which outlives the run.
    !ctx.interrupt.is_null() && unsafe { (*ctx.interrupt).load(Ordering::Relaxed) }
}

/// Makes the tuples a trace kept virtual, from the items the exit stub
/// wrote above the snapshot's height, into the slots that hold them (inner
/// tuples first, so an outer one finds them in its items).
///
/// # Safety
/// The stub must have written every item slot of `virtuals` as a `Value`,
/// within the stack's reserved capacity.
unsafe fn materialize(vm: &mut Vm, root_base: usize, virtuals: &[VirtualTuple]) {
    if virtuals.is_empty() {
        return;
    }
    // The buffer the stub wrote (nothing moved it since).
    let stack = vm.stack_ptr();
    for v in virtuals {
        let first = root_base + v.first as usize;
        // SAFETY: the stub wrote these items as values (the contract), in
        // reserved capacity; allocating a tuple does not touch the stack.
        unsafe {
            let items = std::slice::from_raw_parts(stack.add(first), v.len as usize).to_vec();
            let t = vm.heap.new_tuple(&items);
            stack.add(root_base + v.slot as usize).write(Value::Obj(t));
        }
    }
}

/// Rebuilds the interpreter's frames and stack height after an exit whose
/// stub wrote the snapshot's values into the stack.
///
/// # Safety
/// The exit stub must have written every slot from the height at entry up
/// to `snap.height` (the recorder puts every slot above the entry height
/// in the snapshot), within the capacity reserved before entry.
pub unsafe fn restore(vm: &mut Vm, root_base: usize, snap: &Snapshot, virtuals: &[VirtualTuple]) {
    // An error a call left for a `catch` that did not come is stale now
    // (but one the budget ended keeps its count, unless the interpreter
    // redoes the whole operator it came from).
    if snap.redoes_operator {
        vm.clear_error_for_jit();
    } else {
        vm.exit_with_error_for_jit();
    }
    // SAFETY: the stub wrote the items of every virtual tuple (the
    // function's contract).
    unsafe { materialize(vm, root_base, virtuals) };
    // SAFETY: see the function's contract.
    unsafe { vm.set_stack_len(root_base + snap.height as usize) };
    if snap.frames.is_empty() {
        vm.set_top_pc(snap.pc as usize);
    }
    make_frames(vm, root_base, &snap.frames, snap.pc as usize);
}
