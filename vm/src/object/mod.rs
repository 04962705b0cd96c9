//! The kinds of heap object a `Value::Obj` can refer to, and their layouts.
//!
//! Every object starts with a [`Header`] and lives at a stable address for
//! as long as it is reachable (the heap never moves an object; see
//! `heap.rs`). Each kind is a `#[repr(C)]` struct whose first field is the
//! header, so an `ObjRef` (a pointer to the header) is also a pointer to the
//! whole object. Compiled code reads some of these fields directly; the
//! offsets it uses are declared once in `layout.rs` and pinned by a test.
//!
//! Code outside the heap reaches objects through `Heap::get` (a view of any
//! kind, [`Obj`]) or the typed accessors (`Heap::list`, `Heap::str`, ...),
//! whose borrows of the heap keep a collection from running while a
//! reference into an object is alive.

pub(crate) mod bigint;
pub(crate) mod bigrange;
pub(crate) mod bytes;
pub(crate) mod class;
pub(crate) mod complex;
pub(crate) mod dict;
pub(crate) mod list;
pub(crate) mod set;
pub mod shape;
pub(crate) mod str;
pub(crate) mod tuple;

use std::cell::Cell;

pub use bigint::BigIntObj;
pub use bigrange::BigRangeObj;
pub use bytes::BytesObj;
pub use class::{static_name, ClassObj, DescriptorKind, DescriptorObj, InstanceObj, MethodObj, SuperObj};
pub use complex::ComplexObj;
pub use dict::{DictObj, DictTable, Entry, Found};
pub use list::{Items, ListObj, Storage};
pub use set::{Place, SetEntry, SetObj, SetTable};
pub use shape::{ShapeId, Shapes};
pub use str::{StrHead, StrObj};
pub use tuple::{TupleHead, TupleObj};

use crate::bytecode::CodeId;
use crate::heap::ObjRef;
use crate::native::NativeFn;
use crate::value::Value;

/// Which struct an object is: the first byte of every object.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Str = 1,
    List,
    Tuple,
    Dict,
    Range,
    Function,
    Cell,
    Module,
    Native,
    Type,
    BoundMethod,
    /// `iter(range)`: stepped in place by compiled loops.
    RangeIter,
    /// `iter(list)` and `iter(tuple)`: a position in a sequence.
    SeqIter,
    /// `iter(str)`: a byte offset in a str.
    StrIter,
    /// `enumerate(it)`: stepped in place by compiled loops.
    Enumerate,
    /// `zip(a, b, ...)`: its iterators in a tuple.
    Zip,
    /// Every other iterator (str, dict, reversed).
    Iter,
    DictView,
    /// Type hints: `list[int]`, `int | None`, `typing.List`, `...`.
    Typing,
    /// A function the host registered (`HostCalls`).
    HostFunction,
    /// A script class.
    Class,
    /// An instance of a script class.
    Instance,
    /// A script function bound to a receiver.
    Method,
    /// `staticmethod`, `classmethod`, `property`.
    Descriptor,
    /// `super()`.
    Super,
    /// A generator: a suspended frame of a generator function.
    Generator,
    /// `set` and `frozenset`.
    Set,
    /// An int outside the i64 range (`object/bigint.rs`).
    BigInt,
    /// `bytes` and `bytearray` (`object/bytes.rs`).
    Bytes,
    /// `complex` (`object/complex.rs`).
    Complex,
    /// A `range` with big-int bounds (`object/bigrange.rs`).
    BigRange,
    /// A coroutine: what a call of an `async def` makes, a
    /// `GeneratorObj` (the same struct as `Generator`, another kind so
    /// that nothing iterates it as a generator).
    Coroutine,
    /// An asynchronous generator: what a call of an `async def` that
    /// yields makes, a `GeneratorObj` too (`async_generator.rs`).
    AsyncGenerator,
}

impl Kind {
    pub const ALL: [Kind; 33] = [
        Kind::Str,
        Kind::List,
        Kind::Tuple,
        Kind::Dict,
        Kind::Range,
        Kind::Function,
        Kind::Cell,
        Kind::Module,
        Kind::Native,
        Kind::Type,
        Kind::BoundMethod,
        Kind::RangeIter,
        Kind::SeqIter,
        Kind::StrIter,
        Kind::Enumerate,
        Kind::Zip,
        Kind::Iter,
        Kind::DictView,
        Kind::Typing,
        Kind::HostFunction,
        Kind::Class,
        Kind::Instance,
        Kind::Method,
        Kind::Descriptor,
        Kind::Super,
        Kind::Generator,
        Kind::Set,
        Kind::BigInt,
        Kind::Bytes,
        Kind::Complex,
        Kind::BigRange,
        Kind::Coroutine,
        Kind::AsyncGenerator,
    ];

    /// The kind a header byte stands for (compiled code compares bytes).
    pub fn from_byte(b: u8) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| *k as u8 == b)
    }
}

/// The first eight bytes of every object.
#[repr(C)]
pub struct Header {
    kind: Kind,
    /// Set by the collector's mark phase, cleared by its sweep.
    mark: Cell<bool>,
    /// Kind-specific: a list's `Storage`, a str's ASCII bit.
    pub(crate) flags: u8,
    _reserved: u8,
    /// The object's shape (`ShapeId`) for kinds with attributes
    /// (modules, instances), else 0.
    pub(crate) shape: u32,
}

impl Header {
    pub(crate) fn new(kind: Kind) -> Header {
        Header {
            kind,
            mark: Cell::new(false),
            flags: 0,
            _reserved: 0,
            shape: 0,
        }
    }
    #[inline]
    pub fn kind(&self) -> Kind {
        self.kind
    }
    pub(crate) fn marked(&self) -> bool {
        self.mark.get()
    }
    pub(crate) fn set_mark(&self, on: bool) {
        self.mark.set(on)
    }
}

/// A fixed-size object kind the heap can box.
///
/// # Safety
/// The type must be `#[repr(C)]` with a `Header` as its first field whose
/// kind is `KIND` (or another kind `is_kind` accepts, which the heap reads
/// as this type too), so a pointer to it is a pointer to its header and
/// the heap can free it by kind.
pub unsafe trait Object: Sized {
    const KIND: Kind;
    /// Whether an object of this type may have header kind `kind`.
    fn is_kind(kind: Kind) -> bool {
        kind == Self::KIND
    }
    /// Bytes the object owns outside itself (buffers), for pacing.
    fn owned_bytes(&self) -> usize {
        0
    }
}

/// `range(start, stop, step)`.
#[repr(C)]
pub struct RangeObj {
    header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj {
            header: Header::new(Kind::Range),
            start,
            stop,
            step,
        }
    }
    /// The number of values: up to 2**64 - 1 (`range(-2**63, 2**63 - 1)`),
    /// more than an int holds (`len()` of such a range is CPython's
    /// `OverflowError`, but it can still be walked and indexed).
    pub fn len(&self) -> u64 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The `i`-th element, for 0 <= i < len (cannot overflow: it lies
    /// between start and stop).
    pub fn get(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

/// How many values `range(start, stop, step)` has (step != 0).
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    // Step 1 (most loops): no 128-bit division.
    if step == 1 {
        return if start < stop { stop.abs_diff(start) } else { 0 };
    }
    let (lo, hi, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && lo < hi {
        (hi - lo - 1) / step + 1
    } else if step < 0 && lo > hi {
        (lo - hi - 1) / (-step) + 1
    } else {
        0
    };
    n as u64
}

// SAFETY: repr(C), header first, kind Range (see `new`).
unsafe impl Object for RangeObj {
    const KIND: Kind = Kind::Range;
}

/// A script function: its code, the defaults evaluated at `def`, and the
/// cells of the enclosing scopes' variables it uses (a tuple, which
/// compiled code reads as it reads any tuple).
#[repr(C)]
pub struct FunctionObj {
    header: Header,
    pub code: CodeId,
    /// A tuple of the closure's cells, if it has any.
    pub cells: Option<ObjRef>,
    pub defaults: Box<[Value]>,
    /// `__annotations__`: a dict, or Undef until the `def` sets one or a
    /// script reads it.
    pub annotations: Value,
    /// Attributes a script set on the function (`f.__wrapped__ = g`,
    /// `functools.wraps`): a dict, or Undef until the first is set.
    pub attrs: Value,
    /// What `numba.njit` or `numba.jit` made of the function (a copy of
    /// the decorated one, see `crate::numba`); `NumbaMode::Plain` for any
    /// other function.
    pub numba: crate::numba::NumbaMode,
    /// For a strict dispatcher: the argument types of the last call that
    /// passed the check, as `crate::numba::signature_key` hashes them (0:
    /// none yet). A call with the same types skips the check.
    pub numba_seen: Cell<u64>,
}

impl FunctionObj {
    pub fn new(code: CodeId, defaults: Box<[Value]>, cells: Option<ObjRef>) -> FunctionObj {
        FunctionObj {
            header: Header::new(Kind::Function),
            code,
            cells,
            defaults,
            annotations: Value::Undef,
            attrs: Value::Undef,
            numba: crate::numba::NumbaMode::Plain,
            numba_seen: Cell::new(0),
        }
    }
}

// SAFETY: repr(C), header first, kind Function (see `new`).
unsafe impl Object for FunctionObj {
    const KIND: Kind = Kind::Function;
    fn owned_bytes(&self) -> usize {
        self.defaults.len() * 16
    }
}

/// A closure cell: a variable shared between a function and the functions
/// nested in it.
#[repr(C)]
pub struct CellObj {
    header: Header,
    pub value: Value,
}

impl CellObj {
    pub fn new(value: Value) -> CellObj {
        CellObj {
            header: Header::new(Kind::Cell),
            value,
        }
    }
}

// SAFETY: repr(C), header first, kind Cell (see `new`).
unsafe impl Object for CellObj {
    const KIND: Kind = Kind::Cell;
}

/// A module: its attributes in slots, laid out by the shape in its header.
#[repr(C)]
pub struct ModuleObj {
    header: Header,
    /// The module's name, a str.
    pub name: ObjRef,
    pub slots: Vec<Value>,
    /// A module of the script's own (a file it imported): the namespace
    /// of its globals, which are its attributes (its shape and slots stay
    /// empty). `BUILTIN_MODULE` for a built-in or host module, whose
    /// attributes are its slots.
    pub namespace: u32,
}

/// `ModuleObj::namespace` of a module whose attributes are its slots.
pub const BUILTIN_MODULE: u32 = u32::MAX;

impl ModuleObj {
    pub fn new(name: ObjRef, shape: ShapeId, slots: Vec<Value>) -> ModuleObj {
        let mut header = Header::new(Kind::Module);
        header.shape = shape.0;
        ModuleObj {
            header,
            name,
            slots,
            namespace: BUILTIN_MODULE,
        }
    }

    /// A module of the script's own, its globals namespace `ns`.
    pub fn script(name: ObjRef, ns: u32) -> ModuleObj {
        ModuleObj {
            namespace: ns,
            ..ModuleObj::new(name, Shapes::ROOT, Vec::new())
        }
    }

    /// The namespace of a script's module, None for a built-in one.
    pub fn script_namespace(&self) -> Option<u32> {
        (self.namespace != BUILTIN_MODULE).then_some(self.namespace)
    }
    pub fn shape(&self) -> ShapeId {
        ShapeId(self.header.shape)
    }
}

// SAFETY: repr(C), header first, kind Module (see `new`).
unsafe impl Object for ModuleObj {
    const KIND: Kind = Kind::Module;
    fn owned_bytes(&self) -> usize {
        self.slots.capacity() * 16
    }
}

/// A built-in function.
#[repr(C)]
pub struct NativeObj {
    header: Header,
    pub native: NativeFn,
}

impl NativeObj {
    pub fn new(native: NativeFn) -> NativeObj {
        NativeObj {
            header: Header::new(Kind::Native),
            native,
        }
    }
}

// SAFETY: repr(C), header first, kind Native (see `new`).
unsafe impl Object for NativeObj {
    const KIND: Kind = Kind::Native;
}

/// A function the embedding host registered: entry `index` of the VM's
/// `HostCalls`, named `name` (a str) in reprs and errors.
#[repr(C)]
pub struct HostFunctionObj {
    header: Header,
    pub index: u32,
    pub name: ObjRef,
}

impl HostFunctionObj {
    pub fn new(index: u32, name: ObjRef) -> HostFunctionObj {
        HostFunctionObj {
            header: Header::new(Kind::HostFunction),
            index,
            name,
        }
    }
}

// SAFETY: repr(C), header first, kind HostFunction (see `new`).
unsafe impl Object for HostFunctionObj {
    const KIND: Kind = Kind::HostFunction;
}

/// A built-in type as a value (`int`, `type(x)`).
#[repr(C)]
pub struct TypeObj {
    header: Header,
    pub kind: TypeKind,
}

impl TypeObj {
    pub fn new(kind: TypeKind) -> TypeObj {
        TypeObj {
            header: Header::new(Kind::Type),
            kind,
        }
    }
}

// SAFETY: repr(C), header first, kind Type (see `new`).
unsafe impl Object for TypeObj {
    const KIND: Kind = Kind::Type;
}

/// `stack.append` taken as a value: the receiver and the method's name (an
/// interned str).
#[repr(C)]
pub struct BoundMethodObj {
    header: Header,
    pub receiver: Value,
    pub name: ObjRef,
}

impl BoundMethodObj {
    pub fn new(receiver: Value, name: ObjRef) -> BoundMethodObj {
        BoundMethodObj {
            header: Header::new(Kind::BoundMethod),
            receiver,
            name,
        }
    }
}

// SAFETY: repr(C), header first, kind BoundMethod (see `new`).
unsafe impl Object for BoundMethodObj {
    const KIND: Kind = Kind::BoundMethod;
}

/// A range iterator. Compiled loops step it in place (`layout.rs`).
#[repr(C)]
pub struct RangeIterObj {
    header: Header,
    pub next: i64,
    pub remaining: i64,
    pub step: i64,
}

impl RangeIterObj {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeIterObj {
        RangeIterObj {
            header: Header::new(Kind::RangeIter),
            next: start,
            // A range longer than 2**63 - 1 values stops after that many:
            // at a billion a second, in 292 years.
            remaining: range_len(start, stop, step).min(i64::MAX as u64) as i64,
            step,
        }
    }
    /// An iterator that yields `remaining` values from `next` by `step`.
    pub fn from_state(next: i64, remaining: i64, step: i64) -> RangeIterObj {
        RangeIterObj {
            header: Header::new(Kind::RangeIter),
            next,
            remaining,
            step,
        }
    }

    /// The next value, stepping the state; None once exhausted.
    #[inline]
    pub fn step(&mut self) -> Option<i64> {
        if self.remaining <= 0 {
            return None;
        }
        let v = self.next;
        self.remaining -= 1;
        // The last step may go past i64 when stop is near a limit; it is
        // never read, so wrap.
        self.next = self.next.wrapping_add(self.step);
        Some(v)
    }
}

// SAFETY: repr(C), header first, kind RangeIter (see `new`).
unsafe impl Object for RangeIterObj {
    const KIND: Kind = Kind::RangeIter;
}

/// An iterator over a list or tuple by position. It reads the list's
/// current length at each step, so appending inside the loop is seen, as
/// in CPython; the position moves on even past the end.
#[repr(C)]
pub struct SeqIterObj {
    header: Header,
    pub seq: ObjRef,
    pub index: usize,
}

impl SeqIterObj {
    pub fn new(seq: ObjRef) -> SeqIterObj {
        SeqIterObj {
            header: Header::new(Kind::SeqIter),
            seq,
            index: 0,
        }
    }
}

// SAFETY: repr(C), header first, kind SeqIter (see `new`).
unsafe impl Object for SeqIterObj {
    const KIND: Kind = Kind::SeqIter;
}

/// An iterator over a str, by the byte offset of the next code point (strs
/// are immutable, so the offset stays valid; indexing by code point would
/// make iterating a non-ASCII str quadratic).
#[repr(C)]
pub struct StrIterObj {
    header: Header,
    pub seq: ObjRef,
    pub byte: usize,
}

impl StrIterObj {
    pub fn new(seq: ObjRef) -> StrIterObj {
        StrIterObj {
            header: Header::new(Kind::StrIter),
            seq,
            byte: 0,
        }
    }
}

// SAFETY: repr(C), header first, kind StrIter (see `new`).
unsafe impl Object for StrIterObj {
    const KIND: Kind = Kind::StrIter;
}

/// `enumerate(inner, start)`: the next count to pair with an item.
#[repr(C)]
pub struct EnumerateObj {
    header: Header,
    pub inner: ObjRef,
    pub count: i64,
    /// Counts handed out past i64::MAX (the count stays at i64::MAX, so
    /// compiled code, which checks for it, leaves such steps to the
    /// interpreter, which makes big ints of them).
    pub beyond: u64,
}

/// `EnumerateObj`'s header flag: the count reached i64::MAX, so later
/// counts are i64::MAX + `beyond`.
pub(crate) const COUNT_OVERFLOWED: u8 = 1;

impl EnumerateObj {
    pub fn new(inner: ObjRef, start: i64) -> EnumerateObj {
        EnumerateObj {
            header: Header::new(Kind::Enumerate),
            inner,
            count: start,
            beyond: 0,
        }
    }
    /// The count to pair with the next item, moving it on: Ok for an
    /// i64, Err(k) for i64::MAX + k.
    pub fn next_count(&mut self) -> Result<i64, u64> {
        if self.header.flags & COUNT_OVERFLOWED != 0 {
            self.beyond += 1;
            return Err(self.beyond);
        }
        let c = self.count;
        match c.checked_add(1) {
            Some(n) => self.count = n,
            None => self.header.flags |= COUNT_OVERFLOWED,
        }
        Ok(c)
    }
}

// SAFETY: repr(C), header first, kind Enumerate (see `new`).
unsafe impl Object for EnumerateObj {
    const KIND: Kind = Kind::Enumerate;
}

/// `zip(...)`: the iterators it steps, in a tuple (which compiled code
/// reads as it reads any tuple).
#[repr(C)]
pub struct ZipObj {
    header: Header,
    pub iters: ObjRef,
}

impl ZipObj {
    pub fn new(iters: ObjRef) -> ZipObj {
        ZipObj {
            header: Header::new(Kind::Zip),
            iters,
        }
    }
}

// SAFETY: repr(C), header first, kind Zip (see `new`).
unsafe impl Object for ZipObj {
    const KIND: Kind = Kind::Zip;
}

/// Where a generator is in its life. Compiled code reads it together
/// with the code's number as one word (`layout::generator::CODE_STATE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum GenState {
    /// Made by the call, its body not started.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the VM's stack (a `next` of it now is an error).
    Running,
    /// Returned or raised: every later step finds it exhausted.
    Done,
}

/// A generator: the frame of a call of a generator function, kept off the
/// VM's stack between steps. While it runs, its values are back on the
/// stack (rooted there) and `slots` is empty, unless a step passed over it
/// in a `yield from` chain (`Vm::skip_delegating`): then it is running
/// with its frame still here.
#[repr(C)]
pub struct GeneratorObj {
    header: Header,
    /// The function called (what the frame's callee slot holds).
    pub func: Value,
    pub code: CodeId,
    pub state: GenState,
    /// Where the frame resumes.
    pub pc: usize,
    /// The frame's locals, then its operand stack.
    pub slots: crate::cvec::CVec<Value>,
    /// An asynchronous generator with an `asend()`, `athrow()` or
    /// `aclose()` under way (CPython's `ag_running_async`): another is
    /// refused until that one has finished.
    pub running_async: bool,
    /// An asynchronous generator that `aclose()` began closing, or whose
    /// end a step met (CPython's `ag_closed`): `athrow()` finds it done.
    pub async_closed: bool,
    /// A `map` or `filter` of a function the script wrote, stepped by a
    /// generator of the prelude (`Vm::stepped_by_prelude`).
    pub face: Option<Box<Face>>,
}

/// What a generator that stands for a built-in iterator shows of itself,
/// and how it starts again: a `map` object stays usable after an error
/// or its end (its next step takes the next item of what it walks), where
/// a generator is finished, so when the generator finishes it is made new
/// again from the same first frame (`Vm::gen_finish`).
pub struct Face {
    /// The built-in type it is to the script (`map`, `filter`).
    pub kind: TypeKind,
    /// The frame a new step starts from: the arguments, then unbound
    /// locals.
    pub start: Box<[Value]>,
}

impl GeneratorObj {
    /// A generator of `kind`: `Generator`, `Coroutine` or `AsyncGenerator`
    /// (`Locals::generator_kind` of its code).
    pub fn new(func: Value, code: CodeId, slots: Vec<Value>, kind: Kind) -> GeneratorObj {
        debug_assert!(GeneratorObj::is_kind(kind));
        GeneratorObj {
            header: Header::new(kind),
            func,
            code,
            state: GenState::Created,
            pc: 0,
            slots: crate::cvec::CVec::from_vec(slots),
            running_async: false,
            async_closed: false,
            face: None,
        }
    }
}

impl GeneratorObj {
    pub fn is_coroutine(&self) -> bool {
        self.header.kind() == Kind::Coroutine
    }

    pub fn is_async_generator(&self) -> bool {
        self.header.kind() == Kind::AsyncGenerator
    }
}

// SAFETY: repr(C), header first, kind Generator, Coroutine or
// AsyncGenerator (see `new`; the heap reads the three kinds as this
// struct).
unsafe impl Object for GeneratorObj {
    const KIND: Kind = Kind::Generator;
    fn is_kind(kind: Kind) -> bool {
        matches!(kind, Kind::Generator | Kind::Coroutine | Kind::AsyncGenerator)
    }
}

/// The other iterators: their state is read only by the interpreter.
#[repr(C)]
pub struct IterObj {
    header: Header,
    pub state: IterState,
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            header: Header::new(Kind::Iter),
            state,
        }
    }
}

// SAFETY: repr(C), header first, kind Iter (see `new`).
unsafe impl Object for IterObj {
    const KIND: Kind = Kind::Iter;
}

pub enum IterState {
    /// Over a dict's entries, by position in its entry table. `used` is the
    /// dict's size when iteration began: a change is an error, as in CPython.
    Dict {
        dict: ObjRef,
        index: usize,
        kind: DictViewKind,
        used: usize,
    },
    /// `reversed(seq)`: the positions left, counted down.
    Reversed { seq: ObjRef, remaining: usize },
    /// Over a set's slots. `used` is the set's size when iteration began,
    /// as for dicts.
    Set { set: ObjRef, slot: usize, used: usize },
    /// `map(func, *iterables)`: its iterators in a tuple.
    Map { func: Value, iters: ObjRef },
    /// `filter(func, iterable)`; a `func` of None keeps the true items.
    Filter { func: Value, iter: ObjRef },
    /// Over a range with big-int bounds: the next value, how many are
    /// left, the step.
    BigRange {
        next: dashu_int::IBig,
        remaining: dashu_int::IBig,
        step: dashu_int::IBig,
    },
    /// Over a bytes or bytearray by position (a bytearray's current length
    /// is read at each step, as for lists).
    Bytes { seq: ObjRef, index: usize },
}

/// A type hint (`crate::typing`): its state is read only by the VM.
#[repr(C)]
pub struct TypingBox {
    header: Header,
    pub hint: crate::typing::TypingObj,
}

impl TypingBox {
    pub fn new(hint: crate::typing::TypingObj) -> TypingBox {
        TypingBox {
            header: Header::new(Kind::Typing),
            hint,
        }
    }
}

// SAFETY: repr(C), header first, kind Typing (see `new`).
unsafe impl Object for TypingBox {
    const KIND: Kind = Kind::Typing;
}

/// `d.keys()`, `d.values()`, `d.items()`.
#[repr(C)]
pub struct DictViewObj {
    header: Header,
    pub dict: ObjRef,
    pub kind: DictViewKind,
}

impl DictViewObj {
    pub fn new(dict: ObjRef, kind: DictViewKind) -> DictViewObj {
        DictViewObj {
            header: Header::new(Kind::DictView),
            dict,
            kind,
        }
    }
}

// SAFETY: repr(C), header first, kind DictView (see `new`).
unsafe impl Object for DictViewObj {
    const KIND: Kind = Kind::DictView;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A view of any object, for code that matches on the kind.
#[derive(Clone, Copy)]
pub enum Obj<'a> {
    Str(&'a StrObj),
    List(&'a ListObj),
    Tuple(&'a TupleObj),
    Dict(&'a DictObj),
    Range(&'a RangeObj),
    Function(&'a FunctionObj),
    Cell(&'a CellObj),
    Module(&'a ModuleObj),
    Native(&'a NativeFn),
    Type(TypeKind),
    BoundMethod(&'a BoundMethodObj),
    RangeIter(&'a RangeIterObj),
    SeqIter(&'a SeqIterObj),
    StrIter(&'a StrIterObj),
    Enumerate(&'a EnumerateObj),
    Zip(&'a ZipObj),
    Iter(&'a IterObj),
    DictView(&'a DictViewObj),
    Typing(&'a crate::typing::TypingObj),
    HostFunction(&'a HostFunctionObj),
    Class(&'a ClassObj),
    Instance(&'a InstanceObj),
    Method(&'a MethodObj),
    Descriptor(&'a DescriptorObj),
    Super(&'a SuperObj),
    Generator(&'a GeneratorObj),
    Set(&'a SetObj),
    BigInt(&'a dashu_int::IBig),
    Bytes(&'a BytesObj),
    Complex(&'a ComplexObj),
    BigRange(&'a BigRangeObj),
}

/// A mutable view of the kinds whose contents change in place.
pub enum ObjMut<'a> {
    List(&'a mut ListObj),
    Dict(&'a mut DictObj),
    Cell(&'a mut CellObj),
    RangeIter(&'a mut RangeIterObj),
    SeqIter(&'a mut SeqIterObj),
    StrIter(&'a mut StrIterObj),
    Enumerate(&'a mut EnumerateObj),
    Zip(&'a mut ZipObj),
    Iter(&'a mut IterObj),
    Function(&'a mut FunctionObj),
    Class(&'a mut ClassObj),
    Instance(&'a mut InstanceObj),
    Descriptor(&'a mut DescriptorObj),
    Generator(&'a mut GeneratorObj),
    Set(&'a mut SetObj),
    Bytes(&'a mut BytesObj),
    /// Immutable kinds (str, tuple, range, ...).
    Other,
}

impl Obj<'_> {
    /// Whether the object is an iterator (its own iterator).
    pub fn is_iterator(&self) -> bool {
        matches!(
            self,
            Obj::RangeIter(_) | Obj::SeqIter(_) | Obj::StrIter(_) | Obj::Enumerate(_) | Obj::Zip(_) | Obj::Iter(_)
        ) || matches!(self, Obj::Generator(g) if !g.is_coroutine() && !g.is_async_generator())
    }

    pub fn type_kind(&self) -> TypeKind {
        match self {
            Obj::Str(_) => TypeKind::Str,
            Obj::List(_) => TypeKind::List,
            Obj::Tuple(_) => TypeKind::Tuple,
            Obj::Dict(_) => TypeKind::Dict,
            Obj::Range(_) => TypeKind::Range,
            Obj::Function(_) => TypeKind::Function,
            Obj::Cell(_) => TypeKind::Cell,
            Obj::Module(_) => TypeKind::Module,
            Obj::Native(_) | Obj::HostFunction(_) => TypeKind::BuiltinFunction,
            Obj::Type(_) => TypeKind::Type,
            // `"a".upper`, `[].append`; `Vm::type_kind` tells the other
            // kinds of built-in method apart, which needs the receiver.
            Obj::BoundMethod(_) => TypeKind::BuiltinFunction,
            Obj::Iter(IterObj {
                state: IterState::Map { .. },
                ..
            }) => TypeKind::Map,
            Obj::Iter(IterObj {
                state: IterState::Filter { .. },
                ..
            }) => TypeKind::Filter,
            Obj::Zip(_) => TypeKind::Zip,
            Obj::Enumerate(_) => TypeKind::Enumerate,
            Obj::RangeIter(_) | Obj::SeqIter(_) | Obj::StrIter(_) | Obj::Iter(_) => TypeKind::Iterator,
            Obj::DictView(v) => match v.kind {
                DictViewKind::Keys => TypeKind::DictKeys,
                DictViewKind::Values => TypeKind::DictValues,
                DictViewKind::Items => TypeKind::DictItems,
            },
            Obj::Typing(t) => t.type_kind(),
            Obj::Class(_) => TypeKind::Type,
            Obj::Instance(_) => TypeKind::Instance,
            Obj::Method(_) => TypeKind::Method,
            Obj::Descriptor(d) => match d.kind {
                DescriptorKind::StaticMethod => TypeKind::StaticMethod,
                DescriptorKind::ClassMethod => TypeKind::ClassMethod,
                DescriptorKind::Property => TypeKind::Property,
            },
            Obj::Super(_) => TypeKind::Super,
            Obj::Generator(GeneratorObj { face: Some(face), .. }) => face.kind,
            Obj::Generator(g) if g.is_coroutine() => TypeKind::Coroutine,
            Obj::Generator(g) if g.is_async_generator() => TypeKind::AsyncGenerator,
            Obj::Generator(_) => TypeKind::Generator,
            Obj::Set(s) if s.frozen => TypeKind::FrozenSet,
            Obj::Set(_) => TypeKind::Set,
            Obj::BigInt(_) => TypeKind::Int,
            Obj::Bytes(b) if b.mutable => TypeKind::ByteArray,
            Obj::Bytes(_) => TypeKind::Bytes,
            Obj::Complex(_) => TypeKind::Complex,
            Obj::BigRange(_) => TypeKind::Range,
        }
    }

    /// Calls `f` on every value this object keeps alive.
    pub fn for_each_child(&self, mut f: impl FnMut(Value)) {
        match self {
            Obj::Str(_) | Obj::Range(_) | Obj::Native(_) | Obj::Type(_) | Obj::RangeIter(_) | Obj::BigInt(_) => {}
            Obj::Bytes(_) | Obj::Complex(_) | Obj::BigRange(_) => {}
            Obj::List(l) => {
                if let Items::Values(items) = l.items() {
                    items.iter().for_each(|v| f(*v));
                }
            }
            Obj::Tuple(t) => t.iter().for_each(|v| f(*v)),
            Obj::Dict(d) => d.table.for_each_value(f),
            Obj::Function(func) => {
                func.defaults.iter().for_each(|v| f(*v));
                if let Some(cells) = func.cells {
                    f(Value::Obj(cells));
                }
                f(func.annotations);
                f(func.attrs);
            }
            Obj::Cell(c) => f(c.value),
            Obj::Module(m) => {
                f(Value::Obj(m.name));
                m.slots.iter().for_each(|v| f(*v));
            }
            Obj::BoundMethod(m) => {
                f(m.receiver);
                f(Value::Obj(m.name));
            }
            Obj::DictView(v) => f(Value::Obj(v.dict)),
            Obj::HostFunction(h) => f(Value::Obj(h.name)),
            Obj::SeqIter(it) => f(Value::Obj(it.seq)),
            Obj::StrIter(it) => f(Value::Obj(it.seq)),
            Obj::Enumerate(it) => f(Value::Obj(it.inner)),
            Obj::Zip(it) => f(Value::Obj(it.iters)),
            Obj::Iter(it) => match &it.state {
                IterState::Reversed { seq, .. } => f(Value::Obj(*seq)),
                IterState::Dict { dict, .. } => f(Value::Obj(*dict)),
                IterState::Set { set, .. } => f(Value::Obj(*set)),
                IterState::Map { func, iters } => {
                    f(*func);
                    f(Value::Obj(*iters));
                }
                IterState::Filter { func, iter } => {
                    f(*func);
                    f(Value::Obj(*iter));
                }
                IterState::BigRange { .. } => {}
                IterState::Bytes { seq, .. } => f(Value::Obj(*seq)),
            },
            Obj::Typing(t) => t.for_each_child(f),
            Obj::Class(c) => {
                f(Value::Obj(c.bases));
                f(Value::Obj(c.dict));
                if let Some(meta) = c.meta.get() {
                    f(Value::Obj(meta));
                }
                c.mro.iter().for_each(|r| f(Value::Obj(*r)));
            }
            Obj::Instance(i) => {
                f(Value::Obj(i.class));
                i.slots().iter().for_each(|v| f(*v));
            }
            Obj::Method(m) => {
                f(m.func);
                f(m.receiver);
            }
            Obj::Descriptor(d) => {
                f(d.func);
                f(d.setter);
                f(d.deleter);
            }
            Obj::Super(s) => {
                f(Value::Obj(s.after));
                f(s.receiver);
            }
            Obj::Generator(g) => {
                f(g.func);
                g.slots.as_slice().iter().for_each(|v| f(*v));
                if let Some(face) = &g.face {
                    face.start.iter().for_each(|v| f(*v));
                }
            }
            Obj::Set(s) => s.table.for_each_key(f),
        }
    }
}

/// Built-in types, for `type(x)`, `isinstance` and calling `int(...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Range,
    Function,
    BuiltinFunction,
    /// `str.upper`: a built-in type's method, taken from the type.
    MethodDescriptor,
    /// `int.__add__`: a built-in type's special method, from the type.
    WrapperDescriptor,
    /// `(1).__add__`: a special method bound to a built-in value.
    MethodWrapper,
    Module,
    Type,
    Method,
    Iterator,
    DictKeys,
    DictValues,
    DictItems,
    Cell,
    /// The classes of type hints (`types.GenericAlias`, `typing.TypeVar`...).
    Typing(crate::typing::TypingKind),
    /// An instance of a script class (its type is the class: see
    /// `Vm::type_name`).
    Instance,
    StaticMethod,
    ClassMethod,
    Property,
    Super,
    Generator,
    Coroutine,
    AsyncGenerator,
    Set,
    FrozenSet,
    Map,
    Filter,
    Zip,
    Enumerate,
    Bytes,
    ByteArray,
    Complex,
}

impl TypeKind {
    pub fn name(self) -> &'static str {
        match self {
            TypeKind::NoneType => "NoneType",
            TypeKind::Bool => "bool",
            TypeKind::Int => "int",
            TypeKind::Float => "float",
            TypeKind::Str => "str",
            TypeKind::List => "list",
            TypeKind::Tuple => "tuple",
            TypeKind::Dict => "dict",
            TypeKind::Range => "range",
            TypeKind::Function => "function",
            TypeKind::BuiltinFunction => "builtin_function_or_method",
            TypeKind::MethodDescriptor => "method_descriptor",
            TypeKind::WrapperDescriptor => "wrapper_descriptor",
            TypeKind::MethodWrapper => "method-wrapper",
            TypeKind::Module => "module",
            TypeKind::Type => "type",
            TypeKind::Method => "method",
            TypeKind::Iterator => "iterator",
            TypeKind::DictKeys => "dict_keys",
            TypeKind::DictValues => "dict_values",
            TypeKind::DictItems => "dict_items",
            TypeKind::Cell => "cell",
            TypeKind::Typing(kind) => kind.name(),
            TypeKind::Instance => "object",
            TypeKind::StaticMethod => "staticmethod",
            TypeKind::ClassMethod => "classmethod",
            TypeKind::Property => "property",
            TypeKind::Super => "super",
            TypeKind::Generator => "generator",
            TypeKind::Coroutine => "coroutine",
            TypeKind::AsyncGenerator => "async_generator",
            TypeKind::Set => "set",
            TypeKind::FrozenSet => "frozenset",
            TypeKind::Map => "map",
            TypeKind::Zip => "zip",
            TypeKind::Enumerate => "enumerate",
            TypeKind::Filter => "filter",
            TypeKind::Bytes => "bytes",
            TypeKind::ByteArray => "bytearray",
            TypeKind::Complex => "complex",
        }
    }

    /// The types a script can name as built-ins (`int`, `str`, `map`...).
    pub const NAMED: [TypeKind; 18] = [
        TypeKind::Bool,
        TypeKind::Int,
        TypeKind::Float,
        TypeKind::Str,
        TypeKind::List,
        TypeKind::Tuple,
        TypeKind::Dict,
        TypeKind::Range,
        TypeKind::Type,
        TypeKind::Set,
        TypeKind::FrozenSet,
        TypeKind::Bytes,
        TypeKind::ByteArray,
        TypeKind::Complex,
        TypeKind::Map,
        TypeKind::Filter,
        TypeKind::Zip,
        TypeKind::Enumerate,
    ];
}
