//! The check behind a strict `@njit`: a static type inference over a
//! function's bytecode, given the types of its arguments, that finds what
//! Numba's nopython mode would refuse, and says so in Numba's words.
//!
//! It runs once per function and tuple of argument types (at the first
//! call with them, as Numba compiles). It is an abstract interpretation:
//! each instruction gets the types of the locals and of the operand stack
//! on entry, joined over its predecessors (in the order of their
//! positions, as Numba's phi nodes list them) until nothing changes.
//!
//! It is conservative: where it cannot tell, a type is `Unknown`, which
//! unifies with anything and refuses nothing. A refusal of a program
//! Numba accepts would be worse than a missed one, so only these are
//! refused:
//! - a global Numba cannot type (a plain function, a class, a dict, a
//!   built-in it lacks, an int too large...) and an undefined name;
//! - a variable whose values, where paths meet, are a number on one path
//!   and a str on another, read after they meet (`Cannot unify`);
//! - an attribute of `math` Numba does not have;
//! - the constructs Numba's bytecode front end refuses: storing a global,
//!   a class statement, a format spec in an f-string, `except E as e`,
//!   `with`, `del` of a local, a generator expression;
//! - a global list or set (after typing, as Numba checks it).

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::bytecode::{CodeId, CodeObject, CompareKind, Constant, Opcode};

/// The types the inference tracks: a small lattice whose top is `Unknown`.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    /// Anything: the inference does not know (never refused).
    Unknown,
    /// int64, with its value when it is a constant (`Literal[int](1)`).
    Int(Option<i64>),
    Float,
    Bool(Option<bool>),
    /// unicode_type, with its value when it is a constant.
    Str(Option<Rc<str>>),
    NoneT,
    /// A (reflected) list of the item type.
    List(Box<Ty>),
    Tuple(Vec<Ty>),
    Set(Box<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    Range,
    /// An iterator yielding the item type.
    Iter(Box<Ty>),
    /// Optional(T): T or None.
    Optional(Box<Ty>),
    /// A NumPy-like array (from a signature).
    Array,
    /// Something callable Numba types: a built-in, a `math` function, a
    /// dispatcher.
    Func(Callee),
    /// A module (`math` is the one whose attributes are checked).
    Module(Rc<str>),
    /// The exception an `except` clause receives.
    Exc,
    /// Where paths met, a variable held types that cannot unify (only in
    /// locals; reading it is the refusal).
    Conflict(Box<Conflict>),
}

/// Which callable a `Ty::Func` is, for the type of its result.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    Builtin(&'static str),
    Math(Rc<str>),
    /// A script function (`@njit`, or a lambda or closure made inside).
    Script,
    Other,
}

/// Two types that met and cannot unify, for the message.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub first: Ty,
    pub second: Ty,
}

impl Ty {
    /// The name Numba prints for the type (only asked of the types a
    /// refusal names).
    pub fn numba_name(&self) -> String {
        match self {
            Ty::Int(Some(v)) => format!("Literal[int]({v})"),
            Ty::Int(None) => "int64".into(),
            Ty::Float => "float64".into(),
            Ty::Bool(Some(b)) => format!("Literal[bool]({})", if *b { "True" } else { "False" }),
            Ty::Bool(None) => "bool".into(),
            Ty::Str(Some(s)) => format!("Literal[str]({s})"),
            Ty::Str(None) => "unicode_type".into(),
            Ty::NoneT => "none".into(),
            Ty::List(t) => format!("reflected list({})<iv=None>", t.numba_name()),
            Ty::Set(t) => format!("reflected set({})", t.numba_name()),
            Ty::Optional(t) => format!("OptionalType({})", t.numba_name()),
            _ => "pyobject".into(),
        }
    }

    fn is_number(&self) -> bool {
        matches!(self, Ty::Int(_) | Ty::Float | Ty::Bool(_))
    }

    /// The type without its constant value (what a phi of two different
    /// constants, or arithmetic on them, gives).
    fn widened(&self) -> Ty {
        match self {
            Ty::Int(_) => Ty::Int(None),
            Ty::Bool(_) => Ty::Bool(None),
            Ty::Str(_) => Ty::Str(None),
            other => other.clone(),
        }
    }
}

/// Numba's unification of two types, where it is sure: `Err` only for a
/// number against a str (Numba's `Cannot unify`); anything else it is
/// unsure of is `Unknown`.
#[allow(clippy::result_unit_err)]
pub fn unify(a: &Ty, b: &Ty) -> Result<Ty, ()> {
    use Ty::*;
    Ok(match (a, b) {
        (Unknown, _) | (_, Unknown) => Unknown,
        (Conflict(_), _) | (_, Conflict(_)) => Unknown,
        _ if a == b => a.clone(),
        (Int(_), Int(_)) => Int(None),
        (Str(_), Str(_)) => Str(None),
        (Bool(_), Bool(_)) => Bool(None),
        (Float, x) | (x, Float) if x.is_number() => Float,
        (Int(_), Bool(_)) | (Bool(_), Int(_)) => Int(None),
        (x, y) if (x.is_number() && matches!(y, Str(_))) || (y.is_number() && matches!(x, Str(_))) => return Err(()),
        (NoneT, Optional(t)) | (Optional(t), NoneT) => Optional(t.clone()),
        (NoneT, t) | (t, NoneT) => Optional(Box::new(t.widened())),
        (Optional(x), Optional(y)) => match unify(x, y) {
            Ok(Unknown) | Err(()) => Unknown,
            Ok(t) => Optional(Box::new(t)),
        },
        (Optional(x), y) | (y, Optional(x)) => match unify(x, y) {
            Ok(Unknown) | Err(()) => Unknown,
            Ok(t) => Optional(Box::new(t)),
        },
        (List(x), List(y)) => match unify(x, y) {
            Ok(t) => List(Box::new(t)),
            Err(()) => Unknown,
        },
        (Tuple(x), Tuple(y)) if x.len() == y.len() => {
            let mut items = Vec::with_capacity(x.len());
            for (p, q) in x.iter().zip(y) {
                match unify(p, q) {
                    Ok(t) => items.push(t),
                    Err(()) => return Ok(Unknown),
                }
            }
            Tuple(items)
        }
        (Iter(x), Iter(y)) => match unify(x, y) {
            Ok(t) => Iter(Box::new(t)),
            Err(()) => Unknown,
        },
        _ => Unknown,
    })
}

/// What Numba knows a global as, or why it cannot type it (what the
/// checker's host reports for each global name the code loads).
#[derive(Clone, Debug, PartialEq)]
pub enum Global {
    Typed(Ty),
    /// `Untyped global name 'x': <reason>` (the reason in Numba's words:
    /// `Cannot determine Numba type of <class 'function'>`).
    Untyped(String),
    /// Not defined at all: Numba's `NameError: name 'x' is not defined`.
    Undefined,
    /// A global list or set: typed, but refused after typing (`ty` is
    /// its Numba type, `reflected list(int64)<iv=None>`).
    Reflected(String),
    /// A dispatcher made by `@njit` (called: checked too, by the host).
    Dispatcher,
}

/// The checker's view of the VM: globals and child code objects.
pub trait Host {
    /// What global `name`, loaded by code `code`, is now.
    fn global(&mut self, code: CodeId, name: &str) -> Global;
    /// The code of child `index` of code `code`.
    fn child(&self, code: CodeId, index: usize) -> Option<(CodeId, Rc<CodeObject>)>;
}

/// Why Numba refuses the function: what the message needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// `Untyped global name 'x': reason`, at the load's line.
    UntypedGlobal { name: String, reason: String, line: u32 },
    /// `NameError: name 'x' is not defined`.
    Undefined { name: String, line: u32 },
    /// `Cannot unify A and B for 'x.N', defined at FILE (L)`: `line` is
    /// that of the block that reads the variable.
    CannotUnify {
        first: String,
        second: String,
        var: String,
        line: u32,
    },
    /// `Unknown attribute 'comb' of type Module(<module 'math' ...>)`.
    UnknownAttr { module: String, attr: String, line: u32 },
    /// Numba's bytecode front end: `Use of unsupported opcode (NAME) found`
    /// and the like (`UnsupportedBytecodeError`), the text before
    /// `. Raised from`.
    Bytecode { text: String, line: u32 },
    /// `with` (a `CompilerError`: `Unsupported context manager in use`).
    With { line: u32 },
    /// `with ... as name:` (an `UnsupportedBytecodeError` with no place).
    WithAs,
    /// `del` of a local (a `CompilerError`: `Illegal IR, del found at: del y`).
    Del { name: String, line: u32 },
    /// A generator expression (`UnsupportedError`: `The use of yield in a
    /// closure is unsupported.`), at the line that makes it.
    YieldInClosure { line: u32 },
    /// A global list or set, after typing.
    ReflectedGlobal { name: String, ty: String, line: u32 },
}

impl Refusal {
    /// Numba's order: its bytecode front end first, then closure
    /// inlining, `with` lifting, typing (globals as the constraints are
    /// built, then what propagation finds), then feature validation.
    fn rank(&self) -> u8 {
        match self {
            Refusal::Bytecode { .. } | Refusal::WithAs => 0,
            Refusal::Del { .. } => 1,
            Refusal::YieldInClosure { .. } => 2,
            Refusal::With { .. } => 3,
            Refusal::UntypedGlobal { .. } | Refusal::Undefined { .. } => 4,
            Refusal::CannotUnify { .. } | Refusal::UnknownAttr { .. } => 5,
            Refusal::ReflectedGlobal { .. } => 6,
        }
    }
}

/// The `math` functions and constants Numba 0.68 supports.
pub const NUMBA_MATH: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "ceil",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "e",
    "erf",
    "erfc",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "floor",
    "frexp",
    "gamma",
    "gcd",
    "hypot",
    "inf",
    "isfinite",
    "isinf",
    "isnan",
    "ldexp",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "nan",
    "nextafter",
    "pi",
    "pow",
    "radians",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "tau",
    "trunc",
];

/// The built-in functions Numba 0.68 types (every other one is an
/// untyped global; the exception classes are typed too).
pub const NUMBA_BUILTINS: &[&str] = &[
    "abs",
    "bool",
    "bytes",
    "chr",
    "complex",
    "dict",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "getattr",
    "hasattr",
    "hash",
    "int",
    "isinstance",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "ord",
    "pow",
    "print",
    "range",
    "repr",
    "round",
    "set",
    "slice",
    "sorted",
    "str",
    "sum",
    "tuple",
    "type",
    "zip",
];

/// The abstract state on entry to an instruction.
#[derive(Clone, Debug, PartialEq)]
struct State {
    /// None: not assigned on any path yet.
    locals: Vec<Option<Ty>>,
    stack: Vec<Ty>,
}

impl State {
    /// Joins `other` into this state (this one came from the earlier
    /// predecessor): a variable whose types cannot unify becomes a
    /// conflict, named if it is read.
    fn join(&mut self, other: &State) {
        for (a, b) in self.locals.iter_mut().zip(&other.locals) {
            *a = match (a.take(), b) {
                (None, b) => b.clone(),
                (a, None) => a,
                (Some(x), Some(y)) => Some(join_local(&x, y)),
            };
        }
        if self.stack.len() == other.stack.len() {
            for (a, b) in self.stack.iter_mut().zip(&other.stack) {
                *a = unify(a, b).unwrap_or(Ty::Unknown);
            }
        } else {
            // The verifier rules this out; be safe all the same.
            self.stack = vec![Ty::Unknown; self.stack.len().max(other.stack.len())];
        }
    }
}

fn join_local(x: &Ty, y: &Ty) -> Ty {
    match (x, y) {
        (Ty::Conflict(_), _) => x.clone(),
        (_, Ty::Conflict(_)) => y.clone(),
        _ => match unify(x, y) {
            Ok(t) => t,
            Err(()) => Ty::Conflict(Box::new(Conflict {
                first: x.clone(),
                second: y.clone(),
            })),
        },
    }
}

/// The most passes over a function before the inference gives up (and
/// accepts).
const MAX_PASSES: usize = 40;

/// Checks code `cid` for the given argument types (one per parameter
/// slot; fewer are padded with `Unknown`). `Ok` when Numba would compile
/// it (or the inference cannot tell).
pub fn check(host: &mut dyn Host, cid: CodeId, code: &CodeObject, args: &[Ty]) -> Result<(), Refusal> {
    let mut refusals = Vec::new();
    let mut seen = Vec::new();
    scan_syntax(host, cid, code, true, &mut refusals, &mut seen);
    let mut checker = Checker {
        host,
        cid,
        code,
        globals: BTreeMap::new(),
    };
    let states = checker.infer(args);
    if let Some(states) = states {
        checker.report(&states, &mut refusals);
    }
    refusals
        .into_iter()
        .min_by_key(|r| (r.rank(), line_of(r)))
        .map_or(Ok(()), Err)
}

fn line_of(r: &Refusal) -> u32 {
    match r {
        Refusal::UntypedGlobal { line, .. }
        | Refusal::Undefined { line, .. }
        | Refusal::CannotUnify { line, .. }
        | Refusal::UnknownAttr { line, .. }
        | Refusal::Bytecode { line, .. }
        | Refusal::With { line }
        | Refusal::Del { line, .. }
        | Refusal::YieldInClosure { line }
        | Refusal::ReflectedGlobal { line, .. } => *line,
        Refusal::WithAs => 0,
    }
}

/// The refusals that need no types, in this code and the code of the
/// lambdas, closures and comprehensions it makes (Numba inlines those):
/// its bytecode front end's, and globals it cannot type.
fn scan_syntax(
    host: &mut dyn Host,
    cid: CodeId,
    code: &CodeObject,
    top: bool,
    out: &mut Vec<Refusal>,
    seen: &mut Vec<CodeId>,
) {
    if seen.contains(&cid) {
        return;
    }
    seen.push(cid);
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.lines.get(pc).copied().unwrap_or(code.first_line);
        let op = ins.op.halves().map_or(ins.op, |h| h.0);
        let name = |i: u32| code.names.get(i as usize).map_or("?", |n| &**n).to_string();
        match op {
            Opcode::StoreGlobal => out.push(Refusal::Bytecode {
                text: "Use of unsupported opcode (STORE_GLOBAL) found".into(),
                line,
            }),
            Opcode::DeleteGlobal => out.push(Refusal::Bytecode {
                text: "Use of unsupported opcode (DELETE_GLOBAL) found".into(),
                line,
            }),
            Opcode::BuildClass | Opcode::BuildClassKw => out.push(Refusal::Bytecode {
                text: "Use of unsupported opcode (LOAD_BUILD_CLASS) found".into(),
                line,
            }),
            Opcode::FormatValue if pc > 0 && format_spec_given(code, pc) => out.push(Refusal::Bytecode {
                text: "format spec in f-strings not supported yet".into(),
                line,
            }),
            Opcode::DeleteLocal if top => {
                let local = code.locals.names.get(ins.arg as usize).map_or("?", |n| &**n);
                if crate::methods::str_case::is_identifier(local) {
                    out.push(Refusal::Del {
                        name: local.to_string(),
                        line,
                    });
                }
            }
            Opcode::WithEnter => {
                // `with ... as name:` binds what `__enter__` returned;
                // without `as`, it is popped.
                // (`WithEnter`, then the bound `__exit__` is kept in a
                // hidden local, then the value is bound or popped.)
                let next = code.instrs.get(pc + 3).map(|i| i.op.halves().map_or(i.op, |h| h.0));
                if next == Some(Opcode::Pop) {
                    out.push(Refusal::With { line });
                } else {
                    out.push(Refusal::WithAs);
                }
            }
            Opcode::MakeFunction => {
                if let Some((child_id, child)) = host.child(cid, ins.arg as usize) {
                    if child.locals.generator {
                        if &*child.name == "<genexpr>" {
                            out.push(Refusal::YieldInClosure { line });
                        }
                    } else {
                        scan_syntax(host, child_id, &child, false, out, seen);
                    }
                }
            }
            Opcode::LoadGlobal => {
                let n = name(ins.arg);
                match host.global(cid, &n) {
                    Global::Untyped(reason) => out.push(Refusal::UntypedGlobal { name: n, reason, line }),
                    Global::Undefined => out.push(Refusal::Undefined { name: n, line }),
                    Global::Reflected(ty) => out.push(Refusal::ReflectedGlobal { name: n, ty, line }),
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// Whether the `FormatValue` at `pc` has a spec: the spec is pushed just
/// before it, and an empty one is the constant "".
fn format_spec_given(code: &CodeObject, pc: usize) -> bool {
    let prev = code.instrs[pc - 1];
    let op = prev.op.halves().map_or(prev.op, |h| h.1);
    let arg = match prev.op.halves() {
        // The second half of a pair keeps its own argument in its slot.
        Some(_) => return true,
        None => prev.arg,
    };
    match op {
        Opcode::LoadConst => match code.consts.get(arg as usize) {
            Some(Constant::Str(s)) => !s.is_empty(),
            Some(Constant::None) => false,
            _ => true,
        },
        _ => true,
    }
}

struct Checker<'a> {
    host: &'a mut dyn Host,
    cid: CodeId,
    code: &'a CodeObject,
    globals: BTreeMap<u32, Global>,
}

impl Checker<'_> {
    fn global(&mut self, arg: u32) -> Global {
        if let Some(g) = self.globals.get(&arg) {
            return g.clone();
        }
        let name = self.code.names.get(arg as usize).map_or("?", |n| &**n).to_string();
        let g = self.host.global(self.cid, &name);
        self.globals.insert(arg, g.clone());
        g
    }

    fn entry_state(&self, args: &[Ty]) -> State {
        let n = self.code.locals.names.len();
        let mut locals = vec![None; n];
        let nparams = self.code.locals.nslots_params();
        for (i, slot) in locals.iter_mut().enumerate().take(nparams) {
            *slot = Some(args.get(i).cloned().unwrap_or(Ty::Unknown));
        }
        // Cells and closure variables: not followed.
        for &c in self.code.locals.cells.iter().chain(&self.code.locals.free) {
            if let Some(slot) = locals.get_mut(c as usize) {
                *slot = Some(Ty::Unknown);
            }
        }
        State {
            locals,
            stack: Vec::new(),
        }
    }

    /// The fixed point: each instruction's entry state (None where no
    /// path reaches). None when it does not settle.
    fn infer(&mut self, args: &[Ty]) -> Option<Vec<Option<State>>> {
        let n = self.code.instrs.len();
        // Edge states, keyed (to, from), so a join takes its predecessors
        // in the order of their positions.
        let mut edges: BTreeMap<(usize, usize), State> = BTreeMap::new();
        let entry = self.entry_state(args);
        let handler_entry: BTreeMap<usize, usize> = self
            .code
            .handlers
            .iter()
            .map(|h| (h.target as usize, h.depth as usize))
            .collect();
        let mut states: Vec<Option<State>> = vec![None; n];
        for _ in 0..MAX_PASSES {
            let mut changed = false;
            #[allow(clippy::needless_range_loop)]
            for pc in 0..n {
                let mut state: Option<State> = if pc == 0 { Some(entry.clone()) } else { None };
                for (_, s) in edges.range((pc, 0)..(pc + 1, 0)) {
                    match &mut state {
                        None => state = Some(s.clone()),
                        Some(st) => st.join(s),
                    }
                }
                if let Some(&depth) = handler_entry.get(&pc) {
                    // An exception may come from anywhere in the range:
                    // the locals are whatever they were (not followed).
                    let mut stack = vec![Ty::Unknown; depth];
                    stack.push(Ty::Exc);
                    let locals = vec![Some(Ty::Unknown); self.code.locals.names.len()];
                    state = Some(State { locals, stack });
                }
                let Some(state) = state else { continue };
                if states[pc].as_ref() != Some(&state) {
                    states[pc] = Some(state.clone());
                    changed = true;
                }
                for (to, out) in self.transfer(pc, state, None) {
                    if to < n && edges.get(&(to, pc)) != Some(&out) {
                        edges.insert((to, pc), out);
                        changed = true;
                    }
                }
            }
            if !changed {
                return Some(states);
            }
        }
        None
    }

    /// The refusals the settled states show: a conflict read, an unknown
    /// `math` attribute.
    fn report(&mut self, states: &[Option<State>], out: &mut Vec<Refusal>) {
        let leaders = self.block_leaders();
        for (pc, state) in states.iter().enumerate() {
            let Some(state) = state else { continue };
            let mut found = Vec::new();
            self.transfer(pc, state.clone(), Some(&mut found));
            for r in found {
                let r = match r {
                    Refusal::CannotUnify { first, second, var, .. } => {
                        // Numba's phi node is made where the variable is
                        // read: its line is that of the block's start.
                        let leader = leaders.iter().rev().find(|&&l| l <= pc).copied().unwrap_or(0);
                        let line = self.code.lines.get(leader).copied().unwrap_or(self.code.first_line);
                        Refusal::CannotUnify {
                            first,
                            second,
                            var,
                            line,
                        }
                    }
                    other => other,
                };
                out.push(r);
            }
        }
    }

    /// Where basic blocks start: the first instruction, jump targets,
    /// handlers, and what follows a jump or a return.
    fn block_leaders(&self) -> Vec<usize> {
        let mut leaders = vec![0];
        for (pc, ins) in self.code.instrs.iter().enumerate() {
            let op = ins.op;
            match op {
                Opcode::Jump
                | Opcode::PopJumpIfFalse
                | Opcode::PopJumpIfTrue
                | Opcode::JumpIfFalseOrPop
                | Opcode::JumpIfTrueOrPop
                | Opcode::ForIter => {
                    leaders.push(ins.arg as usize);
                    leaders.push(pc + 1);
                }
                Opcode::CompareJump => {
                    leaders.push(CompareKind::target(ins.arg));
                    leaders.push(pc + 1);
                }
                Opcode::Return | Opcode::Raise | Opcode::RaiseAssert | Opcode::Reraise => leaders.push(pc + 1),
                _ => {}
            }
        }
        leaders.extend(self.code.handlers.iter().map(|h| h.target as usize));
        leaders.sort_unstable();
        leaders.dedup();
        leaders
    }

    /// The successors of instruction `pc` and their entry states. With
    /// `found`, the refusals the instruction shows are added there.
    fn transfer(&mut self, pc: usize, mut st: State, mut found: Option<&mut Vec<Refusal>>) -> Vec<(usize, State)> {
        let ins = self.code.instrs[pc];
        let line = self.code.lines.get(pc).copied().unwrap_or(self.code.first_line);
        // A superinstruction runs its first half here; the second half is
        // the next slot's instruction.
        let op = ins.op.halves().map_or(ins.op, |h| h.0);
        let arg = ins.arg;
        let n = arg as usize;
        macro_rules! pop {
            () => {
                st.stack.pop().unwrap_or(Ty::Unknown)
            };
        }
        macro_rules! popn {
            ($k:expr) => {{
                let k: usize = $k;
                let at = st.stack.len().saturating_sub(k);
                st.stack.split_off(at)
            }};
        }
        let next = pc + 1;
        match op {
            Opcode::Nop | Opcode::Loop | Opcode::SetupAnnotations => {}
            Opcode::Pop => {
                pop!();
            }
            Opcode::Dup => {
                let t = st.stack.last().cloned().unwrap_or(Ty::Unknown);
                st.stack.push(t);
            }
            Opcode::DupTwo => {
                let k = st.stack.len();
                if k >= 2 {
                    let (a, b) = (st.stack[k - 2].clone(), st.stack[k - 1].clone());
                    st.stack.push(a);
                    st.stack.push(b);
                }
            }
            Opcode::RotTwo => {
                let k = st.stack.len();
                if k >= 2 {
                    st.stack.swap(k - 1, k - 2);
                }
            }
            Opcode::RotThree => {
                let k = st.stack.len();
                if k >= 3 {
                    let top = st.stack.remove(k - 1);
                    st.stack.insert(k - 3, top);
                }
            }
            Opcode::LoadConst => {
                let t = self.code.consts.get(n).map_or(Ty::Unknown, const_ty);
                st.stack.push(t);
            }
            Opcode::LoadLocal => {
                let t = match st.locals.get(n).cloned().flatten() {
                    Some(Ty::Conflict(c)) => {
                        if let Some(found) = found.as_deref_mut() {
                            let var = self.code.locals.names.get(n).map_or("?", |s| &**s);
                            found.push(Refusal::CannotUnify {
                                first: c.first.numba_name(),
                                second: c.second.numba_name(),
                                var: format!("{var}.{}", self.definitions(n)),
                                line,
                            });
                        }
                        Ty::Unknown
                    }
                    Some(t) => t,
                    None => Ty::Unknown,
                };
                st.stack.push(t);
            }
            Opcode::StoreLocal => {
                let t = pop!();
                let local = self.code.locals.names.get(n).map_or("?", |s| &**s);
                if let (Ty::Exc, Some(found)) = (&t, found.as_deref_mut()) {
                    // `except E as e:` (the clause's hidden local is no
                    // identifier), at the line of the clause's test.
                    if crate::methods::str_case::is_identifier(local) {
                        let at = (0..pc).rev().find(|&p| self.code.instrs[p].op == Opcode::ExcMatch);
                        let line = at.and_then(|p| self.code.lines.get(p).copied()).unwrap_or(line);
                        found.push(Refusal::Bytecode {
                            text: format!("Exception object cannot be stored into variable ({local})."),
                            line,
                        });
                    }
                }
                if let Some(slot) = st.locals.get_mut(n) {
                    *slot = Some(t);
                }
            }
            Opcode::DeleteLocal => {
                if let Some(slot) = st.locals.get_mut(n) {
                    *slot = None;
                }
            }
            Opcode::LoadDeref | Opcode::LoadCell => st.stack.push(Ty::Unknown),
            Opcode::StoreDeref => {
                pop!();
            }
            Opcode::DeleteDeref => {}
            Opcode::LoadGlobal => {
                let t = match self.global(arg) {
                    Global::Typed(t) => t,
                    Global::Dispatcher => Ty::Func(Callee::Script),
                    _ => Ty::Unknown,
                };
                st.stack.push(t);
            }
            Opcode::StoreGlobal => {
                pop!();
            }
            Opcode::DeleteGlobal => {}
            Opcode::LoadAttr => {
                let obj = pop!();
                let attr = self.code.names.get(n).map_or("?", |s| &**s);
                let t = match &obj {
                    Ty::Module(m) if &**m == "math" => {
                        if NUMBA_MATH.contains(&attr) {
                            match attr {
                                "pi" | "e" | "tau" | "inf" | "nan" => Ty::Float,
                                _ => Ty::Func(Callee::Math(attr.into())),
                            }
                        } else {
                            if let Some(found) = found.as_deref_mut() {
                                found.push(Refusal::UnknownAttr {
                                    module: m.to_string(),
                                    attr: attr.to_string(),
                                    line,
                                });
                            }
                            Ty::Unknown
                        }
                    }
                    _ => Ty::Unknown,
                };
                st.stack.push(t);
            }
            Opcode::StoreAttr => {
                let _ = popn!(2);
            }
            Opcode::DeleteAttr => {
                pop!();
            }
            Opcode::LoadName => st.stack.push(Ty::Unknown),
            Opcode::StoreName => {
                pop!();
            }
            Opcode::DeleteName => {}
            Opcode::BuildClass => {
                let _ = popn!(2);
                st.stack.push(Ty::Unknown);
            }
            Opcode::BuildClassKw => {
                let _ = popn!(3);
                st.stack.push(Ty::Unknown);
            }
            Opcode::CheckMethod => {
                // `math.comb(...)`: a method call on the module.
                if let Some(Ty::Module(m)) = st.stack.last() {
                    let attr = self.code.names.get(n).map_or("?", |s| &**s);
                    if &**m == "math" && !NUMBA_MATH.contains(&attr) {
                        if let Some(found) = found {
                            found.push(Refusal::UnknownAttr {
                                module: m.to_string(),
                                attr: attr.to_string(),
                                line,
                            });
                        }
                    }
                }
            }
            Opcode::LoadSubscr => {
                let index = pop!();
                let container = pop!();
                st.stack.push(subscript(&container, &index));
            }
            Opcode::StoreSubscr => {
                let _ = popn!(3);
            }
            Opcode::DeleteSubscr => {
                let _ = popn!(2);
            }
            Opcode::LoadSlice => {
                let mut v = popn!(4);
                let container = v.swap_remove(0);
                st.stack.push(match container {
                    t @ (Ty::List(_) | Ty::Str(_)) => t.widened(),
                    _ => Ty::Unknown,
                });
            }
            Opcode::StoreSlice => {
                let _ = popn!(5);
            }
            Opcode::DeleteSlice => {
                let _ = popn!(4);
            }
            Opcode::Add
            | Opcode::Sub
            | Opcode::Mul
            | Opcode::TrueDiv
            | Opcode::FloorDiv
            | Opcode::Mod
            | Opcode::Pow
            | Opcode::LShift
            | Opcode::RShift
            | Opcode::BitAnd
            | Opcode::BitOr
            | Opcode::BitXor
            | Opcode::InplaceAdd
            | Opcode::InplaceMul => {
                let b = pop!();
                let a = pop!();
                st.stack.push(binary(op, &a, &b));
            }
            Opcode::Neg | Opcode::Pos => {
                let a = pop!();
                st.stack.push(match a {
                    Ty::Int(_) | Ty::Bool(_) => Ty::Int(None),
                    Ty::Float => Ty::Float,
                    _ => Ty::Unknown,
                });
            }
            Opcode::Invert => {
                let a = pop!();
                st.stack.push(match a {
                    Ty::Int(_) => Ty::Int(None),
                    _ => Ty::Unknown,
                });
            }
            Opcode::Not => {
                pop!();
                st.stack.push(Ty::Bool(None));
            }
            Opcode::Lt
            | Opcode::Le
            | Opcode::Gt
            | Opcode::Ge
            | Opcode::Eq
            | Opcode::Ne
            | Opcode::Is
            | Opcode::IsNot
            | Opcode::In
            | Opcode::NotIn => {
                let _ = popn!(2);
                st.stack.push(Ty::Bool(None));
            }
            Opcode::Jump => return vec![(n, st)],
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                pop!();
                return vec![(next, st.clone()), (n, st)];
            }
            Opcode::CompareJump => {
                let _ = popn!(2);
                return vec![(next, st.clone()), (CompareKind::target(arg), st)];
            }
            Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                let jumped = st.clone();
                pop!();
                return vec![(next, st), (n, jumped)];
            }
            Opcode::GetIter => {
                let t = pop!();
                st.stack.push(Ty::Iter(Box::new(iterated(&t))));
            }
            Opcode::ForIter => {
                let it = st.stack.last().cloned().unwrap_or(Ty::Unknown);
                let done = {
                    let mut d = st.clone();
                    d.stack.pop();
                    d
                };
                let item = match it {
                    Ty::Iter(t) => *t,
                    _ => Ty::Unknown,
                };
                st.stack.push(item);
                return vec![(next, st), (n, done)];
            }
            Opcode::UnpackSequence => {
                let t = pop!();
                let items: Vec<Ty> = match t {
                    Ty::Tuple(items) if items.len() == n => items,
                    Ty::List(item) => vec![*item; n],
                    _ => vec![Ty::Unknown; n],
                };
                st.stack.extend(items.into_iter().rev());
            }
            Opcode::BuildTuple => {
                let items = popn!(n);
                st.stack.push(Ty::Tuple(items));
            }
            Opcode::BuildList => {
                let items = popn!(n);
                let mut item = items.first().cloned().unwrap_or(Ty::Unknown).widened();
                for t in items.iter().skip(1) {
                    item = unify(&item, &t.widened()).unwrap_or(Ty::Unknown);
                }
                st.stack.push(Ty::List(Box::new(item)));
            }
            Opcode::BuildDict => {
                let _ = popn!(2 * n);
                st.stack.push(Ty::Dict(Box::new(Ty::Unknown), Box::new(Ty::Unknown)));
            }
            Opcode::BuildSet => {
                let _ = popn!(n);
                st.stack.push(Ty::Set(Box::new(Ty::Unknown)));
            }
            Opcode::ListExtend | Opcode::ListAppend | Opcode::SetAdd | Opcode::SetUpdate | Opcode::DictUpdate => {
                pop!();
                // The container below keeps its place; its item type is
                // no longer known.
                let k = st.stack.len();
                if n >= 1 && k >= n {
                    st.stack[k - n] = match &st.stack[k - n] {
                        Ty::List(_) => Ty::List(Box::new(Ty::Unknown)),
                        _ => Ty::Unknown,
                    };
                }
            }
            Opcode::DictInsert => {
                let _ = popn!(2);
            }
            Opcode::DictMerge => {
                let (pops, pushes) = op.stack_effect(arg);
                let _ = popn!(pops as usize);
                st.stack.extend(std::iter::repeat_n(Ty::Unknown, pushes as usize));
            }
            Opcode::CallEx => {
                let _ = popn!(n + 2);
                st.stack.push(Ty::Unknown);
            }
            Opcode::ListToTuple => {
                pop!();
                st.stack.push(Ty::Unknown);
            }
            Opcode::UnpackEx => {
                pop!();
                let k = (n & 0xff) + (n >> 8) + 1;
                st.stack.extend(std::iter::repeat_n(Ty::Unknown, k));
            }
            Opcode::FormatValue => {
                let _ = popn!(2);
                st.stack.push(Ty::Str(None));
            }
            Opcode::BuildString => {
                let _ = popn!(n);
                st.stack.push(Ty::Str(None));
            }
            Opcode::MakeFunction => {
                let extra = self
                    .host
                    .child(self.cid, n)
                    .map_or(0, |(_, c)| c.ndefaults as usize + c.locals.free.len());
                let _ = popn!(extra);
                st.stack.push(Ty::Func(Callee::Script));
            }
            Opcode::Call => {
                let args = popn!(n);
                let callee = pop!();
                st.stack.push(call_result(&callee, &args));
            }
            Opcode::CallKw => {
                let _ = popn!(n + 2);
                st.stack.push(Ty::Unknown);
            }
            Opcode::CallMethod => {
                let args = popn!(n & 0xff);
                let receiver = pop!();
                let name = self.code.names.get(n >> 8).map_or("?", |s| &**s);
                let t = match receiver {
                    Ty::Module(m) if &*m == "math" => call_result(&Ty::Func(Callee::Math(name.into())), &args),
                    _ => Ty::Unknown,
                };
                st.stack.push(t);
            }
            Opcode::CallMethodKw => {
                let _ = popn!((n & 0xff) + 2);
                st.stack.push(Ty::Unknown);
            }
            Opcode::Return | Opcode::RaiseAssert | Opcode::Raise | Opcode::Reraise => return Vec::new(),
            Opcode::ImportName => st.stack.push(Ty::Unknown),
            Opcode::ImportFrom => st.stack.push(Ty::Unknown),
            Opcode::ImportStar => {
                pop!();
            }
            Opcode::AnnotateFunction => {
                pop!();
            }
            Opcode::WithEnter => {
                pop!();
                st.stack.push(Ty::Unknown);
                st.stack.push(Ty::Unknown);
            }
            Opcode::WithExit => {
                let _ = popn!(2);
            }
            Opcode::ExcMatch => {
                let _ = popn!(2);
                st.stack.push(Ty::Bool(None));
            }
            Opcode::PrintExpr => {
                pop!();
            }
            Opcode::Yield => {
                pop!();
                st.stack.push(Ty::Unknown);
            }
            // Superinstructions were split above; any other opcode (none
            // today) is followed by its declared stack effect.
            other => {
                let (pops, pushes) = other.stack_effect(arg);
                let _ = popn!(pops as usize);
                st.stack.extend(std::iter::repeat_n(Ty::Unknown, pushes as usize));
            }
        }
        vec![(next, st)]
    }

    /// How many times local `slot` is assigned in the code (a parameter
    /// counts once): the version Numba's SSA gives the phi node that
    /// joins them (`x.2` after `x` and `x.1`).
    fn definitions(&self, slot: usize) -> usize {
        let param = slot < self.code.locals.nslots_params();
        let stores = self
            .code
            .instrs
            .iter()
            .filter(|i| {
                let op = i.op.halves().map_or(i.op, |h| h.0);
                op == Opcode::StoreLocal && i.arg as usize == slot
            })
            .count();
        stores + param as usize
    }
}

fn const_ty(c: &Constant) -> Ty {
    match c {
        Constant::None => Ty::NoneT,
        Constant::Bool(b) => Ty::Bool(Some(*b)),
        Constant::Int(i) => Ty::Int(Some(*i)),
        Constant::Float(_) => Ty::Float,
        Constant::Str(s) => Ty::Str(Some(s.clone())),
        Constant::Tuple(items) => Ty::Tuple(items.iter().map(const_ty).collect()),
        _ => Ty::Unknown,
    }
}

fn subscript(container: &Ty, index: &Ty) -> Ty {
    match (container, index) {
        (Ty::List(t), Ty::Int(_) | Ty::Bool(_)) => (**t).clone(),
        (Ty::Tuple(items), Ty::Int(Some(i))) => {
            let k = items.len() as i64;
            let i = if *i < 0 { i + k } else { *i };
            if (0..k).contains(&i) {
                items[i as usize].clone()
            } else {
                Ty::Unknown
            }
        }
        (Ty::Str(_), Ty::Int(_)) => Ty::Str(None),
        (Ty::Dict(_, v), _) => (**v).clone(),
        _ => Ty::Unknown,
    }
}

fn binary(op: Opcode, a: &Ty, b: &Ty) -> Ty {
    use Ty::*;
    let int = |t: &Ty| matches!(t, Int(_) | Bool(_));
    match op {
        Opcode::TrueDiv if a.is_number() && b.is_number() => Float,
        Opcode::Add | Opcode::InplaceAdd if matches!((a, b), (Str(_), Str(_))) => Str(None),
        Opcode::Add | Opcode::InplaceAdd => match (a, b) {
            (List(x), List(y)) if x == y => List(x.clone()),
            _ => numeric(a, b),
        },
        Opcode::Sub | Opcode::Mul | Opcode::InplaceMul | Opcode::FloorDiv | Opcode::Mod => numeric(a, b),
        Opcode::Pow if matches!(a, Float) || matches!(b, Float) => {
            if a.is_number() && b.is_number() {
                Float
            } else {
                Unknown
            }
        }
        Opcode::LShift | Opcode::RShift | Opcode::BitAnd | Opcode::BitOr | Opcode::BitXor if int(a) && int(b) => {
            Int(None)
        }
        _ => Unknown,
    }
}

/// Arithmetic on two numbers: float if either is, else int.
fn numeric(a: &Ty, b: &Ty) -> Ty {
    match (a, b) {
        (Ty::Float, x) | (x, Ty::Float) if x.is_number() => Ty::Float,
        (x, y) if x.is_number() && y.is_number() => Ty::Int(None),
        _ => Ty::Unknown,
    }
}

/// The items a `for` over a value of this type gets.
fn iterated(t: &Ty) -> Ty {
    match t {
        Ty::Range => Ty::Int(None),
        Ty::List(t) | Ty::Set(t) => (**t).clone(),
        Ty::Str(_) => Ty::Str(None),
        Ty::Iter(t) => (**t).clone(),
        Ty::Dict(k, _) => (**k).clone(),
        Ty::Tuple(items) if !items.is_empty() => {
            let mut item = items[0].widened();
            for t in &items[1..] {
                item = unify(&item, &t.widened()).unwrap_or(Ty::Unknown);
            }
            item
        }
        _ => Ty::Unknown,
    }
}

fn call_result(callee: &Ty, args: &[Ty]) -> Ty {
    match callee {
        Ty::Func(Callee::Builtin(name)) => match *name {
            "len" | "ord" | "hash" => Ty::Int(None),
            "int" => Ty::Int(None),
            "float" => Ty::Float,
            "str" | "repr" | "chr" => Ty::Str(None),
            "bool" | "isinstance" | "hasattr" => Ty::Bool(None),
            "range" => Ty::Range,
            "print" => Ty::NoneT,
            "abs" => match args.first() {
                Some(Ty::Float) => Ty::Float,
                Some(Ty::Int(_) | Ty::Bool(_)) => Ty::Int(None),
                _ => Ty::Unknown,
            },
            "list" => match args.first() {
                Some(t) => Ty::List(Box::new(iterated(t))),
                None => Ty::List(Box::new(Ty::Unknown)),
            },
            "enumerate" => match args.first() {
                Some(t) => Ty::Iter(Box::new(Ty::Tuple(vec![Ty::Int(None), iterated(t)]))),
                None => Ty::Unknown,
            },
            "zip" => Ty::Iter(Box::new(Ty::Tuple(args.iter().map(iterated).collect()))),
            _ => Ty::Unknown,
        },
        Ty::Func(Callee::Math(name)) => match &**name {
            "floor" | "ceil" | "trunc" | "gcd" => Ty::Int(None),
            "isnan" | "isinf" | "isfinite" => Ty::Bool(None),
            "frexp" => Ty::Unknown,
            _ if args.iter().all(Ty::is_number) => Ty::Float,
            _ => Ty::Unknown,
        },
        _ => Ty::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Ty {
        Ty::Str(Some(text.into()))
    }

    #[test]
    fn unification_table() {
        use Ty::*;
        let ok = |a: Ty, b: Ty, want: Ty| assert_eq!(unify(&a, &b), Ok(want), "{a:?} with {b:?}");
        let refused = |a: Ty, b: Ty| assert_eq!(unify(&a, &b), Err(()), "{a:?} with {b:?}");
        ok(Int(Some(1)), Int(Some(1)), Int(Some(1)));
        ok(Int(Some(1)), Int(Some(2)), Int(None));
        ok(Int(None), Float, Float);
        ok(Bool(Some(true)), Int(Some(3)), Int(None));
        ok(Bool(None), Float, Float);
        ok(s("a"), s("b"), Str(None));
        ok(NoneT, Int(Some(1)), Optional(Box::new(Int(None))));
        ok(Optional(Box::new(Float)), NoneT, Optional(Box::new(Float)));
        ok(
            Tuple(vec![Int(None), Int(None)]),
            Tuple(vec![Float, Int(None)]),
            Tuple(vec![Float, Int(None)]),
        );
        ok(List(Box::new(Int(None))), List(Box::new(Float)), List(Box::new(Float)));
        // Unsure: accepted as anything.
        ok(Int(None), Tuple(vec![]), Unknown);
        ok(Unknown, s("a"), Unknown);
        ok(List(Box::new(Int(None))), List(Box::new(Str(None))), Unknown);
        ok(Tuple(vec![Int(None)]), Tuple(vec![s("a")]), Unknown);
        // Numba's `Cannot unify`.
        refused(Int(Some(0)), s("a"));
        refused(s("a"), Float);
        refused(Bool(None), Str(None));
    }

    #[test]
    fn numba_names() {
        assert_eq!(Ty::Int(Some(1)).numba_name(), "Literal[int](1)");
        assert_eq!(Ty::Int(None).numba_name(), "int64");
        assert_eq!(s("hello").numba_name(), "Literal[str](hello)");
        assert_eq!(Ty::Str(None).numba_name(), "unicode_type");
        assert_eq!(Ty::Bool(Some(true)).numba_name(), "Literal[bool](True)");
        assert_eq!(Ty::Float.numba_name(), "float64");
        assert_eq!(
            Ty::List(Box::new(Ty::Float)).numba_name(),
            "reflected list(float64)<iv=None>"
        );
    }

    #[test]
    fn joins_make_conflicts_only_of_numbers_and_strs() {
        let mut a = State {
            locals: vec![Some(Ty::Int(Some(1))), Some(Ty::Int(None)), None],
            stack: vec![],
        };
        let b = State {
            locals: vec![Some(s("x")), Some(Ty::Float), Some(Ty::NoneT)],
            stack: vec![],
        };
        a.join(&b);
        assert_eq!(
            a.locals[0],
            Some(Ty::Conflict(Box::new(Conflict {
                first: Ty::Int(Some(1)),
                second: s("x")
            })))
        );
        assert_eq!(a.locals[1], Some(Ty::Float));
        assert_eq!(a.locals[2], Some(Ty::NoneT));
    }
}
