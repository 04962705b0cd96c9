//! Private names: inside a class body, and in everything nested in it, an
//! identifier written `__spam` (two leading underscores, not two trailing)
//! stands for `_Class__spam`, so a subclass's `__spam` is another name
//! (CPython's name mangling). The tree is rewritten once, after parsing,
//! so scope analysis and the emitter see only the mangled names.
//!
//! Mangled: names read, bound and deleted (`except ... as`, `global`,
//! patterns' captures and parameters too), attribute names, and the names
//! a `def` or `class` binds; not: the `__name__` of a `def` or `class`
//! (`binding` keeps the mangled one), keyword arguments of calls, import
//! statements' names, strings (`getattr(self, "__spam")` is not mangled in
//! CPython either).

use rumba_vm::limits::StackBudget;

use crate::ast::*;
use crate::error::SyntaxError;

/// Rewrites the private names of every class body in `module`.
pub fn mangle_module(module: &mut Module, stack: StackBudget) -> Result<(), SyntaxError> {
    Mangler { stack }.stmts(&mut module.body, None)
}

/// `name` as written inside class `private`.
fn mangled(private: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    // `class __A:` mangles with `A`; a class named all underscores not at all.
    let class = private.trim_start_matches('_');
    if class.is_empty() {
        return None;
    }
    Some(format!("_{class}{name}"))
}

fn mangle(private: Option<&str>, name: &mut String) {
    if let Some(m) = private.and_then(|p| mangled(p, name)) {
        *name = m;
    }
}

struct Mangler {
    stack: StackBudget,
}

impl Mangler {
    fn stmts(&mut self, body: &mut [Stmt], private: Option<&str>) -> Result<(), SyntaxError> {
        body.iter_mut().try_for_each(|s| self.stmt(s, private))
    }

    /// Outside any class (`private` None) only statements are walked, to
    /// find the classes; expressions hold none.
    fn stmt(&mut self, s: &mut Stmt, private: Option<&str>) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(s.span.line));
        }
        match &mut s.kind {
            StmtKind::FunctionDef(def) => {
                if let Some(p) = private {
                    def.binding = mangled(p, &def.name);
                    self.params(&mut def.params, p)?;
                    def.decorators.iter_mut().try_for_each(|d| self.expr(d, p))?;
                    def.returns.iter_mut().try_for_each(|r| self.expr(r, p))?;
                }
                self.stmts(&mut def.body, private)
            }
            StmtKind::ClassDef(def) => {
                if let Some(p) = private {
                    def.binding = mangled(p, &def.name);
                    def.decorators.iter_mut().try_for_each(|d| self.expr(d, p))?;
                    def.bases.iter_mut().try_for_each(|b| self.expr(b, p))?;
                    def.keywords.iter_mut().try_for_each(|k| self.expr(&mut k.value, p))?;
                }
                let own = def.name.clone();
                self.stmts(&mut def.body, Some(&own))
            }
            StmtKind::If { test, body, orelse } => {
                // An `elif` chain in a loop, not one frame per branch.
                let (mut test, mut body, mut orelse) = (test, body, orelse);
                loop {
                    if let Some(p) = private {
                        self.expr(test, p)?;
                    }
                    self.stmts(body, private)?;
                    if !matches!(
                        &orelse[..],
                        [Stmt {
                            kind: StmtKind::If { .. },
                            ..
                        }]
                    ) {
                        return self.stmts(orelse, private);
                    }
                    let StmtKind::If {
                        test: t,
                        body: b,
                        orelse: o,
                    } = &mut orelse[0].kind
                    else {
                        unreachable!("an elif")
                    };
                    (test, body, orelse) = (t, b, o);
                }
            }
            _ => {
                if let Some(p) = private {
                    self.stmt_in_class(s, p)?;
                }
                self.nested_bodies(s, private)
            }
        }
    }

    /// The bodies nested in a statement that is no `def` or `class`.
    fn nested_bodies(&mut self, s: &mut Stmt, private: Option<&str>) -> Result<(), SyntaxError> {
        match &mut s.kind {
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                self.stmts(body, private)?;
                self.stmts(orelse, private)
            }
            StmtKind::With { body, .. } => self.stmts(body, private),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body, private)?;
                for h in handlers.iter_mut() {
                    self.stmts(&mut h.body, private)?;
                }
                self.stmts(orelse, private)?;
                self.stmts(finalbody, private)
            }
            StmtKind::Match { cases, .. } => cases.iter_mut().try_for_each(|c| self.stmts(&mut c.body, private)),
            _ => Ok(()),
        }
    }

    /// The names and expressions of a statement itself (not its bodies).
    fn stmt_in_class(&mut self, s: &mut Stmt, p: &str) -> Result<(), SyntaxError> {
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.expr(e, p),
            StmtKind::Assign { targets, value } => {
                targets.iter_mut().try_for_each(|t| self.expr(t, p))?;
                self.expr(value, p)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, p)?;
                self.expr(value, p)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target, p)?;
                self.expr(annotation, p)?;
                value.iter_mut().try_for_each(|v| self.expr(v, p))
            }
            StmtKind::While { test, .. } => self.expr(test, p),
            StmtKind::For { target, iter, .. } => {
                self.expr(target, p)?;
                self.expr(iter, p)
            }
            StmtKind::Del(targets) => targets.iter_mut().try_for_each(|t| self.expr(t, p)),
            StmtKind::Assert { test, msg } => {
                self.expr(test, p)?;
                msg.iter_mut().try_for_each(|m| self.expr(m, p))
            }
            StmtKind::With { context, target, .. } => {
                self.expr(context, p)?;
                target.iter_mut().try_for_each(|t| self.expr(t, p))
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers.iter_mut() {
                    h.typ.iter_mut().try_for_each(|t| self.expr(t, p))?;
                    if let Some(name) = &mut h.name {
                        mangle(Some(p), name);
                    }
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter_mut().try_for_each(|e| self.expr(e, p))?;
                cause.iter_mut().try_for_each(|c| self.expr(c, p))
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                names.iter_mut().for_each(|n| mangle(Some(p), n));
                Ok(())
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, p)?;
                for c in cases.iter_mut() {
                    self.pattern(&mut c.pattern, p)?;
                    c.guard.iter_mut().try_for_each(|g| self.expr(g, p))?;
                }
                Ok(())
            }
            StmtKind::Return(None)
            | StmtKind::If { .. }
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::ImportStar { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_) => Ok(()),
        }
    }

    fn params(&mut self, params: &mut [Param], p: &str) -> Result<(), SyntaxError> {
        for param in params {
            mangle(Some(p), &mut param.name);
            param.default.iter_mut().try_for_each(|d| self.expr(d, p))?;
            param.annotation.iter_mut().try_for_each(|a| self.expr(a, p))?;
        }
        Ok(())
    }

    fn pattern(&mut self, pat: &mut Pattern, p: &str) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(pat.span.line));
        }
        match &mut pat.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e, p),
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter_mut().try_for_each(|i| self.pattern(i, p))
            }
            PatternKind::Star(name) => {
                name.iter_mut().for_each(|n| mangle(Some(p), n));
                Ok(())
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter_mut().try_for_each(|k| self.expr(k, p))?;
                patterns.iter_mut().try_for_each(|q| self.pattern(q, p))?;
                rest.iter_mut().for_each(|n| mangle(Some(p), n));
                Ok(())
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls, p)?;
                patterns.iter_mut().try_for_each(|q| self.pattern(q, p))?;
                kwd_patterns.iter_mut().try_for_each(|q| self.pattern(q, p))
            }
            PatternKind::As { pattern, name } => {
                name.iter_mut().for_each(|n| mangle(Some(p), n));
                pattern.iter_mut().try_for_each(|q| self.pattern(q, p))
            }
        }
    }

    fn generators(&mut self, generators: &mut [Comprehension], p: &str) -> Result<(), SyntaxError> {
        for g in generators {
            self.expr(&mut g.target, p)?;
            self.expr(&mut g.iter, p)?;
            g.ifs.iter_mut().try_for_each(|i| self.expr(i, p))?;
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &mut [FStringPart], p: &str) -> Result<(), SyntaxError> {
        for part in parts {
            if let FStringPart::Field { expr, spec, .. } = part {
                self.expr(expr, p)?;
                self.fstring(spec, p)?;
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &mut Expr, p: &str) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(e.span.line));
        }
        match &mut e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Bytes(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::Name(name) => {
                mangle(Some(p), name);
                Ok(())
            }
            ExprKind::FString(parts) => self.fstring(parts, p),
            ExprKind::Tuple(items)
            | ExprKind::List(items)
            | ExprKind::Set(items)
            | ExprKind::BoolOp { values: items, .. } => items.iter_mut().try_for_each(|i| self.expr(i, p)),
            ExprKind::Dict(pairs) => pairs.iter_mut().try_for_each(|(k, v)| {
                k.iter_mut().try_for_each(|k| self.expr(k, p))?;
                self.expr(v, p)
            }),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GenExp { elt, generators } => {
                self.expr(elt, p)?;
                self.generators(generators, p)
            }
            ExprKind::DictComp { key, value, generators } => {
                self.expr(key, p)?;
                self.expr(value, p)?;
                self.generators(generators, p)
            }
            ExprKind::Yield(value) => value.iter_mut().try_for_each(|v| self.expr(v, p)),
            ExprKind::YieldFrom(value)
            | ExprKind::Await(value)
            | ExprKind::Starred(value)
            | ExprKind::UnaryOp { operand: value, .. } => self.expr(value, p),
            ExprKind::BinOp { .. } => {
                // Down the left spine of a chain in a loop.
                let mut e = e;
                while matches!(e.kind, ExprKind::BinOp { .. }) {
                    let ExprKind::BinOp { left, right, .. } = &mut e.kind else {
                        unreachable!("a BinOp")
                    };
                    self.expr(right, p)?;
                    e = left;
                }
                self.expr(e, p)
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left, p)?;
                comparators.iter_mut().try_for_each(|c| self.expr(c, p))
            }
            ExprKind::NamedExpr { target, value } => {
                mangle(Some(p), target);
                self.expr(value, p)
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, p)?;
                self.expr(body, p)?;
                self.expr(orelse, p)
            }
            ExprKind::Lambda { params, body } => {
                self.params(params, p)?;
                self.expr(body, p)
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func, p)?;
                args.iter_mut().try_for_each(|a| self.expr(a, p))?;
                keywords.iter_mut().try_for_each(|k| self.expr(&mut k.value, p))
            }
            ExprKind::Attribute { value, attr } => {
                mangle(Some(p), attr);
                self.expr(value, p)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value, p)?;
                self.expr(index, p)
            }
            ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                .into_iter()
                .flatten()
                .try_for_each(|b| self.expr(b, p)),
        }
    }
}
