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

use rumba_vm::heap::ObjRef;
use rumba_vm::numeric::{self, Num};
use rumba_vm::object::{Obj, ObjMut, RangeIterObj, Storage};
use rumba_vm::value::Value;
use rumba_vm::vm::Frame;
use rumba_vm::vm::Vm;

use crate::ir::{Helper, Snapshot};

/// Boxed arguments a helper call can take (a built-in's arguments).
pub const MAX_NATIVE_ARGS: usize = 4;

/// Spill slots: one per IR value, so a trace can never run out.
pub const SPILL_SLOTS: usize = crate::params::MAX_RECORD + 64;

/// What native code reads and writes beside the VM stack; r13 points here
/// while a trace runs.
#[repr(C)]
pub struct Ctx {
    pub vm: *mut Vm,
    /// The VM's tick counter, copied in at entry and out at exit.
    pub ticks: u64,
    /// Ticks may not pass this (the budget, or u64::MAX). A helper that
    /// wants the interpreter's next safe point (a collection) sets it to 0,
    /// so the next tick exits: one compare checks both.
    pub budget: u64,
    pub interrupt: *const AtomicBool,
    /// The VM's global slots.
    pub globals: *mut Value,
    pub args: [Value; MAX_NATIVE_ARGS],
    pub spill: [u64; SPILL_SLOTS],
    /// Where the moves at a peeled loop's back edge park values, so a
    /// move never overwrites a value another move still reads.
    pub moves: [u64; SPILL_SLOTS],
}

impl Ctx {
    pub fn new() -> Box<Ctx> {
        Box::new(Ctx {
            vm: std::ptr::null_mut(),
            ticks: 0,
            budget: u64::MAX,
            interrupt: std::ptr::null(),
            globals: std::ptr::null_mut(),
            args: [Value::Undef; MAX_NATIVE_ARGS],
            spill: [0; SPILL_SLOTS],
            moves: [0; SPILL_SLOTS],
        })
    }
}

/// Field offsets for the backend.
pub mod offsets {
    use super::Ctx;
    pub const TICKS: i32 = std::mem::offset_of!(Ctx, ticks) as i32;
    pub const BUDGET: i32 = std::mem::offset_of!(Ctx, budget) as i32;
    pub const INTERRUPT: i32 = std::mem::offset_of!(Ctx, interrupt) as i32;
    pub const GLOBALS: i32 = std::mem::offset_of!(Ctx, globals) as i32;
    pub const ARGS: i32 = std::mem::offset_of!(Ctx, args) as i32;
    pub const SPILL: i32 = std::mem::offset_of!(Ctx, spill) as i32;
    pub const MOVES: i32 = std::mem::offset_of!(Ctx, moves) as i32;
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
unsafe fn vm_of<'a>(ctx: *mut Ctx) -> &'a mut Vm {
    // SAFETY: see the function's contract.
    unsafe { &mut *(*ctx).vm }
}

/// The object a trace passed to a helper.
fn obj(bits: u64) -> ObjRef {
    // SAFETY: traces pass helpers only payloads of `Ty::Obj` values, the
    // addresses of live objects.
    unsafe { ObjRef::from_addr(bits) }
}

fn note_allocation(ctx: *mut Ctx, vm: &Vm) {
    if vm.wants_collection() {
        // SAFETY: ctx is the live context (helpers are only called by traces).
        unsafe { (*ctx).budget = 0 };
    }
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
    note_allocation(ctx, vm);
    ok(0)
}

extern "C" fn list_append(ctx: *mut Ctx, list: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote the value into args[0] just before the call.
    let value = unsafe { (*ctx).args[0] };
    // Past the heap limit, the interpreter redoes the append and raises.
    let pushed = vm.heap.grow_list(obj(list), Storage::of(value), 1, |l| l.push(value));
    if !matches!(pushed, Ok(Some(()))) {
        return FAIL;
    }
    note_allocation(ctx, vm);
    ok(0)
}

extern "C" fn iter_done(ctx: *mut Ctx, it: u64, _: u64, _: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    let (seq, index) = match vm.heap.get(obj(it)) {
        Obj::RangeIter(r) => return if r.remaining <= 0 { ok(0) } else { FAIL },
        Obj::SeqIter(s) => (s.seq, s.index),
        _ => return FAIL,
    };
    let Some(len) = vm.heap.seq_items(seq).map(|items| items.len()) else {
        return FAIL;
    };
    if index < len {
        return FAIL;
    }
    // The interpreter steps the index even when it finds the end.
    if let ObjMut::SeqIter(s) = vm.heap.get_mut(obj(it)) {
        s.index += 1;
    }
    ok(0)
}

extern "C" fn call_native(ctx: *mut Ctx, callee: u64, nargs: u64, tag: u64) -> Pair {
    // SAFETY: called only from a running trace with its own context.
    let vm = unsafe { vm_of(ctx) };
    // SAFETY: the trace wrote nargs (<= MAX_NATIVE_ARGS) values into args.
    let args: Vec<Value> = unsafe { (&(*ctx).args)[..nargs as usize].to_vec() };
    // The built-in charges its work to the trace's tick count, so a budget
    // stops at the same tick as in the interpreter. On failure the count
    // is left as it was: the exit redoes the call in the interpreter,
    // which charges the same ticks again and raises there.
    // SAFETY: ctx is the live context.
    let before = unsafe { (*ctx).ticks };
    vm.ticks.set(before);
    match vm.call_native_for_jit(Value::Obj(obj(callee)), &args) {
        Ok(v) if tag_of(v) == tag => {
            // SAFETY: as above.
            unsafe { (*ctx).ticks = vm.ticks.get() };
            note_allocation(ctx, vm);
            ok(bits_of(v))
        }
        _ => {
            vm.ticks.set(before);
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

extern "C" fn float_pow(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    float_result(numeric::float_pow(f64::from_bits(a), f64::from_bits(b)))
}

extern "C" fn int_pow(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    match numeric::int_pow(a as i64, b as i64) {
        Ok(Num::Int(i)) => ok(i as u64),
        _ => FAIL,
    }
}

extern "C" fn int_shl(_: *mut Ctx, a: u64, b: u64, _: u64) -> Pair {
    match numeric::int_lshift(a as i64, b as i64) {
        Ok(i) => ok(i as u64),
        Err(_) => FAIL,
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
            note_allocation(ctx, vm);
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
    note_allocation(ctx, vm);
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

pub type HelperFn = extern "C" fn(*mut Ctx, u64, u64, u64) -> Pair;

/// The function behind each helper.
pub fn helper_fn(h: Helper) -> HelperFn {
    match h {
        Helper::SeqGet => seq_get,
        Helper::ListSet => list_set,
        Helper::ListAppend => list_append,
        Helper::IterDone => iter_done,
        Helper::CallNative => call_native,
        Helper::FloatMod => float_mod,
        Helper::FloatFloorDiv => float_floordiv,
        Helper::FloatPow => float_pow,
        Helper::IntPow => int_pow,
        Helper::IntShl => int_shl,
        Helper::IntTrueDiv => int_truediv,
        Helper::GetIter => get_iter,
        Helper::RangeIter => range_iter,
        Helper::CellGet => cell_get,
        Helper::CellSet => cell_set,
    }
}

/// Runs a pure built-in at record time to learn its result's type.
pub fn predict_native(vm: &mut Vm, callee: ObjRef, args: &[Value]) -> Option<Value> {
    vm.call_native_for_jit(Value::Obj(callee), args).ok()
}

/// Whether the budget or an interrupt forbids entering native code now.
pub fn interrupted(ctx: &Ctx) -> bool {
    // SAFETY: interrupt points at the VM's flag, which outlives the run.
    !ctx.interrupt.is_null() && unsafe { (*ctx.interrupt).load(Ordering::Relaxed) }
}

/// Rebuilds the interpreter's frames and stack height after an exit whose
/// stub wrote the snapshot's values into the stack.
///
/// # Safety
/// The exit stub must have written every slot from the height at entry up
/// to `snap.height` (the recorder puts every slot above the entry height
/// in the snapshot), within the capacity reserved before entry.
pub unsafe fn restore(vm: &mut Vm, root_base: usize, snap: &Snapshot) {
    // SAFETY: see the function's contract.
    unsafe { vm.set_stack_len(root_base + snap.height as usize) };
    let mut pc = snap.pc as usize;
    if let Some(first) = snap.frames.first() {
        pc = first.caller_pc as usize;
    }
    vm.set_top_pc(pc);
    for (i, f) in snap.frames.iter().enumerate() {
        let pc = match snap.frames.get(i + 1) {
            Some(inner) => inner.caller_pc as usize,
            None => snap.pc as usize,
        };
        vm.push_frame_for_jit(Frame {
            code: f.code,
            pc,
            base: root_base + f.base as usize,
        });
    }
}
