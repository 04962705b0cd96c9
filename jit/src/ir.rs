//! The trace IR: linear SSA, typed, one instruction per `Ref`, with a
//! snapshot on every guard.
//!
//! A trace is one path through a loop body. Values are typed (int, float,
//! bool, heap reference, None); every assumption the recorder made about a
//! type or a branch is a guard whose snapshot says how to rebuild the
//! interpreter's state if it fails. Helper calls (list access, built-ins)
//! keep their arguments in a side table so `Op` stays `Copy`.

use std::fmt;

use rumba_vm::bytecode::CodeId;
use rumba_vm::value::tag;

mod ops;
pub use ops::{Op, OpEffect, OpInfo, Want, Yields};

/// An IR value: the index of the instruction that defines it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref(pub u32);

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    /// A heap reference (u32 slot index).
    Obj,
    /// The value None.
    Nil,
    /// An unbound local (callee locals not yet assigned).
    Undef,
    /// No value (guards, stores).
    Void,
}

impl Ty {
    /// The `Value` tag word of this type.
    pub fn tag(self) -> u64 {
        match self {
            Ty::Undef | Ty::Void => tag::UNDEF,
            Ty::Nil => tag::NONE,
            Ty::Bool => tag::BOOL,
            Ty::Int => tag::INT,
            Ty::Float => tag::FLOAT,
            Ty::Obj => tag::OBJ,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "flt",
            Ty::Bool => "bool",
            Ty::Obj => "ref",
            Ty::Nil => "nil",
            Ty::Undef => "undef",
            Ty::Void => "",
        }
    }
    /// Held in an XMM register rather than a general one.
    pub fn is_float(self) -> bool {
        self == Ty::Float
    }
}

/// The comparison an `ICmp`/`FCmp` makes: the interpreter's own
/// `CompareKind` (one definition of what `<` and friends mean, NaN
/// included, for the VM and the JIT).
pub use rumba_vm::bytecode::CompareKind as Cmp;

/// Runtime functions a trace calls (exit.rs defines them). Each returns
/// `(ok, bits)`: ok = 0 fails the call's guard, before any side effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Helper {
    /// (seq, index, expected tag) -> item of a list or tuple (any index).
    SeqGet,
    /// (list, index) with the value in arg slot 0: `list[index] = value`.
    ListSet,
    /// () with the list and an iterable in arg slots 0 and 1: the
    /// iterable's items appended (`LIST_EXTEND`).
    ListExtend,
    /// (range/list/tuple iterator) -> ok when it has nothing left (as the
    /// interpreter leaves it after finding so).
    IterDone,
    /// () with the three bounds in arg slots 0-2 -> a new slice object.
    NewSlice,
    /// () with a bytearray, an index and a value in arg slots 0-2:
    /// `ba[index] = value` (checks before it changes anything).
    ByteArraySet,
    /// (iterator, expected tag) -> its next item, for an iterator whose
    /// steps run no script code (`Vm::steps_without_script`); stepped
    /// once: an outcome the trace cannot use is stashed for the
    /// interpreter's redo (`Vm::stash_iter_step`).
    IterStepOnce,
    /// (map iterator, its function, expected tag) -> its next item: an
    /// `IterStepOnce` of a `map` of a pure built-in over a built-in
    /// iterator (`Vm::map_step_for_jit`); fails, doing nothing, for
    /// another map.
    MapStepOnce,
    /// (iterator) -> ok: the end a parent trace's `IterStepOnce` or
    /// `MapStepOnce` found and stashed, taken by a side trace that leaves
    /// the loop (`Vm::take_iter_end_for_jit`).
    TakeIterEnd,
    /// (generator) -> ok: its inlined step returned, so it is done.
    GenFinish,
    /// (callee, nargs, expected tag) with args in arg slots -> result.
    CallNative,
    /// (a, b) float bits -> a % b.
    FloatMod,
    /// (a, b) float bits -> a // b.
    FloatFloorDiv,
    /// (a, b) -> a ** b for ints (int result only).
    IntPow,
    /// (a, b) -> a << b.
    IntShl,
    /// (a, b) -> a / b for ints.
    IntTrueDiv,
    /// (iterable) -> iterator reference.
    GetIter,
    /// (start, stop, step) -> a new iterator over that range.
    RangeIter,
    /// (cell, expected tag) -> the value in a closure cell.
    CellGet,
    /// (cell) with the value in arg slot 0: store into a closure cell.
    CellSet,
    /// (opcode, its argument, expected tag) with the operands in arg slots
    /// 0 and 1: a binary operator on values the trace has no instruction
    /// for, computed by the interpreter's own slow path.
    Binary,
    /// As `Binary`, for `+=` and `*=`, which extend a list in place.
    BinaryInPlace,
    /// () with the needle and the container in arg slots 0 and 1 -> bool:
    /// `needle in container`.
    Contains,
    /// (expected tag) with the container and index in arg slots 0 and 1:
    /// `container[index]` for a dict, str or range.
    GetItem,
    /// () with the dict, key and value in arg slots 0, 1 and 2.
    DictSet,
    /// (method, nargs, expected tag) with the receiver and arguments in the
    /// arg slots: a built-in type's method that changes nothing.
    CallMethodPure,
    /// As `CallMethodPure`, for a list or bytearray method that changes
    /// its receiver and returns None.
    CallMethodListWrite,
    /// As `CallMethodPure`, for a set method that changes its set (and no
    /// list) and returns None; redoing it after a failure part way
    /// changes nothing more (`add`, `update`, `discard`...).
    CallMethodSetWrite,
    /// As `CallMethodPure`, for a method with effects whose result's type
    /// varies (`d.setdefault(k, [])`, `d.pop(k)`): it runs once, and an
    /// outcome the trace cannot go on with (another type, an error) waits
    /// for the interpreter's redo at the exit, as `CallNativeOnce`'s does.
    CallMethodOnce,
    /// (expected tag) with the container and the slice's lower, upper and
    /// step in arg slots 0-3: `container[lower:upper:step]`.
    Slice,
    /// (conversion) with the value and the format spec in arg slots 0 and
    /// 1: an f-string field, a new str.
    FormatValue,
    /// (n) with n strs in the arg slots: their concatenation.
    BuildString,
    /// () with two strs in arg slots 0 and 1: `a + b` as the interpreter
    /// computes it (an empty operand gives the other back, the same object).
    ConcatStrs,
    /// (dict iterator, expected tag, expected view) -> the key of the
    /// entry its next step returns, the iterator unmoved (fails at the end
    /// or on a change of the dict's size, for the interpreter to end the
    /// loop or raise, and on an iterator of another view).
    DictIterKey,
    /// As `DictIterKey`, for the entry's value.
    DictIterValue,
    /// (dict, set or bytes iterator) moves it past that entry or byte.
    DictIterAdvance,
    /// (bytes iterator) -> the int of the byte its next step gives (fails
    /// when it has none, for the interpreter to end the loop).
    BytesIterByte,
    /// (code, child) with the defaults and cells in the arg slots: a new
    /// function (`MAKE_FUNCTION`).
    MakeFunction,
    /// () with a value in arg slot 0: a new closure cell holding it, a
    /// cell variable of a frame the trace inlines (made as the
    /// interpreter's call makes it).
    NewCell,
    BindMethod,
    /// (n) with n values in the arg slots: a new list of them.
    NewList,
    NewTuple,
    /// () with two floats in arg slots 0 and 1: a new complex of those
    /// parts (the result of arithmetic a trace does on the parts).
    NewComplex,
    /// () with a complex's two parts (floats) in arg slots 0 and 1 -> its
    /// `abs` (fails on overflow, for the interpreter to raise).
    ComplexAbs,
    /// (list) -> a new tuple of its items (`LIST_TO_TUPLE`, the end of
    /// `(*items,)`).
    ListToTuple,
    /// As `CallNative`, for a built-in with an effect beyond its result
    /// (`print` writes the output); never run ahead by the recorder.
    CallNativeEffect,
    /// (host function, n, expected tag) with n values in the arg slots:
    /// a function the embedding host registered. Never run ahead; when its
    /// result is not of the expected type (or it raised), the outcome is
    /// kept for the interpreter, which redoes the call from the exit
    /// without calling the host again (`Vm::stash_host_outcome`).
    CallHost,
    /// As `CallHost`, for a built-in function bound to an object (a
    /// `Method` whose function is native: `random.random`), which may
    /// change that object and any list it is given (`random.shuffle`).
    CallNativeMethod,
    /// As `CallNativeMethod`, for a native function with effects called
    /// as it is: (native function, n, expected tag) with n arguments in
    /// the arg slots. A native class's method called on an instance
    /// (`d.popleft()` on a `deque`, the receiver first), or a module's
    /// function that changes what it is given (`heapq.heappush`).
    CallNativeOnce,
    /// (cache wrapper, n, expected tag) with n arguments in the arg
    /// slots: a call of a `functools.cache` function that finds its value
    /// in the cache (a hit, counted); a miss, or a value of another type,
    /// exits with nothing changed, and the interpreter makes the call.
    MemoHit,
    /// () with the container and index in arg slots 0 and 1: `del c[i]`.
    DelItem,
    /// () with the value, container, lower, upper and step in the arg
    /// slots: slice assignment.
    StoreSlice,
    /// (n) with the dict, key and value in arg slots 0-2: a dict display's
    /// or comprehension's insertion.
    DictInsert,
    /// () -> a new empty dict.
    NewDict,
    /// () -> a new empty set.
    NewSet,
    /// () with the set and the key in arg slots 0 and 1: a set display's
    /// or comprehension's addition.
    SetAdd,
    /// () with the set and an iterable in arg slots 0 and 1: `{*it}`.
    SetUpdate,
    /// (class) with the receiver in arg slot 0: `super()` in a method of
    /// that class.
    NewSuper,
    /// (comparison) with the operands in arg slots 0 and 1, neither an
    /// instance -> bool: `a < b`, `a == b`... of strs, tuples, lists.
    Compare,
    /// (class) -> a new instance of it with no attributes (`__init__` is
    /// inlined after it).
    NewInstance,
    /// (instance, shape) with the value in arg slot 0: adds an attribute,
    /// moving the instance to that shape (one name more than it has).
    GrowInstance,
    /// (code | caller pc << 32, callee slot | argc << 32 | flags, the
    /// frames of the calls inlined around the call, or 0) -> the new
    /// frame's first slot: makes those frames, then pushes one for the
    /// call (`Op::CallEntry` calls it; the backend adds the third).
    EnterCall,
    /// (pc, exception kind) -> the exception object: the frame the trace
    /// runs in catches the error the call before failed with (expected to
    /// fail, `CallArgs::raises`), as the interpreter's unwinding would
    /// (`Vm::catch_for_jit`); fails for any other error.
    Catch,
    /// (function, n) with n arguments in the arg slots -> a new generator:
    /// the call of a generator function, whose body runs only when the
    /// generator is stepped (`Vm::new_generator_for_jit`).
    NewGenerator,
    /// (n) with the subject in arg slot 0 -> bool: `MatchSequence n` for
    /// a subject whose `len()` runs no script code.
    MatchSequence,
    /// (n) with the subject in arg slot 0 -> bool: `MatchMapping n`, as
    /// `MatchSequence`.
    MatchMapping,
    /// (rest, expected tag) with the mapping and a tuple of keys in arg
    /// slots 0 and 1 -> a tuple of its values for them, or None
    /// (`MatchKeys`; the keys hash and compare without script code).
    MatchKeys,
    /// (positional count, expected tag) with the subject, the class and the
    /// tuple of attribute names in arg slots 0-2 -> a tuple of attributes,
    /// or None (`MatchClass`, of a subject whose attributes run no script
    /// code: `Vm::match_class_plan_for_jit`).
    MatchClass,
    /// (code, pc) -> the caller's first slot: a return. Pops the top frame
    /// if the frame below is `code`'s, waiting at `pc`, and the trace may
    /// return into it; fails (the guard) with nothing changed otherwise.
    LeaveCall,
}

/// `Op::CallEntry`'s target when the call recurses into the trace that
/// makes it (whose number is not known while it is recorded).
pub const SELF_TRACE: u32 = u32::MAX;

/// What a helper may do besides computing its result, declared once here:
/// the optimizer trusts this table and nothing else (no helper is judged
/// by its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Reads its arguments only.
    Pure,
    /// Reads objects; changes nothing.
    ReadsHeap,
    /// Changes an iterator's position or a cell's value; no list.
    WritesState,
    /// Makes objects (which may ask for a collection: objects never move,
    /// so no value the trace holds changes).
    Allocates,
    /// May change any list (its length, storage, items and buffer) or
    /// any instance's shape and slot buffer.
    WritesLists,
}

impl Helper {
    pub fn name(self) -> &'static str {
        self.info().0
    }

    pub fn effect(self) -> Effect {
        self.info().1
    }

    /// Each helper's dump name and effect: the one table of both.
    fn info(self) -> (&'static str, Effect) {
        use Effect::*;
        match self {
            Helper::SeqGet => ("seq_get", ReadsHeap),
            Helper::ListSet => ("list_set", WritesLists),
            Helper::ListExtend => ("list_extend", WritesLists),
            Helper::IterDone => ("iter_done", WritesState),
            Helper::GenFinish => ("gen_finish", WritesState),
            // Only built-ins that compute from numbers and lengths are
            // called from traces (`record.rs`, PURE_NATIVES); their
            // results may be new objects.
            Helper::CallNative => ("call_native", Allocates),
            Helper::FloatMod => ("float_mod", Pure),
            Helper::FloatFloorDiv => ("float_floordiv", Pure),
            Helper::IntPow => ("int_pow", Pure),
            Helper::IntShl => ("int_shl", Pure),
            Helper::IntTrueDiv => ("int_truediv", Pure),
            Helper::GetIter => ("get_iter", Allocates),
            Helper::RangeIter => ("range_iter", Allocates),
            Helper::CellGet => ("cell_get", ReadsHeap),
            Helper::CellSet => ("cell_set", WritesState),
            Helper::Binary => ("binary", Allocates),
            Helper::BinaryInPlace => ("binary_in_place", WritesLists),
            Helper::Contains => ("contains", ReadsHeap),
            Helper::GetItem => ("get_item", Allocates),
            Helper::DictSet => ("dict_set", WritesState),
            Helper::CallMethodPure => ("call_method", Allocates),
            Helper::CallMethodListWrite => ("call_list_method", WritesLists),
            Helper::CallMethodSetWrite => ("call_set_method", WritesState),
            // A dict's or set's table changes; a value it gives back may be
            // a list the trace holds (`d.pop(k)`), never changed.
            Helper::CallMethodOnce => ("call_method_once", WritesState),
            Helper::Slice => ("slice", Allocates),
            Helper::FormatValue => ("format_value", Allocates),
            Helper::BuildString => ("build_string", Allocates),
            Helper::ConcatStrs => ("concat_strs", Allocates),
            Helper::DictIterKey => ("dict_iter_key", ReadsHeap),
            Helper::DictIterValue => ("dict_iter_value", ReadsHeap),
            Helper::DictIterAdvance => ("table_iter_advance", WritesState),
            Helper::BytesIterByte => ("bytes_iter_byte", ReadsHeap),
            Helper::MakeFunction => ("make_function", Allocates),
            Helper::NewCell => ("new_cell", Allocates),
            Helper::BindMethod => ("bind_method", Allocates),
            Helper::NewList => ("new_list", Allocates),
            Helper::NewTuple => ("new_tuple", Allocates),
            Helper::NewComplex => ("new_complex", Allocates),
            Helper::ComplexAbs => ("complex_abs", Pure),
            Helper::IterStepOnce => ("iter_step_once", WritesState),
            Helper::MapStepOnce => ("map_step_once", WritesState),
            Helper::TakeIterEnd => ("take_iter_end", WritesState),
            Helper::ByteArraySet => ("bytearray_set", WritesState),
            Helper::NewSlice => ("new_slice", Allocates),
            Helper::ListToTuple => ("list_to_tuple", Allocates),
            Helper::NewGenerator => ("new_generator", Allocates),
            Helper::CallNativeEffect => ("call_native_effect", WritesLists),
            // Arguments go to the host as copies; the result is new.
            Helper::CallHost => ("call_host", Allocates),
            Helper::CallNativeMethod => ("call_native_method", WritesLists),
            Helper::CallNativeOnce => ("call_native_once", WritesLists),
            // The hit count is an item of the wrapper's state list.
            Helper::MemoHit => ("memo_hit", WritesLists),
            Helper::DelItem => ("del_item", WritesLists),
            Helper::StoreSlice => ("store_slice", WritesLists),
            Helper::DictInsert => ("dict_insert", WritesState),
            Helper::NewDict => ("new_dict", Allocates),
            Helper::NewSet => ("new_set", Allocates),
            // A set's table changes, never a list; an iterable is only
            // read (or, an iterator, stepped).
            Helper::SetAdd => ("set_add", WritesState),
            Helper::SetUpdate => ("set_update", WritesState),
            Helper::NewSuper => ("new_super", Allocates),
            Helper::Compare => ("compare", ReadsHeap),
            Helper::NewInstance => ("new_instance", Allocates),
            Helper::GrowInstance => ("grow_instance", WritesLists),
            // `len()` of a built-in kind or a native class: reads only.
            Helper::MatchSequence => ("match_sequence", ReadsHeap),
            Helper::MatchMapping => ("match_mapping", ReadsHeap),
            // New tuples (and a new dict for `**rest`); nothing changes.
            Helper::MatchKeys => ("match_keys", Allocates),
            Helper::MatchClass => ("match_class", Allocates),
            Helper::EnterCall => ("enter_call", WritesState),
            Helper::LeaveCall => ("leave_call", WritesState),
            // The exception object is new; the frame's pc is set where
            // the interpreter's would be.
            Helper::Catch => ("catch", WritesState),
        }
    }

    /// Whether a call may change a list's length, storage or buffer (so a
    /// list field loaded before it may not be reused after it).
    pub fn writes_lists(self) -> bool {
        self.effect() == Effect::WritesLists
    }
}

/// How the items at an address are stored, for element loads and stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Elem {
    /// 16-byte values in a list's buffer (object storage).
    Values,
    /// 16-byte values inline in a tuple, after its head.
    TupleItems,
    /// i64 (int storage).
    Ints,
    /// f64 (float storage).
    Floats,
    /// One byte each (bool storage).
    Bools,
    /// A str's UTF-8 bytes, inline after its head (read as ints).
    StrBytes,
    /// Object addresses, 8 bytes each (a table the runtime keeps).
    Refs,
}

impl Elem {
    pub fn name(self) -> &'static str {
        match self {
            Elem::Values => "val",
            Elem::TupleItems => "tup",
            Elem::Ints => "i64",
            Elem::Floats => "f64",
            Elem::Bools => "u8",
            Elem::StrBytes => "str",
            Elem::Refs => "ref",
        }
    }
}

/// A helper call's arguments: raw words (typed refs passed as bits) and
/// boxed values (written as `Value`s into the context's argument area).
#[derive(Clone, Debug, PartialEq)]
pub struct CallArgs {
    pub helper: Helper,
    pub raw: Vec<RawArg>,
    pub boxed: Vec<Ref>,
    /// The trace expects the call to fail (an exception it catches, a
    /// `Helper::Catch` after it): its guard exits when it succeeds, and
    /// it has no result.
    pub raises: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RawArg {
    Val(Ref),
    Imm(u64),
}

/// One IR instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ins {
    pub op: Op,
    pub ty: Ty,
    /// For guards: the snapshot to restore when the guard fails.
    pub snap: Option<u32>,
    /// Bytecode pc and source line the instruction came from (for dumps).
    pub pc: u32,
    pub line: u32,
}

/// An inlined call's frame in a snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapFrame {
    pub code: CodeId,
    /// Its base, as a slot number relative to the root frame's base.
    pub base: u32,
    /// Where its caller resumes (the instruction after the call).
    pub caller_pc: u32,
    /// An `__init__` run by calling a class (`Frame::init`).
    pub init: bool,
    /// A generator's step, made by the `for` in the frame below: an exit
    /// makes the generator the running one (`Vm::generator_frame_made_for_jit`).
    pub generator: bool,
}

/// How to rebuild the interpreter's state at an exit.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The pc the innermost frame resumes at (the guarding instruction,
    /// which the interpreter runs again).
    pub pc: u32,
    /// Stack height above the root frame's base.
    pub height: u32,
    /// The root frame's code (a trace that returns from its own frame
    /// continues in its caller's).
    pub code: rumba_vm::bytecode::CodeId,
    /// Slots whose value differs from what memory holds: (slot, value).
    pub entries: Vec<(u32, Ref)>,
    /// Inlined frames, outermost first (empty at the loop's own level).
    pub frames: Vec<SnapFrame>,
    /// Object fields compiled code keeps in registers: the exit writes
    /// them back (a range loop's position and count, `opt::induction`).
    pub fields: Vec<FieldWrite>,
    /// The state before an operator whose special method the trace runs
    /// inline (`record.rs`, `Atomic`): the interpreter redoes all of it.
    /// A built-in inside that ran out of budget is then redone too, from
    /// the ticks before the operator, and stops inside the method, where
    /// the interpreter's traceback names it.
    pub redoes_operator: bool,
}

/// An 8-byte field an exit writes: `val` (plus `plus`, wrapping, when
/// the value is one step behind) into `obj`'s field at byte `off`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldWrite {
    pub obj: Ref,
    pub off: i32,
    pub val: Ref,
    pub plus: Option<Ref>,
}

impl Snapshot {
    /// Every value the snapshot names: its slots' and its fields'.
    pub fn refs(&self) -> impl Iterator<Item = Ref> + '_ {
        let fields = self
            .fields
            .iter()
            .flat_map(|f| [Some(f.obj), Some(f.val), f.plus].into_iter().flatten());
        self.entries.iter().map(|e| e.1).chain(fields)
    }

    /// Rewrites every value the snapshot names through `f`.
    pub fn map_refs(&mut self, mut f: impl FnMut(Ref) -> Ref) {
        for e in &mut self.entries {
            e.1 = f(e.1);
        }
        for w in &mut self.fields {
            w.obj = f(w.obj);
            w.val = f(w.val);
            w.plus = w.plus.map(&mut f);
        }
    }
}

/// A trace's IR: instructions, snapshots, helper calls, virtual tuples.
#[derive(Clone, Debug, Default)]
pub struct IrBuf {
    pub ins: Vec<Ins>,
    pub snaps: Vec<Snapshot>,
    pub calls: Vec<CallArgs>,
    pub tuples: Vec<Vec<Ref>>,
}

impl IrBuf {
    /// Every code the trace names: its snapshots' frames, the codes its
    /// guards compare against, and those its calls make, enter or return
    /// to. The VM must not free them (and give their ids to other codes)
    /// while the trace exists.
    pub fn codes_named(&self) -> Vec<CodeId> {
        let mut codes: Vec<CodeId> = Vec::new();
        for snap in &self.snaps {
            codes.push(snap.code);
            codes.extend(snap.frames.iter().map(|f| f.code));
        }
        for ins in &self.ins {
            if let Op::GuardCode(_, code) = ins.op {
                codes.push(CodeId(code));
            }
        }
        for call in &self.calls {
            if let (Helper::MakeFunction | Helper::EnterCall | Helper::LeaveCall, Some(&RawArg::Imm(code))) =
                (call.helper, call.raw.first())
            {
                codes.push(CodeId(code as u32));
            }
        }
        codes.sort_by_key(|c| c.0);
        codes.dedup();
        codes
    }

    /// The addresses of the objects instructions from `from` on name:
    /// constants and the objects identity guards compare against. They
    /// must outlive the trace (another object made at a freed address
    /// would pass the guards).
    pub fn objects_named(&self, from: usize) -> impl Iterator<Item = u64> + '_ {
        self.ins[from.min(self.ins.len())..]
            .iter()
            .filter_map(|ins| match ins.op {
                Op::KObj(o) | Op::GuardIs(_, o) | Op::GuardGlobalIs(_, o) => Some(o),
                _ => None,
            })
    }

    pub fn ty(&self, r: Ref) -> Ty {
        self.ins[r.0 as usize].ty
    }
    pub fn op(&self, r: Ref) -> Op {
        self.ins[r.0 as usize].op
    }

    /// Whether any instruction of the trace may change a list's length,
    /// storage or buffer: without one, those fields are loop-invariant.
    pub fn writes_lists(&self) -> bool {
        self.ins.iter().any(|i| match i.op {
            Op::Call(n) => self.calls[n as usize].helper.writes_lists(),
            op => op.effect() == OpEffect::WritesLists,
        })
    }

    /// Every ref an instruction reads, helper arguments included.
    pub fn uses(&self, i: usize) -> smallvec::SmallVec<[Ref; 4]> {
        let mut out: smallvec::SmallVec<[Ref; 4]> = self.ins[i].op.operands().into_iter().collect();
        if let Op::Call(n) | Op::CallEntry(n, _) = self.ins[i].op {
            let c = &self.calls[n as usize];
            for a in &c.raw {
                if let RawArg::Val(r) = a {
                    out.push(*r);
                }
            }
            out.extend(c.boxed.iter().copied());
        }
        if let Op::VTuple(t) = self.ins[i].op {
            out.extend(self.tuples[t as usize].iter().copied());
        }
        out
    }

    /// Rewrites every ref (operands, call arguments, snapshots) via `map`.
    pub fn rewrite(&mut self, map: &[Ref]) {
        for ins in &mut self.ins {
            ins.op.map_operands(|r| map[r.0 as usize]);
        }
        for c in &mut self.calls {
            for a in &mut c.raw {
                if let RawArg::Val(r) = a {
                    *r = map[r.0 as usize];
                }
            }
            for r in &mut c.boxed {
                *r = map[r.0 as usize];
            }
        }
        for s in &mut self.snaps {
            for e in &mut s.entries {
                e.1 = map[e.1 .0 as usize];
            }
        }
    }

    /// Float constant value of a ref, if it is one.
    pub fn const_f(&self, r: Ref) -> Option<f64> {
        match self.op(r) {
            Op::KFloat(b) => Some(f64::from_bits(b)),
            _ => None,
        }
    }
    pub fn const_i(&self, r: Ref) -> Option<i64> {
        match self.op(r) {
            Op::KInt(v) => Some(v),
            _ => None,
        }
    }
}
