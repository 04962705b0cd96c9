//! x86-64 code for traces, assembled with dynasm.
//!
//! Conventions while a trace runs: r12 points at the root frame's first
//! stack slot (16 bytes per slot: tag word, payload word), r13 at the
//! `Ctx`. Values live unboxed: ints, bools and references in general
//! registers, floats in XMM registers, every IR value with a spill slot of
//! its own in the context. Registers are assigned in one forward pass
//! over the trace (a straight line: the only branches are exits), evicting
//! the value whose last use is furthest away.
//!
//! Every guard jumps to a cold stub that writes its snapshot's changed
//! slots into the VM stack (boxing them), then jumps to a tail that loads
//! the exit number and leaves through the shared exit routine. Linking a
//! side trace rewrites that jump, so the stub's writes feed the side
//! trace, which loads what it needs from the stack like any trace.
//! At the end of the loop the trace writes back every slot it changed,
//! counts a tick (exiting at the loop header if the budget is spent, an
//! interrupt is pending or a helper asked for a collection) and jumps to
//! its start.

use crate::fixed_hash::Map;

use dynasmrt::x64::Assembler;
use dynasmrt::{dynasm, AssemblyOffset, DynamicLabel, DynasmApi, DynasmLabelApi};

use crate::exit::{helper_fn, offsets, Ctx};
use rumba_vm::layout;

use crate::ir::{Cmp, Elem, Helper, IrBuf, Op, RawArg, Ref, Ty};

/// Emits one instruction whose memory operand is an `Addr`: the tokens
/// before the operand in the first braces, those after it in the second
/// (dynasm spells each addressing form out).
macro_rules! at_addr {
    ($asm:expr, $at:expr, {$($pre:tt)*} {$($post:tt)*}) => {
        match $at {
            Addr::Fixed(b, d) => dynasm!($asm ; .arch x64 ; $($pre)* [Rq(b) + d] $($post)*),
            Addr::Scaled8(b, x, d) => dynasm!($asm ; .arch x64 ; $($pre)* [Rq(b) + Rq(x) * 8 + d] $($post)*),
            Addr::Scaled1(b, x, d) => dynasm!($asm ; .arch x64 ; $($pre)* [Rq(b) + Rq(x) + d] $($post)*),
        }
    };
}

// Register numbers (x86 encoding).
const RAX: u8 = 0;
const RCX: u8 = 1;
const RDX: u8 = 2;
const RBX: u8 = 3;
const RBP: u8 = 5;
const R12: u8 = 12;
const RSI: u8 = 6;
const RDI: u8 = 7;
const R8: u8 = 8;
const R9: u8 = 9;
const R10: u8 = 10;
const R11: u8 = 11;
const R14: u8 = 14;
const R15: u8 = 15;

/// General registers values may live in. rax, rcx, rdx and rsi are
/// scratch (helper arguments, division); r12 and r13 are the frame and
/// context pointers; rdi carries the context into a call only (the call
/// spills what it held first).
const GPRS: [u8; 9] = [RBX, RBP, R14, R15, R8, R9, R10, R11, RDI];
/// Of those, the ones a call clobbers.
const CALLER_SAVED: [u8; 5] = [R8, R9, R10, R11, RDI];
/// XMM registers for values; xmm14 and xmm15 are scratch.
const _: () = assert!(CALLER_SAVED.len() + XMMS as usize == crate::exit::SAVED_REGS);
const XMMS: u8 = 14;
const XMM_POOL: [u8; XMMS as usize] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const XS1: u8 = 14;
const XS2: u8 = 15;

/// Where a value is at some point of the code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loc {
    Gpr(u8),
    Xmm(u8),
    Spill(u32),
    Const(u64),
}

/// An exit as compiled: what its stub writes, where its jump to the exit
/// tail is (to patch in a side trace).
#[derive(Clone, Debug)]
pub struct CompiledExit {
    pub snap: u32,
    /// Offset of the stub's `jmp rel32` to the exit tail.
    pub jump_at: usize,
    /// Offset of the stub's first byte (for dumps).
    pub stub_at: usize,
    /// (slot, where, type) written by the stub.
    pub writes: Vec<(u32, Loc, Ty)>,
    /// Tuples the trace never made that the interpreter needs: the stub
    /// writes their items into slots above the snapshot's height, and the
    /// exit makes each tuple from them (`exit::materialize`). Inner tuples
    /// come before the tuples that hold them.
    pub virtuals: Vec<VirtualTuple>,
    /// Guard instruction index (None for the loop header's tick exit).
    pub guard: Option<u32>,
}

/// A tuple an exit makes: `len` items from slot `first` on, into `slot`
/// (slots relative to the root frame's base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VirtualTuple {
    pub slot: u32,
    pub first: u32,
    pub len: u32,
}

pub struct CompiledTrace {
    pub start: DynamicLabel,
    pub tail: DynamicLabel,
    pub code_start: usize,
    pub code_end: usize,
    pub exits: Vec<CompiledExit>,
    /// Where each IR instruction's code begins: (instruction, offset), in
    /// order (an instruction fused into the one before has no entry).
    pub ins_at: Vec<(u32, usize)>,
}

/// The one code region all traces live in, with the entry and exit
/// routines every trace shares.
pub struct CodeArea {
    pub asm: Assembler,
    entry: AssemblyOffset,
    exit_common: DynamicLabel,
    /// Calls `exit::refuel` with every register a value may live in kept.
    refuel_common: DynamicLabel,
    /// Calls `exit::list_append` the same way (`Op::ListAppend`'s slow
    /// way out).
    append_common: DynamicLabel,
}

/// A routine that calls runtime function `target` (ctx, then the trace's
/// rsi, rdx and rcx) and gives back its rax with every register a value
/// may live in as it was: a trace calls it on a rare path without the
/// spills and reloads around a helper call, so the register allocation
/// stays that of the path that does not call. Called from a trace with the
/// stack as at a helper call, so one more word realigns it for the call.
fn register_keeping_call(asm: &mut Assembler, target: i64) -> DynamicLabel {
    let routine = asm.new_dynamic_label();
    dynasm!(asm ; .arch x64 ; =>routine ; sub rsp, 8);
    for (k, &x) in CALLER_SAVED.iter().enumerate() {
        let off = offsets::SAVED + 8 * k as i32;
        dynasm!(asm ; .arch x64 ; mov [r13 + off], Rq(x));
    }
    for x in XMM_POOL {
        let off = offsets::SAVED + 8 * (CALLER_SAVED.len() as i32 + x as i32);
        dynasm!(asm ; .arch x64 ; movsd [r13 + off], Rx(x));
    }
    dynasm!(asm ; .arch x64 ; mov rdi, r13 ; mov rax, QWORD target ; call rax);
    for (k, &x) in CALLER_SAVED.iter().enumerate() {
        let off = offsets::SAVED + 8 * k as i32;
        dynasm!(asm ; .arch x64 ; mov Rq(x), [r13 + off]);
    }
    for x in XMM_POOL {
        let off = offsets::SAVED + 8 * (CALLER_SAVED.len() as i32 + x as i32);
        dynasm!(asm ; .arch x64 ; movsd Rx(x), [r13 + off]);
    }
    dynasm!(asm ; .arch x64 ; add rsp, 8 ; ret);
    routine
}

/// The signature of the entry routine: (ctx, first slot, trace start)
/// -> exit number.
type EntryFn = unsafe extern "C" fn(*mut Ctx, *mut u8, *const u8) -> u32;

impl CodeArea {
    pub fn new() -> std::io::Result<CodeArea> {
        let mut asm = Assembler::new()?;
        let exit_common = asm.new_dynamic_label();
        let entry = asm.offset();
        dynasm!(asm
            ; .arch x64
            ; push rbx
            ; push rbp
            ; push r12
            ; push r13
            ; push r14
            ; push r15
            ; sub rsp, 8
            ; mov r13, rdi
            ; mov r12, rsi
            ; jmp rdx
            ; =>exit_common
            ; add rsp, 8
            ; pop r15
            ; pop r14
            ; pop r13
            ; pop r12
            ; pop rbp
            ; pop rbx
            ; ret
        );
        let refuel = crate::exit::refuel as extern "C" fn(*mut Ctx, u64) -> u64 as usize as i64;
        let refuel_common = register_keeping_call(&mut asm, refuel);
        let append =
            crate::exit::list_append as extern "C" fn(*mut Ctx, u64, u64, u64) -> crate::exit::Pair as usize as i64;
        let append_common = register_keeping_call(&mut asm, append);
        asm.commit().map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(CodeArea {
            asm,
            entry,
            exit_common,
            refuel_common,
            append_common,
        })
    }

    pub fn size(&self) -> usize {
        self.asm.offset().0
    }

    /// Runs a trace until it exits; returns the exit number.
    ///
    /// # Safety
    /// `ctx` must be fully set up for this run (VM pointer, globals,
    /// budget), `base` must point at the root frame's first stack slot
    /// with the capacity the traces may write reserved, and `start` must
    /// be the start label of a trace compiled into this area for a frame
    /// of that code.
    pub unsafe fn run(&self, ctx: *mut Ctx, base: *mut u8, start: DynamicLabel) -> u32 {
        let reader = self.asm.reader();
        let buf = reader.lock();
        let target = self.asm.labels().resolve_dynamic(start).expect("a defined trace label");
        let entry: EntryFn = {
            let ptr = buf.ptr(self.entry);
            // SAFETY: `entry` is the routine emitted in `new`, which follows
            // the C calling convention with this signature.
            unsafe { std::mem::transmute::<*const u8, EntryFn>(ptr) }
        };
        let target_ptr = buf.ptr(target);
        // SAFETY: the caller guarantees the context, base and trace agree;
        // the code only touches memory through them and returns through
        // the exit routine with every callee-saved register restored.
        unsafe { entry(ctx, base, target_ptr) }
    }

    /// Points an exit's jump at another trace's start (a side trace).
    pub fn patch_exit(&mut self, jump_at: usize, target: DynamicLabel) {
        let target = self
            .asm
            .labels()
            .resolve_dynamic(target)
            .expect("a defined trace label")
            .0;
        let rel = target as i64 - (jump_at as i64 + 5);
        let rel = i32::try_from(rel).expect("traces share one code region");
        self.asm
            .alter(|m| {
                m.goto(AssemblyOffset(jump_at + 1));
                m.push_i32(rel);
            })
            .expect("patching committed code");
    }

    /// The bytes of committed code in a range (for the disassembler),
    /// with the address they run at.
    pub fn bytes(&self, start: usize, end: usize) -> (Vec<u8>, u64) {
        let reader = self.asm.reader();
        let buf = reader.lock();
        (buf[start..end].to_vec(), buf.ptr(AssemblyOffset(start)) as u64)
    }
}

/// Labels of the traces compiled before: where each starts (a call enters
/// there) and its tail (a link enters there).
pub struct TraceLabels<'a> {
    pub start: &'a dyn Fn(u32) -> DynamicLabel,
    pub tail: &'a dyn Fn(u32) -> DynamicLabel,
}

/// Compiles one trace. `others` names the labels of the traces before it
/// (for `Link` and `CallEntry`); `first_exit` numbers this trace's exits
/// globally.
/// `entry_snap`: for a root trace, the snapshot of its loop header; other
/// traces that reach the loop jump to its tail, which ticks (exiting there
/// when the tick fails) and enters at the start.
pub fn compile(
    area: &mut CodeArea,
    ir: &IrBuf,
    first_exit: u32,
    entry_snap: Option<u32>,
    others: &TraceLabels,
) -> Result<CompiledTrace, String> {
    let start = area.asm.new_dynamic_label();
    let tail = area.asm.new_dynamic_label();
    let code_start = area.asm.offset().0;
    let mut g = Gen::new(area, ir, first_exit);
    dynasm!(g.asm ; .arch x64 ; =>start);
    let mut i = 0;
    let mut ins_at = Vec::with_capacity(ir.ins.len());
    while i < ir.ins.len() {
        ins_at.push((i as u32, g.asm.offset().0));
        i = g.ins(i, start, tail, others)?;
    }
    if let Some(snap) = entry_snap {
        // A root trace's tail: where it loops to when unpeeled, and where
        // other traces enter it. It ticks, as the loop header does.
        let exit = g.asm.new_dynamic_label();
        g.exits.push(PendingExit {
            label: exit,
            snap,
            writes: Vec::new(),
            fields: Vec::new(),
            virtuals: Vec::new(),
            guard: None,
            refund: 0,
            undo: None,
        });
        dynasm!(g.asm ; .arch x64 ; =>tail);
        g.tick(exit, 1);
        dynasm!(g.asm ; .arch x64 ; jmp =>start);
    }
    g.emit_refuels();
    g.emit_append_slow_paths();
    if g.virtual_overflow {
        return Err("too many items of tuples to make at an exit".into());
    }
    let exits = g.emit_stubs();
    area.asm.commit().map_err(|e| e.to_string())?;
    let code_end = area.asm.offset().0;
    Ok(CompiledTrace {
        start,
        tail,
        code_start,
        code_end,
        exits,
        ins_at,
    })
}

/// An append's way out of line when the item does not fit in place:
/// the list's register, and where the item is (a register: `Loc::Gpr`
/// or `Loc::Xmm`) and its type.
struct AppendSlow {
    slow: DynamicLabel,
    done: DynamicLabel,
    exit: DynamicLabel,
    list: u8,
    item: Loc,
    ty: Ty,
}

/// A tick's way out of line when its fuel runs short.
struct Refuel {
    short: DynamicLabel,
    again: DynamicLabel,
    exit: DynamicLabel,
    n: u32,
}

struct PendingExit {
    label: DynamicLabel,
    snap: u32,
    writes: Vec<(u32, Loc, Ty)>,
    /// Object fields kept in registers: (object, offset, value, addend).
    fields: Vec<(Loc, i32, Loc, Option<Loc>)>,
    virtuals: Vec<VirtualTuple>,
    guard: Option<u32>,
    /// Ticks the loop head counted ahead that the exit has not reached
    /// (`opt::ticks`): its stub gives them back first.
    refund: u32,
    /// An operand the guarded instruction overwrote, which the stub
    /// computes back first (`Undo`).
    undo: Option<Undo>,
}

/// An overflow-checked add or subtract that wrote its result over its
/// first operand, though its exit needs that operand: the operand is
/// still there, one wrapping step away (`reg` minus or plus `by`), and the
/// exit stub takes that step back before it writes the state. This saves
/// the copy the operand would otherwise need on every run.
#[derive(Clone, Copy)]
struct Undo {
    /// The operand, now in `reg` as the instruction's result.
    value: Ref,
    reg: u8,
    /// True: the result is `value + by`; false: `value - by`.
    added: bool,
    by: UndoBy,
}

#[derive(Clone, Copy)]
enum UndoBy {
    Imm(i32),
    Reg(u8),
}

struct Gen<'a> {
    asm: &'a mut Assembler,
    /// A peeled loop's head, and where each value living across its back
    /// edge is at the head (the back edge puts them back there).
    loop_label: Option<DynamicLabel>,
    label_state: Vec<(Ref, Loc)>,
    exit_common: DynamicLabel,
    refuel_common: DynamicLabel,
    refuels: Vec<Refuel>,
    append_common: DynamicLabel,
    appends: Vec<AppendSlow>,
    ir: &'a IrBuf,
    first_exit: u32,
    /// Per value: index of the last instruction that needs it (operands
    /// and snapshots), and how many instructions read it.
    last_use: Vec<u32>,
    /// `last_use` without the PHIs' reads at the back edge and without
    /// the loop-carried extension (see `in_place`).
    own_last_use: Vec<u32>,
    /// The last instruction reading each value as an operand.
    last_read: Vec<u32>,
    /// The instruction being emitted.
    at: u32,
    /// For each PHI's right value (the body's result), its left value.
    phi_left_of: Map<u32, Ref>,
    nuses: Vec<u32>,
    reg: Vec<Option<u8>>,
    spilled: Vec<bool>,
    gpr_owner: [Option<Ref>; 16],
    xmm_owner: [Option<Ref>; 16],
    exits: Vec<PendingExit>,
    /// Ticks a peeled loop's head counts for its body (`opt::ticks`),
    /// and how many of them the instruction being emitted has not passed.
    body_ticks: u32,
    prepaid: u32,
    /// While the exit of an add or subtract that overwrote its operand is
    /// made (`Undo`).
    undo: Option<Undo>,
    /// An exit's virtual tuples needed more scratch slots than reserved.
    virtual_overflow: bool,
}

impl<'a> Gen<'a> {
    fn new(area: &'a mut CodeArea, ir: &'a IrBuf, first_exit: u32) -> Gen<'a> {
        let n = ir.ins.len();
        let mut last_use = vec![0u32; n];
        let mut nuses = vec![0u32; n];
        // Where each value's uses really end: without the PHIs' reads at
        // the back edge and the loop-carried extension below.
        let mut own_last_use = vec![0u32; n];
        // The last instruction that reads each value as an operand (not
        // only for an exit): eviction prefers values no operand needs.
        let mut last_read = vec![0u32; n];
        for i in 0..n {
            // A PHI's values are read by the back-edge moves, at the end.
            let phi = matches!(ir.ins[i].op, Op::Phi(..));
            let at = if phi { n - 1 } else { i };
            for r in ir.uses(i) {
                last_use[r.0 as usize] = last_use[r.0 as usize].max(at as u32);
                last_read[r.0 as usize] = last_read[r.0 as usize].max(at as u32);
                if !phi {
                    own_last_use[r.0 as usize] = own_last_use[r.0 as usize].max(i as u32);
                }
                nuses[r.0 as usize] += 1;
            }
            if let Some(s) = ir.ins[i].snap {
                // A virtual tuple's exit writes its items: they live as
                // long as the snapshot does.
                let mut pending: Vec<Ref> = ir.snaps[s as usize].refs().collect();
                while let Some(r) = pending.pop() {
                    last_use[r.0 as usize] = last_use[r.0 as usize].max(i as u32);
                    own_last_use[r.0 as usize] = own_last_use[r.0 as usize].max(i as u32);
                    nuses[r.0 as usize] += 1;
                    if let Op::VTuple(t) = ir.ins[r.0 as usize].op {
                        pending.extend_from_slice(&ir.tuples[t as usize]);
                    }
                }
            }
        }
        let phi_left_of: Map<u32, Ref> = ir
            .ins
            .iter()
            .filter_map(|x| match x.op {
                Op::Phi(l, r) => Some((r.0, l)),
                _ => None,
            })
            .collect();
        // A peeled loop: values from before the loop head that the body
        // reads live through every iteration, to the back edge.
        let loop_head = ir.ins.iter().position(|x| x.op == Op::LoopStart);
        if let Some(head) = loop_head {
            for u in last_use.iter_mut().take(head) {
                if *u as usize > head {
                    *u = n as u32;
                }
            }
            for u in last_read.iter_mut().take(head) {
                if *u as usize > head {
                    *u = n as u32;
                }
            }
        }
        Gen {
            loop_label: None,
            label_state: Vec::new(),
            exit_common: area.exit_common,
            refuel_common: area.refuel_common,
            refuels: Vec::new(),
            append_common: area.append_common,
            appends: Vec::new(),
            asm: &mut area.asm,
            ir,
            first_exit,
            last_use,
            own_last_use,
            last_read,
            at: 0,
            phi_left_of,
            nuses,
            reg: vec![None; n],
            spilled: vec![false; n],
            gpr_owner: [None; 16],
            xmm_owner: [None; 16],
            exits: Vec::new(),
            body_ticks: 0,
            prepaid: 0,
            undo: None,
            virtual_overflow: false,
        }
    }

    fn ty(&self, r: Ref) -> Ty {
        self.ir.ty(r)
    }

    fn spill_off(r: Ref) -> i32 {
        offsets::SPILL + 8 * r.0 as i32
    }

    /// Where a value is now.
    fn loc(&self, r: Ref) -> Loc {
        match self.ir.op(r) {
            Op::KInt(v) => return Loc::Const(v as u64),
            // A float constant the loop body uses may be kept in a register.
            Op::KFloat(b) => {
                return match self.reg[r.0 as usize] {
                    Some(x) => Loc::Xmm(x),
                    None => Loc::Const(b),
                }
            }
            Op::KBool(b) => return Loc::Const(b as u64),
            Op::KObj(o) => return Loc::Const(o),
            Op::KNil | Op::KUndef => return Loc::Const(0),
            _ => {}
        }
        if matches!(self.ty(r), Ty::Nil | Ty::Undef) {
            return Loc::Const(0);
        }
        match self.reg[r.0 as usize] {
            Some(x) if self.ty(r).is_float() => Loc::Xmm(x),
            Some(x) => Loc::Gpr(x),
            None => Loc::Spill(r.0),
        }
    }

    // ---- register allocation -------------------------------------------

    fn spill(&mut self, r: Ref) {
        if self.spilled[r.0 as usize] {
            return;
        }
        let off = Self::spill_off(r);
        match self.loc(r) {
            Loc::Gpr(x) => dynasm!(self.asm ; .arch x64 ; mov [r13 + off], Rq(x)),
            Loc::Xmm(x) => dynasm!(self.asm ; .arch x64 ; movsd [r13 + off], Rx(x)),
            _ => {}
        }
        self.spilled[r.0 as usize] = true;
    }

    /// The owners of one register class (XMM for floats, else general).
    fn owners(&mut self, float: bool) -> &mut [Option<Ref>; 16] {
        if float {
            &mut self.xmm_owner
        } else {
            &mut self.gpr_owner
        }
    }

    fn free_reg(&mut self, float: bool, x: u8) {
        if let Some(r) = self.owners(float)[x as usize].take() {
            self.reg[r.0 as usize] = None;
        }
    }

    fn free_gpr(&mut self, x: u8) {
        self.free_reg(false, x);
    }

    fn free_xmm(&mut self, x: u8) {
        self.free_reg(true, x);
    }

    /// A register of the class for value `r`, avoiding `keep`: a free one,
    /// else the one whose value is needed furthest ahead (spilled first).
    fn alloc_reg(&mut self, r: Ref, float: bool, keep: &[u8]) -> u8 {
        let pool: &[u8] = if float { &XMM_POOL } else { &GPRS };
        let owners = *self.owners(float);
        let x = match pool
            .iter()
            .find(|&&x| owners[x as usize].is_none() && !keep.contains(&x))
        {
            Some(&x) => x,
            None => {
                // Values only exits still need go first (their stubs read
                // spill slots as well as registers), then the one needed
                // furthest away.
                let victim = pool
                    .iter()
                    .filter(|x| !keep.contains(x))
                    .max_by_key(|&&x| {
                        owners[x as usize].map_or((false, 0), |o| {
                            (self.last_read[o.0 as usize] < self.at, self.last_use[o.0 as usize])
                        })
                    })
                    .copied()
                    .expect("a register to evict");
                if let Some(o) = owners[victim as usize] {
                    self.spill(o);
                }
                self.free_reg(float, victim);
                victim
            }
        };
        self.owners(float)[x as usize] = Some(r);
        self.reg[r.0 as usize] = Some(x);
        x
    }

    fn alloc_gpr(&mut self, r: Ref, keep: &[u8]) -> u8 {
        self.alloc_reg(r, false, keep)
    }

    fn alloc_xmm(&mut self, r: Ref, keep: &[u8]) -> u8 {
        self.alloc_reg(r, true, keep)
    }

    /// A general register holding `r` (int, bool, ref): its own, or the
    /// scratch register `scratch` loaded from a constant or spill slot.
    fn gpr(&mut self, r: Ref, scratch: u8) -> u8 {
        match self.loc(r) {
            Loc::Gpr(x) => x,
            Loc::Const(v) => {
                self.load_imm(scratch, v);
                scratch
            }
            Loc::Spill(_) => {
                let off = Self::spill_off(r);
                dynasm!(self.asm ; .arch x64 ; mov Rq(scratch), [r13 + off]);
                scratch
            }
            Loc::Xmm(x) => {
                dynasm!(self.asm ; .arch x64 ; movq Rq(scratch), Rx(x));
                scratch
            }
        }
    }

    /// An XMM register holding float `r`.
    fn xmm(&mut self, r: Ref, scratch: u8) -> u8 {
        match self.loc(r) {
            Loc::Xmm(x) => x,
            Loc::Const(v) => {
                self.load_imm(RAX, v);
                dynasm!(self.asm ; .arch x64 ; movq Rx(scratch), rax);
                scratch
            }
            Loc::Spill(_) => {
                let off = Self::spill_off(r);
                dynasm!(self.asm ; .arch x64 ; movsd Rx(scratch), [r13 + off]);
                scratch
            }
            Loc::Gpr(x) => {
                dynasm!(self.asm ; .arch x64 ; movq Rx(scratch), Rq(x));
                scratch
            }
        }
    }

    fn load_imm(&mut self, x: u8, v: u64) {
        if v == 0 {
            dynasm!(self.asm ; .arch x64 ; xor Rd(x), Rd(x));
        } else if v <= u32::MAX as u64 {
            dynasm!(self.asm ; .arch x64 ; mov Rd(x), v as i32);
        } else {
            dynasm!(self.asm ; .arch x64 ; mov Rq(x), QWORD v as i64);
        }
    }

    /// Releases the registers of values whose last use is `i`.
    fn release_dead(&mut self, i: usize) {
        for x in GPRS {
            if let Some(o) = self.gpr_owner[x as usize] {
                if self.dead_after(o, i) {
                    self.free_gpr(x);
                }
            }
        }
        for x in 0..XMMS {
            if let Some(o) = self.xmm_owner[x as usize] {
                if self.dead_after(o, i) {
                    self.free_xmm(x);
                }
            }
        }
    }

    /// Whether nothing after instruction i reads value o.
    fn dead_after(&self, o: Ref, i: usize) -> bool {
        let o = o.0 as usize;
        self.last_use[o] <= i as u32 && (o < i || self.nuses[o] == 0)
    }

    /// Before a call: values in clobbered registers that live on go to
    /// their spill slots; those registers are then free. "Live on"
    /// includes this instruction's own snapshot, which the exit after the
    /// call reads.
    fn spill_for_call(&mut self, i: usize) {
        for x in CALLER_SAVED {
            if let Some(o) = self.gpr_owner[x as usize] {
                if self.last_use[o.0 as usize] >= i as u32 {
                    self.spill(o);
                }
                self.free_gpr(x);
            }
        }
        for x in 0..XMMS {
            if let Some(o) = self.xmm_owner[x as usize] {
                if self.last_use[o.0 as usize] >= i as u32 {
                    self.spill(o);
                }
                self.free_xmm(x);
            }
        }
    }

    /// The destination register for `dst = a op ...`: a's own register
    /// when a dies here (no copy), else a fresh one holding a copy of a.
    fn dst_gpr(&mut self, i: usize, a: Ref, keep: &[u8]) -> u8 {
        let r = Ref(i as u32);
        if let Loc::Gpr(x) = self.loc(a) {
            let dies = self.last_use[a.0 as usize] == i as u32 || self.in_place(i, a);
            if dies && !keep.contains(&x) && self.spilled_or_dead_after(a, i) {
                self.gpr_owner[x as usize] = Some(r);
                self.reg[a.0 as usize] = None;
                self.reg[i] = Some(x);
                return x;
            }
        }
        let mut avoid = keep.to_vec();
        if let Loc::Gpr(x) = self.loc(a) {
            avoid.push(x);
        }
        let d = self.alloc_gpr(r, &avoid);
        let s = self.gpr(a, RAX);
        if s != d {
            dynasm!(self.asm ; .arch x64 ; mov Rq(d), Rq(s));
        }
        d
    }

    /// `dst_gpr` for an overflow-checked add or subtract (`added`, `by`):
    /// when `a` dies here but the instruction's own exit needs it, its
    /// register still takes the result, and the exit undoes the step
    /// (`Undo`, set for `exit_here`).
    fn dst_gpr_undoable(&mut self, i: usize, a: Ref, keep: &[u8], added: bool, by: UndoBy) -> u8 {
        if let Loc::Gpr(x) = self.loc(a) {
            let dies = self.last_use[a.0 as usize] == i as u32 || self.in_place(i, a);
            if dies && !keep.contains(&x) && !self.spilled_or_dead_after(a, i) {
                self.gpr_owner[x as usize] = Some(Ref(i as u32));
                self.reg[a.0 as usize] = None;
                self.reg[i] = Some(x);
                self.undo = Some(Undo {
                    value: a,
                    reg: x,
                    added,
                    by,
                });
                return x;
            }
        }
        self.dst_gpr(i, a, keep)
    }

    fn dst_xmm(&mut self, i: usize, a: Ref, keep: &[u8]) -> u8 {
        let r = Ref(i as u32);
        if let Loc::Xmm(x) = self.loc(a) {
            let dies = self.last_use[a.0 as usize] == i as u32 || self.in_place(i, a);
            if dies && !keep.contains(&x) {
                self.xmm_owner[x as usize] = Some(r);
                self.reg[a.0 as usize] = None;
                self.reg[i] = Some(x);
                return x;
            }
        }
        let mut avoid = keep.to_vec();
        if let Loc::Xmm(x) = self.loc(a) {
            avoid.push(x);
        }
        let d = self.alloc_xmm(r, &avoid);
        let s = self.xmm(a, XS1);
        if s != d {
            dynasm!(self.asm ; .arch x64 ; movapd Rx(d), Rx(s));
        }
        d
    }

    /// An int constant that fits an instruction's 32-bit immediate (which
    /// the CPU sign-extends to 64 bits).
    fn imm32(&self, r: Ref) -> Option<i32> {
        self.ir.const_i(r).and_then(|k| i32::try_from(k).ok())
    }

    /// The operands of a commutative `a op b` in the order that lets the
    /// result take over an operand's register: b first when only b dies
    /// here (`dst_gpr`/`dst_xmm` then need no copy), and a constant second
    /// (it becomes an immediate).
    fn commute(&self, i: usize, a: Ref, b: Ref) -> (Ref, Ref) {
        let takeover = |r: Ref| {
            (self.last_use[r.0 as usize] == i as u32 || self.in_place(i, r))
                && match self.loc(r) {
                    Loc::Gpr(_) => self.spilled_or_dead_after(r, i),
                    Loc::Xmm(_) => true,
                    _ => false,
                }
        };
        let constant = |r: Ref| self.imm32(r).is_some();
        if a != b && ((!takeover(a) && takeover(b) && !constant(a)) || (constant(a) && !constant(b))) {
            (b, a)
        } else {
            (a, b)
        }
    }

    /// At the loop head (instruction `head`), registers go to what the
    /// body computes with: values only the body's exits still need move to
    /// their spill slots (an exit stub reads them there as well), and
    /// values the body reads that an eviction before the head left in
    /// their spill slots come back into free registers (the peeled
    /// iteration's temporaries are dead by now), the most read first.
    /// Otherwise every iteration would spill and reload around them.
    fn arrange_registers_for_the_body(&mut self, head: usize) {
        let n = self.ir.ins.len();
        for x in GPRS {
            if let Some(o) = self.gpr_owner[x as usize] {
                if (self.last_read[o.0 as usize] as usize) <= head && self.last_use[o.0 as usize] as usize == n {
                    self.spill(o);
                    self.free_gpr(x);
                }
            }
        }
        for x in XMM_POOL {
            if let Some(o) = self.xmm_owner[x as usize] {
                if (self.last_read[o.0 as usize] as usize) <= head && self.last_use[o.0 as usize] as usize == n {
                    self.spill(o);
                    self.free_xmm(x);
                }
            }
        }
        let mut reads: Map<Ref, u32> = Map::default();
        for k in head + 1..n {
            if matches!(self.ir.ins[k].op, Op::Phi(..)) {
                continue;
            }
            for r in self.ir.uses(k) {
                if (r.0 as usize) < head && self.last_use[r.0 as usize] as usize == n {
                    *reads.entry(r).or_default() += 1;
                }
            }
        }
        let mut spilled: Vec<(u32, Ref)> = reads
            .into_iter()
            .filter(|&(r, _)| matches!(self.loc(r), Loc::Spill(_)))
            .map(|(r, count)| (count, r))
            .collect();
        spilled.sort_by_key(|&(count, r)| (std::cmp::Reverse(count), r.0));
        for (_, r) in spilled {
            let float = self.ty(r) == Ty::Float;
            let pool: &[u8] = if float { &XMM_POOL } else { &GPRS };
            let owners = *self.owners(float);
            if !pool.iter().any(|&x| owners[x as usize].is_none()) {
                continue;
            }
            let off = Self::spill_off(r);
            let x = self.alloc_reg(r, float, &[]);
            if float {
                dynasm!(self.asm ; .arch x64 ; movsd Rx(x), [r13 + off]);
            } else {
                dynasm!(self.asm ; .arch x64 ; mov Rq(x), [r13 + off]);
            }
        }
    }

    /// Whether instruction i computes the next iteration's value of a PHI
    /// whose current value `a` nothing reads after i: then i may overwrite
    /// a's register, which is where the back edge wants the new value (no
    /// move there).
    fn in_place(&self, i: usize, a: Ref) -> bool {
        self.phi_left_of.get(&(i as u32)) == Some(&a) && self.own_last_use[a.0 as usize] <= i as u32
    }

    /// A guard's operand may be needed by the guard's own snapshot after
    /// the instruction overwrote its register: only reuse a register
    /// whose value no snapshot of this instruction needs.
    fn spilled_or_dead_after(&self, a: Ref, i: usize) -> bool {
        match self.ir.ins[i].snap {
            Some(_) if !self.exits_at(i) => true,
            Some(s) => !self.ir.snaps[s as usize].entries.iter().any(|(_, r)| *r == a),
            None => true,
        }
    }

    /// Whether instruction i, a guard, can exit as emitted: a shift by a
    /// constant in range cannot (its operand's register may take the
    /// result though the snapshot names the operand).
    fn exits_at(&self, i: usize) -> bool {
        !matches!(self.ir.ins[i].op, Op::Shr(_, b) if matches!(self.ir.const_i(b), Some(0..=63)))
    }

    // ---- exits ----------------------------------------------------------

    /// A new exit for instruction i's snapshot, with the values' places now.
    fn exit_here(&mut self, i: usize) -> DynamicLabel {
        let snap = self.ir.ins[i].snap.expect("a guard has a snapshot");
        let snapshot = &self.ir.snaps[snap as usize];
        let mut writes = Vec::new();
        let mut virtuals = Vec::new();
        let mut scratch = snapshot.height;
        for &(slot, r) in &snapshot.entries {
            self.place(slot, r, &mut writes, &mut virtuals, &mut scratch);
        }
        let fields = snapshot
            .fields
            .iter()
            .map(|f| {
                (
                    self.exit_loc(f.obj),
                    f.off,
                    self.exit_loc(f.val),
                    f.plus.map(|p| self.exit_loc(p)),
                )
            })
            .collect();
        let label = self.asm.new_dynamic_label();
        self.exits.push(PendingExit {
            label,
            snap,
            writes,
            fields,
            virtuals,
            guard: Some(i as u32),
            refund: self.prepaid,
            undo: self.undo,
        });
        label
    }

    /// Where an exit being made finds value `r`: where it is, or, for the
    /// operand an `Undo` overwrote, the register the stub restores it in.
    fn exit_loc(&self, r: Ref) -> Loc {
        match self.undo {
            Some(u) if u.value == r => Loc::Gpr(u.reg),
            _ => self.loc(r),
        }
    }

    /// How an exit puts value `r` into `slot`: written by the stub, or, for
    /// a virtual tuple, its items written to scratch slots from `scratch`
    /// on and the tuple made from them when the exit restores the state.
    fn place(
        &mut self,
        slot: u32,
        r: Ref,
        writes: &mut Vec<(u32, Loc, Ty)>,
        virtuals: &mut Vec<VirtualTuple>,
        scratch: &mut u32,
    ) {
        let Op::VTuple(t) = self.ir.op(r) else {
            writes.push((slot, self.exit_loc(r), self.ty(r)));
            return;
        };
        let items = &self.ir.tuples[t as usize];
        let first = *scratch;
        *scratch += items.len() as u32;
        if *scratch as usize > crate::params::MAX_VIRTUAL_SLOTS + crate::params::MAX_TRACE_SLOTS {
            self.virtual_overflow = true;
            return;
        }
        for (k, &item) in items.iter().enumerate() {
            self.place(first + k as u32, item, writes, virtuals, scratch);
        }
        virtuals.push(VirtualTuple {
            slot,
            first,
            len: items.len() as u32,
        });
    }

    /// Writes values into stack slots (boxing them).
    fn write_slots(&mut self, writes: &[(u32, Loc, Ty)]) {
        for &(slot, loc, ty) in writes {
            let off = 16 * slot as i32;
            let tag = ty.tag() as i32;
            dynasm!(self.asm ; .arch x64 ; mov QWORD [r12 + off], tag);
            match loc {
                Loc::Gpr(x) => dynasm!(self.asm ; .arch x64 ; mov [r12 + off + 8], Rq(x)),
                Loc::Xmm(x) => dynasm!(self.asm ; .arch x64 ; movsd [r12 + off + 8], Rx(x)),
                Loc::Spill(r) => {
                    let s = offsets::SPILL + 8 * r as i32;
                    dynasm!(self.asm ; .arch x64 ; mov rax, [r13 + s] ; mov [r12 + off + 8], rax);
                }
                Loc::Const(v) => {
                    self.load_imm(RAX, v);
                    dynasm!(self.asm ; .arch x64 ; mov [r12 + off + 8], rax);
                }
            }
        }
    }

    /// Writes object fields back (raw words): value plus addend, wrapping.
    fn write_fields(&mut self, fields: &[(Loc, i32, Loc, Option<Loc>)]) {
        for &(obj, off, val, plus) in fields {
            self.loc_into(RCX, obj);
            self.loc_into(RAX, val);
            if let Some(p) = plus {
                self.loc_into(RDX, p);
                dynasm!(self.asm ; .arch x64 ; add rax, rdx);
            }
            dynasm!(self.asm ; .arch x64 ; mov [rcx + off], rax);
        }
    }

    /// Copies a float from where it is into XMM register `x`.
    fn loc_into_xmm(&mut self, x: u8, at: Loc) {
        match at {
            Loc::Xmm(m) => {
                if m != x {
                    dynasm!(self.asm ; .arch x64 ; movapd Rx(x), Rx(m));
                }
            }
            Loc::Gpr(g) => dynasm!(self.asm ; .arch x64 ; movq Rx(x), Rq(g)),
            Loc::Spill(r) => {
                let s = offsets::SPILL + 8 * r as i32;
                dynasm!(self.asm ; .arch x64 ; movsd Rx(x), [r13 + s]);
            }
            Loc::Const(v) => {
                self.load_imm(RAX, v);
                dynasm!(self.asm ; .arch x64 ; movq Rx(x), rax);
            }
        }
    }

    /// Copies an int or reference from where it is into register `x`.
    fn loc_into(&mut self, x: u8, at: Loc) {
        match at {
            Loc::Gpr(g) => dynasm!(self.asm ; .arch x64 ; mov Rq(x), Rq(g)),
            Loc::Xmm(m) => dynasm!(self.asm ; .arch x64 ; movq Rq(x), Rx(m)),
            Loc::Spill(r) => {
                let s = offsets::SPILL + 8 * r as i32;
                dynasm!(self.asm ; .arch x64 ; mov Rq(x), [r13 + s]);
            }
            Loc::Const(v) => self.load_imm(x, v),
        }
    }

    fn emit_stubs(&mut self) -> Vec<CompiledExit> {
        let pending = std::mem::take(&mut self.exits);
        let mut out = Vec::with_capacity(pending.len());
        for (k, e) in pending.into_iter().enumerate() {
            let stub_at = self.asm.offset().0;
            dynasm!(self.asm ; .arch x64 ; =>e.label);
            if e.refund > 0 {
                dynasm!(self.asm ; .arch x64 ; add QWORD [r13 + offsets::FUEL], e.refund as i32);
            }
            if let Some(u) = e.undo {
                let x = u.reg;
                match (u.by, u.added) {
                    (UndoBy::Imm(k), true) => dynasm!(self.asm ; .arch x64 ; sub Rq(x), k),
                    (UndoBy::Imm(k), false) => dynasm!(self.asm ; .arch x64 ; add Rq(x), k),
                    (UndoBy::Reg(b), true) => dynasm!(self.asm ; .arch x64 ; sub Rq(x), Rq(b)),
                    (UndoBy::Reg(b), false) => dynasm!(self.asm ; .arch x64 ; add Rq(x), Rq(b)),
                }
            }
            self.write_fields(&e.fields);
            self.write_slots(&e.writes);
            let exit_tail = self.asm.new_dynamic_label();
            let jump_at = self.asm.offset().0;
            // A rel32 jump (5 bytes) so a side trace can be patched in.
            dynasm!(self.asm ; .arch x64 ; jmp DWORD =>exit_tail ; =>exit_tail);
            let id = (self.first_exit + k as u32) as i32;
            let common = self.exit_common;
            dynasm!(self.asm ; .arch x64 ; mov eax, id ; jmp =>common);
            out.push(CompiledExit {
                snap: e.snap,
                jump_at,
                stub_at,
                writes: e.writes,
                virtuals: e.virtuals,
                guard: e.guard,
            });
        }
        out
    }

    // ---- instructions -----------------------------------------------------

    /// Emits instruction i (and a guard fused into it); returns the index
    /// of the next instruction to emit.
    fn ins(
        &mut self,
        i: usize,
        start: DynamicLabel,
        tail: DynamicLabel,
        others: &TraceLabels,
    ) -> Result<usize, String> {
        let ins = self.ir.ins[i];
        let r = Ref(i as u32);
        let mut next = i + 1;
        self.at = i as u32;
        match ins.op {
            Op::KInt(_) | Op::KFloat(_) | Op::KBool(_) | Op::KObj(_) | Op::KNil | Op::KUndef | Op::VTuple(_) => {}
            Op::SLoad(slot) => {
                let off = 16 * slot as i32;
                let tag = ins.ty.tag() as i32;
                let exit = self.exit_here(i);
                dynasm!(self.asm ; .arch x64 ; cmp QWORD [r12 + off], tag ; jne =>exit);
                self.load_payload(i, ins.ty, Addr::Fixed(R12, off + 8));
            }
            Op::SLoadItem(slot) => {
                self.load_payload(i, ins.ty, Addr::Fixed(R12, 16 * slot as i32 + 8));
            }
            Op::GLoad(g) => {
                let off = 16 * g as i32;
                let tag = ins.ty.tag() as i32;
                let exit = self.exit_here(i);
                dynasm!(self.asm ; .arch x64
                    ; mov rsi, [r13 + offsets::GLOBALS]
                    ; cmp QWORD [rsi + off], tag
                    ; jne =>exit);
                self.load_payload(i, ins.ty, Addr::Fixed(RSI, off + 8));
            }
            Op::GuardGlobalIs(g, o) => {
                let off = 16 * g as i32;
                let exit = self.exit_here(i);
                let tag = Ty::Obj.tag() as i32;
                dynasm!(self.asm ; .arch x64
                    ; mov rsi, [r13 + offsets::GLOBALS]
                    ; cmp QWORD [rsi + off], tag
                    ; jne =>exit);
                self.load_imm(RAX, o);
                dynasm!(self.asm ; .arch x64 ; cmp [rsi + off + 8], rax ; jne =>exit);
            }
            Op::GuardGlobalUnbound(g) => {
                let off = 16 * g as i32;
                let exit = self.exit_here(i);
                dynasm!(self.asm ; .arch x64
                    ; mov rsi, [r13 + offsets::GLOBALS]
                    ; cmp QWORD [rsi + off], 0
                    ; jne =>exit);
            }
            Op::GStore(g, v) => {
                let off = 16 * g as i32;
                let tag = self.ty(v).tag() as i32;
                dynasm!(self.asm ; .arch x64 ; mov rsi, [r13 + offsets::GLOBALS] ; mov QWORD [rsi + off], tag);
                match self.loc(v) {
                    Loc::Xmm(x) => dynasm!(self.asm ; .arch x64 ; movsd [rsi + off + 8], Rx(x)),
                    _ => {
                        let s = self.gpr(v, RAX);
                        dynasm!(self.asm ; .arch x64 ; mov [rsi + off + 8], Rq(s));
                    }
                }
            }
            Op::AddOv(a, b) | Op::SubOv(a, b) | Op::MulOv(a, b) => {
                let (a, b) = if matches!(ins.op, Op::SubOv(..)) {
                    (a, b)
                } else {
                    self.commute(i, a, b)
                };
                let added = matches!(ins.op, Op::AddOv(..));
                let undoable = !matches!(ins.op, Op::MulOv(..)) && a != b;
                if let Some(k) = self.imm32(b) {
                    let d = if undoable {
                        self.dst_gpr_undoable(i, a, &[], added, UndoBy::Imm(k))
                    } else {
                        self.dst_gpr(i, a, &[])
                    };
                    let exit = self.exit_here(i);
                    self.undo = None;
                    match ins.op {
                        Op::AddOv(..) => dynasm!(self.asm ; .arch x64 ; add Rq(d), k ; jo =>exit),
                        Op::SubOv(..) => dynasm!(self.asm ; .arch x64 ; sub Rq(d), k ; jo =>exit),
                        _ => dynasm!(self.asm ; .arch x64 ; imul Rq(d), Rq(d), k ; jo =>exit),
                    }
                } else {
                    let bx = self.gpr(b, RCX);
                    let d = if undoable {
                        self.dst_gpr_undoable(i, a, &[bx], added, UndoBy::Reg(bx))
                    } else {
                        self.dst_gpr(i, a, &[bx])
                    };
                    let exit = self.exit_here(i);
                    self.undo = None;
                    match ins.op {
                        Op::AddOv(..) => dynasm!(self.asm ; .arch x64 ; add Rq(d), Rq(bx) ; jo =>exit),
                        Op::SubOv(..) => dynasm!(self.asm ; .arch x64 ; sub Rq(d), Rq(bx) ; jo =>exit),
                        _ => dynasm!(self.asm ; .arch x64 ; imul Rq(d), Rq(bx) ; jo =>exit),
                    }
                }
            }
            Op::NegOv(a) => {
                let d = self.dst_gpr(i, a, &[]);
                let exit = self.exit_here(i);
                dynasm!(self.asm ; .arch x64 ; neg Rq(d) ; jo =>exit);
            }
            Op::AbsOv(a) => {
                // -a overflows only for i64::MIN; a negative -a means a was
                // positive, so a stays.
                let d = self.dst_gpr(i, a, &[]);
                let exit = self.exit_here(i);
                dynasm!(self.asm ; .arch x64 ; mov rax, Rq(d) ; neg rax ; jo =>exit ; cmovns Rq(d), rax);
            }
            Op::BAnd(a, b) | Op::BOr(a, b) | Op::BXor(a, b) => {
                let (a, b) = self.commute(i, a, b);
                if let Some(k) = self.imm32(b) {
                    let d = self.dst_gpr(i, a, &[]);
                    match ins.op {
                        Op::BAnd(..) => dynasm!(self.asm ; .arch x64 ; and Rq(d), k),
                        Op::BOr(..) => dynasm!(self.asm ; .arch x64 ; or Rq(d), k),
                        _ => dynasm!(self.asm ; .arch x64 ; xor Rq(d), k),
                    }
                } else {
                    let bx = self.gpr(b, RCX);
                    let d = self.dst_gpr(i, a, &[bx]);
                    match ins.op {
                        Op::BAnd(..) => dynasm!(self.asm ; .arch x64 ; and Rq(d), Rq(bx)),
                        Op::BOr(..) => dynasm!(self.asm ; .arch x64 ; or Rq(d), Rq(bx)),
                        _ => dynasm!(self.asm ; .arch x64 ; xor Rq(d), Rq(bx)),
                    }
                }
            }
            Op::BNot(a) => {
                let d = self.dst_gpr(i, a, &[]);
                dynasm!(self.asm ; .arch x64 ; not Rq(d));
            }
            Op::Not(a) => {
                let d = self.dst_gpr(i, a, &[]);
                dynasm!(self.asm ; .arch x64 ; xor Rq(d), 1);
            }
            Op::Shr(a, b) if !self.exits_at(i) => {
                let k = self.ir.const_i(b).expect("a constant") as i8;
                let d = self.dst_gpr(i, a, &[]);
                dynasm!(self.asm ; .arch x64 ; sar Rq(d), k);
            }
            Op::Shr(a, b) => {
                let exit = self.exit_here(i);
                let bx = self.gpr(b, RCX);
                if bx != RCX {
                    dynasm!(self.asm ; .arch x64 ; mov rcx, Rq(bx));
                }
                let clamp = self.asm.new_dynamic_label();
                dynasm!(self.asm ; .arch x64
                    ; test rcx, rcx
                    ; js =>exit
                    ; cmp rcx, 63
                    ; jbe =>clamp
                    ; mov ecx, 63
                    ; =>clamp);
                let d = self.dst_gpr(i, a, &[RCX]);
                dynasm!(self.asm ; .arch x64 ; sar Rq(d), cl);
            }
            Op::FloorDiv(a, b) | Op::Mod(a, b) => {
                let exit = self.exit_here(i);
                // Divisor in rcx, dividend in rax; rdx gets the remainder.
                let bx = self.gpr(b, RCX);
                if bx != RCX {
                    dynasm!(self.asm ; .arch x64 ; mov rcx, Rq(bx));
                }
                let ax = self.gpr(a, RAX);
                if ax != RAX {
                    dynasm!(self.asm ; .arch x64 ; mov rax, Rq(ax));
                }
                let fine = self.asm.new_dynamic_label();
                let done = self.asm.new_dynamic_label();
                dynasm!(self.asm ; .arch x64
                    ; test rcx, rcx
                    ; jz =>exit
                    ; cmp rcx, -1
                    ; jne =>fine
                    ; mov rdx, QWORD i64::MIN
                    ; cmp rax, rdx
                    ; je =>exit
                    ; =>fine
                    ; cqo
                    ; idiv rcx
                    // Python rounds toward -inf: fix up when the remainder
                    // is non-zero and its sign differs from the divisor's.
                    ; test rdx, rdx
                    ; jz =>done
                    ; mov rsi, rdx
                    ; xor rsi, rcx
                    ; jns =>done
                    ; sub rax, 1
                    ; add rdx, rcx
                    ; =>done);
                let d = self.alloc_gpr(r, &[]);
                if matches!(ins.op, Op::FloorDiv(..)) {
                    dynasm!(self.asm ; .arch x64 ; mov Rq(d), rax);
                } else {
                    dynasm!(self.asm ; .arch x64 ; mov Rq(d), rdx);
                }
            }
            Op::FAdd(a, b) | Op::FSub(a, b) | Op::FMul(a, b) | Op::FDiv(a, b) => {
                // `b + a` and `b * a`, always: with two NaN operands the
                // processor gives the first, and `b` first is the NaN
                // CPython and the interpreter give (`numeric::float_add`).
                let (a, b) = match ins.op {
                    Op::FAdd(..) | Op::FMul(..) => (b, a),
                    _ => (a, b),
                };
                let bx = self.xmm(b, XS2);
                if matches!(ins.op, Op::FDiv(..)) {
                    let exit = self.exit_here(i);
                    dynasm!(self.asm ; .arch x64 ; xorps xmm14, xmm14 ; ucomisd Rx(bx), xmm14 ; je =>exit);
                }
                let d = self.dst_xmm(i, a, &[bx]);
                match ins.op {
                    Op::FAdd(..) => dynasm!(self.asm ; .arch x64 ; addsd Rx(d), Rx(bx)),
                    Op::FSub(..) => dynasm!(self.asm ; .arch x64 ; subsd Rx(d), Rx(bx)),
                    Op::FMul(..) => dynasm!(self.asm ; .arch x64 ; mulsd Rx(d), Rx(bx)),
                    _ => dynasm!(self.asm ; .arch x64 ; divsd Rx(d), Rx(bx)),
                }
            }
            Op::FNeg(a) | Op::FAbs(a) => {
                let d = self.dst_xmm(i, a, &[]);
                if matches!(ins.op, Op::FNeg(_)) {
                    dynasm!(self.asm ; .arch x64 ; mov rax, QWORD i64::MIN ; movq xmm15, rax ; xorpd Rx(d), xmm15);
                } else {
                    dynasm!(self.asm ; .arch x64 ; mov rax, QWORD i64::MAX ; movq xmm15, rax ; andpd Rx(d), xmm15);
                }
            }
            Op::FSqrt(a) => {
                let exit = self.exit_here(i);
                let ax = self.xmm(a, XS1);
                dynasm!(self.asm ; .arch x64 ; xorps xmm15, xmm15 ; ucomisd Rx(ax), xmm15 ; jb =>exit);
                let d = self.alloc_xmm(r, &[ax]);
                dynasm!(self.asm ; .arch x64 ; sqrtsd Rx(d), Rx(ax));
            }
            Op::FPow(a, b) => {
                // Every register a C call clobbers is spilled first: the
                // operands are then in memory (or constants) for the exit
                // that checks the result.
                self.spill_for_call(i);
                let exit = self.exit_here(i);
                self.loc_into_xmm(0, self.loc(a));
                self.loc_into_xmm(1, self.loc(b));
                let pow = crate::exit::pow as extern "C" fn(f64, f64) -> f64 as usize as i64;
                dynasm!(self.asm ; .arch x64
                    ; mov rax, QWORD pow
                    ; call rax
                    // Finite: r - r is 0, not NaN.
                    ; movapd xmm14, xmm0
                    ; subsd xmm14, xmm0
                    ; ucomisd xmm14, xmm14
                    ; jp =>exit);
                let d = self.alloc_xmm(r, &[]);
                if d != 0 {
                    dynasm!(self.asm ; .arch x64 ; movapd Rx(d), xmm0);
                }
            }
            Op::IToF(a) | Op::IToFExact(a) => {
                let ax = self.gpr(a, RCX);
                if matches!(ins.op, Op::IToFExact(_)) {
                    let exit = self.exit_here(i);
                    dynasm!(self.asm ; .arch x64
                        ; mov rax, QWORD 1i64 << 53
                        ; add rax, Rq(ax)
                        ; mov rdx, QWORD 1i64 << 54
                        ; cmp rax, rdx
                        ; ja =>exit);
                }
                let d = self.alloc_xmm(r, &[]);
                dynasm!(self.asm ; .arch x64 ; xorps Rx(d), Rx(d) ; cvtsi2sd Rx(d), Rq(ax));
            }
            Op::ICmp(c, a, b) | Op::FCmp(c, a, b) => {
                let is_float = matches!(ins.op, Op::FCmp(..));
                // Fuse with the guard that consumes the bool, if that is
                // its only use.
                let fused = match self.ir.ins.get(i + 1).map(|n| n.op) {
                    Some(Op::Guard(g, flag)) if g == r && self.nuses[i] == 1 => Some(flag),
                    _ => None,
                };
                let (c, swapped) = self.emit_compare(is_float, c, a, b);
                match fused {
                    Some(flag) => {
                        let exit = self.exit_here(i + 1);
                        self.jump_unless(is_float, c, swapped, flag, exit);
                        next = i + 2;
                    }
                    None => {
                        self.set_bool(is_float, c, swapped);
                        let d = self.alloc_gpr(r, &[]);
                        dynasm!(self.asm ; .arch x64 ; movzx Rd(d), al);
                    }
                }
            }
            Op::IntTruth(a) => {
                let ax = self.gpr(a, RCX);
                dynasm!(self.asm ; .arch x64 ; test Rq(ax), Rq(ax) ; setne al);
                let d = self.alloc_gpr(r, &[]);
                dynasm!(self.asm ; .arch x64 ; movzx Rd(d), al);
            }
            Op::FloatTruth(a) => {
                let ax = self.xmm(a, XS1);
                // NaN is true: "not equal to zero" includes unordered.
                dynasm!(self.asm ; .arch x64
                    ; xorps xmm15, xmm15
                    ; ucomisd Rx(ax), xmm15
                    ; setne al
                    ; setp cl
                    ; or al, cl);
                let d = self.alloc_gpr(r, &[]);
                dynasm!(self.asm ; .arch x64 ; movzx Rd(d), al);
            }
            Op::Guard(a, flag) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                if flag {
                    dynasm!(self.asm ; .arch x64 ; test Rq(ax), Rq(ax) ; jz =>exit);
                } else {
                    dynasm!(self.asm ; .arch x64 ; test Rq(ax), Rq(ax) ; jnz =>exit);
                }
            }
            Op::GuardIs(a, o) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                self.load_imm(RAX, o);
                dynasm!(self.asm ; .arch x64 ; cmp Rq(ax), rax ; jne =>exit);
            }
            Op::GuardKind(a, kind) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                dynasm!(self.asm ; .arch x64 ; cmp BYTE [Rq(ax) + layout::header::KIND], kind as i8 ; jne =>exit);
            }
            Op::GuardStorage(a, storage) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                dynasm!(self.asm ; .arch x64 ; cmp BYTE [Rq(ax) + layout::header::FLAGS], storage as i8 ; jne =>exit);
            }
            Op::GuardShape(a, shape) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                dynasm!(self.asm ; .arch x64 ; cmp DWORD [Rq(ax) + layout::header::SHAPE], shape as i32 ; jne =>exit);
            }
            Op::GuardAscii(a) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                let ascii = layout::str::ASCII as i8;
                dynasm!(self.asm ; .arch x64 ; test BYTE [Rq(ax) + layout::header::FLAGS], ascii ; jz =>exit);
            }
            Op::GuardCode(a, code) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(a, RCX);
                dynasm!(self.asm ; .arch x64 ; cmp DWORD [Rq(ax) + layout::function::CODE], code as i32 ; jne =>exit);
            }
            Op::LoadField(a, off) | Op::LoadFixed(a, off) => {
                let ax = self.gpr(a, RCX);
                let d = self.alloc_gpr(r, &[ax]);
                dynasm!(self.asm ; .arch x64 ; mov Rq(d), [Rq(ax) + off]);
            }
            Op::LoadFloatField(a, off) => {
                let ax = self.gpr(a, RCX);
                let d = self.alloc_xmm(r, &[]);
                dynasm!(self.asm ; .arch x64 ; movsd Rx(d), [Rq(ax) + off]);
            }
            Op::Call(n) => self.call(i, n)?,
            Op::RangeNext(p) => {
                let exit = self.exit_here(i);
                let px = self.gpr(p, RSI);
                let (next, remaining) = (layout::range_iter::NEXT, layout::range_iter::REMAINING);
                dynasm!(self.asm ; .arch x64
                    ; cmp QWORD [Rq(px) + remaining], 0
                    ; jle =>exit);
                let d = self.alloc_gpr(r, &[px]);
                dynasm!(self.asm ; .arch x64 ; mov Rq(d), [Rq(px) + next]);
            }
            Op::RangeAdvance(p) => {
                let px = self.gpr(p, RSI);
                let (next, remaining, step) = (
                    layout::range_iter::NEXT,
                    layout::range_iter::REMAINING,
                    layout::range_iter::STEP,
                );
                dynasm!(self.asm ; .arch x64
                    ; sub QWORD [Rq(px) + remaining], 1
                    ; mov rax, [Rq(px) + step]
                    ; add [Rq(px) + next], rax);
            }
            Op::RangeLeft(left) => {
                let exit = self.exit_here(i);
                let lx = self.gpr(left, RAX);
                dynasm!(self.asm ; .arch x64 ; cmp Rq(lx), 0 ; jle =>exit);
            }
            Op::SeqLeft(at, len) => {
                let exit = self.exit_here(i);
                let ax = self.gpr(at, RAX);
                let nx = self.gpr(len, RCX);
                dynasm!(self.asm ; .arch x64 ; cmp Rq(ax), Rq(nx) ; jae =>exit);
            }
            Op::AddWrap(a, b) => {
                let (a, b) = self.commute(i, a, b);
                if let Some(k) = self.imm32(b) {
                    let d = self.dst_gpr(i, a, &[]);
                    dynasm!(self.asm ; .arch x64 ; add Rq(d), k);
                } else {
                    let bx = self.gpr(b, RCX);
                    let d = self.dst_gpr(i, a, &[bx]);
                    dynasm!(self.asm ; .arch x64 ; add Rq(d), Rq(bx));
                }
            }
            Op::LoadMutField(a, off) => {
                let ax = self.gpr(a, RCX);
                let d = self.alloc_gpr(r, &[ax]);
                dynasm!(self.asm ; .arch x64 ; mov Rq(d), [Rq(ax) + off]);
            }
            Op::StoreField(a, off, v) => {
                let ax = self.gpr(a, RCX);
                let vx = self.gpr(v, RAX);
                dynasm!(self.asm ; .arch x64 ; mov [Rq(ax) + off], Rq(vx));
            }
            Op::SetShape(a, shape) => {
                let ax = self.gpr(a, RCX);
                dynasm!(self.asm ; .arch x64 ; mov DWORD [Rq(ax) + layout::header::SHAPE], shape as i32);
            }
            Op::SeqNext(it, len) => {
                let exit = self.exit_here(i);
                let index = layout::seq_iter::INDEX;
                let itx = self.gpr(it, RSI);
                let nx = self.gpr(len, RCX);
                dynasm!(self.asm ; .arch x64
                    ; mov rax, [Rq(itx) + index]
                    ; cmp rax, Rq(nx)
                    ; jae =>exit);
                let d = self.alloc_gpr(r, &[itx, nx]);
                dynasm!(self.asm ; .arch x64 ; mov Rq(d), rax);
            }
            Op::SeqAdvance(it, at) => {
                let index = layout::seq_iter::INDEX;
                let itx = self.gpr(it, RSI);
                let ax = self.gpr(at, RCX);
                dynasm!(self.asm ; .arch x64 ; lea rax, [Rq(ax) + 1] ; mov [Rq(itx) + index], rax);
            }
            Op::BoundsCheck(idx, len) => {
                let exit = self.exit_here(i);
                let ix = self.gpr(idx, RAX);
                let nx = self.gpr(len, RCX);
                // Unsigned: a negative index is out of range too (the
                // interpreter handles negative indices).
                dynasm!(self.asm ; .arch x64 ; cmp Rq(ix), Rq(nx) ; jae =>exit);
            }
            Op::LoadElem(data, idx, elem) => {
                let exit = self.exit_here(i);
                let at = self.elem_address(data, idx, elem);
                if matches!(elem, Elem::Values | Elem::TupleItems) {
                    let tag = ins.ty.tag() as i32;
                    at_addr!(self.asm, at, {cmp QWORD} {, tag});
                    dynasm!(self.asm ; .arch x64 ; jne =>exit);
                    self.load_payload(i, ins.ty, at.plus(8));
                } else if elem == Elem::StrBytes {
                    let d = self.alloc_gpr(r, &[]);
                    at_addr!(self.asm, at, {movzx Rd(d), BYTE} {});
                } else {
                    // Typed storage: the storage guard vouched for the type.
                    self.load_payload(i, ins.ty, at);
                }
            }
            Op::StoreElem(data, idx, v, elem) => {
                let at = self.elem_address(data, idx, elem);
                let payload = if matches!(elem, Elem::Values | Elem::TupleItems) {
                    let tag = self.ty(v).tag() as i32;
                    at_addr!(self.asm, at, {mov QWORD} {, tag});
                    at.plus(8)
                } else {
                    at
                };
                match (self.loc(v), elem) {
                    (Loc::Xmm(x), _) => at_addr!(self.asm, payload, {movsd} {, Rx(x)}),
                    (_, Elem::Bools) => {
                        let vx = self.gpr(v, RAX);
                        at_addr!(self.asm, payload, {mov} {, Rb(vx)});
                    }
                    _ => {
                        let vx = self.gpr(v, RAX);
                        at_addr!(self.asm, payload, {mov} {, Rq(vx)});
                    }
                }
            }
            Op::Tick => {
                let exit = self.exit_here(i);
                self.tick(exit, 1);
            }
            Op::PaidTick => self.prepaid -= 1,
            Op::ListAppend(l, v) => self.list_append(i, l, v),
            Op::Ticks(n) => {
                let exit = self.exit_here(i);
                self.tick(exit, n);
            }
            // The count is `fuel_end - fuel` (`Ctx::ticks`); rax is saved
            // around it, as it may hold a value.
            Op::MarkTicks => dynasm!(self.asm ; .arch x64
                ; push rax
                ; mov rax, [r13 + offsets::FUEL_END]
                ; sub rax, [r13 + offsets::FUEL]
                ; mov [r13 + offsets::OPERATOR_TICKS], rax
                ; pop rax),
            Op::RewindTicks => dynasm!(self.asm ; .arch x64
                ; push rax
                ; mov rax, [r13 + offsets::FUEL_END]
                ; sub rax, [r13 + offsets::OPERATOR_TICKS]
                ; mov [r13 + offsets::FUEL], rax
                ; pop rax),
            Op::LoopStart => {
                // The first iteration is over: tick as the loop header does,
                // and for the ticks the next round of the body passes.
                let exit = self.exit_here(i);
                self.body_ticks = crate::opt::ticks::paid_in_body(self.ir, i);
                self.tick(exit, 1 + self.body_ticks);
                self.prepaid = self.body_ticks;
                self.arrange_registers_for_the_body(i);
                let label = self.asm.new_dynamic_label();
                let phi_lefts: Vec<Ref> = self.ir.ins[i..]
                    .iter()
                    .filter_map(|x| match x.op {
                        Op::Phi(l, _) => Some(l),
                        _ => None,
                    })
                    .collect();
                for &l in &phi_lefts {
                    // Its spill slot will go stale: spill again if evicted.
                    if self.reg[l.0 as usize].is_some() {
                        self.spilled[l.0 as usize] = false;
                    }
                }
                let n = self.ir.ins.len() as u32;
                // Float constants the body uses live in free XMM registers
                // (materializing one takes two instructions each time).
                for k in 0..i {
                    let c = Ref(k as u32);
                    let free = (0..XMMS).any(|x| self.xmm_owner[x as usize].is_none());
                    if let (Op::KFloat(bits), true, true, None) =
                        (self.ir.op(c), free, self.last_use[k] == n, self.reg[k])
                    {
                        let x = self.alloc_xmm(c, &[]);
                        self.load_imm(RAX, bits);
                        dynasm!(self.asm ; .arch x64 ; movq Rx(x), rax);
                    }
                }
                self.label_state = (0..i)
                    .map(|k| Ref(k as u32))
                    .filter(|&r| self.last_use[r.0 as usize] == n)
                    .map(|r| (r, self.loc(r)))
                    .filter(|(_, l)| !matches!(l, Loc::Const(_)))
                    .collect();
                for &l in &phi_lefts {
                    if let Loc::Spill(_) = self.loc(l) {
                        // Lives in its spill slot: the back edge updates it.
                        self.spilled[l.0 as usize] = true;
                    }
                }
                dynasm!(self.asm ; .arch x64 ; =>label);
                self.loop_label = Some(label);
            }
            Op::Phi(..) => {}
            Op::LoopBack => {
                let snap = ins.snap.expect("LoopBack has a snapshot");
                match self.loop_label {
                    None => {
                        let writes: Vec<_> = self.ir.snaps[snap as usize]
                            .entries
                            .iter()
                            .map(|&(slot, r)| (slot, self.loc(r), self.ty(r)))
                            .collect();
                        self.write_slots(&writes);
                        dynasm!(self.asm ; .arch x64 ; jmp =>tail);
                    }
                    Some(label) => {
                        debug_assert_eq!(self.prepaid, 0, "the body passed all its paid ticks");
                        let exit = self.exit_here(i);
                        self.tick(exit, 1 + self.body_ticks);
                        self.prepaid = self.body_ticks;
                        self.back_edge_moves();
                        dynasm!(self.asm ; .arch x64 ; jmp =>label);
                    }
                }
            }
            Op::Handoff => {
                let exit = self.exit_here(i);
                dynasm!(self.asm ; .arch x64 ; jmp =>exit);
            }
            Op::CallEntry(n, t) => {
                let snap = ins.snap.expect("CallEntry has a snapshot");
                let mut writes = Vec::new();
                for &(slot, v) in &self.ir.snaps[snap as usize].entries {
                    if matches!(self.ir.op(v), Op::VTuple(_)) {
                        return Err("a virtual tuple at a call's write-back".into());
                    }
                    writes.push((slot, self.loc(v), self.ty(v)));
                }
                self.write_slots(&writes);
                // Failing, the helper changed nothing, and the state is in
                // memory already: the exit's stub has nothing to write.
                let exit = self.asm.new_dynamic_label();
                self.exits.push(PendingExit {
                    label: exit,
                    snap,
                    writes: Vec::new(),
                    fields: Vec::new(),
                    virtuals: Vec::new(),
                    guard: Some(i as u32),
                    refund: self.prepaid,
                    undo: None,
                });
                // A method's function (`ENTER_METHOD`) goes in as a value.
                let boxed = self.ir.calls[n as usize].boxed.clone();
                self.write_boxed(&boxed);
                let call = &self.ir.calls[n as usize];
                let [RawArg::Imm(code_pc), RawArg::Imm(slot_argc), RawArg::Imm(frame)] = call.raw[..] else {
                    return Err("CallEntry takes three constants".into());
                };
                let target = if t == crate::ir::SELF_TRACE {
                    start
                } else {
                    (others.start)(t)
                };
                if frame != 0 {
                    let inlined = self.ir.snaps[snap as usize].frames.clone();
                    self.enter_plain_call(code_pc, slot_argc, frame, &inlined, target);
                }
                let frames = &self.ir.snaps[snap as usize].frames;
                for (x, v) in [(RSI, code_pc), (RDX, slot_argc)] {
                    self.load_imm(x, v);
                }
                // The frames of the calls inlined around this one, by
                // address: the trace's IR (this snapshot) lives, unchanged,
                // as long as its code.
                let frames = if frames.is_empty() {
                    0
                } else {
                    frames as *const Vec<crate::ir::SnapFrame> as u64
                };
                self.load_imm(RCX, frames);
                let f = helper_fn(call.helper) as usize as i64;
                dynasm!(self.asm ; .arch x64
                    ; mov rdi, r13
                    ; mov rax, QWORD f
                    ; call rax
                    ; test rax, rax
                    ; jz =>exit
                    ; mov r12, rdx
                    ; jmp =>target);
            }
            Op::SetBase(v) => {
                let x = self.gpr(v, RAX);
                dynasm!(self.asm ; .arch x64 ; mov r12, Rq(x));
            }
            Op::Link(t) => {
                let snap = ins.snap.expect("Link has a snapshot");
                let writes: Vec<_> = self.ir.snaps[snap as usize]
                    .entries
                    .iter()
                    .map(|&(slot, r)| (slot, self.loc(r), self.ty(r)))
                    .collect();
                self.write_slots(&writes);
                let _ = tail;
                // Into the target's tail: reaching its loop header ticks.
                let target = (others.tail)(t);
                dynasm!(self.asm ; .arch x64 ; jmp =>target);
            }
        }
        self.release_dead(next - 1);
        Ok(next)
    }

    /// At a peeled loop's back edge: every value living across it goes
    /// back where it was at the loop head, each PHI's head value taking its
    /// body value. The moves are sequenced so none overwrites a place
    /// another still reads; a cycle (PHIs that swap) parks one value in
    /// the context's move area.
    fn back_edge_moves(&mut self) {
        let phis: Map<Ref, Ref> = self
            .ir
            .ins
            .iter()
            .filter_map(|x| match x.op {
                Op::Phi(l, r) => Some((l, r)),
                _ => None,
            })
            .collect();
        let state = std::mem::take(&mut self.label_state);
        let place = |l: Loc| match l {
            Loc::Gpr(x) => Place::Gpr(x),
            Loc::Xmm(x) => Place::Xmm(x),
            Loc::Spill(r) => Place::Mem(offsets::SPILL + 8 * r as i32),
            Loc::Const(v) => Place::Imm(v),
        };
        let mut pending: Vec<(Place, Place)> = Vec::new();
        for &(r, target) in &state {
            let source = phis.get(&r).copied().unwrap_or(r);
            let (from, to) = (place(self.loc(source)), place(target));
            if from != to && !matches!(to, Place::Imm(_)) {
                pending.push((from, to));
            }
        }
        let mut parked = 0;
        while !pending.is_empty() {
            let free = pending
                .iter()
                .position(|&(_, to)| !pending.iter().any(|&(from, _)| from == to));
            match free {
                Some(k) => {
                    let (from, to) = pending.remove(k);
                    self.emit_move(from, to);
                }
                None => {
                    let from = pending[0].0;
                    let park = Place::Mem(offsets::MOVES + 8 * parked);
                    parked += 1;
                    self.emit_move(from, park);
                    for m in pending.iter_mut() {
                        if m.0 == from {
                            m.0 = park;
                        }
                    }
                }
            }
        }
        self.label_state = state;
    }

    fn emit_move(&mut self, from: Place, to: Place) {
        match (from, to) {
            (Place::Gpr(a), Place::Gpr(b)) => dynasm!(self.asm ; .arch x64 ; mov Rq(b), Rq(a)),
            (Place::Xmm(a), Place::Xmm(b)) => dynasm!(self.asm ; .arch x64 ; movapd Rx(b), Rx(a)),
            (Place::Gpr(a), Place::Xmm(b)) => dynasm!(self.asm ; .arch x64 ; movq Rx(b), Rq(a)),
            (Place::Xmm(a), Place::Gpr(b)) => dynasm!(self.asm ; .arch x64 ; movq Rq(b), Rx(a)),
            (Place::Mem(o), Place::Gpr(b)) => dynasm!(self.asm ; .arch x64 ; mov Rq(b), [r13 + o]),
            (Place::Mem(o), Place::Xmm(b)) => dynasm!(self.asm ; .arch x64 ; movsd Rx(b), [r13 + o]),
            (Place::Gpr(a), Place::Mem(o)) => dynasm!(self.asm ; .arch x64 ; mov [r13 + o], Rq(a)),
            (Place::Xmm(a), Place::Mem(o)) => dynasm!(self.asm ; .arch x64 ; movsd [r13 + o], Rx(a)),
            (Place::Mem(p), Place::Mem(o)) => dynasm!(self.asm ; .arch x64 ; mov rax, [r13 + p] ; mov [r13 + o], rax),
            (Place::Imm(v), Place::Gpr(b)) => self.load_imm(b, v),
            (Place::Imm(v), Place::Xmm(b)) => {
                self.load_imm(RAX, v);
                dynasm!(self.asm ; .arch x64 ; movq Rx(b), rax);
            }
            (Place::Imm(v), Place::Mem(o)) => {
                self.load_imm(RAX, v);
                dynasm!(self.asm ; .arch x64 ; mov [r13 + o], rax);
            }
            (_, Place::Imm(_)) => {}
        }
    }

    /// Where item `idx` of the items at `data` is: the item size folded
    /// into the addressing mode (a 16-byte value's index doubled first), a
    /// constant index into the displacement. The registers are the values'
    /// own or the scratch registers rdx (index) and rcx (data).
    fn elem_address(&mut self, data: Ref, idx: Ref, elem: Elem) -> Addr {
        let head = match elem {
            Elem::TupleItems => layout::tuple::ITEMS,
            Elem::StrBytes => layout::str::BYTES,
            _ => 0,
        };
        let size: i64 = match elem {
            Elem::Values | Elem::TupleItems => 16,
            Elem::Ints | Elem::Floats | Elem::Refs => 8,
            Elem::Bools | Elem::StrBytes => 1,
        };
        let fixed = self
            .ir
            .const_i(idx)
            .and_then(|k| k.checked_mul(size)?.checked_add(head as i64));
        if let Some(disp) = fixed.and_then(|d| i32::try_from(d).ok()) {
            return Addr::Fixed(self.gpr(data, RCX), disp);
        }
        let mut ix = self.gpr(idx, RDX);
        if size == 16 {
            dynasm!(self.asm ; .arch x64 ; lea rdx, [Rq(ix) + Rq(ix)]);
            ix = RDX;
        }
        let dx = self.gpr(data, RCX);
        if size == 1 {
            Addr::Scaled1(dx, ix, head)
        } else {
            Addr::Scaled8(dx, ix, head)
        }
    }

    /// Loads a payload word into a fresh register for value i.
    fn load_payload(&mut self, i: usize, ty: Ty, at: Addr) {
        let r = Ref(i as u32);
        match ty {
            Ty::Float => {
                let d = self.alloc_xmm(r, &[]);
                at_addr!(self.asm, at, {movsd Rx(d),} {});
            }
            Ty::Int | Ty::Obj => {
                let d = self.alloc_gpr(r, &[]);
                at_addr!(self.asm, at, {mov Rq(d),} {});
            }
            Ty::Bool => {
                let d = self.alloc_gpr(r, &[]);
                at_addr!(self.asm, at, {movzx Rd(d), BYTE} {});
            }
            Ty::Nil | Ty::Undef | Ty::Void => {}
        }
    }

    /// Compares a with b, setting flags. Float comparisons put the
    /// operand that must be greater first (ucomisd's "above" is the only
    /// ordered test that is false for NaN), so `<` and `<=` swap.
    fn emit_compare(&mut self, is_float: bool, c: Cmp, a: Ref, b: Ref) -> (Cmp, bool) {
        if is_float {
            let swap = matches!(c, Cmp::Lt | Cmp::Le);
            let (x, y) = if swap { (b, a) } else { (a, b) };
            let xr = self.xmm(x, XS1);
            let yr = self.xmm(y, XS2);
            dynasm!(self.asm ; .arch x64 ; ucomisd Rx(xr), Rx(yr));
            (c, swap)
        } else {
            let ar = self.gpr(a, RAX);
            match self.imm32(b) {
                Some(k) => dynasm!(self.asm ; .arch x64 ; cmp Rq(ar), k),
                None => {
                    let br = self.gpr(b, RCX);
                    dynasm!(self.asm ; .arch x64 ; cmp Rq(ar), Rq(br));
                }
            }
            (c, false)
        }
    }

    /// al = the comparison's outcome (after `emit_compare`).
    fn set_bool(&mut self, is_float: bool, c: Cmp, swapped: bool) {
        let _ = swapped;
        if is_float {
            match c {
                Cmp::Lt | Cmp::Gt => dynasm!(self.asm ; .arch x64 ; seta al),
                Cmp::Le | Cmp::Ge => dynasm!(self.asm ; .arch x64 ; setae al),
                Cmp::Eq => dynasm!(self.asm ; .arch x64 ; sete al ; setnp cl ; and al, cl),
                Cmp::Ne => dynasm!(self.asm ; .arch x64 ; setne al ; setp cl ; or al, cl),
            }
        } else {
            match c {
                Cmp::Lt => dynasm!(self.asm ; .arch x64 ; setl al),
                Cmp::Le => dynasm!(self.asm ; .arch x64 ; setle al),
                Cmp::Gt => dynasm!(self.asm ; .arch x64 ; setg al),
                Cmp::Ge => dynasm!(self.asm ; .arch x64 ; setge al),
                Cmp::Eq => dynasm!(self.asm ; .arch x64 ; sete al),
                Cmp::Ne => dynasm!(self.asm ; .arch x64 ; setne al),
            }
        }
    }

    /// Jumps to `exit` unless the comparison's outcome equals `flag`.
    fn jump_unless(&mut self, is_float: bool, c: Cmp, swapped: bool, flag: bool, exit: DynamicLabel) {
        if is_float && matches!(c, Cmp::Eq | Cmp::Ne) {
            self.set_bool(true, c, swapped);
            if flag {
                dynasm!(self.asm ; .arch x64 ; test al, al ; jz =>exit);
            } else {
                dynasm!(self.asm ; .arch x64 ; test al, al ; jnz =>exit);
            }
            return;
        }
        if is_float {
            // After the swap every test is "above" or "above or equal".
            let strict = matches!(c, Cmp::Lt | Cmp::Gt);
            match (strict, flag) {
                (true, true) => dynasm!(self.asm ; .arch x64 ; jbe =>exit),
                (true, false) => dynasm!(self.asm ; .arch x64 ; ja =>exit),
                (false, true) => dynasm!(self.asm ; .arch x64 ; jb =>exit),
                (false, false) => dynasm!(self.asm ; .arch x64 ; jae =>exit),
            }
            return;
        }
        // Exit on the negation of (c == flag).
        let c = if flag { negate(c) } else { c };
        match c {
            Cmp::Lt => dynasm!(self.asm ; .arch x64 ; jl =>exit),
            Cmp::Le => dynasm!(self.asm ; .arch x64 ; jle =>exit),
            Cmp::Gt => dynasm!(self.asm ; .arch x64 ; jg =>exit),
            Cmp::Ge => dynasm!(self.asm ; .arch x64 ; jge =>exit),
            Cmp::Eq => dynasm!(self.asm ; .arch x64 ; je =>exit),
            Cmp::Ne => dynasm!(self.asm ; .arch x64 ; jne =>exit),
        }
    }

    /// Counts `n` ticks out of the fuel (see `Ctx::fuel`): all of them or
    /// none. Short of fuel, the out-of-line code `emit_refuels` writes
    /// gives the fuel back and asks `refuel`: with more fuel the count is
    /// retried; otherwise (budget spent, an interrupt, a collection asked
    /// for) the trace leaves through `exit`.
    fn tick(&mut self, exit: DynamicLabel, n: u32) {
        let again = self.asm.new_dynamic_label();
        let short = self.asm.new_dynamic_label();
        dynasm!(self.asm ; .arch x64
            ; =>again
            ; sub QWORD [r13 + offsets::FUEL], n as i32
            ; js =>short);
        self.refuels.push(Refuel { short, again, exit, n });
    }

    /// An item appended in place: list `l` (a list: the recorder guarded
    /// its kind) stores items of `v`'s type and has room. Otherwise the
    /// runtime appends it, out of line, every register kept.
    fn list_append(&mut self, i: usize, l: Ref, v: Ref) {
        let exit = self.exit_here(i);
        let ty = self.ty(v);
        let lx = self.gpr(l, RSI);
        let item = if ty.is_float() {
            Loc::Xmm(self.xmm(v, XS1))
        } else {
            Loc::Gpr(self.gpr(v, RAX))
        };
        let storage = match ty {
            Ty::Int => layout::list::INT,
            Ty::Bool => layout::list::BOOL,
            _ if ty.is_float() => layout::list::FLOAT,
            _ => layout::list::OBJECT,
        };
        let slow = self.asm.new_dynamic_label();
        let done = self.asm.new_dynamic_label();
        self.append_in_place(lx, storage, item, ty, slow);
        dynasm!(self.asm ; .arch x64 ; =>done);
        self.appends.push(AppendSlow {
            slow,
            done,
            exit,
            list: lx,
            item,
            ty,
        });
    }

    /// Appends `item` (a register, of type `ty`) to list `lx` in place if
    /// the list's storage is `storage` and its buffer has room, else jumps
    /// to `miss` with nothing changed. An object-storage list takes the
    /// item as a value (tag and payload), the others as their raw type.
    fn append_in_place(&mut self, lx: u8, storage: u8, item: Loc, ty: Ty, miss: DynamicLabel) {
        dynasm!(self.asm ; .arch x64
            ; cmp BYTE [Rq(lx) + layout::header::FLAGS], storage as i8
            ; jne =>miss
            ; mov rcx, [Rq(lx) + layout::list::LEN]
            ; cmp rcx, [Rq(lx) + layout::list::CAP]
            ; jae =>miss
            ; mov rdx, [Rq(lx) + layout::list::DATA]);
        match (item, storage) {
            (_, layout::list::OBJECT) => {
                let tag = ty.tag() as i32;
                dynasm!(self.asm ; .arch x64 ; shl rcx, 4 ; mov QWORD [rdx + rcx], tag);
                match item {
                    Loc::Xmm(x) => dynasm!(self.asm ; .arch x64 ; movsd [rdx + rcx + 8], Rx(x)),
                    Loc::Gpr(g) => dynasm!(self.asm ; .arch x64 ; mov [rdx + rcx + 8], Rq(g)),
                    _ => unreachable!("the item was put in a register"),
                }
            }
            (Loc::Xmm(x), _) => dynasm!(self.asm ; .arch x64 ; movsd [rdx + rcx * 8], Rx(x)),
            (Loc::Gpr(g), layout::list::BOOL) => dynasm!(self.asm ; .arch x64 ; mov [rdx + rcx], Rb(g)),
            (Loc::Gpr(g), _) => dynasm!(self.asm ; .arch x64 ; mov [rdx + rcx * 8], Rq(g)),
            _ => unreachable!("the item was put in a register"),
        }
        dynasm!(self.asm ; .arch x64 ; add QWORD [Rq(lx) + layout::list::LEN], 1);
    }

    /// The slow ways of the trace's appends: an int, float or bool into
    /// a list of any values stored there, in place, as a value; else the
    /// item boxed into the context's argument area, then `exit::list_append` through the
    /// routine that keeps every register (the fast way's allocation holds
    /// after it); the exit only if the runtime refused (the heap limit).
    fn emit_append_slow_paths(&mut self) {
        let common = self.append_common;
        for a in std::mem::take(&mut self.appends) {
            let tag = a.ty.tag() as i32;
            dynasm!(self.asm ; .arch x64 ; =>a.slow);
            if matches!(a.ty, Ty::Int | Ty::Float | Ty::Bool) {
                // An int, float or bool into a list of any values (the
                // storage a mixed list has): still in place, as a value.
                let call = self.asm.new_dynamic_label();
                self.append_in_place(a.list, layout::list::OBJECT, a.item, a.ty, call);
                dynasm!(self.asm ; .arch x64 ; jmp =>a.done ; =>call);
            }
            dynasm!(self.asm ; .arch x64 ; mov QWORD [r13 + offsets::ARGS], tag);
            match a.item {
                Loc::Xmm(x) => dynasm!(self.asm ; .arch x64 ; movsd [r13 + offsets::ARGS + 8], Rx(x)),
                Loc::Gpr(g) => dynasm!(self.asm ; .arch x64 ; mov [r13 + offsets::ARGS + 8], Rq(g)),
                _ => unreachable!("the item was put in a register"),
            }
            if a.list != RSI {
                dynasm!(self.asm ; .arch x64 ; mov rsi, Rq(a.list));
            }
            dynasm!(self.asm ; .arch x64
                ; call =>common
                ; test eax, eax
                ; jz =>a.exit
                ; jmp =>a.done);
        }
    }

    fn emit_refuels(&mut self) {
        let common = self.refuel_common;
        for Refuel { short, again, exit, n } in std::mem::take(&mut self.refuels) {
            dynasm!(self.asm ; .arch x64
                ; =>short
                ; add QWORD [r13 + offsets::FUEL], n as i32
                ; mov esi, n as i32
                ; call =>common
                ; test eax, eax
                ; jnz =>again
                ; jmp =>exit);
        }
    }

    /// A helper call: raw arguments in rsi, rdx, rcx; boxed ones in the
    /// context's argument area; the ok word in rax is the guard and rdx
    /// the result.
    /// Writes a helper call's boxed arguments as values into the
    /// context's argument area.
    fn write_boxed(&mut self, boxed: &[Ref]) {
        for (k, &b) in boxed.iter().enumerate() {
            let off = offsets::ARGS + 16 * k as i32;
            let tag = self.ty(b).tag() as i32;
            dynasm!(self.asm ; .arch x64 ; mov QWORD [r13 + off], tag);
            match self.loc(b) {
                Loc::Xmm(x) => dynasm!(self.asm ; .arch x64 ; movsd [r13 + off + 8], Rx(x)),
                _ => {
                    let s = self.gpr(b, RAX);
                    dynasm!(self.asm ; .arch x64 ; mov [r13 + off + 8], Rq(s));
                }
            }
        }
    }

    fn call(&mut self, i: usize, n: u32) -> Result<(), String> {
        let boxed = self.ir.calls[n as usize].boxed.clone();
        self.write_boxed(&boxed);
        let call = &self.ir.calls[n as usize];
        let r = Ref(i as u32);
        const ARG_REGS: [u8; 3] = [RSI, RDX, RCX];
        if call.raw.len() > ARG_REGS.len() {
            return Err("helper with too many arguments".into());
        }
        // Values go into their argument registers while the trace's
        // registers still hold them; constants (which no spill touches:
        // the argument registers are never allocated) just before the
        // call, past any fast path that makes it.
        for (k, a) in call.raw.iter().enumerate() {
            if let RawArg::Val(v) = *a {
                let dst = ARG_REGS[k];
                let s = self.gpr(v, dst);
                if s != dst {
                    dynasm!(self.asm ; .arch x64 ; mov Rq(dst), Rq(s));
                }
            }
        }
        self.spill_for_call(i);
        let done = self.asm.new_dynamic_label();
        let call = &self.ir.calls[n as usize];
        if let (Helper::LeaveCall, &[RawArg::Imm(code), RawArg::Imm(pc), RawArg::Imm(init)]) =
            (call.helper, &call.raw[..])
        {
            self.leave_plain_call(code, pc, init, done);
        }
        let call = &self.ir.calls[n as usize];
        for (k, a) in call.raw.clone().into_iter().enumerate() {
            if let RawArg::Imm(v) = a {
                self.load_imm(ARG_REGS[k], v);
            }
        }
        let call = &self.ir.calls[n as usize];
        let f = helper_fn(call.helper) as usize as i64;
        dynasm!(self.asm ; .arch x64
            ; mov rdi, r13
            ; mov rax, QWORD f
            ; call rax
            ; =>done);
        let exit = self.exit_here(i);
        if call.raises {
            // Expected to fail: success is the other way.
            dynasm!(self.asm ; .arch x64 ; test rax, rax ; jnz =>exit);
            return Ok(());
        }
        dynasm!(self.asm ; .arch x64 ; test rax, rax ; jz =>exit);
        match self.ty(r) {
            Ty::Float => {
                let d = self.alloc_xmm(r, &[]);
                dynasm!(self.asm ; .arch x64 ; movq Rx(d), rdx);
            }
            Ty::Int | Ty::Bool | Ty::Obj => {
                let d = self.alloc_gpr(r, &[]);
                dynasm!(self.asm ; .arch x64 ; mov Rq(d), rdx);
            }
            Ty::Nil | Ty::Undef | Ty::Void => {}
        }
        Ok(())
    }

    /// The common case of `enter_call` in machine code: a call with only
    /// positional arguments of a function whose frame is its `frame` slots
    /// with the arguments copied in (`Vm::plain_frame_size`), made from
    /// the trace's root frame or from calls inlined into it (`inlined`,
    /// none of them a generator's). With room for the frames, for the
    /// values and below the recursion limit, it pushes the inlined calls'
    /// frames as `make_frames` does, then the callee's as
    /// `Vm::push_call_for_jit` does (for a method, `ENTER_METHOD`, first
    /// moving the receiver and the arguments up a slot for the function,
    /// as `push_method_call_for_jit` does) and jumps to `target`, the
    /// callee's entry trace, with r12 at the new frame's slots; otherwise
    /// it falls through to the call of `enter_call`, which decides the
    /// same way and does the rest. All registers are free here: the
    /// trace's state is written back.
    fn enter_plain_call(
        &mut self,
        code_pc: u64,
        slot_argc: u64,
        frame: u64,
        inlined: &[crate::ir::SnapFrame],
        target: DynamicLabel,
    ) {
        use crate::record::ENTER_METHOD;
        use layout::call_stack::{self as cs, frame as f};
        let (code, caller_pc) = (code_pc & 0xffff_ffff, code_pc >> 32);
        let method = slot_argc & ENTER_METHOD != 0;
        let slot_argc = slot_argc & !ENTER_METHOD;
        let (slot, argc) = (slot_argc & 0xffff_ffff, slot_argc >> 32);
        let reserve = (crate::params::MAX_TRACE_SLOTS + crate::params::MAX_VIRTUAL_SLOTS) as u64;
        let margin = crate::params::MAX_INLINE_DEPTH as u64;
        // Other flags in `slot_argc` (keywords', a consumer's) make `argc`
        // huge: such calls, and numbers too big for an instruction's
        // immediate, take the helper.
        let fits = |v: u64| v <= i32::MAX as u64 / 16;
        let n = inlined.len() as u64;
        if ![code, caller_pc, slot + 1, argc + frame + reserve, margin + n + 1]
            .into_iter()
            .all(fits)
            || inlined.iter().any(|f| f.generator || !fits(f.code.0 as u64))
        {
            return;
        }
        let slow = self.asm.new_dynamic_label();
        dynasm!(self.asm ; .arch x64
            ; mov rax, [r13 + offsets::VM]
            // The recursion limit (with room for the callee's inlined
            // calls), and room for the new frames without growing.
            ; mov rcx, [rax + cs::FRAMES_LEN]
            ; lea rdx, [rcx + (margin + n + 1) as i32]
            ; cmp rdx, [rax + cs::MAX_FRAMES]
            ; jae =>slow
            ; lea rdx, [rcx + n as i32]
            ; cmp rdx, [rax + cs::FRAMES_CAP]
            ; jae =>slow
            // rdx: the first new frame's place; the one below is the
            // root's, whose base r9 is.
            ; imul rdx, rcx, f::SIZE
            ; add rdx, [rax + cs::FRAMES_PTR]
            ; mov r9, [rdx + (f::BASE - f::SIZE)]
            ; lea r8, [r9 + (slot + 1) as i32]
            // Room on the value stack for the frame and what a trace
            // reserves above it, without growing it.
            ; lea r10, [r8 + (argc + frame + reserve) as i32]
            ; cmp r10, [rax + cs::STACK_CAP]
            ; ja =>slow);
        // Each frame resumes where the call of the next one returns; the
        // innermost caller, at this call's.
        let resume = |i: usize| inlined.get(i).map_or(caller_pc, |f| f.caller_pc as u64) as i32;
        dynasm!(self.asm ; .arch x64 ; mov QWORD [rdx + (f::PC - f::SIZE)], resume(0));
        for (i, inner) in inlined.iter().enumerate() {
            let at = i as i32 * f::SIZE;
            dynasm!(self.asm ; .arch x64
                ; lea r10, [r9 + inner.base as i32]
                ; mov DWORD [rdx + at + f::CODE], inner.code.0 as i32
                ; mov QWORD [rdx + at + f::PC], resume(i + 1)
                ; mov [rdx + at + f::BASE], r10
                ; mov BYTE [rdx + at + f::INIT], inner.init as i8
                ; mov BYTE [rdx + at + f::MEMO], 0);
        }
        let at = n as i32 * f::SIZE;
        dynasm!(self.asm ; .arch x64
            ; mov DWORD [rdx + at + f::CODE], code as i32
            ; mov QWORD [rdx + at + f::PC], 0
            ; mov [rdx + at + f::BASE], r8
            ; mov BYTE [rdx + at + f::INIT], 0
            ; mov BYTE [rdx + at + f::MEMO], 0
            ; add rcx, (n + 1) as i32
            ; mov [rax + cs::FRAMES_LEN], rcx
            ; lea r9, [r8 + frame as i32]
            ; mov [rax + cs::STACK_LEN], r9
            ; shl r8, 4
            ; add r8, [rax + cs::STACK_PTR]
            ; mov r12, r8);
        if method {
            // The receiver and the other arguments were written from the
            // slot below the new base: they move up one, and the function
            // (the call's boxed argument) goes in below them. The trace
            // guarded that it is a function of this code.
            for k in (0..argc as i32).rev() {
                dynasm!(self.asm ; .arch x64
                    ; mov rcx, [r12 + 16 * k - 16]
                    ; mov rdx, [r12 + 16 * k - 8]
                    ; mov [r12 + 16 * k], rcx
                    ; mov [r12 + 16 * k + 8], rdx);
            }
            dynasm!(self.asm ; .arch x64
                ; mov rcx, [r13 + offsets::ARGS]
                ; mov rdx, [r13 + offsets::ARGS + 8]
                ; mov [r12 - 16], rcx
                ; mov [r12 - 8], rdx);
        }
        // The callee's other locals start unbound.
        for k in argc..frame {
            let at = (k * 16) as i32;
            dynasm!(self.asm ; .arch x64
                ; mov QWORD [r12 + at], rumba_vm::value::tag::UNDEF as i32
                ; mov QWORD [r12 + at + 8], 0);
        }
        dynasm!(self.asm ; .arch x64 ; jmp =>target ; =>slow);
    }

    /// The common case of `leave_call` in machine code: the return of the
    /// trace's root frame to the caller (code `code`, waiting at `pc`) the
    /// recording saw, the frame neither an `__init__`'s other than as
    /// `init` says nor a cached function's, and not one the interpreter
    /// must return from itself. It pops the frame as `Vm::pop_call_for_jit`
    /// (or `pop_init_call_for_jit`) does and goes to `done` with the
    /// helper's answer in rax:rdx (rdx: the caller's slots). Where one of
    /// `leave_call`'s own checks fails, the helper would fail too: it goes
    /// to `done` with rax 0, the helper's failure (the return to another
    /// call site than recorded, which a recursive function's second call
    /// meets on every return, costs no call). Only a running generator's
    /// frame, which `Vm::exec_floor` must weigh, falls through to the call
    /// of `leave_call` (whose arguments are loaded after this). Only
    /// registers a call clobbers are used: the trace's values are out of
    /// them (`spill_for_call`).
    fn leave_plain_call(&mut self, code: u64, pc: u64, init: u64, done: DynamicLabel) {
        use layout::call_stack::{self as cs, frame as f};
        if code > i32::MAX as u64 || pc > i32::MAX as u64 {
            return;
        }
        let (slow, fail) = (self.asm.new_dynamic_label(), self.asm.new_dynamic_label());
        dynasm!(self.asm ; .arch x64
            ; mov rax, [r13 + offsets::VM]
            ; mov r8, [rax + cs::FRAMES_LEN]
            ; cmp r8, 2
            ; jb =>fail
            // `Vm::exec_floor`: no generator's frame runs, and the frame
            // is above the innermost `execute`'s.
            ; cmp QWORD [rax + cs::GENERATORS_LEN], 0
            ; jne =>slow
            ; lea r9, [r8 - 1]
            ; cmp r9, [rax + cs::EXEC_FLOOR]
            ; jbe =>fail
            // r9: the end of the frames; the callee is the last one.
            ; imul r9, r8, f::SIZE
            ; add r9, [rax + cs::FRAMES_PTR]
            ; cmp DWORD [r9 + (f::CODE - 2 * f::SIZE)], code as i32
            ; jne =>fail
            ; cmp QWORD [r9 + (f::PC - 2 * f::SIZE)], pc as i32
            ; jne =>fail
            ; cmp BYTE [r9 + (f::INIT - f::SIZE)], init as i8
            ; jne =>fail
            ; cmp BYTE [r9 + (f::MEMO - f::SIZE)], 0
            ; jne =>fail
            ; sub r8, 1
            ; mov [rax + cs::FRAMES_LEN], r8
            // The stack ends below the callee's slot (an `__init__`'s
            // instance stays there), as a truncate: never longer.
            ; mov r10, [r9 + (f::BASE - f::SIZE)]
            ; sub r10, (1 - init as i32)
            ; mov r11, [rax + cs::STACK_LEN]
            ; cmp r10, r11
            ; cmova r10, r11
            ; mov [rax + cs::STACK_LEN], r10
            ; mov rdx, [r9 + (f::BASE - 2 * f::SIZE)]
            ; shl rdx, 4
            ; add rdx, [rax + cs::STACK_PTR]
            ; mov eax, 1
            ; jmp =>done
            ; =>fail
            ; xor eax, eax
            ; jmp =>done
            ; =>slow);
    }
}

/// A place a back-edge move reads or writes: a register, a word of the
/// context (spill slot or move area) or a constant.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Place {
    Gpr(u8),
    Xmm(u8),
    Mem(i32),
    Imm(u64),
}

/// A memory operand: `[base + disp]`, `[base + index*8 + disp]` or
/// `[base + index + disp]`.
#[derive(Clone, Copy)]
enum Addr {
    Fixed(u8, i32),
    Scaled8(u8, u8, i32),
    Scaled1(u8, u8, i32),
}

impl Addr {
    /// The operand `k` bytes further on.
    fn plus(self, k: i32) -> Addr {
        match self {
            Addr::Fixed(b, d) => Addr::Fixed(b, d + k),
            Addr::Scaled8(b, x, d) => Addr::Scaled8(b, x, d + k),
            Addr::Scaled1(b, x, d) => Addr::Scaled1(b, x, d + k),
        }
    }
}

fn negate(c: Cmp) -> Cmp {
    match c {
        Cmp::Lt => Cmp::Ge,
        Cmp::Le => Cmp::Gt,
        Cmp::Gt => Cmp::Le,
        Cmp::Ge => Cmp::Lt,
        Cmp::Eq => Cmp::Ne,
        Cmp::Ne => Cmp::Eq,
    }
}
