//! Every IR operation, declared once (after LuaJIT's `IRDEF` table).
//!
//! A row of `ir_ops!` names an operation and states all that the passes
//! know of it: its operands (`ref` ones are IR values, with the type each
//! must have; `imm` ones are immediates kept in the instruction), its
//! effect, the type of its result, its name in dumps, and whether it can
//! exit (`guard`: it needs a snapshot). From the table come the `Op` enum,
//! `is_guard`, `effect` and `is_pure`, `operands`/`map_operands`, `name`
//! and the verifier's type rules (`operand_wants`, `yields`). Adding an
//! operation is one row here plus, where it has work to do, its arm in the
//! backend (whose `match` on `Op` is exhaustive, so it cannot be missed).

use super::{Cmp, Elem, Ref, Ty};

/// What an operation does besides computing its result: what the
/// optimizer may do with it (CSE merges, DCE drops) follows from this
/// and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpEffect {
    /// Its result follows from its operands (and from facts of objects
    /// that never change: a kind, a function's code, a fixed field).
    /// Merged with an equal earlier one; dropped when unused.
    Pure,
    /// Reads global slots: merged with an equal earlier one while no
    /// global store lies between.
    ReadsGlobals,
    /// Reads a list's length, storage or buffer, or an instance's shape:
    /// merged while no call that may change lists (`Helper::effect`) lies
    /// between.
    ReadsLists,
    /// Reads memory the trace itself changes as it runs (stack slots,
    /// iterator positions, items, counters): never merged or dropped.
    ReadsState,
    /// Writes a global slot.
    WritesGlobals,
    /// Writes an object's field or item, or moves an iterator.
    Writes,
    /// Changes what `ReadsLists` reads (an instance's shape): such reads
    /// are not merged across it, nor taken as the same each iteration.
    WritesLists,
    /// Calls a runtime function, whose effect its `Helper` declares.
    Calls,
    /// Loop structure, ticks, frame moves and trace ends: stays where
    /// the recorder put it.
    Control,
}

/// The type an operand must have (the verifier's rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    Any,
    Int,
    Float,
    Bool,
    Obj,
    /// An int, a bool or a reference (bitwise operations and `is`
    /// compare references as words).
    IntOrRef,
    /// The type of the first operand.
    First,
    /// The base of an item access: the object itself for items stored
    /// inline (a tuple's, a str's bytes), else its buffer's address (an
    /// int); `Elem` says which.
    Items,
}

/// The type of an operation's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Yields {
    /// Always this type (`Ty::Void`: no value).
    Fixed(Ty),
    /// Whatever the recorder found (a load's, a call's).
    Recorded,
    /// The type of the first operand.
    First,
}

/// What the table says of one operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpInfo {
    /// The name dumps show.
    pub name: &'static str,
    pub effect: OpEffect,
    /// Whether it can exit (and so needs a snapshot).
    pub guard: bool,
    /// The type each `ref` operand must have, in order.
    pub wants: &'static [Want],
    pub yields: Yields,
}

/// `ref Int` becomes a `Ref` field, `imm u32` a `u32` one.
macro_rules! op_field {
    (ref $want:ident) => {
        Ref
    };
    (imm $imm:ty) => {
        $imm
    };
}

/// Applies `f` to a `ref` field; an immediate stays.
macro_rules! op_map_field {
    ($f:ident, $field:ident, ref $want:ident) => {
        *$field = $f(*$field)
    };
    ($f:ident, $field:ident, imm $imm:ty) => {
        let _ = $field;
    };
}

macro_rules! op_visit_field {
    ($f:ident, $field:ident, ref $want:ident) => {
        $f(*$field)
    };
    ($f:ident, $field:ident, imm $imm:ty) => {
        let _ = $field;
    };
}

macro_rules! op_yields {
    (Recorded) => {
        Yields::Recorded
    };
    (First) => {
        Yields::First
    };
    ($ty:ident) => {
        Yields::Fixed(Ty::$ty)
    };
}

macro_rules! op_guard {
    () => {
        false
    };
    (guard) => {
        true
    };
}

macro_rules! ir_ops {
    ($(
        $(#[$doc:meta])*
        $name:ident $( ( $( $field:ident : $( ref $want:ident )? $( imm $imm:ty )? ),* ) )?
            => $mnemonic:literal, $effect:ident, $yields:ident $(, $guard:ident)? ;
    )*) => {
        /// An IR operation with its operands (see the table in `ir/ops.rs`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $(
                $(#[$doc])*
                $name $( ( $( op_field!($( ref $want )? $( imm $imm )?) ),* ) )?,
            )*
        }

        impl Op {
            /// The table's row for this operation.
            #[inline]
            pub fn info(&self) -> &'static OpInfo {
                match self {
                    $(
                        Op::$name { .. } => &OpInfo {
                            name: $mnemonic,
                            effect: OpEffect::$effect,
                            guard: op_guard!($($guard)?),
                            wants: &[ $( $( $( Want::$want, )? )* )? ],
                            yields: op_yields!($yields),
                        },
                    )*
                }
            }

            /// Calls `f` on each operand ref (helper call arguments are in
            /// the call table), in order.
            #[inline]
            pub fn for_each_operand(&self, mut f: impl FnMut(Ref)) {
                match self {
                    $(
                        Op::$name $( ( $( $field ),* ) )? => {
                            $( $( op_visit_field!(f, $field, $( ref $want )? $( imm $imm )?); )* )?
                        }
                    )*
                }
            }

            /// Rewrites operand refs through `f`, in the order
            /// `for_each_operand` visits them.
            #[inline]
            pub fn map_operands(&mut self, mut f: impl FnMut(Ref) -> Ref) {
                match self {
                    $(
                        Op::$name $( ( $( $field ),* ) )? => {
                            $( $( op_map_field!(f, $field, $( ref $want )? $( imm $imm )?); )* )?
                        }
                    )*
                }
            }
        }
    };
}

ir_ops! {
    /// Int constant.
    KInt(v: imm i64) => "KINT", Pure, Int;
    /// Float constant, by bits (so -0.0 and NaN payloads stay exact).
    KFloat(bits: imm u64) => "KFLOAT", Pure, Float;
    /// Bool constant.
    KBool(b: imm bool) => "KBOOL", Pure, Bool;
    /// An object, by address (kept alive by the trace's roots).
    KObj(addr: imm u64) => "KOBJ", Pure, Obj;
    /// None.
    KNil => "KNIL", Pure, Nil;
    /// An unbound local (a callee's locals before assignment).
    KUndef => "KUNDEF", Pure, Undef;
    /// Load stack slot n (relative to the root frame's base), guarding
    /// its tag against the instruction's type.
    SLoad(slot: imm u32) => "SLOAD", ReadsState, Recorded, guard;
    /// Load stack slot n without checking its tag: an item of a virtual
    /// tuple a parent trace's exit stub wrote there with this very type.
    SLoadItem(slot: imm u32) => "SITEM", ReadsState, Recorded;
    /// Load global slot n, guarding its tag.
    GLoad(global: imm u32) => "GLOAD", ReadsGlobals, Recorded, guard;
    /// Guard global slot n holds exactly object `r` (an address).
    GuardGlobalIs(global: imm u32, addr: imm u64) => "GIS", ReadsGlobals, Void, guard;
    /// Guard global slot n is unbound (the built-in of that name is used).
    GuardGlobalUnbound(global: imm u32) => "GUNBOUND", ReadsGlobals, Void, guard;
    /// Store into global slot n.
    GStore(global: imm u32, v: ref Any) => "GSTORE", WritesGlobals, Void;
    /// a + b of ints: guard no overflow (so does `SubOv`, `MulOv`,
    /// `NegOv`).
    AddOv(a: ref IntOrRef, b: ref First) => "ADDOV", Pure, Int, guard;
    SubOv(a: ref IntOrRef, b: ref First) => "SUBOV", Pure, Int, guard;
    MulOv(a: ref IntOrRef, b: ref First) => "MULOV", Pure, Int, guard;
    NegOv(a: ref Int) => "NEGOV", Pure, Int, guard;
    /// abs() of an int: guard a != i64::MIN.
    AbsOv(a: ref Int) => "ABSOV", Pure, Int, guard;
    /// Python floor division / modulo of ints: guard divisor != 0 and no
    /// overflow (i64::MIN // -1).
    FloorDiv(a: ref IntOrRef, b: ref First) => "FLOORDIV", Pure, Int, guard;
    Mod(a: ref IntOrRef, b: ref First) => "MOD", Pure, Int, guard;
    /// Bitwise and, or, xor, not of ints (never overflow).
    BAnd(a: ref IntOrRef, b: ref First) => "BAND", Pure, Int;
    BOr(a: ref IntOrRef, b: ref First) => "BOR", Pure, Int;
    BXor(a: ref IntOrRef, b: ref First) => "BXOR", Pure, Int;
    /// a >> b: guard b >= 0.
    Shr(a: ref IntOrRef, b: ref First) => "SHR", Pure, Int, guard;
    BNot(a: ref Int) => "BNOT", Pure, Int;
    /// Float arithmetic, IEEE as CPython's.
    FAdd(a: ref Float, b: ref Float) => "FADD", Pure, Float;
    FSub(a: ref Float, b: ref Float) => "FSUB", Pure, Float;
    FMul(a: ref Float, b: ref Float) => "FMUL", Pure, Float;
    /// a / b: guard b != 0.
    FDiv(a: ref Float, b: ref Float) => "FDIV", Pure, Float, guard;
    FNeg(a: ref Float) => "FNEG", Pure, Float;
    FAbs(a: ref Float) => "FABS", Pure, Float;
    /// sqrt: guard a >= 0 (NaN exits too; the interpreter handles it).
    FSqrt(a: ref Float) => "FSQRT", Pure, Float, guard;
    /// `a ** b` of floats by the C library's `pow`, as CPython computes it,
    /// called directly; guarded that the result is finite. Whenever `pow`
    /// gives a finite result, it is the interpreter's (`numeric::float_pow`):
    /// a negative base with an integral power included (`(v - mean) ** 2`);
    /// the rest (errors, complex results, overflow, a NaN) the interpreter
    /// redoes.
    FPow(a: ref Float, b: ref Float) => "FPOW", Pure, Float, guard;
    /// int -> float, rounding (arithmetic mixing int and float).
    IToF(a: ref Int) => "ITOF", Pure, Float;
    /// int -> float, guarding |a| <= 2**53 (exact, for comparisons).
    IToFExact(a: ref Int) => "ITOFX", Pure, Float, guard;
    /// Comparison of ints (bools, references by identity), of floats.
    ICmp(cmp: imm Cmp, a: ref IntOrRef, b: ref First) => "ICMP", Pure, Bool;
    FCmp(cmp: imm Cmp, a: ref Float, b: ref Float) => "FCMP", Pure, Bool;
    /// Exit unless the bool equals the flag.
    Guard(cond: ref Bool, flag: imm bool) => "GUARD", Pure, Void, guard;
    /// Exit unless the reference is object r (an address).
    GuardIs(r: ref Obj, addr: imm u64) => "GUARDIS", Pure, Void, guard;
    /// Exit unless the object is of this `Kind` (its header's first byte).
    GuardKind(r: ref Obj, kind: imm u8) => "GKIND", Pure, Void, guard;
    /// Exit unless the list's storage (its header's flags byte) is this.
    GuardStorage(r: ref Obj, storage: imm u8) => "GSTORAGE", ReadsLists, Void, guard;
    /// Exit unless the object's shape (its header's u32 at
    /// `header::SHAPE`) is this: an instance's attribute layout, which a
    /// new attribute changes (`Helper::GrowInstance`).
    GuardShape(r: ref Obj, shape: imm u32) => "GSHAPE", ReadsLists, Void, guard;
    /// Exit unless the str is all ASCII (one byte per character).
    GuardAscii(r: ref Obj) => "GASCII", Pure, Void, guard;
    /// Exit unless the function object runs this code (a function made
    /// afresh each time round, like a comprehension's, is the same code).
    GuardCode(r: ref Obj, code: imm u32) => "GCODE", Pure, Void, guard;
    /// The 8-byte field at this offset of an object (`layout.rs`): a
    /// length, an item buffer's address.
    LoadField(r: ref Obj, off: imm i32) => "FLOAD", ReadsLists, Recorded;
    /// As `LoadField`, for a field no trace changes (an instance's class,
    /// a class's version, which only the interpreter moves): merged and
    /// hoisted out of loops whatever the trace calls.
    LoadFixed(r: ref Obj, off: imm i32) => "XLOAD", Pure, Recorded;
    /// The float at this offset of an object no trace changes (a
    /// complex's parts): merged and hoisted as `LoadFixed`.
    LoadFloatField(r: ref Obj, off: imm i32) => "FFLOAD", Pure, Float;
    /// bool of int (a != 0), bool of float (a != 0.0), not of bool.
    IntTruth(a: ref Int) => "ITRUTH", Pure, Bool;
    FloatTruth(a: ref Float) => "FTRUTH", Pure, Bool;
    Not(a: ref Bool) => "NOT", Pure, Bool;
    /// Call helper (args in `IrBuf::calls[n]`); guard its ok word.
    Call(n: imm u32) => "CALL", Calls, Recorded, guard;
    /// A range iterator object's next int, guarded that it has one. The
    /// iterator moves on only at `RangeAdvance`, once every guard of the
    /// step passed (an exit leaves it where the interpreter expects it).
    RangeNext(it: ref Obj) => "RANGENEXT", ReadsState, Int, guard;
    /// Moves a range iterator object past the value `RangeNext` read.
    RangeAdvance(it: ref Obj) => "RANGEADV", Writes, Void;
    /// A range loop's count of values left, kept in a register
    /// (`opt::induction`), guarded positive: the loop has another value.
    RangeLeft(left: ref Int) => "RANGELEFT", ReadsState, Void, guard;
    /// A list or tuple loop's position kept in a register
    /// (`opt::induction`), guarded below the length: another item.
    SeqLeft(at: ref Int, len: ref Int) => "SEQLEFT", ReadsState, Void, guard;
    /// Integer addition that wraps, as a range iterator's position does
    /// past its last value (loop control only: never a Python `+`).
    AddWrap(a: ref Int, b: ref Int) => "ADDW", Pure, Int;
    /// An 8-byte field that changes as the trace runs (an enumerate's
    /// count): never merged with another load or hoisted.
    LoadMutField(r: ref Obj, off: imm i32) => "FLOADM", ReadsState, Recorded;
    /// Writes operand 1 into the 8-byte field at this offset.
    StoreField(r: ref Obj, off: imm i32, v: ref Any) => "FSTORE", Writes, Void;
    /// Sets an instance's shape (its header's u32 at `header::SHAPE`):
    /// the last step of adding an attribute in place.
    SetShape(r: ref Obj, shape: imm u32) => "SSHAPE", WritesLists, Void;
    /// The position of a list or tuple iterator (operand 0) whose sequence
    /// has the length in operand 1, guarded to be below it: where the next
    /// item is read from.
    SeqNext(it: ref Obj, len: ref Int) => "SEQNEXT", ReadsState, Int, guard;
    /// Moves a list or tuple iterator past position operand 1, once the
    /// item there was read (its guards passed): an exit before this leaves
    /// the iterator where the interpreter expects it.
    SeqAdvance(it: ref Obj, at: ref Int) => "SEQADV", Writes, Void;
    /// Guard 0 <= index < length.
    BoundsCheck(index: ref Int, len: ref Int) => "BOUNDS", Pure, Void, guard;
    /// Item `index` of the items at address `data` stored as `Elem`
    /// (for 16-byte values, guarding the item's tag).
    LoadElem(data: ref Items, index: ref Int, elem: imm Elem) => "ALOAD", ReadsState, Recorded, guard;
    /// Item `index` of the items at address `data` = value.
    StoreElem(data: ref Items, index: ref Int, v: ref Any, elem: imm Elem) => "ASTORE", Writes, Void;
    /// `list.append(v)` (a comprehension's too): stored in place when the
    /// list's storage holds v's type and its buffer has room, else through
    /// the runtime's append (which grows the buffer or changes the
    /// storage); exits only if that fails (the heap limit).
    ListAppend(list: ref Obj, v: ref Any) => "APPEND", WritesLists, Void, guard;
    /// Count a tick (an inlined call or a loop header passed through):
    /// exit if the budget is spent, an interrupt is pending or a collection
    /// is due.
    Tick => "TICK", Control, Void, guard;
    /// Where a peeled loop body's tick was: the loop head counted it
    /// ahead with its own (`opt::ticks`). No code; an exit before it gives
    /// the tick back, as the interpreter has not reached it.
    PaidTick => "TICKPAID", Control, Void;
    /// Count n ticks at once (the calls an operator's special method made,
    /// which an exit inside it redoes whole): exit, none counted, unless
    /// the budget has room for all n and no interrupt is pending.
    Ticks(n: imm u32) => "TICKS", Control, Void, guard;
    /// Keep the tick count now, where an operator whose special method the
    /// trace runs inline begins: an exit that redoes the operator goes
    /// back to it (`Ctx::operator_ticks`).
    MarkTicks => "MARKTICKS", Control, Void;
    /// First in a side trace of an exit that redoes an operator: the tick
    /// count goes back to the one `MarkTicks` kept, as the exit to the
    /// interpreter would have set it.
    RewindTicks => "REWINDTICKS", Control, Void;
    /// A tuple that exists only in the recorder (index into tuples);
    /// never reaches the backend.
    VTuple(t: imm u32) => "VTUPLE", Pure, Obj;
    /// After loop peeling: the end of the first (peeled) iteration and
    /// the head of the loop body. Ticks (its snapshot: the loop header
    /// after the first iteration).
    LoopStart => "LOOP", Control, Void, guard;
    /// After loop peeling: slot value `a` at the loop head takes `b`'s
    /// value when the body loops.
    Phi(a: ref Any, b: ref First) => "PHI", Control, First;
    /// End of a root trace: tick and loop (unpeeled: write back the
    /// snapshot first and loop to the start; peeled: move the PHIs and
    /// loop to `LoopStart`). The snapshot is the loop header's state.
    LoopBack => "LOOPBACK", Control, Void, guard;
    /// End of a trace that continues in trace n: write back, jump.
    Link(trace: imm u32) => "LINK", Control, Void, guard;
    /// End of a trace at a call of a function that has a trace at its
    /// entry (call table entry n: the callee's code, the caller's return
    /// pc, the callee's slot and the argument count), or that the trace
    /// itself is recording (`SELF_TRACE`: recursion): writes back the
    /// snapshot, pushes the callee's frame (exiting before the call if
    /// the recursion limit is near), moves the frame pointer to it and
    /// jumps to that trace's start.
    CallEntry(n: imm u32, trace: imm u32) => "CALLENTRY", Control, Void, guard;
    /// The frame pointer moves to the value's address (the caller's frame
    /// after a return the trace made, `Helper::LeaveCall`): slot numbers
    /// from here on count from there.
    SetBase(frame: ref Any) => "SETBASE", Control, Void;
    /// End of a trace that leaves the rest to the interpreter: an exit
    /// taken every time (at a loop header inside an inlined call, whose
    /// trace needs the call's frame to exist; at a return from the
    /// trace's own frame). Never grows a side trace.
    Handoff => "HANDOFF", Control, Void, guard;
}

impl Op {
    /// Whether the instruction can exit (needs a snapshot).
    #[inline]
    pub fn is_guard(&self) -> bool {
        self.info().guard
    }

    #[inline]
    pub fn effect(&self) -> OpEffect {
        self.info().effect
    }

    /// Whether the instruction only computes its result (no effect other
    /// than possibly exiting): such instructions may be merged or dropped.
    #[inline]
    pub fn is_pure(&self) -> bool {
        self.effect() == OpEffect::Pure
    }

    /// The name dumps show.
    pub fn name(&self) -> &'static str {
        self.info().name
    }

    /// Operand refs (helper call arguments are in the call table), in
    /// the order `map_operands` visits them.
    pub fn operands(&self) -> smallvec::SmallVec<[Ref; 3]> {
        let mut out = smallvec::SmallVec::new();
        self.for_each_operand(|r| out.push(r));
        out
    }

    pub fn is_const(&self) -> bool {
        matches!(
            self,
            Op::KInt(_) | Op::KFloat(_) | Op::KBool(_) | Op::KObj(_) | Op::KNil | Op::KUndef
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Cmp;

    /// Each fact the table declares, read back for a few operations.
    #[test]
    fn the_table_gives_each_fact() {
        let (a, b, c) = (Ref(1), Ref(2), Ref(3));
        let add = Op::AddOv(a, b);
        assert_eq!(add.name(), "ADDOV");
        assert!(add.is_guard() && add.is_pure());
        assert_eq!(add.info().wants, &[Want::IntOrRef, Want::First]);
        assert_eq!(add.info().yields, Yields::Fixed(Ty::Int));
        assert_eq!(add.operands().as_slice(), &[a, b]);

        let store = Op::StoreElem(a, b, c, Elem::Ints);
        assert_eq!(store.name(), "ASTORE");
        assert!(!store.is_guard() && !store.is_pure());
        assert_eq!(store.effect(), OpEffect::Writes);
        assert_eq!(store.info().wants, &[Want::Items, Want::Int, Want::Any]);
        assert_eq!(store.operands().as_slice(), &[a, b, c]);

        // Immediates are no operands: only the refs are renumbered.
        let mut cmp = Op::ICmp(Cmp::Lt, a, b);
        cmp.map_operands(|r| Ref(r.0 + 10));
        assert_eq!(cmp, Op::ICmp(Cmp::Lt, Ref(11), Ref(12)));
        assert_eq!(cmp.info().yields, Yields::Fixed(Ty::Bool));

        let load = Op::GLoad(4);
        assert!(load.is_guard() && !load.is_pure());
        assert_eq!(load.effect(), OpEffect::ReadsGlobals);
        assert!(load.operands().is_empty());
        assert_eq!(load.info().yields, Yields::Recorded);

        assert_eq!(Op::LoopBack.effect(), OpEffect::Control);
        assert!(Op::LoopBack.is_guard());
        assert_eq!(Op::Phi(a, b).info().yields, Yields::First);
        assert_eq!(Op::KNil.info().yields, Yields::Fixed(Ty::Nil));
    }

    /// Every `ref` operand has its type rule, whatever the operation.
    #[test]
    fn every_ref_operand_has_a_type_rule() {
        let r = Ref(0);
        let ops = [
            Op::GStore(0, r),
            Op::StoreField(r, 8, r),
            Op::LoadElem(r, r, Elem::Values),
            Op::StoreElem(r, r, r, Elem::Values),
            Op::SeqNext(r, r),
            Op::Phi(r, r),
            Op::SetBase(r),
            Op::Guard(r, true),
            Op::FCmp(Cmp::Eq, r, r),
        ];
        for op in ops {
            assert_eq!(op.operands().len(), op.info().wants.len(), "{op:?}");
        }
    }
}
