//! The recorder: runs beside the interpreter for one trip around a hot
//! loop (or from a hot exit back to a loop) and emits typed IR for every
//! instruction, specialized to the values it sees, with a guard for each
//! assumption.
//!
//! It is called before each instruction with the interpreter's state as it
//! is then. It keeps an abstract copy of the stack (slot -> IR value) for
//! the root frame and every inlined call; a slot it has not touched yet is
//! loaded from memory with a type guard on first use. Guards are emitted
//! before the abstract stack changes, so a guard's snapshot is the state
//! before its instruction, and an exit makes the interpreter run that
//! instruction again. Where the interpreter goes next is predicted and
//! checked at the next call: any disagreement aborts the trace.

use rumba_vm::builtins::AttrBuiltin;
use rumba_vm::bytecode::{CodeId, CompareKind, Opcode};
use rumba_vm::heap::ObjRef;
use rumba_vm::jit_api::{AttrFound, AttrPlan, RichPlan};
use rumba_vm::layout;
use rumba_vm::object::{DictViewKind, GenState, Kind, Obj, Storage, TypeKind};
use rumba_vm::special::Special;
use rumba_vm::value::{tag, Value};
use rumba_vm::vm::Vm;

use crate::abort::{Abort, Raise};
use crate::ir::{CallArgs, Cmp, Effect, Elem, Helper, Ins, IrBuf, Op, RawArg, Ref, SnapFrame, Snapshot, Ty};
use crate::params;
use crate::words;

mod patterns;

/// What the trace is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceKind {
    /// A loop: the trace starts after its `Loop` and closes back on it.
    Root { code: CodeId, loop_id: u32 },
    /// From exit `exit` of trace `parent` to a loop that has a trace.
    Side { parent: u32, exit: u32, root: u32 },
    /// A function's entry: the trace starts at the first instruction of a
    /// frame just pushed for a call of `code`.
    Entry { code: CodeId },
}

/// How a finished recording ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Jumps back to its own start.
    Loop,
    /// Continues in another trace (its loop's header).
    Link(u32),
    /// Gives the rest to the interpreter (`Op::Handoff`).
    Handoff,
    /// Calls a function through the trace at its entry (`Op::CallEntry`).
    CallEntry(u32),
}

/// The instruction that steps a generator the trace inlines.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stepper {
    /// A `for` over it: the generator is on top of the stack.
    ForIter,
    /// `yield from` it: the generator below the value sent.
    Send,
}

pub enum Step {
    Continue,
    Close(Ending),
    Abort(Abort),
    /// A root recording met another loop's header: either a loop nested
    /// in its own that has no trace yet, or (its loop left by a `break` on
    /// this very iteration) an enclosing one. Both pass with time, so the
    /// tracer retries soon instead of counting it toward the blacklist.
    /// `inner` names the nested loop, whose blacklisting would make the
    /// wait endless.
    Defer {
        why: String,
        inner: Option<(CodeId, u32)>,
        /// The recording left its own loop on its first round: a short
        /// loop, which other recordings may unroll (`MAX_INNER_UNROLL`).
        left: bool,
    },
}

/// An inlined call being recorded.
struct RecFrame {
    code: CodeId,
    base: u32,
    caller_pc: u32,
    /// An `__init__`: its return leaves the instance (in the slot below
    /// its base) as the call's result.
    init: bool,
    /// The function, when the trace pins it (its cells are constants).
    func: Option<ObjRef>,
    /// An operator's special method: how many operands below the
    /// function its result replaces (with the function).
    operator: Option<u8>,
    /// `len()` of an instance calling its `__len__`: the result must be an
    /// int and not negative (else the interpreter raises).
    length: bool,
    /// `hash()` of an instance calling its `__hash__`: the result must be
    /// an int other than -1 (which `hash()` makes -2).
    hashing: bool,
    /// `c[i] = v` calling `__setitem__`: its result is dropped, whatever
    /// it is.
    item_store: bool,
    /// The instruction (a jump, `not`) that called the special method for
    /// the truth of its result, which it finishes when the method returns.
    truth_for: Option<TruthUse>,
    /// A comparison method whose `NotImplemented` the interpreter answers
    /// by identity.
    identity_after: Option<IdentityFallback>,
    /// A generator's step, made by the `for` below it (whose iterator, the
    /// generator, sits below the frame's callee slot): its `yield` writes
    /// the frame back into the generator (`yield_generator`).
    generator: bool,
    /// For a step this trace resumed: the value each slot was loaded with
    /// from the generator's saved frame (as many as it has), which its
    /// `yield` need not write back where the slot still holds it. None for
    /// a step a parent trace resumed (a side trace's inlined frame).
    loaded: Option<Vec<Ref>>,
}

/// What `==` or `!=` gives when the special method returns
/// `NotImplemented` and the other operand has no method to try: `cmp` of
/// `operands` by identity, which was `same` when recorded.
#[derive(Clone, Copy)]
struct IdentityFallback {
    cmp: Cmp,
    operands: (Ref, Ref),
    same: bool,
}

/// An instruction waiting for the truth of an inlined special method's
/// result: the truth of an instance by its `__bool__` or `__len__`, or a
/// fused compare-and-jump of instances by their `__eq__`, `__lt__`...
#[derive(Clone, Copy)]
struct TruthUse {
    then: AfterTruth,
    /// The method is a `__bool__`, whose result must be a bool.
    bool_method: bool,
}

#[derive(Clone, Copy)]
enum AfterTruth {
    /// A jump to `target` when the truth is `jump_if`; `keeps` (for
    /// `JUMP_IF_FALSE_OR_POP` and `JUMP_IF_TRUE_OR_POP`) is the operand,
    /// which stays on the stack when they jump.
    Jump {
        target: u32,
        jump_if: bool,
        keeps: Option<Ref>,
    },
    /// `not x`: the opposite of the truth.
    Not,
}

/// An operator's special method being recorded as one step of its
/// caller: the interpreter calls it from the operator's instruction (a
/// built-in calling back into the script), so no exit can resume inside
/// it. Its guards exit to the state before the operator, which the
/// interpreter then runs whole; for that to be right the method may not
/// change anything a second run would see changed (it may make objects
/// and fill in their attributes) before its last exit. A store with no
/// exit after it (a `__setitem__` storing into its container) is the
/// operator's commit: its ticks are counted just before it, and from it on
/// nothing may exit.
struct Atomic {
    /// The snapshot every guard inside takes.
    snap: u32,
    /// Frames below the special method's.
    depth: usize,
    /// Ticks its calls owe, counted when it returns (`Op::Ticks`).
    ticks: u32,
    /// Instances made inside it: stores into them are not yet visible.
    fresh: Vec<Ref>,
    /// Why an instruction recorded inside it would break the redo.
    broken: Option<String>,
    /// The commit: the first store a redo would repeat, once recorded.
    commit: Option<Ref>,
}

/// What made a call of a script function; the interpreter enters the
/// function's frame differently for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entered {
    /// `f(args)`: the function sits in the slot below the arguments.
    Call,
    /// `obj.name(args)` where `name` is this function of `obj`'s class:
    /// the function goes in below the receiver, the first argument.
    Method(ObjRef),
    /// `Class(args)` running this class's `__init__`: a new instance
    /// replaces the class in its slot and goes in above it, the first
    /// argument.
    Init(ObjRef),
    /// `a op b` or `-a` running a special method: the function and its
    /// arguments are pushed above the operands left on the stack, this
    /// many (two for a binary operator; the unary one pops its operand
    /// first). See `Atomic`.
    Operator(u8),
    /// `len(x)` of an instance running its `__len__`, as `Operator(2)`
    /// (the built-in and its argument stay below).
    Length,
    /// `hash(x)` of an instance running its `__hash__`, as `Length`.
    Hash,
    /// `c[i] = v` running the instance's `__setitem__`, as `Operator(0)`
    /// (the instruction pops its operands first); its result is dropped.
    ItemStore,
    /// `f(a, name=v)` (`CALL_KW`): this tuple of keyword names sits above
    /// the arguments; each value moves to its parameter's slot, and the
    /// parameters not given take their defaults.
    Keywords(ObjRef),
    /// `Class(a, name=v)`: `Init` of this class, with `Keywords`.
    InitKeywords(ObjRef, ObjRef),
    /// `obj.name(a, key=v)` (`CALL_METHOD_KW`): `Method` with `Keywords`.
    MethodKeywords(ObjRef, ObjRef),
}

impl Entered {
    /// The keyword names of a `CALL_KW`.
    fn keywords(self) -> Option<ObjRef> {
        match self {
            Entered::Keywords(names) | Entered::InitKeywords(_, names) | Entered::MethodKeywords(_, names) => {
                Some(names)
            }
            _ => None,
        }
    }

    /// How many parameters the call fills before the arguments it binds
    /// by a plan (the new instance, the receiver).
    fn bound_first(self) -> usize {
        matches!(
            self,
            Entered::Init(_) | Entered::InitKeywords(..) | Entered::Method(_) | Entered::MethodKeywords(..)
        ) as usize
    }

    /// The class whose `__init__` the call runs.
    fn init(self) -> Option<ObjRef> {
        match self {
            Entered::Init(class) | Entered::InitKeywords(class, _) => Some(class),
            _ => None,
        }
    }
}

/// Where a parameter's value comes from in a call with keywords.
enum ParamFrom {
    /// The call's argument at this position (positional ones first, then
    /// the keyword values in the order of their names).
    Arg(usize),
    Default(Value),
    /// The `*args` tuple: the positional arguments from the first to
    /// before the second of these positions.
    Rest(usize, usize),
}

/// `EnterCall`'s flag (in its third argument) for a method call: the
/// function, in the call's first boxed argument, goes in below the
/// receiver.
pub const ENTER_METHOD: u64 = 1 << 63;

/// `EnterCall`'s flag for a call with keywords: the tuple of their names,
/// in the call's first boxed argument, tells the binder which of the
/// `argc` values they are.
pub const ENTER_NAMED: u64 = 1 << 62;

/// `EnterCall`'s flag for a built-in given a generator: the call switches
/// to the built-in's Python version first, as the interpreter's does
/// (`Vm::redirect_consumer_for_jit`).
pub const ENTER_CONSUMER: u64 = 1 << 61;

/// The key of a function's entry among the loops the tracer keeps
/// counts for (a loop id no code reaches).
pub const ENTRY: u32 = u32::MAX;

pub struct Recorder {
    pub ir: IrBuf,
    pub kind: TraceKind,
    /// The root frame's code and base (absolute stack index). A trace
    /// that returns from its root frame continues in its caller's, which
    /// becomes the root frame.
    pub code: CodeId,
    pub root_base: usize,
    /// The code the trace starts in.
    pub start_code: CodeId,
    /// The pc of the root loop's `Loop` instruction.
    pub loop_pc: usize,
    pub start_pc: usize,
    /// Abstract stack, relative to root_base: the IR value of each slot
    /// the trace has touched, and whether the trace changed it.
    slots: Vec<Option<Ref>>,
    modified: Vec<bool>,
    frames: Vec<RecFrame>,
    /// (frame depth, pc) the interpreter should reach next.
    expect: Option<(usize, usize)>,
    /// The last instruction stepped an iterator once (`IterStepOnce`):
    /// the next must be the loop's body.
    stepped_once: bool,
    /// The snapshot of the instruction being recorded, once taken.
    snap_here: Option<u32>,
    /// A `CALL_EX` being recorded as a plain call: the slot where its
    /// spread arguments start in the abstract stack, and their values (the
    /// interpreter's stack still holds the sequence there).
    spread: Option<(usize, Vec<Value>)>,
    /// Exceptions the trace caught (`caught`), with their kinds: their
    /// classes are known, so `except` clauses match them at record time.
    caught: Vec<(Ref, rumba_vm::error::ExcKind)>,
    /// The instruction just recorded is a built-in's call the recorder's
    /// run ahead saw raise: the interpreter's call must raise too (and be
    /// `caught`).
    raise_expected: bool,
    /// Ticks the instruction being recorded owes on top of its call's (a
    /// `CALL_EX` charges one per spread argument), paid with the call's
    /// tick: the last guard of the instruction, so no other exit of it
    /// has them charged already when the interpreter redoes it.
    owed_ticks: u32,
    cur_pc: u32,
    /// The instruction being recorded (named in aborts).
    cur_op: Option<Opcode>,
    cur_line: u32,
    /// Source line of the instruction being recorded (for abort messages),
    /// and the code it is a line of (an inlined call's, not the root's).
    pub line: u32,
    pub line_code: CodeId,
    /// Deepest inlining reached (for the entry check on recursion depth).
    pub max_inline: usize,
    /// Untraced loop headers a side trace went through.
    passed_loops: Vec<(CodeId, u32)>,
    /// Loops whose own recordings left them on their first round
    /// (`Jit::short_loops`): their headers are gone through, not waited
    /// at, `MAX_INNER_UNROLL` times in all.
    pub short_loops: Vec<(CodeId, u32)>,
    unrolled: u32,
    /// Loop headers that inlined generator steps went through, with the
    /// depth of the generator's frame: a recursive generator (`yield from`
    /// itself) passes the same header once in each of its frames.
    passed_generator_loops: Vec<(CodeId, u32, usize)>,
    /// Functions whose entry traces were given up on: calls of them are
    /// inlined, not waited for.
    pub entries_given_up: Vec<CodeId>,
    /// Functions known to call themselves (`Jit::recursive`), and those
    /// this recording found doing so.
    pub known_recursive: Vec<CodeId>,
    pub found_recursive: Vec<CodeId>,
    /// A root trace may leave its loop by returning from its function
    /// (after recordings that all left it; `params::LEAVING_DEFERS`).
    pub may_leave: bool,
    /// The trace returned from the frame it started in: loops it meets
    /// now belong to a caller.
    returned: bool,
    /// The last instruction made an iterator for the `GetIter` that follows.
    iter_made: bool,
    /// Instructions whose object constants are rooted already.
    rooted: usize,
    /// A call whose result type the next step reads off the stack: the
    /// call's value, its stack slot, its call-table entry.
    observe: Option<(Ref, usize, u32)>,
    /// Globals the trace has stored so far, with the values stored.
    globals_stored: Vec<(u32, Ref)>,
    /// `super()` objects the trace made: each with the class whose method
    /// made it and the receiver (its first argument).
    supers: Vec<(Ref, ObjRef, Ref)>,
    /// The operator's special method being recorded, if any.
    atomic: Option<Atomic>,
    /// A native class's `__setitem__` call is being emitted: a store that
    /// changes nothing when it fails, which may be an operator's commit
    /// (other `CallNativeEffect` calls, `print` among them, may not).
    native_store: bool,
}

type Rec<T> = Result<T, Abort>;

impl Recorder {
    /// A recorder for a trace that starts at `start_pc` of the frame on
    /// top. `inlined` are the frames of calls the parent trace inlined,
    /// for a side trace from an exit inside them: the interpreter runs in
    /// real frames for them now, which the side trace keeps inlined (its
    /// root frame is the one below them, as its parent's was).
    pub fn new(vm: &Vm, kind: TraceKind, loop_pc: usize, start_pc: usize, inlined: &[SnapFrame]) -> Recorder {
        let frames = vm.frames();
        let frame = frames[frames.len() - 1 - inlined.len()];
        let top = frames[frames.len() - 1];
        let height = vm.stack().len() - frame.base;
        let mut rec = Recorder {
            ir: IrBuf::default(),
            kind,
            code: frame.code,
            root_base: frame.base,
            start_code: top.code,
            loop_pc,
            start_pc,
            slots: vec![None; height],
            modified: vec![false; height],
            frames: inlined
                .iter()
                .map(|f| RecFrame {
                    code: f.code,
                    base: f.base,
                    caller_pc: f.caller_pc,
                    init: f.init,
                    func: None,
                    operator: None,
                    length: false,
                    hashing: false,
                    item_store: false,
                    truth_for: None,
                    identity_after: None,
                    generator: f.generator,
                    loaded: None,
                })
                .collect(),
            expect: Some((vm.frames().len(), start_pc)),
            stepped_once: false,
            snap_here: None,
            spread: None,
            owed_ticks: 0,
            caught: Vec::new(),
            raise_expected: false,
            cur_pc: start_pc as u32,
            cur_op: None,
            cur_line: 0,
            line: 0,
            line_code: top.code,
            max_inline: inlined.len(),
            passed_loops: Vec::new(),
            short_loops: Vec::new(),
            unrolled: 0,
            passed_generator_loops: Vec::new(),
            returned: false,
            may_leave: false,
            known_recursive: Vec::new(),
            found_recursive: Vec::new(),
            entries_given_up: Vec::new(),
            iter_made: false,
            rooted: 0,
            observe: None,
            globals_stored: Vec::new(),
            supers: Vec::new(),
            atomic: None,
            native_store: false,
        };
        if matches!(kind, TraceKind::Root { .. }) {
            // Snapshot 0: the loop header with nothing to restore, where a
            // trace linking into this one exits if its tick fails.
            rec.snapshot(loop_pc as u32);
        }
        rec
    }

    /// A side trace of an exit that redoes an operator (`Atomic`): what
    /// built-ins inside the operator charged is taken back first, as the
    /// exit to the interpreter takes it back.
    pub fn rewind_ticks(&mut self) {
        self.emit(Op::RewindTicks, Ty::Void);
    }

    /// Whether the recording goes through the header of loop `id` of
    /// `code`, which has no trace: it does for a short loop
    /// (`short_loops`), as long as the rounds it unrolled stay within
    /// `MAX_INNER_UNROLL`.
    fn unrolls_short_loop(&mut self, code: CodeId, id: u32) -> bool {
        let unrolls = self.short_loops.contains(&(code, id)) && self.unrolled < params::MAX_INNER_UNROLL;
        self.unrolled += unrolls as u32;
        unrolls
    }

    /// A side trace starts where its parent's exit leaves the state: the
    /// tuples that exit keeps virtual exist only as their items, which its
    /// stub writes into scratch slots above the snapshot's height. The side
    /// trace (entered straight from the stub once attached) must read them
    /// there, so each such slot starts as a virtual tuple of those items;
    /// their types come from the tuples the interpreter holds now (the exit
    /// made them when it ran through the interpreter).
    pub fn assume_virtuals(&mut self, vm: &Vm, virtuals: &[crate::backend::x64::VirtualTuple]) {
        // Outer tuples are listed after the tuples they hold.
        for v in virtuals.iter().rev() {
            if (v.slot as usize) < self.slots.len() {
                if let Value::Obj(t) = vm.stack()[self.root_base + v.slot as usize] {
                    let r = self.virtual_from(vm, virtuals, v, t);
                    self.set(v.slot as usize, r);
                }
            }
        }
    }

    /// The virtual tuple `v` stands for, its items loaded from its scratch
    /// slots (or, nested, virtual themselves), typed by the real tuple `t`.
    fn virtual_from(
        &mut self,
        vm: &Vm,
        virtuals: &[crate::backend::x64::VirtualTuple],
        v: &crate::backend::x64::VirtualTuple,
        t: ObjRef,
    ) -> Ref {
        let values: Vec<Value> = vm.heap.tuple(t).map_or_else(Vec::new, |items| items.to_vec());
        let mut items = Vec::with_capacity(values.len());
        for (k, value) in values.into_iter().enumerate() {
            let slot = v.first + k as u32;
            let inner = virtuals.iter().find(|w| w.slot == slot);
            let item = match (inner, value) {
                (Some(w), Value::Obj(it)) => self.virtual_from(vm, virtuals, w, it),
                // No tag check: the stub wrote the item with the parent's
                // static type, which the real tuple shows, and a failing
                // check here could not restore the slots not yet set.
                _ => {
                    let ty = ty_of(value).unwrap_or(Ty::Nil);
                    self.emit(Op::SLoadItem(slot), ty)
                }
            };
            items.push(item);
        }
        self.virtual_tuple(items)
    }

    /// The snapshot of a root trace's loop header (see `new`).
    pub const ENTRY_SNAPSHOT: u32 = 0;

    /// Whether the loop whose body starts at `pc` (in the top frame) is
    /// about to end: its `ForIter` finds the iterator empty.
    pub fn loop_ends_now(vm: &Vm, pc: usize) -> bool {
        let Some(frame) = vm.frames().last() else {
            return false;
        };
        let code = &vm.code(frame.code).code;
        if code.instrs.get(pc).map(|i| i.op) != Some(Opcode::ForIter) {
            return false;
        }
        let Some(Value::Obj(it)) = vm.stack().last().copied() else {
            return false;
        };
        vm.iter_exhausted(it) == Some(true)
    }

    /// The instruction just recorded raised `e`, which the interpreter is
    /// about to unwind. Followed when a handler of the trace's own frame
    /// catches it and the instruction failed in a runtime function that
    /// changes nothing when it fails (a dict's `d[k]`, `int(s)`, an
    /// operator's slow path): that call is then expected to fail (an exit
    /// redoes the instruction where it succeeds), `Helper::Catch` makes the
    /// exception object, and the abstract stack is the handler's.
    pub fn caught(&mut self, vm: &mut Vm, e: &rumba_vm::error::PyError) -> bool {
        if !self.frames.is_empty() || self.atomic.is_some() || !vm.catchable_in_trace(e) {
            return false;
        }
        let Some(last) = self.ir.ins.len().checked_sub(1) else {
            return false;
        };
        let Op::Call(n) = self.ir.ins[last].op else {
            return false;
        };
        let redoable = matches!(
            self.ir.calls[n as usize].helper,
            Helper::GetItem | Helper::CallNative | Helper::Binary | Helper::CallMethodPure
        );
        // The call is this instruction's (its guard has its snapshot).
        if !redoable || self.snap_here.is_none() || self.ir.ins[last].snap != self.snap_here {
            return false;
        }
        let Some(kind) = rumba_vm::error::ExcKind::ALL.iter().position(|k| *k == e.kind) else {
            return false;
        };
        let Some(frame) = vm.frames().last().copied() else {
            return false;
        };
        let code = vm.code(frame.code).code.clone();
        let at = frame.pc.saturating_sub(1);
        let Some(h) = code
            .handlers
            .iter()
            .find(|h| h.start as usize <= at && at < h.end as usize)
        else {
            return false;
        };
        self.ir.calls[n as usize].raises = true;
        if let Some(RawArg::Imm(t)) = self.ir.calls[n as usize].raw.last_mut() {
            *t = crate::exit::ANY_TAG;
        }
        self.ir.ins[last].ty = Ty::Void;
        self.observe = None;
        self.raise_expected = false;
        let raw = vec![RawArg::Imm(at as u64), RawArg::Imm(kind as u64)];
        let exc = self.call(Helper::Catch, raw, vec![], Ty::Obj);
        self.caught.push((exc, e.kind));
        let height = code.locals.names.len() + h.depth as usize;
        self.slots.truncate(height);
        self.modified.truncate(height);
        self.push(exc);
        self.expect = Some((vm.frames().len(), h.target as usize));
        true
    }

    /// The interpreter is about to run the instruction at `pc` of its top
    /// frame.
    pub fn step(&mut self, vm: &mut Vm, pc: usize) -> Step {
        // Only the call the operator recorded just before may be followed.
        vm.follow_callback_for_jit(false);
        let mut step = match self.step_inner(vm, pc) {
            Ok(s) => s,
            Err(why) => Step::Abort(self.placed(why)),
        };
        if let Some(a) = &self.atomic {
            if let Some(why) = &a.broken {
                step = Step::Abort(Abort::nyi(format!("{why} inside an operator's special method")));
            } else if matches!(step, Step::Close(_) | Step::Defer { .. }) {
                step = Step::Abort(Abort::nyi("an operator's special method that leaves the trace"));
            }
        }
        self.root_new_constants(vm);
        match step {
            Step::Abort(why) => Step::Abort(self.placed(why)),
            step => step,
        }
    }

    /// Names the instruction being recorded and its line in an abort.
    fn placed(&self, why: Abort) -> Abort {
        why.at(
            || self.cur_op.map(rumba_vm::dis::mnemonic).unwrap_or_default(),
            self.cur_line,
        )
    }

    /// Keeps every object the trace names by address alive from now on:
    /// were one freed before the trace is installed (or while it lives),
    /// another object could be made at its address and pass its guards.
    fn root_new_constants(&mut self, vm: &mut Vm) {
        for o in self.ir.objects_named(self.rooted) {
            // SAFETY: the recorder takes these addresses from live objects
            // while the interpreter stands still.
            vm.add_jit_root(Value::Obj(unsafe { ObjRef::from_addr(o) }));
        }
        self.rooted = self.ir.ins.len();
    }

    fn step_inner(&mut self, vm: &mut Vm, pc: usize) -> Rec<Step> {
        let frame = *vm.frames().last().ok_or(Abort::Inconsistent("no frame"))?;
        let depth = vm.frames().len();
        // An iterator stepped once ended: the item the trace went on with
        // is not there (a root trace must go round its loop; a side trace
        // would need the loop's end, which it cannot tell apart in time).
        if std::mem::take(&mut self.stepped_once) && self.expect != Some((depth, pc)) {
            return Err(Abort::LoopEnds);
        }
        self.observe_result(vm)?;
        if std::mem::take(&mut self.raise_expected) {
            return Err(Abort::Inconsistent(
                "a built-in run ahead raised, and not when the interpreter called it",
            ));
        }
        if self.expect != Some((depth, pc)) {
            return Err(Abort::LeftPath);
        }
        let want_code = self.frames.last().map_or(self.code, |f| f.code);
        let want_base = self.root_base + self.frames.last().map_or(0, |f| f.base as usize);
        if frame.code != want_code || frame.base != want_base {
            return Err(Abort::LeftFrame);
        }
        if vm.stack().len() != self.root_base + self.slots.len() {
            return Err(Abort::StackHeight {
                found: vm.stack().len() - self.root_base.min(vm.stack().len()),
                expected: self.slots.len(),
            });
        }
        if self.ir.ins.len() > params::MAX_RECORD {
            return Err(Abort::TraceTooLong);
        }
        if self.ir.snaps.len() > params::MAX_SNAPSHOTS {
            return Err(Abort::TooManySnapshots);
        }
        if self.slots.len() > params::MAX_TRACE_SLOTS {
            return Err(Abort::StackTooDeep);
        }
        let code = vm.code(frame.code).code.clone();
        let mut ins = code.instrs[pc];
        // The interpreter runs a superinstruction's halves one by one while
        // recording (see `dispatch`).
        if let Some((first, _)) = ins.op.halves() {
            ins.op = first;
        }
        self.cur_pc = pc as u32;
        self.cur_op = Some(ins.op);
        self.cur_line = code.lines[pc];
        self.line = self.cur_line;
        self.line_code = frame.code;
        self.snap_here = None;
        self.spread = None;
        self.owed_ticks = 0;
        let next = pc + 1;
        self.expect = Some((depth, next));
        let arg = ins.arg;
        let fbase = self.frames.last().map_or(0, |f| f.base as usize);
        match ins.op {
            Opcode::Nop => {}
            Opcode::Pop => {
                self.peek(vm, 0)?;
                self.pop(1);
            }
            Opcode::Dup => {
                let a = self.peek(vm, 0)?;
                self.push(a);
            }
            Opcode::DupTwo => {
                let a = self.peek(vm, 1)?;
                let b = self.peek(vm, 0)?;
                self.push(a);
                self.push(b);
            }
            Opcode::RotTwo => {
                let a = self.peek(vm, 1)?;
                let b = self.peek(vm, 0)?;
                self.pop(2);
                self.push(b);
                self.push(a);
            }
            Opcode::RotThree => {
                let a = self.peek(vm, 2)?;
                let b = self.peek(vm, 1)?;
                let c = self.peek(vm, 0)?;
                self.pop(3);
                self.push(c);
                self.push(a);
                self.push(b);
            }
            Opcode::LoadConst => {
                let r = self.constant(vm.const_value(frame.code, arg))?;
                self.push(r);
            }
            Opcode::LoadLocal => {
                let r = self.get(vm, fbase + arg as usize)?;
                if self.ir.ty(r) == Ty::Undef {
                    return Err(Abort::Raises(Raise::UnboundLocal));
                }
                self.push(r);
            }
            Opcode::StoreLocal => {
                let r = self.peek(vm, 0)?;
                self.pop(1);
                self.set(fbase + arg as usize, r);
            }
            Opcode::LoadDeref => {
                let cell = self.get(vm, fbase + arg as usize)?;
                let inside = match vm.stack()[self.root_base + fbase + arg as usize] {
                    Value::Obj(c) => match vm.heap.get(c) {
                        Obj::Cell(c) => c.value,
                        _ => Value::Undef,
                    },
                    _ => Value::Undef,
                };
                let ty = ty_of(inside)?;
                let r = self.call(
                    Helper::CellGet,
                    vec![RawArg::Val(cell), RawArg::Imm(ty.tag())],
                    vec![],
                    ty,
                );
                self.push(r);
            }
            Opcode::StoreDeref => {
                let v = self.peek(vm, 0)?;
                let v = self.real(v)?;
                let cell = self.get(vm, fbase + arg as usize)?;
                self.call(Helper::CellSet, vec![RawArg::Val(cell)], vec![v], Ty::Void);
                self.pop(1);
            }
            Opcode::LoadGlobal => {
                let gslot = vm.global_slot_of(frame.code, arg);
                let r = self.load_global(vm, gslot)?;
                self.push(r);
            }
            Opcode::StoreGlobal => {
                let gslot = vm.global_slot_of(frame.code, arg);
                let r = self.peek(vm, 0)?;
                let r = self.real(r)?;
                self.emit(Op::GStore(gslot, r), Ty::Void);
                self.globals_stored.retain(|(g, _)| *g != gslot);
                self.globals_stored.push((gslot, r));
                self.pop(1);
            }
            Opcode::Add | Opcode::Sub | Opcode::Mul | Opcode::InplaceAdd | Opcode::InplaceMul => {
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let r = match (self.ir.ty(a), self.ir.ty(b)) {
                    // The result needs a big int on this pass: the
                    // interpreter's operator, called (its result observed).
                    (Ty::Int, Ty::Int) if self.int_result_is_big(vm, ins.op) => {
                        return self.binary_fallback(vm, ins.op, arg, a, b)
                    }
                    (Ty::Int, Ty::Int) => {
                        let op = match ins.op {
                            Opcode::Add | Opcode::InplaceAdd => Op::AddOv(a, b),
                            Opcode::Sub => Op::SubOv(a, b),
                            _ => Op::MulOv(a, b),
                        };
                        self.guard(op, Ty::Int)
                    }
                    (Ty::Int | Ty::Float, Ty::Int | Ty::Float) => {
                        let (x, y) = (self.as_float(a), self.as_float(b));
                        let op = match ins.op {
                            Opcode::Add | Opcode::InplaceAdd => Op::FAdd(x, y),
                            Opcode::Sub => Op::FSub(x, y),
                            _ => Op::FMul(x, y),
                        };
                        self.emit(op, Ty::Float)
                    }
                    _ => return self.binary_fallback(vm, ins.op, arg, a, b),
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::TrueDiv => {
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let r = match (self.ir.ty(a), self.ir.ty(b)) {
                    (Ty::Int, Ty::Int) => self.call(
                        Helper::IntTrueDiv,
                        vec![RawArg::Val(a), RawArg::Val(b)],
                        vec![],
                        Ty::Float,
                    ),
                    (Ty::Int | Ty::Float, Ty::Int | Ty::Float) => {
                        let (x, y) = (self.as_float(a), self.as_float(b));
                        self.guard(Op::FDiv(x, y), Ty::Float)
                    }
                    _ => return self.binary_fallback(vm, ins.op, arg, a, b),
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::FloorDiv | Opcode::Mod | Opcode::Pow => {
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let r = match (self.ir.ty(a), self.ir.ty(b), ins.op) {
                    // By a power of two, floor division is an arithmetic
                    // shift and modulo a mask (both round toward -inf, as
                    // Python does); no division, no guard.
                    (Ty::Int, Ty::Int, Opcode::FloorDiv | Opcode::Mod)
                        if power_of_two(self.ir.const_i(b)).is_some() =>
                    {
                        let d = self.ir.const_i(b).expect("a constant");
                        if ins.op == Opcode::Mod {
                            let mask = self.emit(Op::KInt(d - 1), Ty::Int);
                            self.emit(Op::BAnd(a, mask), Ty::Int)
                        } else {
                            let k = self.emit(Op::KInt(d.trailing_zeros() as i64), Ty::Int);
                            self.guard(Op::Shr(a, k), Ty::Int)
                        }
                    }
                    (Ty::Int, Ty::Int, Opcode::FloorDiv) => self.guard(Op::FloorDiv(a, b), Ty::Int),
                    (Ty::Int, Ty::Int, Opcode::Mod) => self.guard(Op::Mod(a, b), Ty::Int),
                    (Ty::Int, Ty::Int, _) => {
                        // A negative exponent gives a float (or raises for a
                        // zero base): the interpreter's own operator, its
                        // result's type observed.
                        let negative = matches!(self.actual(vm, 0), Value::Int(e) if e < 0);
                        if negative || self.int_result_is_big(vm, ins.op) {
                            return self.binary_fallback(vm, ins.op, arg, a, b);
                        }
                        self.call(Helper::IntPow, vec![RawArg::Val(a), RawArg::Val(b)], vec![], Ty::Int)
                    }
                    (Ty::Int | Ty::Float, Ty::Int | Ty::Float, op) => {
                        let (x, y) = (self.as_float(a), self.as_float(b));
                        let h = match op {
                            Opcode::FloorDiv => Helper::FloatFloorDiv,
                            Opcode::Mod => Helper::FloatMod,
                            _ => {
                                let r = self.guard(Op::FPow(x, y), Ty::Float);
                                self.pop(2);
                                self.push(r);
                                return Ok(Step::Continue);
                            }
                        };
                        self.call(h, vec![RawArg::Val(x), RawArg::Val(y)], vec![], Ty::Float)
                    }
                    _ => return self.binary_fallback(vm, ins.op, arg, a, b),
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::LShift | Opcode::RShift | Opcode::BitAnd | Opcode::BitOr | Opcode::BitXor => {
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                if (self.ir.ty(a), self.ir.ty(b)) != (Ty::Int, Ty::Int) || self.int_result_is_big(vm, ins.op) {
                    return self.binary_fallback(vm, ins.op, arg, a, b);
                }
                let r = match ins.op {
                    Opcode::LShift => self.call(Helper::IntShl, vec![RawArg::Val(a), RawArg::Val(b)], vec![], Ty::Int),
                    Opcode::RShift => self.guard(Op::Shr(a, b), Ty::Int),
                    Opcode::BitAnd => self.emit(Op::BAnd(a, b), Ty::Int),
                    Opcode::BitOr => self.emit(Op::BOr(a, b), Ty::Int),
                    _ => self.emit(Op::BXor(a, b), Ty::Int),
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::Neg | Opcode::Pos | Opcode::Invert => {
                let a = self.peek(vm, 0)?;
                let r = match (ins.op, self.ir.ty(a)) {
                    (Opcode::Neg, Ty::Int) => self.guard(Op::NegOv(a), Ty::Int),
                    (Opcode::Neg, Ty::Float) => self.emit(Op::FNeg(a), Ty::Float),
                    (Opcode::Pos, Ty::Int | Ty::Float) => a,
                    (Opcode::Invert, Ty::Int) => self.emit(Op::BNot(a), Ty::Int),
                    (_, Ty::Obj) if is_instance(vm, self.actual(vm, 0)) => {
                        match self.unary_call(vm, ins.op, a, depth, next)? {
                            Some(step) => return Ok(step),
                            None => return Err(Abort::nyi_operands("this instance")),
                        }
                    }
                    _ => return Err(Abort::nyi_operands(words::a(vm.type_name(self.actual(vm, 0))))),
                };
                self.pop(1);
                self.push(r);
            }
            Opcode::Not => {
                let a = self.peek(vm, 0)?;
                if let Some(step) = self.truth_call(vm, a, AfterTruth::Not, depth, next)? {
                    return Ok(step);
                }
                let t = self.truth(vm, a)?;
                let r = match self.ir.op(t) {
                    Op::KBool(b) => self.emit(Op::KBool(!b), Ty::Bool),
                    _ => self.emit(Op::Not(t), Ty::Bool),
                };
                self.pop(1);
                self.push(r);
            }
            Opcode::Lt | Opcode::Le | Opcode::Gt | Opcode::Ge | Opcode::Eq | Opcode::Ne => {
                let cmp = match ins.op {
                    Opcode::Lt => Cmp::Lt,
                    Opcode::Le => Cmp::Le,
                    Opcode::Gt => Cmp::Gt,
                    Opcode::Ge => Cmp::Ge,
                    Opcode::Eq => Cmp::Eq,
                    _ => Cmp::Ne,
                };
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                if let Some(step) = self.rich_call(vm, cmp, a, b, None, depth, next)? {
                    return Ok(step);
                }
                let r = self.compare(vm, cmp, a, b, self.actual(vm, 1), self.actual(vm, 0))?;
                self.pop(2);
                self.push(r);
            }
            Opcode::Is | Opcode::IsNot => {
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let same = match (self.ir.ty(a), self.ir.ty(b)) {
                    (Ty::Nil, Ty::Nil) => self.emit(Op::KBool(true), Ty::Bool),
                    // Objects, and the two bools, by identity.
                    (Ty::Obj, Ty::Obj) | (Ty::Bool, Ty::Bool) => self.emit(Op::ICmp(Cmp::Eq, a, b), Ty::Bool),
                    // Values of different types are never the same object.
                    (ta, tb) if ta != tb && ta != Ty::Undef && tb != Ty::Undef => self.emit(Op::KBool(false), Ty::Bool),
                    _ => return Err(self.nyi_types(vm)),
                };
                let r = if ins.op == Opcode::IsNot {
                    match self.ir.op(same) {
                        Op::KBool(b) => self.emit(Op::KBool(!b), Ty::Bool),
                        _ => self.emit(Op::Not(same), Ty::Bool),
                    }
                } else {
                    same
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::In | Opcode::NotIn => {
                let (needle, container) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let found = match self.ascii_char_in_constant(vm, needle, container)? {
                    Some(found) => found,
                    None => {
                        let needle = self.real(needle)?;
                        let container = self.real(container)?;
                        if self.ir.ty(container) != Ty::Obj {
                            return Err(self.nyi_types(vm));
                        }
                        self.call(Helper::Contains, vec![], vec![needle, container], Ty::Bool)
                    }
                };
                let r = if ins.op == Opcode::NotIn {
                    self.emit(Op::Not(found), Ty::Bool)
                } else {
                    found
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::CompareJump => {
                let cmp = CompareKind::from_arg(arg);
                let (a, b) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let jump = AfterTruth::Jump {
                    target: CompareKind::target(arg) as u32,
                    jump_if: false,
                    keeps: None,
                };
                if let Some(step) = self.rich_call(vm, cmp, a, b, Some(jump), depth, next)? {
                    return Ok(step);
                }
                let c = self.compare(vm, cmp, a, b, self.actual(vm, 1), self.actual(vm, 0))?;
                let holds = if matches!(self.ir.op(c), Op::Call(_)) {
                    // A helper compared (containers, strs), counting a
                    // tick per item: an exit that redid the instruction
                    // would count them again. The guard's exit resumes
                    // after it instead, where the other outcome goes.
                    let holds = self.outcome(vm, cmp, 1, 0)?;
                    self.pop(2);
                    let resume = if holds {
                        CompareKind::target(arg) as u32
                    } else {
                        self.cur_pc + 1
                    };
                    self.snap_here = Some(self.snapshot(resume));
                    self.guard(Op::Guard(c, holds), Ty::Void);
                    holds
                } else {
                    let holds = self.branch_on(vm, c, cmp, 1, 0)?;
                    self.pop(2);
                    holds
                };
                if !holds {
                    self.expect = Some((depth, CompareKind::target(arg)));
                }
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue | Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                let a = self.peek(vm, 0)?;
                let jump_if = matches!(ins.op, Opcode::PopJumpIfTrue | Opcode::JumpIfTrueOrPop);
                let keeps = matches!(ins.op, Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop);
                let then = AfterTruth::Jump {
                    target: arg,
                    jump_if,
                    keeps: keeps.then_some(a),
                };
                if let Some(step) = self.truth_call(vm, a, then, depth, next)? {
                    return Ok(step);
                }
                let t = self.truth(vm, a)?;
                let value = self.truth_of_actual(vm)?;
                if !matches!(self.ir.op(t), Op::KBool(_)) {
                    self.guard(Op::Guard(t, value), Ty::Void);
                }
                let jumps = match ins.op {
                    Opcode::PopJumpIfFalse | Opcode::JumpIfFalseOrPop => !value,
                    _ => value,
                };
                let keeps = matches!(ins.op, Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop) && jumps;
                if !keeps {
                    self.pop(1);
                }
                if jumps {
                    self.expect = Some((depth, arg as usize));
                }
            }
            Opcode::Jump => self.expect = Some((depth, arg as usize)),
            // A loop in a generator's body: each step of the generator
            // passes its header, as a side trace passes an outer loop's,
            // whether or not the loop has a trace of its own (made where it
            // goes round between two yields, `if x % 2: yield x`). A round
            // that does not yield meets the header again, a few times at
            // most (`MAX_GENERATOR_LOOP_ROUNDS`); then the trace hands over
            // to the interpreter, which enters the loop's trace.
            Opcode::Loop
                if self.frames.last().is_some_and(|f| f.generator)
                    && (self.passed_generator_loops.iter())
                        .filter(|&&p| p == (frame.code, arg, self.frames.len()))
                        .count()
                        < params::MAX_GENERATOR_LOOP_ROUNDS =>
            {
                self.passed_generator_loops.push((frame.code, arg, self.frames.len()));
                self.guard(Op::Tick, Ty::Void);
            }
            Opcode::Loop if !self.frames.is_empty() => {
                // A loop in a called function: its trace runs in the
                // function's own frame, which only the interpreter makes.
                // The trace hands over at the header; the interpreter
                // makes the frames and enters the loop's trace at once.
                if vm.loop_trace(frame.code, arg).is_some() {
                    self.guard(Op::Handoff, Ty::Void);
                    return Ok(Step::Close(Ending::Handoff));
                }
                if self.unrolls_short_loop(frame.code, arg) {
                    self.guard(Op::Tick, Ty::Void);
                    return Ok(Step::Continue);
                }
                if matches!(self.kind, TraceKind::Root { .. }) {
                    return Ok(Step::Defer {
                        why: "loop inside a called function not compiled yet".into(),
                        inner: Some((frame.code, arg)),
                        left: false,
                    });
                }
                // A side trace waits too: its exit's next attempt comes
                // once the loop had time to get its trace.
                return Ok(Step::Defer {
                    why: "loop inside a called function not compiled yet".into(),
                    inner: Some((frame.code, arg)),
                    left: false,
                });
            }
            Opcode::Loop => {
                // Once a root trace returned into a caller, it meets that
                // caller's loops as a side trace would.
                let is_root = matches!(self.kind, TraceKind::Root { .. }) && !self.returned;
                if is_root && pc == self.loop_pc {
                    self.finish(vm, pc)?;
                    self.guard(Op::LoopBack, Ty::Void);
                    return Ok(Step::Close(Ending::Loop));
                }
                if let Some(t) = vm.loop_trace(frame.code, arg) {
                    self.finish(vm, pc)?;
                    self.guard(Op::Link(t), Ty::Void);
                    return Ok(Step::Close(Ending::Link(t)));
                }
                // Inner loops' headers come after the root's own one.
                if is_root && pc > self.loop_pc && self.unrolls_short_loop(frame.code, arg) {
                    self.guard(Op::Tick, Ty::Void);
                    return Ok(Step::Continue);
                }
                if is_root {
                    let step = if pc < self.loop_pc {
                        Step::Defer {
                            why: "left its loop on this iteration".into(),
                            inner: None,
                            left: true,
                        }
                    } else {
                        Step::Defer {
                            why: "inner loop not compiled yet".into(),
                            inner: Some((frame.code, arg)),
                            left: false,
                        }
                    };
                    return Ok(step);
                }
                // A side trace passes through an untraced loop header
                // once (an outer loop going round); meeting it again would
                // unroll a loop that should get a trace of its own, unless
                // the loop is a short one.
                if self.passed_loops.contains(&(frame.code, arg)) {
                    if self.unrolls_short_loop(frame.code, arg) {
                        self.guard(Op::Tick, Ty::Void);
                        return Ok(Step::Continue);
                    }
                    return Ok(Step::Defer {
                        why: "inner loop not compiled yet".into(),
                        inner: Some((frame.code, arg)),
                        left: false,
                    });
                }
                // A loop in a caller the trace returned into is the one
                // that calls, and runs hot: it gets a trace of its own
                // only if the interpreter gets to count its iterations.
                if self.returned {
                    self.guard(Op::Handoff, Ty::Void);
                    return Ok(Step::Close(Ending::Handoff));
                }
                self.passed_loops.push((frame.code, arg));
                self.guard(Op::Tick, Ty::Void);
            }
            Opcode::ForIter if matches!(self.actual(vm, 0), Value::Obj(g) if vm.heap.kind(g) == Kind::Generator) => {
                return self.resume_generator(vm, depth, next, Stepper::ForIter);
            }
            // `yield from` a generator: the same inline step, the value sent
            // below the generator on the stack.
            Opcode::Send if matches!(self.actual(vm, 1), Value::Obj(g) if vm.heap.kind(g) == Kind::Generator) => {
                return self.resume_generator(vm, depth, next, Stepper::Send);
            }
            // `yield from` a built-in iterator: a `for` step, sending None.
            Opcode::Send => return self.send_to_iterator(vm, depth, arg as usize),
            Opcode::Yield => return self.yield_generator(vm, depth, next),
            Opcode::ForIter => {
                let it = self.peek(vm, 0)?;
                let Value::Obj(itr) = self.actual(vm, 0) else {
                    return Err(Abort::Inconsistent("ForIter on a non-object"));
                };
                if !matches!(self.kind, TraceKind::Root { .. }) && vm.pending_iter_end(itr) {
                    // A side trace from the exit of a step made once that
                    // found the end (below): it takes the end the step
                    // left for the interpreter, and leaves the loop.
                    self.call(Helper::TakeIterEnd, vec![RawArg::Val(it)], vec![], Ty::Void);
                    self.pop(1);
                    self.expect = Some((depth, arg as usize));
                    return Ok(Step::Continue);
                }
                if let Some(func) = vm.plain_map_func(itr).filter(|&f| pure_callable(vm, f)) {
                    // `map(int, line.split())`: stepped once as below, by
                    // a helper that checks the map is of this function.
                    self.guard(Op::GuardKind(it, Kind::Iter as u8), Ty::Void);
                    let f = self.emit(Op::KObj(func.addr()), Ty::Obj);
                    let raw = vec![RawArg::Val(it), RawArg::Val(f), RawArg::Imm(tag::UNDEF)];
                    self.call_observed(Helper::MapStepOnce, raw, vec![], 0);
                    self.stepped_once = true;
                    return Ok(Step::Continue);
                }
                if let Some(class) = vm.steps_without_script(itr) {
                    // `itertools.permutations(...)` and the like: stepped
                    // by a helper, once; whether it gave an item, and of
                    // which type, is seen when the interpreter's step is
                    // done (`observe_result`).
                    self.guard_class_unchanged(vm, it, class);
                    let raw = vec![RawArg::Val(it), RawArg::Imm(tag::UNDEF)];
                    self.call_observed(Helper::IterStepOnce, raw, vec![], 0);
                    self.stepped_once = true;
                    return Ok(Step::Continue);
                }
                if vm.steps_natively(itr) {
                    // `reversed(xs)`, a set's iterator: stepped once, as
                    // above, by a helper that refuses (changing nothing)
                    // any other kind of built-in iterator it meets.
                    self.guard(Op::GuardKind(it, Kind::Iter as u8), Ty::Void);
                    let raw = vec![RawArg::Val(it), RawArg::Imm(tag::UNDEF)];
                    self.call_observed(Helper::IterStepOnce, raw, vec![], 0);
                    self.stepped_once = true;
                    return Ok(Step::Continue);
                }
                let done = vm.iter_exhausted(itr).ok_or_else(|| {
                    Abort::nyi(format!("a for loop over {}", words::a(vm.type_name(Value::Obj(itr)))))
                })?;
                if done {
                    // A root trace must go around its own loop; any other
                    // loop (a short inner one it unrolled, one in a called
                    // function) it follows to its end, as a side trace
                    // follows a loop to its end and on to the next one.
                    let own_loop = self.frames.is_empty() && !self.returned && pc == self.loop_pc + 1;
                    if matches!(self.kind, TraceKind::Root { .. }) && own_loop {
                        return Err(Abort::LoopEnds);
                    }
                    if vm.heap.kind(itr) == Kind::RangeIter {
                        // An exhausted range stays as it is: the end is a
                        // check of its count, no helper.
                        self.guard(Op::GuardKind(it, Kind::RangeIter as u8), Ty::Void);
                        let left = self.emit(Op::LoadMutField(it, layout::range_iter::REMAINING), Ty::Int);
                        let zero = self.emit(Op::KInt(0), Ty::Int);
                        let ended = self.emit(Op::ICmp(Cmp::Le, left, zero), Ty::Bool);
                        self.guard(Op::Guard(ended, true), Ty::Void);
                    } else {
                        self.call(Helper::IterDone, vec![RawArg::Val(it)], vec![], Ty::Void);
                    }
                    self.pop(1);
                    self.expect = Some((depth, arg as usize));
                    return Ok(Step::Continue);
                }
                let r = self.next_item(vm, it, itr)?;
                self.push(r);
            }
            Opcode::GetIter if self.iter_made => {
                // The call before made the iterator already.
                self.iter_made = false;
                self.peek(vm, 0)?;
            }
            Opcode::GetIter => {
                let a = self.peek(vm, 0)?;
                let kind = match self.actual(vm, 0) {
                    Value::Obj(o) => Some(vm.heap.kind(o)),
                    _ => None,
                };
                if let Some(
                    kind @ (Kind::RangeIter
                    | Kind::SeqIter
                    | Kind::StrIter
                    | Kind::Enumerate
                    | Kind::Zip
                    | Kind::Iter
                    | Kind::Generator),
                ) = kind
                {
                    // An iterator is its own iterator.
                    self.guard(Op::GuardKind(a, kind as u8), Ty::Void);
                    return Ok(Step::Continue);
                }
                if let Some(class) = self.actual(vm, 0).as_obj().and_then(|o| vm.steps_without_script(o)) {
                    // So is one the trace steps once (`IterStepOnce`):
                    // its class's `__iter__` returns it.
                    self.guard_class_unchanged(vm, a, class);
                    return Ok(Step::Continue);
                }
                let native_iter = self.actual(vm, 0).as_obj().and_then(|o| vm.native_iter_class(o));
                if let Some(class) = native_iter {
                    // An instance of a `list` subclass, say: the built-in's
                    // `__iter__`, which `get_iter` calls, runs no script.
                    self.guard_class_unchanged(vm, a, class);
                } else if !matches!(
                    kind,
                    Some(
                        Kind::List
                            | Kind::Tuple
                            | Kind::Range
                            | Kind::Str
                            | Kind::Dict
                            | Kind::DictView
                            | Kind::Set
                            | Kind::Bytes
                    )
                ) {
                    return Err(Abort::nyi_on(
                        "iter() of this kind of object",
                        words::a(vm.type_name(self.actual(vm, 0))),
                    ));
                }
                // A tuple display iterated at once (`for d in (1, -1):`) is
                // made now: the helper takes real objects.
                let a = self.real(a)?;
                let r = self.call(Helper::GetIter, vec![RawArg::Val(a)], vec![], Ty::Obj);
                self.pop(1);
                self.push(r);
            }
            Opcode::MatchSequence | Opcode::MatchMapping => return self.match_shape(vm, ins.op, arg),
            Opcode::MatchKeys => return self.match_keys(vm, arg),
            Opcode::MatchClass => return self.match_class(vm, arg),
            Opcode::BuildTuple => {
                let n = arg as usize;
                let items = self.top_values(vm, n)?;
                let r = self.virtual_tuple(items);
                self.pop(n);
                self.push(r);
            }
            Opcode::UnpackEx => return self.unpack_starred(vm, (arg & 0xff) as usize, (arg >> 8) as usize),
            // `except C:` of an exception the trace caught: its class is
            // the one its kind has, the classes a constant of the code.
            Opcode::ExcMatch => {
                let (exc, classes) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let known = self.caught.iter().any(|&(r, _)| r == exc);
                let constant = match self.ir.op(classes) {
                    Op::KObj(_) => true,
                    // `except (A, B):` builds the tuple each time.
                    Op::VTuple(t) => self.ir.tuples[t as usize]
                        .iter()
                        .all(|&c| matches!(self.ir.op(c), Op::KObj(_))),
                    _ => false,
                };
                if !known || !constant {
                    return Err(Abort::nyi("matching an exception the trace did not catch itself"));
                }
                let matched = vm
                    .exception_matches_for_jit(self.actual(vm, 1), self.actual(vm, 0))
                    .ok_or_else(|| Abort::nyi("an except clause naming no exception class"))?;
                self.pop(2);
                let m = self.emit(Op::KBool(matched), Ty::Bool);
                self.push(m);
            }
            Opcode::UnpackSequence => {
                let t = self.peek(vm, 0)?;
                // A constant tuple (`x, y = (0, 1)` folded): its items are
                // constants too.
                if let Some(items) = self.constant_tuple_items(vm, t, self.actual(vm, 0)) {
                    if items.len() != arg as usize {
                        return Err(Abort::Raises(Raise::WrongUnpackCount));
                    }
                    let items = items
                        .into_iter()
                        .rev()
                        .map(|v| self.constant(v))
                        .collect::<Rec<Vec<Ref>>>()?;
                    self.pop(1);
                    for r in items {
                        self.push(r);
                    }
                    return Ok(Step::Continue);
                }
                let Op::VTuple(id) = self.ir.op(t) else {
                    return self.unpack_from_heap(vm, t, arg as usize);
                };
                let items = self.ir.tuples[id as usize].clone();
                if items.len() != arg as usize {
                    return Err(Abort::Raises(Raise::WrongUnpackCount));
                }
                self.pop(1);
                for r in items.into_iter().rev() {
                    self.push(r);
                }
            }
            Opcode::LoadSubscr => {
                let (c, i) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                // An item of a virtual tuple at a constant index is the
                // value it was built from.
                if let (Op::VTuple(t), Op::KInt(k)) = (self.ir.op(c), self.ir.op(i)) {
                    let items = &self.ir.tuples[t as usize];
                    let n = items.len() as i64;
                    let at = if k < 0 { k + n } else { k };
                    if (0..n).contains(&at) {
                        let item = items[at as usize];
                        self.pop(2);
                        self.push(item);
                        return Ok(Step::Continue);
                    }
                }
                if let (Some(items), Op::KInt(k)) =
                    (self.constant_tuple_items(vm, c, self.actual(vm, 1)), self.ir.op(i))
                {
                    if let Some(&item) =
                        rumba_vm::ops::index::normalize_index(k, items.len()).and_then(|at| items.get(at))
                    {
                        let item = self.constant(item)?;
                        self.pop(2);
                        self.push(item);
                        return Ok(Step::Continue);
                    }
                }
                let (Value::Obj(o), Value::Int(k)) = (self.actual(vm, 1), self.actual(vm, 0)) else {
                    return match self.actual(vm, 1) {
                        Value::Obj(o) => self.get_item_fallback(vm, c, i, o),
                        _ => Err(self.nyi_types(vm)),
                    };
                };
                let Some(items) = vm.heap.seq_items(o) else {
                    return self.get_item_fallback(vm, c, i, o);
                };
                let Some(item) = seq_item(items, k) else {
                    return Err(Abort::Raises(Raise::IndexOutOfRange));
                };
                let ty = ty_of(item)?;
                let c = self.real(c)?;
                let r = if k >= 0 {
                    let (data, elem) = self.checked_items(vm, c, i, o);
                    self.guard(Op::LoadElem(data, i, elem), ty)
                } else {
                    // Negative indices count from the end: the helper does it.
                    self.call(
                        Helper::SeqGet,
                        vec![RawArg::Val(c), RawArg::Val(i), RawArg::Imm(ty.tag())],
                        vec![],
                        ty,
                    )
                };
                self.pop(2);
                self.push(r);
            }
            Opcode::StoreSubscr => {
                let (v, c, i) = (self.peek(vm, 2)?, self.peek(vm, 1)?, self.peek(vm, 0)?);
                if matches!(self.actual(vm, 1), Value::Obj(o) if vm.heap.kind(o) == Kind::Dict) {
                    let v = self.real(v)?;
                    let i = self.real(i)?;
                    self.guard(Op::GuardKind(c, Kind::Dict as u8), Ty::Void);
                    self.call(Helper::DictSet, vec![], vec![c, i, v], Ty::Void);
                    self.pop(3);
                    return Ok(Step::Continue);
                }
                if is_instance(vm, self.actual(vm, 1)) {
                    return self.instance_item(vm, c, i, Some(v));
                }
                if matches!(self.actual(vm, 1), Value::Obj(o) if vm.heap.bytes(o).is_some_and(|b| b.mutable)) {
                    // `ba[i] = byte`: a bytes object would refuse the store
                    // in the helper, and the interpreter raises.
                    let v = self.real(v)?;
                    let i = self.real(i)?;
                    self.guard(Op::GuardKind(c, Kind::Bytes as u8), Ty::Void);
                    self.call(Helper::ByteArraySet, vec![], vec![c, i, v], Ty::Void);
                    self.pop(3);
                    return Ok(Step::Continue);
                }
                if (self.ir.ty(c), self.ir.ty(i)) != (Ty::Obj, Ty::Int) {
                    return Err(self.nyi_types(vm));
                }
                let (Value::Obj(o), Value::Int(k)) = (self.actual(vm, 1), self.actual(vm, 0)) else {
                    return Err(self.nyi_types(vm));
                };
                let Some(list) = vm.heap.list(o) else {
                    return Err(Abort::nyi_on(
                        "item assignment to this kind of object",
                        words::a(vm.type_name(Value::Obj(o))),
                    ));
                };
                let c = self.real(c)?;
                let v = self.real(v)?;
                // A value the list's storage holds is stored in place; one
                // it does not (the list must change storage) goes through
                // the interpreter's own store.
                let fits = list.storage() == Storage::Object || list.storage() == Storage::of(self.actual(vm, 2));
                if k >= 0 && fits {
                    let (data, elem) = self.checked_items(vm, c, i, o);
                    self.emit(Op::StoreElem(data, i, v, elem), Ty::Void);
                } else {
                    self.call(Helper::ListSet, vec![RawArg::Val(c), RawArg::Val(i)], vec![v], Ty::Void);
                }
                self.pop(3);
            }
            Opcode::Call => return self.record_call(vm, arg as usize, depth, next, None),
            Opcode::CallKw => return self.record_call_kw(vm, arg as usize, depth, next, None),
            // A spread call of a script function or class: the call it
            // makes, as the interpreter makes it, once the arguments are
            // spread.
            Opcode::CallEx
                if arg == 0
                    && matches!(
                        self.actual(vm, 1).as_obj().map(|o| vm.heap.kind(o)),
                        Some(Kind::Function | Kind::Class)
                    ) =>
            {
                let argc = self.spread_args(vm)?;
                return self.record_call(vm, argc, depth, next, None);
            }
            Opcode::ListAppend => {
                // A comprehension's append: the list sits `arg` below the
                // value (the iterators of its `for` clauses between them).
                let v = self.peek(vm, 0)?;
                let l = self.peek(vm, arg as usize + 1)?;
                let v = self.real(v)?;
                self.guard(Op::GuardKind(l, Kind::List as u8), Ty::Void);
                self.guard(Op::ListAppend(l, v), Ty::Void);
                self.pop(1);
            }
            Opcode::MakeFunction => {
                let code = vm
                    .child_code(frame.code, arg as usize)
                    .ok_or(Abort::Inconsistent("no such function"))?;
                let child = &vm.code(code).code;
                let n = child.ndefaults as usize + child.locals.free.len();
                let values = self.top_real_values(vm, n, "a function with many defaults and cells")?;
                let raw = vec![
                    RawArg::Imm(frame.code.0 as u64),
                    RawArg::Imm(arg as u64),
                    RawArg::Imm(n as u64),
                ];
                let f = self.call(Helper::MakeFunction, raw, values, Ty::Obj);
                self.pop(n);
                self.push(f);
            }
            Opcode::ListExtend => {
                let items = self.peek(vm, 0)?;
                let items = self.real(items)?;
                let list = self.get(vm, self.height() - 2 - arg as usize)?;
                self.call(Helper::ListExtend, vec![], vec![list, items], Ty::Void);
                self.pop(1);
            }
            Opcode::BuildList => {
                let n = arg as usize;
                let items = self.top_real_values(vm, n, "a list display of many items")?;
                let l = self.call(Helper::NewList, vec![RawArg::Imm(n as u64)], items, Ty::Obj);
                self.pop(n);
                self.push(l);
            }
            Opcode::BuildDict => {
                // Pairs go in left to right as in the interpreter; a key that
                // cannot be hashed fails its insert and the exit redoes the
                // whole display from the untouched stack.
                let n = arg as usize;
                let mut pairs = Vec::with_capacity(n);
                for k in (0..n).rev() {
                    let (key, value) = (self.peek(vm, 2 * k + 1)?, self.peek(vm, 2 * k)?);
                    let key = self.real(key)?;
                    let value = self.real(value)?;
                    pairs.push((key, value));
                }
                let d = self.call(Helper::NewDict, vec![], vec![], Ty::Obj);
                for (key, value) in pairs {
                    self.call(Helper::DictInsert, vec![], vec![d, key, value], Ty::Void);
                }
                self.pop(2 * n);
                self.push(d);
            }
            Opcode::BuildSet => {
                // As a dict display: an unhashable item fails its add and
                // the exit redoes the display from the untouched stack.
                let n = arg as usize;
                let mut items = Vec::with_capacity(n);
                for k in (0..n).rev() {
                    let item = self.peek(vm, k)?;
                    items.push(self.real(item)?);
                }
                let s = self.call(Helper::NewSet, vec![], vec![], Ty::Obj);
                for item in items {
                    self.call(Helper::SetAdd, vec![], vec![s, item], Ty::Void);
                }
                self.pop(n);
                self.push(s);
            }
            Opcode::SetAdd | Opcode::SetUpdate => {
                let v = self.peek(vm, 0)?;
                let v = self.real(v)?;
                let s = self.peek(vm, arg as usize + 1)?;
                self.guard(Op::GuardKind(s, Kind::Set as u8), Ty::Void);
                let helper = match ins.op {
                    Opcode::SetAdd => Helper::SetAdd,
                    _ => Helper::SetUpdate,
                };
                self.call(helper, vec![], vec![s, v], Ty::Void);
                self.pop(1);
            }
            Opcode::LoadCell => {
                let cell = self.get(vm, fbase + arg as usize)?;
                self.push(cell);
            }
            Opcode::DeleteSubscr => {
                let (c, i) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let c = self.real(c)?;
                let i = self.real(i)?;
                self.call(Helper::DelItem, vec![], vec![c, i], Ty::Void);
                self.pop(2);
            }
            Opcode::StoreSlice => {
                let mut operands = Vec::with_capacity(5);
                for k in (0..5).rev() {
                    let r = self.peek(vm, k)?;
                    let r = self.real(r)?;
                    operands.push(r);
                }
                self.call(Helper::StoreSlice, vec![], operands, Ty::Void);
                self.pop(5);
            }
            Opcode::DictInsert => {
                let (k, v) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let d = self.peek(vm, arg as usize + 2)?;
                let k = self.real(k)?;
                let v = self.real(v)?;
                self.guard(Op::GuardKind(d, Kind::Dict as u8), Ty::Void);
                self.call(Helper::DictInsert, vec![], vec![d, k, v], Ty::Void);
                self.pop(2);
            }
            Opcode::DeleteLocal => {
                // Bound now (the interpreter raises otherwise), unbound after.
                self.get(vm, fbase + arg as usize)?;
                let u = self.emit(Op::KUndef, Ty::Undef);
                self.set(fbase + arg as usize, u);
            }
            Opcode::LoadSlice => {
                let mut operands = Vec::with_capacity(4);
                for k in (0..4).rev() {
                    let r = self.peek(vm, k)?;
                    let r = self.real(r)?;
                    operands.push(r);
                }
                self.call_observed(Helper::Slice, vec![RawArg::Imm(tag::UNDEF)], operands, 4);
            }
            Opcode::BuildSlice => {
                // `m[1:2, 0]`: the slice object the index tuple holds.
                let mut bounds = Vec::with_capacity(3);
                for k in (0..3).rev() {
                    let b = self.peek(vm, k)?;
                    bounds.push(self.real(b)?);
                }
                let r = self.call(Helper::NewSlice, vec![], bounds, Ty::Obj);
                self.pop(3);
                self.push(r);
            }
            Opcode::ListToTuple => {
                // `(*items,)`: the list is a real one (BUILD_LIST made it).
                let l = self.peek(vm, 0)?;
                let l = self.real(l)?;
                let r = self.call(Helper::ListToTuple, vec![RawArg::Val(l)], vec![], Ty::Obj);
                self.pop(1);
                self.push(r);
            }
            Opcode::FormatValue => {
                let (v, spec) = (self.peek(vm, 1)?, self.peek(vm, 0)?);
                let v = self.real(v)?;
                // `{s}` or `{s!s}` of a str with no spec (the compiler's
                // constant empty spec): the str is its own text, no call.
                let no_spec = self
                    .actual(vm, 0)
                    .as_obj()
                    .is_some_and(|r| self.ir.op(spec) == Op::KObj(r.addr()) && vm.as_str(Value::Obj(r)) == Some(""));
                if arg <= 1 && no_spec && vm.as_str(self.actual(vm, 1)).is_some() {
                    self.guard(Op::GuardKind(v, Kind::Str as u8), Ty::Void);
                    self.pop(2);
                    self.push(v);
                    return Ok(Step::Continue);
                }
                let r = self.call(
                    Helper::FormatValue,
                    vec![RawArg::Imm(arg as u64)],
                    vec![v, spec],
                    Ty::Obj,
                );
                self.pop(2);
                self.push(r);
            }
            Opcode::BuildString => {
                let n = arg as usize;
                // The pieces are strs already (FormatValue made them). A
                // helper call takes so many: more are joined in runs, each
                // run's str the first piece of the next.
                let parts = self.top_values(vm, n)?;
                let mut joined: Option<Ref> = None;
                for run in parts.chunks(crate::exit::MAX_NATIVE_ARGS - 1) {
                    let pieces: Vec<Ref> = joined.into_iter().chain(run.iter().copied()).collect();
                    let k = pieces.len() as u64;
                    joined = Some(self.call(Helper::BuildString, vec![RawArg::Imm(k)], pieces, Ty::Obj));
                }
                let r = match joined {
                    Some(r) => r,
                    None => self.call(Helper::BuildString, vec![RawArg::Imm(0)], vec![], Ty::Obj),
                };
                self.pop(n);
                self.push(r);
            }
            Opcode::CheckMethod | Opcode::LoadAttr => {
                let name = vm.code(frame.code).names[arg as usize];
                let r = self.peek(vm, 0)?;
                let receiver = self.actual(vm, 0);
                self.adopt_super(vm, r, receiver);
                if self.supers.iter().any(|s| s.0 == r) {
                    match self.super_attr(vm, r, receiver, name)? {
                        AttrFound::ClassValue(v) if ins.op == Opcode::LoadAttr => {
                            let c = self.constant(v)?;
                            self.pop(1);
                            self.push(c);
                        }
                        _ if ins.op == Opcode::LoadAttr => return Err(Abort::nyi("a method of super() as a value")),
                        _ => {}
                    }
                    return Ok(Step::Continue);
                }
                if ins.op == Opcode::LoadAttr {
                    if let Some(gslot) = self.module_global(vm, r, receiver, name)? {
                        let v = self.load_global(vm, gslot)?;
                        self.pop(1);
                        self.push(v);
                        return Ok(Step::Continue);
                    }
                }
                match self.constant_attr(vm, r, receiver, name)? {
                    // A built-in module's attributes never change (there is
                    // no assignment to them), a class's are guarded not to:
                    // the attribute is a constant.
                    Some(AttrFound::ClassValue(attr)) if ins.op == Opcode::LoadAttr => {
                        let c = self.constant(attr)?;
                        self.pop(1);
                        self.push(c);
                    }
                    Some(_) if ins.op == Opcode::LoadAttr => {
                        return Err(Abort::nyi("a class method taken as a value"));
                    }
                    Some(_) => {}
                    // `str.upper(w)`: the type's method, called with the
                    // receiver first (`Recorder::unbound_method_call`).
                    None if ins.op == Opcode::CheckMethod && vm.unbound_method_for_jit(receiver, name).is_some() => {
                        if let Value::Obj(t) = receiver {
                            self.guard_is(r, t);
                        }
                    }
                    None if ins.op == Opcode::CheckMethod && has_native_method(vm, receiver, name) => {
                        // The method exists for every value of this type
                        // (the call decides whether the trace can make it).
                        if let Value::Obj(o) = receiver {
                            self.guard(Op::GuardKind(r, vm.heap.kind(o) as u8), Ty::Void);
                        }
                    }
                    None if is_instance(vm, receiver) => {
                        return self.instance_attr(vm, ins.op, r, receiver, name, depth, next)
                    }
                    // `str.upper` (for `map(str.upper, words)`): the one
                    // object the VM keeps for the type and name.
                    None if ins.op == Opcode::LoadAttr && vm.unbound_method_for_jit(receiver, name).is_some() => {
                        let method = vm.unbound_method_for_jit(receiver, name).expect("checked just above");
                        if let Value::Obj(t) = receiver {
                            self.guard_is(r, t);
                        }
                        let c = self.emit(Op::KObj(method.addr()), Ty::Obj);
                        self.pop(1);
                        self.push(c);
                    }
                    // `d.get` as a value (`max(d, key=d.get)`): bound as
                    // the interpreter binds it, a new object each time.
                    None if ins.op == Opcode::LoadAttr
                        && has_native_method(vm, receiver, name)
                        && receiver.as_obj().is_some_and(|o| methods_by_kind(vm.heap.kind(o))) =>
                    {
                        let o = receiver.as_obj().expect("checked just above");
                        let r = self.real(r)?;
                        self.guard(Op::GuardKind(r, vm.heap.kind(o) as u8), Ty::Void);
                        let k = self.emit(Op::KObj(name.addr()), Ty::Obj);
                        let m = self.call(Helper::BindMethod, vec![], vec![r, k], Ty::Obj);
                        self.pop(1);
                        self.push(m);
                    }
                    // `z.real`, `z.imag` of a complex: its part, a float.
                    None if ins.op == Opcode::LoadAttr && complex_part(vm, receiver, name).is_some() => {
                        let part = complex_part(vm, receiver, name).expect("checked just above");
                        let (re, im) = self.complex_parts(r, true);
                        self.pop(1);
                        self.push(if part == 0 { re } else { im });
                    }
                    None => {
                        let text = vm.heap.str_obj(name).map_or("?", |s| s.as_str());
                        let on = words::a(vm.type_name(receiver));
                        return Err(Abort::nyi_on(format!("attribute .{text} of this kind of object"), on));
                    }
                }
            }
            Opcode::StoreAttr => {
                let name = vm.code(frame.code).names[arg as usize];
                let r = self.peek(vm, 0)?;
                let receiver = self.actual(vm, 0);
                let value = self.peek(vm, 1)?;
                return self.store_instance_attr(vm, r, receiver, value, name);
            }
            Opcode::CallMethod | Opcode::CallMethodKw => {
                let argc = (arg & 0xff) as usize;
                let name = vm.code(frame.code).names[(arg >> 8) as usize];
                // `CALL_METHOD_KW`'s keyword names sit above the arguments.
                let keywords = match ins.op {
                    Opcode::CallMethodKw => {
                        let names_ref = self.peek(vm, 0)?;
                        let Value::Obj(names) = self.actual(vm, 0) else {
                            unreachable!("CALL_METHOD_KW's names are a tuple")
                        };
                        if self.ir.op(names_ref) != Op::KObj(names.addr()) {
                            return Err(Abort::nyi("CALL_METHOD_KW with keyword names that are not a constant"));
                        }
                        Some(names)
                    }
                    _ => None,
                };
                let above = keywords.is_some() as usize;
                let r = self.peek(vm, argc + above)?;
                let receiver = self.actual(vm, argc + above);
                self.adopt_super(vm, r, receiver);
                let sup = self.supers.iter().find(|s| s.0 == r).copied();
                let found = match sup {
                    Some(_) => Some(self.super_attr(vm, r, receiver, name)?),
                    None => match self.constant_attr(vm, r, receiver, name)? {
                        Some(found) => Some(found),
                        None if is_instance(vm, receiver) => Some(self.instance_method(vm, r, receiver, name)?),
                        None => None,
                    },
                };
                return match found {
                    Some(AttrFound::Function(Value::Obj(func))) if keywords.is_some() => {
                        let first = sup.map(|s| s.2);
                        self.bound_call(vm, func, first, argc, depth, next, keywords)
                    }
                    None if keywords.is_some() => {
                        let names = self.peek(vm, 0)?;
                        let given: Vec<Value> = (1..=argc).rev().map(|k| self.actual(vm, k)).collect();
                        let names_value = Value::Obj(keywords.expect("a keyword call"));
                        match vm.sort_consumer(receiver, name, &given, names_value) {
                            Some(sort) => self.sort_consumer_call(vm, r, argc, sort, depth, next),
                            None => self.method_call(vm, argc, receiver, name, Some(names)),
                        }
                    }
                    Some(AttrFound::ClassValue(Value::Obj(callee))) if keywords.is_some() => {
                        self.record_call_kw(vm, argc, depth, next, Some(callee))
                    }
                    _ if keywords.is_some() => Err(Abort::nyi(
                        "CALL_METHOD_KW of anything but a script method, a module's function or a class",
                    )),
                    // The receiver's slot takes the callee (a module's
                    // function, a static method, a class...).
                    Some(AttrFound::ClassValue(Value::Obj(callee))) => {
                        self.record_call(vm, argc, depth, next, Some(callee))
                    }
                    // The function goes in below the receiver; a class
                    // method's receiver is the class.
                    Some(AttrFound::Function(Value::Obj(func))) => {
                        // `super().name(...)` calls it on the receiver.
                        let first = sup.map(|s| s.2);
                        self.bound_call(vm, func, first, argc, depth, next, None)
                    }
                    Some(AttrFound::ClassMethod(Value::Obj(func))) => {
                        let on = match sup {
                            Some(_) => super_receiver(vm, receiver),
                            None => receiver,
                        };
                        let class = match on.as_obj().map(|o| vm.heap.get(o)) {
                            Some(Obj::Instance(i)) => i.class,
                            _ => on.as_obj().expect("a class"),
                        };
                        let k = self.emit(Op::KObj(class.addr()), Ty::Obj);
                        self.bound_call(vm, func, Some(k), argc, depth, next, None)
                    }
                    // A native class's method: called once, the receiver
                    // first (its effects are the method's own); through
                    // `super()`, the receiver is the super object's.
                    Some(AttrFound::Native(Value::Obj(func))) => {
                        if argc + 1 > crate::exit::MAX_NATIVE_ARGS {
                            return Err(Abort::nyi("a native method call with many arguments"));
                        }
                        let mut args = self.top_real_values(vm, argc + 1, "a native method call")?;
                        if let Some((_, _, on)) = sup {
                            args[0] = on;
                        }
                        let f = self.emit(Op::KObj(func.addr()), Ty::Obj);
                        let raw = vec![RawArg::Val(f), RawArg::Imm(argc as u64 + 1), RawArg::Imm(tag::UNDEF)];
                        self.call_observed(Helper::CallNativeOnce, raw, args, argc + 1);
                        Ok(Step::Continue)
                    }
                    Some(_) => Err(Abort::nyi("calling this attribute")),
                    None if vm.unbound_method_for_jit(receiver, name).is_some() => {
                        let method = vm.unbound_method_for_jit(receiver, name).expect("checked just above");
                        if let Value::Obj(t) = receiver {
                            self.guard_is(r, t);
                        }
                        self.record_call(vm, argc, depth, next, Some(method))
                    }
                    None if argc == 1 => {
                        let given = self.actual(vm, 0);
                        match vm.join_consumer(receiver, name, given) {
                            Some(Value::Obj(join)) => self.join_consumer_call(vm, r, given, join, depth, next),
                            _ => self.method_call(vm, argc, receiver, name, None),
                        }
                    }
                    None => self.method_call(vm, argc, receiver, name, None),
                };
            }
            Opcode::Return => {
                if self.frames.is_empty() {
                    // The trace's own function returns: a side trace hands
                    // the return to the interpreter (the caller's frame is
                    // not the trace's to see); a root trace's iteration
                    // left the loop, which the next attempt may not.
                    if matches!(self.kind, TraceKind::Root { .. }) && !self.may_leave {
                        return Ok(Step::Defer {
                            why: "left its loop on this iteration".into(),
                            inner: None,
                            left: true,
                        });
                    }
                    return self.return_to_caller(vm, depth);
                }
                if self.frames.last().is_some_and(|f| f.generator) {
                    return self.generator_returned(vm, depth);
                }
                let f = self.frames.pop().expect("an inlined frame");
                // A tuple the callee built stays virtual: the caller usually
                // unpacks it at once (`x, y = f()`); one that ends up in a
                // snapshot stops the trace when it is installed.
                let mut v = self.peek(vm, 0)?;
                if f.operator.is_some() {
                    return self.operator_return(vm, f, v, depth);
                }
                if f.init {
                    // The call's result is the instance, below the frame;
                    // `__init__` returns None (else the interpreter raises).
                    if self.ir.ty(v) != Ty::Nil {
                        return Err(Abort::Raises(Raise::InitReturnedValue));
                    }
                    v = self.get(vm, f.base as usize - 1)?;
                }
                let keep = f.base as usize - 1;
                self.slots.truncate(keep);
                self.modified.truncate(keep);
                self.push(v);
                self.expect = Some((depth - 1, f.caller_pc as usize));
            }
            // A path that raises (`raise`, a failed `assert`): the
            // interpreter raises, from the state the trace reached. A side
            // trace, grown where the path to it was taken often (a parser
            // that meets malformed input), runs compiled up to it; a root
            // or entry recording waits for an iteration or call that does
            // not raise.
            Opcode::Raise | Opcode::RaiseAssert | Opcode::Reraise if matches!(self.kind, TraceKind::Side { .. }) => {
                self.guard(Op::Handoff, Ty::Void);
                return Ok(Step::Close(Ending::Handoff));
            }
            _ => return Err(Abort::nyi_instruction()),
        }
        Ok(Step::Continue)
    }

    /// A return from the trace's root frame (a function's entry trace, or
    /// a side trace that got there): the frame is popped for real and the
    /// caller's frame becomes the root frame, its slots counted from its
    /// own base; the trace goes on in the caller, the result on its stack.
    /// A guard checks that the frame below is the one the recording saw
    /// (the same code, waiting at the same call); where the interpreter's
    /// `execute` must take the return itself, the trace hands over.
    fn return_to_caller(&mut self, vm: &Vm, depth: usize) -> Rec<Step> {
        let frames = vm.frames();
        let n = frames.len();
        if n < 2 || n - 1 <= vm.exec_floor() {
            self.guard(Op::Handoff, Ty::Void);
            return Ok(Step::Close(Ending::Handoff));
        }
        let (callee, caller) = (frames[n - 1], frames[n - 2]);
        let v = self.peek(vm, 0)?;
        // An `__init__`'s return (of None, as the trace knows) gives the
        // caller the instance, which waits in the callee's slot; a cached
        // function's return fills its cache, which the interpreter does.
        if callee.memo || (callee.init && self.ir.ty(v) != Ty::Nil) {
            self.guard(Op::Handoff, Ty::Void);
            return Ok(Step::Close(Ending::Handoff));
        }
        let site = vec![
            RawArg::Imm(caller.code.0 as u64),
            RawArg::Imm(caller.pc as u64),
            RawArg::Imm(callee.init as u64),
        ];
        let base = self.call(Helper::LeaveCall, site, vec![], Ty::Int);
        self.returned = true;
        self.emit(Op::SetBase(base), Ty::Void);
        self.code = caller.code;
        self.root_base = caller.base;
        let height = callee.base - 1 - caller.base;
        if callee.init {
            // The instance stays on the stack, where the trace reads it.
            self.slots = vec![None; height + 1];
            self.modified = vec![false; height + 1];
        } else {
            self.slots = vec![None; height];
            self.modified = vec![false; height];
            self.push(v);
        }
        self.snap_here = None;
        self.expect = Some((depth - 1, caller.pc));
        Ok(Step::Continue)
    }

    /// A call that goes through the callee's entry trace (or, recursing,
    /// the entry trace being recorded): the callee is pinned as an inlined
    /// one would be, the state written back and the trace ends.
    #[allow(clippy::too_many_arguments)]
    fn call_entry(
        &mut self,
        vm: &Vm,
        callee: ObjRef,
        cref: Ref,
        fcode: CodeId,
        argc: usize,
        next: usize,
        target: u32,
        how: Entered,
    ) -> Rec<Step> {
        if self.ir.op(cref) == Op::KObj(callee.addr()) {
            self.guard_is(cref, callee);
        } else {
            self.guard(Op::GuardKind(cref, Kind::Function as u8), Ty::Void);
            self.guard(Op::GuardCode(cref, fcode.0), Ty::Void);
        }
        // A plain call's frame is one compiled code can make itself.
        let frame = match how {
            Entered::Call | Entered::Length | Entered::Method(_) => vm.plain_frame_size(fcode, argc).unwrap_or(0),
            _ => 0,
        };
        self.enter_through(cref, fcode, argc, next, target, how, 0, frame)
    }

    /// A built-in given a generator (`sum(x * x for x in v)`): the
    /// interpreter's call runs the built-in's Python version instead
    /// (`Vm::consumer_call`), whose loop has a trace of its own with the
    /// generator's steps inline. Compiled code makes the same switch
    /// (`enter_call`) and calls that function through its entry trace, so
    /// a loop that sums a generator on every round stays compiled. The
    /// switch depends on the built-in and on the kinds of the arguments:
    /// the trace guards both (a number's type, it already knows). So does
    /// `min(xs, key=f)` with keyword names `names` (a constant above the
    /// arguments), which calls the Python version of the keyed search
    /// (`Vm::key_consumer_call`).
    #[allow(clippy::too_many_arguments)]
    fn consumer_entry(
        &mut self,
        vm: &Vm,
        callee: ObjRef,
        cref: Ref,
        function: Value,
        argc: usize,
        next: usize,
        names: Option<ObjRef>,
    ) -> Rec<Step> {
        let fcode = match function.as_obj().map(|f| vm.heap.get(f)) {
            Some(Obj::Function(f)) => f.code,
            _ => unreachable!("the prelude's consumers are functions"),
        };
        // The arguments sit below the names, if any.
        let above = names.is_some() as usize;
        let first = self.actual(vm, argc - 1 + above);
        let plain = self.atomic.is_none()
            && self.spread.is_none()
            && !matches!(first.as_obj().map(|g| vm.heap.kind(g)), Some(Kind::Instance) | None);
        match vm.entry_trace(fcode) {
            Some(target) if plain => {
                self.guard_is(cref, callee);
                for k in above..argc + above {
                    if let Value::Obj(o) = self.actual(vm, k) {
                        let r = self.peek(vm, k)?;
                        self.guard(Op::GuardKind(r, vm.heap.kind(o) as u8), Ty::Void);
                    }
                }
                let how = names.map_or(Entered::Call, Entered::Keywords);
                self.enter_through(cref, fcode, argc, next, target, how, ENTER_CONSUMER, 0)
            }
            // Its entry trace comes once the interpreter has made the call
            // often enough; a root trace waits for it, as for any call.
            None if plain
                && matches!(self.kind, TraceKind::Root { .. } | TraceKind::Entry { .. })
                && !self.entries_given_up.contains(&fcode) =>
            {
                Ok(Step::Defer {
                    why: format!("{}() not compiled yet", vm.code(fcode).code.qualname),
                    inner: Some((fcode, ENTRY)),
                    left: false,
                })
            }
            _ => {
                self.guard(Op::Handoff, Ty::Void);
                Ok(Step::Close(Ending::Handoff))
            }
        }
    }

    /// `separator.join(given)` (`r` the separator, a str) of an iterator
    /// that may step a generator: the interpreter calls the prelude's
    /// `join` instead (`Vm::join_consumer`), and so does the trace, behind
    /// guards on both kinds. An instance's `__next__` would need its class
    /// guarded too: the interpreter makes that call.
    fn join_consumer_call(
        &mut self,
        vm: &mut Vm,
        r: Ref,
        given: Value,
        join: ObjRef,
        depth: usize,
        next: usize,
    ) -> Rec<Step> {
        let kind = given.as_obj().map(|g| vm.heap.kind(g));
        if kind == Some(Kind::Instance) {
            self.guard(Op::Handoff, Ty::Void);
            return Ok(Step::Close(Ending::Handoff));
        }
        let g = self.peek(vm, 0)?;
        let (r, g) = (self.real(r)?, self.real(g)?);
        self.guard(Op::GuardKind(r, Kind::Str as u8), Ty::Void);
        if let Some(kind) = kind {
            self.guard(Op::GuardKind(g, kind as u8), Ty::Void);
        }
        self.bound_call(vm, join, None, 1, depth, next, None)
    }

    /// `target.sort(key=f)` of a list (`r`), for a key the script wrote:
    /// the interpreter calls the prelude's `list_sort` instead
    /// (`Vm::sort_consumer`), and so does the trace, behind guards on the
    /// kinds of the list and the key, with the call's `argc` values (and
    /// the names above them) replaced by that function's arguments.
    fn sort_consumer_call(
        &mut self,
        vm: &mut Vm,
        r: Ref,
        argc: usize,
        sort: rumba_vm::prelude::ListSort,
        depth: usize,
        next: usize,
    ) -> Rec<Step> {
        let Value::Obj(function) = sort.function else {
            unreachable!("the prelude's list_sort is a function")
        };
        // The call's values, deepest first, as `sort_consumer` saw them.
        let mut given = Vec::with_capacity(argc);
        for k in (1..=argc).rev() {
            given.push(self.peek(vm, k)?);
        }
        let r = self.real(r)?;
        self.guard(Op::GuardKind(r, Kind::List as u8), Ty::Void);
        let key = self.real(given[sort.key])?;
        let Value::Obj(key_obj) = self.actual(vm, argc - sort.key) else {
            unreachable!("sort_consumer takes an object for the key")
        };
        self.guard(Op::GuardKind(key, vm.heap.kind(key_obj) as u8), Ty::Void);
        let reverse = match sort.reverse {
            Some(at) if self.ir.ty(given[at]) == Ty::Bool => given[at],
            Some(_) => return Err(Abort::nyi("list.sort(reverse=...) of a value of no known type")),
            None => self.emit(Op::KBool(false), Ty::Bool),
        };
        // An exit before the call redoes it from the state before this.
        self.snap_now();
        self.pop(argc + 1);
        let natives =
            [sort.take, sort.put_back].map(|n| self.emit(Op::KObj(n.as_obj().expect("a native").addr()), Ty::Obj));
        for arg in [key, reverse, natives[0], natives[1]] {
            self.push(arg);
        }
        self.bound_call(vm, function, None, 4, depth, next, None)
    }

    /// The end of a call made through the callee's entry trace `target`:
    /// the call's tick, the write-back of the state, and `enter_call` with
    /// what it needs to make the frame (`flag` among its flags). `frame`,
    /// when not 0, is the size of the callee's frame when only copying its
    /// arguments binds them (`Vm::plain_frame_size`): the backend then
    /// makes that frame in machine code where it can, as `enter_call`
    /// would.
    #[allow(clippy::too_many_arguments)]
    fn enter_through(
        &mut self,
        cref: Ref,
        fcode: CodeId,
        argc: usize,
        next: usize,
        target: u32,
        how: Entered,
        flag: u64,
        frame: usize,
    ) -> Rec<Step> {
        // A call ticks; the exit redoes the call.
        self.call_tick();
        // The write-back stores real objects only.
        for slot in 0..self.slots.len() {
            if let (Some(r), true) = (self.slots[slot], self.modified[slot]) {
                self.real(r)?;
            }
        }
        // A method's function goes in below its receiver (the first of the
        // `argc` arguments) when the call is made, as the interpreter's
        // call does: the state written back is the one before it.
        // A keyword call's names (a constant, on top of the stack) go to
        // the binder in the call's first boxed argument.
        let (slot, boxed, how_flag) = match how {
            Entered::Method(_) => (self.slots.len() - argc, vec![cref], ENTER_METHOD),
            Entered::Keywords(names) => {
                let names = self.emit(Op::KObj(names.addr()), Ty::Obj);
                (self.slots.len() - argc - 2, vec![names], ENTER_NAMED)
            }
            _ => (self.slots.len() - argc - 1, vec![], 0),
        };
        // The frames of the calls inlined around this one are the
        // snapshot's; the backend passes them to `enter_call`, which makes
        // them first.
        let n = self.ir.calls.len() as u32;
        self.ir.calls.push(CallArgs {
            helper: Helper::EnterCall,
            raw: vec![
                RawArg::Imm(fcode.0 as u64 | (next as u64) << 32),
                RawArg::Imm(slot as u64 | (argc as u64) << 32 | how_flag | flag),
                RawArg::Imm(frame as u64),
            ],
            boxed,
            raises: false,
        });
        self.guard(Op::CallEntry(n, target), Ty::Void);
        Ok(Step::Close(Ending::CallEntry(target)))
    }

    /// `f(*seq)` (`CALL_EX` without keywords) of a tuple or list `seq`:
    /// its items, as many as it has now (guarded), take its slot as a plain
    /// call's arguments; the call's tick pays for them too. The exits of
    /// the call redo `CALL_EX` from the stack as it was.
    fn spread_args(&mut self, vm: &Vm) -> Rec<usize> {
        let seq = self.peek(vm, 0)?;
        let n = match self.actual(vm, 0) {
            Value::Obj(o) => vm.heap.seq_items(o).map_or(0, |items| items.len()),
            _ => 0,
        };
        if n > params::MAX_SPREAD_ARGS {
            return Err(Abort::nyi("CALL_EX with many arguments"));
        }
        let items = self.seq_refs(vm, seq, "CALL_EX")?;
        let values: Vec<Value> = match self.actual(vm, 0) {
            Value::Obj(o) => vm.heap.seq_items(o).map(|items| items.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        };
        if values.len() != items.len() {
            return Err(Abort::nyi("CALL_EX of a sequence that is not a tuple or list"));
        }
        // The interpreter charges a tick per item it spreads, and one more
        // per item it collects from a tuple first (a list it copies).
        let tuple = !matches!(self.actual(vm, 0).as_obj().map(|o| vm.heap.kind(o)), Some(Kind::List));
        self.snap_now();
        self.owed_ticks = items.len() as u32 * (1 + tuple as u32);
        let at = self.height() - 1;
        self.pop(1);
        for &r in &items {
            self.push(r);
        }
        self.spread = Some((at, values));
        Ok(items.len())
    }

    /// A call of the value below `argc` arguments, or (a method call on a
    /// module) of `method`, a constant the receiver's slot stands for.
    fn record_call(
        &mut self,
        vm: &mut Vm,
        argc: usize,
        depth: usize,
        next: usize,
        method: Option<ObjRef>,
    ) -> Rec<Step> {
        let (callee, cref) = match method {
            Some(m) => (m, self.emit(Op::KObj(m.addr()), Ty::Obj)),
            None => self.callee_at(vm, argc)?,
        };
        if method.is_none() {
            let given: Vec<Value> = (0..argc).rev().map(|k| self.actual(vm, k)).collect();
            if let Some((function, _)) = vm.consumer_call(callee, &given, false) {
                return self.consumer_entry(vm, callee, cref, function, argc, next, None);
            }
        }
        if method.is_none() && vm.is_memo_wrapper(callee) {
            return self.memo_hit_call(vm, callee, cref, argc);
        }
        // An instance called through its class's `__call__`: the call the
        // interpreter makes, the function in the instance's slot and the
        // instance its first argument, as a method call's.
        if let (None, Obj::Instance(i)) = (method, vm.heap.get(callee)) {
            let class = i.class;
            let Some((func, classes)) = vm.special_method_for_jit(Value::Obj(callee), Special::Call) else {
                return Err(Abort::nyi("calling an instance without a plain __call__"));
            };
            self.guard_class(cref, class);
            self.guard_versions(&classes);
            return self.bound_call(vm, func, None, argc, depth, next, None);
        }
        let mut args = self.top_values(vm, argc)?;
        enum Callee {
            Script(CodeId),
            Sqrt,
            Abs,
            Len,
            Hash,
            Print,
            Pure,
            Bound(Value, ObjRef),
            Host,
            NativeMethod,
            Once,
            Class,
            TypeOf,
            Super,
            SuperOf(ObjRef),
            IsInstance,
            ObjectNew(ObjRef),
            ObjectSetattr(ObjRef),
            ObjectInit,
            AttrByName(AttrBuiltin, ObjRef),
            Next,
            Other,
        }
        let what = match vm.heap.get(callee) {
            Obj::BoundMethod(m) => Callee::Bound(m.receiver, m.name),
            Obj::HostFunction(_) => Callee::Host,
            Obj::Method(m) if matches!(m.func.as_obj().map(|f| vm.heap.get(f)), Some(Obj::Native(_))) => {
                Callee::NativeMethod
            }
            Obj::Function(f) => Callee::Script(f.code),
            Obj::Class(_) => Callee::Class,
            Obj::Type(TypeKind::Type) if argc == 1 => Callee::TypeOf,
            Obj::Native(n) if n.name == "super" && argc == 0 => Callee::Super,
            // `super(Class, obj)` of a class of the script's.
            Obj::Native(n) if n.name == "super" && argc == 2 => match self.actual(vm, 1).as_obj() {
                Some(class) if vm.heap.kind(class) == Kind::Class => Callee::SuperOf(class),
                _ => Callee::Other,
            },
            Obj::Native(n) if n.name == "isinstance" && argc == 2 => Callee::IsInstance,
            // `object.__new__(cls)` (a `__new__`'s `super().__new__(cls)`)
            // of a class whose instances start empty.
            Obj::Native(n) if n.name == "__new__" && argc == 1 => match self.actual(vm, 0).as_obj() {
                Some(class) if vm.makes_bare_instances(class) => Callee::ObjectNew(class),
                _ => Callee::Other,
            },
            // `object.__setattr__(obj, 'name', v)` with an interned name.
            Obj::Native(_) if argc == 3 && vm.is_object_setattr(callee) => match self.interned_at(vm, 1) {
                Some(name) => Callee::ObjectSetattr(name),
                None => Callee::Other,
            },
            // `Base.__init__(self)` where nothing along the MRO defines it
            // (`object`'s, which does nothing given the instance alone).
            Obj::Native(_) if argc == 1 && vm.is_object_init(callee) => Callee::ObjectInit,
            // `hasattr(x, 'name')`, `getattr(x, 'name'[, default])` with an
            // interned name.
            Obj::Native(_) if (2..=3).contains(&argc) && rumba_vm::builtins::attr_builtin(vm, callee).is_some() => {
                let which = rumba_vm::builtins::attr_builtin(vm, callee).expect("checked just above");
                match self.interned_at(vm, argc - 2) {
                    Some(name) if argc == 2 || which == AttrBuiltin::GetAttr => Callee::AttrByName(which, name),
                    _ => Callee::Other,
                }
            }
            Obj::Native(n) if n.name == "sqrt" && argc == 1 => Callee::Sqrt,
            Obj::Native(n) if n.name == "abs" && argc == 1 => Callee::Abs,
            Obj::Native(n) if n.name == "len" && argc == 1 => Callee::Len,
            Obj::Native(n) if n.name == "hash" && argc == 1 => Callee::Hash,
            Obj::Native(n) if n.name == "print" => Callee::Print,
            Obj::Native(n) if n.name == "next" && (argc == 1 || argc == 2) => Callee::Next,
            Obj::Native(n) if PURE_NATIVES.contains(&n.name) || ITERATOR_NATIVES.contains(&n.name) => Callee::Pure,
            Obj::Type(kind) if ITERATOR_TYPES.contains(&kind) => Callee::Pure,
            Obj::Native(n) if ONCE_NATIVES.contains(&n.name) => Callee::Once,
            // `list.sort(key=f)`'s steps in the prelude (`list_sort`).
            Obj::Native(_) if vm.is_list_sort_step(callee) => Callee::Once,
            Obj::Type(kind) if PURE_TYPES.contains(&kind) => Callee::Pure,
            _ => Callee::Other,
        };
        // A virtual tuple may go into an inlined call (it stays in this
        // trace); a built-in needs a real one. `isinstance` is decided
        // here, a tuple of classes read item by item.
        if !matches!(what, Callee::Script(_) | Callee::Class | Callee::IsInstance) {
            for a in args.iter_mut() {
                *a = self.real(*a)?;
            }
        }
        match what {
            Callee::Script(fcode) => self.script_call(vm, callee, cref, fcode, argc, depth, next, Entered::Call),
            Callee::Sqrt => {
                let x = args[0];
                if !matches!(self.ir.ty(x), Ty::Int | Ty::Float) {
                    return Err(Abort::nyi("math.sqrt of a non-number"));
                }
                self.guard_is(cref, callee);
                let x = self.as_float(x);
                let r = self.guard(Op::FSqrt(x), Ty::Float);
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            Callee::Abs if matches!(self.ir.ty(args[0]), Ty::Int | Ty::Float) => {
                self.guard_is(cref, callee);
                let x = args[0];
                let r = match self.ir.ty(x) {
                    Ty::Int => self.guard(Op::AbsOv(x), Ty::Int),
                    _ => self.emit(Op::FAbs(x), Ty::Float),
                };
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            // `abs(z)` of a complex: its parts' `hypot` by the interpreter's
            // own function (an overflow exits, for the interpreter to raise).
            Callee::Abs if matches!(self.actual(vm, 0), Value::Obj(o) if vm.heap.kind(o) == Kind::Complex) => {
                self.guard_is(cref, callee);
                let (re, im) = self.complex_parts(args[0], true);
                let r = self.call(Helper::ComplexAbs, vec![], vec![re, im], Ty::Float);
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            Callee::Len if self.ir.ty(args[0]) == Ty::Obj => {
                // The length a list, tuple or str keeps in its own fields.
                let field = match self.actual(vm, 0) {
                    Value::Obj(o) => match vm.heap.kind(o) {
                        Kind::List => Some((Kind::List, layout::list::LEN)),
                        Kind::Tuple => Some((Kind::Tuple, layout::tuple::LEN)),
                        Kind::Str => Some((Kind::Str, layout::str::NCHARS)),
                        _ => None,
                    },
                    _ => None,
                };
                let Some((kind, offset)) = field else {
                    let x = self.actual(vm, 0);
                    if let Some((func, classes)) = vm.special_method_for_jit(x, Special::Len) {
                        self.guard_is(cref, callee);
                        let Some(Obj::Instance(i)) = x.as_obj().map(|o| vm.heap.get(o)) else {
                            unreachable!("special_method_for_jit takes instances")
                        };
                        self.guard_class(args[0], i.class);
                        self.guard_versions(&classes);
                        return self.enter_operator(vm, func, &[args[0]], Entered::Length, depth, next);
                    }
                    if is_instance(vm, x) {
                        self.guard_is(cref, callee);
                        let x = self.real(args[0])?;
                        let n = self.native_length(vm, x)?;
                        self.pop(argc + 1);
                        self.push(n);
                        return Ok(Step::Continue);
                    }
                    return self.native_call(vm, callee, cref, args, None);
                };
                let x = args[0];
                let x = self.real(x)?;
                self.guard_is(cref, callee);
                self.guard(Op::GuardKind(x, kind as u8), Ty::Void);
                let r = self.emit(Op::LoadField(x, offset), Ty::Int);
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            // An instance's plain `__hash__`, followed as `len()` follows
            // `__len__`.
            Callee::Hash if vm.special_method_for_jit(self.actual(vm, 0), Special::Hash).is_some() => {
                let x = self.actual(vm, 0);
                let (func, classes) = vm.special_method_for_jit(x, Special::Hash).expect("checked just above");
                let Some(Obj::Instance(i)) = x.as_obj().map(|o| vm.heap.get(o)) else {
                    unreachable!("special_method_for_jit takes instances")
                };
                self.guard_is(cref, callee);
                self.guard_class(args[0], i.class);
                self.guard_versions(&classes);
                self.enter_operator(vm, func, &[args[0]], Entered::Hash, depth, next)
            }
            Callee::Abs | Callee::Len | Callee::Hash => self.native_call(vm, callee, cref, args, None),
            Callee::Print => {
                // Its result is None; running it ahead would print twice.
                if argc > crate::exit::MAX_NATIVE_ARGS {
                    return Err(Abort::nyi("print of many values"));
                }
                self.guard_is(cref, callee);
                let raw = vec![RawArg::Val(cref), RawArg::Imm(argc as u64), RawArg::Imm(tag::NONE)];
                let r = self.call(Helper::CallNativeEffect, raw, args, Ty::Nil);
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            Callee::Pure if self.range_then_iter(vm, callee, next, &args) => {
                // `for ... in range(...)`: make the iterator directly, with
                // no range object (the GetIter that follows is a no-op).
                self.guard_is(cref, callee);
                let (start, stop, step) = match args[..] {
                    [stop] => (self.emit(Op::KInt(0), Ty::Int), stop, self.emit(Op::KInt(1), Ty::Int)),
                    [start, stop] => (start, stop, self.emit(Op::KInt(1), Ty::Int)),
                    [start, stop, step] => (start, stop, step),
                    _ => unreachable!("checked by range_then_iter"),
                };
                let raw = vec![RawArg::Val(start), RawArg::Val(stop), RawArg::Val(step)];
                let it = self.call(Helper::RangeIter, raw, vec![], Ty::Obj);
                self.pop(argc + 1);
                self.push(it);
                self.iter_made = true;
                Ok(Step::Continue)
            }
            Callee::Pure => self.native_call(vm, callee, cref, args, None),
            // A built-in type's method taken once (`pop = xs.pop`) and
            // called in the loop: the bound method is guarded to be the
            // same object, so its receiver is a constant of the trace.
            Callee::Bound(Value::Obj(t), name) if matches!(vm.heap.get(t), Obj::Type(_)) => {
                self.unbound_method_call(vm, callee, cref, t, name, argc)
            }
            Callee::Bound(receiver, name) => {
                let Value::Obj(o) = receiver else {
                    return Err(Abort::nyi("calling a method bound to a number"));
                };
                let kind = vm.heap.kind(o);
                if methods_by_kind(kind) {
                    // `max(d, key=d.get)`: a new bound method each time it
                    // is taken, so guarded by what it is (a method of this
                    // name bound to an object of this kind, which decides
                    // the method), not which object: one trace serves them
                    // all, where a guard on the object made a side trace
                    // for each.
                    use rumba_vm::layout::bound_method;
                    self.guard(Op::GuardKind(cref, Kind::BoundMethod as u8), Ty::Void);
                    let n = self.emit(Op::LoadFixed(cref, bound_method::NAME), Ty::Obj);
                    self.guard(Op::GuardIs(n, name.addr()), Ty::Void);
                    let t = self.emit(Op::LoadFixed(cref, bound_method::RECEIVER_TAG), Ty::Int);
                    self.guard_int_is(t, tag::OBJ as i64);
                    let recv = self.emit(Op::LoadFixed(cref, bound_method::RECEIVER), Ty::Obj);
                    self.guard(Op::GuardKind(recv, kind as u8), Ty::Void);
                    return self.native_method_call(vm, argc, receiver, recv, name, None);
                }
                self.guard_is(cref, callee);
                let recv = self.emit(Op::KObj(o.addr()), Ty::Obj);
                self.native_method_call(vm, argc, receiver, recv, name, None)
            }
            // The host's function, called as it is: never ahead of time
            // (it may have effects), its result typed from what the
            // interpreter gets.
            Callee::Host | Callee::NativeMethod | Callee::Once => {
                // The receiver goes in as the first argument.
                let limit = crate::exit::MAX_NATIVE_ARGS - matches!(what, Callee::NativeMethod) as usize;
                if argc > limit {
                    return Err(Abort::nyi("host function call with many arguments"));
                }
                self.guard_is(cref, callee);
                let helper = match what {
                    Callee::Host => Helper::CallHost,
                    Callee::Once => Helper::CallNativeOnce,
                    _ => Helper::CallNativeMethod,
                };
                let raw = vec![RawArg::Val(cref), RawArg::Imm(argc as u64), RawArg::Imm(tag::UNDEF)];
                self.call_observed(helper, raw, args, argc + 1);
                Ok(Step::Continue)
            }
            Callee::Class => self.instantiate(vm, callee, cref, argc, depth, next, None),
            // `isinstance(x, C)`: decided by what `x` is (an instance's
            // class, another value's kind or type) and `C` (guarded to be
            // the class, type or constant tuple it is now), so a constant.
            Callee::IsInstance => {
                let (x, c) = (self.real(args[0])?, args[1]);
                let (vx, vc) = (self.actual(vm, 1), self.actual(vm, 0));
                let Some(target) = vc.as_obj() else {
                    return Err(Abort::nyi_on(
                        "isinstance() of this second argument",
                        words::a(vm.type_name(vc)),
                    ));
                };
                // A tuple: a constant one, or one the trace builds of
                // classes it loads (`isinstance(x, (int, Fraction))`),
                // whose items are then guarded one by one.
                let built = match self.ir.op(c) {
                    Op::VTuple(k) => Some(self.ir.tuples[k as usize].clone()),
                    _ => None,
                };
                let plain = match vm.heap.get(target) {
                    // A metaclass's `__instancecheck__` may answer
                    // differently each time (an ABC's registry grows); it
                    // is not asked about an instance of a subclass.
                    Obj::Class(_) if vm.meta_checks_instances(Value::Obj(target)) => {
                        vm.instance_of_class(vx, Value::Obj(target)) == Some(true)
                    }
                    Obj::Class(_) | Obj::Type(_) => true,
                    Obj::Tuple(t) => {
                        (self.ir.op(c) == Op::KObj(target.addr()) || built.as_ref().is_some_and(|b| b.len() == t.len()))
                            && t.iter().all(|v| {
                                matches!(v.as_obj().map(|o| vm.heap.get(o)), Some(Obj::Class(_) | Obj::Type(_)))
                                    && !vm.meta_checks_instances(*v)
                            })
                    }
                    _ => false,
                };
                if !plain {
                    return Err(Abort::nyi_on(
                        "isinstance() of this second argument",
                        words::a(vm.type_name(vc)),
                    ));
                }
                if let Some(o) = vx.as_obj() {
                    let kind = vm.heap.kind(o);
                    match vm.heap.get(o) {
                        Obj::Instance(i) => self.guard_class(x, i.class),
                        // A class is an instance of its metaclass.
                        Obj::Class(_) => self.guard_is(x, o),
                        _ if single_type(kind) => {
                            self.guard(Op::GuardKind(x, kind as u8), Ty::Void);
                        }
                        _ => return Err(Abort::nyi_on("isinstance()", words::a(vm.type_name(vx)))),
                    }
                }
                match built {
                    Some(items) => {
                        let classes: Vec<Value> = vm.heap.tuple(target).map_or_else(Vec::new, |t| t.to_vec());
                        for (r, class) in items.into_iter().zip(classes) {
                            self.guard_is(r, class.as_obj().expect("a class"));
                        }
                    }
                    None => self.guard_is(c, target),
                }
                let result = predict_native(vm, callee, &[vx, vc], None)?;
                self.guard_is(cref, callee);
                let r = self.constant(result)?;
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            Callee::Super => {
                let sup = self.new_super(vm)?;
                self.guard_is(cref, callee);
                self.pop(1);
                self.push(sup);
                Ok(Step::Continue)
            }
            // The class pinned; the helper makes the super object as the
            // built-in does, or fails (the receiver is no instance or
            // subclass of it) and the interpreter raises the TypeError.
            Callee::SuperOf(class) => {
                self.guard_is(cref, callee);
                self.guard_is(args[0], class);
                let sup = self.super_object(class, args[1])?;
                self.pop(argc + 1);
                self.push(sup);
                Ok(Step::Continue)
            }
            // `type(x)`: an instance's class field, or (the kind guarded)
            // the type object of any other value.
            Callee::TypeOf => {
                self.guard_is(cref, callee);
                let x = args[0];
                let v = self.actual(vm, 0);
                let r = match v.as_obj().map(|o| vm.heap.kind(o)) {
                    Some(Kind::Instance) => {
                        self.guard(Op::GuardKind(x, Kind::Instance as u8), Ty::Void);
                        self.emit(Op::LoadFixed(x, layout::instance::CLASS), Ty::Obj)
                    }
                    // A class's type is its metaclass.
                    Some(Kind::Class) => {
                        self.guard_is(x, v.as_obj().expect("a class"));
                        let t = vm.type_of(v);
                        self.constant(t)?
                    }
                    other if other.is_none_or(single_type) => {
                        if let Some(kind) = other {
                            self.guard(Op::GuardKind(x, kind as u8), Ty::Void);
                        }
                        let kind = vm.type_kind(v);
                        let t = vm.type_object(kind);
                        self.constant(t)?
                    }
                    _ => return Err(Abort::nyi_on("type()", words::a(vm.type_name(v)))),
                };
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            Callee::ObjectNew(class) => {
                self.guard_is(cref, callee);
                self.guard_is(args[0], class);
                let raw = vec![RawArg::Imm(class.addr())];
                let inst = self.call(Helper::NewInstance, raw, vec![], Ty::Obj);
                if let Some(a) = self.atomic.as_mut() {
                    a.fresh.push(inst);
                }
                self.pop(argc + 1);
                self.push(inst);
                Ok(Step::Continue)
            }
            Callee::ObjectInit => {
                self.guard_is(cref, callee);
                let none = self.constant(Value::None)?;
                self.pop(argc + 1);
                self.push(none);
                Ok(Step::Continue)
            }
            // The name pinned; the store as `STORE_ATTR` makes it, without
            // the class's `__setattr__`.
            Callee::ObjectSetattr(name) => {
                self.guard_is(cref, callee);
                self.guard_is(args[1], name);
                let receiver = self.actual(vm, 2);
                self.store_slot(vm, args[0], receiver, args[2], name, false)?;
                let none = self.constant(Value::None)?;
                self.pop(argc + 1);
                self.push(none);
                Ok(Step::Continue)
            }
            // What `inst.name` gives (a slot, a class value), or the
            // default, under the guards of the instance's class and shape.
            Callee::AttrByName(AttrBuiltin::GetAttr, name) => {
                let x = self.actual(vm, argc - 1);
                let found = match x.as_obj() {
                    Some(o) if vm.heap.kind(o) == Kind::Instance => vm.instance_hasattr_for_jit(o, name),
                    _ => None,
                };
                let r = match found {
                    Some((plan, true)) => match plan.found {
                        AttrFound::Slot(slot) => self.load_slot(vm, args[0], x, &plan, slot)?,
                        AttrFound::ClassValue(v) => {
                            self.guard_instance(args[0], &plan);
                            self.constant(v)?
                        }
                        _ => return Err(Abort::nyi("getattr() of a method or class method")),
                    },
                    // The default, for an attribute the instance lacks.
                    Some((plan, false)) if argc == 3 => {
                        self.guard_instance(args[0], &plan);
                        args[2]
                    }
                    _ => return Err(Abort::nyi_on("getattr()", words::a(vm.type_name(x)))),
                };
                self.guard_is(cref, callee);
                self.guard_is(args[1], name);
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            // An instance's answer holds while its class and shape do; a
            // built-in value's, for every value of its kind (their
            // attributes never change).
            Callee::AttrByName(AttrBuiltin::HasAttr, name) => {
                let x = self.actual(vm, 1);
                let has = match x.as_obj().map(|o| (o, vm.heap.kind(o))) {
                    Some((o, Kind::Instance)) => {
                        let Some((plan, has)) = vm.instance_hasattr_for_jit(o, name) else {
                            return Err(Abort::nyi_on("hasattr()", "an instance whose answer may run code"));
                        };
                        self.guard_instance(args[0], &plan);
                        has
                    }
                    Some((_, kind)) if fixed_attributes(kind) => {
                        let has = predict_native(vm, callee, &[x, Value::Obj(name)], None)?;
                        self.guard(Op::GuardKind(args[0], kind as u8), Ty::Void);
                        matches!(has, Value::Bool(true))
                    }
                    // A number, a bool or None: its type is the trace's.
                    None if matches!(self.ir.ty(args[0]), Ty::Int | Ty::Float | Ty::Bool | Ty::Nil) => {
                        let has = predict_native(vm, callee, &[x, Value::Obj(name)], None)?;
                        matches!(has, Value::Bool(true))
                    }
                    _ => return Err(Abort::nyi_on("hasattr()", words::a(vm.type_name(x)))),
                };
                self.guard_is(cref, callee);
                self.guard_is(args[1], name);
                let r = self.emit(Op::KBool(has), Ty::Bool);
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            // `next(it)`, `next(it, default)` of an iterator a `for` steps
            // inline: the same step, or the default when it is done (its
            // guards exit before anything moves, and the interpreter
            // redoes the call).
            Callee::Next => {
                let it = args[0];
                let Value::Obj(itr) = self.actual(vm, argc - 1) else {
                    return Err(Abort::nyi_on(
                        "next()",
                        words::a(vm.type_name(self.actual(vm, argc - 1))),
                    ));
                };
                let Some(done) = vm.iter_exhausted(itr) else {
                    return Err(Abort::nyi_on("next()", words::a(vm.type_name(Value::Obj(itr)))));
                };
                let kind = vm.heap.kind(itr);
                self.guard_is(cref, callee);
                self.guard(Op::GuardKind(it, kind as u8), Ty::Void);
                let r = match (done, argc) {
                    (false, _) => self.next_item(vm, it, itr)?,
                    (true, 2) => {
                        self.call(Helper::IterDone, vec![RawArg::Val(it)], vec![], Ty::Void);
                        args[1]
                    }
                    (true, _) => return Err(Abort::nyi("next() of a spent iterator without a default")),
                };
                self.pop(argc + 1);
                self.push(r);
                Ok(Step::Continue)
            }
            Callee::Other => Err(match vm.heap.get(callee) {
                Obj::Native(n) => Abort::nyi(format!("calling the built-in {}()", n.name)),
                _ => Abort::nyi(format!("calling {}", words::a(vm.type_name(Value::Obj(callee))))),
            }),
        }
    }

    /// The value `k` below the top of the stack if it is an interned str
    /// (an attribute name written in the code).
    fn interned_at(&self, vm: &Vm, k: usize) -> Option<ObjRef> {
        self.actual(vm, k).as_obj().filter(|&n| vm.heap.is_interned(n))
    }

    /// The callee `k` values below the top of the stack, and its value in
    /// the trace; an abort for a value that is no object.
    fn callee_at(&mut self, vm: &Vm, k: usize) -> Rec<(ObjRef, Ref)> {
        let Value::Obj(callee) = self.actual(vm, k) else {
            return Err(Abort::Raises(Raise::CallingNonObject));
        };
        Ok((callee, self.peek(vm, k)?))
    }

    /// `f(a, name=v)` (`CALL_KW`) of a script function, a class or a pure
    /// built-in, or (a method call on a module with keywords) of `method`,
    /// which the receiver's slot takes first. Other callees are not
    /// compiled yet.
    fn record_call_kw(
        &mut self,
        vm: &mut Vm,
        argc: usize,
        depth: usize,
        next: usize,
        method: Option<ObjRef>,
    ) -> Rec<Step> {
        let names_ref = self.peek(vm, 0)?;
        let Value::Obj(names) = self.actual(vm, 0) else {
            unreachable!("CALL_KW's names are a tuple")
        };
        // The names are a constant of the calling code (the compiler
        // loads them just before the call), alive as long as the code: a
        // trace that starts at the call (a side trace) finds them on the
        // stack and checks they are that tuple.
        self.guard_is(names_ref, names);
        let (callee, cref) = match method {
            // `CALL_METHOD_KW` of a module's function or a class: the
            // interpreter puts it in the receiver's slot first.
            Some(m) => {
                self.snap_now();
                let k = self.emit(Op::KObj(m.addr()), Ty::Obj);
                let at = self.slots.len() - argc - 2;
                self.set(at, k);
                (m, k)
            }
            None => self.callee_at(vm, argc + 1)?,
        };
        // `min(xs, key=f)`: the interpreter calls the keyed search's
        // Python version instead, and so does compiled code.
        if method.is_none() && (2..=3).contains(&argc) {
            let given: Vec<Value> = (1..=argc).rev().map(|k| self.actual(vm, k)).collect();
            if let Some(call) = vm.key_consumer_call(callee, &given, Value::Obj(names)) {
                return self.consumer_entry(vm, callee, cref, call.function, argc, next, Some(names));
            }
        }
        match vm.heap.get(callee) {
            Obj::Function(f) => {
                let fcode = f.code;
                self.script_call(vm, callee, cref, fcode, argc, depth, next, Entered::Keywords(names))
            }
            Obj::Class(_) => self.instantiate(vm, callee, cref, argc, depth, next, Some(names)),
            Obj::Native(n) if n.name == "print" => {
                // Its result is None; running it ahead would print twice.
                if argc + 1 > crate::exit::MAX_NATIVE_ARGS {
                    return Err(Abort::nyi("print of many values"));
                }
                let mut args = self.named_args(vm, argc)?;
                args.push(names_ref);
                self.guard_is(cref, callee);
                let nargs = argc as u64 | crate::exit::NAMED_ARGS;
                let raw = vec![RawArg::Val(cref), RawArg::Imm(nargs), RawArg::Imm(tag::NONE)];
                let r = self.call(Helper::CallNativeEffect, raw, args, Ty::Nil);
                self.pop(argc + 2);
                self.push(r);
                Ok(Step::Continue)
            }
            Obj::Native(n) if PURE_NATIVES.contains(&n.name) || ITERATOR_NATIVES.contains(&n.name) => {
                let args = self.named_args(vm, argc)?;
                self.native_call(vm, callee, cref, args, Some((names_ref, names)))
            }
            Obj::Type(kind) if PURE_TYPES.contains(&kind) || ITERATOR_TYPES.contains(&kind) => {
                let args = self.named_args(vm, argc)?;
                self.native_call(vm, callee, cref, args, Some((names_ref, names)))
            }
            _ => Err(Abort::nyi_on("CALL_KW", words::a(vm.type_name(Value::Obj(callee))))),
        }
    }

    /// The `argc` arguments of a `CALL_KW` (positional, then the keyword
    /// values) below its names, as real objects for a built-in.
    fn named_args(&mut self, vm: &Vm, argc: usize) -> Rec<Vec<Ref>> {
        let mut args = Vec::with_capacity(argc + 1);
        for k in (1..=argc).rev() {
            let a = self.peek(vm, k)?;
            args.push(self.real(a)?);
        }
        Ok(args)
    }

    /// Where each parameter slot (positional, keyword-only, then
    /// `*args`) of a function after the first `skip` (the instance an
    /// `__init__` is given, a method's receiver) takes its value from in a
    /// call with `argc` arguments, the last of them named by `names`; an
    /// abort where the interpreter would raise (an unknown or repeated
    /// name, a missing argument) or bind `**kwargs`.
    fn param_plan(
        vm: &Vm,
        locals: &rumba_vm::bytecode::Locals,
        names: Option<ObjRef>,
        argc: usize,
        skip: usize,
        defaults: Option<&[Value]>,
    ) -> Rec<Vec<ParamFrom>> {
        let names: Vec<&str> = names
            .and_then(|names| vm.heap.tuple(names))
            .map(|t| t.iter().filter_map(|&n| vm.as_str(n)).collect())
            .unwrap_or_default();
        let raises = || Abort::nyi("a call that raises TypeError");
        if locals.varkw {
            return Err(Abort::nyi("calling a function that takes **kwargs"));
        }
        if names.len() > argc {
            return Err(raises());
        }
        let npos = skip + argc - names.len();
        let nparams = locals.nparams as usize;
        if npos > nparams && !locals.varargs {
            return Err(raises());
        }
        // The defaults are known when the function is (a constant of the
        // trace); one made afresh each time round may have others.
        let unknown_default = || Abort::nyi("a call that leaves out a parameter of a function made at run time");
        let known = defaults.is_some();
        let defaults = defaults.unwrap_or_default();
        let npos_defaults = defaults.len().saturating_sub(locals.nkwdefaults());
        let mut used = vec![false; names.len()];
        let mut plan = Vec::with_capacity(nparams + locals.kwonly.len());
        for (i, name) in locals.names[..nparams + locals.kwonly.len()]
            .iter()
            .enumerate()
            .skip(skip)
        {
            let named = names.iter().position(|n| **n == **name);
            // Positional arguments past the positional parameters go to `*args`.
            let from = match (i < npos && i < nparams, named) {
                (true, None) => ParamFrom::Arg(i - skip),
                // Positional-only parameters are never named.
                (false, Some(j)) if i >= locals.nposonly as usize => {
                    used[j] = true;
                    ParamFrom::Arg(npos - skip + j)
                }
                (false, None) if !known => return Err(unknown_default()),
                (false, None) if i < nparams && i + npos_defaults >= nparams => {
                    ParamFrom::Default(defaults[i + npos_defaults - nparams])
                }
                (false, None) if i >= nparams && locals.kwonly[i - nparams] => {
                    let k = locals.kwonly[..i - nparams].iter().filter(|d| **d).count();
                    ParamFrom::Default(defaults[npos_defaults + k])
                }
                _ => return Err(raises()),
            };
            plan.push(from);
        }
        if used.iter().any(|u| !u) {
            return Err(raises());
        }
        if locals.varargs {
            plan.push(ParamFrom::Rest(nparams.min(npos) - skip, npos - skip));
        }
        Ok(plan)
    }

    /// A call of script function `callee` (`cref` in the trace, running
    /// `fcode`) with `argc` arguments on the stack above its slot: inlined
    /// (its frame exists only in the recorder until an exit makes it), or
    /// through its entry trace. `how` says what made the call.
    #[allow(clippy::too_many_arguments)]
    fn script_call(
        &mut self,
        vm: &mut Vm,
        callee: ObjRef,
        cref: Ref,
        fcode: CodeId,
        argc: usize,
        depth: usize,
        next: usize,
        how: Entered,
    ) -> Rec<Step> {
        let code = vm.code(fcode).code.clone();
        let locals = &code.locals;
        // The call makes a generator object; its body runs only when the
        // generator is stepped.
        if locals.generator {
            return self.new_generator(vm, callee, cref, fcode, argc, depth, how);
        }
        // Recursion and functions with loops of their own run in
        // frames of their own, through the trace at their entry:
        // from the trace's root frame the call is made for real
        // (the trace ends there); from an inlined call, whose frame
        // only an exit can make, the interpreter makes it.
        // Missing arguments take the defaults of a function the trace
        // pins (for one it knows by its code only, they may differ). One
        // a side trace finds on the stack is pinned here when its
        // defaults are needed.
        let nparams = locals.nparams as usize;
        let mut pinned = self.ir.op(cref) == Op::KObj(callee.addr());
        let defaults: Vec<Value> = match vm.heap.get(callee) {
            Obj::Function(f) if pinned => f.defaults.to_vec(),
            Obj::Function(f) if (argc < nparams || !locals.kwonly.is_empty()) && !f.defaults.is_empty() => {
                let defaults = f.defaults.to_vec();
                self.guard_is(cref, callee);
                pinned = true;
                defaults
            }
            _ => Vec::new(),
        };
        // A call through an entry trace binds the positional arguments as
        // the interpreter's call does (`enter_call`): it must not fail.
        let npos_defaults = defaults.len().saturating_sub(locals.nkwdefaults());
        let positional = match argc.checked_sub(nparams) {
            Some(extra) => extra == 0 || locals.varargs,
            None => nparams - argc <= npos_defaults,
        };
        let simple = match how.keywords() {
            // Names bound as `param_plan` would (it checks the same).
            Some(names) => Self::param_plan(vm, locals, Some(names), argc, 0, pinned.then_some(&defaults)).is_ok(),
            None => positional && (locals.kwonly.is_empty() || pinned) && locals.kwonly.iter().all(|&d| d),
        };
        let recursive = fcode == self.code || self.frames.iter().any(|f| f.code == fcode);
        if recursive && !self.known_recursive.contains(&fcode) {
            self.found_recursive.push(fcode);
        }
        if recursive || vm.has_loops(fcode) || self.known_recursive.contains(&fcode) {
            if self.atomic.is_some() {
                return Err(Abort::nyi(format!(
                    "{}(), with loops or recursion, inside an operator",
                    code.qualname
                )));
            }
            if !matches!(
                how,
                Entered::Call | Entered::Method(_) | Entered::Length | Entered::Keywords(_)
            ) {
                // Its frame is entered with the new instance moved in
                // below the arguments, which a call through an entry
                // trace does not do: the interpreter makes this call.
                self.guard(Op::Handoff, Ty::Void);
                return Ok(Step::Close(Ending::Handoff));
            }
            let target = match self.kind {
                TraceKind::Entry { code } if code == fcode && self.frames.is_empty() => Some(crate::ir::SELF_TRACE),
                _ => vm.entry_trace(fcode),
            };
            match target {
                // From an inlined call too: the call makes the frames of
                // the calls inlined around it first (`enter_call`).
                // (`enter_call` binds the arguments as the interpreter's
                // call does.) Not for a spread call: the state written back
                // holds the sequence, not its items.
                Some(t) if simple && self.spread.is_none() => {
                    return self.call_entry(vm, callee, cref, fcode, argc, next, t, how);
                }
                Some(_) if self.spread.is_some() => {
                    self.guard(Op::Handoff, Ty::Void);
                    return Ok(Step::Close(Ending::Handoff));
                }
                Some(_) if recursive => {
                    self.guard(Op::Handoff, Ty::Void);
                    return Ok(Step::Close(Ending::Handoff));
                }
                // Inlined, the call would hand over at the
                // callee's loop on every call; through its entry
                // trace it runs compiled from call to return.
                None if simple
                    && matches!(self.kind, TraceKind::Root { .. } | TraceKind::Entry { .. })
                    && !self.entries_given_up.contains(&fcode) =>
                {
                    return Ok(Step::Defer {
                        why: format!("{}() not compiled yet", code.qualname),
                        inner: Some((fcode, ENTRY)),
                        left: false,
                    });
                }
                // A side trace cannot wait: it hands the call to
                // the interpreter, which counts the callee's entry
                // toward its trace; once that exists this exit
                // grows a side trace that calls it.
                None if simple
                    && matches!(self.kind, TraceKind::Side { .. })
                    && !self.entries_given_up.contains(&fcode) =>
                {
                    self.guard(Op::Handoff, Ty::Void);
                    return Ok(Step::Close(Ending::Handoff));
                }
                _ => {}
            }
        }
        let skip = how.bound_first();
        // Keywords, keyword-only parameters and `*args` are bound by a
        // plan; plain positional calls by the defaults alone.
        let plan = if how.keywords().is_some() || locals.extended() {
            let known = pinned;
            Some(Self::param_plan(
                vm,
                locals,
                how.keywords(),
                argc - skip,
                skip,
                known.then_some(&defaults),
            )?)
        } else {
            None
        };
        if plan.is_none() && (argc > nparams || nparams - argc > defaults.len()) {
            let pinned = self.ir.op(cref) == Op::KObj(callee.addr());
            return Err(Abort::nyi(if argc < nparams && !pinned {
                format!("calling {}(), made at run time, with default arguments", code.qualname)
            } else {
                format!("a call of {}() that raises TypeError", code.qualname)
            }));
        }
        if self.frames.len() >= params::MAX_INLINE_DEPTH {
            return Err(Abort::InliningTooDeep);
        }
        if depth + 1 >= vm.limits.max_frames {
            return Err(Abort::NearRecursionLimit);
        }
        let cells = match vm.heap.get(callee) {
            Obj::Function(f) => f.cells,
            _ => None,
        };
        // A function the trace knows (a global, a constant) is pinned
        // by identity, its cells constants; one made afresh each time
        // round (a comprehension's, a closure's) by its code, its
        // cells read from it.
        let closure: Vec<Ref> = if self.ir.op(cref) == Op::KObj(callee.addr()) {
            self.guard_is(cref, callee);
            let cells: Vec<Value> = cells
                .and_then(|t| vm.heap.tuple(t))
                .map_or_else(Vec::new, |t| t.to_vec());
            cells.into_iter().map(|c| self.constant(c)).collect::<Rec<_>>()?
        } else {
            self.guard(Op::GuardKind(cref, Kind::Function as u8), Ty::Void);
            self.guard(Op::GuardCode(cref, fcode.0), Ty::Void);
            let n = locals.free.len();
            if n == 0 {
                Vec::new()
            } else {
                let t = self.emit(Op::LoadField(cref, layout::function::CELLS), Ty::Obj);
                (0..n)
                    .map(|k| {
                        let k = self.emit(Op::KInt(k as i64), Ty::Int);
                        self.guard(Op::LoadElem(t, k, Elem::TupleItems), Ty::Obj)
                    })
                    .collect()
            }
        };
        // The arguments are loaded before the call's tick: their guards exit
        // to redo the call, so the tick (counted again by the redo) must be
        // the instruction's last guard.
        let named = how.keywords().is_some() as usize;
        let top = self.slots.len() - named;
        let values = (top.saturating_sub(argc)..top)
            .map(|slot| self.get(vm, slot))
            .collect::<Rec<Vec<Ref>>>()?;
        // A call ticks, inlined or not; the exit redoes the call.
        self.call_tick();
        // The arguments move to their parameters' slots (the keyword names
        // of a `CALL_KW` on top go): the exits of this instruction redo the
        // call from the stack as it was.
        let mut argc = argc;
        if let Some(plan) = &plan {
            self.snap_now();
            let given = argc - skip;
            let values = &values[values.len() - given..];
            self.pop(given + named);
            for from in plan {
                let r = match *from {
                    ParamFrom::Arg(k) => values[k],
                    ParamFrom::Default(v) => self.constant(v)?,
                    ParamFrom::Rest(from, to) => self.virtual_tuple(values[from..to].to_vec()),
                };
                self.push(r);
            }
            argc = skip + plan.len();
        }
        // What the interpreter's call does to the stack before the frame
        // starts (every exit from here on is inside the callee).
        match how {
            Entered::Call | Entered::Keywords(_) => {}
            // The receiver and the arguments are on the stack.
            Entered::Method(func) | Entered::MethodKeywords(func, _) => {
                let f = self.emit(Op::KObj(func.addr()), Ty::Obj);
                self.insert_slot(vm, self.slots.len() - argc, f)?;
            }
            // The class and the arguments (all but the instance).
            // `operator_call` pushed the function and the arguments.
            Entered::Operator(_) | Entered::Length | Entered::Hash | Entered::ItemStore => {}
            Entered::Init(class) | Entered::InitKeywords(class, _) => {
                let raw = vec![RawArg::Imm(class.addr())];
                let inst = self.call(Helper::NewInstance, raw, vec![], Ty::Obj);
                if let Some(a) = self.atomic.as_mut() {
                    a.fresh.push(inst);
                }
                let callee_at = self.slots.len() - argc;
                self.set(callee_at, inst);
                self.insert_slot(vm, callee_at + 1, inst)?;
            }
        }
        // The parameter slots the call filled.
        let (base, filled) = match &plan {
            Some(_) => (self.slots.len() - argc, argc),
            None => {
                let base = self.slots.len() - argc;
                for &d in &defaults[defaults.len() - (nparams - argc)..] {
                    let k = self.constant(d)?;
                    self.push(k);
                }
                (base, nparams)
            }
        };
        let nlocals = locals.names.len();
        self.slots.resize(base + nlocals, None);
        self.modified.resize(base + nlocals, false);
        for slot in base + filled..base + nlocals {
            let u = self.emit(Op::KUndef, Ty::Undef);
            self.set(slot, u);
        }
        // The frame's cell variables (captured by a comprehension or a
        // closure it makes), each holding its parameter's value or none.
        for &slot in &locals.cells {
            let slot = base + slot as usize;
            let v = self.get(vm, slot)?;
            let cell = self.call(Helper::NewCell, Vec::new(), vec![v], Ty::Obj);
            self.set(slot, cell);
        }
        for (&slot, &cell) in locals.free.iter().zip(&closure) {
            self.set(base + slot as usize, cell);
        }
        self.frames.push(RecFrame {
            code: fcode,
            base: base as u32,
            caller_pc: next as u32,
            init: how.init().is_some(),
            func: (self.ir.op(cref) == Op::KObj(callee.addr())).then_some(callee),
            operator: match how {
                Entered::Operator(n) => Some(n),
                Entered::Length | Entered::Hash => Some(2),
                Entered::ItemStore => Some(0),
                _ => None,
            },
            length: how == Entered::Length,
            hashing: how == Entered::Hash,
            item_store: how == Entered::ItemStore,
            truth_for: None,
            identity_after: None,
            generator: false,
            loaded: None,
        });
        self.max_inline = self.max_inline.max(self.frames.len());
        self.expect = Some((depth + 1, 0));
        Ok(Step::Continue)
    }

    /// A call of a generator function: the generator, made by a helper
    /// (`Vm::new_generator_for_jit`) for the plain call only, which ticks
    /// as the interpreter's does; the frame the interpreter pushes for a
    /// moment counts toward the recursion limit, which the trace's entry
    /// checks.
    #[allow(clippy::too_many_arguments)]
    fn new_generator(
        &mut self,
        vm: &Vm,
        callee: ObjRef,
        cref: Ref,
        fcode: CodeId,
        argc: usize,
        depth: usize,
        how: Entered,
    ) -> Rec<Step> {
        let code = &vm.code(fcode).code;
        let locals = &code.locals;
        // Parameters past the arguments take their defaults (as many as
        // every function of this code has).
        let nparams = locals.nparams as usize;
        let plain = how == Entered::Call
            && argc <= nparams
            && argc + code.ndefaults as usize >= nparams
            && !locals.extended()
            && !matches!(vm.heap.get(callee), Obj::Function(f) if f.numba == rumba_vm::numba::NumbaMode::Strict);
        if !plain {
            return Err(Abort::nyi(format!(
                "calling the generator function {}() with keywords or too few arguments, or as a method",
                code.qualname
            )));
        }
        if depth + 1 >= vm.limits.max_frames {
            return Err(Abort::NearRecursionLimit);
        }
        if self.ir.op(cref) == Op::KObj(callee.addr()) {
            self.guard_is(cref, callee);
        } else {
            self.guard(Op::GuardKind(cref, Kind::Function as u8), Ty::Void);
            self.guard(Op::GuardCode(cref, fcode.0), Ty::Void);
        }
        let args = self.top_real_values(vm, argc, "calling a generator function with many arguments")?;
        let raw = vec![RawArg::Val(cref), RawArg::Imm(argc as u64)];
        let g = self.call(Helper::NewGenerator, raw, args, Ty::Obj);
        self.call_tick();
        self.pop(argc + 1);
        self.push(g);
        self.max_inline = self.max_inline.max(self.frames.len() + 1);
        Ok(Step::Continue)
    }

    /// A `for` (or a `yield from`) stepping a generator: its frame is
    /// inlined above the loop's, the slots read from the frame the
    /// generator keeps while suspended. Its `yield` writes them back
    /// (`yield_generator`), so compiled code leaves the generator suspended
    /// throughout; an exit inside its frame makes it the running one, as
    /// the interpreter would have (`Vm::generator_frame_made_for_jit`).
    fn resume_generator(&mut self, vm: &Vm, depth: usize, next: usize, stepper: Stepper) -> Rec<Step> {
        let below = match stepper {
            Stepper::ForIter => 0,
            Stepper::Send => 1,
        };
        let it = self.peek(vm, below)?;
        let Value::Obj(g) = self.actual(vm, below) else {
            unreachable!("checked by the caller")
        };
        // What the `yield` it stopped at evaluates to: None for a `for`;
        // `yield from` sends what its own `yield` got, None when a `for`
        // or `next()` stepped its generator (other values are sent by
        // `send()`, which compiled code does not make).
        let sent = match stepper {
            Stepper::ForIter => None,
            Stepper::Send => Some(self.peek(vm, 0)?),
        };
        if sent.is_some_and(|r| self.ir.ty(r) != Ty::Nil) {
            return Err(Abort::nyi("`yield from` sending a value other than None"));
        }
        let Obj::Generator(gen) = vm.heap.get(g) else {
            unreachable!("checked by the caller")
        };
        // Its first step starts at the top of its body, the later ones
        // after a `yield` (which then evaluates to None).
        let first = match gen.state {
            GenState::Created => true,
            GenState::Suspended => false,
            GenState::Running => return Err(Abort::nyi("stepping a generator that is running")),
            GenState::Done => return Err(Abort::nyi("a for loop over a finished generator")),
        };
        if self.atomic.is_some() {
            return Err(Abort::nyi("a generator stepped inside an operator's special method"));
        }
        if self.frames.len() >= params::MAX_INLINE_DEPTH {
            return Err(Abort::InliningTooDeep);
        }
        if depth + 1 >= vm.limits.max_frames {
            return Err(Abort::NearRecursionLimit);
        }
        let (code, pc) = (gen.code, gen.pc);
        let saved = gen.slots.as_slice().to_vec();
        let tys = (saved.iter())
            .map(|&v| {
                if matches!(v, Value::Undef) {
                    Ok(Ty::Undef)
                } else {
                    ty_of(v)
                }
            })
            .collect::<Rec<Vec<Ty>>>()?;
        // The generator is one of this code's, new or stopped at this
        // yield (a new one starts at the top).
        self.guard(Op::GuardKind(it, Kind::Generator as u8), Ty::Void);
        let word = self.emit(Op::LoadMutField(it, layout::generator::CODE_STATE), Ty::Int);
        self.guard_int_is(word, layout::generator::code_state(code.0, gen.state));
        if !first {
            let at = self.emit(Op::LoadMutField(it, layout::generator::PC), Ty::Int);
            self.guard_int_is(at, pc as i64);
        }
        let data = self.emit(Op::LoadMutField(it, layout::generator::SLOTS), Ty::Int);
        // A new generator's frame is its arguments and closure cells, the
        // other locals unbound: the same slots for every generator of this
        // code, so those are constants. A suspended one may have a local
        // still unbound at its yield (a `yield from` before the
        // assignment): a guard checks that it still is.
        let loaded: Vec<Ref> = tys
            .iter()
            .enumerate()
            .map(|(k, &ty)| {
                if first && ty == Ty::Undef {
                    return self.emit(Op::KUndef, Ty::Undef);
                }
                let k = self.emit(Op::KInt(k as i64), Ty::Int);
                self.guard(Op::LoadElem(data, k, Elem::Values), ty)
            })
            .collect();
        // A step ticks as a call does (`gen_start`); every guard above
        // exits before it, and the interpreter's step ticks then.
        self.call_tick();
        let func = self.emit(Op::LoadFixed(it, layout::generator::FUNC + 8), Ty::Obj);
        if sent.is_some() {
            self.pop(1);
        }
        self.push(func);
        let base = self.slots.len();
        for &r in &loaded {
            self.push(r);
        }
        if !first {
            // What the `yield` it stopped at evaluates to.
            let none = self.constant(Value::None)?;
            self.push(none);
        }
        self.frames.push(RecFrame {
            code,
            base: base as u32,
            caller_pc: next as u32,
            init: false,
            func: None,
            operator: None,
            length: false,
            hashing: false,
            item_store: false,
            truth_for: None,
            identity_after: None,
            generator: true,
            loaded: Some(loaded),
        });
        self.max_inline = self.max_inline.max(self.frames.len());
        self.expect = Some((depth + 1, pc));
        Ok(Step::Continue)
    }

    /// `SEND` of None into a built-in iterator (`yield from` a list, a
    /// range, a zip, ...): its next item, or at its end None for the
    /// `yield from` and a jump to `end`, as the interpreter's
    /// `yield_from_send`. Every guard comes while the value sent is still
    /// on the stack, so an exit redoes the `SEND` as it was.
    fn send_to_iterator(&mut self, vm: &Vm, depth: usize, end: usize) -> Rec<Step> {
        let sent = self.peek(vm, 0)?;
        let it = self.peek(vm, 1)?;
        let itr = match self.actual(vm, 1) {
            Value::Obj(o) if self.ir.ty(sent) == Ty::Nil => o,
            Value::Obj(_) => return Err(Abort::nyi("`yield from` sending a value other than None")),
            _ => return Err(Abort::Inconsistent("SEND to a non-object")),
        };
        let done = vm
            .iter_exhausted(itr)
            .ok_or_else(|| Abort::nyi(format!("`yield from` {}", words::a(vm.type_name(Value::Obj(itr))))))?;
        if done {
            self.call(Helper::IterDone, vec![RawArg::Val(it)], vec![], Ty::Void);
            self.pop(2);
            let none = self.constant(Value::None)?;
            self.push(none);
            self.expect = Some((depth, end));
            return Ok(Step::Continue);
        }
        let r = self.next_item(vm, it, itr)?;
        self.pop(1);
        self.push(r);
        Ok(Step::Continue)
    }

    /// The next item of built-in iterator `it` (the object `itr` now),
    /// which has one: every guard of the step first, then the iterators
    /// move on, so an exit leaves them as the interpreter expects to find
    /// them.
    fn next_item(&mut self, vm: &Vm, it: Ref, itr: ObjRef) -> Rec<Ref> {
        let mut moves = Vec::new();
        let r = self.iter_step(vm, it, itr, &mut moves)?;
        for op in moves {
            // A helper call is a guard; the ones here never fail.
            if matches!(op, Op::Call(_)) {
                self.guard(op, Ty::Void);
            } else {
                self.emit(op, Ty::Void);
            }
        }
        Ok(r)
    }

    /// The `return` of a generator's step the trace inlined: the generator
    /// is done, its frame goes, and the instruction that stepped it ends
    /// as the interpreter's `gen_returned_inline` ends it: a `for` leaves
    /// its loop, a `yield from` evaluates to the value returned. A root
    /// trace keeps going round its loop: a `for` that ends is not its
    /// path.
    fn generator_returned(&mut self, vm: &Vm, depth: usize) -> Rec<Step> {
        let f = self.frames.last().expect("the generator's frame");
        let (base, caller_pc) = (f.base as usize, f.caller_pc as usize);
        let frames = vm.frames();
        let caller = frames[frames.len() - 2];
        let stepper = vm.code(caller.code).code.instrs[caller_pc - 1];
        if stepper.op == Opcode::ForIter && matches!(self.kind, TraceKind::Root { .. }) {
            return Err(Abort::GeneratorFinished);
        }
        let v = self.peek(vm, 0)?;
        let g = self.get(vm, base - 2)?;
        self.call(Helper::GenFinish, vec![RawArg::Val(g)], vec![], Ty::Void);
        self.frames.pop();
        // The frame and its callee slot, then the generator below them.
        self.slots.truncate(base - 2);
        self.modified.truncate(base - 2);
        if stepper.op == Opcode::Send {
            self.push(v);
        }
        // The generator's state changed: later exits resume in the caller.
        self.snap_here = None;
        self.expect = Some((depth - 1, stepper.arg as usize));
        Ok(Step::Continue)
    }

    /// The `yield` of a generator's step the trace inlined: its frame goes
    /// back into the generator, which resumes after the `yield` next time
    /// (only the slots that changed are written), and the value goes to
    /// the `for` below as its item. The frame is written in place: a step
    /// this trace resumed knows how many slots the buffer holds, and a
    /// frame with more (the first step, which stops with a loop's iterator
    /// on its stack) needs the room, which a guard checks (new generators
    /// have it, `FRAME_SPARE`). For a step a parent trace resumed, the
    /// trace does not know how many the buffer holds (a new generator's
    /// fewer than a suspended one's): every slot is written and the count
    /// set, behind the same check of the room. (A guard that the buffer
    /// held exactly as many failed for new generators, and so did the
    /// guard of the side trace grown from it, and of the next one.)
    fn yield_generator(&mut self, vm: &mut Vm, depth: usize, next: usize) -> Rec<Step> {
        let Some(f) = self.frames.last().filter(|f| f.generator) else {
            // A side trace in a generator's frame, or a trace that
            // returned into one (leaving a call made from the generator's
            // body): the interpreter makes the yield, to whatever steps it.
            if self.returned || matches!(self.kind, TraceKind::Side { .. }) {
                self.guard(Op::Handoff, Ty::Void);
                return Ok(Step::Close(Ending::Handoff));
            }
            // A root trace of the loop in a generator's body: its yield
            // leaves for whatever stepped the generator. A `for` that
            // steps it compiles the step inline instead.
            return Err(Abort::GeneratorOwnLoop);
        };
        let (code, base, caller_pc, loaded) = (f.code, f.base as usize, f.caller_pc, f.loaded.clone());
        let v = self.peek(vm, 0)?;
        let n = self.height() - 1 - base;
        let g = self.get(vm, base - 2)?;
        let want = self.emit(Op::KInt(n as i64), Ty::Int);
        let held = loaded.as_ref().map(|l| l.len());
        if held.is_none_or(|held| held < n) {
            let room = self.emit(Op::LoadMutField(g, layout::generator::SLOTS_CAP), Ty::Int);
            let fits = self.emit(Op::ICmp(Cmp::Ge, room, want), Ty::Bool);
            self.guard(Op::Guard(fits, true), Ty::Void);
        }
        let data = self.emit(Op::LoadMutField(g, layout::generator::SLOTS), Ty::Int);
        let loaded = loaded.unwrap_or_default();
        for k in 0..n {
            let r = self.get_or_unbound(vm, base + k)?;
            if loaded.get(k) == Some(&r) {
                continue;
            }
            let r = self.real(r)?;
            let at = self.emit(Op::KInt(k as i64), Ty::Int);
            self.emit(Op::StoreElem(data, at, r, Elem::Values), Ty::Void);
        }
        if held != Some(n) {
            self.emit(Op::StoreField(g, layout::generator::SLOTS_LEN, want), Ty::Void);
        }
        let resume = self.emit(Op::KInt(next as i64), Ty::Int);
        self.emit(Op::StoreField(g, layout::generator::PC, resume), Ty::Void);
        // Suspended now, whether it was or new (compiled code never leaves
        // it running).
        let suspended = layout::generator::code_state(code.0, GenState::Suspended);
        let suspended = self.emit(Op::KInt(suspended), Ty::Int);
        self.emit(Op::StoreField(g, layout::generator::CODE_STATE, suspended), Ty::Void);
        self.frames.pop();
        // The value may be a virtual tuple still: the `for` usually
        // unpacks it at once.
        let v = self.slots[self.height() - 1].unwrap_or(v);
        self.slots.truncate(base - 1);
        self.modified.truncate(base - 1);
        self.push(v);
        self.expect = Some((depth - 1, caller_pc as usize));
        Ok(Step::Continue)
    }

    /// Guards that instance `r` (the object `plan` was made from) still
    /// finds what the plan found: its kind, class and shape, and the
    /// version of every class of the MRO. The classes become constants
    /// of the trace, which keep them alive (an address a guard compares
    /// with cannot be reused by a new class).
    fn guard_instance(&mut self, r: Ref, plan: &AttrPlan) {
        self.guard_class(r, plan.class);
        self.guard(Op::GuardShape(r, plan.shape), Ty::Void);
        self.guard_versions(&plan.classes);
    }

    /// Guards that `r` is an instance of exactly `class` (its class field
    /// never changes, so the load is hoisted out of loops).
    fn guard_class(&mut self, r: Ref, class: ObjRef) {
        self.guard(Op::GuardKind(r, Kind::Instance as u8), Ty::Void);
        let c = self.emit(Op::LoadFixed(r, layout::instance::CLASS), Ty::Obj);
        self.guard(Op::GuardIs(c, class.addr()), Ty::Void);
    }

    /// Guards that `r` is an instance of `class` and that no class of its
    /// MRO changed since recording (its methods are still the ones seen).
    fn guard_class_unchanged(&mut self, vm: &Vm, r: Ref, class: ObjRef) {
        self.guard_class(r, class);
        let classes = vm.class_versions_for_jit(class);
        self.guard_versions(&classes);
    }

    /// Guards that each class keeps the version it has now (nothing was
    /// set on it or deleted from it since).
    fn guard_versions(&mut self, classes: &[(ObjRef, u64)]) {
        for &(class, version) in classes {
            let k = self.emit(Op::KObj(class.addr()), Ty::Obj);
            let now = self.emit(Op::LoadFixed(k, layout::class::VERSION), Ty::Int);
            let then = self.emit(Op::KInt(version as i64), Ty::Int);
            let same = self.emit(Op::ICmp(Cmp::Eq, now, then), Ty::Bool);
            self.guard(Op::Guard(same, true), Ty::Void);
        }
    }

    /// `LOAD_ATTR` or `CHECK_METHOD` on instance `r` (`receiver` now):
    /// its own attribute is a load from its slots, a plain class
    /// attribute a constant; a method is only checked here (`CALL_METHOD`
    /// calls it).
    #[allow(clippy::too_many_arguments)]
    fn instance_attr(
        &mut self,
        vm: &mut Vm,
        op: Opcode,
        r: Ref,
        receiver: Value,
        name: ObjRef,
        depth: usize,
        next: usize,
    ) -> Rec<Step> {
        let inst = receiver.as_obj().expect("an instance");
        let plan = vm.instance_attr_for_jit(inst, name).expect("an instance");
        let text = || vm.heap.str_obj(name).map_or("?", |s| s.as_str()).to_string();
        let value = match (&plan.found, op) {
            // A property's getter runs as the interpreter runs it, called
            // with the instance, which `LOAD_ATTR` popped (the class, not
            // the shape, decides that the name is the property).
            (AttrFound::Property(Value::Obj(getter)), Opcode::LoadAttr) => {
                let getter = *getter;
                self.guard_class(r, plan.class);
                self.guard_versions(&plan.classes);
                self.snap_now();
                self.pop(1);
                return self.enter_operator(vm, getter, &[r], Entered::Operator(0), depth, next);
            }
            (AttrFound::Slot(slot), Opcode::LoadAttr) => Some(self.load_slot(vm, r, receiver, &plan, *slot)?),
            (AttrFound::ClassValue(v), Opcode::LoadAttr) => {
                self.guard_instance(r, &plan);
                Some(self.constant(*v)?)
            }
            (
                AttrFound::Function(_) | AttrFound::ClassMethod(_) | AttrFound::ClassValue(_) | AttrFound::Native(_),
                Opcode::CheckMethod,
            ) => {
                self.guard_instance(r, &plan);
                None
            }
            (AttrFound::Function(_), _) => return Err(Abort::nyi(format!("method .{}() taken as a value", text()))),
            _ => return Err(Abort::nyi(format!("attribute .{} of this instance", text()))),
        };
        if let Some(v) = value {
            self.pop(1);
            self.push(v);
        }
        Ok(Step::Continue)
    }

    /// Attribute `slot` of instance `r` (`receiver` now), under `plan`'s
    /// guards, typed as the value it holds now.
    fn load_slot(&mut self, vm: &Vm, r: Ref, receiver: Value, plan: &AttrPlan, slot: usize) -> Rec<Ref> {
        let v = match receiver.as_obj().map(|o| vm.heap.get(o)) {
            Some(Obj::Instance(i)) => i.slots()[slot],
            _ => unreachable!("an instance"),
        };
        let ty = ty_of(v)?;
        self.guard_instance(r, plan);
        let data = self.emit(Op::LoadField(r, layout::instance::SLOTS), Ty::Int);
        let k = self.emit(Op::KInt(slot as i64), Ty::Int);
        Ok(self.guard(Op::LoadElem(data, k, Elem::Values), ty))
    }

    /// What `receiver.name(...)` calls on an instance (a function of its
    /// class, a static or class method, a class attribute), with the
    /// guards that keep it so.
    fn instance_method(&mut self, vm: &Vm, r: Ref, receiver: Value, name: ObjRef) -> Rec<AttrFound> {
        let inst = receiver.as_obj().expect("an instance");
        let plan = vm.instance_attr_for_jit(inst, name).expect("an instance");
        match plan.found {
            AttrFound::Function(_) | AttrFound::ClassMethod(_) | AttrFound::ClassValue(_) | AttrFound::Native(_) => {
                self.guard_instance(r, &plan);
                Ok(plan.found)
            }
            _ => {
                let text = vm.heap.str_obj(name).map_or("?", |s| s.as_str());
                Err(Abort::nyi(format!("calling .{text}() of this instance")))
            }
        }
    }

    /// A call of script function `func` bound to the value under the
    /// `argc` arguments (`CALL_METHOD`), or to `first` in that value's
    /// place (a class method's class, `super()`'s receiver): the function
    /// goes in below it, as the interpreter's call of a bound method does.
    #[allow(clippy::too_many_arguments)]
    fn bound_call(
        &mut self,
        vm: &mut Vm,
        func: ObjRef,
        first: Option<Ref>,
        argc: usize,
        depth: usize,
        next: usize,
        keywords: Option<ObjRef>,
    ) -> Rec<Step> {
        let Obj::Function(f) = vm.heap.get(func) else {
            return Err(Abort::nyi("a method that is no script function"));
        };
        let code = f.code;
        if let Some(first) = first {
            self.snap_now();
            let at = self.slots.len() - argc - 1 - keywords.is_some() as usize;
            self.get(vm, at)?;
            self.set(at, first);
        }
        let kf = self.emit(Op::KObj(func.addr()), Ty::Obj);
        let how = match keywords {
            Some(names) => Entered::MethodKeywords(func, names),
            None => Entered::Method(func),
        };
        self.script_call(vm, func, kf, code, argc + 1, depth, next, how)
    }

    /// `STORE_ATTR` of `value` on `r` (`receiver` now), an instance.
    fn store_instance_attr(&mut self, vm: &mut Vm, r: Ref, receiver: Value, value: Ref, name: ObjRef) -> Rec<Step> {
        self.store_slot(vm, r, receiver, value, name, true)?;
        self.pop(2);
        Ok(Step::Continue)
    }

    /// Stores `value` as attribute `name` of instance `r` (`receiver`
    /// now): into its slots, or (a new attribute) with a call that grows
    /// it. With `hooks`, a class with a `__setattr__` is not for a trace;
    /// without (`object.__setattr__`), the store goes past it.
    fn store_slot(&mut self, vm: &mut Vm, r: Ref, receiver: Value, value: Ref, name: ObjRef, hooks: bool) -> Rec<()> {
        let plan = receiver.as_obj().and_then(|o| vm.store_attr_for_jit(o, name, hooks));
        let Some((plan, grown)) = plan else {
            let text = vm.heap.str_obj(name).map_or("?", |s| s.as_str());
            let on = words::a(vm.type_name(receiver));
            return Err(Abort::nyi_on(
                format!("storing attribute .{text} on this kind of object"),
                on,
            ));
        };
        let AttrFound::Slot(slot) = plan.found else {
            unreachable!("stores go to slots")
        };
        let value = self.real(value)?;
        self.guard_instance(r, &plan);
        match grown {
            // Room in the slot buffer (a new instance has room for as many
            // attributes as its class's instances grew to): the value goes
            // in place, checked each time round; else the runtime grows it.
            Some(shape) if vm.instance_has_room(receiver.as_obj().expect("an instance")) => {
                let cap = self.emit(Op::LoadField(r, layout::instance::SLOTS_CAP), Ty::Int);
                let k = self.emit(Op::KInt(slot as i64), Ty::Int);
                let room = self.emit(Op::ICmp(Cmp::Gt, cap, k), Ty::Bool);
                self.guard(Op::Guard(room, true), Ty::Void);
                let data = self.emit(Op::LoadField(r, layout::instance::SLOTS), Ty::Int);
                self.emit(Op::StoreElem(data, k, value, Elem::Values), Ty::Void);
                let len = self.emit(Op::KInt(slot as i64 + 1), Ty::Int);
                self.emit(Op::StoreField(r, layout::instance::SLOTS_LEN, len), Ty::Void);
                self.emit(Op::SetShape(r, shape), Ty::Void);
            }
            Some(shape) => {
                let raw = vec![RawArg::Val(r), RawArg::Imm(shape as u64)];
                self.call(Helper::GrowInstance, raw, vec![value], Ty::Void);
            }
            None => {
                let data = self.emit(Op::LoadField(r, layout::instance::SLOTS), Ty::Int);
                let k = self.emit(Op::KInt(slot as i64), Ty::Int);
                self.emit(Op::StoreElem(data, k, value, Elem::Values), Ty::Void);
            }
        }
        Ok(())
    }

    /// `a op b` with an instance on either side, whose special method is
    /// a plain function: the interpreter calls it from the operator's
    /// instruction, and the recorder follows it (see `Atomic`). Returns
    /// None (nothing recorded) when there is no such method.
    fn operator_call(
        &mut self,
        vm: &mut Vm,
        op: Opcode,
        a: Ref,
        b: Ref,
        depth: usize,
        next: usize,
    ) -> Rec<Option<Step>> {
        let (va, vb) = (self.actual(vm, 1), self.actual(vm, 0));
        let Some(plan) = vm.operator_for_jit(op, va, vb) else {
            return Ok(None);
        };
        let (a, b) = (self.real(a)?, self.real(b)?);
        // Each operand's kind, and an instance's class: what decided the
        // lookups (with the versions of those classes).
        self.guard_operands(vm, &[(a, va), (b, vb)])?;
        self.guard_versions(&plan.classes);
        let (x, y) = if plan.reflected { (b, a) } else { (a, b) };
        self.enter_operator(vm, plan.func, &[x, y], Entered::Operator(2), depth, next)
            .map(Some)
    }

    /// `-a`, `+a`, `~a` of an instance whose class has the special method
    /// as a plain function (followed as `operator_call` follows a binary
    /// one). None when it has none.
    fn unary_call(&mut self, vm: &mut Vm, op: Opcode, a: Ref, depth: usize, next: usize) -> Rec<Option<Step>> {
        let va = self.actual(vm, 0);
        let Some((func, classes)) = vm.unary_operator_for_jit(op, va) else {
            return Ok(None);
        };
        let Some(Obj::Instance(i)) = va.as_obj().map(|o| vm.heap.get(o)) else {
            unreachable!("unary_operator_for_jit takes instances")
        };
        self.guard_class(a, i.class);
        self.guard_versions(&classes);
        // The interpreter pops the operand before it calls.
        self.snap_now();
        self.pop(1);
        self.enter_operator(vm, func, &[a], Entered::Operator(0), depth, next)
            .map(Some)
    }

    /// Calls special method `func` with `args` above the operands the
    /// instruction leaves on the stack meanwhile (`how`: `Operator`,
    /// `Length` or `ItemStore`), as the interpreter's call from the
    /// operator's instruction does.
    fn enter_operator(
        &mut self,
        vm: &mut Vm,
        func: ObjRef,
        args: &[Ref],
        how: Entered,
        depth: usize,
        next: usize,
    ) -> Rec<Step> {
        let Obj::Function(f) = vm.heap.get(func) else {
            unreachable!("operators call functions")
        };
        let code = f.code;
        if self.atomic.is_none() {
            // A snapshot of its own (the instruction's guards before the
            // operator's may share the instruction's, and run before
            // `MarkTicks` keeps the count an exit through this one takes).
            self.snap_now();
            let mut own = self.ir.snaps[self.snap_here.expect("just taken") as usize].clone();
            own.redoes_operator = true;
            self.ir.snaps.push(own);
            let snap = (self.ir.snaps.len() - 1) as u32;
            self.emit(Op::MarkTicks, Ty::Void);
            self.atomic = Some(Atomic {
                snap,
                depth: self.frames.len(),
                ticks: 0,
                fresh: Vec::new(),
                broken: None,
                commit: None,
            });
        }
        let kf = self.emit(Op::KObj(func.addr()), Ty::Obj);
        self.push(kf);
        for &a in args {
            self.push(a);
        }
        let n = args.len();
        let step = self.script_call(vm, func, kf, code, n, depth, next, how)?;
        vm.follow_callback_for_jit(true);
        Ok(step)
    }

    /// The return of an operator's special method (frame `f`, its result
    /// `v`): guarded not to be NotImplemented (which would make the
    /// interpreter try the reflected method), it replaces the operands;
    /// a comparison's NotImplemented, where identity answers it, is
    /// guarded to be NotImplemented and replaced by that answer. The
    /// outermost one counts the ticks its calls owed.
    fn operator_return(&mut self, vm: &mut Vm, f: RecFrame, mut v: Ref, depth: usize) -> Rec<Step> {
        let value = self.actual(vm, 0);
        // The truth of what the comparison gives instead of NotImplemented.
        let mut identity = None;
        if f.length {
            if !matches!(value, Value::Int(n) if n >= 0) {
                return Err(Abort::nyi("a __len__ that returns no length"));
            }
            let zero = self.emit(Op::KInt(0), Ty::Int);
            let ok = self.emit(Op::ICmp(Cmp::Ge, v, zero), Ty::Bool);
            self.guard(Op::Guard(ok, true), Ty::Void);
        }
        // The interpreter makes -1 into -2, reduces a big int and refuses
        // anything else.
        if f.hashing {
            if !matches!(value, Value::Int(n) if n != -1) {
                return Err(Abort::nyi("a __hash__ that returns no plain hash"));
            }
            let minus_one = self.emit(Op::KInt(-1), Ty::Int);
            let ok = self.emit(Op::ICmp(Cmp::Ne, v, minus_one), Ty::Bool);
            self.guard(Op::Guard(ok, true), Ty::Void);
        }
        // `__setitem__`'s value is dropped, whatever it is.
        if let Some(o) = value.as_obj().filter(|_| !f.item_store) {
            let kind = vm.heap.kind(o);
            let real = self.real(v)?;
            match vm.heap.get(o) {
                _ if vm.is_not_implemented(value) => {
                    let Some(fb) = f.identity_after else {
                        return Err(Abort::nyi("an operator's special method that returns NotImplemented"));
                    };
                    self.guard_is(real, o);
                    let (x, y) = fb.operands;
                    v = match (self.ir.ty(x), self.ir.ty(y)) {
                        (Ty::Obj, Ty::Obj) => self.emit(Op::ICmp(fb.cmp, x, y), Ty::Bool),
                        // A number or None is never the same object as an
                        // instance.
                        _ => self.emit(Op::KBool(fb.cmp == Cmp::Ne), Ty::Bool),
                    };
                    identity = Some(fb.same == (fb.cmp == Cmp::Eq));
                }
                Obj::Instance(i) => self.guard_class(real, i.class),
                _ => {
                    self.guard(Op::GuardKind(real, kind as u8), Ty::Void);
                }
            }
        }
        // The truth, from the method's value on top of the stack; a jump's
        // is guarded inside the operator (an exit redoes the whole jump).
        let truth = match f.truth_for {
            Some(use_) => {
                if use_.bool_method && self.ir.ty(v) != Ty::Bool {
                    return Err(Abort::nyi("a __bool__ that returns no bool"));
                }
                let t = self.truth(vm, v)?;
                let holds = match identity {
                    Some(holds) => holds,
                    None => self.truth_of_actual(vm)?,
                };
                match self.ir.op(t) {
                    Op::KBool(b) if b != holds => return Err(Abort::Inconsistent("constant truth disagrees")),
                    Op::KBool(_) => {}
                    _ if matches!(use_.then, AfterTruth::Not) => {}
                    _ => {
                        self.guard(Op::Guard(t, holds), Ty::Void);
                    }
                }
                Some((use_.then, t, holds))
            }
            None => None,
        };
        let keep = f.base as usize - 1 - f.operator.unwrap_or(0) as usize;
        // `len()` leaves an int, whatever type the method's value had.
        self.slots.truncate(keep);
        self.modified.truncate(keep);
        let mut resume = f.caller_pc as usize;
        match truth {
            None if f.item_store => {}
            None => self.push(v),
            Some((AfterTruth::Not, t, _)) => {
                let r = match self.ir.op(t) {
                    Op::KBool(b) => self.emit(Op::KBool(!b), Ty::Bool),
                    _ => self.emit(Op::Not(t), Ty::Bool),
                };
                self.push(r);
            }
            Some((AfterTruth::Jump { target, jump_if, keeps }, _, holds)) if holds == jump_if => {
                if let Some(operand) = keeps {
                    self.push(operand);
                }
                resume = target as usize;
            }
            Some(_) => {}
        }
        if self.atomic.as_ref().is_some_and(|a| a.depth == self.frames.len()) {
            let a = self.atomic.take().expect("checked");
            if let Some(why) = a.broken {
                return Err(Abort::nyi(format!("{why} inside an operator's special method")));
            }
            if a.ticks > 0 {
                // The snapshot of the operator: counting fails before any
                // of its effects.
                let r = self.emit(Op::Ticks(a.ticks), Ty::Void);
                self.ir.ins[r.0 as usize].snap = Some(a.snap);
            }
            // Exits from here on resume after the operator.
            self.snap_here = None;
        }
        self.expect = Some((depth - 1, resume));
        Ok(Step::Continue)
    }

    /// `super()` called in the frame being recorded: a new super object
    /// for the class in the function's `__class__` cell (a constant of a
    /// function the trace pins) and its first argument.
    fn new_super(&mut self, vm: &Vm) -> Rec<Ref> {
        let (code, base, func) = match self.frames.last() {
            Some(f) => (f.code, f.base as usize, f.func),
            None => (self.code, 0, None),
        };
        let code = vm.code(code).code.clone();
        let locals = &code.locals;
        let class_slot = locals
            .free
            .iter()
            .copied()
            .find(|&s| &*locals.names[s as usize] == "__class__");
        let (Some(class_slot), true) = (class_slot, locals.nparams > 0 && !locals.cells.contains(&0)) else {
            return Err(Abort::nyi("super() outside a plain method"));
        };
        // The cell: the root frame's is on the VM's stack, an inlined
        // frame's among its function's cells.
        let cell = match (self.frames.is_empty(), func) {
            (true, _) => vm.stack()[self.root_base + class_slot as usize].as_obj(),
            (false, Some(func)) => match vm.heap.get(func) {
                Obj::Function(f) => f.cells.and_then(|t| vm.heap.tuple(t)).and_then(|t| {
                    let k = locals.free.iter().position(|&s| s == class_slot)?;
                    t.get(k)?.as_obj()
                }),
                _ => None,
            },
            (false, None) => None,
        };
        let Some(cell) = cell else {
            return Err(Abort::nyi("super() in a method the trace does not pin"));
        };
        let cell_ref = self.get(vm, base + class_slot as usize)?;
        self.guard_is(cell_ref, cell);
        let class = match vm.heap.get(cell) {
            Obj::Cell(c) => c.value.as_obj().filter(|&k| vm.heap.kind(k) == Kind::Class),
            _ => None,
        };
        let Some(class) = class else {
            return Err(Abort::nyi("super() with an empty __class__ cell"));
        };
        let receiver = self.get(vm, base)?;
        self.super_object(class, receiver)
    }

    /// A call of a `functools.cache` function (`callee`, its wrapper) that
    /// finds its value in the cache: the helper that finds it and counts
    /// the hit (`Helper::MemoHit`), its arguments ones that hash and
    /// compare without script code. A miss runs the function in a frame of
    /// its own, which the interpreter makes: a side trace hands over there,
    /// a root or entry recording waits for an iteration or call that hits.
    fn memo_hit_call(&mut self, vm: &mut Vm, callee: ObjRef, cref: Ref, argc: usize) -> Rec<Step> {
        let given: Vec<Value> = (0..argc).rev().map(|k| self.actual(vm, k)).collect();
        let plain = given.iter().all(|v| match v {
            Value::Obj(o) => matches!(vm.heap.kind(*o), Kind::Str | Kind::Bytes | Kind::BigInt),
            _ => true,
        });
        if !plain || argc > crate::exit::MAX_NATIVE_ARGS {
            return Err(Abort::nyi("a call of a functools.cache function with these arguments"));
        }
        let Some(found) = vm.memo_peek_for_jit(callee, &given) else {
            if matches!(self.kind, TraceKind::Side { .. }) {
                self.guard(Op::Handoff, Ty::Void);
                return Ok(Step::Close(Ending::Handoff));
            }
            return Ok(Step::Defer {
                why: "a call of a functools.cache function that misses".into(),
                inner: None,
                left: false,
            });
        };
        let ty = ty_of(found)?;
        self.guard_is(cref, callee);
        let args = self.top_real_values(vm, argc, "a functools.cache call with many arguments")?;
        let raw = vec![
            RawArg::Imm(callee.addr()),
            RawArg::Imm(argc as u64),
            RawArg::Imm(ty.tag()),
        ];
        let r = self.call(Helper::MemoHit, raw, args, ty);
        self.pop(argc + 1);
        self.push(r);
        Ok(Step::Continue)
    }

    /// A new super object of `class` for `receiver`, made by the helper the
    /// built-in's checks are in (it fails where `super()` raises), and
    /// remembered for the `super().name` lookups that follow.
    fn super_object(&mut self, class: ObjRef, receiver: Ref) -> Rec<Ref> {
        let receiver = self.real(receiver)?;
        let sup = self.call(
            Helper::NewSuper,
            vec![RawArg::Imm(class.addr())],
            vec![receiver],
            Ty::Obj,
        );
        self.supers.push((sup, class, receiver));
        Ok(sup)
    }

    /// A super object the trace did not make (`r`, the object `value`
    /// now): a side trace that starts between `super()` and the lookup on
    /// it (`super().__init__(x)`, its exit after the call of `super`). Its
    /// class and receiver are read from it, the class guarded, and it is
    /// looked up in as one the trace made.
    fn adopt_super(&mut self, vm: &Vm, r: Ref, value: Value) {
        let Some(Obj::Super(s)) = value.as_obj().map(|o| vm.heap.get(o)) else {
            return;
        };
        if self.supers.iter().any(|s| s.0 == r) || !matches!(s.receiver, Value::Obj(_)) {
            return;
        }
        let after = s.after;
        self.guard(Op::GuardKind(r, Kind::Super as u8), Ty::Void);
        let class = self.emit(Op::LoadFixed(r, layout::super_obj::AFTER), Ty::Obj);
        self.guard_is(class, after);
        let tag = self.emit(Op::LoadFixed(r, layout::super_obj::RECEIVER), Ty::Int);
        let obj = self.emit(Op::KInt(tag::OBJ as i64), Ty::Int);
        let is_obj = self.emit(Op::ICmp(Cmp::Eq, tag, obj), Ty::Bool);
        self.guard(Op::Guard(is_obj, true), Ty::Void);
        let receiver = self.emit(Op::LoadFixed(r, layout::super_obj::RECEIVER + 8), Ty::Obj);
        self.supers.push((r, after, receiver));
    }

    /// What `super().name` finds, for super object `r` (the object
    /// `receiver` now) the trace made: guarded by the class of its
    /// receiver and the versions of that class's MRO.
    fn super_attr(&mut self, vm: &Vm, r: Ref, receiver: Value, name: ObjRef) -> Rec<AttrFound> {
        let &(_, after, recv) = self
            .supers
            .iter()
            .find(|s| s.0 == r)
            .expect("a super object of the trace");
        let on = super_receiver(vm, receiver);
        let Some((found, classes)) = vm.super_attr_for_jit(after, on, name) else {
            let text = vm.heap.str_obj(name).map_or("?", |s| s.as_str());
            return Err(Abort::nyi(format!("super().{text}")));
        };
        match on.as_obj().map(|o| vm.heap.get(o)) {
            Some(Obj::Instance(i)) => self.guard_class(recv, i.class),
            _ => self.guard_is(
                recv,
                on.as_obj().expect("super_attr_for_jit takes instances and classes"),
            ),
        }
        self.guard_versions(&classes);
        Ok(found)
    }

    /// A call of class `class` (`cref`) with `argc` arguments: a new
    /// instance, and its `__init__` inlined on it.
    #[allow(clippy::too_many_arguments)]
    fn instantiate(
        &mut self,
        vm: &mut Vm,
        class: ObjRef,
        cref: Ref,
        argc: usize,
        depth: usize,
        next: usize,
        keywords: Option<ObjRef>,
    ) -> Rec<Step> {
        if vm.is_abstract_class(class) {
            return Err(Abort::nyi_on(
                "making an instance of an abstract class",
                words::a(vm.type_name(Value::Obj(class))),
            ));
        }
        // A class whose metaclass makes its instances (an enum's lookup
        // by value): the call is the metaclass's `__call__`, with the
        // class first (as the interpreter makes it).
        if vm.meta_calls(class) {
            let Some((func, classes)) = vm.meta_call_for_jit(class) else {
                return Err(Abort::nyi_on(
                    "calling a class whose metaclass defines __call__ as no plain function",
                    words::a(vm.type_name(Value::Obj(class))),
                ));
            };
            self.guard_is(cref, class);
            self.guard_versions(&classes);
            let k = self.emit(Op::KObj(class.addr()), Ty::Obj);
            return self.bound_call(vm, func, Some(k), argc, depth, next, keywords);
        }
        // A `__new__` that no `__init__` can follow: the call is that
        // function's, with the class first (as the interpreter makes it).
        if let Some((func, classes)) = vm.new_only_for_jit(class) {
            self.guard_is(cref, class);
            self.guard_versions(&classes);
            let k = self.emit(Op::KObj(class.addr()), Ty::Obj);
            return self.bound_call(vm, func, Some(k), argc, depth, next, keywords);
        }
        // A namedtuple's class or an exception class: its native
        // `__init__` only stores its arguments (of any type) in the new
        // instance, a call with no other effect, which an exit may make
        // again.
        // Any other class with a native `__init__` (`deque`, `Counter`,
        // `defaultdict`) is made the same way from arguments it only reads.
        let inert = (0..argc).all(|k| match self.actual(vm, k) {
            Value::Obj(o) => matches!(
                vm.heap.kind(o),
                Kind::Str
                    | Kind::List
                    | Kind::Tuple
                    | Kind::Dict
                    | Kind::Set
                    | Kind::Range
                    | Kind::BigInt
                    | Kind::Native
                    | Kind::Type
                    | Kind::Function
            ),
            _ => true,
        });
        let native = !vm.has_own_new(class)
            && (vm.plain_native_init(class).is_some() || (inert && vm.native_init_for_jit(class).is_some()));
        if keywords.is_none() && native {
            let classes = vm.class_versions_for_jit(class);
            self.guard_is(cref, class);
            self.guard_versions(&classes);
            let args = self.top_real_values(vm, argc, "a call of a native class with many arguments")?;
            let raw = vec![RawArg::Val(cref), RawArg::Imm(argc as u64), RawArg::Imm(Ty::Obj.tag())];
            let r = self.call(Helper::CallNative, raw, args, Ty::Obj);
            self.pop(argc + 1);
            self.push(r);
            return Ok(Step::Continue);
        }
        let Some((init, classes)) = vm.init_for_jit(class) else {
            if vm.native_init_for_jit(class).is_some() {
                return Err(Abort::nyi(
                    "making an instance of a native class from an iterator or an object with methods",
                ));
            }
            if vm.has_own_new(class) {
                return Err(Abort::nyi("a class with a __new__ of its own"));
            }
            return Err(Abort::nyi("a class whose __init__ is no plain function"));
        };
        self.guard_is(cref, class);
        self.guard_versions(&classes);
        match init {
            None if argc == 0 && keywords.is_none() => {
                let raw = vec![RawArg::Imm(class.addr())];
                let inst = self.call(Helper::NewInstance, raw, vec![], Ty::Obj);
                self.pop(1);
                self.push(inst);
                Ok(Step::Continue)
            }
            Some(Value::Obj(func)) => {
                let Obj::Function(f) = vm.heap.get(func) else {
                    unreachable!("init_for_jit finds functions")
                };
                let (code, kf) = (f.code, self.emit(Op::KObj(func.addr()), Ty::Obj));
                let how = match keywords {
                    Some(names) => Entered::InitKeywords(class, names),
                    None => Entered::Init(class),
                };
                self.script_call(vm, func, kf, code, argc + 1, depth, next, how)
            }
            // `object()` with arguments raises.
            _ => Err(Abort::nyi("a class call that raises")),
        }
    }

    /// The next value of iterator `it` (the object `obj` now), with its
    /// guards; the instructions that move the iterators on are left in
    /// `moves`, to follow every guard of the step. enumerate and zip give
    /// tuples that exist only in the recorder (`VTuple`): a `for a, b in
    /// zip(...)` unpacks them without making one.
    fn iter_step(&mut self, vm: &Vm, it: Ref, obj: ObjRef, moves: &mut Vec<Op>) -> Rec<Ref> {
        match vm.heap.get(obj) {
            Obj::RangeIter(_) => {
                self.guard(Op::GuardKind(it, Kind::RangeIter as u8), Ty::Void);
                let v = self.guard(Op::RangeNext(it), Ty::Int);
                moves.push(Op::RangeAdvance(it));
                Ok(v)
            }
            Obj::SeqIter(s) => {
                let Some(items) = vm.heap.seq_items(s.seq) else {
                    return Err(Abort::nyi("iterating this kind of object"));
                };
                let ty = ty_of(items.get(s.index))?;
                let seq_obj = s.seq;
                self.guard(Op::GuardKind(it, Kind::SeqIter as u8), Ty::Void);
                // An iterator's sequence, an enumerate's inner iterator and a
                // zip's tuple of them never change: loads the loop hoists.
                let seq = self.emit(Op::LoadFixed(it, layout::seq_iter::SEQ), Ty::Obj);
                let (data, elem, len) = self.items_of(vm, seq, seq_obj);
                let at = self.guard(Op::SeqNext(it, len), Ty::Int);
                let item = self.guard(Op::LoadElem(data, at, elem), ty);
                moves.push(Op::SeqAdvance(it, at));
                Ok(item)
            }
            Obj::StrIter(si) => {
                let ascii = vm.heap.str_obj(si.seq).is_some_and(|s| s.is_ascii());
                if !ascii {
                    return Err(Abort::nyi("iterating a str that is not all ASCII"));
                }
                // The character at the offset, as the shared one-character
                // str the interpreter hands out: a byte, then that byte's
                // entry in the heap's table of them.
                self.guard(Op::GuardKind(it, Kind::StrIter as u8), Ty::Void);
                let seq = self.emit(Op::LoadFixed(it, layout::str_iter::SEQ), Ty::Obj);
                self.guard(Op::GuardAscii(seq), Ty::Void);
                let len = self.emit(Op::LoadField(seq, layout::str::LEN), Ty::Int);
                let at = self.emit(Op::LoadMutField(it, layout::str_iter::BYTE), Ty::Int);
                self.guard(Op::BoundsCheck(at, len), Ty::Void);
                let byte = self.guard(Op::LoadElem(seq, at, Elem::StrBytes), Ty::Int);
                let table = vm.heap.ascii_table().as_ptr() as i64;
                let table = self.emit(Op::KInt(table), Ty::Int);
                let ch = self.guard(Op::LoadElem(table, byte, Elem::Refs), Ty::Obj);
                let one = self.emit(Op::KInt(1), Ty::Int);
                let next = self.guard(Op::AddOv(at, one), Ty::Int);
                moves.push(Op::StoreField(it, layout::str_iter::BYTE, next));
                Ok(ch)
            }
            Obj::Enumerate(e) => {
                let inner_obj = e.inner;
                self.guard(Op::GuardKind(it, Kind::Enumerate as u8), Ty::Void);
                let inner = self.emit(Op::LoadFixed(it, layout::enumerate::INNER), Ty::Obj);
                let v = self.iter_step(vm, inner, inner_obj, moves)?;
                // At i64::MAX the interpreter raises on the next step.
                let count = self.emit(Op::LoadMutField(it, layout::enumerate::COUNT), Ty::Int);
                let max = self.emit(Op::KInt(i64::MAX), Ty::Int);
                let below = self.emit(Op::ICmp(Cmp::Ne, count, max), Ty::Bool);
                self.guard(Op::Guard(below, true), Ty::Void);
                let one = self.emit(Op::KInt(1), Ty::Int);
                let next = self.guard(Op::AddOv(count, one), Ty::Int);
                moves.push(Op::StoreField(it, layout::enumerate::COUNT, next));
                Ok(self.virtual_tuple(vec![count, v]))
            }
            Obj::Zip(z) => {
                let Some(inners) = vm.heap.tuple(z.iters) else {
                    return Err(Abort::nyi("iterating this kind of object"));
                };
                let inners: Vec<ObjRef> = inners.iter().filter_map(|v| v.as_obj()).collect();
                self.guard(Op::GuardKind(it, Kind::Zip as u8), Ty::Void);
                let iters = self.emit(Op::LoadFixed(it, layout::zip::ITERS), Ty::Obj);
                let len = self.emit(Op::LoadFixed(iters, layout::tuple::LEN), Ty::Int);
                self.guard_int_is(len, inners.len() as i64);
                let mut items = Vec::with_capacity(inners.len());
                for (k, inner_obj) in inners.into_iter().enumerate() {
                    // A tuple's item (tag word, then payload) never changes.
                    let at = layout::tuple::ITEMS + 16 * k as i32;
                    let tag = self.emit(Op::LoadFixed(iters, at), Ty::Int);
                    self.guard_int_is(tag, Ty::Obj.tag() as i64);
                    let inner = self.emit(Op::LoadFixed(iters, at + 8), Ty::Obj);
                    items.push(self.iter_step(vm, inner, inner_obj, moves)?);
                }
                Ok(self.virtual_tuple(items))
            }
            Obj::Iter(_) if vm.bytes_iter_peek(obj).is_some() => {
                // A byte of bytes or a bytearray (whose length may change
                // under the loop: the helper checks it at each step).
                let r = self.call(Helper::BytesIterByte, vec![RawArg::Val(it)], vec![], Ty::Int);
                moves.push(self.advance_call(it));
                Ok(r)
            }
            Obj::Iter(_) => {
                // A dict's keys, values or items, through the dict's own
                // table: the entry's parts read first, the iterator moved
                // last; an items tuple stays virtual.
                let Some((_, entry, kind)) = vm.table_iter_entry(obj) else {
                    return Err(Abort::nyi("iterating this kind of object"));
                };
                // The helper checks the view too: a loop recorded over a
                // dict's keys may meet its items' iterator.
                let part = |rec: &mut Self, helper: Helper, v: Value| -> Rec<Ref> {
                    let ty = ty_of(v)?;
                    let raw = vec![RawArg::Val(it), RawArg::Imm(ty.tag()), RawArg::Imm(kind as u64)];
                    Ok(rec.call(helper, raw, vec![], ty))
                };
                let r = match kind {
                    DictViewKind::Keys => part(self, Helper::DictIterKey, entry.key)?,
                    DictViewKind::Values => part(self, Helper::DictIterValue, entry.value)?,
                    DictViewKind::Items => {
                        let k = part(self, Helper::DictIterKey, entry.key)?;
                        let v = part(self, Helper::DictIterValue, entry.value)?;
                        self.virtual_tuple(vec![k, v])
                    }
                };
                moves.push(self.advance_call(it));
                Ok(r)
            }
            _ => Err(Abort::nyi(format!(
                "a for loop over {}",
                words::a(vm.type_name(Value::Obj(obj)))
            ))),
        }
    }

    /// The call that moves a dict's, set's or bytes' iterator on, for a
    /// step's `moves` (emitted after every guard of the step).
    fn advance_call(&mut self, it: Ref) -> Op {
        let n = self.ir.calls.len() as u32;
        self.ir.calls.push(CallArgs {
            helper: Helper::DictIterAdvance,
            raw: vec![RawArg::Val(it)],
            boxed: vec![],
            raises: false,
        });
        Op::Call(n)
    }

    /// `a, b = seq` for a tuple or list on the heap: its length checked,
    /// then each item loaded and type-guarded, pushed last first.
    fn unpack_from_heap(&mut self, vm: &Vm, t: Ref, n: usize) -> Rec<Step> {
        let count = match self.actual(vm, 0) {
            Value::Obj(o) => vm.heap.seq_items(o).map(|items| items.len()),
            _ => None,
        };
        if count.is_some_and(|c| c != n) {
            return Err(Abort::Raises(Raise::WrongUnpackCount));
        }
        let loaded = self.seq_refs(vm, t, "UNPACK_SEQUENCE")?;
        self.pop(1);
        for r in loaded.into_iter().rev() {
            self.push(r);
        }
        Ok(Step::Continue)
    }

    /// `a, *rest, z = seq` (`UNPACK_EX`, `before` targets before the
    /// star, `after` after it) of a tuple or list of the length it has
    /// now (guarded): its items, the middle ones in a new list; the ticks
    /// the interpreter charges for collecting them come last.
    fn unpack_starred(&mut self, vm: &Vm, before: usize, after: usize) -> Rec<Step> {
        let seq = self.peek(vm, 0)?;
        let items = self.seq_refs(vm, seq, "UNPACK_EX")?;
        let n = items.len();
        if n < before + after {
            return Err(Abort::Raises(Raise::WrongUnpackCount));
        }
        if n - before - after > crate::exit::MAX_NATIVE_ARGS {
            return Err(Abort::nyi("a starred target of many items"));
        }
        let middle = items[before..n - after]
            .iter()
            .map(|&r| self.real(r))
            .collect::<Rec<Vec<Ref>>>()?;
        let rest = self.call(Helper::NewList, vec![RawArg::Imm(middle.len() as u64)], middle, Ty::Obj);
        if n > 0 {
            self.guard(Op::Ticks(n as u32), Ty::Void);
        }
        // The first target's value ends on top, as `Vm::unpack_starred`
        // leaves them.
        self.pop(1);
        for &r in items[n - after..].iter().rev() {
            self.push(r);
        }
        self.push(rest);
        for &r in items[..before].iter().rev() {
            self.push(r);
        }
        Ok(Step::Continue)
    }

    /// The items of `seq`, the value on top of the stack: a virtual
    /// tuple's own, or a tuple's or list's loaded under a guard that it
    /// still has as many as now (typed as they are now). Instruction `op`
    /// is named in the abort for any other value.
    fn seq_refs(&mut self, vm: &Vm, seq: Ref, op: &str) -> Rec<Vec<Ref>> {
        if let Op::VTuple(t) = self.ir.op(seq) {
            return Ok(self.ir.tuples[t as usize].clone());
        }
        let v = self.actual(vm, 0);
        let Some((o, values)) = v.as_obj().and_then(|o| Some((o, vm.heap.seq_items(o)?.to_vec()))) else {
            return Err(Abort::nyi_on(op, words::a(vm.type_name(v))));
        };
        let types: Vec<Ty> = values.iter().map(|&v| ty_of(v)).collect::<Rec<_>>()?;
        let (data, elem, len) = self.items_of(vm, seq, o);
        self.guard_int_is(len, values.len() as i64);
        let mut loaded = Vec::with_capacity(values.len());
        for (k, ty) in types.into_iter().enumerate() {
            let k = self.emit(Op::KInt(k as i64), Ty::Int);
            loaded.push(self.guard(Op::LoadElem(data, k, elem), ty));
        }
        Ok(loaded)
    }

    /// The items of `r` when it is a constant tuple (a code constant the
    /// compiler folded): immutable, so each item is a constant of the trace.
    /// `now` is the value `r` stands for in this run.
    fn constant_tuple_items(&self, vm: &Vm, r: Ref, now: Value) -> Option<Vec<Value>> {
        let o = now.as_obj().filter(|o| self.ir.op(r) == Op::KObj(o.addr()))?;
        vm.heap.tuple(o).map(|t| t.to_vec())
    }

    /// A tuple of `items` that exists only in the recorder.
    fn virtual_tuple(&mut self, items: Vec<Ref>) -> Ref {
        let id = self.ir.tuples.len() as u32;
        self.ir.tuples.push(items);
        self.emit(Op::VTuple(id), Ty::Obj)
    }

    /// Whether the int operator about to run on the two ints on top of the
    /// stack makes a big int this time (the i64 instruction's overflow
    /// guard would fail at once).
    fn int_result_is_big(&self, vm: &Vm, op: Opcode) -> bool {
        let (Value::Int(x), Value::Int(y)) = (self.actual(vm, 1), self.actual(vm, 0)) else {
            return false;
        };
        let Some(bin) = rumba_vm::ops::arith::BinOp::of_opcode(op) else {
            return false;
        };
        matches!(rumba_vm::ops::arith::int_binary(bin, x, y), Ok(None))
    }

    /// A binary operator on values the trace has no instruction for: the
    /// interpreter's own slow path as a call, its result's type learned
    /// from what the interpreter computes.
    fn binary_fallback(&mut self, vm: &mut Vm, op: Opcode, arg: u32, a: Ref, b: Ref) -> Rec<Step> {
        if let Some(step) = self.operator_call(vm, op, a, b, vm.frames().len(), self.cur_pc as usize + 1)? {
            return Ok(step);
        }
        let a = self.real(a)?;
        let b = self.real(b)?;
        if matches!(op, Opcode::Add | Opcode::InplaceAdd) && self.both_strs(vm) {
            // `s + t` of two strs: the concatenation itself, without the
            // operator's dispatch on the operands' types.
            for operand in [a, b] {
                self.guard(Op::GuardKind(operand, Kind::Str as u8), Ty::Void);
            }
            let r = self.call(Helper::ConcatStrs, vec![], vec![a, b], Ty::Obj);
            self.pop(2);
            self.push(r);
            return Ok(Step::Continue);
        }
        if let Some(step) = self.complex_arith(vm, op, a, b) {
            return Ok(step);
        }
        let helper = match op {
            Opcode::InplaceAdd | Opcode::InplaceMul => Helper::BinaryInPlace,
            _ => Helper::Binary,
        };
        let raw = vec![RawArg::Imm(op as u64), RawArg::Imm(arg as u64), RawArg::Imm(tag::UNDEF)];
        let _ = vm;
        self.call_observed(helper, raw, vec![a, b], 2);
        Ok(Step::Continue)
    }

    /// `a + b`, `a - b` or `a * b` where one operand is a complex and the
    /// other a complex, a float or an int: the parts' arithmetic inline,
    /// as `ops::complex` does it (a float or int operand is a complex with
    /// a zero imaginary part, added and multiplied like any other), and
    /// the result boxed by one call. None for other operators and
    /// operands, with nothing emitted.
    fn complex_arith(&mut self, vm: &Vm, op: Opcode, a: Ref, b: Ref) -> Option<Step> {
        let op = match op {
            Opcode::Add | Opcode::InplaceAdd => Opcode::Add,
            Opcode::Sub => Opcode::Sub,
            Opcode::Mul | Opcode::InplaceMul => Opcode::Mul,
            _ => return None,
        };
        let is_complex = |v: Value| matches!(v, Value::Obj(o) if vm.heap.kind(o) == Kind::Complex);
        let operand = |r: Ref, v: Value| is_complex(v) || matches!(self.ir.ty(r), Ty::Float | Ty::Int);
        let (va, vb) = (self.actual(vm, 1), self.actual(vm, 0));
        if !(is_complex(va) || is_complex(vb)) || !operand(a, va) || !operand(b, vb) {
            return None;
        }
        let (ar, ai) = self.complex_parts(a, is_complex(va));
        let (br, bi) = self.complex_parts(b, is_complex(vb));
        // The operands of FADD and FMUL in the order `ops::complex` passes
        // them to `float_add` and `float_mul` (which NaN comes out).
        let (re, im) = match op {
            Opcode::Add => (
                self.emit(Op::FAdd(br, ar), Ty::Float),
                self.emit(Op::FAdd(bi, ai), Ty::Float),
            ),
            Opcode::Sub => (
                self.emit(Op::FSub(ar, br), Ty::Float),
                self.emit(Op::FSub(ai, bi), Ty::Float),
            ),
            _ => {
                let rr = self.emit(Op::FMul(br, ar), Ty::Float);
                let ii = self.emit(Op::FMul(bi, ai), Ty::Float);
                let ir = self.emit(Op::FMul(br, ai), Ty::Float);
                let ri = self.emit(Op::FMul(bi, ar), Ty::Float);
                (
                    self.emit(Op::FSub(rr, ii), Ty::Float),
                    self.emit(Op::FAdd(ir, ri), Ty::Float),
                )
            }
        };
        let z = self.call(Helper::NewComplex, vec![], vec![re, im], Ty::Obj);
        self.pop(2);
        self.push(z);
        Some(Step::Continue)
    }

    /// The real and imaginary parts of operand `r`, as floats: a complex's
    /// (its kind guarded; the parts a complex the trace made was made of,
    /// read back from that call), or a number's with a zero imaginary part.
    fn complex_parts(&mut self, r: Ref, complex: bool) -> (Ref, Ref) {
        if !complex {
            let zero = self.emit(Op::KFloat(0f64.to_bits()), Ty::Float);
            return (self.as_float(r), zero);
        }
        if let Op::Call(c) = self.ir.op(r) {
            let made = &self.ir.calls[c as usize];
            if made.helper == Helper::NewComplex {
                return (made.boxed[0], made.boxed[1]);
            }
        }
        self.guard(Op::GuardKind(r, Kind::Complex as u8), Ty::Void);
        (
            self.emit(Op::LoadFloatField(r, layout::complex::RE), Ty::Float),
            self.emit(Op::LoadFloatField(r, layout::complex::IM), Ty::Float),
        )
    }

    /// Whether the two values on top of the stack are strs.
    fn both_strs(&self, vm: &Vm) -> bool {
        let is_str = |v: Value| matches!(v, Value::Obj(o) if vm.heap.kind(o) == Kind::Str);
        is_str(self.actual(vm, 1)) && is_str(self.actual(vm, 0))
    }

    /// `c[i]` for a dict, str, range, bytes or bytearray, by the
    /// interpreter's own function, or for an instance (`instance_item`).
    /// (A range with big-int bounds is a kind of its own, `BigRange`,
    /// which a trace never indexes.)
    fn get_item_fallback(&mut self, vm: &mut Vm, c: Ref, i: Ref, o: ObjRef) -> Rec<Step> {
        let kind = vm.heap.kind(o);
        if kind == Kind::Instance {
            return self.instance_item(vm, c, i, None);
        }
        if !matches!(kind, Kind::Dict | Kind::Str | Kind::Range | Kind::Bytes) {
            return Err(Abort::nyi_on(
                "subscript of this kind of object",
                words::a(vm.type_name(Value::Obj(o))),
            ));
        }
        let c = self.real(c)?;
        let i = self.real(i)?;
        if kind == Kind::Str && self.ir.ty(i) == Ty::Int {
            if let Some(ch) = self.ascii_char_at(vm, c, i, o) {
                self.pop(2);
                self.push(ch);
                return Ok(Step::Continue);
            }
        }
        self.guard(Op::GuardKind(c, kind as u8), Ty::Void);
        self.call_observed(Helper::GetItem, vec![RawArg::Imm(tag::UNDEF)], vec![c, i], 2);
        Ok(Step::Continue)
    }

    /// `s[i]` of an all-ASCII str `s` (the object `o` now) at an index in
    /// range: its byte, then that byte's one-character str from the heap's
    /// table of them, the very object the interpreter hands out. A negative
    /// index counts from the end. None (nothing emitted) for other strs or
    /// an index out of range, which the interpreter's function raises for.
    fn ascii_char_at(&mut self, vm: &Vm, s: Ref, i: Ref, o: ObjRef) -> Option<Ref> {
        let text = vm.heap.str_obj(o)?;
        let Value::Int(k) = self.actual(vm, 0) else {
            return None;
        };
        let n = text.nchars() as i64;
        if !text.is_ascii() || !(-n..n).contains(&k) {
            return None;
        }
        self.guard(Op::GuardKind(s, Kind::Str as u8), Ty::Void);
        self.guard(Op::GuardAscii(s), Ty::Void);
        let len = self.emit(Op::LoadField(s, layout::str::LEN), Ty::Int);
        let zero = self.emit(Op::KInt(0), Ty::Int);
        let negative = self.emit(Op::ICmp(Cmp::Lt, i, zero), Ty::Bool);
        self.guard(Op::Guard(negative, k < 0), Ty::Void);
        let at = if k < 0 {
            self.emit(Op::AddWrap(i, len), Ty::Int)
        } else {
            i
        };
        self.guard(Op::BoundsCheck(at, len), Ty::Void);
        let byte = self.guard(Op::LoadElem(s, at, Elem::StrBytes), Ty::Int);
        let table = self.emit(Op::KInt(vm.heap.ascii_table().as_ptr() as i64), Ty::Int);
        Some(self.guard(Op::LoadElem(table, byte, Elem::Refs), Ty::Obj))
    }

    /// `c[i]` (`v` None) or `c[i] = v` on an instance. A script's
    /// `__getitem__` or `__setitem__` is followed as an operator's special
    /// method. On an
    /// instance of a native class (an `array`, a `deque`, a `Counter`)
    /// with no instance for index or value, the class's native
    /// `__getitem__` or `__setitem__` is called as the interpreter calls
    /// it, with its class and the versions of its MRO guarded. A native
    /// that needs the script (a missing key's `default_factory`) is
    /// refused before it changes anything, and a store that fails changed
    /// nothing, so the interpreter may redo either at the exit.
    fn instance_item(&mut self, vm: &mut Vm, c: Ref, i: Ref, v: Option<Ref>) -> Rec<Step> {
        let container = self.actual(vm, 1);
        let special = if v.is_some() {
            Special::SetItem
        } else {
            Special::GetItem
        };
        if let Some((func, classes)) = vm.special_method_for_jit(container, special) {
            // A script's `__getitem__` or `__setitem__`, followed as an
            // operator's special method (a `__setitem__`'s store is its
            // commit, see `Atomic`).
            let Some(Obj::Instance(inst)) = container.as_obj().map(|o| vm.heap.get(o)) else {
                unreachable!("special_method_for_jit takes instances")
            };
            // A tuple index stays virtual: the method unpacks it.
            let c = self.real(c)?;
            self.guard_class(c, inst.class);
            self.guard_versions(&classes);
            let (depth, next) = (vm.frames().len(), self.cur_pc as usize + 1);
            return match v {
                None => self.enter_operator(vm, func, &[c, i], Entered::Operator(2), depth, next),
                Some(v) => {
                    // The interpreter pops the three operands before it calls.
                    self.snap_now();
                    self.pop(3);
                    self.enter_operator(vm, func, &[c, i, v], Entered::ItemStore, depth, next)
                }
            };
        }
        // The index and the value as the interpreter has them now: an
        // instance could run script code (`__index__`, `__eq__`), which
        // compiled code may not.
        let plain = |k: usize| !is_instance(vm, self.actual(vm, k));
        let plain = plain(0) && (v.is_none() || plain(2));
        let plan = vm.native_special_for_jit(container, special);
        let class = match container.as_obj().map(|o| vm.heap.get(o)) {
            Some(Obj::Instance(inst)) => inst.class,
            _ => unreachable!("called for instances"),
        };
        let Some((func, classes)) = plan.filter(|_| plain) else {
            let what = if v.is_some() {
                "item assignment to"
            } else {
                "subscript of"
            };
            return Err(Abort::nyi_on(
                format!("{what} this instance"),
                words::a(vm.type_name(container)),
            ));
        };
        let (c, i) = (self.real(c)?, self.real(i)?);
        self.guard_class(c, class);
        self.guard_versions(&classes);
        let f = self.emit(Op::KObj(func.addr()), Ty::Obj);
        match v {
            None => {
                let raw = vec![RawArg::Val(f), RawArg::Imm(2), RawArg::Imm(tag::UNDEF)];
                self.call_observed(Helper::CallNative, raw, vec![c, i], 2);
            }
            Some(v) => {
                let v = self.real(v)?;
                let raw = vec![RawArg::Val(f), RawArg::Imm(3), RawArg::Imm(tag::NONE)];
                self.native_store = true;
                self.call(Helper::CallNativeEffect, raw, vec![c, i, v], Ty::Nil);
                self.native_store = false;
                self.pop(3);
            }
        }
        Ok(Step::Continue)
    }

    /// A built-in type's method (`d.get(k, 0)`, `s.upper()`): a call of
    /// the method itself, for those whose effect is known (`method_helper`).
    fn method_call(
        &mut self,
        vm: &mut Vm,
        argc: usize,
        receiver: Value,
        name: ObjRef,
        names: Option<Ref>,
    ) -> Rec<Step> {
        let recv = self.peek(vm, argc + names.is_some() as usize)?;
        if argc == 0 && names.is_none() && self.ascii_char_method(vm, receiver, recv, name)? {
            return Ok(Step::Continue);
        }
        self.native_method_call(vm, argc, receiver, recv, name, names)
    }

    /// `c in "+-*/"`: a one-byte str `c` (`needle`, under `container` on
    /// the stack) in a str the trace holds as a constant, all ASCII: the
    /// answer read from a table of the 128 ASCII bytes' answers
    /// (`Vm::ascii_membership_for_jit`) at the str's byte, behind guards
    /// on its kind and length, where the helper would search the str.
    /// None (nothing emitted) for other operands.
    fn ascii_char_in_constant(&mut self, vm: &mut Vm, needle: Ref, container: Ref) -> Rec<Option<Ref>> {
        let haystack = self.actual(vm, 0);
        let constant =
            matches!(self.ir.op(container), Op::KObj(addr) if haystack.as_obj().is_some_and(|h| h.addr() == addr));
        if !constant || !one_byte_str(vm, self.actual(vm, 1)) || self.ir.ty(needle) != Ty::Obj {
            return Ok(None);
        }
        let Some(table) = haystack.as_obj().and_then(|h| vm.ascii_membership_for_jit(h)) else {
            return Ok(None);
        };
        let answer = self.ascii_table_answer(needle, table);
        let zero = self.emit(Op::KInt(0), Ty::Int);
        Ok(Some(self.emit(Op::ICmp(Cmp::Ne, answer, zero), Ty::Bool)))
    }

    /// The byte of one-byte str `s`, behind guards on its kind and length.
    fn one_byte_of(&mut self, s: Ref) -> Ref {
        self.guard(Op::GuardKind(s, Kind::Str as u8), Ty::Void);
        let len = self.emit(Op::LoadField(s, layout::str::LEN), Ty::Int);
        self.guard_int_is(len, 1);
        let zero = self.emit(Op::KInt(0), Ty::Int);
        self.guard(Op::LoadElem(s, zero, Elem::StrBytes), Ty::Int)
    }

    /// The entry of `table` (a str of 128 bytes, one per ASCII character)
    /// at one-byte str `s`'s byte.
    fn ascii_table_answer(&mut self, s: Ref, table: ObjRef) -> Ref {
        let byte = self.one_byte_of(s);
        // A one-byte str is ASCII: its byte is below 128, the table's length.
        let t = self.emit(Op::KObj(table.addr()), Ty::Obj);
        self.guard(Op::LoadElem(t, byte, Elem::StrBytes), Ty::Int)
    }

    /// `c.isalpha()`, `c.lower()` and the like of a one-byte str `c`
    /// (`receiver` now): the answer read from the method's table of
    /// answers for every ASCII character (`Vm::ascii_answers_for_jit`),
    /// at the str's byte, behind guards on its kind and length; a case
    /// change is the shared one-character str of the answer's byte. False
    /// (nothing emitted) for other receivers and methods.
    fn ascii_char_method(&mut self, vm: &mut Vm, receiver: Value, recv: Ref, name: ObjRef) -> Rec<bool> {
        if !one_byte_str(vm, receiver) {
            return Ok(false);
        }
        let text = vm.heap.str_obj(name).map_or("", |s| s.as_str()).to_string();
        let Some(table) = vm.ascii_answers_for_jit(&text) else {
            return Ok(false);
        };
        let answer = self.ascii_table_answer(recv, table);
        let r = if text.starts_with("is") {
            let zero = self.emit(Op::KInt(0), Ty::Int);
            self.emit(Op::ICmp(Cmp::Ne, answer, zero), Ty::Bool)
        } else {
            let chars = self.emit(Op::KInt(vm.heap.ascii_table().as_ptr() as i64), Ty::Int);
            self.guard(Op::LoadElem(chars, answer, Elem::Refs), Ty::Obj)
        };
        self.pop(1);
        self.push(r);
        Ok(true)
    }

    /// `str.upper(w)`: method `name` of built-in type `t` (`callee`, the
    /// VM's one object for the two, in the callee's slot as `cref`) called
    /// with its receiver first among the `argc` arguments, made as
    /// `w.upper()` once the receiver's kind is guarded to be the type's:
    /// the callee's slot goes, and the receiver takes its place. Only the
    /// types whose values are all of one kind and nothing else (a set's
    /// kind is a frozenset's too, whose methods differ).
    fn unbound_method_call(
        &mut self,
        vm: &mut Vm,
        callee: ObjRef,
        cref: Ref,
        t: ObjRef,
        name: ObjRef,
        argc: usize,
    ) -> Rec<Step> {
        let Obj::Type(owner) = vm.heap.get(t) else {
            unreachable!("a type's method")
        };
        let first = match argc {
            0 => Value::None,
            _ => self.actual(vm, argc - 1),
        };
        let kind = match (owner, first.as_obj().map(|o| vm.heap.kind(o))) {
            (TypeKind::Str, Some(Kind::Str)) => Kind::Str,
            (TypeKind::List, Some(Kind::List)) => Kind::List,
            (TypeKind::Dict, Some(Kind::Dict)) => Kind::Dict,
            (TypeKind::Tuple, Some(Kind::Tuple)) => Kind::Tuple,
            _ => {
                let text = vm.heap.str_obj(name).map_or("?", |s| s.as_str());
                return Err(Abort::nyi_on(
                    format!("{}.{text}() called on this", owner.name()),
                    words::a(vm.type_name(first)),
                ));
            }
        };
        self.guard_is(cref, callee);
        let recv = self.peek(vm, argc - 1)?;
        let recv = self.real(recv)?;
        self.guard(Op::GuardKind(recv, kind as u8), Ty::Void);
        let at = self.slots.len() - argc - 1;
        self.remove_slot(vm, at)?;
        self.native_method_call(vm, argc - 1, first, recv, name, None)
    }

    /// Method `name` of a built-in type called on `receiver` (`recv` in
    /// the trace) with the top `argc` stack values, which it replaces with
    /// its result together with the value below them (the receiver, or
    /// the bound method that carries it). With `names` (a
    /// `CALL_METHOD_KW`'s constant, above the values), the last of them
    /// are those keywords' values.
    fn native_method_call(
        &mut self,
        vm: &Vm,
        argc: usize,
        receiver: Value,
        recv: Ref,
        name: ObjRef,
        names: Option<Ref>,
    ) -> Rec<Step> {
        let named = names.is_some() as usize;
        let text = vm.heap.str_obj(name).map_or("?", |s| s.as_str()).to_string();
        if names.is_none() && argc == 1 && self.is_list_append(vm, name, receiver) {
            let v = self.peek(vm, 0)?;
            let v = self.real(v)?;
            let l = self.real(recv)?;
            self.guard(Op::GuardKind(l, Kind::List as u8), Ty::Void);
            self.guard(Op::ListAppend(l, v), Ty::Void);
            self.pop(2);
            let nil = self.emit(Op::KNil, Ty::Nil);
            self.push(nil);
            return Ok(Step::Continue);
        }
        // `pop` changes the list and returns an item: the item's type must
        // be certain before the call, which a list of ints, floats or bools
        // makes it (its storage guarded), for no exit can follow the change.
        let popped = match receiver.as_obj().map(|o| vm.heap.get(o)) {
            Some(Obj::List(l)) if text == "pop" && names.is_none() => match l.storage() {
                Storage::Int => Some((Ty::Int, l.storage())),
                Storage::Float => Some((Ty::Float, l.storage())),
                Storage::Bool => Some((Ty::Bool, l.storage())),
                _ => None,
            },
            _ => None,
        };
        // A list of objects: the item is read (its type guarded) before
        // the call that removes it, which then cannot fail after it.
        if popped.is_none() && text == "pop" && argc <= 1 && names.is_none() {
            if let Some(Obj::List(l)) = receiver.as_obj().map(|o| vm.heap.get(o)) {
                if l.storage() == Storage::Object {
                    return self.pop_object(vm, argc, receiver, recv);
                }
            }
        }
        let helper = match popped {
            Some(_) => Helper::CallMethodListWrite,
            None => method_helper(vm, receiver, name)
                .ok_or_else(|| Abort::nyi_on(format!("method call .{text}()"), words::a(vm.type_name(receiver))))?,
        };
        if argc + 1 + named > crate::exit::MAX_NATIVE_ARGS {
            return Err(Abort::nyi("method call with many arguments"));
        }
        if helper == Helper::CallMethodOnce && names.is_some() {
            return Err(Abort::nyi_on(
                format!("method call .{text}() with keywords"),
                words::a(vm.type_name(receiver)),
            ));
        }
        let method = vm
            .method_for_jit(receiver, &text)
            .ok_or_else(|| Abort::nyi("method not found"))?;
        let mut boxed = vec![self.real(recv)?];
        let mut nargs = argc as u64 + 1;
        match names {
            // The names follow the values, as `call_method` takes them.
            Some(names) => {
                boxed.extend(self.named_args(vm, argc)?);
                boxed.push(names);
                nargs |= crate::exit::NAMED_ARGS;
            }
            None => boxed.extend(self.top_real_values(vm, argc, "method call with many arguments")?),
        }
        let mut raw = vec![RawArg::Imm(method as usize as u64), RawArg::Imm(nargs)];
        match popped {
            Some((ty, storage)) => {
                self.guard(Op::GuardKind(recv, Kind::List as u8), Ty::Void);
                self.guard(Op::GuardStorage(recv, storage as u8), Ty::Void);
                raw.push(RawArg::Imm(ty.tag()));
                let r = self.call(helper, raw, boxed, ty);
                self.pop(argc + 1);
                self.push(r);
            }
            None => {
                raw.push(RawArg::Imm(tag::UNDEF));
                self.call_observed(helper, raw, boxed, argc + 1 + named);
            }
        }
        Ok(Step::Continue)
    }

    /// `list.pop()` or `list.pop(i)` (`i` >= 0) on a list of objects
    /// (`recv`, the object `receiver` now): the item is loaded with a
    /// guard on its type, then the interpreter's own `pop` removes it.
    fn pop_object(&mut self, vm: &Vm, argc: usize, receiver: Value, recv: Ref) -> Rec<Step> {
        let o = receiver.as_obj().expect("a list");
        let n = vm.heap.list(o).map_or(0, |l| l.len());
        let (index, at) = match argc {
            0 => (None, n.checked_sub(1)),
            _ => match self.actual(vm, 0) {
                Value::Int(i) if i >= 0 => (Some(self.peek(vm, 0)?), Some(i as usize)),
                _ => return Err(Abort::nyi("list.pop() of this index")),
            },
        };
        let item = at.filter(|&k| k < n).and_then(|k| vm.heap.list(o).map(|l| l.get(k)));
        let Some(item) = item else {
            return Err(Abort::nyi("list.pop() that raises"));
        };
        let ty = ty_of(item)?;
        let recv = self.real(recv)?;
        let (data, elem, len) = self.items_of(vm, recv, o);
        let i = match index {
            Some(i) => i,
            None => {
                let one = self.emit(Op::KInt(1), Ty::Int);
                self.guard(Op::SubOv(len, one), Ty::Int)
            }
        };
        self.guard(Op::BoundsCheck(i, len), Ty::Void);
        let v = self.guard(Op::LoadElem(data, i, elem), ty);
        let method = vm
            .method_for_jit(receiver, "pop")
            .ok_or_else(|| Abort::nyi("method not found"))?;
        let mut boxed = vec![recv];
        if let Some(i) = index {
            boxed.push(i);
        }
        let raw = vec![
            RawArg::Imm(method as usize as u64),
            RawArg::Imm(argc as u64 + 1),
            RawArg::Imm(ty.tag()),
        ];
        self.call(Helper::CallMethodListWrite, raw, boxed, ty);
        self.pop(argc + 1);
        self.push(v);
        Ok(Step::Continue)
    }

    /// A helper call that replaces the top `consumed` values with its
    /// result, whose type is not known yet: its last raw argument (the
    /// expected tag) and the result's type are filled in at the next step
    /// from the value the interpreter left on the stack. The call's guard
    /// is taken with the operands still on the stack, where an exit must
    /// leave them for the interpreter to redo the instruction.
    fn call_observed(&mut self, helper: Helper, raw: Vec<RawArg>, boxed: Vec<Ref>, consumed: usize) {
        let r = self.call(helper, raw, boxed, Ty::Undef);
        let Op::Call(n) = self.ir.op(r) else {
            unreachable!("a call")
        };
        self.pop(consumed);
        self.push(r);
        self.observe = Some((r, self.height() - 1, n));
    }

    /// Types the result of the last `call_observed` from the stack.
    fn observe_result(&mut self, vm: &Vm) -> Rec<()> {
        let Some((r, slot, n)) = self.observe.take() else {
            return Ok(());
        };
        let v = vm
            .stack()
            .get(self.root_base + slot)
            .copied()
            .ok_or(Abort::Inconsistent("the result left the stack"))?;
        let ty = ty_of(v)?;
        self.ir.ins[r.0 as usize].ty = ty;
        if let Some(RawArg::Imm(t)) = self.ir.calls[n as usize].raw.last_mut() {
            *t = ty.tag();
        }
        Ok(())
    }

    /// The value of global slot `gslot` (with the built-in of its name
    /// while it is unbound).
    fn load_global(&mut self, vm: &mut Vm, gslot: u32) -> Rec<Ref> {
        // Only the trace's own stores change a global while it runs
        // (no helper runs script code), so a value it stored is
        // read back from where it is.
        if let Some(&(_, r)) = self.globals_stored.iter().find(|(g, _)| *g == gslot) {
            return Ok(r);
        }
        Ok(match vm.global(gslot) {
            Value::Undef => {
                let b = vm.builtin_for_slot(gslot);
                if matches!(b, Value::Undef) {
                    return Err(Abort::Raises(Raise::UndefinedGlobal));
                }
                self.guard(Op::GuardGlobalUnbound(gslot), Ty::Void);
                self.constant(b)?
            }
            // What the program calls or looks names up in (a
            // function, a module, a type) is pinned by identity, so
            // calls inline and attributes fold; data (a list, a
            // tuple, a str) is read as it is each time round.
            Value::Obj(o) if is_pinned_kind(vm.heap.kind(o)) => {
                self.guard(Op::GuardGlobalIs(gslot, o.addr()), Ty::Void);
                self.emit(Op::KObj(o.addr()), Ty::Obj)
            }
            v => {
                let ty = ty_of(v)?;
                self.guard(Op::GLoad(gslot), ty)
            }
        })
    }

    /// The global slot that attribute `name` of `receiver` is, when that
    /// is a script's module (its attributes are its globals, which
    /// change): the module is pinned by identity. None for other
    /// receivers.
    fn module_global(&mut self, vm: &Vm, r: Ref, receiver: Value, name: ObjRef) -> Rec<Option<u32>> {
        let Value::Obj(o) = receiver else { return Ok(None) };
        if !vm.is_script_module(o) {
            return Ok(None);
        }
        let Some(gslot) = vm.module_global_slot(o, name) else {
            return Err(Abort::Raises(Raise::ModuleAttributeMissing));
        };
        if matches!(vm.global(gslot), Value::Undef) {
            return Err(Abort::Raises(Raise::ModuleAttributeMissing));
        }
        self.guard_is(r, o);
        Ok(Some(gslot))
    }

    /// Attribute `name` of `receiver` when that is a module or a class
    /// (pinned by identity, a class with the versions of its MRO): the
    /// same value every time. None for other receivers.
    fn constant_attr(&mut self, vm: &mut Vm, r: Ref, receiver: Value, name: ObjRef) -> Rec<Option<AttrFound>> {
        let Value::Obj(o) = receiver else { return Ok(None) };
        if vm.heap.kind(o) == Kind::Class {
            // What the class finds along its MRO, while no class of it
            // changes.
            let text = vm.heap.str_obj(name).map_or(String::new(), |s| s.as_str().to_string());
            if matches!(text.as_str(), "__name__" | "__qualname__") {
                // The class's own name (never a base's), while its
                // namespace stays as it is.
                let classes = vm.class_versions_for_jit(o);
                self.guard_is(r, o);
                self.guard_versions(&classes[..1]);
                return vm
                    .get_attr(receiver, &text)
                    .map(|v| Some(AttrFound::ClassValue(v)))
                    .map_err(|_| Abort::nyi("the name of this class"));
            }
            let Some((found, classes)) = vm.class_attr_for_jit(o, name) else {
                return Err(Abort::nyi(format!("attribute .{text} of this class")));
            };
            self.guard_is(r, o);
            self.guard_versions(&classes);
            return Ok(Some(found));
        }
        let text = vm.heap.str_obj(name).map_or(String::new(), |s| s.as_str().to_string());
        if vm.heap.kind(o) == Kind::Type && matches!(text.as_str(), "__name__" | "__qualname__") {
            // A built-in type's name (`type(x).__name__`) never changes.
            self.guard_is(r, o);
            return vm
                .get_attr(receiver, &text)
                .map(|v| Some(AttrFound::ClassValue(v)))
                .map_err(|_| Abort::nyi("the name of this type"));
        }
        if vm.heap.kind(o) != Kind::Module {
            return Ok(None);
        }
        if let Some(gslot) = self.module_global(vm, r, receiver, name)? {
            // A script module's global, called: pinned while it holds
            // the same function.
            return match vm.global(gslot) {
                v @ Value::Obj(f) if is_pinned_kind(vm.heap.kind(f)) => {
                    self.guard(Op::GuardGlobalIs(gslot, f.addr()), Ty::Void);
                    Ok(Some(AttrFound::ClassValue(v)))
                }
                _ => Err(Abort::nyi("a call of a module's data attribute")),
            };
        }
        // A module loaded before the trace started (a side trace's slot)
        // is pinned here.
        self.guard_is(r, o);
        vm.get_attr(receiver, &text)
            .map(|v| Some(AttrFound::ClassValue(v)))
            .map_err(|_| Abort::Raises(Raise::ModuleAttributeMissing))
    }

    /// Whether `receiver.name` is a list's `append`.
    fn is_list_append(&self, vm: &Vm, name: ObjRef, receiver: Value) -> bool {
        let is_list = matches!(receiver, Value::Obj(o) if vm.heap.kind(o) == Kind::List);
        is_list && vm.heap.str_obj(name).is_some_and(|s| s.as_str() == "append")
    }

    /// Whether a call is `range(ints)` (non-zero step) whose result goes
    /// straight to `GetIter`.
    fn range_then_iter(&self, vm: &Vm, callee: ObjRef, next: usize, args: &[Ref]) -> bool {
        let is_range = matches!(vm.heap.get(callee), Obj::Type(TypeKind::Range));
        let code = &vm.code(self.frames.last().map_or(self.code, |f| f.code)).code;
        let then_iter = code.instrs.get(next).map(|i| i.op) == Some(Opcode::GetIter);
        let ints = (1..=3).contains(&args.len()) && args.iter().all(|&a| self.ir.ty(a) == Ty::Int);
        let step_ok = args.len() < 3 || !matches!(self.actual(vm, 0), Value::Int(0));
        is_range && then_iter && ints && step_ok
    }

    /// A built-in that only computes: call it through the generic helper,
    /// predicting its result type by running it now on the same values.
    /// With `names` (a `CALL_KW`'s constant tuple, on top of the stack),
    /// the last of `args` are the values of those keywords.
    fn native_call(
        &mut self,
        vm: &mut Vm,
        callee: ObjRef,
        cref: Ref,
        mut args: Vec<Ref>,
        names: Option<(Ref, ObjRef)>,
    ) -> Rec<Step> {
        let argc = args.len();
        let named = names.is_some() as usize;
        if argc == 1
            && names.is_none()
            && matches!(self.ir.ty(args[0]), Ty::Int | Ty::Float)
            && matches!(vm.heap.get(callee), Obj::Type(TypeKind::Str))
        {
            // `str(x)` of a number is the f-string field `{x!s}`: its
            // helper makes the digits without the generic call's dispatch
            // on the callee and its arguments.
            self.guard_is(cref, callee);
            let no_spec = self.emit(Op::KNil, Ty::Nil);
            let r = self.call(
                Helper::FormatValue,
                vec![RawArg::Imm(1)],
                vec![args[0], no_spec],
                Ty::Obj,
            );
            self.pop(2);
            self.push(r);
            return Ok(Step::Continue);
        }
        if argc + named > crate::exit::MAX_NATIVE_ARGS {
            return Err(Abort::nyi("built-in call with many arguments"));
        }
        let mut actual = Vec::with_capacity(argc);
        // The iterator makers (`map`, `filter`, `enumerate`, `zip`, `iter`,
        // `reversed`) only make their objects: a function the script wrote,
        // a generator or another iterator given to them is stepped later
        // (`map`'s and the others' object is then a generator of the
        // prelude's, `Face`).
        let steps_later = match vm.heap.get(callee) {
            Obj::Native(n) => ITERATOR_NATIVES.contains(&n.name),
            Obj::Type(kind) => ITERATOR_TYPES.contains(&kind),
            _ => false,
        };
        for k in (0..argc).rev() {
            let v = self.actual(vm, k + named);
            match v {
                Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => {}
                Value::Obj(o)
                    if matches!(
                        vm.heap.kind(o),
                        Kind::List
                            | Kind::Tuple
                            | Kind::Str
                            | Kind::Bytes
                            | Kind::Dict
                            | Kind::Set
                            | Kind::Range
                            | Kind::RangeIter
                            | Kind::SeqIter
                            | Kind::Enumerate
                            | Kind::Zip
                            | Kind::StrIter
                            | Kind::DictView
                            | Kind::BigInt
                            | Kind::Complex
                            | Kind::Native
                            | Kind::Type
                            | Kind::BoundMethod
                    ) => {}
                // A key function: the run ahead finds the callback.
                Value::Obj(o)
                    if (names.is_some() || steps_later) && matches!(vm.heap.kind(o), Kind::Function | Kind::Method) => {
                }
                Value::Obj(o) if steps_later && matches!(vm.heap.kind(o), Kind::Generator | Kind::Iter) => {}
                _ => return Err(Abort::nyi("built-in call on these arguments")),
            }
            actual.push(v);
        }
        let mut nargs = argc as u64;
        if let Some((names, _)) = names {
            args.push(names);
            nargs |= crate::exit::NAMED_ARGS;
        }
        // Run ahead, it would advance an iterator it is given (`list(it)`)
        // before the interpreter's own call: the type of what it gives is
        // learned from that call instead. The call takes items, so it runs
        // once: a result of another type than recorded (`sum(it)` grown
        // into a big int) waits for the interpreter's redo at the exit,
        // which would find the iterator spent (`Helper::CallNativeOnce`).
        let stateful = |v: &Value| {
            matches!(v, Value::Obj(o) if matches!(
                vm.heap.kind(*o),
                Kind::RangeIter | Kind::SeqIter | Kind::StrIter | Kind::Enumerate | Kind::Zip
            ))
        };
        if actual.iter().any(stateful) {
            if names.is_some() {
                return Err(Abort::nyi("a built-in given an iterator and keywords"));
            }
            self.guard_is(cref, callee);
            let raw = vec![RawArg::Val(cref), RawArg::Imm(nargs), RawArg::Imm(tag::UNDEF)];
            self.call_observed(Helper::CallNativeOnce, raw, args, argc + 1);
            return Ok(Step::Continue);
        }
        let name = match vm.heap.get(callee) {
            Obj::Native(n) => n.name,
            _ => "",
        };
        // A keyword may ask for a callback (`key=`), which compiled code
        // refuses: the call is run ahead to find out.
        let ty = match fixed_result(name).filter(|_| names.is_none()) {
            Some(ty) => ty,
            None => {
                vm.take_refused_script_for_jit();
                match predict_native(vm, callee, &actual, names.map(|n| n.1)) {
                    Ok(v) => ty_of(v)?,
                    // It calls back into the script (`key=lambda ...`):
                    // the interpreter makes the call, the trace ends here.
                    Err(_) if vm.take_refused_script_for_jit() && self.atomic.is_none() => {
                        self.guard(Op::Handoff, Ty::Void);
                        return Ok(Step::Close(Ending::Handoff));
                    }
                    // It raises, as the interpreter's call is about to:
                    // the recording follows that into a handler of this
                    // frame (`caught`) or ends there.
                    Err(_) if self.frames.is_empty() && self.atomic.is_none() => {
                        self.guard_is(cref, callee);
                        let raw = vec![RawArg::Val(cref), RawArg::Imm(nargs), RawArg::Imm(tag::UNDEF)];
                        let r = self.call(Helper::CallNative, raw, args, Ty::Void);
                        self.pop(argc + 1 + named);
                        // Never read: the handler's stack replaces it.
                        self.push(r);
                        self.raise_expected = true;
                        return Ok(Step::Continue);
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        // An object result is only checked for its tag: whatever uses it
        // guards its kind.
        self.guard_is(cref, callee);
        let r = self.call(
            Helper::CallNative,
            vec![RawArg::Val(cref), RawArg::Imm(nargs), RawArg::Imm(ty.tag())],
            args,
            ty,
        );
        self.pop(argc + 1 + named);
        self.push(r);
        Ok(Step::Continue)
    }

    // ---- the abstract stack ------------------------------------------

    fn height(&self) -> usize {
        self.slots.len()
    }

    fn actual(&self, vm: &Vm, k: usize) -> Value {
        let slot = self.height() - 1 - k;
        match &self.spread {
            Some((at, values)) if slot >= *at => values[slot - at],
            _ => vm.stack()[self.root_base + slot],
        }
    }

    /// `get`, but a slot the trace never touched that holds an unbound
    /// local is guarded to be unbound still, for a `yield` that writes
    /// back a frame a parent trace resumed (the hidden local an `except`
    /// clause keeps its exception in, unbound on every path that does not
    /// raise).
    fn get_or_unbound(&mut self, vm: &Vm, slot: usize) -> Rec<Ref> {
        if self.slots[slot].is_none() && matches!(vm.stack()[self.root_base + slot], Value::Undef) {
            let r = self.guard(Op::SLoad(slot as u32), Ty::Undef);
            self.slots[slot] = Some(r);
            return Ok(r);
        }
        self.get(vm, slot)
    }

    /// The IR value of a slot, loading (and type-guarding) it on first use.
    fn get(&mut self, vm: &Vm, slot: usize) -> Rec<Ref> {
        if let Some(r) = self.slots[slot] {
            return Ok(r);
        }
        let v = vm.stack()[self.root_base + slot];
        if matches!(v, Value::Undef) {
            return Err(Abort::Raises(Raise::UnboundLocal));
        }
        let ty = ty_of(v)?;
        let r = self.guard(Op::SLoad(slot as u32), ty);
        self.slots[slot] = Some(r);
        Ok(r)
    }

    fn peek(&mut self, vm: &Vm, k: usize) -> Rec<Ref> {
        let slot = self.height() - 1 - k;
        self.get(vm, slot)
    }

    fn pop(&mut self, n: usize) {
        let h = self.height() - n;
        self.slots.truncate(h);
        self.modified.truncate(h);
    }

    fn push(&mut self, r: Ref) {
        self.slots.push(Some(r));
        self.modified.push(true);
    }

    fn set(&mut self, slot: usize, r: Ref) {
        self.slots[slot] = Some(r);
        self.modified[slot] = true;
    }

    /// Takes the current instruction's snapshot now, if no guard took it
    /// yet: the state before the instruction, which its exits redo it
    /// from, before the recorder changes the stack under it.
    fn snap_now(&mut self) {
        if self.snap_here.is_none() {
            self.snap_here = Some(self.snapshot(self.cur_pc));
        }
    }

    /// Inserts `r` at `slot`, moving the values above it up one, as the
    /// interpreter's call does (`stack.insert`). Every moved value is now
    /// in a slot other than the one it was loaded from, so each counts
    /// as written. The current instruction's snapshot (the state before
    /// the move, which an exit redoes the instruction from) is taken
    /// first.
    fn insert_slot(&mut self, vm: &Vm, slot: usize, r: Ref) -> Rec<()> {
        self.snap_now();
        for s in slot..self.slots.len() {
            self.get(vm, s)?;
        }
        self.slots.insert(slot, Some(r));
        self.modified.insert(slot, true);
        for m in &mut self.modified[slot..] {
            *m = true;
        }
        Ok(())
    }

    /// Removes `slot`, moving the values above it down one, as a call of
    /// an unbound method makes its first argument the receiver. Every
    /// moved value is now in a slot other than the one it was loaded
    /// from, so each counts as written; the current instruction's
    /// snapshot (the state before the move) is taken first.
    fn remove_slot(&mut self, vm: &Vm, slot: usize) -> Rec<()> {
        self.snap_now();
        for s in slot..self.slots.len() {
            self.get(vm, s)?;
        }
        self.slots.remove(slot);
        self.modified.remove(slot);
        for m in &mut self.modified[slot..] {
            *m = true;
        }
        Ok(())
    }

    /// A real object for `r`: a virtual tuple is made here, where it
    /// escapes (into a list, a built-in, a store); its items are made
    /// first if they are virtual tuples too. Every slot that held the
    /// virtual one, or a virtual tuple holding it, now holds the real one,
    /// so the tuple keeps one identity from here on.
    fn real(&mut self, r: Ref) -> Rec<Ref> {
        if !matches!(self.ir.op(r), Op::VTuple(_)) {
            return Ok(r);
        }
        let mut made = Vec::new();
        let real = self.make_tuple(r, &mut made)?;
        // Outer tuples first: a slot holding the outer virtual tuple gets
        // the real one whole. (Inner first, that slot would be rebuilt
        // into a new virtual tuple that no later substitution matches.)
        for &(old, new) in made.iter().rev() {
            for slot in 0..self.slots.len() {
                if let Some(v) = self.slots[slot] {
                    if let Some(w) = self.substitute(v, old, new) {
                        self.slots[slot] = Some(w);
                    }
                }
            }
        }
        // Guards from here on need a snapshot that names the real tuple:
        // an exit must not make a second one.
        self.snap_here = None;
        Ok(real)
    }

    /// Emits the making of virtual tuple `r`, its virtual items first
    /// (once each, however often they are shared); `made` lists each
    /// virtual tuple with the real one made for it, inner ones first.
    fn make_tuple(&mut self, r: Ref, made: &mut Vec<(Ref, Ref)>) -> Rec<Ref> {
        let Op::VTuple(id) = self.ir.op(r) else {
            return Ok(r);
        };
        if let Some(&(_, real)) = made.iter().find(|&&(old, _)| old == r) {
            return Ok(real);
        }
        let items = self.ir.tuples[id as usize].clone();
        if items.len() > crate::exit::MAX_NATIVE_ARGS {
            return Err(Abort::nyi("a tuple of many items that escapes"));
        }
        let mut real_items = Vec::with_capacity(items.len());
        for item in items {
            real_items.push(self.make_tuple(item, made)?);
        }
        let n = real_items.len() as u64;
        let real = self.call(Helper::NewTuple, vec![RawArg::Imm(n)], real_items, Ty::Obj);
        made.push((r, real));
        Ok(real)
    }

    /// `v` with the virtual tuple `old` replaced by `new` (rebuilding
    /// the virtual tuples that hold it), or None if `v` does not hold it.
    fn substitute(&mut self, v: Ref, old: Ref, new: Ref) -> Option<Ref> {
        if v == old {
            return Some(new);
        }
        let Op::VTuple(id) = self.ir.op(v) else {
            return None;
        };
        let mut items = self.ir.tuples[id as usize].clone();
        let mut changed = false;
        for item in items.iter_mut() {
            if let Some(w) = self.substitute(*item, old, new) {
                *item = w;
                changed = true;
            }
        }
        changed.then(|| self.virtual_tuple(items))
    }

    /// The top `n` stack values, deepest first.
    fn top_values(&mut self, vm: &Vm, n: usize) -> Rec<Vec<Ref>> {
        (0..n).rev().map(|k| self.peek(vm, k)).collect()
    }

    /// `top_values` as real objects, for a helper's arguments (at most
    /// `MAX_NATIVE_ARGS`; past it, the NYI abort names `what`).
    fn top_real_values(&mut self, vm: &Vm, n: usize, what: &str) -> Rec<Vec<Ref>> {
        if n > crate::exit::MAX_NATIVE_ARGS {
            return Err(Abort::nyi(what));
        }
        // Each value is read after the one before it was made real: making
        // a tuple real changes every slot that held it.
        (0..n)
            .rev()
            .map(|k| {
                let v = self.peek(vm, k)?;
                self.real(v)
            })
            .collect()
    }

    fn no_tuple(&self, r: Ref) -> Rec<()> {
        match self.ir.op(r) {
            Op::VTuple(_) => Err(Abort::nyi("a tuple that escapes")),
            _ => Ok(()),
        }
    }

    // ---- emitting -------------------------------------------------------

    fn emit(&mut self, op: Op, ty: Ty) -> Ref {
        if self.atomic.is_some() {
            self.check_redoable(op);
        }
        let r = Ref(self.ir.ins.len() as u32);
        self.ir.ins.push(Ins {
            op,
            ty,
            snap: None,
            pc: self.cur_pc,
            line: self.cur_line,
        });
        r
    }

    /// Exit unless int `r` is `want` (a length, a generator's state).
    fn guard_int_is(&mut self, r: Ref, want: i64) {
        let want = self.emit(Op::KInt(want), Ty::Int);
        let same = self.emit(Op::ICmp(Cmp::Eq, r, want), Ty::Bool);
        self.guard(Op::Guard(same, true), Ty::Void);
    }

    /// Emits a guard with the snapshot of the current instruction's
    /// starting state.
    fn guard(&mut self, op: Op, ty: Ty) -> Ref {
        let snap = match (&self.atomic, self.snap_here) {
            (Some(a), _) => a.snap,
            (None, Some(s)) => s,
            (None, None) => {
                let s = self.snapshot(self.cur_pc);
                self.snap_here = Some(s);
                s
            }
        };
        let r = self.emit(op, ty);
        self.ir.ins[r.0 as usize].snap = Some(snap);
        // The commit's own exit (a native store that fails) changed nothing.
        if let Some(a) = self.atomic.as_mut().filter(|a| a.commit.is_some_and(|c| c != r)) {
            a.broken.get_or_insert_with(|| "an exit after a store".to_string());
        }
        r
    }

    /// Inside an operator's special method: notes an instruction whose
    /// effect a redo of the whole operator would repeat (see `Atomic`).
    /// The first store (a plain one, or a native store, which changes
    /// nothing when it fails) is the commit, preceded by the count of the
    /// operator's ticks so far; anything else breaks the redo.
    fn check_redoable(&mut self, op: Op) {
        let atomic = self.atomic.as_ref().expect("inside an operator");
        let fresh = |r: Ref| atomic.fresh.contains(&r);
        let fresh_slots = |d: Ref| matches!(self.ir.op(d), Op::LoadField(o, layout::instance::SLOTS) if fresh(o));
        // (why it would be repeated, whether it may be the commit)
        let why = match op {
            Op::StoreElem(d, ..) if fresh_slots(d) => None,
            Op::StoreField(o, layout::instance::SLOTS_LEN, _) | Op::SetShape(o, _) if fresh(o) => None,
            Op::Call(n) => {
                let call = &self.ir.calls[n as usize];
                match call.helper {
                    Helper::GrowInstance if matches!(call.raw[0], RawArg::Val(r) if fresh(r)) => None,
                    // Stores that change nothing when they fail.
                    Helper::ListSet | Helper::DictSet | Helper::ByteArraySet | Helper::DelItem => {
                        Some((call.helper.name(), true))
                    }
                    Helper::CallNativeEffect => Some((call.helper.name(), self.native_store)),
                    Helper::CallHost
                    | Helper::CallNativeMethod
                    | Helper::CallNativeOnce
                    | Helper::CallMethodOnce
                    | Helper::EnterCall
                    | Helper::LeaveCall => Some((call.helper.name(), false)),
                    h if matches!(h.effect(), Effect::WritesState | Effect::WritesLists) => Some((h.name(), false)),
                    _ => None,
                }
            }
            Op::GStore(..) => Some(("a global store", true)),
            Op::StoreElem(..) | Op::StoreField(..) => Some(("a store", true)),
            Op::RangeAdvance(_) | Op::SeqAdvance(..) => Some(("a loop", false)),
            Op::CallEntry(..) | Op::Handoff | Op::LoopBack | Op::Link(_) | Op::SetBase(_) => {
                Some(("a call out", false))
            }
            _ => None,
        };
        let Some((why, may_commit)) = why else { return };
        let a = self.atomic.as_mut().expect("inside an operator");
        if !may_commit {
            a.broken.get_or_insert_with(|| why.to_string());
            return;
        }
        // Stores after the commit happen with it: none of them may exit
        // (`guard`).
        if a.commit.is_some() || a.broken.is_some() {
            return;
        }
        let (ticks, snap) = (std::mem::take(&mut a.ticks), a.snap);
        if ticks > 0 {
            let r = self.emit(Op::Ticks(ticks), Ty::Void);
            self.ir.ins[r.0 as usize].snap = Some(snap);
        }
        let at = Ref(self.ir.ins.len() as u32);
        self.atomic.as_mut().expect("inside an operator").commit = Some(at);
    }

    /// A call's tick: a guard of its own, or (inside an operator's
    /// special method) one more for the operator to count at its end.
    fn call_tick(&mut self) {
        let owed = std::mem::take(&mut self.owed_ticks);
        match self.atomic.as_mut() {
            Some(a) if a.commit.is_some() => {
                a.broken.get_or_insert_with(|| "a call after a store".to_string());
            }
            Some(a) => a.ticks += 1 + owed,
            None if owed > 0 => {
                self.guard(Op::Ticks(1 + owed), Ty::Void);
            }
            None => {
                self.guard(Op::Tick, Ty::Void);
            }
        }
    }

    fn guard_is(&mut self, r: Ref, obj: ObjRef) {
        if self.ir.op(r) != Op::KObj(obj.addr()) {
            self.guard(Op::GuardIs(r, obj.addr()), Ty::Void);
        }
    }

    fn call(&mut self, helper: Helper, raw: Vec<RawArg>, boxed: Vec<Ref>, ty: Ty) -> Ref {
        let n = self.ir.calls.len() as u32;
        self.ir.calls.push(CallArgs {
            helper,
            raw,
            boxed,
            raises: false,
        });
        self.guard(Op::Call(n), ty)
    }

    /// Where the items of list or tuple `c` (the object `o` now) are and
    /// how they are stored, with index `i` checked against its length
    /// (negative indices exit): plain loads of the fields `layout.rs`
    /// declares, guarded by the object's kind and, for a list, its storage.
    fn checked_items(&mut self, vm: &Vm, c: Ref, i: Ref, o: ObjRef) -> (Ref, Elem) {
        let (data, elem, len) = self.items_of(vm, c, o);
        self.guard(Op::BoundsCheck(i, len), Ty::Void);
        (data, elem)
    }

    /// Where the items of list or tuple `c` (the object `o` now) are, how
    /// they are stored, and how many there are: plain loads of the fields
    /// `layout.rs` declares, guarded by the object's kind and, for a list,
    /// its storage.
    fn items_of(&mut self, vm: &Vm, c: Ref, o: ObjRef) -> (Ref, Elem, Ref) {
        match vm.heap.get(o) {
            Obj::List(l) => {
                let storage = l.storage();
                self.guard(Op::GuardKind(c, Kind::List as u8), Ty::Void);
                self.guard(Op::GuardStorage(c, storage as u8), Ty::Void);
                let len = self.emit(Op::LoadField(c, layout::list::LEN), Ty::Int);
                let data = self.emit(Op::LoadField(c, layout::list::DATA), Ty::Int);
                let elem = match storage {
                    Storage::Int => Elem::Ints,
                    Storage::Float => Elem::Floats,
                    Storage::Bool => Elem::Bools,
                    // An empty list has no item to read: the length check
                    // exits first.
                    Storage::Object | Storage::Empty => Elem::Values,
                };
                (data, elem, len)
            }
            _ => {
                self.guard(Op::GuardKind(c, Kind::Tuple as u8), Ty::Void);
                let len = self.emit(Op::LoadFixed(c, layout::tuple::LEN), Ty::Int);
                (c, Elem::TupleItems, len)
            }
        }
    }

    /// The state to restore at `pc`: every slot the trace changed.
    fn snapshot(&mut self, pc: u32) -> u32 {
        let mut entries = Vec::new();
        for (slot, (r, m)) in self.slots.iter().zip(&self.modified).enumerate() {
            if let (Some(r), true) = (r, m) {
                entries.push((slot as u32, *r));
            }
        }
        let frames = self
            .frames
            .iter()
            .map(|f| SnapFrame {
                code: f.code,
                base: f.base,
                caller_pc: f.caller_pc,
                init: f.init,
                generator: f.generator,
            })
            .collect();
        let s = Snapshot {
            pc,
            height: self.height() as u32,
            code: self.code,
            entries,
            frames,
            fields: Vec::new(),
            redoes_operator: false,
        };
        self.ir.snaps.push(s);
        (self.ir.snaps.len() - 1) as u32
    }

    /// Takes the closing snapshot at the loop header, without the locals
    /// no path from the header reads before writing (`liveness.rs`): the
    /// loop need not carry them around its back edge (no PHI, no tuple
    /// made) nor write them back when it leaves at the header, where the
    /// interpreter will write them before reading.
    ///
    /// A virtual tuple that lives across the back edge is made here, at the
    /// end of the iteration, so the next one (or the linked trace) finds a
    /// real object in its slot.
    fn finish(&mut self, vm: &Vm, pc: usize) -> Rec<()> {
        self.cur_pc = pc as u32;
        let code = &vm.code(self.code).code;
        let nlocals = code.locals.names.len();
        let live = rumba_vm::liveness::live_locals(code)[pc].clone();
        let is_live = |slot: usize| slot >= nlocals || live.contains(slot);
        for slot in 0..self.slots.len() {
            if let (Some(r), true) = (self.slots[slot], self.modified[slot]) {
                if is_live(slot) {
                    self.real(r)?;
                }
            }
        }
        let s = self.snapshot(pc as u32);
        self.ir.snaps[s as usize]
            .entries
            .retain(|&(slot, _)| is_live(slot as usize));
        self.snap_here = Some(s);
        Ok(())
    }

    /// Whether the trace's closing snapshot (the loop header it goes back
    /// or on to) holds a virtual tuple: a value that lives across the back
    /// edge must be a real one. An exit makes the tuples its snapshot holds
    /// (`exit::materialize`).
    pub fn check_snapshots(&self) -> Rec<()> {
        // A handoff is an exit, which makes the tuples itself.
        let closing = self.ir.ins.last().filter(|i| i.op != Op::Handoff).and_then(|i| i.snap);
        if let Some(s) = closing {
            for (_, r) in &self.ir.snaps[s as usize].entries {
                self.no_tuple(*r)?;
            }
        }
        Ok(())
    }

    fn constant(&mut self, v: Value) -> Rec<Ref> {
        Ok(match v {
            Value::Int(i) => self.emit(Op::KInt(i), Ty::Int),
            Value::Float(f) => self.emit(Op::KFloat(f.to_bits()), Ty::Float),
            Value::Bool(b) => self.emit(Op::KBool(b), Ty::Bool),
            Value::None => self.emit(Op::KNil, Ty::Nil),
            Value::Obj(o) => self.emit(Op::KObj(o.addr()), Ty::Obj),
            Value::Undef => return Err(Abort::Inconsistent("unbound constant")),
        })
    }

    fn as_float(&mut self, r: Ref) -> Ref {
        match self.ir.ty(r) {
            Ty::Int => match self.ir.op(r) {
                Op::KInt(i) => self.emit(Op::KFloat((i as f64).to_bits()), Ty::Float),
                _ => self.emit(Op::IToF(r), Ty::Float),
            },
            _ => r,
        }
    }

    /// A comparison's bool; int against float compares exactly, so the
    /// int must convert without rounding (else the trace exits).
    /// `va` and `vb` are the operands' values now.
    fn compare(&mut self, vm: &mut Vm, cmp: Cmp, a: Ref, b: Ref, va: Value, vb: Value) -> Rec<Ref> {
        Ok(match (self.ir.ty(a), self.ir.ty(b)) {
            (Ty::Int, Ty::Int) => self.emit(Op::ICmp(cmp, a, b), Ty::Bool),
            (Ty::Float, Ty::Float) => self.emit(Op::FCmp(cmp, a, b), Ty::Bool),
            (Ty::Int, Ty::Float) => {
                let x = self.exact_float(a);
                self.emit(Op::FCmp(cmp, x, b), Ty::Bool)
            }
            (Ty::Float, Ty::Int) => {
                let y = self.exact_float(b);
                self.emit(Op::FCmp(cmp, a, y), Ty::Bool)
            }
            (Ty::Bool, Ty::Bool) if matches!(cmp, Cmp::Eq | Cmp::Ne) => self.emit(Op::ICmp(cmp, a, b), Ty::Bool),
            (Ty::Nil, Ty::Nil) if matches!(cmp, Cmp::Eq | Cmp::Ne) => self.emit(Op::KBool(cmp == Cmp::Eq), Ty::Bool),
            // None is never equal to a number (their types are guarded).
            (Ty::Nil, Ty::Int | Ty::Float | Ty::Bool) | (Ty::Int | Ty::Float | Ty::Bool, Ty::Nil)
                if matches!(cmp, Cmp::Eq | Cmp::Ne) =>
            {
                self.emit(Op::KBool(cmp == Cmp::Ne), Ty::Bool)
            }
            // A one-character ASCII str is one shared object: anything equal
            // to it is it, so `ch == "x"` compares addresses once one side
            // is known (guarded) to be that object.
            (Ty::Obj, Ty::Obj) if matches!(cmp, Cmp::Eq | Cmp::Ne) => {
                // A constant side needs no guard; guarding the other side
                // would pin it to the one character it held while recording.
                let is_constant = |r: Ref| matches!(self.ir.op(r), Op::KObj(_));
                let sides = if is_constant(b) && !is_constant(a) {
                    [(b, vb), (a, va)]
                } else {
                    [(a, va), (b, vb)]
                };
                let pinned =
                    (sides.into_iter()).find_map(|(r, v)| v.as_obj().filter(|o| shared_char(vm, *o)).map(|o| (r, o)));
                match pinned {
                    Some((r, o)) => {
                        self.guard_is(r, o);
                        self.emit(Op::ICmp(cmp, a, b), Ty::Bool)
                    }
                    None => self.compare_objects(vm, cmp, a, b, va, vb)?,
                }
            }
            (Ty::Obj, Ty::Obj) => self.compare_objects(vm, cmp, a, b, va, vb)?,
            // A number against a big int: an i64 or a bool is never equal
            // to one (a big int holds only values outside i64), but a float
            // may be, and the order needs the digits: the interpreter's own
            // comparison, called, with the object's kind guarded.
            (Ty::Int | Ty::Float | Ty::Bool, Ty::Obj) | (Ty::Obj, Ty::Int | Ty::Float | Ty::Bool)
                if is_big_int(vm, va) || is_big_int(vm, vb) =>
            {
                let big = if self.ir.ty(a) == Ty::Obj { a } else { b };
                self.guard(Op::GuardKind(big, Kind::BigInt as u8), Ty::Void);
                let raw = vec![RawArg::Imm(cmp as u64)];
                self.call(Helper::Compare, raw, vec![a, b], Ty::Bool)
            }
            // A number or None is never equal to a str, a list, ... (an
            // instance may say otherwise: its kind is guarded out).
            (Ty::Int | Ty::Float | Ty::Bool | Ty::Nil, Ty::Obj)
            | (Ty::Obj, Ty::Int | Ty::Float | Ty::Bool | Ty::Nil)
                if matches!(cmp, Cmp::Eq | Cmp::Ne) =>
            {
                let (r, v) = if self.ir.ty(a) == Ty::Obj { (a, va) } else { (b, vb) };
                let kind = v.as_obj().map(|o| vm.heap.kind(o));
                match kind {
                    Some(kind) if kind != Kind::Instance && !matches!(self.ir.op(r), Op::VTuple(_)) => {
                        self.guard(Op::GuardKind(r, kind as u8), Ty::Void);
                        self.emit(Op::KBool(cmp == Cmp::Ne), Ty::Bool)
                    }
                    Some(Kind::Instance) => self.identity_compare(vm, cmp, a, b, va, vb)?,
                    _ => return Err(Abort::nyi_on(format!("`{}`", cmp.symbol()), both_types(vm, va, vb))),
                }
            }
            _ => return Err(Abort::nyi_on(format!("`{}`", cmp.symbol()), both_types(vm, va, vb))),
        })
    }

    /// A comparison of two objects that are no instances (strs, tuples,
    /// lists...): their kinds are guarded, which keeps script methods out,
    /// and the interpreter's own comparison is called.
    fn compare_objects(&mut self, vm: &mut Vm, cmp: Cmp, a: Ref, b: Ref, va: Value, vb: Value) -> Rec<Ref> {
        let kinds = (
            va.as_obj().map(|o| vm.heap.kind(o)),
            vb.as_obj().map(|o| vm.heap.kind(o)),
        );
        let (Some(ka), Some(kb)) = kinds else {
            return Err(Abort::nyi(format!("ref {} ref", cmp.symbol())));
        };
        if ka == Kind::Instance || kb == Kind::Instance {
            return self.identity_compare(vm, cmp, a, b, va, vb);
        }
        if let Some(r) = self.compare_tuple_items(vm, cmp, a, b, va, vb)? {
            return Ok(r);
        }
        if one_byte_str(vm, va) && one_byte_str(vm, vb) {
            // Two one-byte (ASCII) strs, `"a" <= c <= "z"`: their bytes
            // compare as the characters do, loaded once their kinds and
            // lengths are guarded.
            let mut bytes = [a, b];
            for r in &mut bytes {
                *r = self.one_byte_of(*r);
            }
            return Ok(self.emit(Op::ICmp(cmp, bytes[0], bytes[1]), Ty::Bool));
        }
        let (a, b) = (self.real(a)?, self.real(b)?);
        self.guard(Op::GuardKind(a, ka as u8), Ty::Void);
        self.guard(Op::GuardKind(b, kb as u8), Ty::Void);
        let raw = vec![RawArg::Imm(cmp as u64)];
        Ok(self.call(Helper::Compare, raw, vec![a, b], Ty::Bool))
    }

    /// `(x, y) == pair`: `==` or `!=` of a tuple the trace keeps virtual
    /// and a tuple of as many items, item by item, so the virtual one is
    /// never made. Each item's comparison is guarded to come out as it did
    /// while recording (the first unequal pair decides, as in CPython); a
    /// different outcome exits, and a side trace takes that path. Only for
    /// items whose `==` runs no script code and agrees with the tuple's
    /// identity-first test (no floats: a NaN is equal to itself there);
    /// None otherwise, and the tuple is made.
    fn compare_tuple_items(&mut self, vm: &mut Vm, cmp: Cmp, a: Ref, b: Ref, va: Value, vb: Value) -> Rec<Option<Ref>> {
        let virtual_side = [a, b].map(|r| matches!(self.ir.op(r), Op::VTuple(_)));
        if !matches!(cmp, Cmp::Eq | Cmp::Ne) || virtual_side == [false, false] {
            return Ok(None);
        }
        let items = |v: Value| {
            let o = v.as_obj().filter(|&o| vm.heap.kind(o) == Kind::Tuple)?;
            Some(vm.heap.seq_items(o)?.to_vec())
        };
        let (Some(xs), Some(ys)) = (items(va), items(vb)) else {
            return Ok(None);
        };
        let plain = |v: &Value| match v {
            Value::Float(_) | Value::Undef => false,
            Value::Obj(o) => vm.heap.kind(*o) != Kind::Instance,
            _ => true,
        };
        // An int against a bool (`1 == True`) has no comparison in traces.
        let comparable = |(x, y): (&Value, &Value)| {
            !matches!(
                (x, y),
                (Value::Int(_), Value::Bool(_)) | (Value::Bool(_), Value::Int(_))
            )
        };
        if xs.len() != ys.len() || !xs.iter().chain(&ys).all(plain) || !xs.iter().zip(&ys).all(comparable) {
            return Ok(None);
        }
        // A real tuple's length is guarded once, its items loaded only as
        // far as the comparison reads them.
        let mut sides = [None, None];
        for (side, r, v) in [(0, a, va), (1, b, vb)] {
            if let (false, Some(o)) = (virtual_side[side], v.as_obj()) {
                let (data, elem, len) = self.items_of(vm, r, o);
                self.guard_int_is(len, xs.len() as i64);
                sides[side] = Some((data, elem));
            }
        }
        for (k, (&vx, &vy)) in xs.iter().zip(&ys).enumerate() {
            let [x, y] = [(0, a, vx), (1, b, vy)].map(|(side, r, v)| match (sides[side], self.ir.op(r)) {
                (Some((data, elem)), _) => {
                    let k = self.emit(Op::KInt(k as i64), Ty::Int);
                    self.guard(Op::LoadElem(data, k, elem), ty_of(v).expect("a plain item"))
                }
                (None, Op::VTuple(t)) => self.ir.tuples[t as usize][k],
                (None, _) => unreachable!("a tuple is virtual or loaded"),
            });
            let same = self.compare(vm, Cmp::Eq, x, y, vx, vy)?;
            let equal = vm
                .eq(vx, vy)
                .map_err(|_| Abort::nyi("an item comparison that raises"))?;
            self.guard(Op::Guard(same, equal), Ty::Void);
            if !equal {
                return Ok(Some(self.emit(Op::KBool(cmp == Cmp::Ne), Ty::Bool)));
            }
        }
        Ok(Some(self.emit(Op::KBool(cmp == Cmp::Eq), Ty::Bool)))
    }

    /// `==` or `!=` with an instance whose class (nor the other side's)
    /// defines neither: identity, under guards on the instances' classes
    /// and the versions of their MROs.
    fn identity_compare(&mut self, vm: &mut Vm, cmp: Cmp, a: Ref, b: Ref, va: Value, vb: Value) -> Rec<Ref> {
        let Some(RichPlan::Identity(classes)) = vm.rich_compare_for_jit(cmp, va, vb) else {
            return Err(Abort::nyi(format!("{} of instances", cmp.symbol())));
        };
        self.guard_operands(vm, &[(a, va), (b, vb)])?;
        self.guard_versions(&classes);
        Ok(match (self.ir.ty(a), self.ir.ty(b)) {
            (Ty::Obj, Ty::Obj) => self.emit(Op::ICmp(cmp, a, b), Ty::Bool),
            // A number or None is never the same object as an instance.
            _ => self.emit(Op::KBool(cmp == Cmp::Ne), Ty::Bool),
        })
    }

    /// `a < b`, `a == b`, ... with an instance whose class defines the
    /// special method as a plain function: followed as an operator's (see
    /// `Atomic`), its value the comparison's, or (`jump`) the truth that
    /// decides a fused compare-and-jump. `!=` through `__eq__` takes the
    /// opposite of its truth. None when no method runs.
    #[allow(clippy::too_many_arguments)]
    fn rich_call(
        &mut self,
        vm: &mut Vm,
        cmp: Cmp,
        a: Ref,
        b: Ref,
        jump: Option<AfterTruth>,
        depth: usize,
        next: usize,
    ) -> Rec<Option<Step>> {
        let (va, vb) = (self.actual(vm, 1), self.actual(vm, 0));
        if !is_instance(vm, va) && !is_instance(vm, vb) {
            return Ok(None);
        }
        let Some(RichPlan::Method {
            func,
            reflected,
            negated,
            classes,
        }) = vm.rich_compare_for_jit(cmp, va, vb)
        else {
            return Ok(None);
        };
        let (a, b) = (self.real(a)?, self.real(b)?);
        self.guard_operands(vm, &[(a, va), (b, vb)])?;
        self.guard_versions(&classes);
        let (x, y) = if reflected { (b, a) } else { (a, b) };
        let step = self.enter_operator(vm, func, &[x, y], Entered::Operator(2), depth, next)?;
        // `==` (and `!=` through `__eq__`) or `!=`: a `NotImplemented` is
        // answered by identity when the other side has no method to try.
        let fallback = match (cmp, negated) {
            (Cmp::Eq, _) | (Cmp::Ne, true) => Some((Cmp::Eq, Special::Eq)),
            (Cmp::Ne, false) => Some((Cmp::Ne, Special::Ne)),
            _ => None,
        };
        if let Some((fcmp, other)) = fallback {
            if reflected || !vm.defines_special_for_jit(vb, other) {
                if let Some(f) = self.frames.last_mut() {
                    f.identity_after = Some(IdentityFallback {
                        cmp: fcmp,
                        operands: (a, b),
                        same: va.is(vb),
                    });
                }
            }
        }
        let then = match (jump, negated) {
            (None, false) => return Ok(Some(step)),
            (None, true) => AfterTruth::Not,
            (Some(AfterTruth::Jump { target, jump_if, keeps }), negated) => AfterTruth::Jump {
                target,
                jump_if: jump_if != negated,
                keeps,
            },
            (Some(AfterTruth::Not), _) => unreachable!("comparisons jump or make a value"),
        };
        self.truth_after_call(TruthUse {
            then,
            bool_method: false,
        })?;
        Ok(Some(step))
    }

    /// A jump or `not` on the truth of an instance whose class decides it
    /// by a `__bool__` or `__len__` that is a plain function: the method is
    /// followed as an operator's (see `Atomic`), the instance left below
    /// it, and the instruction finishes when it returns (`TruthUse`). None
    /// when no such method runs.
    fn truth_call(&mut self, vm: &mut Vm, a: Ref, then: AfterTruth, depth: usize, next: usize) -> Rec<Option<Step>> {
        let x = self.actual(vm, 0);
        if self.ir.ty(a) != Ty::Obj || !is_instance(vm, x) {
            return Ok(None);
        }
        let Some((func, by_length, classes)) = vm.truth_method_for_jit(x) else {
            return Ok(None);
        };
        let Some(Obj::Instance(i)) = x.as_obj().map(|o| vm.heap.get(o)) else {
            unreachable!("truth_method_for_jit takes instances")
        };
        let a = self.real(a)?;
        self.guard_class(a, i.class);
        self.guard_versions(&classes);
        // A jump keeps its operand on the stack while the method runs;
        // `not` pops it first.
        let below = match then {
            AfterTruth::Jump { .. } => 1,
            AfterTruth::Not => {
                self.snap_now();
                self.pop(1);
                0
            }
        };
        let step = self.enter_operator(vm, func, &[a], Entered::Operator(below), depth, next)?;
        self.truth_after_call(TruthUse {
            then,
            bool_method: !by_length,
        })?;
        if let Some(f) = self.frames.last_mut() {
            f.length = by_length;
        }
        Ok(Some(step))
    }

    /// Marks the special method just entered as deciding `truth`.
    fn truth_after_call(&mut self, truth: TruthUse) -> Rec<()> {
        match self.frames.last_mut() {
            Some(f) if f.operator.is_some() && f.truth_for.is_none() => {
                f.truth_for = Some(truth);
                Ok(())
            }
            _ => Err(Abort::nyi("a special method deciding a truth that is not inlined")),
        }
    }

    /// Guards what each operand is: an instance's class, another object's
    /// kind (numbers and None are typed already).
    fn guard_operands(&mut self, vm: &Vm, operands: &[(Ref, Value)]) -> Rec<()> {
        for &(r, v) in operands {
            if let Some(o) = v.as_obj() {
                if matches!(self.ir.op(r), Op::VTuple(_)) {
                    return Err(Abort::nyi("a virtual tuple compared with an instance"));
                }
                match vm.heap.get(o) {
                    Obj::Instance(i) => self.guard_class(r, i.class),
                    _ => {
                        self.guard(Op::GuardKind(r, vm.heap.kind(o) as u8), Ty::Void);
                    }
                }
            }
        }
        Ok(())
    }

    fn exact_float(&mut self, r: Ref) -> Ref {
        match self.ir.op(r) {
            Op::KInt(i) if i.unsigned_abs() <= 1 << 53 => self.emit(Op::KFloat((i as f64).to_bits()), Ty::Float),
            _ => self.guard(Op::IToFExact(r), Ty::Float),
        }
    }

    /// Guards a comparison's outcome as the interpreter will find it, and
    /// returns that outcome. The operands are the top two stack values.
    fn branch_on(&mut self, vm: &Vm, c: Ref, cmp: Cmp, ka: usize, kb: usize) -> Rec<bool> {
        let holds = self.outcome(vm, cmp, ka, kb)?;
        match self.ir.op(c) {
            Op::KBool(b) if b == holds => {}
            Op::KBool(_) => return Err(Abort::Inconsistent("constant comparison disagrees")),
            _ => {
                self.guard(Op::Guard(c, holds), Ty::Void);
            }
        }
        Ok(holds)
    }

    /// A comparison's outcome as the interpreter will find it, for the
    /// values `ka` and `kb` deep in the stack.
    fn outcome(&mut self, vm: &Vm, cmp: Cmp, ka: usize, kb: usize) -> Rec<bool> {
        Ok(match (self.actual(vm, ka), self.actual(vm, kb)) {
            (Value::Int(x), Value::Int(y)) => cmp.holds(Some(x.cmp(&y))),
            (Value::Float(x), Value::Float(y)) => cmp.holds(x.partial_cmp(&y)),
            (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= 1 << 53 => cmp.holds((x as f64).partial_cmp(&y)),
            (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= 1 << 53 => cmp.holds(x.partial_cmp(&(y as f64))),
            (Value::Bool(x), Value::Bool(y)) => cmp.holds(Some(x.cmp(&y))),
            (Value::None, Value::None) => cmp == Cmp::Eq,
            // No instances (`compare` took them out): the interpreter's
            // own comparison, which calls no script code. Containers tick
            // per item: the interpreter's comparison counts those ticks,
            // this look ahead must not count them too.
            (a, b) if !is_instance(vm, a) && !is_instance(vm, b) => {
                let ticks = vm.ticks.get();
                let holds = vm.compare_plain(cmp, a, b);
                vm.ticks.set(ticks);
                holds.map_err(|_| Abort::nyi("a comparison that raises"))?
            }
            // With an instance: `compare` only allowed identity.
            (a, b) if matches!(cmp, Cmp::Eq | Cmp::Ne) => a.is(b) == (cmp == Cmp::Eq),
            _ => return Err(Abort::nyi("comparing these values")),
        })
    }

    /// The truth of a value as a bool IR value.
    /// The truth of `a`, the value on top of the stack: of a number by
    /// its value, of a list, tuple or str by its length, of an object
    /// that has no length (an instance of a class without `__bool__` or
    /// `__len__`, a function, a class, a big int...) always true.
    fn truth(&mut self, vm: &mut Vm, a: Ref) -> Rec<Ref> {
        Ok(match self.ir.ty(a) {
            Ty::Bool => a,
            Ty::Int => self.emit(Op::IntTruth(a), Ty::Bool),
            Ty::Float => self.emit(Op::FloatTruth(a), Ty::Bool),
            Ty::Nil => self.emit(Op::KBool(false), Ty::Bool),
            Ty::Obj => {
                let Value::Obj(o) = self.actual(vm, 0) else {
                    return Err(Abort::nyi("truth of this value"));
                };
                let a = self.real(a)?;
                let kind = vm.heap.kind(o);
                let length = match kind {
                    Kind::List => Some(layout::list::LEN),
                    Kind::Tuple => Some(layout::tuple::LEN),
                    Kind::Str => Some(layout::str::LEN),
                    // Empty ones are false (`{}`, `set()`, `b''`, an empty
                    // range or view): their length, by `len` itself.
                    Kind::Dict | Kind::Range | Kind::DictView | Kind::Set | Kind::Bytes => {
                        let len = vm.builtin_for_jit("len").ok_or(Abort::nyi("truth without len()"))?;
                        self.guard(Op::GuardKind(a, kind as u8), Ty::Void);
                        let f = self.emit(Op::KObj(len.addr()), Ty::Obj);
                        let raw = vec![RawArg::Val(f), RawArg::Imm(1), RawArg::Imm(Ty::Int.tag())];
                        let n = self.call(Helper::CallNative, raw, vec![a], Ty::Int);
                        return Ok(self.emit(Op::IntTruth(n), Ty::Bool));
                    }
                    // Zero ones are false (`0j`), and a big range's length
                    // may be no int.
                    Kind::Complex | Kind::BigRange => {
                        return Err(Abort::nyi_on("truth", words::a(vm.type_name(Value::Obj(o)))));
                    }
                    Kind::Instance => {
                        let class = match vm.heap.get(o) {
                            Obj::Instance(i) => i.class,
                            _ => unreachable!("an instance"),
                        };
                        let Some(classes) = vm.always_true_for_jit(class) else {
                            let n = self.native_length(vm, a)?;
                            return Ok(self.emit(Op::IntTruth(n), Ty::Bool));
                        };
                        self.guard_class(a, class);
                        self.guard_versions(&classes);
                        None
                    }
                    _ => {
                        self.guard(Op::GuardKind(a, kind as u8), Ty::Void);
                        None
                    }
                };
                match length {
                    Some(field) => {
                        self.guard(Op::GuardKind(a, kind as u8), Ty::Void);
                        let n = self.emit(Op::LoadField(a, field), Ty::Int);
                        self.emit(Op::IntTruth(n), Ty::Bool)
                    }
                    None => self.emit(Op::KBool(true), Ty::Bool),
                }
            }
            _ => return Err(Abort::nyi_on("truth", words::a(vm.type_name(self.actual(vm, 0))))),
        })
    }

    /// The length of instance `x` (the value on top of the stack) by its
    /// class's native `__len__` (a `deque`, an `array`), called under
    /// guards on the class and its versions; a result that is no int
    /// fails the call, and the interpreter redoes the operation.
    fn native_length(&mut self, vm: &mut Vm, x: Ref) -> Rec<Ref> {
        let v = self.actual(vm, 0);
        let Some((func, classes)) = vm.native_length_for_jit(v) else {
            return Err(Abort::nyi(
                "the length or truth of an instance with a script __bool__ or __len__",
            ));
        };
        let Some(Obj::Instance(i)) = v.as_obj().map(|o| vm.heap.get(o)) else {
            unreachable!("native_length_for_jit takes instances")
        };
        self.guard_class(x, i.class);
        self.guard_versions(&classes);
        let f = self.emit(Op::KObj(func.addr()), Ty::Obj);
        let raw = vec![RawArg::Val(f), RawArg::Imm(1), RawArg::Imm(Ty::Int.tag())];
        Ok(self.call(Helper::CallNative, raw, vec![x], Ty::Int))
    }

    /// The truth of the value on top of the stack, as the interpreter
    /// will find it (`truth` guarded how it is computed: an instance whose
    /// class has a native `__len__`, a `deque`, is true when not empty).
    fn truth_of_actual(&self, vm: &mut Vm) -> Rec<bool> {
        Ok(match self.actual(vm, 0) {
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::None => false,
            v @ Value::Obj(_) => match vm.native_length_for_jit(v) {
                Some((len, _)) => match crate::exit::predict_native(vm, len, &[v], None) {
                    Some(Value::Int(n)) => n != 0,
                    _ => return Err(Abort::nyi("the truth of an instance whose length is no int")),
                },
                None => vm.truthy(v),
            },
            _ => return Err(Abort::nyi("truth of this value")),
        })
    }

    /// The instruction being recorded is not compiled for the two
    /// operands on top of the stack (their types named as Python does).
    fn nyi_types(&self, vm: &Vm) -> Abort {
        Abort::nyi_operands(both_types(vm, self.actual(vm, 1), self.actual(vm, 0)))
    }
}

/// Built-ins that make an iterator from their arguments and change nothing
/// else (they allocate it: `Helper::CallNative`'s effect).
const ITERATOR_NATIVES: &[&str] = &["iter", "reversed"];

/// The iterator types, called as the iterator makers above are.
const ITERATOR_TYPES: &[TypeKind] = &[TypeKind::Enumerate, TypeKind::Zip, TypeKind::Map, TypeKind::Filter];

/// A callable a `map` the trace steps may call: a pure built-in, a
/// built-in type (`int`, `float`, `str`, ...), whose conversions of an
/// instance need the script and are refused in compiled code, or a str
/// method taken from the type (`str.upper`), which changes nothing and
/// raises for anything but a str.
fn pure_callable(vm: &Vm, f: ObjRef) -> bool {
    match vm.heap.get(f) {
        Obj::Native(n) => PURE_NATIVES.contains(&n.name),
        Obj::Type(_) => true,
        Obj::BoundMethod(m) => {
            matches!(
                m.receiver.as_obj().map(|t| vm.heap.get(t)),
                Some(Obj::Type(TypeKind::Str))
            )
        }
        _ => false,
    }
}

/// Built-ins that compute a value from their arguments (numbers, lengths,
/// new strs and lists) and change nothing else, so a trace may call them
/// and the recorder may run them ahead of time to learn the result's type.
/// None calls back into a script without keyword arguments; with them
/// (`key=`) the recorder's run ahead finds out, as compiled code refuses
/// the callback.
const PURE_NATIVES: &[&str] = &[
    "callable",
    "repr",
    "ord",
    "chr",
    "round",
    "divmod",
    "sorted",
    "sum",
    "hash",
    "id",
    "any",
    "all",
    "isinstance",
    "bin",
    "hex",
    "oct",
    "abs",
    "min",
    "max",
    "len",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "exp",
    "log",
    "log2",
    "log10",
    "floor",
    "ceil",
    "trunc",
    "fabs",
    "hypot",
    "isnan",
    "isinf",
    "isfinite",
    "copysign",
    "sinh",
    "cosh",
    "tanh",
    "degrees",
    "radians",
    "gcd",
    "lcm",
    "isqrt",
    "factorial",
    "comb",
    "perm",
    "fmod",
    "remainder",
    "expm1",
    "log1p",
    "erf",
    "erfc",
    "gamma",
    "lgamma",
    "ldexp",
    "frexp",
    "modf",
    "cbrt",
    "exp2",
    "isclose",
    "fsum",
    "prod",
    // `re`'s searches of a subject, its substitution of a str template
    // and its compiler: data in, new objects out (the module's Python
    // code calls a callable `repl` itself).
    "_native_sub",
    "_native_compile",
    "_native_findall",
    "_native_split",
    "_native_scan",
    "bisect_left",
    "bisect_right",
    "bisect",
    // A new copy of its argument (a script's `__deepcopy__` it would need
    // is refused in compiled code, and the interpreter redoes the call).
    "deepcopy",
];

/// Types whose call only makes a new value from its arguments.
const PURE_TYPES: &[TypeKind] = &[
    TypeKind::Int,
    TypeKind::Float,
    TypeKind::Range,
    TypeKind::Str,
    TypeKind::Bool,
    TypeKind::Tuple,
    TypeKind::List,
    TypeKind::Bytes,
    TypeKind::ByteArray,
    TypeKind::Complex,
    TypeKind::Dict,
    TypeKind::Set,
    TypeKind::FrozenSet,
];

/// Built-ins that change what they are given, called from traces once
/// each (`Helper::CallNativeOnce`). Each asks for the script (an item's
/// `__lt__`) before it changes anything, or undoes its change when compiled
/// code refuses the script (`heapq`'s sifts), so the interpreter may redo
/// a refused call whole.
const ONCE_NATIVES: &[&str] = &["heappush", "heappop", "heapreplace", "heappushpop", "heapify"];

/// Which part `.name` of complex `v` reads: 0 for `real`, 1 for `imag`;
/// None for another name or value.
fn complex_part(vm: &Vm, v: Value, name: ObjRef) -> Option<u8> {
    if !matches!(v, Value::Obj(o) if vm.heap.kind(o) == Kind::Complex) {
        return None;
    }
    match vm.heap.str_obj(name)?.as_str() {
        "real" => Some(0),
        "imag" => Some(1),
        _ => None,
    }
}

/// Kinds whose every value has the same attributes, for good: no type
/// of them takes new ones, and one kind is one type.
fn fixed_attributes(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Range | Kind::BigInt | Kind::Complex
    )
}

/// Whether every object of this kind has the same type (an iterator or a
/// type-hint object is one of several): its kind guarded, `type()` and
/// `isinstance()` are decided.
fn single_type(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Str
            | Kind::List
            | Kind::Tuple
            | Kind::Dict
            | Kind::Range
            | Kind::Function
            | Kind::Module
            | Kind::BigInt
            | Kind::Complex
    )
}

/// Whether `v` is a str of one byte (one ASCII character).
fn one_byte_str(vm: &Vm, v: Value) -> bool {
    v.as_obj()
        .and_then(|o| vm.heap.str_obj(o))
        .is_some_and(|s| s.as_str().len() == 1)
}

/// The receiver a super object holds.
fn super_receiver(vm: &Vm, sup: Value) -> Value {
    match sup.as_obj().map(|o| vm.heap.get(o)) {
        Some(Obj::Super(s)) => s.receiver,
        _ => Value::None,
    }
}

fn is_big_int(vm: &Vm, v: Value) -> bool {
    v.as_obj().is_some_and(|o| vm.heap.kind(o) == Kind::BigInt)
}

fn is_instance(vm: &Vm, v: Value) -> bool {
    v.as_obj().is_some_and(|o| vm.heap.kind(o) == Kind::Instance)
}

/// The Python types of two operands, as an abort names them.
fn both_types(vm: &Vm, a: Value, b: Value) -> String {
    format!("{} and {}", words::a(vm.type_name(a)), words::a(vm.type_name(b)))
}

fn ty_of(v: Value) -> Rec<Ty> {
    Ok(match v {
        Value::Int(_) => Ty::Int,
        Value::Float(_) => Ty::Float,
        Value::Bool(_) => Ty::Bool,
        Value::None => Ty::Nil,
        Value::Obj(_) => Ty::Obj,
        Value::Undef => return Err(Abort::Raises(Raise::UnboundValue)),
    })
}

/// The helper that calls method `name` of `receiver`'s type from a trace,
/// by what the method may do: None for methods a trace does not call (one
/// that changes its object and returns a value could not be redone by the
/// interpreter after a failed type check).
/// Whether `receiver.name` is a built-in type's method.
/// Whether an object of this kind has its built-in type's methods and no
/// others (no subclass, no attributes of its own): its kind and a
/// method's name decide the method, which traces guard instead of the
/// object (`d.get` taken or called as a value).
fn methods_by_kind(kind: Kind) -> bool {
    matches!(kind, Kind::Dict | Kind::List | Kind::Str | Kind::Set | Kind::Tuple)
}

fn has_native_method(vm: &Vm, receiver: Value, name: ObjRef) -> bool {
    vm.heap
        .str_obj(name)
        .is_some_and(|s| vm.method_for_jit(receiver, s.as_str()).is_some())
}

fn method_helper(vm: &Vm, receiver: Value, name: ObjRef) -> Option<Helper> {
    let name = vm.heap.str_obj(name)?.as_str();
    vm.method_for_jit(receiver, name)?;
    let kind = match receiver {
        Value::Obj(o) => vm.heap.kind(o),
        _ => return Some(Helper::CallMethodPure),
    };
    let bytearray = matches!(receiver.as_obj().map(|o| vm.heap.get(o)), Some(Obj::Bytes(b)) if b.mutable);
    let bytearray_write = bytearray && matches!(name, "append" | "extend" | "insert" | "remove" | "reverse" | "clear");
    let reads_only = match kind {
        Kind::Str => true,
        // A bytearray's `pop` changes it and returns an int.
        Kind::Bytes => !bytearray_write && name != "pop",
        Kind::Dict => matches!(name, "get" | "keys" | "values" | "items" | "copy"),
        Kind::List => matches!(name, "index" | "count" | "copy"),
        Kind::Tuple => true,
        _ => false,
    };
    if reads_only {
        return Some(Helper::CallMethodPure);
    }
    // Effects, and a result whose type the call decides: run once.
    let once = match kind {
        Kind::Dict => matches!(name, "setdefault" | "pop" | "popitem" | "update" | "clear"),
        Kind::Set => name == "pop",
        _ => false,
    };
    if once {
        return Some(Helper::CallMethodOnce);
    }
    if kind == Kind::Set {
        return match name {
            "copy"
            | "union"
            | "intersection"
            | "difference"
            | "symmetric_difference"
            | "issubset"
            | "issuperset"
            | "isdisjoint" => Some(Helper::CallMethodPure),
            "add" | "discard" | "remove" | "clear" | "update" | "difference_update" | "intersection_update" => {
                Some(Helper::CallMethodSetWrite)
            }
            // `pop` changes the set and returns an item, and a failure part
            // way through `symmetric_difference_update` could not be redone.
            _ => None,
        };
    }
    let list_write =
        kind == Kind::List && matches!(name, "insert" | "extend" | "remove" | "reverse" | "sort" | "clear");
    (list_write || bytearray_write).then_some(Helper::CallMethodListWrite)
}

/// Whether an object is one of the shared one-character ASCII strs.
fn shared_char(vm: &Vm, o: ObjRef) -> bool {
    vm.heap.ascii_table().contains(&o)
}

/// `d` if it is a positive power of two.
fn power_of_two(d: Option<i64>) -> Option<i64> {
    d.filter(|&d| d > 0 && d & (d - 1) == 0)
}

fn seq_item(items: rumba_vm::object::Items, k: i64) -> Option<Value> {
    let n = items.len() as i64;
    let i = if k < 0 { k + n } else { k };
    (0..n).contains(&i).then(|| items.get(i as usize))
}

/// The type of what a pure built-in returns, for those whose result has
/// one type whatever their arguments: no need to run them ahead of the
/// interpreter (which would do their work, and make their garbage, twice).
fn fixed_result(name: &str) -> Option<Ty> {
    match name {
        "repr" | "chr" | "bin" | "hex" | "oct" | "sorted" | "divmod" => Some(Ty::Obj),
        "ord" | "hash" | "len" => Some(Ty::Int),
        "any" | "all" | "isinstance" => Some(Ty::Bool),
        _ => None,
    }
}

/// Runs a pure built-in now, on the values the interpreter is about to
/// pass it, to learn the type of its result.
fn predict_native(vm: &mut Vm, callee: ObjRef, args: &[Value], names: Option<ObjRef>) -> Rec<Value> {
    crate::exit::predict_native(vm, callee, args, names).ok_or(Abort::Raises(Raise::BuiltinRaises))
}

/// Kinds of value a trace pins by identity where it reads them from a
/// global: what the program calls or looks names up in.
fn is_pinned_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Function | Kind::Module | Kind::Native | Kind::Type | Kind::Typing | Kind::Class
    )
}
