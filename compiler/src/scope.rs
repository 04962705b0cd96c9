//! Scope analysis: decides, for every name in every function, whether it
//! is a local slot, a cell (a local that a nested function captures), a
//! free variable (a cell of an enclosing function) or a global.
//!
//! Python decides this statically: a name assigned anywhere in a function
//! is local to all of it (unless declared `global` or `nonlocal`), so the
//! whole body must be seen before any of it is compiled. Comprehensions
//! and lambdas are functions too, as in CPython 3.11.

use rumba_vm::limits::StackBudget;
use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::error::SyntaxError;

pub type ScopeId = usize;

#[derive(Debug, Default)]
pub struct Scope {
    pub is_module: bool,
    /// A class body: the names it binds live in its namespace dict (in
    /// local slot 0, `.ns`), and functions nested in it do not see them.
    pub is_class: bool,
    pub parent: Option<ScopeId>,
    /// Parameters, in order (a comprehension's only parameter is `.0`).
    pub params: Vec<String>,
    /// Names bound in this scope, in order of first binding.
    bound: Vec<String>,
    bound_set: HashSet<String>,
    used: HashSet<String>,
    /// Names read only in annotations that are never evaluated (of local
    /// variables). CPython's symtable counts them as uses, which matters
    /// only for `used prior to global declaration`; they do not make a
    /// variable of an enclosing function a closure cell, which would cost
    /// every call of the function for nothing.
    annotation_used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Where each `nonlocal` was declared, for the error if it binds nothing.
    nonlocal_spans: HashMap<String, Span>,
    /// Names annotated with `name: annotation` (which cannot then be
    /// declared global or nonlocal in a function).
    annotated: HashSet<String>,
    /// The body holds `yield` (or this is a generator expression): a call
    /// makes a generator.
    pub generator: bool,
    /// An `async def`: a call makes a coroutine (which runs as a
    /// generator does, `generator` is set too).
    pub coroutine: bool,
    /// An `async def` that yields (or a generator expression that awaits
    /// or has an `async for`): a call makes an asynchronous generator
    /// (`coroutine` and `generator` are set too).
    pub async_generator: bool,
    /// A comprehension's scope: how CPython names it in the error for a
    /// `yield` inside it.
    comprehension: Option<&'static str>,
    /// Locals captured by nested functions.
    pub cells: HashSet<String>,
    /// Variables of enclosing functions this one uses, in a fixed order
    /// (the order of the function object's closure cells).
    pub frees: Vec<String>,
}

impl Scope {
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    fn is_local(&self, name: &str) -> bool {
        if self.is_class {
            // Only the namespace and the `__class__` cell are slots.
            return name == ".ns" || (name == "__class__" && self.cells.contains(name));
        }
        !self.is_module
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
            && (self.bound_set.contains(name) || self.params.iter().any(|p| p == name))
    }

    /// The local slot layout: parameters, other locals, then free variables.
    pub fn slot_names(&self) -> Vec<String> {
        let mut names = self.params.clone();
        if self.is_class && self.cells.contains("__class__") {
            names.push("__class__".to_string());
        }
        for name in &self.bound {
            if self.is_local(name) && !names.contains(name) {
                names.push(name.clone());
            }
        }
        for name in &self.frees {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        names
    }
}

/// Where a name lives, as the emitter needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Local,
    /// A local or free variable held in a cell (accessed through it).
    Cell,
    Global,
    /// A name bound in a class body: in its namespace.
    ClassName,
}

/// All the scopes of a module, found by the address of the syntax node
/// that opens them (a `FunctionDef`, a lambda or comprehension `Expr`).
pub struct ScopeTree {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl ScopeTree {
    pub fn module(&self) -> ScopeId {
        0
    }

    pub fn of_node<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }

    /// Whether any scope reads or writes `name` (as a global or not).
    pub fn mentions(&self, name: &str) -> bool {
        self.scopes
            .iter()
            .any(|s| s.used.contains(name) || s.bound_set.contains(name))
    }

    pub fn kind(&self, scope: ScopeId, name: &str) -> NameKind {
        let s = &self.scopes[scope];
        if s.is_module || s.globals.contains(name) {
            return NameKind::Global;
        }
        if s.is_class && s.bound_set.contains(name) {
            return NameKind::ClassName;
        }
        if s.frees.iter().any(|f| f == name) || s.cells.contains(name) {
            return NameKind::Cell;
        }
        if s.is_local(name) {
            return NameKind::Local;
        }
        NameKind::Global
    }
}

/// Builds and resolves the scopes of a module. `future_annotations`
/// (`from __future__ import annotations`) keeps annotations out of the
/// scopes: they are text then, not expressions that use names.
pub fn analyze(module: &Module, future_annotations: bool) -> Result<ScopeTree, SyntaxError> {
    analyze_bounded(module, future_annotations, StackBudget::unlimited())
}

/// `analyze`, its recursion into nested code bounded by `stack`.
pub fn analyze_bounded(
    module: &Module,
    future_annotations: bool,
    stack: StackBudget,
) -> Result<ScopeTree, SyntaxError> {
    let mut b = Builder {
        stack,
        tree: ScopeTree {
            scopes: Vec::new(),
            by_node: HashMap::new(),
        },
        current: 0,
        future_annotations,
        unevaluated: false,
        annotation_text: false,
        comprehension_iterable: false,
    };
    b.tree.scopes.push(Scope {
        is_module: true,
        ..Default::default()
    });
    b.stmts(&module.body)?;
    b.resolve()?;
    Ok(b.tree)
}

struct Builder {
    /// The host stack the walk's recursion may use.
    stack: StackBudget,
    tree: ScopeTree,
    current: ScopeId,
    future_annotations: bool,
    /// Inside an annotation that is never evaluated: names read here go
    /// to `annotation_used`.
    unevaluated: bool,
    /// Inside an annotation kept as text (`from __future__ import
    /// annotations`): nothing in it is a use, and what only an evaluated
    /// expression could do (`:=`, `yield`) is refused, as CPython does.
    annotation_text: bool,
    /// Inside the iterable of a comprehension's `for`, where `:=` is
    /// refused (it would bind in the scope that evaluates the iterable).
    comprehension_iterable: bool,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.tree.scopes[self.current]
    }

    /// Opens a function scope for `node`, runs `f` inside it.
    fn enter<T>(
        &mut self,
        node: &T,
        params: Vec<String>,
        f: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let id = self.tree.scopes.len();
        self.tree.scopes.push(Scope {
            parent: Some(self.current),
            params,
            ..Default::default()
        });
        self.tree.by_node.insert(node as *const T as usize, id);
        let saved = self.current;
        self.current = id;
        let result = f(self);
        self.current = saved;
        result
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn declare(&mut self, names: &[String], span: Span, global: bool) -> Result<(), SyntaxError> {
        let is_module = self.scope().is_module;
        for name in names {
            let s = &self.tree.scopes[self.current];
            let what = if global { "global" } else { "nonlocal" };
            if !global && is_module {
                return Err(SyntaxError::new(
                    "nonlocal declaration not allowed at module level",
                    span.line,
                    span.col,
                ));
            }
            // The order of CPython's symtable: a name both read and
            // assigned before the declaration is reported as read.
            let msg = if s.params.contains(name) {
                Some(format!("name '{name}' is parameter and {what}"))
            } else if s.used.contains(name) || s.annotation_used.contains(name) {
                Some(format!("name '{name}' is used prior to {what} declaration"))
            } else if s.annotated.contains(name) {
                Some(format!("annotated name '{name}' can't be {what}"))
            } else if s.bound_set.contains(name) {
                Some(format!("name '{name}' is assigned to before {what} declaration"))
            } else {
                None
            };
            if let Some(msg) = msg {
                return Err(SyntaxError::new(msg, span.line, span.col));
            }
            if global {
                self.scope().globals.insert(name.clone());
            } else {
                self.scope().nonlocals.insert(name.clone());
                self.scope().nonlocal_spans.insert(name.clone(), span);
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(s.span.line));
        }
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                // `x += 1` both reads and binds x.
                self.expr(target)?;
                self.target(target)
            }
            StmtKind::If { test, body, orelse } => {
                // An `elif` chain in a loop, not one frame per branch.
                let (mut test, mut body, mut orelse) = (test, body, orelse);
                loop {
                    self.expr(test)?;
                    self.stmts(body)?;
                    match &orelse[..] {
                        [Stmt {
                            kind:
                                StmtKind::If {
                                    test: t,
                                    body: b,
                                    orelse: o,
                                },
                            ..
                        }] => (test, body, orelse) = (t, b, o),
                        _ => return self.stmts(orelse),
                    }
                }
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::Return(value) => value.iter().try_for_each(|v| self.expr(v)),
            StmtKind::Del(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                if !finalbody.is_empty() {
                    self.scope().bind(&crate::emit::finally_name(s.span));
                }
                for h in handlers {
                    h.typ.iter().try_for_each(|t| self.expr(t))?;
                    self.scope().bind(&crate::emit::handled_name(h.span));
                    if let Some(name) = &h.name {
                        self.scope().bind(name);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::With {
                context, target, body, ..
            } => {
                self.expr(context)?;
                self.scope().bind(&crate::emit::with_exit_name(context.span));
                if let Some(t) = target {
                    self.target(t)?;
                }
                self.stmts(body)
            }
            StmtKind::Raise { exc, cause } => [exc, cause].into_iter().flatten().try_for_each(|e| self.expr(e)),
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            StmtKind::Global(names) => self.declare(names, s.span, true),
            StmtKind::Nonlocal(names) => self.declare(names, s.span, false),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                match &target.kind {
                    ExprKind::Name(name) if *simple => {
                        let s = &self.tree.scopes[self.current];
                        if !s.is_module && (s.globals.contains(name) || s.nonlocals.contains(name)) {
                            let what = if s.globals.contains(name) { "global" } else { "nonlocal" };
                            return Err(SyntaxError::new(
                                format!("annotated name '{name}' can't be {what}"),
                                target.span.line,
                                target.span.col,
                            ));
                        }
                        // `x: int` makes x local even without a value.
                        self.scope().annotated.insert(name.clone());
                        self.scope().bind(name);
                    }
                    // `(x): int` binds x only when it assigns it.
                    ExprKind::Name(_) if value.is_some() => self.target(target)?,
                    ExprKind::Name(_) => {}
                    _ => self.expr(target)?,
                }
                if self.scope().is_module {
                    self.annotation(annotation)?;
                } else {
                    self.unevaluated = true;
                    let visited = self.annotation(annotation);
                    self.unevaluated = false;
                    visited?;
                }
                value.iter().try_for_each(|v| self.expr(v))
            }
            StmtKind::FunctionDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d))?;
                def.params
                    .iter()
                    .filter_map(|p| p.default.as_ref())
                    .try_for_each(|d| self.expr(d))?;
                // Parameter and return annotations are evaluated where the
                // `def` runs, like the defaults.
                def.params
                    .iter()
                    .filter_map(|p| p.annotation.as_ref())
                    .chain(def.returns.as_ref())
                    .try_for_each(|a| self.annotation(a))?;
                self.scope().bind(def.bound_name());
                let params = slot_order(&def.params).iter().map(|p| p.name.clone()).collect();
                self.enter(&**def, params, |b| {
                    if def.is_async {
                        b.scope().coroutine = true;
                        b.scope().generator = true;
                    }
                    b.stmts(&def.body)
                })
            }
            StmtKind::ClassDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d))?;
                def.bases.iter().try_for_each(|b| self.expr(b))?;
                def.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.scope().bind(def.bound_name());
                self.enter(&**def, vec![".ns".to_string()], |b| {
                    b.scope().is_class = true;
                    b.stmts(&def.body)
                })
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    // `import a.b` binds `a`.
                    let top = a.name.split('.').next().unwrap_or(&a.name);
                    self.scope().bind(a.asname.as_deref().unwrap_or(top));
                }
                Ok(())
            }
            StmtKind::ImportStar { .. } => Ok(()),
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    case.guard.iter().try_for_each(|g| self.expr(g))?;
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.scope().bind(a.asname.as_ref().unwrap_or(&a.name));
                }
                Ok(())
            }
        }
    }

    /// An annotation's names count as used where it stands (even in a
    /// function body, where it is never evaluated: CPython's symtable
    /// visits it all the same), unless annotations are text.
    fn annotation(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if !self.future_annotations {
            return self.expr(e);
        }
        let outer = std::mem::replace(&mut self.annotation_text, true);
        let visited = self.expr(e);
        self.annotation_text = outer;
        visited
    }

    /// Checks a node of an annotation kept as text; `false` when its
    /// subtree needs no visit (a lambda or comprehension is a scope of
    /// its own, where CPython allows `:=` and `yield`).
    fn annotation_text_node(&self, e: &Expr) -> Result<bool, SyntaxError> {
        let refused = match &e.kind {
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::Await(_) => "await expression",
            ExprKind::Name(_)
            | ExprKind::Lambda { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GenExp { .. } => return Ok(false),
            _ => return Ok(true),
        };
        Err(SyntaxError::new(
            format!("'{refused}' can not be used within an annotation"),
            e.span.line,
            e.span.col,
        ))
    }

    /// A pattern of a `case`: the names it captures are bound here, its
    /// values and classes are read.
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(p.span.line));
        }
        match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter().try_for_each(|i| self.pattern(i)),
            PatternKind::Star(name) => {
                if let Some(name) = name {
                    self.scope().bind(name);
                }
                Ok(())
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|q| self.pattern(q))?;
                if let Some(name) = rest {
                    self.scope().bind(name);
                }
                Ok(())
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|q| self.pattern(q))
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(name) = name {
                    self.scope().bind(name);
                }
                Ok(())
            }
        }
    }

    /// A name in a binding position (assignment, `for`, `del`).
    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(name) => {
                self.scope().bind(name);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| self.target(i)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(e.span.line));
        }
        if self.annotation_text && !self.annotation_text_node(e)? {
            return Ok(());
        }
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Bytes(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Name(name) => {
                if self.unevaluated {
                    self.scope().annotation_used.insert(name.clone());
                } else {
                    self.scope().used.insert(name.clone());
                }
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.expr(i))
            }
            ExprKind::Dict(pairs) => pairs.iter().try_for_each(|(k, v)| {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)
            }),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, "list comprehension", |b| b.expr(elt))
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, "set comprehension", |b| b.expr(elt))
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, generators, "dict comprehension", |b| {
                    b.expr(key)?;
                    b.expr(value)
                })
            }
            ExprKind::GenExp { elt, generators } => self.comprehension(e, generators, "generator expression", |b| {
                b.scope().generator = true;
                b.expr(elt)
            }),
            ExprKind::Yield(value) => {
                self.check_yield(e.span, false)?;
                value.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(e.span, true)?;
                self.expr(value)
            }
            ExprKind::Await(value) => {
                self.awaiting(e.span)?;
                self.expr(value)
            }
            ExprKind::BinOp { .. } => {
                // Down the left spine of a chain in a loop.
                let mut e = e;
                while let ExprKind::BinOp { left, right, .. } = &e.kind {
                    self.expr(right)?;
                    e = left;
                }
                self.expr(e)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target, e.span)
            }
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|c| self.expr(c))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                params
                    .iter()
                    .filter_map(|p| p.default.as_ref())
                    .try_for_each(|d| self.expr(d))?;
                let names = slot_order(params).iter().map(|p| p.name.clone()).collect();
                self.enter(e, names, |b| b.expr(body))
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Starred(value) => self.expr(value),
            ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                .into_iter()
                .flatten()
                .try_for_each(|x| self.expr(x)),
        }
    }

    /// A `yield` here makes the scope a generator, where CPython allows it
    /// and Rumba can match what it does.
    fn check_yield(&mut self, span: Span, from: bool) -> Result<(), SyntaxError> {
        if let Some(what) = self.scope().comprehension {
            return Err(SyntaxError::new(format!("'yield' inside {what}"), span.line, span.col));
        }
        if self.scope().coroutine {
            if from {
                return Err(SyntaxError::new(
                    "'yield from' inside async function",
                    span.line,
                    span.col,
                ));
            }
            self.scope().async_generator = true;
        }
        self.scope().generator = true;
        Ok(())
    }

    /// An `await` (or an `async for` of a comprehension) here, which only
    /// an `async def` may hold (CPython's messages otherwise). In a
    /// comprehension it makes the comprehension an asynchronous one, a
    /// coroutine that the scope around it awaits, and so on outwards; a
    /// generator expression becomes an asynchronous generator, which
    /// nothing awaits where it stands (so it may stand anywhere). Out of
    /// line: `expr`'s frame is on every level of nesting.
    #[inline(never)]
    fn awaiting(&mut self, span: Span) -> Result<(), SyntaxError> {
        let error = |msg: &str| Err(SyntaxError::new(msg, span.line, span.col));
        let mut comprehensions = Vec::new();
        let mut at = self.current;
        let mut in_genexp = false;
        while let Some(what) = self.tree.scopes[at].comprehension {
            comprehensions.push(at);
            if what == "generator expression" {
                in_genexp = true;
                break;
            }
            at = self.tree.scopes[at]
                .parent
                .expect("a comprehension is nested in a scope");
        }
        let s = &self.tree.scopes[at];
        if !in_genexp && !s.coroutine {
            return if !comprehensions.is_empty() {
                error("asynchronous comprehension outside of an asynchronous function")
            } else if s.is_module || s.is_class {
                error("'await' outside function")
            } else {
                error("'await' outside async function")
            };
        }
        for &id in &comprehensions {
            let s = &mut self.tree.scopes[id];
            s.coroutine = true;
            s.generator = true;
        }
        if in_genexp {
            self.tree.scopes[at].async_generator = true;
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for part in parts {
            if let FStringPart::Field { expr, spec, .. } = part {
                self.expr(expr)?;
                self.fstring(spec)?;
            }
        }
        Ok(())
    }

    /// Binds the target of `name := value`. In a comprehension it binds
    /// in the nearest enclosing scope that is not one (CPython's rule, so
    /// `any((hit := x) > 3 for x in xs)` leaves `hit` to the function),
    /// and the comprehensions in between reach it as a closure variable,
    /// or as a global when that scope is the module.
    fn named_target(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        let error = |msg: String| Err(SyntaxError::new(msg, span.line, span.col));
        if self.comprehension_iterable {
            return error("assignment expression cannot be used in a comprehension iterable expression".into());
        }
        let mut path = Vec::new();
        let mut at = self.current;
        while self.tree.scopes[at].comprehension.is_some() {
            let s = &self.tree.scopes[at];
            if s.bound_set.contains(name) {
                return error(format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                ));
            }
            path.push(at);
            at = s.parent.expect("a comprehension is nested in a scope");
        }
        let owner = &self.tree.scopes[at];
        if owner.is_class && !path.is_empty() {
            return error("assignment expression within a comprehension cannot be used in a class body".into());
        }
        let global = owner.is_module || owner.globals.contains(name);
        self.tree.scopes[at].bind(name);
        for p in path {
            let s = &mut self.tree.scopes[p];
            if global {
                s.globals.insert(name.to_string());
            } else {
                s.nonlocals.insert(name.to_string());
                s.nonlocal_spans.insert(name.to_string(), span);
            }
        }
        Ok(())
    }

    /// Visits the iterable of a comprehension's `for`.
    fn comprehension_iterable(&mut self, iter: &Expr) -> Result<(), SyntaxError> {
        let outer = std::mem::replace(&mut self.comprehension_iterable, true);
        let visited = self.expr(iter);
        self.comprehension_iterable = outer;
        visited
    }

    /// The first iterable is evaluated in the enclosing scope and passed in
    /// as `.0`; everything else runs in the comprehension's own scope.
    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[Comprehension],
        what: &'static str,
        body: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.comprehension_iterable(&generators[0].iter)?;
        self.enter(node, vec![".0".to_string()], |b| {
            b.scope().comprehension = Some(what);
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    b.comprehension_iterable(&g.iter)?;
                }
                if g.is_async {
                    b.awaiting(node.span)?;
                }
                b.target(&g.target)?;
                g.ifs.iter().try_for_each(|c| b.expr(c))?;
            }
            body(b)
        })
    }

    /// Links every use of an enclosing function's variable to its cell.
    fn resolve(&mut self) -> Result<(), SyntaxError> {
        // `super()` in a method finds its class through a `__class__`
        // cell of the class body, as in CPython.
        for id in 1..self.tree.scopes.len() {
            let s = &self.tree.scopes[id];
            if !s.is_class && (s.used.contains("super") || s.used.contains("__class__")) && self.in_class(id) {
                self.tree.scopes[id].used.insert("__class__".to_string());
            }
        }
        for id in 1..self.tree.scopes.len() {
            let s = &self.tree.scopes[id];
            let mut wanted: Vec<String> = s
                .used
                .iter()
                .filter(|n| !(s.is_local(n) || s.globals.contains(*n) || (s.is_class && s.bound_set.contains(*n))))
                .cloned()
                .collect();
            wanted.sort();
            let mut nonlocals: Vec<String> = s.nonlocals.iter().cloned().collect();
            nonlocals.sort();
            for name in nonlocals.iter().chain(wanted.iter()) {
                let declared = self.tree.scopes[id].nonlocal_spans.get(name).copied();
                self.link(id, name, declared)?;
            }
        }
        Ok(())
    }

    /// Whether scope `id` is nested (at any depth) in a class body.
    fn in_class(&self, id: ScopeId) -> bool {
        let mut at = self.tree.scopes[id].parent;
        while let Some(a) = at {
            if self.tree.scopes[a].is_class {
                return true;
            }
            at = self.tree.scopes[a].parent;
        }
        false
    }

    /// Marks `name` as a cell where it is bound and as free in every scope
    /// from `from` up to there. `nonlocal_at` is set when `from` declared
    /// it `nonlocal`, which makes a missing binding an error.
    fn link(&mut self, from: ScopeId, name: &str, nonlocal_at: Option<Span>) -> Result<(), SyntaxError> {
        let mut path = vec![from];
        let mut at = self.tree.scopes[from].parent;
        while let Some(a) = at {
            let scope = &self.tree.scopes[a];
            if scope.is_module || scope.globals.contains(name) {
                break;
            }
            // A class body's names are not seen from the functions in it,
            // only its `__class__` cell; other cells pass through the body
            // to the functions made in it.
            if scope.is_class && name != "__class__" {
                path.push(a);
                at = scope.parent;
                continue;
            }
            if scope.is_class || scope.is_local(name) {
                self.tree.scopes[a].cells.insert(name.to_string());
                for &p in &path {
                    let frees = &mut self.tree.scopes[p].frees;
                    if !frees.iter().any(|f| f == name) {
                        frees.push(name.to_string());
                    }
                }
                return Ok(());
            }
            path.push(a);
            at = scope.parent;
        }
        if let Some(span) = nonlocal_at {
            return Err(SyntaxError::new(
                format!("no binding for nonlocal '{name}' found"),
                span.line,
                span.col,
            ));
        }
        Ok(())
    }
}
