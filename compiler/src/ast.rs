//! The syntax tree the parser builds and the emitter walks.
//!
//! Every node carries its span, from its first token to its last, so
//! errors and the position table can point back into the source. The tree holds only what the
//! Rumba subset accepts: the parser rejects anything else with a
//! `SyntaxError` that names the construct.

/// Where a node starts and ends: 1-based lines, 0-based columns in
/// characters; the end is just past the node's last character (CPython's
/// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`, counted in
/// characters where CPython counts UTF-8 bytes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect (its value is dropped, or
    /// echoed at the interactive prompt).
    Expr(Expr),
    /// `t1 = t2 = value`: targets are assigned left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`; the target is a name or a subscript.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. `simple` is CPython's flag: the
    /// target is a name not written in parentheses, the only kind whose
    /// annotation a module records in `__annotations__`.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse`; `async for` awaits each
    /// `__anext__()` of the iterable's `__aiter__()`.
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    /// `del a, b[i]`: names, subscripts (list items, dict keys) and slices.
    Del(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `with item: body`, one item (several nest); `async with` awaits
    /// `__aenter__` and `__aexit__`.
    With {
        context: Expr,
        target: Option<Expr>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `try` with its `except` clauses, `else` and `finally`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `import a, b as c`
    Import(Vec<Alias>),
    /// `from m import a, b as c`
    ImportFrom {
        module: String,
        names: Vec<Alias>,
    },
    /// `from m import *` (at module level only).
    ImportStar {
        module: String,
    },
    /// `match subject:` and its `case` clauses, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern [if guard]: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause (CPython's `pattern` nodes).
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal (a number, a complex `1+2j`, a string) or a dotted name,
    /// compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False` (an `Expr` of that constant), compared
    /// with `is`.
    Singleton(Expr),
    /// `[p, q, *rest]`, `(p, q)` or `p, q`: at most one item is `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` (`*_`: None) inside a sequence pattern.
    Star(Option<String>),
    /// `{key: pattern, ..., **rest}`; the keys are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `cls(p, q, attr=r)`: positional patterns, then keyword ones.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `pattern as name`, a capture `name` (no pattern) or the wildcard
    /// `_` (neither).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    /// `p | q | ...`: the first alternative that matches.
    Or(Vec<Pattern>),
}

impl Pattern {
    /// The wildcard `_`, which matches anything and binds nothing.
    pub fn is_wildcard(&self) -> bool {
        matches!(
            self.kind,
            PatternKind::As {
                pattern: None,
                name: None
            }
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    /// The name the `def` binds when that is not `name`: a private name
    /// in a class body, mangled (`mangle.rs`).
    pub binding: Option<String>,
    pub params: Vec<Param>,
    /// The `-> annotation`, if any.
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    /// Outermost first, as written; applied innermost (last) first.
    pub decorators: Vec<Expr>,
    /// `async def`: a call makes a coroutine.
    pub is_async: bool,
}

/// `except [type [as name]]: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `class Name(bases): body`.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    /// As `FunctionDef::binding`.
    pub binding: Option<String>,
    pub bases: Vec<Expr>,
    /// `metaclass=M` and the keywords for `__init_subclass__`.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    /// Outermost first, as written; applied innermost (last) first.
    pub decorators: Vec<Expr>,
}

impl FunctionDef {
    /// The name the `def` binds.
    pub fn bound_name(&self) -> &str {
        self.binding.as_deref().unwrap_or(&self.name)
    }
}

impl ClassDef {
    /// The name the `class` statement binds.
    pub fn bound_name(&self) -> &str {
        self.binding.as_deref().unwrap_or(&self.name)
    }
}

/// A parameter of a `def` or `lambda`; parameters with defaults follow
/// those without (the parser checks this, as CPython does).
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub default: Option<Expr>,
    /// `name: annotation` (a `def` parameter only; lambdas have none).
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// Where a parameter takes its argument from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// Before a `/`: by position only.
    PosOnly,
    /// By position or by keyword.
    Positional,
    /// After `*` or `*args`: by keyword only.
    KwOnly,
    /// `*args`: the extra positional arguments, as a tuple.
    VarArgs,
    /// `**kwargs`: the extra keyword arguments, as a dict.
    VarKw,
}

/// Parameters in the order their slots are laid out: positional (with the
/// positional-only ones first), keyword-only, `*args`, `**kwargs`.
pub fn slot_order(params: &[Param]) -> Vec<&Param> {
    let rank = |p: &Param| match p.kind {
        ParamKind::PosOnly | ParamKind::Positional => 0,
        ParamKind::KwOnly => 1,
        ParamKind::VarArgs => 2,
        ParamKind::VarKw => 3,
    };
    let mut ordered: Vec<&Param> = params.iter().collect();
    ordered.sort_by_key(|p| rank(p));
    ordered
}

/// `name` or `name as asname` in an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Int(i64),
    /// A literal too large for 64 bits: decimal digits, or digits after a
    /// `0x`/`0o`/`0b` prefix. It becomes a big-int constant; the emitter
    /// folds `-9223372036854775808` into an i64.
    BigInt(String),
    Float(f64),
    /// An imaginary literal: `2j` is `Imag(2.0)`.
    Imag(f64),
    /// A bytes literal after escapes and adjacent-literal concatenation.
    Bytes(Vec<u8>),
    /// A string literal after escapes and adjacent-literal concatenation.
    Str(String),
    /// An f-string (possibly concatenated with plain literals).
    FString(Vec<FStringPart>),
    Bool(bool),
    None,
    /// `...`
    Ellipsis,
    Name(String),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    /// Key and value; a `None` key stands for `**mapping` (the value).
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for x in it ...)`: a generator, run lazily.
    GenExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield` or `yield value`.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`: accepted only as a statement (its value, the
    /// sub-generator's return value, is not kept).
    YieldFrom(Box<Expr>),
    /// `await awaitable`, in an `async def`: runs the awaitable's
    /// iterator as `yield from` does; its value is the awaitable's result.
    Await(Box<Expr>),
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c`: short-circuit, yields the deciding operand.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: each middle operand is evaluated once.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `target := value`: binds a name and yields the value (in a
    /// comprehension, the name of the enclosing function).
    NamedExpr {
        target: String,
        value: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        params: Vec<Param>,
        body: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only as the index of a subscript (possibly inside
    /// a tuple index, which the emitter rejects as unsupported).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*x` among a call's arguments.
    Starred(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field {
        expr: Box<Expr>,
        /// `!r`, `!s` or `!a`.
        conversion: Option<char>,
        /// The format spec after `:`, which may itself hold fields
        /// (`{x:{width}}`); empty when absent.
        spec: Vec<FStringPart>,
    },
}

/// `for target in iter if cond1 if cond2` inside a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// Empty for `**mapping`.
    pub name: String,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    LtE,
    Gt,
    GtE,
    Eq,
    NotEq,
    Is,
    IsNot,
    In,
    NotIn,
}

// ---- dropping deep trees ------------------------------------------------
//
// A derived drop recurses once per level of the tree, on the host stack: a
// 100,000-term sum (a left-nested chain of `BinOp`s) or a 10,000-branch
// `elif` chain would overflow it while being freed. These drops move every
// child into a work list first, so each node is freed with no children left
// in it and the depth of the host stack stays constant.

impl Expr {
    /// A node with nothing in it, left where a child was taken out.
    fn hollow() -> Expr {
        Expr {
            kind: ExprKind::None,
            span: Span::default(),
        }
    }
}

/// Moves the child out of a box, leaving a hollow node behind.
fn take(b: &mut Box<Expr>) -> Expr {
    std::mem::replace(&mut **b, Expr::hollow())
}

/// Moves the expressions of f-string parts (nested specs included) out.
fn take_parts(parts: &mut [FStringPart], work: &mut Vec<Expr>) {
    for part in parts {
        if let FStringPart::Field { expr, spec, .. } = part {
            work.push(take(expr));
            take_parts(spec, work);
        }
    }
}

fn take_params(params: &mut [Param], work: &mut Vec<Expr>) {
    for p in params {
        work.extend(p.default.take());
        work.extend(p.annotation.take());
    }
}

fn take_generators(generators: &mut [Comprehension], work: &mut Vec<Expr>) {
    for g in generators {
        work.push(std::mem::replace(&mut g.target, Expr::hollow()));
        work.push(std::mem::replace(&mut g.iter, Expr::hollow()));
        work.append(&mut g.ifs);
    }
}

/// Moves every child expression of `e` into `work`.
fn take_children(e: &mut Expr, work: &mut Vec<Expr>) {
    match &mut e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Bytes(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Name(_) => {}
        ExprKind::FString(parts) => take_parts(parts, work),
        ExprKind::Tuple(items)
        | ExprKind::List(items)
        | ExprKind::Set(items)
        | ExprKind::BoolOp { values: items, .. } => work.append(items),
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs.drain(..) {
                work.extend(k);
                work.push(v);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GenExp { elt, generators } => {
            work.push(take(elt));
            take_generators(generators, work);
        }
        ExprKind::Yield(value) => {
            if let Some(v) = value {
                work.push(take(v));
            }
        }
        ExprKind::YieldFrom(value) | ExprKind::Await(value) => work.push(take(value)),
        ExprKind::DictComp { key, value, generators } => {
            work.push(take(key));
            work.push(take(value));
            take_generators(generators, work);
        }
        ExprKind::BinOp { left, right, .. } => {
            work.push(take(left));
            work.push(take(right));
        }
        ExprKind::UnaryOp { operand, .. } | ExprKind::NamedExpr { value: operand, .. } => work.push(take(operand)),
        ExprKind::Compare { left, comparators, .. } => {
            work.push(take(left));
            work.append(comparators);
        }
        ExprKind::IfExp { test, body, orelse } => {
            work.push(take(test));
            work.push(take(body));
            work.push(take(orelse));
        }
        ExprKind::Lambda { params, body } => {
            take_params(params, work);
            work.push(take(body));
        }
        ExprKind::Call { func, args, keywords } => {
            work.push(take(func));
            work.append(args);
            for k in keywords {
                work.push(std::mem::replace(&mut k.value, Expr::hollow()));
            }
        }
        ExprKind::Attribute { value, .. } => work.push(take(value)),
        ExprKind::Subscript { value, index } => {
            work.push(take(value));
            work.push(take(index));
        }
        ExprKind::Slice { lower, upper, step } => {
            for b in [lower, upper, step].into_iter().flatten() {
                work.push(take(b));
            }
        }
        ExprKind::Starred(value) => work.push(take(value)),
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        let mut work = Vec::new();
        take_children(self, &mut work);
        while let Some(mut e) = work.pop() {
            take_children(&mut e, &mut work);
            // `e` has no children left: its own drop does nothing deep.
        }
    }
}

/// Moves the statement bodies nested in `s` into `work` (its expressions
/// drop iteratively on their own).
fn take_bodies(s: &mut Stmt, work: &mut Vec<Stmt>) {
    match &mut s.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            work.append(body);
            work.append(orelse);
        }
        StmtKind::FunctionDef(def) => work.append(&mut def.body),
        StmtKind::ClassDef(def) => work.append(&mut def.body),
        StmtKind::With { body, .. } => work.append(body),
        StmtKind::Match { cases, .. } => {
            for c in cases.iter_mut() {
                work.append(&mut c.body);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            work.append(body);
            for h in handlers.iter_mut() {
                work.append(&mut h.body);
            }
            work.append(orelse);
            work.append(finalbody);
        }
        _ => {}
    }
}

impl Drop for Stmt {
    fn drop(&mut self) {
        let mut work = Vec::new();
        take_bodies(self, &mut work);
        while let Some(mut s) = work.pop() {
            take_bodies(&mut s, &mut work);
        }
    }
}

/// The docstring of a body: its first statement, when that is a string
/// literal alone (CPython's rule for modules, classes and functions).
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Str(text) => Some(text),
            _ => None,
        },
        _ => None,
    }
}
