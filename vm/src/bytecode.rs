//! The bytecode: every opcode declared once, with its stack effect and
//! meaning, and the `CodeObject` the compiler produces for each function.
//!
//! An instruction is an opcode and one 32-bit argument (8 bytes). Jump
//! arguments are absolute instruction indices. Stack effects are written as
//! `pops -> pushes`, where either side may use the argument `n`; the
//! compiler asserts in debug builds that the depth it tracks matches these.
//! Binary operators take argument 1 when an augmented assignment (`a -= b`)
//! produced them, so their errors name the operator as written.

use std::rc::Rc;

/// Declares the opcodes: `Name(pops -> pushes) "meaning"`.
macro_rules! opcodes {
    (|$n:ident| $( $name:ident ( $pops:expr => $pushes:expr ) $doc:literal ;)*) => {
        // The meanings are plain text (`meaning()` prints them too), not
        // markdown: `c[i]` is no link, `<name>` no HTML tag.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]
        pub enum Opcode { $( #[doc = $doc] $name, )* }

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            pub fn meaning(self) -> &'static str {
                match self { $(Opcode::$name => $doc,)* }
            }

            /// How many values the instruction pops and pushes, given its
            /// argument (for jumps: on the path that falls through).
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> (u32, u32) {
                let $n = arg as i64;
                let (pops, pushes): (i64, i64) = match self { $(Opcode::$name => ($pops, $pushes),)* };
                (pops as u32, pushes as u32)
            }
        }
    };
}

opcodes! { |n|
    Nop(0 => 0) "do nothing";
    Pop(1 => 0) "discard the top of the stack";
    Dup(1 => 2) "push a copy of the top";
    DupTwo(2 => 4) "push copies of the top two, keeping their order";
    RotTwo(2 => 2) "swap the top two";
    RotThree(3 => 3) "lift the second and third up one, move the top down two";
    LoadConst(0 => 1) "push constant n";
    LoadLocal(0 => 1) "push local slot n (UnboundLocalError if unbound)";
    StoreLocal(1 => 0) "pop into local slot n";
    DeleteLocal(0 => 0) "unbind local slot n";
    LoadDeref(0 => 1) "push the value of the cell in local slot n";
    StoreDeref(1 => 0) "pop into the cell in local slot n";
    DeleteDeref(0 => 0) "empty the cell in local slot n";
    LoadCell(0 => 1) "push the cell object in local slot n (to build a closure)";
    LoadGlobal(0 => 1) "push global name n (falls back to built-ins)";
    StoreGlobal(1 => 0) "pop into global name n";
    DeleteGlobal(0 => 0) "unbind global name n";
    LoadAttr(1 => 1) "replace the top with its attribute name n";
    StoreAttr(2 => 0) "pop object and value; object.<name n> = value";
    DeleteAttr(1 => 0) "pop object; del object.<name n>";
    LoadName(0 => 1) "push name n from the class namespace in local slot 0, else the global or built-in";
    StoreName(1 => 0) "pop into name n of the class namespace in local slot 0";
    DeleteName(0 => 0) "unbind name n of the class namespace in local slot 0";
    BuildClass(2 => 1) "pop the namespace and the bases tuple; push the class named name n";
    BuildClassKw(3 => 1) "pop the namespace, the keywords dict and the bases tuple; push the class named name n";
    CheckMethod(1 => 1) "raise AttributeError unless the top has attribute name n (before a method call's arguments run)";
    LoadSubscr(2 => 1) "pop index and container, push container[index]";
    StoreSubscr(3 => 0) "pop index, container and value; container[index] = value";
    DeleteSubscr(2 => 0) "pop index and container; del container[index]";
    LoadSlice(4 => 1) "pop step, upper, lower, container; push container[lower:upper:step]";
    BuildSlice(3 => 1) "pop step, upper, lower; push slice(lower, upper, step) (an index such as `m[1:2, 0]`)";
    StoreSlice(5 => 0) "pop step, upper, lower, container, value; assign the slice";
    DeleteSlice(4 => 0) "pop step, upper, lower, container; delete the slice";
    Add(2 => 1) "pop b, a; push a + b";
    Sub(2 => 1) "pop b, a; push a - b";
    Mul(2 => 1) "pop b, a; push a * b";
    TrueDiv(2 => 1) "pop b, a; push a / b";
    FloorDiv(2 => 1) "pop b, a; push a // b";
    Mod(2 => 1) "pop b, a; push a % b (or string % formatting)";
    Pow(2 => 1) "pop b, a; push a ** b";
    LShift(2 => 1) "pop b, a; push a << b";
    RShift(2 => 1) "pop b, a; push a >> b";
    BitAnd(2 => 1) "pop b, a; push a & b";
    BitOr(2 => 1) "pop b, a; push a | b";
    BitXor(2 => 1) "pop b, a; push a ^ b";
    InplaceAdd(2 => 1) "pop b, a; push a += b (lists extend in place)";
    InplaceMul(2 => 1) "pop b, a; push a *= b (lists repeat in place)";
    Neg(1 => 1) "replace the top with -top";
    Pos(1 => 1) "replace the top with +top";
    Invert(1 => 1) "replace the top with ~top";
    Not(1 => 1) "replace the top with not top";
    Lt(2 => 1) "pop b, a; push a < b";
    Le(2 => 1) "pop b, a; push a <= b";
    Gt(2 => 1) "pop b, a; push a > b";
    Ge(2 => 1) "pop b, a; push a >= b";
    Eq(2 => 1) "pop b, a; push a == b";
    Ne(2 => 1) "pop b, a; push a != b";
    Is(2 => 1) "pop b, a; push a is b";
    IsNot(2 => 1) "pop b, a; push a is not b";
    In(2 => 1) "pop b, a; push a in b";
    NotIn(2 => 1) "pop b, a; push a not in b";
    Jump(0 => 0) "continue at instruction n";
    PopJumpIfFalse(1 => 0) "pop; continue at n if it was false";
    CompareJump(2 => 0) "pop b, a; unless `a <cmp> b` continue at the target (cmp: n >> 28, target: low 28 bits)";
    PopJumpIfTrue(1 => 0) "pop; continue at n if it was true";
    JumpIfFalseOrPop(1 => 0) "if the top is false continue at n keeping it, else pop it";
    JumpIfTrueOrPop(1 => 0) "if the top is true continue at n keeping it, else pop it";
    Loop(0 => 0) "loop header n: count ticks and iterations, check limits, collect";
    GetIter(1 => 1) "replace the top with an iterator over it";
    ForIter(1 => 2) "push the iterator's next value, or pop it and continue at n";
    UnpackSequence(1 => n) "pop a sequence of exactly n items, push them last first";
    BuildTuple(n => 1) "pop n values, push a tuple of them";
    BuildList(n => 1) "pop n values, push a list of them";
    BuildDict(2 * n => 1) "pop n key-value pairs, push a dict of them";
    ListExtend(n + 1 => n) "pop an iterable, extend the list n below the new top with its items";
    DictMerge(n + 1 => 1) "n 1: pop a mapping and add its items to the dict below it (a call's keywords: a repeated name is an error); n 2: pop a value and a key and add them so";
    CallEx(n + 2 => 1) "pop a dict of keyword arguments if n is 1, a list of positional arguments and the callee; push the call's result";
    ListAppend(n + 1 => n) "pop a value, append it to the list n below the new top";
    DictInsert(n + 2 => n) "pop value and key, insert into the dict n below the new top";
    BuildSet(n => 1) "pop n values, push a set of them (added in order)";
    SetAdd(n + 1 => n) "pop a value, add it to the set n below the new top";
    SetUpdate(n + 1 => n) "pop an iterable, add its items to the set n below the new top";
    DictUpdate(n + 1 => n) "pop a mapping, add its items to the dict n below the new top (`{**m}`)";
    ListToTuple(1 => 1) "replace the list on top with a tuple of its items";
    UnpackEx(1 => (n & 0xff) + (n >> 8) + 1) "pop an iterable; push its last n >> 8 items, a list of the middle ones, then its first n & 0xff, last first (`a, *b, c = ...`)";
    FormatValue(2 => 1) "pop spec and value; push format(value, spec) after conversion n (0 none, 1 !s, 2 !r, 3 !a)";
    BuildString(n => 1) "pop n strings, push their concatenation";
    MakeFunction(0 => 1) "pop the defaults and closure cells child code n declares, push a function";
    Call(n + 1 => 1) "pop n arguments and the callee, push callee(*args)";
    CallKw(n + 2 => 1) "pop a tuple of keyword names, n arguments (keywords last) and the callee; push the result";
    CallMethod((n & 0xff) + 1 => 1) "pop n & 0xff arguments and a receiver, push receiver.<name n >> 8>(*args)";
    CallMethodKw((n & 0xff) + 2 => 1) "like CallMethod, with a tuple of keyword names on top";
    Return(1 => 0) "pop the return value and leave the frame";
    ImportName(0 => 1) "push the built-in module named n";
    ImportFrom(1 => 2) "push attribute name n of the module on top, keeping the module";
    ImportStar(1 => 0) "pop a module; bind each of its public names as a global (`from m import *`)";
    SetupAnnotations(0 => 0) "bind global name n (`__annotations__`) to a new dict unless it is bound";
    AnnotateFunction(2 => 1) "pop a dict of annotations; it becomes the `__annotations__` of the function below it";
    Raise(n => 0) "raise: n 0 re-raises, 1 pops the exception, 2 pops the cause, then the exception";
    WithEnter(1 => 2) "pop a context manager; push its bound __exit__, then what its __enter__ returns";
    WithExit(2 => 0) "pop an exception and a bound __exit__; call it with the exception, and raise the exception again unless it returns true";
    AsyncWithEnter(1 => 2) "pop an asynchronous context manager; push its bound __aexit__, then what its __aenter__ returns (to be awaited)";
    AsyncWithExit(2 => 2) "pop a bound __aexit__ above an exception; call it with the exception, keeping the exception and pushing what it returns (to be awaited)";
    ExitResult(2 => 0) "pop what an awaited __aexit__ gave and the exception below it; raise the exception again unless the result is true";
    ExcMatch(2 => 1) "pop a class (or tuple of classes) and an exception; push whether the exception is an instance of it";
    Reraise(1 => 0) "pop an exception and raise it again as it was raised (a bare `raise`, or a `finally` or unmatched `except` passing it on): no new traceback entry, the same context";
    RaiseAssert(n => 0) "raise AssertionError, with the popped message if n is 1";
    PrintExpr(1 => 0) "pop; at the interactive prompt, print its repr unless None";
    LoadLocalLocal(0 => 2) "superinstruction: LoadLocal n, then the LoadLocal that follows it, skipped";
    LoadLocalConst(0 => 2) "superinstruction: LoadLocal n, then the LoadConst that follows it, skipped";
    LoadConstLocal(0 => 2) "superinstruction: LoadConst n, then the LoadLocal that follows it, skipped";
    StoreLocalLoadLocal(1 => 1) "superinstruction: StoreLocal n, then the LoadLocal that follows it, skipped";
    AddStoreLocal(2 => 0) "superinstruction: Add n, then the StoreLocal that follows it, skipped";
    SubStoreLocal(2 => 0) "superinstruction: Sub n, then the StoreLocal that follows it, skipped";
    MulStoreLocal(2 => 0) "superinstruction: Mul n, then the StoreLocal that follows it, skipped";
    InplaceAddStoreLocal(2 => 0) "superinstruction: InplaceAdd n, then the StoreLocal that follows it, skipped";
    RotThreeStoreSubscr(3 => 0) "superinstruction: RotThree, then the StoreSubscr that follows it, skipped";
    Yield(1 => 1) "pop a value; suspend the generator's frame, handing the value to whoever resumed it; resumed, push what was sent (None for `next`); n: YIELD_IN_CLEANUP | YIELD_DELEGATING";
    GetAwaitable(1 => 1) "replace the top with what `await` delegates to: a coroutine itself, or the iterator an object's __await__ returns";
    GetAIter(1 => 1) "replace the top with what `async for` steps: its __aiter__()";
    GetANext(1 => 2) "push what `async for` awaits for its next item: the __anext__() of the asynchronous iterator on top (kept), as `await` takes it";
    EndAsyncFor(2 => 0) "pop an exception and the asynchronous iterator below it: a StopAsyncIteration ends the loop, any other exception is raised again as it was raised";
    Send(2 => 2) "pop a value and send it into the iterator below it (`yield from`): push what the iterator yields, or once it has finished pop it too, push its return value and continue at n";
    MatchSequence(1 => 2) "push whether the top is a sequence (not str, bytes, bytearray) of n >> 1 items, or at least that many if n & 1 (a sequence pattern with a starred item)";
    MatchMapping(1 => 2) "push whether the top is a mapping of at least n items (for a mapping pattern of n keys)";
    MatchKeys(2 => 2) "pop a tuple of keys, keeping the mapping below; push a tuple of its values for them (then, if n is 1, a dict of its other items), or None if it lacks one";
    MatchClass(3 => 1) "pop a tuple of attribute names, a class and a subject; if the subject is an instance of the class, push a tuple of its attributes for n positional sub-patterns (by __match_args__) and the names, else None";
}

impl Opcode {
    /// A superinstruction's two halves. It stands where its first half
    /// would, with the first half's argument; the second half stays in
    /// the next slot, unchanged, so a jump to that slot still runs it
    /// alone, and the superinstruction continues two slots on.
    pub fn halves(self) -> Option<(Opcode, Opcode)> {
        match self {
            Opcode::LoadLocalLocal => Some((Opcode::LoadLocal, Opcode::LoadLocal)),
            Opcode::LoadLocalConst => Some((Opcode::LoadLocal, Opcode::LoadConst)),
            Opcode::LoadConstLocal => Some((Opcode::LoadConst, Opcode::LoadLocal)),
            Opcode::StoreLocalLoadLocal => Some((Opcode::StoreLocal, Opcode::LoadLocal)),
            Opcode::AddStoreLocal => Some((Opcode::Add, Opcode::StoreLocal)),
            Opcode::SubStoreLocal => Some((Opcode::Sub, Opcode::StoreLocal)),
            Opcode::MulStoreLocal => Some((Opcode::Mul, Opcode::StoreLocal)),
            Opcode::InplaceAddStoreLocal => Some((Opcode::InplaceAdd, Opcode::StoreLocal)),
            Opcode::RotThreeStoreSubscr => Some((Opcode::RotThree, Opcode::StoreSubscr)),
            _ => None,
        }
    }

    /// The superinstruction for two adjacent instructions, if there is one.
    pub fn fused(first: Opcode, second: Opcode) -> Option<Opcode> {
        // The superinstructions (`halves` says which), listed once: asking
        // every opcode for each pair was a tenth of compiling a small
        // script.
        static FUSED: std::sync::OnceLock<Vec<((Opcode, Opcode), Opcode)>> = std::sync::OnceLock::new();
        FUSED
            .get_or_init(|| Opcode::ALL.iter().filter_map(|&op| Some((op.halves()?, op))).collect())
            .iter()
            .find(|(halves, _)| *halves == (first, second))
            .map(|&(_, op)| op)
    }
}

/// `Yield`'s argument bit: the `yield` is inside a `with` body, a `try`
/// with `finally` or a `try` with a bare `except:`, so a generator
/// suspended there has cleanup to run when it is closed or abandoned.
pub const YIELD_IN_CLEANUP: u32 = 1;
/// `Yield`'s argument bit: the `yield` of a `yield from`, after its
/// `Send`; the iterator delegated to is on top of the suspended frame's
/// operand stack (`throw` and `close` go to it first, as in CPython).
pub const YIELD_DELEGATING: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Opcode, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

/// The comparison a `CompareJump` makes (kept in its argument's top bits,
/// so a test and its branch are one instruction).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareKind {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl CompareKind {
    const ALL: [CompareKind; 6] = [
        CompareKind::Lt,
        CompareKind::Le,
        CompareKind::Gt,
        CompareKind::Ge,
        CompareKind::Eq,
        CompareKind::Ne,
    ];
    /// Jump targets must fit below the comparison bits.
    pub const MAX_TARGET: u32 = (1 << 28) - 1;

    pub fn arg(self, target: u32) -> u32 {
        ((self as u32) << 28) | target
    }
    #[inline]
    pub fn from_arg(arg: u32) -> CompareKind {
        CompareKind::from_index((arg >> 28) as usize)
    }
    /// The comparison numbered `i` (its `as usize`); past the last, `!=`.
    pub fn from_index(i: usize) -> CompareKind {
        CompareKind::ALL[i.min(5)]
    }
    #[inline]
    pub fn target(arg: u32) -> usize {
        (arg & CompareKind::MAX_TARGET) as usize
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", ">", ">=", "==", "!="][self as usize]
    }
    /// Whether an ordering satisfies the comparison (None: unordered, NaN).
    #[inline]
    pub fn holds(self, ord: Option<std::cmp::Ordering>) -> bool {
        use std::cmp::Ordering::*;
        match (self, ord) {
            (CompareKind::Ne, None) => true,
            (_, None) => false,
            (CompareKind::Lt, Some(o)) => o == Less,
            (CompareKind::Le, Some(o)) => o != Greater,
            (CompareKind::Gt, Some(o)) => o == Greater,
            (CompareKind::Ge, Some(o)) => o != Less,
            (CompareKind::Eq, Some(o)) => o == Equal,
            (CompareKind::Ne, Some(o)) => o != Equal,
        }
    }
    /// The ordering operator, for the generic path (None for == and !=).
    pub fn order_op(self) -> Option<crate::ops::compare::OrderOp> {
        use crate::ops::compare::OrderOp;
        match self {
            CompareKind::Lt => Some(OrderOp::Lt),
            CompareKind::Le => Some(OrderOp::Le),
            CompareKind::Gt => Some(OrderOp::Gt),
            CompareKind::Ge => Some(OrderOp::Ge),
            _ => None,
        }
    }
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    /// `...`, the one `Ellipsis` object.
    Ellipsis,
    /// An int literal too large for 64 bits: its decimal digits, or its
    /// digits after a `0x`, `0o` or `0b` prefix.
    BigInt(Rc<str>),
    /// A bytes literal.
    Bytes(Rc<[u8]>),
    /// An imaginary literal: the complex with this imaginary part and a
    /// zero real part.
    Imag(f64),
    /// The names of a call's keyword arguments.
    Names(Rc<[Rc<str>]>),
    /// A tuple of constants (inside a `FrozenSet`).
    Tuple(Rc<[Constant]>),
    /// A frozenset of constants: what CPython folds `x in {1, 2, 3}`,
    /// `for x in {...}` and a set display of three or more constants into.
    /// The items are in source order; the set is built as CPython builds
    /// its constant, so it iterates in CPython's order.
    FrozenSet(Rc<[Constant]>),
}

/// How a function's variables are laid out in its frame's local slots.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Locals {
    /// Names of all slots; parameters come first, in order.
    pub names: Vec<Rc<str>>,
    /// Positional parameters (the first slots).
    pub nparams: u32,
    /// How many of them are positional-only (before `/`).
    pub nposonly: u32,
    /// The keyword-only parameters (the slots after the positional ones):
    /// whether each has a default.
    pub kwonly: Vec<bool>,
    /// A `*args` slot follows them.
    pub varargs: bool,
    /// A `**kwargs` slot follows that.
    pub varkw: bool,
    /// Slots that hold a cell because a nested function captures them.
    pub cells: Vec<u32>,
    /// Slots that receive the function's closure cells on entry, in the
    /// order of `FunctionObj::cells`.
    pub free: Vec<u32>,
    /// A generator function: a call binds the arguments into a new
    /// generator object instead of running the body.
    pub generator: bool,
    /// An `async def`: the generator object a call makes is a coroutine.
    pub coroutine: bool,
    /// An `async def` that yields, or an asynchronous generator
    /// expression: a call makes an asynchronous generator.
    pub async_generator: bool,
}

impl Locals {
    /// The kind of generator object a call of this code makes.
    pub fn generator_kind(&self) -> crate::object::Kind {
        use crate::object::Kind;
        match (self.coroutine, self.async_generator) {
            (_, true) => Kind::AsyncGenerator,
            (true, false) => Kind::Coroutine,
            (false, false) => Kind::Generator,
        }
    }
}

impl Locals {
    /// Whether binding arguments takes more than one slot per positional
    /// argument (keyword-only parameters, `*args`, `**kwargs`).
    pub fn extended(&self) -> bool {
        !self.kwonly.is_empty() || self.varargs || self.varkw
    }

    /// How many of a function's defaults belong to keyword-only
    /// parameters (they follow the positional ones).
    pub fn nkwdefaults(&self) -> usize {
        self.kwonly.iter().filter(|d| **d).count()
    }

    /// All the parameter slots.
    pub fn nslots_params(&self) -> usize {
        self.nparams as usize + self.kwonly.len() + self.varargs as usize + self.varkw as usize
    }
}

/// One compiled function (or module body, lambda, comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    /// `outer.<locals>.inner`, as CPython's messages name functions.
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    /// Line of the `def` (or 1 for a module).
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// The rest of each instruction's source position: the columns and
    /// last line of the expression it belongs to (tracebacks mark it).
    pub positions: crate::positions::PositionTable,
    /// The text of the file the code came from, shared by every code
    /// object of one compile, for the source lines of tracebacks; None
    /// where CPython shows none (`<string>`, `<stdin>`).
    pub source: Option<Rc<str>>,
    pub consts: Vec<Constant>,
    /// Global, attribute and method names used by the instructions.
    pub names: Vec<Rc<str>>,
    pub locals: Locals,
    /// Number of default values `MakeFunction` pops for this code.
    pub ndefaults: u32,
    /// Code objects of the functions defined inside this one.
    pub children: Vec<Rc<CodeObject>>,
    /// Number of `Loop` instructions (each has its own hot counter).
    pub nloops: u32,
    /// True for the module body (globals are the module's) and the
    /// interactive prompt (which echoes expression statements).
    pub is_module: bool,
    /// Where an exception raised by an instruction goes: the innermost
    /// entry whose range holds it (entries are innermost first).
    pub handlers: Vec<Handler>,
    /// The instructions that run while an exception is being handled, and
    /// where that exception is kept (innermost first).
    pub handling: Vec<Handling>,
    /// A function's docstring (its `__doc__`).
    pub doc: Option<Rc<str>>,
}

/// While an instruction in `start..end` runs, its frame is handling an
/// exception (in an `except` clause, a `finally` body run for an
/// exception, or a `with` calling `__exit__` for one): an exception raised
/// there gets it as its `__context__`, and a bare `raise` raises it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handling {
    pub start: u32,
    pub end: u32,
    pub held: Held,
}

/// Where a handled exception is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// On the operand stack where the handler whose target is the
    /// range's start pushed it.
    Caught,
    /// In this local slot.
    Local(u32),
    /// In the module global of this name (an index into `names`).
    Global(u32),
    /// In the class body's namespace under this name.
    Name(u32),
}

/// An exception handler: an exception raised by an instruction in
/// `start..end` truncates the frame's operand stack to `depth`, pushes the
/// exception and continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

impl Constant {
    /// A copy that shares no `Rc` with this one (see `CodeObject::deep_clone`).
    pub fn deep_clone(&self) -> Constant {
        let text = |s: &Rc<str>| -> Rc<str> { Rc::from(&**s) };
        let all = |items: &[Constant]| -> Rc<[Constant]> { items.iter().map(Constant::deep_clone).collect() };
        match self {
            Constant::Str(s) => Constant::Str(text(s)),
            Constant::Names(names) => Constant::Names(names.iter().map(text).collect()),
            Constant::Tuple(items) => Constant::Tuple(all(items)),
            Constant::FrozenSet(items) => Constant::FrozenSet(all(items)),
            other => other.clone(),
        }
    }
}

/// A loaded code object's index in the VM's code table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CodeId(pub u32);

impl CodeObject {
    /// A copy that shares no `Rc` with this one (an engine's loaded code
    /// and the host's compiled program must not share reference counts:
    /// either may move to another thread).
    pub fn deep_clone(&self) -> CodeObject {
        self.deep_clone_with(self.source.as_deref().map(Rc::from))
    }

    /// `deep_clone`, the copies sharing one new copy of the source text.
    fn deep_clone_with(&self, source: Option<Rc<str>>) -> CodeObject {
        let text = |s: &Rc<str>| -> Rc<str> { Rc::from(&**s) };
        let texts = |v: &[Rc<str>]| -> Vec<Rc<str>> { v.iter().map(text).collect() };
        CodeObject {
            name: text(&self.name),
            qualname: text(&self.qualname),
            filename: text(&self.filename),
            first_line: self.first_line,
            instrs: self.instrs.clone(),
            lines: self.lines.clone(),
            positions: self.positions.clone(),
            source: source.clone(),
            consts: self.consts.iter().map(Constant::deep_clone).collect(),
            names: texts(&self.names),
            locals: Locals {
                names: texts(&self.locals.names),
                ..self.locals.clone()
            },
            ndefaults: self.ndefaults,
            children: self
                .children
                .iter()
                .map(|c| Rc::new(c.deep_clone_with(source.clone())))
                .collect(),
            nloops: self.nloops,
            is_module: self.is_module,
            handlers: self.handlers.clone(),
            handling: self.handling.clone(),
            doc: self.doc.as_ref().map(text),
        }
    }

    /// Checks that the declared stack effects agree along every path: the
    /// stack never underflows and every instruction is reached with one
    /// depth. Returns the deepest operand stack. Run on every code object
    /// the compiler produces (in debug builds) and by the tests.
    pub fn verify_stack_depths(&self) -> Result<u32, String> {
        for child in &self.children {
            child.verify_stack_depths()?;
        }
        self.stack_depths().map(|(max, _)| max)
    }

    /// Sets each handler's depth to the operand stack's depth where its
    /// range starts (a `try` statement begins at a statement boundary).
    pub fn set_handler_depths(&mut self) -> Result<(), String> {
        let (_, depth_at) = self.stack_depths()?;
        let starts: Vec<(u32, u32)> = self
            .handlers
            .iter()
            .map(|h| (h.target, self.region_start(h.target)))
            .collect();
        for (h, (_, start)) in self.handlers.iter_mut().zip(starts) {
            h.depth = depth_at.get(start as usize).copied().flatten().unwrap_or(0) as u32;
        }
        Ok(())
    }

    /// Where the region of handler `target` begins: its first range (a
    /// region is cut into ranges around the code that leaves it, and a
    /// later range may begin in unreachable code, after a jump).
    fn region_start(&self, target: u32) -> u32 {
        self.handlers
            .iter()
            .filter(|h| h.target == target)
            .map(|h| h.start)
            .min()
            .unwrap_or(0)
    }

    /// The deepest the operand stack gets, and its depth before each
    /// instruction (None where no path reaches). A handler's code is
    /// reached with its range's starting depth plus the exception.
    fn stack_depths(&self) -> Result<(u32, Vec<Option<i64>>), String> {
        let n = self.instrs.len();
        let mut depth_at: Vec<Option<i64>> = vec![None; n + 1];
        let mut work = vec![(0usize, 0i64)];
        let mut max = 0i64;
        loop {
            if work.is_empty() {
                for h in &self.handlers {
                    let start = self.region_start(h.target) as usize;
                    if let (Some(d), None) = (depth_at[start], depth_at[h.target as usize]) {
                        work.push((h.target as usize, d + 1));
                        max = max.max(d + 1);
                    }
                }
                if work.is_empty() {
                    break;
                }
            }
            let (pc, depth) = work.pop().expect("not empty");
            if pc >= n {
                return Err(format!("{}: control runs off the end at {pc}", self.qualname));
            }
            match depth_at[pc] {
                Some(d) if d == depth => continue,
                Some(d) => {
                    return Err(format!(
                        "{}: instruction {pc} reached with depths {d} and {depth}",
                        self.qualname
                    ))
                }
                None => depth_at[pc] = Some(depth),
            }
            let ins = self.instrs[pc];
            let (mut pops, pushes) = ins.op.stack_effect(ins.arg);
            if ins.op == Opcode::MakeFunction {
                let child = self
                    .children
                    .get(ins.arg as usize)
                    .ok_or("MakeFunction names no child")?;
                pops += child.ndefaults + child.locals.free.len() as u32;
            }
            if depth < pops as i64 {
                return Err(format!("{}: stack underflow at {pc} ({:?})", self.qualname, ins.op));
            }
            let after = depth - pops as i64 + pushes as i64;
            max = max.max(after);
            let target = ins.arg as usize;
            match ins.op {
                Opcode::Return | Opcode::RaiseAssert | Opcode::Raise | Opcode::Reraise => {}
                Opcode::Jump => work.push((target, depth)),
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                    work.push((target, after));
                    work.push((pc + 1, after));
                }
                Opcode::CompareJump => {
                    work.push((CompareKind::target(ins.arg), after));
                    work.push((pc + 1, after));
                }
                Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                    work.push((target, depth));
                    work.push((pc + 1, after));
                }
                Opcode::ForIter | Opcode::Send => {
                    work.push((target, depth - 1));
                    work.push((pc + 1, after));
                }
                op if op.halves().is_some() => {
                    let (first, second) = op.halves().expect("a superinstruction");
                    // The next slot may itself start a pair (with its own
                    // argument first), as in a run of loads.
                    let next = self.instrs.get(pc + 1).map(|i| i.op.halves().map_or(i.op, |h| h.0));
                    if next != Some(second) {
                        return Err(format!(
                            "{}: {op:?} at {pc} is not followed by its {second:?}",
                            self.qualname
                        ));
                    }
                    debug_assert_eq!(first.stack_effect(ins.arg).0, pops);
                    work.push((pc + 2, after));
                }
                _ => work.push((pc + 1, after)),
            }
        }
        Ok((max as u32, depth_at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_has_a_name_and_a_meaning() {
        for op in Opcode::ALL {
            assert!(!op.name().is_empty());
            assert!(!op.meaning().is_empty());
        }
        assert_eq!(Opcode::Call.stack_effect(3), (4, 1));
        assert_eq!(Opcode::CallMethod.stack_effect((7 << 8) | 2), (3, 1));
        assert_eq!(Opcode::UnpackSequence.stack_effect(3), (1, 3));
    }
}
