//! The emitter: walks the syntax tree and writes stack bytecode, one
//! `CodeObject` per function (module body, `def`, lambda, comprehension).
//!
//! Every loop begins with a `Loop` instruction (its hot counter lives in
//! the VM) and every back edge jumps to it, so the interpreter counts
//! iterations — and checks budgets — in one place.

use rumba_vm::limits::{CompileMeter, StackBudget, Unmetered};
use std::collections::HashMap;
use std::rc::Rc;

use rumba_vm::bytecode::{
    CodeObject, CompareKind, Constant, Handling, Held, Instr, Locals, Opcode, YIELD_DELEGATING, YIELD_IN_CLEANUP,
};

use crate::ast::*;
use crate::error::SyntaxError;
use crate::future::{Futures, LATE_FUTURE};
use crate::scope::{NameKind, ScopeId, ScopeTree};

mod patterns;

/// Most positional-plus-keyword arguments a call may pass: `CallMethod`
/// keeps the count in the low byte of its argument.
const MAX_CALL_ARGS: usize = 255;

/// Compiles a parsed module. `interactive` makes expression statements
/// echo their value (the REPL).
pub fn emit_module(module: &Module, filename: &str, interactive: bool) -> Result<CodeObject, SyntaxError> {
    emit_metered(module, filename, interactive, &Unmetered, StackBudget::unlimited())
}

/// `emit_module`, charging `meter` for the code made, statement by
/// statement, with the recursion over nested code bounded by `stack`.
pub fn emit_metered(
    module: &Module,
    filename: &str,
    interactive: bool,
    meter: &dyn CompileMeter,
    stack: StackBudget,
) -> Result<CodeObject, SyntaxError> {
    let futures = crate::future::features(module)?;
    let scopes = crate::scope::analyze_bounded(module, futures.annotations, stack)?;
    let filename: Rc<str> = filename.into();
    let mut e = FnEmitter::new(
        &scopes,
        scopes.module(),
        "<module>".into(),
        "<module>".into(),
        filename,
        1,
        futures,
    );
    e.meter = meter;
    e.stack = stack;
    e.interactive = interactive;
    e.code.is_module = true;
    // A module's docstring is its `__doc__` (at the prompt, a string is
    // an expression to echo).
    if let (Some(doc), false) = (crate::ast::docstring(&module.body), interactive) {
        e.emit_const(Constant::Str(doc.into()));
        e.store_name("__doc__");
    }
    // CPython's main module always has `__annotations__`; it is created
    // only where a script can see it, so other programs run unchanged.
    if has_annotated_assignment(&module.body) || scopes.mentions("__annotations__") {
        let i = e.name_index("__annotations__");
        e.emit(Opcode::SetupAnnotations, i);
    }
    for s in &module.body {
        e.stmt(s)?;
    }
    e.emit_const(Constant::None);
    e.emit(Opcode::Return, 0);
    e.check_size(Span::default())?;
    Ok(e.finish())
}

/// `eval()`'s code: a module's that returns the value of `expr`.
pub fn emit_eval_metered(
    expr: &Expr,
    filename: &str,
    meter: &dyn CompileMeter,
    stack: StackBudget,
) -> Result<CodeObject, SyntaxError> {
    let module = Module {
        body: vec![Stmt {
            kind: StmtKind::Expr(expr.clone()),
            span: expr.span,
        }],
    };
    let futures = crate::future::features(&module)?;
    let scopes = crate::scope::analyze_bounded(&module, futures.annotations, stack)?;
    let mut e = FnEmitter::new(
        &scopes,
        scopes.module(),
        "<module>".into(),
        "<module>".into(),
        filename.into(),
        1,
        futures,
    );
    e.meter = meter;
    e.stack = stack;
    e.code.is_module = true;
    // The module's own copy: scopes are keyed by the nodes analyzed.
    if let StmtKind::Expr(expr) = &module.body[0].kind {
        e.expr(expr)?;
    }
    e.emit(Opcode::Return, 0);
    e.check_size(Span::default())?;
    Ok(e.finish())
}

/// Where CPython 3.11 places the instructions of `node` (an attribute or
/// a method call on `attribute`, named `name`): at the node, but when the
/// attribute spans lines, from its name on its last line (`obj\n.name`).
fn attr_span(node: Span, attribute: Span, name: &str) -> Span {
    if attribute.line == attribute.end_line {
        return node;
    }
    let len = name.chars().count() as u32;
    Span {
        line: attribute.end_line,
        col: attribute.end_col.saturating_sub(len),
        ..node
    }
}

/// The hidden variable an `except` clause keeps its exception in (for a
/// bare `raise`), named so no script can name it.
pub(crate) fn handled_name(span: Span) -> String {
    format!(".exc{}_{}", span.line, span.col)
}

/// The hidden variable a `with` keeps its manager's bound `__exit__` in.
pub(crate) fn with_exit_name(span: Span) -> String {
    format!(".with{}_{}", span.line, span.col)
}

/// The hidden variable a `finally` keeps a pending exception in.
pub(crate) fn finally_name(span: Span) -> String {
    format!(".fin{}_{}", span.line, span.col)
}

/// Whether a block holds `x: annotation` outside any `def` (CPython's
/// `find_ann`).
fn has_annotated_assignment(body: &[Stmt]) -> bool {
    // A work list of blocks, not recursion: an `elif` chain nests deeply.
    let mut blocks = vec![body];
    while let Some(block) = blocks.pop() {
        for s in block {
            match &s.kind {
                StmtKind::AnnAssign { .. } => return true,
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => blocks.extend([&body[..], &orelse[..]]),
                StmtKind::With { body, .. } => blocks.push(body),
                StmtKind::Match { cases, .. } => blocks.extend(cases.iter().map(|c| &c.body[..])),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    blocks.extend([&body[..], &orelse[..], &finalbody[..]]);
                    blocks.extend(handlers.iter().map(|h| &h.body[..]));
                }
                _ => {}
            }
        }
    }
    false
}

/// A region of code whose exceptions go to one handler (a `try` body to
/// its `except` clauses, or a `try` statement to its `finally`), kept as
/// ranges: the code a `return`, `break` or `continue` runs on its way out
/// of the region (the `finally` bodies it passes) is not in it.
struct Protect<'a> {
    /// Where the currently open range began, if one is open.
    open: Option<u32>,
    ranges: Vec<(u32, u32)>,
    /// What each way out runs: a `finally` body, or a `with`'s exit.
    fin: Option<Rc<Cleanup<'a>>>,
    /// How many loops enclosed the `try` (a `break` passes the regions
    /// opened inside its loop).
    loops_at: usize,
    /// The region's handlers catch everything (a bare `except:`), so
    /// they run when a generator suspended inside is closed.
    catches_all: bool,
}

impl<'a> Protect<'a> {
    fn new(at: usize, fin: Option<Rc<Cleanup<'a>>>, loops_at: usize) -> Protect<'a> {
        Protect {
            open: Some(at as u32),
            ranges: Vec::new(),
            fin,
            loops_at,
            catches_all: false,
        }
    }

    fn close(&mut self, at: usize) {
        if let Some(start) = self.open.take() {
            if (at as u32) > start {
                self.ranges.push((start, at as u32));
            }
        }
    }
}

/// What leaving a protected region runs.
enum Cleanup<'a> {
    /// A `finally` body (borrowed, not copied: the scope tree finds a
    /// lambda or comprehension in it by its node's address).
    Finally(&'a [Stmt]),
    /// `__exit__(None, None, None)` of the `with` whose hidden variable
    /// holds the bound method (`__aexit__`, awaited, if `.1`).
    WithExit(String, bool),
}

/// The state of one enclosing loop while its body is compiled.
struct LoopCtx {
    /// Where `continue` jumps: the loop's `Loop` instruction.
    head: usize,
    /// `break` jumps to patch to the end of the loop (after `else`).
    breaks: Vec<usize>,
    /// A `for` loop keeps its iterator on the stack; `break` pops it.
    is_for: bool,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    /// By bits, so 0.0 and -0.0 stay distinct constants.
    Float(u64),
    Str(Rc<str>),
    Ellipsis,
    BigInt(Rc<str>),
    Bytes(Rc<[u8]>),
    /// By bits, as floats.
    Imag(u64),
}

struct FnEmitter<'a> {
    /// Charged for the code made (see `emit_metered`).
    meter: &'a dyn CompileMeter,
    /// The host stack the emitter's recursion may use.
    stack: StackBudget,
    scopes: &'a ScopeTree,
    scope: ScopeId,
    code: CodeObject,
    slots: HashMap<String, u32>,
    consts: HashMap<ConstKey, u32>,
    names: HashMap<Rc<str>, u32>,
    loops: Vec<LoopCtx>,
    /// The `try` regions around the code being compiled, innermost last.
    protects: Vec<Protect<'a>>,
    /// The hidden variables holding the exceptions of the `except` clauses
    /// being compiled (a bare `raise` raises the innermost again).
    handled: Vec<String>,
    line: u32,
    /// The node being compiled: the position of what is emitted now.
    pos: Span,
    interactive: bool,
    futures: Futures,
    /// The frozenset constants made so far in the whole module: an equal
    /// one is made again with the first one's items (CPython shares equal
    /// constants across a compilation, and the first one's order is what
    /// its table was built from).
    frozensets: Rc<std::cell::RefCell<Vec<Rc<[Constant]>>>>,
}

impl<'a> FnEmitter<'a> {
    fn new(
        scopes: &'a ScopeTree,
        scope: ScopeId,
        name: Rc<str>,
        qualname: Rc<str>,
        filename: Rc<str>,
        first_line: u32,
        futures: Futures,
    ) -> FnEmitter<'a> {
        let s = &scopes.scopes[scope];
        let mut locals = Locals::default();
        let mut slots = HashMap::new();
        if !s.is_module {
            for (i, n) in s.slot_names().into_iter().enumerate() {
                slots.insert(n.clone(), i as u32);
                locals.names.push(n.as_str().into());
            }
            locals.nparams = s.params.len() as u32;
            for n in &s.frees {
                locals.free.push(slots[n]);
            }
            let mut cells: Vec<u32> = s.cells.iter().map(|n| slots[n]).collect();
            cells.sort_unstable();
            locals.cells = cells;
            locals.generator = s.generator;
            locals.coroutine = s.coroutine;
            locals.async_generator = s.async_generator;
        }
        FnEmitter {
            meter: &Unmetered,
            stack: StackBudget::unlimited(),
            scopes,
            scope,
            code: CodeObject {
                name,
                qualname,
                filename,
                first_line,
                instrs: Vec::new(),
                lines: Vec::new(),
                positions: Default::default(),
                source: None,
                handling: Vec::new(),
                consts: Vec::new(),
                names: Vec::new(),
                locals,
                ndefaults: 0,
                children: Vec::new(),
                nloops: 0,
                is_module: s.is_module,
                handlers: Vec::new(),
                doc: None,
            },
            slots,
            consts: HashMap::new(),
            names: HashMap::new(),
            loops: Vec::new(),
            protects: Vec::new(),
            handled: Vec::new(),
            line: first_line,
            pos: Span {
                line: first_line,
                end_line: first_line,
                ..Span::default()
            },
            interactive: false,
            futures,
            frozensets: Rc::default(),
        }
    }

    /// Jump targets share their argument with a comparison kind
    /// (`CompareJump`), which bounds the size of one code object.
    fn check_size(&self, span: Span) -> Result<(), SyntaxError> {
        if self.code.instrs.len() > CompareKind::MAX_TARGET as usize {
            return Err(self.error("function too large to compile", span));
        }
        Ok(())
    }

    fn finish(mut self) -> CodeObject {
        // Innermost first: nested ranges are shorter than those around
        // them, and ranges that do not nest do not overlap.
        self.code.handlers.sort_by_key(|h| h.end - h.start);
        self.code.handling.sort_by_key(|h| h.end - h.start);
        self.code.positions.shrink_to_fit();
        // Before fusing, while every instruction is reached alone.
        self.code
            .set_handler_depths()
            .expect("the emitter's stack effects are consistent");
        crate::fuse::fuse_pairs(&mut self.code);
        debug_assert_eq!(self.code.verify_stack_depths().map(|_| ()), Ok(()));
        self.code
    }

    fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(msg, span.line, span.col)
    }

    // ---- emitting -----------------------------------------------------

    fn emit(&mut self, op: Opcode, arg: u32) -> usize {
        self.code.instrs.push(Instr::new(op, arg));
        self.code.lines.push(self.line);
        let p = self.pos;
        self.code.positions.push(
            self.line,
            rumba_vm::positions::Position {
                line: p.line,
                end_line: p.end_line,
                col: p.col,
                end_col: p.end_col,
            },
        );
        self.code.instrs.len() - 1
    }

    fn here(&self) -> usize {
        self.code.instrs.len()
    }

    /// Points the jump at `at` to the next instruction.
    fn patch_here(&mut self, at: usize) {
        let here = self.here() as u32;
        let ins = &mut self.code.instrs[at];
        ins.arg = if ins.op == Opcode::CompareJump {
            CompareKind::from_arg(ins.arg).arg(here)
        } else {
            here
        };
    }

    /// Evaluates a condition and emits the jump taken when it is false;
    /// returns the jump to patch. A single comparison becomes one
    /// `CompareJump` instead of a compare, a bool and a branch.
    fn jump_if_false(&mut self, test: &Expr) -> Result<usize, SyntaxError> {
        if let ExprKind::Compare { left, ops, comparators } = &test.kind {
            let kind = match ops[..] {
                [CmpOp::Lt] => Some(CompareKind::Lt),
                [CmpOp::LtE] => Some(CompareKind::Le),
                [CmpOp::Gt] => Some(CompareKind::Gt),
                [CmpOp::GtE] => Some(CompareKind::Ge),
                [CmpOp::Eq] => Some(CompareKind::Eq),
                [CmpOp::NotEq] => Some(CompareKind::Ne),
                _ => None,
            };
            if let Some(kind) = kind {
                return self.at_line(test.span, |e| {
                    e.expr(left)?;
                    e.expr(&comparators[0])?;
                    Ok(e.emit(Opcode::CompareJump, kind.arg(0)))
                });
            }
        }
        self.expr(test)?;
        Ok(self.emit(Opcode::PopJumpIfFalse, 0))
    }

    fn emit_const(&mut self, c: Constant) {
        let key = match &c {
            Constant::None => Some(ConstKey::None),
            Constant::Bool(b) => Some(ConstKey::Bool(*b)),
            Constant::Int(i) => Some(ConstKey::Int(*i)),
            Constant::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Constant::Str(s) => Some(ConstKey::Str(s.clone())),
            Constant::Ellipsis => Some(ConstKey::Ellipsis),
            Constant::BigInt(digits) => Some(ConstKey::BigInt(digits.clone())),
            Constant::Bytes(b) => Some(ConstKey::Bytes(b.clone())),
            Constant::Imag(f) => Some(ConstKey::Imag(f.to_bits())),
            Constant::Names(_) | Constant::Tuple(_) | Constant::FrozenSet(_) => None,
        };
        let index = match key.as_ref().and_then(|k| self.consts.get(k)) {
            Some(&i) => i,
            None => {
                let i = self.code.consts.len() as u32;
                self.code.consts.push(c);
                if let Some(k) = key {
                    self.consts.insert(k, i);
                }
                i
            }
        };
        self.emit(Opcode::LoadConst, index);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.names.get(name) {
            return i;
        }
        let name: Rc<str> = name.into();
        let i = self.code.names.len() as u32;
        self.code.names.push(name.clone());
        self.names.insert(name, i);
        i
    }

    /// Runs `f` with what it emits placed at `span` (its line, and its
    /// position for tracebacks), as CPython places the instructions of a
    /// node at the node.
    fn at_line<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = (self.line, self.pos);
        if span.line > 0 {
            self.line = span.line;
            self.pos = span;
        }
        let out = f(self);
        (self.line, self.pos) = saved;
        out
    }

    // ---- names --------------------------------------------------------

    fn load_name(&mut self, name: &str) {
        match self.scopes.kind(self.scope, name) {
            NameKind::Local => {
                let slot = self.slots[name];
                self.emit(Opcode::LoadLocal, slot);
            }
            NameKind::Cell => {
                let slot = self.slots[name];
                self.emit(Opcode::LoadDeref, slot);
            }
            NameKind::Global => {
                let i = self.name_index(name);
                self.emit(Opcode::LoadGlobal, i);
            }
            NameKind::ClassName => {
                let i = self.name_index(name);
                self.emit(Opcode::LoadName, i);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.scopes.kind(self.scope, name) {
            NameKind::Local => {
                let slot = self.slots[name];
                self.emit(Opcode::StoreLocal, slot);
            }
            NameKind::Cell => {
                let slot = self.slots[name];
                self.emit(Opcode::StoreDeref, slot);
            }
            NameKind::Global => {
                let i = self.name_index(name);
                self.emit(Opcode::StoreGlobal, i);
            }
            NameKind::ClassName => {
                let i = self.name_index(name);
                self.emit(Opcode::StoreName, i);
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.scopes.kind(self.scope, name) {
            NameKind::Local => {
                let slot = self.slots[name];
                self.emit(Opcode::DeleteLocal, slot);
            }
            NameKind::Cell => {
                let slot = self.slots[name];
                self.emit(Opcode::DeleteDeref, slot);
            }
            NameKind::Global => {
                let i = self.name_index(name);
                self.emit(Opcode::DeleteGlobal, i);
            }
            NameKind::ClassName => {
                let i = self.name_index(name);
                self.emit(Opcode::DeleteName, i);
            }
        }
    }

    // ---- statements ---------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(s.span.line));
        }
        let before = self.code.instrs.len();
        self.at_line(s.span, |e| e.stmt_inner(s))?;
        // What the statement made: an instruction and its line entry each.
        let made = self.code.instrs.len().saturating_sub(before);
        let bytes = made * (std::mem::size_of::<rumba_vm::bytecode::Instr>() + std::mem::size_of::<u32>());
        self.meter
            .charge(made as u64 / 16, bytes)
            .map_err(|e| crate::limit_error(e, s.span.line))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.code.is_module {
                    self.emit(Opcode::PrintExpr, 0);
                } else {
                    self.emit(Opcode::Pop, 0);
                }
            }
            StmtKind::Assign { targets, value } => {
                if let [target] = &targets[..] {
                    if self.swap_assign(target, value)? {
                        return Ok(());
                    }
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Dup, 0);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::If { .. } => self.if_chain(s)?,
            StmtKind::While { test, body, orelse } => {
                let head = self.emit_loop_header();
                let to_exit = self.jump_if_false(test)?;
                self.loops.push(LoopCtx {
                    head,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.stmts(body)?;
                self.emit(Opcode::Jump, head as u32);
                let ctx = self.loops.pop().expect("pushed above");
                self.patch_here(to_exit);
                self.stmts(orelse)?;
                for b in ctx.breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.iterable(iter)?;
                self.emit(if *is_async { Opcode::GetAIter } else { Opcode::GetIter }, 0);
                let head = self.emit_loop_header();
                let exit = match is_async {
                    true => LoopExit::Async(self.async_for_next()),
                    false => LoopExit::Iter(self.emit(Opcode::ForIter, 0)),
                };
                self.store_target(target)?;
                self.loops.push(LoopCtx {
                    head,
                    breaks: Vec::new(),
                    is_for: true,
                });
                self.stmts(body)?;
                self.emit(Opcode::Jump, head as u32);
                let ctx = self.loops.pop().expect("pushed above");
                match exit {
                    LoopExit::Iter(for_iter) => self.patch_here(for_iter),
                    LoopExit::Async(step) => self.at_line(s.span, |e| e.async_for_end(step)),
                }
                self.stmts(orelse)?;
                for b in ctx.breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::Break => {
                let Some(ctx) = self.loops.last() else {
                    return Err(self.error("'break' outside loop", s.span));
                };
                let is_for = ctx.is_for;
                let closed = self.leave_protects(Some(self.loops.len() - 1))?;
                if is_for {
                    self.emit(Opcode::Pop, 0);
                }
                let j = self.emit(Opcode::Jump, 0);
                self.reopen_protects(closed);
                self.loops.last_mut().expect("checked").breaks.push(j);
            }
            StmtKind::Continue => {
                let Some(ctx) = self.loops.last() else {
                    return Err(self.error("'continue' not properly in loop", s.span));
                };
                let head = ctx.head as u32;
                let closed = self.leave_protects(Some(self.loops.len() - 1))?;
                self.emit(Opcode::Jump, head);
                self.reopen_protects(closed);
            }
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if self.code.is_module {
                    return Err(self.error("'return' outside function", s.span));
                }
                if value.is_some() && self.scopes.scopes[self.scope].async_generator {
                    return Err(self.error("'return' with value in async generator", s.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Constant::None),
                }
                let closed = self.leave_protects(None)?;
                self.emit(Opcode::Return, 0);
                self.reopen_protects(closed);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(s.span, body, handlers, orelse, finalbody)?,
            StmtKind::With {
                context,
                target,
                body,
                is_async,
            } => self.with_stmt(s.span, context, target.as_ref(), body, *is_async)?,
            StmtKind::Raise { exc: None, .. } if !self.handled.is_empty() => {
                // A bare `raise` in an `except` clause: that exception again.
                let name = self.handled.last().expect("checked").clone();
                self.load_name(&name);
                self.emit(Opcode::Reraise, 0);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e)?;
                    n += 1;
                }
                self.emit(Opcode::Raise, n);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let to_end = self.emit(Opcode::PopJumpIfTrue, 0);
                // CPython 3.11 raises at a comparison test (its compiler
                // leaves the comparison's place set), else at the statement.
                let raise_at = match test.kind {
                    ExprKind::Compare { .. } => test.span,
                    _ => s.span,
                };
                let with_msg = match msg {
                    Some(m) => {
                        self.expr(m)?;
                        1
                    }
                    None => 0,
                };
                self.at_line(raise_at, |e| e.emit(Opcode::RaiseAssert, with_msg));
                self.patch_here(to_end);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::FunctionDef(def) => {
                for d in &def.decorators {
                    self.expr(d)?;
                }
                let scope = self.scopes.of_node(&**def);
                let body = |e: &mut FnEmitter<'a>| {
                    e.code.doc = crate::ast::docstring(&def.body).map(Rc::from);
                    e.stmts(&def.body)
                };
                self.function(scope, &def.name, &def.params, s.span, body, false)?;
                self.function_annotations(&def.params, def.returns.as_ref())?;
                self.apply_decorators(&def.decorators);
                self.store_name(def.bound_name());
            }
            StmtKind::ClassDef(def) => self.class_def(def, s.span)?,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.name_index(&a.name);
                    self.emit(Opcode::ImportName, i);
                    match (&a.asname, a.name.split_once('.')) {
                        (Some(asname), _) => self.store_name(asname),
                        (None, None) => self.store_name(&a.name),
                        // `import a.b.c` imports the three and binds `a`.
                        (None, Some((top, _))) => {
                            self.emit(Opcode::Pop, 0);
                            let i = self.name_index(top);
                            self.emit(Opcode::ImportName, i);
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::ImportStar { module } => {
                let i = self.name_index(module);
                self.emit(Opcode::ImportName, i);
                self.emit(Opcode::ImportStar, 0);
            }
            StmtKind::ImportFrom { module, names } => {
                if module == "__future__" && self.futures.is_late(s.span.line) {
                    return Err(self.error(LATE_FUTURE, s.span));
                }
                let i = self.name_index(module);
                self.emit(Opcode::ImportName, i);
                for a in names {
                    let i = self.name_index(&a.name);
                    self.emit(Opcode::ImportFrom, i);
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                }
                self.emit(Opcode::Pop, 0);
            }
        }
        Ok(())
    }

    /// `a, b = b, a` (and three-way): the values go on the stack and are
    /// stored in order without building and unpacking a tuple. Returns
    /// false when the statement is not of that shape.
    fn swap_assign(&mut self, target: &Expr, value: &Expr) -> Result<bool, SyntaxError> {
        let (ExprKind::Tuple(targets) | ExprKind::List(targets), ExprKind::Tuple(values)) = (&target.kind, &value.kind)
        else {
            return Ok(false);
        };
        if targets.len() != values.len() || !(2..=3).contains(&targets.len()) {
            return Ok(false);
        }
        if targets
            .iter()
            .chain(values)
            .any(|e| matches!(e.kind, ExprKind::Starred(_)))
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        // Bring the first value to the top: the targets are stored left
        // to right, as unpacking would.
        if values.len() == 3 {
            self.emit(Opcode::RotThree, 0);
        }
        self.emit(Opcode::RotTwo, 0);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// CPython's `yield from` loop over the iterator on top: what the
    /// caller sends goes to the iterator (None first, `next`), what it
    /// yields goes out, and its return value is the expression's. `throw`
    /// and `close` find the iterator on the suspended frame's stack.
    #[inline(never)]
    fn delegate(&mut self) {
        self.emit_const(Constant::None);
        let send = self.emit(Opcode::Send, 0);
        self.emit(Opcode::Yield, YIELD_DELEGATING | self.yield_cleanup_bit());
        self.emit(Opcode::Jump, send as u32);
        self.patch_here(send);
    }

    /// The step of an `async for` over the asynchronous iterator on top of
    /// the stack: `await iterator.__anext__()`, its value pushed. The
    /// region returned is what `async_for_end` ends: a StopAsyncIteration
    /// raised in it ends the loop.
    fn async_for_next(&mut self) -> Protect<'a> {
        let mut step = Protect::new(self.here(), None, self.loops.len());
        self.emit(Opcode::GetANext, 0);
        self.delegate();
        step.close(self.here());
        step
    }

    /// Where an `async for` goes once `step` raised (after the jump back to
    /// its head): the iterator and the exception are on the stack.
    fn async_for_end(&mut self, step: Protect<'a>) {
        let handler = self.here();
        self.end_protect(step, handler);
        self.emit(Opcode::EndAsyncFor, 0);
    }

    /// `YIELD_IN_CLEANUP` for a `yield` emitted here if an open region
    /// has cleanup that closing the generator would run (a `finally`, a
    /// `with`'s exit, a bare `except:`), else 0.
    fn yield_cleanup_bit(&self) -> u32 {
        let cleanup = self
            .protects
            .iter()
            .any(|p| p.open.is_some() && (p.fin.is_some() || p.catches_all));
        if cleanup {
            YIELD_IN_CLEANUP
        } else {
            0
        }
    }

    fn emit_loop_header(&mut self) -> usize {
        let id = self.code.nloops;
        self.code.nloops += 1;
        self.emit(Opcode::Loop, id)
    }

    /// Stores the value on top of the stack into an assignment target
    /// (what may fail there, an unpacking or a store into a container,
    /// placed at the target).
    fn store_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        self.at_line(t.span, |e| e.store_target_here(t))
    }

    fn store_target_here(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(name) => self.store_name(name),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    self.slice_bounds(lower, upper, step)?;
                    self.emit(Opcode::StoreSlice, 0);
                } else {
                    self.expr(index)?;
                    self.emit(Opcode::StoreSubscr, 0);
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                match items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    Some(star) => {
                        let (before, after) = (star, items.len() - star - 1);
                        if before > 0xff || after > 0xff_ffff {
                            return Err(self.error("too many expressions in star-unpacking assignment", t.span));
                        }
                        self.emit(Opcode::UnpackEx, (before | after << 8) as u32);
                    }
                    None => {
                        self.emit(Opcode::UnpackSequence, items.len() as u32);
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.at_line(attr_span(t.span, t.span, attr), |e| e.emit(Opcode::StoreAttr, i));
            }
            _ => return Err(self.error("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        self.at_line(t.span, |e| e.delete_target_here(t))
    }

    fn delete_target_here(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(name) => self.delete_name(name),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    self.slice_bounds(lower, upper, step)?;
                    self.emit(Opcode::DeleteSlice, 0);
                } else {
                    self.expr(index)?;
                    self.emit(Opcode::DeleteSubscr, 0);
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.delete_target(item)?;
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.at_line(attr_span(t.span, t.span, attr), |e| e.emit(Opcode::DeleteAttr, i));
            }
            _ => return Err(self.error("cannot delete expression", t.span)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Result<(), SyntaxError> {
        // Argument 1 marks the in-place form (errors say `-=`, not `-`).
        let opcode = match op {
            BinOp::Add => Opcode::InplaceAdd,
            BinOp::Mul => Opcode::InplaceMul,
            _ => binop_opcode(op),
        };
        match &target.kind {
            ExprKind::Name(name) => {
                self.at_line(target.span, |e| e.load_name(name));
                self.expr(value)?;
                self.emit(opcode, 1);
                self.at_line(target.span, |e| e.store_name(name));
            }
            ExprKind::Subscript {
                value: container,
                index,
            } if !matches!(index.kind, ExprKind::Slice { .. }) => {
                self.expr(container)?;
                self.expr(index)?;
                self.emit(Opcode::DupTwo, 0);
                self.at_line(target.span, |e| e.emit(Opcode::LoadSubscr, 0));
                self.expr(value)?;
                self.emit(opcode, 1);
                self.emit(Opcode::RotThree, 0);
                self.at_line(target.span, |e| e.emit(Opcode::StoreSubscr, 0));
            }
            ExprKind::Subscript { .. } => {
                return Err(self.error("augmented assignment to a slice is not supported", target.span))
            }
            ExprKind::Attribute { value: object, attr } => {
                self.expr(object)?;
                self.emit(Opcode::Dup, 0);
                let i = self.name_index(attr);
                let at = attr_span(target.span, target.span, attr);
                self.at_line(at, |e| e.emit(Opcode::LoadAttr, i));
                self.expr(value)?;
                self.emit(opcode, 1);
                self.emit(Opcode::RotTwo, 0);
                self.at_line(at, |e| e.emit(Opcode::StoreAttr, i));
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// `target: annotation [= value]`, in CPython 3.11's order: the value
    /// is stored first; then a module or a class body records a bare
    /// name's annotation in its `__annotations__`, and evaluates (and
    /// drops) any other target's.
    /// In a function the annotation is never evaluated: `x: int = 0` in a
    /// loop costs what `x = 0` costs.
    fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<(), SyntaxError> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let in_class = self.is_class_body();
        let in_module = self.code.is_module || in_class;
        match &target.kind {
            ExprKind::Name(name) if simple && in_module => {
                self.annotation_value(annotation)?;
                let i = self.name_index("__annotations__");
                self.emit(if in_class { Opcode::LoadName } else { Opcode::LoadGlobal }, i);
                self.emit_const(Constant::Str(name.as_str().into()));
                self.emit(Opcode::StoreSubscr, 0);
            }
            // Without a value the target's parts are still evaluated:
            // `a.b: int` fails if `a` is unbound.
            ExprKind::Attribute { value: object, .. } if value.is_none() => {
                self.expr(object)?;
                self.emit(Opcode::Pop, 0);
            }
            ExprKind::Subscript { value: object, index } if value.is_none() => {
                self.expr(object)?;
                self.emit(Opcode::Pop, 0);
                let parts: Vec<&Expr> = match &index.kind {
                    ExprKind::Slice { lower, upper, step } => {
                        [lower, upper, step].into_iter().flatten().map(|b| &**b).collect()
                    }
                    _ => vec![&**index],
                };
                for part in parts {
                    self.expr(part)?;
                    self.emit(Opcode::Pop, 0);
                }
            }
            _ => {}
        }
        if !simple && in_module && !self.futures.annotations {
            self.expr(annotation)?;
            self.emit(Opcode::Pop, 0);
        }
        Ok(())
    }

    /// Pushes what `__annotations__` records for an annotation: its value,
    /// or under `from __future__ import annotations` its source text.
    fn annotation_value(&mut self, annotation: &Expr) -> Result<(), SyntaxError> {
        if self.futures.annotations {
            let text = crate::unparse::unparse(annotation);
            self.at_line(annotation.span, |e| e.emit_const(Constant::Str(text.into())));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    /// After `MakeFunction`: the parameter and return annotations, which
    /// a `def` evaluates after its defaults, as a dict the function keeps.
    /// A `def` without annotations emits nothing.
    fn function_annotations(&mut self, params: &[Param], returns: Option<&Expr>) -> Result<(), SyntaxError> {
        let annotated: Vec<(&str, &Expr)> = params
            .iter()
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if annotated.is_empty() {
            return Ok(());
        }
        for (name, annotation) in &annotated {
            self.emit_const(Constant::Str((*name).into()));
            self.annotation_value(annotation)?;
        }
        self.emit(Opcode::BuildDict, annotated.len() as u32);
        self.emit(Opcode::AnnotateFunction, 0);
        Ok(())
    }

    /// Emits a nested function: its defaults and closure cells, then
    /// `MakeFunction`. The body is compiled by `body` in a new emitter.
    fn function(
        &mut self,
        scope: ScopeId,
        name: &str,
        params: &[Param],
        span: Span,
        body: impl FnOnce(&mut FnEmitter<'a>) -> Result<(), SyntaxError>,
        returns_expr: bool,
    ) -> Result<(), SyntaxError> {
        // The positional parameters' defaults, then the keyword-only
        // ones', each in order.
        let mut ndefaults = 0;
        let positional = |p: &&Param| matches!(p.kind, ParamKind::Positional | ParamKind::PosOnly);
        for p in params.iter().filter(positional) {
            match &p.default {
                Some(d) => {
                    self.expr(d)?;
                    ndefaults += 1;
                }
                None if ndefaults > 0 => {
                    return Err(self.error("non-default argument follows default argument", p.span));
                }
                None => {}
            }
        }
        for p in params.iter().filter(|p| p.kind == ParamKind::KwOnly) {
            if let Some(d) = &p.default {
                self.expr(d)?;
                ndefaults += 1;
            }
        }
        let qualname: Rc<str> = if self.code.is_module {
            name.into()
        } else if self.is_class_body() {
            format!("{}.{}", self.code.qualname, name).into()
        } else {
            format!("{}.<locals>.{}", self.code.qualname, name).into()
        };
        let mut child = FnEmitter::new(
            self.scopes,
            scope,
            name.into(),
            qualname,
            self.code.filename.clone(),
            span.line,
            self.futures,
        );
        child.frozensets = self.frozensets.clone();
        child.code.ndefaults = ndefaults;
        let locals = &mut child.code.locals;
        // A comprehension's one parameter (`.0`) is in its scope only.
        let extras = params.iter().filter(|p| !positional(p)).count() as u32;
        locals.nparams = self.scopes.scopes[scope].params.len() as u32 - extras;
        locals.nposonly = params.iter().filter(|p| p.kind == ParamKind::PosOnly).count() as u32;
        locals.kwonly = params
            .iter()
            .filter(|p| p.kind == ParamKind::KwOnly)
            .map(|p| p.default.is_some())
            .collect();
        locals.varargs = params.iter().any(|p| p.kind == ParamKind::VarArgs);
        locals.varkw = params.iter().any(|p| p.kind == ParamKind::VarKw);
        child.line = span.line;
        child.pos = span;
        child.meter = self.meter;
        child.stack = self.stack;
        body(&mut child)?;
        if !returns_expr {
            child.emit_const(Constant::None);
            child.emit(Opcode::Return, 0);
        }
        self.make_function_of(scope, child, span)
    }

    /// Pushes the cells a finished child code captures and the
    /// `MakeFunction` that makes it a function.
    fn make_function_of(&mut self, scope: ScopeId, child: FnEmitter, span: Span) -> Result<(), SyntaxError> {
        child.check_size(span)?;
        let frees = self.scopes.scopes[scope].frees.clone();
        for name in &frees {
            let slot = self.slots[name];
            self.emit(Opcode::LoadCell, slot);
        }
        let index = self.code.children.len() as u32;
        self.code.children.push(Rc::new(child.finish()));
        self.emit(Opcode::MakeFunction, index);
        Ok(())
    }

    /// Closes the `try` regions a jump out of them leaves (all of this
    /// function's for a `return`, those inside loop `to_loop` for a
    /// `break` or `continue`) and emits the `finally` bodies it passes,
    /// innermost first. Returns how many regions to reopen after the jump.
    #[inline(never)]
    fn leave_protects(&mut self, to_loop: Option<usize>) -> Result<usize, SyntaxError> {
        let keep = match to_loop {
            None => 0,
            Some(l) => self.protects.iter().take_while(|p| p.loops_at <= l).count(),
        };
        let n = self.protects.len();
        for i in (keep..n).rev() {
            let here = self.here();
            for p in &mut self.protects[i..] {
                p.close(here);
            }
            if let Some(fin) = self.protects[i].fin.clone() {
                // The body runs outside its own region and those inside
                // it (a `return` in it must not run it again).
                let inner = self.protects.split_off(i);
                let done = self.cleanup(&fin);
                self.protects.extend(inner);
                done?;
            }
        }
        Ok(n - keep)
    }

    /// Reopens the `count` innermost regions `leave_protects` closed.
    fn reopen_protects(&mut self, count: usize) {
        let here = self.here() as u32;
        let n = self.protects.len();
        for p in &mut self.protects[n - count..] {
            p.open = Some(here);
        }
    }

    /// Closes the innermost region and points its ranges at the handler
    /// that begins here.
    fn end_protect(&mut self, p: Protect<'a>, target: usize) {
        for (start, end) in p.ranges {
            self.code.handlers.push(rumba_vm::bytecode::Handler {
                start,
                end,
                target: target as u32,
                depth: 0,
            });
        }
    }

    /// `try`: the body's exceptions go to the `except` clauses (a chain
    /// of matches, the last re-raising), the whole statement's to the
    /// `finally` body (run, then the exception raised again); every other
    /// way out runs the `finally` body inline.
    #[inline(never)]
    fn try_stmt(
        &mut self,
        span: Span,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let loops_at = self.loops.len();
        let has_fin = !finalbody.is_empty();
        if has_fin {
            let fin = Rc::new(Cleanup::Finally(finalbody));
            self.protects.push(Protect::new(self.here(), Some(fin), loops_at));
        }
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            let mut p = Protect::new(self.here(), None, loops_at);
            // Names only: `except BaseException:` (or GeneratorExit) is
            // what catches everything in practice.
            p.catches_all = handlers.iter().any(|h| match &h.typ {
                None => true,
                Some(t) => matches!(&t.kind, ExprKind::Name(n) if n == "BaseException" || n == "GeneratorExit"),
            });
            self.protects.push(p);
            self.stmts(body)?;
            let mut p = self.protects.pop().expect("pushed above");
            p.close(self.here());
            self.stmts(orelse)?;
            let mut to_end = vec![self.emit(Opcode::Jump, 0)];
            let target = self.here();
            self.end_protect(p, target);
            // The exception is on the stack.
            for h in handlers {
                let next = match &h.typ {
                    Some(t) => Some(self.at_line(h.span, |e| {
                        e.emit(Opcode::Dup, 0);
                        e.expr(t)?;
                        e.emit(Opcode::ExcMatch, 0);
                        Ok(e.emit(Opcode::PopJumpIfFalse, 0))
                    })?),
                    None => None,
                };
                let hidden = handled_name(h.span);
                self.at_line(h.span, |e| e.store_name(&hidden));
                let held = self.held_by_last_store();
                let body_start = self.here();
                if let Some(name) = &h.name {
                    self.load_name(&hidden);
                    self.store_name(name);
                }
                self.handled.push(hidden);
                let done = self.stmts(&h.body);
                self.handled.pop();
                done?;
                if let Some(name) = &h.name {
                    self.emit_const(Constant::None);
                    self.store_name(name);
                    self.delete_name(name);
                }
                self.mark_handling(body_start, held);
                to_end.push(self.emit(Opcode::Jump, 0));
                if let Some(next) = next {
                    self.patch_here(next);
                }
            }
            // No clause matched: raised again.
            if handlers.last().is_some_and(|h| h.typ.is_some()) {
                self.emit(Opcode::Reraise, 0);
            }
            // While the clauses are matched the exception is on the stack.
            self.mark_handling(target, Some(Held::Caught));
            for j in to_end {
                self.patch_here(j);
            }
        }
        if has_fin {
            let mut p = self.protects.pop().expect("pushed above");
            p.close(self.here());
            self.stmts(finalbody)?;
            let skip = self.emit(Opcode::Jump, 0);
            let target = self.here();
            self.end_protect(p, target);
            let hidden = finally_name(span);
            self.store_name(&hidden);
            let held = self.held_by_last_store();
            let body_start = self.here();
            self.stmts(finalbody)?;
            self.mark_handling(body_start, held);
            self.load_name(&hidden);
            self.emit(Opcode::Reraise, 0);
            self.patch_here(skip);
        }
        Ok(())
    }

    /// Where the store just emitted keeps its value (a handled exception,
    /// read back when something is raised while it is handled).
    fn held_by_last_store(&self) -> Option<Held> {
        let store = self.code.instrs.last()?;
        match store.op {
            Opcode::StoreLocal => Some(Held::Local(store.arg)),
            Opcode::StoreGlobal => Some(Held::Global(store.arg)),
            Opcode::StoreName => Some(Held::Name(store.arg)),
            _ => None,
        }
    }

    /// Marks the instructions from `start` to here as handling the
    /// exception `held` says where to find.
    fn mark_handling(&mut self, start: usize, held: Option<Held>) {
        if let Some(held) = held {
            self.code.handling.push(Handling {
                start: start as u32,
                end: self.here() as u32,
                held,
            });
        }
    }

    /// Emits a region's cleanup on a way out of it.
    fn cleanup(&mut self, c: &Cleanup<'a>) -> Result<(), SyntaxError> {
        match c {
            Cleanup::Finally(body) => self.stmts(body),
            Cleanup::WithExit(hidden, is_async) => {
                self.emit_with_exit(hidden, *is_async);
                Ok(())
            }
        }
    }

    /// `exit(None, None, None)`, its result dropped.
    fn emit_with_exit(&mut self, hidden: &str, is_async: bool) {
        self.load_name(hidden);
        for _ in 0..3 {
            self.emit_const(Constant::None);
        }
        self.emit(Opcode::Call, 3);
        if is_async {
            self.emit(Opcode::GetAwaitable, 0);
            self.delegate();
        }
        self.emit(Opcode::Pop, 0);
    }

    /// `with context as target: body`: the bound `__exit__` waits in a
    /// hidden variable; the body is a protected region whose exception
    /// goes to `WithExit` (which may swallow it), and every other way out
    /// calls `__exit__(None, None, None)`. `async with` awaits what
    /// `__aenter__` and `__aexit__` return, where `with` takes their
    /// results.
    #[inline(never)]
    fn with_stmt(
        &mut self,
        span: Span,
        context: &Expr,
        target: Option<&Expr>,
        body: &'a [Stmt],
        is_async: bool,
    ) -> Result<(), SyntaxError> {
        self.expr(context)?;
        if is_async {
            self.at_line(span, |e| {
                e.emit(Opcode::AsyncWithEnter, 0);
                e.emit(Opcode::GetAwaitable, 0);
                e.delegate();
            });
        } else {
            self.at_line(span, |e| e.emit(Opcode::WithEnter, 0));
        }
        // Named by the item's place: `with a, b:` is two nested statements.
        let hidden = with_exit_name(context.span);
        // The exit below the entered value.
        self.emit(Opcode::RotTwo, 0);
        self.store_name(&hidden);
        match target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Opcode::Pop, 0);
            }
        }
        let cleanup = Rc::new(Cleanup::WithExit(hidden.clone(), is_async));
        self.protects
            .push(Protect::new(self.here(), Some(cleanup), self.loops.len()));
        self.stmts(body)?;
        let mut p = self.protects.pop().expect("pushed above");
        p.close(self.here());
        self.at_line(span, |e| e.emit_with_exit(&hidden, is_async));
        let skip = self.emit(Opcode::Jump, 0);
        let target = self.here();
        self.end_protect(p, target);
        // [exc]
        self.load_name(&hidden);
        if is_async {
            self.at_line(span, |e| {
                e.emit(Opcode::AsyncWithExit, 0);
                e.emit(Opcode::GetAwaitable, 0);
                e.delegate();
                e.emit(Opcode::ExitResult, 0);
            });
        } else {
            self.at_line(span, |e| e.emit(Opcode::WithExit, 0));
        }
        self.mark_handling(target, Some(Held::Caught));
        self.patch_here(skip);
        Ok(())
    }

    fn is_class_body(&self) -> bool {
        self.scopes.scopes[self.scope].is_class
    }

    /// `class Name(bases): body`: the bases are evaluated, then the body
    /// runs as a function given a new dict (`.ns`, its local slot 0) that
    /// it returns; `BuildClass` makes the class of the two.
    #[inline(never)]
    fn class_def(&mut self, def: &'a ClassDef, span: Span) -> Result<(), SyntaxError> {
        for d in &def.decorators {
            self.expr(d)?;
        }
        for b in &def.bases {
            self.expr(b)?;
        }
        self.emit(Opcode::BuildTuple, def.bases.len() as u32);
        // The keywords are evaluated before the body runs, as CPython's
        // `__build_class__` receives them.
        for k in &def.keywords {
            self.emit_const(Constant::Str(k.name.as_str().into()));
            self.expr(&k.value)?;
        }
        if !def.keywords.is_empty() {
            self.emit(Opcode::BuildDict, def.keywords.len() as u32);
        }
        let scope = self.scopes.of_node(def);
        let qualname: Rc<str> = if self.code.is_module {
            def.name.as_str().into()
        } else if self.is_class_body() {
            format!("{}.{}", self.code.qualname, def.name).into()
        } else {
            format!("{}.<locals>.{}", self.code.qualname, def.name).into()
        };
        let mut child = FnEmitter::new(
            self.scopes,
            scope,
            def.name.as_str().into(),
            qualname.clone(),
            self.code.filename.clone(),
            span.line,
            self.futures,
        );
        child.frozensets = self.frozensets.clone();
        child.line = span.line;
        child.pos = span;
        child.meter = self.meter;
        child.stack = self.stack;
        let module = child.name_index("__name__");
        child.emit(Opcode::LoadGlobal, module);
        let i = child.name_index("__module__");
        child.emit(Opcode::StoreName, i);
        child.emit_const(Constant::Str(qualname));
        let i = child.name_index("__qualname__");
        child.emit(Opcode::StoreName, i);
        if let Some(doc) = crate::ast::docstring(&def.body) {
            child.emit_const(Constant::Str(doc.into()));
            let i = child.name_index("__doc__");
            child.emit(Opcode::StoreName, i);
        }
        // CPython's SETUP_ANNOTATIONS: a body with an annotated assignment
        // starts with an empty `__annotations__` in the class namespace.
        if has_annotated_assignment(&def.body) {
            child.emit(Opcode::BuildDict, 0);
            let i = child.name_index("__annotations__");
            child.emit(Opcode::StoreName, i);
        }
        child.stmts(&def.body)?;
        if let Some(&slot) = child.slots.get("__class__") {
            if self.scopes.scopes[scope].cells.contains("__class__") {
                child.emit(Opcode::LoadCell, slot);
                let i = child.name_index("__classcell__");
                child.emit(Opcode::StoreName, i);
            }
        }
        child.emit(Opcode::LoadLocal, 0);
        child.emit(Opcode::Return, 0);
        self.make_function_of(scope, child, span)?;
        self.emit(Opcode::BuildDict, 0);
        self.emit(Opcode::Call, 1);
        let i = self.name_index(&def.name);
        if def.keywords.is_empty() {
            self.emit(Opcode::BuildClass, i);
        } else {
            self.emit(Opcode::BuildClassKw, i);
        }
        self.apply_decorators(&def.decorators);
        self.store_name(def.bound_name());
        Ok(())
    }

    /// Calls the decorators (evaluated earlier, outermost first) on the
    /// function or class above them, innermost first, each call placed at
    /// its decorator.
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            self.at_line(d.span, |e| e.emit(Opcode::Call, 1));
        }
    }

    /// An `if` and its `elif`s (each an `if` alone in the `else` of the
    /// one before), in a loop: no host recursion per branch.
    fn if_chain(&mut self, first: &'a Stmt) -> Result<(), SyntaxError> {
        let mut to_end = Vec::new();
        let mut s = first;
        loop {
            let StmtKind::If { test, body, orelse } = &s.kind else {
                unreachable!("a chain of ifs")
            };
            let to_else = self.jump_if_false(test)?;
            self.stmts(body)?;
            if orelse.is_empty() {
                self.patch_here(to_else);
                break;
            }
            to_end.push(self.emit(Opcode::Jump, 0));
            self.patch_here(to_else);
            match &orelse[..] {
                [next @ Stmt {
                    kind: StmtKind::If { .. },
                    ..
                }] => {
                    // The `elif` starts its own line, as `stmt` would set it.
                    if next.span.line > 0 {
                        self.line = next.span.line;
                        self.pos = next.span;
                    }
                    s = next;
                }
                _ => {
                    self.stmts(orelse)?;
                    break;
                }
            }
        }
        for jump in to_end {
            self.patch_here(jump);
        }
        Ok(())
    }

    // ---- expressions --------------------------------------------------

    /// `a + b - c ...`: a left-nested chain, walked down its left spine in
    /// a loop (a 100,000-term sum uses no more host stack than one term).
    fn binop_chain(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        let mut spine = Vec::new();
        let mut leftmost = e;
        while let ExprKind::BinOp { left, .. } = &leftmost.kind {
            spine.push(leftmost);
            leftmost = left;
        }
        self.expr(leftmost)?;
        for node in spine.into_iter().rev() {
            let ExprKind::BinOp { op, right, .. } = &node.kind else {
                unreachable!("the spine holds BinOps")
            };
            self.at_line(node.span, |em| {
                em.expr(right)?;
                em.emit(binop_opcode(*op), 0);
                Ok(())
            })?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(e.span.line));
        }
        self.at_line(e.span, |em| em.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Int(i) => self.emit_const(Constant::Int(*i)),
            ExprKind::BigInt(digits) => self.emit_const(Constant::BigInt(digits.as_str().into())),
            ExprKind::Float(f) => self.emit_const(Constant::Float(*f)),
            ExprKind::Imag(f) => self.emit_const(Constant::Imag(*f)),
            ExprKind::Bytes(b) => self.emit_const(Constant::Bytes(b.as_slice().into())),
            ExprKind::Str(s) => self.emit_const(Constant::Str(s.as_str().into())),
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Bool(b) => self.emit_const(Constant::Bool(*b)),
            ExprKind::None => self.emit_const(Constant::None),
            ExprKind::Ellipsis => self.emit_const(Constant::Ellipsis),
            ExprKind::Name(name) => self.load_name(name),
            ExprKind::Tuple(items) | ExprKind::List(items) if has_starred(items) => {
                self.emit(Opcode::BuildList, 0);
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => {
                            self.expr(inner)?;
                            self.emit(Opcode::ListExtend, 0);
                        }
                        _ => {
                            self.expr(i)?;
                            self.emit(Opcode::ListAppend, 0);
                        }
                    }
                }
                if matches!(e.kind, ExprKind::Tuple(_)) {
                    self.emit(Opcode::ListToTuple, 0);
                }
            }
            ExprKind::Tuple(items) => {
                // A tuple of constants is one constant, made once, as
                // CPython folds it: `for x in (1, 2, 3)` and `c in ('a',
                // 'b')` build nothing each time.
                if let Some(items) = constants(items) {
                    self.emit_const(Constant::Tuple(items.into()));
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Opcode::BuildTuple, items.len() as u32);
                }
            }
            ExprKind::List(items) => {
                for i in items {
                    self.expr(i)?;
                }
                self.emit(Opcode::BuildList, items.len() as u32);
            }
            ExprKind::Set(items) => self.set_display(items)?,
            ExprKind::Dict(pairs) if pairs.iter().any(|(k, _)| k.is_none()) => {
                self.emit(Opcode::BuildDict, 0);
                for (k, v) in pairs {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.emit(Opcode::DictInsert, 0);
                        }
                        None => {
                            self.expr(v)?;
                            self.emit(Opcode::DictUpdate, 0);
                        }
                    }
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                self.emit(Opcode::BuildDict, pairs.len() as u32);
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, "<setcomp>", Some(Opcode::BuildSet), |em, depth| {
                    em.expr(elt)?;
                    em.emit(Opcode::SetAdd, depth);
                    Ok(())
                })?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, "<listcomp>", Some(Opcode::BuildList), |em, depth| {
                    em.expr(elt)?;
                    em.emit(Opcode::ListAppend, depth);
                    Ok(())
                })?;
            }
            ExprKind::GenExp { elt, generators } => {
                self.comprehension(e, generators, "<genexpr>", None, |em, _| {
                    em.expr(elt)?;
                    em.emit(Opcode::Yield, 0);
                    em.emit(Opcode::Pop, 0);
                    Ok(())
                })?;
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                self.emit(Opcode::GetIter, 0);
                self.delegate();
            }
            ExprKind::Await(value) => {
                // `yield from` over what the awaitable gives to wait on.
                self.expr(value)?;
                self.emit(Opcode::GetAwaitable, 0);
                self.delegate();
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Constant::None),
                }
                self.emit(Opcode::Yield, self.yield_cleanup_bit());
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, generators, "<dictcomp>", Some(Opcode::BuildDict), |em, depth| {
                    em.expr(key)?;
                    em.expr(value)?;
                    em.emit(Opcode::DictInsert, depth);
                    Ok(())
                })?;
            }
            ExprKind::BinOp { .. } => self.binop_chain(e)?,
            ExprKind::UnaryOp { op, operand } => self.unary(*op, operand)?,
            ExprKind::BoolOp { op, values } => {
                let jump = if *op == BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                let mut patches = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        patches.push(self.emit(jump, 0));
                    }
                }
                for p in patches {
                    self.patch_here(p);
                }
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Dup, 0);
                self.store_name(target);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Opcode::PopJumpIfFalse, 0);
                self.expr(body)?;
                let to_end = self.emit(Opcode::Jump, 0);
                self.patch_here(to_else);
                self.expr(orelse)?;
                self.patch_here(to_end);
            }
            ExprKind::Lambda { params, body } => {
                let scope = self.scopes.of_node(e);
                let f = |em: &mut FnEmitter| {
                    em.expr(body)?;
                    em.emit(Opcode::Return, 0);
                    Ok(())
                };
                self.function(scope, "<lambda>", params, e.span, f, true)?;
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.at_line(attr_span(e.span, e.span, attr), |e| e.emit(Opcode::LoadAttr, i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    self.slice_bounds(lower, upper, step)?;
                    self.emit(Opcode::LoadSlice, 0);
                } else {
                    self.expr(index)?;
                    self.emit(Opcode::LoadSubscr, 0);
                }
            }
            // Only inside a subscript's tuple (`m[1:2, 0]`), where the
            // parser allows it: a slice object.
            ExprKind::Slice { lower, upper, step } => {
                self.slice_bounds(lower, upper, step)?;
                self.emit(Opcode::BuildSlice, 0);
            }
            ExprKind::Starred(_) => return Err(self.error("can't use starred expression here", e.span)),
        }
        Ok(())
    }

    fn slice_bounds(
        &mut self,
        lower: &Option<Box<Expr>>,
        upper: &Option<Box<Expr>>,
        step: &Option<Box<Expr>>,
    ) -> Result<(), SyntaxError> {
        for bound in [lower, upper, step] {
            match bound {
                Some(b) => self.expr(b)?,
                None => self.emit_const(Constant::None),
            }
        }
        Ok(())
    }

    /// `{a, b, *c}`. Three or more constants become one frozenset
    /// constant the new set is filled from, as in CPython, whose order
    /// that decides.
    fn set_display(&mut self, items: &[Expr]) -> Result<(), SyntaxError> {
        if items.len() > 2 {
            if let Some(items) = constants(items) {
                self.emit(Opcode::BuildSet, 0);
                self.emit_frozenset(items);
                self.emit(Opcode::SetUpdate, 0);
                return Ok(());
            }
        }
        if !has_starred(items) {
            for i in items {
                self.expr(i)?;
            }
            self.emit(Opcode::BuildSet, items.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildSet, 0);
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Opcode::SetUpdate, 0);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Opcode::SetAdd, 0);
                }
            }
        }
        Ok(())
    }

    /// What is iterated (`for x in it`, the `in` of a membership test):
    /// a set display of constants is a frozenset constant, as CPython
    /// folds it.
    fn iterable(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if let ExprKind::Set(items) = &e.kind {
            if let Some(items) = constants(items) {
                self.emit_frozenset(items);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn emit_frozenset(&mut self, items: Vec<Constant>) {
        // Equal items are one item (`{1, 1.0, True}` holds the 1), and two
        // frozensets are the same constant when they hold the same items of
        // the same types (`{1}` and `{True}` are not).
        let mut distinct: Vec<Constant> = Vec::new();
        for c in items {
            if !distinct.iter().any(|d| constants_equal(d, &c)) {
                distinct.push(c);
            }
        }
        let items = distinct;
        let key = |items: &[Constant]| -> std::collections::BTreeSet<String> {
            items.iter().map(|c| format!("{c:?}")).collect()
        };
        let wanted = key(&items);
        let known = self.frozensets.borrow().iter().find(|f| key(f) == wanted).cloned();
        let items = known.unwrap_or_else(|| {
            let items: Rc<[Constant]> = items.into();
            self.frozensets.borrow_mut().push(items.clone());
            items
        });
        self.emit_const(Constant::FrozenSet(items));
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr) -> Result<(), SyntaxError> {
        // Fold negative literals, so -9223372036854775808 fits.
        if op == UnaryOp::Neg {
            match &operand.kind {
                ExprKind::Int(i) => {
                    self.emit_const(Constant::Int(-i));
                    return Ok(());
                }
                ExprKind::BigInt(d) if d == "9223372036854775808" => {
                    self.emit_const(Constant::Int(i64::MIN));
                    return Ok(());
                }
                ExprKind::Float(f) => {
                    self.emit_const(Constant::Float(-f));
                    return Ok(());
                }
                _ => {}
            }
        }
        self.expr(operand)?;
        let opcode = match op {
            UnaryOp::Neg => Opcode::Neg,
            UnaryOp::Pos => Opcode::Pos,
            UnaryOp::Invert => Opcode::Invert,
            UnaryOp::Not => Opcode::Not,
        };
        self.emit(opcode, 0);
        Ok(())
    }

    /// `a < b < c` evaluates b once: it is duplicated under the first
    /// result and dropped if the chain stops early.
    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Result<(), SyntaxError> {
        self.expr(left)?;
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            let last = i + 1 == ops.len();
            if last && matches!(op, CmpOp::In | CmpOp::NotIn) {
                self.iterable(right)?;
            } else {
                self.expr(right)?;
            }
            if !last {
                self.emit(Opcode::Dup, 0);
                self.emit(Opcode::RotThree, 0);
            }
            self.emit(cmp_opcode(*op), 0);
            if !last {
                cleanups.push(self.emit(Opcode::JumpIfFalseOrPop, 0));
            }
        }
        if !cleanups.is_empty() {
            let to_end = self.emit(Opcode::Jump, 0);
            for c in cleanups {
                self.patch_here(c);
            }
            // Here the false result sits above the duplicated operand.
            self.emit(Opcode::RotTwo, 0);
            self.emit(Opcode::Pop, 0);
            self.patch_here(to_end);
        }
        Ok(())
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Result<(), SyntaxError> {
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.name.is_empty()) {
            return self.call_unpacking(func, args, keywords);
        }
        let argc = args.len() + keywords.len();
        if argc > MAX_CALL_ARGS {
            return Err(self.error(format!("more than {MAX_CALL_ARGS} arguments are not supported"), e.span));
        }
        let method = match &func.kind {
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                // CPython looks the method up before evaluating arguments.
                let i = self.name_index(attr);
                self.at_line(attr_span(func.span, func.span, attr), |e| {
                    e.emit(Opcode::CheckMethod, i)
                });
                Some(attr)
            }
            _ => {
                self.expr(func)?;
                None
            }
        };
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        let names = if keywords.is_empty() {
            None
        } else {
            let names: Rc<[Rc<str>]> = keywords.iter().map(|k| Rc::from(k.name.as_str())).collect();
            self.emit_const(Constant::Names(names));
            Some(())
        };
        match (method, names) {
            (Some(attr), kw) => {
                let i = self.name_index(attr);
                let op = if kw.is_some() {
                    Opcode::CallMethodKw
                } else {
                    Opcode::CallMethod
                };
                self.at_line(attr_span(e.span, func.span, attr), |e| {
                    e.emit(op, (i << 8) | argc as u32)
                });
            }
            (None, Some(())) => {
                self.emit(Opcode::CallKw, argc as u32);
            }
            (None, None) => {
                self.emit(Opcode::Call, argc as u32);
            }
        }
        Ok(())
    }

    /// A call with `*iterable` or `**mapping` arguments: the positional
    /// arguments gathered in a list, the keywords in a dict, then
    /// `CallEx` spreads them.
    #[inline(never)]
    fn call_unpacking(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Result<(), SyntaxError> {
        self.expr(func)?;
        if let [Expr {
            kind: ExprKind::Starred(inner),
            ..
        }] = args
        {
            // `f(*it)`: the iterable goes to the call as it is (its error
            // names the callee).
            self.expr(inner)?;
        } else {
            self.emit(Opcode::BuildList, 0);
            for a in args {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(Opcode::ListExtend, 0);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Opcode::ListAppend, 0);
                    }
                }
            }
        }
        if keywords.is_empty() {
            self.emit(Opcode::CallEx, 0);
            return Ok(());
        }
        self.emit(Opcode::BuildDict, 0);
        for k in keywords {
            if k.name.is_empty() {
                self.expr(&k.value)?;
                self.emit(Opcode::DictMerge, 1);
            } else {
                self.emit_const(Constant::Str(k.name.as_str().into()));
                self.expr(&k.value)?;
                self.emit(Opcode::DictMerge, 2);
            }
        }
        self.emit(Opcode::CallEx, 1);
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        if parts.is_empty() {
            self.emit_const(Constant::Str("".into()));
            return Ok(());
        }
        for part in parts {
            match part {
                FStringPart::Literal(s) => self.emit_const(Constant::Str(s.as_str().into())),
                FStringPart::Field { expr, conversion, spec } => {
                    self.expr(expr)?;
                    self.fstring(spec)?;
                    let conv = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some(_) => 3,
                    };
                    self.emit(Opcode::FormatValue, conv);
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Opcode::BuildString, parts.len() as u32);
        }
        Ok(())
    }

    /// A comprehension is a function called at once with the iterator of
    /// its first `for` (CPython 3.11 does the same, which is why its frames
    /// appear as `<listcomp>` in tracebacks).
    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[Comprehension],
        name: &str,
        build: Option<Opcode>,
        element: impl FnOnce(&mut FnEmitter, u32) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let scope = self.scopes.of_node(node);
        let body = |em: &mut FnEmitter| -> Result<(), SyntaxError> {
            // A generator expression builds nothing: it yields each element.
            if let Some(build) = build {
                em.emit(build, 0);
            }
            let mut exits = Vec::new();
            let mut heads = Vec::new();
            for (i, g) in generators.iter().enumerate() {
                if i == 0 {
                    em.emit(Opcode::LoadLocal, 0);
                } else {
                    em.iterable(&g.iter)?;
                    em.emit(if g.is_async { Opcode::GetAIter } else { Opcode::GetIter }, 0);
                }
                let head = em.emit_loop_header();
                exits.push(match g.is_async {
                    true => LoopExit::Async(em.async_for_next()),
                    false => LoopExit::Iter(em.emit(Opcode::ForIter, 0)),
                });
                heads.push(head);
                em.store_target(&g.target)?;
                for cond in &g.ifs {
                    em.expr(cond)?;
                    em.emit(Opcode::PopJumpIfFalse, head as u32);
                }
            }
            element(em, generators.len() as u32)?;
            for (head, exit) in heads.iter().zip(exits).rev() {
                em.emit(Opcode::Jump, *head as u32);
                match exit {
                    LoopExit::Iter(for_iter) => em.patch_here(for_iter),
                    LoopExit::Async(step) => em.async_for_end(step),
                }
            }
            if build.is_none() {
                em.emit_const(Constant::None);
            }
            em.emit(Opcode::Return, 0);
            Ok(())
        };
        self.function(scope, name, &[], node.span, body, true)?;
        self.iterable(&generators[0].iter)?;
        self.emit(
            if generators[0].is_async {
                Opcode::GetAIter
            } else {
                Opcode::GetIter
            },
            0,
        );
        self.emit(Opcode::Call, 1);
        // An `await` or `async for` inside made it an asynchronous
        // comprehension: the call made a coroutine, awaited here (an
        // asynchronous generator expression is not awaited).
        let s = &self.scopes.scopes[scope];
        if s.coroutine && !s.async_generator {
            self.emit(Opcode::GetAwaitable, 0);
            self.delegate();
        }
        Ok(())
    }
}

/// How a comprehension's loop ends: its `ForIter` jumps out, or its
/// `async for` step raises StopAsyncIteration.
enum LoopExit<'a> {
    Iter(usize),
    Async(Protect<'a>),
}

fn binop_opcode(op: BinOp) -> Opcode {
    match op {
        BinOp::Add => Opcode::Add,
        BinOp::Sub => Opcode::Sub,
        BinOp::Mul => Opcode::Mul,
        BinOp::Div => Opcode::TrueDiv,
        BinOp::FloorDiv => Opcode::FloorDiv,
        BinOp::Mod => Opcode::Mod,
        BinOp::Pow => Opcode::Pow,
        BinOp::LShift => Opcode::LShift,
        BinOp::RShift => Opcode::RShift,
        BinOp::BitAnd => Opcode::BitAnd,
        BinOp::BitOr => Opcode::BitOr,
        BinOp::BitXor => Opcode::BitXor,
    }
}

fn cmp_opcode(op: CmpOp) -> Opcode {
    match op {
        CmpOp::Lt => Opcode::Lt,
        CmpOp::LtE => Opcode::Le,
        CmpOp::Gt => Opcode::Gt,
        CmpOp::GtE => Opcode::Ge,
        CmpOp::Eq => Opcode::Eq,
        CmpOp::NotEq => Opcode::Ne,
        CmpOp::Is => Opcode::Is,
        CmpOp::IsNot => Opcode::IsNot,
        CmpOp::In => Opcode::In,
        CmpOp::NotIn => Opcode::NotIn,
    }
}

fn has_starred(items: &[Expr]) -> bool {
    items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
}

/// The constants a display's items are, if every item is one (a literal,
/// a negated number, a tuple of constants), as CPython's folding sees them.
fn constants(items: &[Expr]) -> Option<Vec<Constant>> {
    items.iter().map(constant).collect()
}

fn constant(e: &Expr) -> Option<Constant> {
    Some(match &e.kind {
        ExprKind::Int(i) => Constant::Int(*i),
        ExprKind::Float(f) => Constant::Float(*f),
        ExprKind::Str(s) => Constant::Str(s.as_str().into()),
        ExprKind::Bool(b) => Constant::Bool(*b),
        ExprKind::None => Constant::None,
        ExprKind::Ellipsis => Constant::Ellipsis,
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match operand.kind {
            ExprKind::Int(i) => Constant::Int(i.checked_neg()?),
            ExprKind::Float(f) => Constant::Float(-f),
            _ => return None,
        },
        ExprKind::Tuple(items) => Constant::Tuple(constants(items)?.into()),
        _ => return None,
    })
}

/// Python's `==` between two constants.
fn constants_equal(a: &Constant, b: &Constant) -> bool {
    let number = |c: &Constant| match c {
        Constant::Int(i) => Some(*i as f64),
        Constant::Float(f) => Some(*f),
        Constant::Bool(b) => Some(*b as i64 as f64),
        _ => None,
    };
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| constants_equal(p, q))
        }
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use rumba_vm::bytecode::Opcode;

    fn ops(src: &str) -> Vec<Opcode> {
        crate::compile(src, "t.py")
            .unwrap()
            .instrs
            .iter()
            .map(|i| i.op)
            .collect()
    }

    #[test]
    fn every_loop_starts_with_a_loop_instruction_and_jumps_back_to_it() {
        let code = crate::compile("for i in range(3):\n    pass\nwhile i:\n    i -= 1\n", "t.py").unwrap();
        assert_eq!(code.nloops, 2);
        for (pc, ins) in code.instrs.iter().enumerate() {
            if ins.op == Opcode::Jump && (ins.arg as usize) < pc {
                assert_eq!(code.instrs[ins.arg as usize].op, Opcode::Loop, "back edge at {pc}");
            }
        }
    }

    #[test]
    fn method_calls_and_keywords_use_their_own_instructions() {
        assert!(ops("x = []\nx.append(1)\n").contains(&Opcode::CallMethod));
        assert!(ops("sorted([], reverse=True)\n").contains(&Opcode::CallKw));
        assert!(ops("[].sort(reverse=True)\n").contains(&Opcode::CallMethodKw));
    }

    #[test]
    fn names_resolve_to_locals_cells_and_globals() {
        let code = crate::compile(
            "g = 1\ndef f(a):\n    b = a\n    def h():\n        return b + g\n    return h\n",
            "t.py",
        )
        .unwrap();
        let f = &code.children[0];
        assert_eq!(&*f.locals.names[0], "a");
        assert_eq!(f.locals.cells.len(), 1, "b is captured");
        let h = &f.children[0];
        assert_eq!(h.locals.free.len(), 1);
        let h_ops: Vec<Opcode> = h.instrs.iter().map(|i| i.op).collect();
        assert!(h_ops.contains(&Opcode::LoadDeref) && h_ops.contains(&Opcode::LoadGlobal));
    }

    #[test]
    fn negative_literals_fold_and_big_literals_are_constants() {
        let code = crate::compile("x = -9223372036854775808\n", "t.py").unwrap();
        assert!(code.consts.contains(&rumba_vm::bytecode::Constant::Int(i64::MIN)));
        let code = crate::compile("x = 9223372036854775808 + 0xffffffffffffffffff\n", "t.py").unwrap();
        assert!(code
            .consts
            .contains(&rumba_vm::bytecode::Constant::BigInt("9223372036854775808".into())));
        assert!(code
            .consts
            .contains(&rumba_vm::bytecode::Constant::BigInt("0xffffffffffffffffff".into())));
    }

    /// A function's annotations are evaluated once, at its `def`: its body
    /// compiles to the same code with them as without (so a hot loop in
    /// it, and the JIT's trace of it, pay nothing for them).
    #[test]
    fn annotations_cost_nothing_in_the_function_body() {
        let body = |src: &str| {
            let code = crate::compile(src, "t.py").unwrap();
            let f = code.children[0].clone();
            (f.instrs.clone(), f.consts.clone())
        };
        let plain = body("def f(x, n=2):\n    y = 0\n    for i in range(n):\n        y = y + x\n    return y\n");
        let annotated = body(
            "def f(x: int, n: int = 2) -> int:\n    y: int = 0\n    for i in range(n):\n        y: Undefined = y + x\n    return y\n",
        );
        assert_eq!(plain, annotated);
        // Without annotations a `def` emits nothing for them either.
        assert!(!ops("def f(x):\n    return x\n").contains(&Opcode::AnnotateFunction));
        assert!(ops("def f(x: int):\n    return x\n").contains(&Opcode::AnnotateFunction));
        assert!(!ops("x = 1\n").contains(&Opcode::SetupAnnotations));
        assert!(ops("x: int = 1\n").contains(&Opcode::SetupAnnotations));
    }

    #[test]
    fn future_annotations_are_text() {
        let code = crate::compile(
            "from __future__ import annotations\nx: dict[str,int] = {}\ndef f(a: Missing) -> None: pass\n",
            "t.py",
        )
        .unwrap();
        let strs: Vec<&str> = code
            .consts
            .iter()
            .filter_map(|c| match c {
                rumba_vm::bytecode::Constant::Str(s) => Some(&**s),
                _ => None,
            })
            .collect();
        assert!(strs.contains(&"dict[str, int]") && strs.contains(&"Missing") && strs.contains(&"None"));
        let err = |src: &str| crate::compile(src, "t.py").unwrap_err().msg;
        assert_eq!(
            err("import math\nfrom __future__ import division\n"),
            crate::future::LATE_FUTURE
        );
        assert_eq!(
            err("def f():\n    global x\n    x: int = 1\n"),
            "annotated name 'x' can't be global"
        );
    }

    /// A local annotation is never evaluated, so the names in it do not
    /// make the function a closure (CPython's symtable still counts them
    /// as uses for its `global` checks).
    #[test]
    fn unevaluated_annotations_capture_nothing() {
        let code = crate::compile(
            "def outer():\n    T = int\n    def inner():\n        y: T = 1\n        return y\n    return inner\n",
            "t.py",
        )
        .unwrap();
        assert!(code.children[0].children[0].locals.free.is_empty());
        assert!(code.children[0].locals.cells.is_empty());
        assert_eq!(
            crate::compile("def f():\n    y: x = 1\n    global x\n", "t.py")
                .unwrap_err()
                .msg,
            "name 'x' is used prior to global declaration"
        );
    }

    /// The declared stack effects hold on every path of every program in
    /// the test corpus (checked here because CI builds in release mode).
    #[test]
    fn stack_depths_verify_for_the_whole_corpus() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/programs");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "py") {
                // Lossy: a program in Latin-1 (a coding cookie's) still
                // has its stack effects checked.
                let src = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                if let Ok(code) = crate::compile(&src, "t.py") {
                    code.verify_stack_depths()
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    checked += 1;
                }
            }
        }
        assert!(checked > 100);
    }

    /// What the position table costs on the corpus (every program of
    /// tests/programs and benches/programs): four bytes an instruction,
    /// and nothing more but for the two programs written to stress the
    /// compiler (lines of 10,000 characters, an `if` of 4,000 lines).
    #[test]
    fn positions_cost_four_bytes_an_instruction() {
        use rumba_vm::bytecode::{CodeObject, Instr};
        fn sizes(code: &CodeObject, totals: &mut [usize; 4]) {
            totals[0] += code.instrs.len();
            totals[1] += code.instrs.len() * std::mem::size_of::<Instr>() + code.lines.len() * 4;
            totals[2] += code.positions.len() * 4;
            totals[3] += code.positions.heap_bytes() - code.positions.len() * 4;
            for child in &code.children {
                sizes(child, totals);
            }
        }
        let (mut all, mut typical) = ([0; 4], [0; 4]);
        for dir in ["/../tests/programs", "/../benches/programs"] {
            let dir = format!("{}{dir}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "py") {
                    let src = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                    if let Ok(code) = crate::compile(&src, "t.py") {
                        sizes(&code, &mut all);
                        let stress = path.file_name().is_some_and(|n| n.to_string_lossy().contains("_long"));
                        if !stress {
                            sizes(&code, &mut typical);
                        }
                    }
                }
            }
        }
        for (what, [instrs, code_bytes, table_bytes, wide_bytes]) in
            [("all", all), ("without the stress programs", typical)]
        {
            println!(
                "{what}: {instrs} instructions, {code_bytes} bytes of instructions and lines, {table_bytes} of positions, {wide_bytes} of wide positions"
            );
            assert_eq!(table_bytes, instrs * 4);
        }
        assert!(typical[0] > 100_000);
        assert_eq!(typical[3], 0);
    }
}
