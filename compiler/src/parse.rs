//! The parser: tokens to syntax tree, by recursive descent.
//!
//! One function per grammar rule, from statements down to atoms, in
//! Python's precedence order. Recursion depth is counted so absurdly nested
//! input is a `SyntaxError`, not a host stack overflow; everything after
//! the parser walks the tree recursively and relies on that bound.

use crate::ast::*;
use crate::error::SyntaxError;
use crate::lex::{tokenize, tokenize_metered, unescape, Tok, Token};
use rumba_vm::limits::{CompileMeter, StackBudget, Unmetered, STACK_BUDGET};

mod patterns;

/// Deepest nesting of expressions and blocks the parser accepts. Each level
/// costs a few host stack frames here and in the emitter.
const MAX_DEPTH: usize = 400;

pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_metered(source, &Unmetered, StackBudget::from_here(STACK_BUDGET))
}

/// `parse_module` with the source read under `meter` and recursion bounded
/// by `stack` as well as by `MAX_DEPTH`.
pub fn parse_metered(source: &str, meter: &dyn CompileMeter, stack: StackBudget) -> Result<Module, SyntaxError> {
    let tokens = tokenize_metered(source, meter)?;
    let mut p = Parser::new(tokens, stack);
    let mut body = Vec::new();
    while !p.at(&Tok::End) {
        if p.eat(&Tok::Newline) {
            continue;
        }
        body.extend(p.statement()?);
    }
    Ok(Module { body })
}

/// `eval()`'s input: one expression list (`1, 2` is a tuple), with
/// blank lines around it (leading spaces and tabs are stripped first, as
/// CPython's `eval` strips them).
pub fn parse_eval_metered(source: &str, meter: &dyn CompileMeter, stack: StackBudget) -> Result<Expr, SyntaxError> {
    let source = source.trim_start_matches([' ', '\t']);
    let tokens = tokenize_metered(source, meter)?;
    let mut p = Parser::new(tokens, stack);
    while p.eat(&Tok::Newline) {}
    let expr = p.expr_list()?;
    while p.eat(&Tok::Newline) {}
    if !p.at(&Tok::End) {
        return Err(p.error_at(p.span(), "invalid syntax"));
    }
    Ok(expr)
}

/// The interactive prompt parses entries exactly like modules.
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    parse_module(source)
}

/// Whether a prompt entry needs more lines: an open bracket or triple
/// quote, a trailing backslash, or a block opened and not yet ended by an
/// empty line.
pub fn is_incomplete(source: &str) -> bool {
    match tokenize(source) {
        Err(e) => {
            e.msg.contains("was never closed")
                || e.msg.starts_with("unterminated triple-quoted")
                || e.msg == "unexpected EOF while parsing"
        }
        Ok(_) => {
            let lines: Vec<&str> = source.lines().collect();
            let first_opens_block = lines.first().is_some_and(|l| l.trim_end().ends_with(':'));
            let ends_blank = source.ends_with("\n\n") || lines.last().is_some_and(|l| l.trim().is_empty());
            first_opens_block && !ends_blank
        }
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
    /// How many `def`/`lambda` bodies enclose the current point.
    in_function: usize,
    /// Inside an `async def` (not a nested def, lambda or class body).
    in_async: bool,
    /// The host stack the parser's recursion may use.
    stack: StackBudget,
    /// Where the last token read ends (line, column): the end of the node
    /// being finished.
    prev_end: (u32, u32),
}

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Bytes(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None => "literal",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::Set(_) => "set display",
        ExprKind::Starred(_) => "starred",
        ExprKind::GenExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::NamedExpr { .. } => "named expression",
        _ => "expression",
    }
}

impl Parser {
    /// A parser at the start of a source's tokens.
    fn new(tokens: Vec<Token>, stack: StackBudget) -> Parser {
        Parser {
            tokens,
            pos: 0,
            depth: 0,
            in_function: 0,
            in_async: false,
            stack,
            prev_end: (1, 0),
        }
    }

    // ---- token helpers ------------------------------------------------

    fn tok(&self) -> &Tok {
        &self.tokens[self.pos].tok
    }

    /// The current token's place.
    fn span(&self) -> Span {
        let t = &self.tokens[self.pos];
        Span {
            line: t.line,
            col: t.col,
            end_line: t.end_line,
            end_col: t.end_col,
        }
    }

    /// A node that began at `start` and ends with the last token read.
    fn close(&self, start: Span) -> Span {
        Span {
            end_line: self.prev_end.0,
            end_col: self.prev_end.1,
            ..start
        }
    }

    fn at(&self, t: &Tok) -> bool {
        self.tok() == t
    }

    fn at_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Name(n) if n == kw)
    }

    /// At a comprehension's `for` or `async for`.
    fn at_comp_for(&self) -> bool {
        self.at_kw("for")
            || (self.at_kw("async")
                && matches!(self.tokens.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Name(n)) if n == "for"))
    }

    fn advance(&mut self) -> Token {
        let t = self.tokens[self.pos].clone();
        self.prev_end = (t.end_line, t.end_col);
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        t
    }

    fn eat(&mut self, t: &Tok) -> bool {
        if self.at(t) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        let s = self.span();
        SyntaxError::new(msg, s.line, s.col)
    }

    fn error_at(&self, span: Span, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, span.line, span.col)
    }

    fn invalid(&self) -> SyntaxError {
        self.error_here("invalid syntax")
    }

    fn expect_op(&mut self, op: &str) -> Result<(), SyntaxError> {
        if self.eat_op(op) {
            Ok(())
        } else if op == ":" {
            Err(self.error_here("expected ':'"))
        } else {
            Err(self.invalid())
        }
    }

    fn name(&mut self) -> Result<String, SyntaxError> {
        match self.tok().clone() {
            Tok::Name(n) if !is_keyword(&n) => {
                self.advance();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    /// One level deeper: past `MAX_DEPTH` levels, or near the end of the
    /// host stack the compile may use, CPython's `RecursionError`.
    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.stack.exhausted() {
            return Err(SyntaxError::too_deep(self.span().line));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- statements ---------------------------------------------------

    fn statement(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        let span = self.span();
        if let Tok::Name(kw) = self.tok().clone() {
            if kw == "async" {
                return self.async_stmt(span);
            }
            if kw == "match" && self.at_match_stmt() {
                return self.compound(span);
            }
            match kw.as_str() {
                "if" | "while" | "for" | "def" | "class" | "try" | "with" => return self.compound(span),
                "else" | "elif" | "except" | "finally" => return Err(self.invalid()),
                _ => {}
            }
        }
        if self.at_op("@") {
            return self.compound(span);
        }
        if self.at(&Tok::Indent) {
            return Err(SyntaxError::indentation("unexpected indent", span.line, span.col));
        }
        self.simple_statements()
    }

    /// A compound statement, as the one-item list `statement` returns. Out
    /// of line, so the large `Stmt` it makes is not in the frame that every
    /// level of block nesting passes through.
    #[inline(never)]
    fn compound(&mut self, span: Span) -> Result<Vec<Stmt>, SyntaxError> {
        let stmt = if self.at_op("@") {
            self.decorated()?
        } else if self.at_kw("if") {
            self.if_stmt()?
        } else if self.at_kw("while") {
            self.while_stmt()?
        } else if self.at_kw("for") {
            self.for_stmt(false)?
        } else if self.at_kw("class") {
            self.class_stmt(Vec::new(), span)?
        } else if self.at_kw("try") {
            self.try_stmt()?
        } else if self.at_kw("with") {
            self.with_stmt(false)?
        } else if self.at_kw("match") {
            self.match_stmt(span)?
        } else {
            self.def_stmt(Vec::new(), span, false)?
        };
        Ok(vec![stmt])
    }

    /// `async def`, `async for`, `async with`.
    #[inline(never)]
    fn async_stmt(&mut self, span: Span) -> Result<Vec<Stmt>, SyntaxError> {
        self.advance();
        if self.at_kw("def") {
            return Ok(vec![self.def_stmt(Vec::new(), span, true)?]);
        }
        if self.at_kw("for") || self.at_kw("with") {
            let what = if self.at_kw("for") { "for" } else { "with" };
            if !self.in_async {
                return Err(self.error_at(span, format!("'async {what}' outside async function")));
            }
            if what == "with" {
                return Ok(vec![self.with_stmt(true)?]);
            }
            return Ok(vec![self.for_stmt(true)?]);
        }
        Err(self.invalid())
    }

    #[inline(never)]
    fn simple_statements(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        let mut out = vec![self.small_statement()?];
        while self.eat_op(";") {
            if self.at(&Tok::Newline) {
                break;
            }
            out.push(self.small_statement()?);
        }
        if !self.eat(&Tok::Newline) {
            if self.at(&Tok::End) {
                return Ok(out);
            }
            return Err(self.invalid());
        }
        Ok(out)
    }

    fn small_statement(&mut self) -> Result<Stmt, SyntaxError> {
        let span = self.span();
        let kind = match self.tok().clone() {
            Tok::Name(kw) => match kw.as_str() {
                "pass" => {
                    self.advance();
                    StmtKind::Pass
                }
                "break" => {
                    self.advance();
                    StmtKind::Break
                }
                "continue" => {
                    self.advance();
                    StmtKind::Continue
                }
                "return" => {
                    self.advance();
                    if self.in_function == 0 {
                        return Err(self.error_at(span, "'return' outside function"));
                    }
                    if self.at(&Tok::Newline) || self.at_op(";") || self.at(&Tok::End) {
                        StmtKind::Return(None)
                    } else {
                        StmtKind::Return(Some(self.expr_list()?))
                    }
                }
                "del" => {
                    self.advance();
                    let targets = self.target_list_items()?;
                    for t in &targets {
                        self.check_target(t, "delete")?;
                    }
                    StmtKind::Del(targets)
                }
                "raise" => {
                    self.advance();
                    let mut exc = None;
                    let mut cause = None;
                    if !(self.at(&Tok::Newline) || self.at_op(";") || self.at(&Tok::End)) {
                        exc = Some(self.test()?);
                        if self.at_kw("from") {
                            self.advance();
                            cause = Some(self.test()?);
                        }
                    }
                    StmtKind::Raise { exc, cause }
                }
                "assert" => {
                    self.advance();
                    let test = self.test()?;
                    let msg = if self.eat_op(",") { Some(self.test()?) } else { None };
                    StmtKind::Assert { test, msg }
                }
                "global" | "nonlocal" => {
                    self.advance();
                    let mut names = vec![self.name()?];
                    while self.eat_op(",") {
                        names.push(self.name()?);
                    }
                    if kw == "global" {
                        StmtKind::Global(names)
                    } else {
                        StmtKind::Nonlocal(names)
                    }
                }
                "import" => {
                    self.advance();
                    let mut names = vec![self.alias(true)?];
                    while self.eat_op(",") {
                        names.push(self.alias(true)?);
                    }
                    StmtKind::Import(names)
                }
                "from" => {
                    self.advance();
                    // A relative import's dots stay in the module's name
                    // (`..sub`): the import resolves them against the
                    // importing module's package when it runs.
                    let mut module = String::new();
                    loop {
                        if self.eat_op(".") {
                            module.push('.');
                        } else if self.eat_op("...") {
                            module.push_str("...");
                        } else {
                            break;
                        }
                    }
                    if module.is_empty() || !self.at_kw("import") {
                        module.push_str(&self.dotted_name()?);
                    }
                    if !self.eat_kw("import") {
                        return Err(self.invalid());
                    }
                    if self.at_op("*") && module == "__future__" {
                        // Not a feature: `future::features` names it in
                        // CPython's error.
                        let star = Alias {
                            name: "*".into(),
                            asname: None,
                            span: self.span(),
                        };
                        self.advance();
                        return Ok(Stmt {
                            kind: StmtKind::ImportFrom {
                                module,
                                names: vec![star],
                            },
                            span: self.close(span),
                        });
                    }
                    if self.at_op("*") {
                        if self.in_function > 0 {
                            return Err(self.error_at(span, "import * only allowed at module level"));
                        }
                        self.advance();
                        return Ok(Stmt {
                            kind: StmtKind::ImportStar { module },
                            span: self.close(span),
                        });
                    }
                    let parens = self.eat_op("(");
                    let mut names = vec![self.alias(false)?];
                    while self.eat_op(",") {
                        if parens && self.at_op(")") {
                            break;
                        }
                        names.push(self.alias(false)?);
                    }
                    if parens {
                        self.expect_op(")")?;
                    }
                    StmtKind::ImportFrom { module, names }
                }
                "yield" if self.in_function == 0 => return Err(self.error_here("'yield' outside function")),
                "print"
                    if matches!(
                        self.tokens.get(self.pos + 1).map(|t| &t.tok),
                        Some(Tok::Int(_) | Tok::Str(_) | Tok::Float(_))
                    ) =>
                {
                    return Err(self.error_here("Missing parentheses in call to 'print'. Did you mean print(...)?"));
                }
                _ => self.expr_statement()?,
            },
            _ => self.expr_statement()?,
        };
        Ok(Stmt {
            kind,
            span: self.close(span),
        })
    }

    fn dotted_name(&mut self) -> Result<String, SyntaxError> {
        let mut name = self.name()?;
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    fn alias(&mut self, dotted: bool) -> Result<Alias, SyntaxError> {
        let span = self.span();
        let name = if dotted { self.dotted_name()? } else { self.name()? };
        let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
        Ok(Alias { name, asname, span })
    }

    fn expr_statement(&mut self) -> Result<StmtKind, SyntaxError> {
        let parenthesized = self.at_op("(");
        let first = self.expr_list()?;
        if self.eat_op(":") {
            return self.annotated_assignment(first, parenthesized);
        }
        if let Tok::Op(op) = self.tok().clone() {
            if let Some(binop) = aug_op(op) {
                let op_span = self.span();
                self.advance();
                match &first.kind {
                    ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {}
                    _ => {
                        return Err(self.error_at(
                            first.span,
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                describe(&first)
                            ),
                        ))
                    }
                }
                let _ = op_span;
                let value = self.expr_list()?;
                if self.at_op("=") {
                    return Err(self.invalid());
                }
                return Ok(StmtKind::AugAssign {
                    target: first,
                    op: binop,
                    value,
                });
            }
        }
        if !self.at_op("=") {
            return Ok(StmtKind::Expr(first));
        }
        let mut targets = vec![first];
        while self.eat_op("=") {
            targets.push(self.expr_list()?);
        }
        let value = targets.pop().expect("at least two items");
        for t in &targets {
            self.check_assign_target(t)?;
        }
        if let Tok::Op(op) = self.tok() {
            if aug_op(op).is_some() {
                return Err(self.invalid());
            }
        }
        Ok(StmtKind::Assign { targets, value })
    }

    /// `target: annotation [= value]`, the colon eaten. A name written in
    /// parentheses is not `simple` (CPython records only bare names in a
    /// module's `__annotations__`).
    fn annotated_assignment(&mut self, target: Expr, parenthesized: bool) -> Result<StmtKind, SyntaxError> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                self.check_target(&target, "assign to")?
            }
            ExprKind::Tuple(_) => {
                return Err(self.error_at(target.span, "only single target (not tuple) can be annotated"))
            }
            ExprKind::List(_) => {
                return Err(self.error_at(target.span, "only single target (not list) can be annotated"))
            }
            _ => return Err(self.error_at(target.span, "illegal target for annotation")),
        }
        let annotation = self.test()?;
        let value = if self.eat_op("=") {
            Some(self.expr_list()?)
        } else {
            None
        };
        let simple = matches!(target.kind, ExprKind::Name(_)) && !parenthesized;
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }

    /// An assignment target at the top of `a = ...`, with CPython's hint.
    fn check_assign_target(&self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {
                self.check_target(t, "assign to")
            }
            ExprKind::Tuple(_) | ExprKind::List(_) => self.check_target(t, "assign to"),
            ExprKind::Starred(_) => Err(self.error_at(t.span, "starred assignment target must be in a list or tuple")),
            ExprKind::Bool(b) => Err(self.error_at(
                t.span,
                format!("cannot assign to {}", if *b { "True" } else { "False" }),
            )),
            ExprKind::None => Err(self.error_at(t.span, "cannot assign to None")),
            _ => Err(self.error_at(
                t.span,
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe(t)
                ),
            )),
        }
    }

    /// A target inside a binding position (`for`, `del`, nested tuples).
    fn check_target(&self, t: &Expr, verb: &str) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) if n == "__debug__" => Err(self.error_at(t.span, format!("cannot {verb} __debug__"))),
            ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars = items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count();
                if stars > 1 && verb == "assign to" {
                    return Err(self.error_at(t.span, "multiple starred expressions in assignment"));
                }
                items.iter().try_for_each(|i| match &i.kind {
                    ExprKind::Starred(inner) if verb == "assign to" => self.check_target(inner, verb),
                    _ => self.check_target(i, verb),
                })
            }
            ExprKind::Bool(b) => {
                Err(self.error_at(t.span, format!("cannot {verb} {}", if *b { "True" } else { "False" })))
            }
            ExprKind::None => Err(self.error_at(t.span, format!("cannot {verb} None"))),
            _ => Err(self.error_at(t.span, format!("cannot {verb} {}", describe(t)))),
        }
    }

    /// `a, b` in `del a, b` or a `for` target: expressions up to `in`.
    fn target_list_items(&mut self) -> Result<Vec<Expr>, SyntaxError> {
        let mut items = vec![self.star_target()?];
        while self.eat_op(",") {
            if self.at_kw("in") || self.at(&Tok::Newline) || self.at_op(";") {
                break;
            }
            items.push(self.star_target()?);
        }
        Ok(items)
    }

    fn star_target(&mut self) -> Result<Expr, SyntaxError> {
        match self.starred()? {
            Some(e) => Ok(e),
            None => self.binary(0),
        }
    }

    /// `*value` if a `*` comes next: an item of a display, an expression
    /// list or a target list.
    fn starred(&mut self) -> Result<Option<Expr>, SyntaxError> {
        let span = self.span();
        if !self.eat_op("*") {
            return Ok(None);
        }
        let value = self.binary(0)?;
        Ok(Some(Expr {
            kind: ExprKind::Starred(Box::new(value)),
            span: self.close(span),
        }))
    }

    fn block(&mut self, what: &str, header_line: u32) -> Result<Vec<Stmt>, SyntaxError> {
        self.expect_op(":")?;
        if !self.eat(&Tok::Newline) {
            return self.simple_statements();
        }
        if !self.eat(&Tok::Indent) {
            let s = self.span();
            return Err(SyntaxError::indentation(
                format!("expected an indented block after {what} on line {header_line}"),
                s.line,
                s.col,
            ));
        }
        self.enter()?;
        let mut body = Vec::new();
        while !self.eat(&Tok::Dedent) {
            if self.at(&Tok::End) {
                break;
            }
            if self.eat(&Tok::Newline) {
                continue;
            }
            body.extend(self.statement()?);
        }
        self.leave();
        Ok(body)
    }

    /// `if`, then each `elif` in a loop (a chain of 10,000 is no deeper on
    /// the host stack than one), nested from the last: `elif` is an `if`
    /// inside the `else` of the one before.
    #[inline(never)]
    fn if_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let mut branches = Vec::new();
        let mut kw = "if";
        loop {
            let span = self.span();
            self.advance();
            let test = self.named_test()?;
            let body = self.block(&format!("'{kw}' statement"), span.line)?;
            branches.push((span, test, body));
            if !self.at_kw("elif") {
                break;
            }
            kw = "elif";
        }
        let mut orelse = if self.at_kw("else") {
            let else_span = self.span();
            self.advance();
            self.block("'else' statement", else_span.line)?
        } else {
            Vec::new()
        };
        while let Some((span, test, body)) = branches.pop() {
            orelse = vec![Stmt {
                kind: StmtKind::If { test, body, orelse },
                span: self.close(span),
            }];
        }
        Ok(orelse.pop().expect("at least the `if`"))
    }

    /// A condition, with CPython's hint for `if x = 1:`.
    fn named_test(&mut self) -> Result<Expr, SyntaxError> {
        let test = self.named_expression()?;
        if self.at_op("=") {
            return Err(self.error_at(
                test.span,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            ));
        }
        Ok(test)
    }

    /// An expression that may be `name := value`: where CPython's grammar
    /// has a named expression (conditions, items of displays and of
    /// parentheses, positional arguments, subscripts), not as a statement
    /// or a `return` value.
    fn named_expression(&mut self) -> Result<Expr, SyntaxError> {
        let target = self.test()?;
        if !self.at_op(":=") {
            return Ok(target);
        }
        self.walrus(target)
    }

    /// `target := value`, at the `:=` (out of line, as `factor` explains).
    #[inline(never)]
    fn walrus(&mut self, target: Expr) -> Result<Expr, SyntaxError> {
        // `((a) := 1)` is refused as CPython does: its target is a name in
        // parentheses, not a name.
        let parenthesized = matches!(self.tokens[self.pos - 1].tok, Tok::Op(")"));
        let name = match &target.kind {
            ExprKind::Name(name) if !parenthesized => name.clone(),
            kind => {
                let what = if let ExprKind::Name(_) = kind {
                    "name"
                } else {
                    describe(&target)
                };
                return Err(self.error_at(target.span, format!("cannot use assignment expressions with {what}")));
            }
        };
        self.advance();
        let value = self.test()?;
        Ok(Expr {
            kind: ExprKind::NamedExpr {
                target: name,
                value: Box::new(value),
            },
            span: self.close(target.span),
        })
    }

    fn loop_else(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        if self.at_kw("else") {
            let span = self.span();
            self.advance();
            self.block("'else' statement", span.line)
        } else {
            Ok(Vec::new())
        }
    }

    #[inline(never)]
    fn while_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let span = self.span();
        self.advance();
        let test = self.named_test()?;
        let body = self.block("'while' statement", span.line)?;
        let orelse = self.loop_else()?;
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span: self.close(span),
        })
    }

    /// `with a as x, b as y: body` is `with a as x:` around `with b as y:`.
    #[inline(never)]
    fn with_stmt(&mut self, is_async: bool) -> Result<Stmt, SyntaxError> {
        let span = self.span();
        self.advance();
        if self.at_op("(") {
            return Err(self.error_here("parenthesized with items are not supported"));
        }
        let mut items = Vec::new();
        loop {
            let context = self.test()?;
            let target = if self.eat_kw("as") {
                let t = self.binary(0)?;
                self.check_target(&t, "assign to")?;
                Some(t)
            } else {
                None
            };
            items.push((context, target));
            if !self.eat_op(",") {
                break;
            }
        }
        let mut body = self.block("'with' statement", span.line)?;
        while let Some((context, target)) = items.pop() {
            body = vec![Stmt {
                kind: StmtKind::With {
                    context,
                    target,
                    body,
                    is_async,
                },
                span: self.close(span),
            }];
        }
        Ok(body.pop().expect("one item at least"))
    }

    #[inline(never)]
    fn try_stmt(&mut self) -> Result<Stmt, SyntaxError> {
        let span = self.span();
        self.advance();
        let body = self.block("'try' statement", span.line)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at_kw("except") {
            let hspan = self.span();
            self.advance();
            if self.at_op("*") {
                return Err(self.error_here("except* is not supported"));
            }
            if let Some(prev) = handlers.last() {
                if prev.typ.is_none() {
                    return Err(self.error_at(prev.span, "default 'except:' must be last"));
                }
            }
            let (typ, name) = if self.at_op(":") {
                (None, None)
            } else {
                let typ = self.test()?;
                if self.at_op(",") {
                    // Python 2's `except A, e:`, or a tuple without its parentheses.
                    return Err(self.error_at(typ.span, "multiple exception types must be parenthesized"));
                }
                let name = if self.eat_kw("as") { Some(self.name()?) } else { None };
                (Some(typ), name)
            };
            let body = self.block("'except' statement", hspan.line)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body,
                span: hspan,
            });
        }
        let orelse = if !handlers.is_empty() && self.at_kw("else") {
            let s = self.span();
            self.advance();
            self.block("'else' statement", s.line)?
        } else {
            Vec::new()
        };
        let finalbody = if self.at_kw("finally") {
            let s = self.span();
            self.advance();
            self.block("'finally' statement", s.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            span: self.close(span),
        })
    }

    #[inline(never)]
    fn for_stmt(&mut self, is_async: bool) -> Result<Stmt, SyntaxError> {
        let span = self.span();
        self.advance();
        let target = self.for_target()?;
        if !self.eat_kw("in") {
            return Err(self.invalid());
        }
        let iter = self.expr_list()?;
        let body = self.block("'for' statement", span.line)?;
        let orelse = self.loop_else()?;
        Ok(Stmt {
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            },
            span: self.close(span),
        })
    }

    fn for_target(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let items = self.target_list_items()?;
        let target = if items.len() == 1 && !matches!(self.tokens[self.pos - 1].tok, Tok::Op(",")) {
            let only = items.into_iter().next().expect("one item");
            if matches!(only.kind, ExprKind::Starred(_)) {
                return Err(self.error_at(only.span, "starred assignment target must be in a list or tuple"));
            }
            only
        } else {
            Expr {
                kind: ExprKind::Tuple(items),
                span: self.close(span),
            }
        };
        self.check_target(&target, "assign to")?;
        Ok(target)
    }

    #[inline(never)]
    fn decorated(&mut self) -> Result<Stmt, SyntaxError> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.test()?);
            if !self.eat(&Tok::Newline) {
                return Err(self.invalid());
            }
        }
        let span = self.span();
        if self.at_kw("class") {
            return self.class_stmt(decorators, span);
        }
        let is_async = self.at_kw("async");
        if is_async {
            self.advance();
        }
        if !self.at_kw("def") {
            return Err(self.invalid());
        }
        self.def_stmt(decorators, span, is_async)
    }

    #[inline(never)]
    fn class_stmt(&mut self, decorators: Vec<Expr>, span: Span) -> Result<Stmt, SyntaxError> {
        self.advance();
        let name = self.name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.eat_op("(") {
            let (args, written) = self.call_args()?;
            if let Some(k) = written.iter().find(|k| k.name.is_empty()) {
                return Err(self.error_at(k.span, "'**' in a class's keywords is not supported"));
            }
            bases = args;
            keywords = written;
        }
        // A class body is no function: `return` there is an error.
        let saved = std::mem::replace(&mut self.in_function, 0);
        let saved_async = std::mem::replace(&mut self.in_async, false);
        let body = self.block("class definition", span.line);
        self.in_function = saved;
        self.in_async = saved_async;
        let body = body?;
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(ClassDef {
                name,
                binding: None,
                bases,
                keywords,
                body,
                decorators,
            })),
            span: self.close(span),
        })
    }

    #[inline(never)]
    fn def_stmt(&mut self, decorators: Vec<Expr>, span: Span, is_async: bool) -> Result<Stmt, SyntaxError> {
        self.advance();
        let name = self.name()?;
        self.expect_op("(")?;
        let params = self.params(")")?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") { Some(self.test()?) } else { None };
        self.in_function += 1;
        let saved_async = std::mem::replace(&mut self.in_async, is_async);
        let body = self.block("function definition", span.line);
        self.in_function -= 1;
        self.in_async = saved_async;
        let body = body?;
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                binding: None,
                params,
                returns,
                body,
                decorators,
                is_async,
            })),
            span: self.close(span),
        })
    }

    #[inline(never)]
    fn params(&mut self, close: &str) -> Result<Vec<Param>, SyntaxError> {
        let mut params: Vec<Param> = Vec::new();
        // After `*` or `*args`, parameters are keyword-only.
        let mut kind = ParamKind::Positional;
        let mut bare_star: Option<Span> = None;
        while !self.at_op(close) {
            let span = self.span();
            if params.last().is_some_and(|p| p.kind == ParamKind::VarKw) {
                return Err(self.error_at(span, "arguments cannot follow var-keyword argument"));
            }
            if self.eat_op("/") {
                if kind != ParamKind::Positional || params.iter().any(|p| p.kind == ParamKind::PosOnly) {
                    return Err(self.error_at(span, "/ must be ahead of *"));
                }
                if params.is_empty() {
                    return Err(self.error_at(span, "at least one argument must precede /"));
                }
                for p in params.iter_mut() {
                    p.kind = ParamKind::PosOnly;
                }
                if !self.eat_op(",") {
                    break;
                }
                continue;
            }
            let mut this = kind;
            if self.eat_op("**") {
                this = ParamKind::VarKw;
            } else if self.eat_op("*") {
                if kind == ParamKind::KwOnly {
                    return Err(self.error_at(span, "* argument may appear only once"));
                }
                kind = ParamKind::KwOnly;
                if self.at_op(",") || self.at_op(close) {
                    bare_star = Some(span);
                    if !self.eat_op(",") {
                        break;
                    }
                    continue;
                }
                this = ParamKind::VarArgs;
            }
            if this == ParamKind::KwOnly || this == ParamKind::VarKw {
                bare_star = None;
            }
            let name = self.name()?;
            // Only a `def` parameter takes an annotation: in a lambda the
            // colon ends the parameters.
            let annotation = if close == ")" && self.eat_op(":") {
                Some(self.test()?)
            } else {
                None
            };
            let default = if self.eat_op("=") { Some(self.test()?) } else { None };
            if default.is_some() && matches!(this, ParamKind::VarArgs | ParamKind::VarKw) {
                return Err(self.error_at(span, "var-positional argument cannot have default value"));
            }
            if default.is_none()
                && matches!(this, ParamKind::Positional | ParamKind::PosOnly)
                && params.iter().any(|p| p.default.is_some())
            {
                return Err(self.error_at(span, "non-default argument follows default argument"));
            }
            if params.iter().any(|p| p.name == name) {
                return Err(self.error_at(span, format!("duplicate argument '{name}' in function definition")));
            }
            params.push(Param {
                name,
                kind: this,
                default,
                annotation,
                span,
            });
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(span) = bare_star {
            return Err(self.error_at(span, "named arguments must follow bare *"));
        }
        Ok(params)
    }

    // ---- expressions --------------------------------------------------

    /// `a, b, c` as a tuple, or a single expression.
    fn expr_list(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let first = self.star_or_test()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.ends_expr_list() {
                break;
            }
            items.push(self.star_or_test()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.close(span),
        })
    }

    fn ends_expr_list(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::End)
            || self.at_op("=")
            || self.at_op(")")
            || self.at_op(";")
            || self.at_op(":")
            || matches!(self.tok(), Tok::Op(o) if aug_op(o).is_some())
    }

    fn test(&mut self) -> Result<Expr, SyntaxError> {
        self.enter()?;
        let result = self.test_inner();
        self.leave();
        result
    }

    fn test_inner(&mut self) -> Result<Expr, SyntaxError> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        if self.at_kw("yield") {
            if self.in_function == 0 {
                return Err(self.error_here("'yield' outside function"));
            }
            return self.yield_expr();
        }
        let span = self.span();
        let body = self.or_test()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.if_expression(body, span)
    }

    /// `body if test else orelse`, after `body` (out of line: it keeps
    /// `test_inner`'s frame, on every level of nesting, small).
    #[inline(never)]
    fn if_expression(&mut self, body: Expr, span: Span) -> Result<Expr, SyntaxError> {
        self.advance();
        let test = self.or_test()?;
        if !self.eat_kw("else") {
            return Err(self.error_here("expected 'else' after 'if' expression"));
        }
        let orelse = self.test()?;
        Ok(Expr {
            kind: ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            span: self.close(span),
        })
    }

    #[inline(never)]
    fn lambda(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        self.advance();
        let params = self.params(":")?;
        self.expect_op(":")?;
        self.in_function += 1;
        let saved_async = std::mem::replace(&mut self.in_async, false);
        let body = self.test();
        self.in_function -= 1;
        self.in_async = saved_async;
        Ok(Expr {
            kind: ExprKind::Lambda {
                params,
                body: Box::new(body?),
            },
            span: self.close(span),
        })
    }

    /// `a or b and not c`: the boolean operators in one frame (each level
    /// of bracket nesting passes through here, so its host stack matters).
    fn or_test(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let first = self.not_test()?;
        if !self.at_kw("and") && !self.at_kw("or") {
            return Ok(first);
        }
        self.bool_ops(first, span)
    }

    /// The `and`s and `or`s after operand `first` (out of line, as `factor`
    /// explains).
    #[inline(never)]
    fn bool_ops(&mut self, first: Expr, span: Span) -> Result<Expr, SyntaxError> {
        let mut first = Some(first);
        let mut ors = Vec::new();
        loop {
            let and_span = if first.is_some() { span } else { self.span() };
            let mut ands = vec![match first.take() {
                Some(e) => e,
                None => self.not_test()?,
            }];
            while self.eat_kw("and") {
                ands.push(self.not_test()?);
            }
            ors.push(if ands.len() == 1 {
                ands.pop().expect("one operand")
            } else {
                Expr {
                    kind: ExprKind::BoolOp {
                        op: BoolOp::And,
                        values: ands,
                    },
                    span: self.close(and_span),
                }
            });
            if !self.eat_kw("or") {
                break;
            }
        }
        if ors.len() == 1 {
            return Ok(ors.pop().expect("one operand"));
        }
        Ok(Expr {
            kind: ExprKind::BoolOp {
                op: BoolOp::Or,
                values: ors,
            },
            span: self.close(span),
        })
    }

    /// `not not x`: the `not`s counted in a loop, each a level of depth.
    fn not_test(&mut self) -> Result<Expr, SyntaxError> {
        if !self.at_kw("not") {
            return self.comparison();
        }
        self.nots()
    }

    #[inline(never)]
    fn nots(&mut self) -> Result<Expr, SyntaxError> {
        let mut nots = Vec::new();
        while self.at_kw("not") {
            nots.push(self.span());
            self.advance();
            self.enter()?;
        }
        let mut e = self.comparison()?;
        while let Some(span) = nots.pop() {
            self.leave();
            e = Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                span: self.close(span),
            };
        }
        Ok(e)
    }

    fn comparison(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let left = self.binary(0)?;
        match self.tok() {
            Tok::Op("<" | "<=" | ">" | ">=" | "==" | "!=") => self.comparisons(left, span),
            Tok::Name(n) if matches!(n.as_str(), "in" | "is" | "not") => self.comparisons(left, span),
            _ => Ok(left),
        }
    }

    /// The chain of comparisons after `left` (out of line: most operands
    /// are compared with nothing, and this frame is on every level of
    /// nesting).
    #[inline(never)]
    fn comparisons(&mut self, left: Expr, span: Span) -> Result<Expr, SyntaxError> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.tok() {
                Tok::Op("<") => CmpOp::Lt,
                Tok::Op("<=") => CmpOp::LtE,
                Tok::Op(">") => CmpOp::Gt,
                Tok::Op(">=") => CmpOp::GtE,
                Tok::Op("==") => CmpOp::Eq,
                Tok::Op("!=") => CmpOp::NotEq,
                Tok::Name(n) if n == "in" => CmpOp::In,
                Tok::Name(n) if n == "is" => {
                    if matches!(self.tokens.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Name(m)) if m == "not") {
                        self.advance();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                Tok::Name(n) if n == "not" => {
                    if matches!(self.tokens.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Name(m)) if m == "in") {
                        self.advance();
                        CmpOp::NotIn
                    } else {
                        break;
                    }
                }
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.binary(0)?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr {
            kind: ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span: self.close(span),
        })
    }

    /// Binary operators by precedence climbing: levels 0 (`|`) to 5
    /// (`* / // %`), each left-associative. One frame handles a chain at
    /// one level however long (`1 + 1 + ... + 1` is a loop, and the
    /// emitter walks the left-nested tree it makes without recursion); a
    /// right operand recurses only to a higher level, at most six deep.
    fn binary(&mut self, min_level: usize) -> Result<Expr, SyntaxError> {
        const LEVELS: [&[(&str, BinOp)]; 6] = [
            &[("|", BinOp::BitOr)],
            &[("^", BinOp::BitXor)],
            &[("&", BinOp::BitAnd)],
            &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
            &[("+", BinOp::Add), ("-", BinOp::Sub)],
            &[
                ("*", BinOp::Mul),
                ("/", BinOp::Div),
                ("//", BinOp::FloorDiv),
                ("%", BinOp::Mod),
            ],
        ];
        if min_level == LEVELS.len() {
            return self.factor();
        }
        // A parenthesized left operand belongs to the operation: CPython's
        // `(a) + b` starts at the parenthesis.
        let start = self.span();
        let mut left = self.factor()?;
        while let Tok::Op(o) = self.tok() {
            if *o == "@" {
                return Err(self.error_here("the matrix multiplication operator is not supported"));
            }
            let found = LEVELS
                .iter()
                .enumerate()
                .find_map(|(level, ops)| ops.iter().find(|(s, _)| s == o).map(|&(_, op)| (level, op)));
            let Some((level, op)) = found.filter(|&(level, _)| level >= min_level) else {
                break;
            };
            let span = start;
            self.advance();
            let right = self.binary(level + 1)?;
            left = Expr {
                kind: ExprKind::BinOp {
                    op,
                    left: Box::new(left),
                    right: Box::new(right),
                },
                span: self.close(span),
            };
        }
        Ok(left)
    }

    // The operand of every operator passes through `factor`, `power` and
    // `primary` on each level of nesting: what is rare (a unary operator,
    // `**`, `await`) is out of line, so their frames stay small.
    fn factor(&mut self) -> Result<Expr, SyntaxError> {
        if matches!(self.tok(), Tok::Op("-" | "+" | "~")) {
            return self.unary();
        }
        self.power()
    }

    #[inline(never)]
    fn unary(&mut self) -> Result<Expr, SyntaxError> {
        let op = match self.tok() {
            Tok::Op("-") => UnaryOp::Neg,
            Tok::Op("+") => UnaryOp::Pos,
            _ => UnaryOp::Invert,
        };
        let span = self.span();
        self.advance();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        Ok(Expr {
            kind: ExprKind::UnaryOp {
                op,
                operand: Box::new(operand?),
            },
            span: self.close(span),
        })
    }

    fn power(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.span();
        let base = if self.at_kw("await") {
            self.await_expr()
        } else {
            self.primary()
        }?;
        if !self.at_op("**") {
            return Ok(base);
        }
        self.raised(base, start)
    }

    /// `base ** exponent`, at the `**`.
    #[inline(never)]
    fn raised(&mut self, base: Expr, start: Span) -> Result<Expr, SyntaxError> {
        self.advance();
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let span = start;
        Ok(Expr {
            kind: ExprKind::BinOp {
                op: BinOp::Pow,
                left: Box::new(base),
                right: Box::new(exp?),
            },
            span: self.close(span),
        })
    }

    fn primary(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.span();
        let e = self.atom()?;
        if !matches!(self.tok(), Tok::Op("(" | "[" | ".")) {
            return Ok(e);
        }
        self.trailers(e, start)
    }

    /// Calls, subscripts and attributes after atom `e` (out of line, as
    /// `factor` explains).
    #[inline(never)]
    fn trailers(&mut self, mut e: Expr, start: Span) -> Result<Expr, SyntaxError> {
        let mut chain = 0;
        loop {
            chain += 1;
            // `a.b.c...` and `f()()...` nest to the left: the emitter
            // recurses once per link.
            if self.depth + chain > MAX_DEPTH {
                return Err(SyntaxError::too_deep(self.span().line));
            }
            let span = start;
            if self.eat_op("(") {
                let (args, keywords) = self.call_args()?;
                e = Expr {
                    kind: ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    },
                    span: self.close(span),
                };
            } else if self.eat_op("[") {
                let index = self.subscript()?;
                self.expect_op("]")?;
                e = Expr {
                    kind: ExprKind::Subscript {
                        value: Box::new(e),
                        index: Box::new(index),
                    },
                    span: self.close(span),
                };
            } else if self.eat_op(".") {
                let attr = self.name()?;
                e = Expr {
                    kind: ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                    },
                    span: self.close(span),
                };
            } else {
                return Ok(e);
            }
        }
    }

    #[inline(never)]
    fn call_args(&mut self) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
        self.enter()?;
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        while !self.at_op(")") {
            let span = self.span();
            if self.eat_op("**") {
                let value = self.test()?;
                keywords.push(Keyword {
                    name: String::new(),
                    value,
                    span,
                });
                if !self.eat_op(",") {
                    break;
                }
                continue;
            }
            if self.eat_op("*") {
                let value = self.test()?;
                if self.at_comp_for() {
                    return Err(self.error_at(span, "iterable unpacking cannot be used in comprehension"));
                }
                if keywords.iter().any(|k| k.name.is_empty()) {
                    return Err(self.error_at(span, "iterable argument unpacking follows keyword argument unpacking"));
                }
                args.push(Expr {
                    kind: ExprKind::Starred(Box::new(value)),
                    span: self.close(span),
                });
                if !self.eat_op(",") {
                    break;
                }
                continue;
            }
            let is_keyword = matches!(self.tok(), Tok::Name(n) if !is_keyword(n))
                && matches!(self.tokens.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Op("=")));
            if is_keyword {
                let name = self.name()?;
                self.advance();
                if keywords.iter().any(|k| k.name == name) {
                    return Err(self.error_at(span, format!("keyword argument repeated: {name}")));
                }
                let value = self.test()?;
                keywords.push(Keyword { name, value, span });
            } else {
                let mut arg = self.named_expression()?;
                if self.at_comp_for() {
                    // `f(x for x in xs)`: only as the sole argument.
                    let generators = self.comprehension_clauses()?;
                    if !args.is_empty() || !keywords.is_empty() || !self.at_op(")") {
                        return Err(self.error_at(arg.span, "Generator expression must be parenthesized"));
                    }
                    let span = arg.span;
                    arg = Expr {
                        kind: ExprKind::GenExp {
                            elt: Box::new(arg),
                            generators,
                        },
                        span: self.close(span),
                    };
                }
                if !keywords.is_empty() {
                    return Err(self.error_at(arg.span, "positional argument follows keyword argument"));
                }
                args.push(arg);
            }
            if !self.eat_op(",") {
                if self.at_op(":=") {
                    return Err(self.invalid());
                }
                if !self.at_op(")") {
                    return Err(self.error_at(span, "invalid syntax. Perhaps you forgot a comma?"));
                }
                break;
            }
        }
        self.expect_op(")")?;
        self.leave();
        Ok((args, keywords))
    }

    #[inline(never)]
    fn subscript(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let first = self.slice_item()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.slice_item()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.close(span),
        })
    }

    fn slice_item(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let lower = if self.at_op(":") {
            None
        } else {
            Some(Box::new(self.named_expression()?))
        };
        if !self.at_op(":") {
            return Ok(*lower.expect("an expression when there is no colon"));
        }
        if lower
            .as_ref()
            .is_some_and(|e| matches!(e.kind, ExprKind::NamedExpr { .. }))
        {
            return Err(self.invalid());
        }
        self.advance();
        let bound = |p: &mut Self| -> Result<Option<Box<Expr>>, SyntaxError> {
            if p.at_op(":") || p.at_op("]") || p.at_op(",") {
                Ok(None)
            } else {
                Ok(Some(Box::new(p.test()?)))
            }
        };
        let upper = bound(self)?;
        let step = if self.eat_op(":") { bound(self)? } else { None };
        Ok(Expr {
            kind: ExprKind::Slice { lower, upper, step },
            span: self.close(span),
        })
    }

    #[inline(never)]
    fn atom(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let tok = self.tok().clone();
        let kind = match tok {
            Tok::Int(i) => {
                self.advance();
                ExprKind::Int(i)
            }
            Tok::BigInt(d) => {
                self.advance();
                ExprKind::BigInt(d)
            }
            Tok::Float(f) => {
                self.advance();
                ExprKind::Float(f)
            }
            Tok::Imag(f) => {
                self.advance();
                ExprKind::Imag(f)
            }
            Tok::Bytes(_) => return self.bytes_literals(),
            Tok::Str(_) | Tok::FStr { .. } => return self.strings(),
            Tok::Name(n) => match n.as_str() {
                "True" => {
                    self.advance();
                    ExprKind::Bool(true)
                }
                "False" => {
                    self.advance();
                    ExprKind::Bool(false)
                }
                "None" => {
                    self.advance();
                    ExprKind::None
                }
                _ if is_keyword(&n) => return Err(self.invalid()),
                _ => {
                    self.advance();
                    ExprKind::Name(n)
                }
            },
            Tok::Op("(") => return self.paren(),
            Tok::Op("[") => return self.list_display(),
            Tok::Op("{") => return self.dict_display(),
            Tok::Op("...") => {
                self.advance();
                ExprKind::Ellipsis
            }
            Tok::Indent => return Err(SyntaxError::indentation("unexpected indent", span.line, span.col)),
            _ => return Err(self.invalid()),
        };
        Ok(Expr {
            kind,
            span: self.close(span),
        })
    }

    /// `await primary` (where it may stand is the scope analysis's to
    /// check: an `async def`, or a comprehension inside one).
    #[inline(never)]
    fn await_expr(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        self.advance();
        // `await await x` is not Python.
        if self.at_kw("await") {
            return Err(self.invalid());
        }
        self.enter()?;
        let value = self.primary();
        self.leave();
        Ok(Expr {
            kind: ExprKind::Await(Box::new(value?)),
            span: self.close(span),
        })
    }

    /// `yield`, `yield value`, `yield a, b`, `yield from iterable`.
    fn yield_expr(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        self.advance();
        if self.at_kw("from") {
            self.advance();
            let value = self.test()?;
            return Ok(Expr {
                kind: ExprKind::YieldFrom(Box::new(value)),
                span: self.close(span),
            });
        }
        let ends = self.at_op(")")
            || self.at_op("]")
            || self.at_op("}")
            || self.at_op("=")
            || self.at_op(";")
            || self.at_op(":")
            || matches!(self.tok(), Tok::Newline | Tok::End);
        let value = if ends {
            None
        } else {
            let first = self.test()?;
            if self.at_op(",") {
                let mut items = vec![first];
                while self.eat_op(",") {
                    if self.at_op(")") || self.at_op("=") || matches!(self.tok(), Tok::Newline | Tok::End) {
                        break;
                    }
                    items.push(self.test()?);
                }
                Some(Box::new(Expr {
                    kind: ExprKind::Tuple(items),
                    span: self.close(span),
                }))
            } else {
                Some(Box::new(first))
            }
        };
        Ok(Expr {
            kind: ExprKind::Yield(value),
            span: self.close(span),
        })
    }

    fn paren(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        self.advance();
        self.enter()?;
        if self.eat_op(")") {
            self.leave();
            return Ok(Expr {
                kind: ExprKind::Tuple(Vec::new()),
                span: self.close(span),
            });
        }
        let first = self.star_or_named()?;
        if self.at_comp_for() {
            return self
                .comprehension_display(first, ")", span, |elt, generators| ExprKind::GenExp { elt, generators });
        }
        let e = if self.at_op(",") {
            let mut items = vec![first];
            while self.eat_op(",") {
                if self.at_op(")") {
                    break;
                }
                items.push(self.star_or_named()?);
            }
            Expr {
                kind: ExprKind::Tuple(items),
                span: self.close(span),
            }
        } else if matches!(first.kind, ExprKind::Starred(_)) {
            return Err(self.error_at(first.span, "cannot use starred expression here"));
        } else {
            first
        };
        if !self.eat_op(")") {
            return Err(self.error_at(e.span, "invalid syntax. Perhaps you forgot a comma?"));
        }
        self.leave();
        let mut e = e;
        if matches!(e.kind, ExprKind::Tuple(_)) && e.span.line == span.line && e.span.col == span.col {
            // A tuple's parentheses are part of it.
            e.span = self.close(span);
        }
        Ok(e)
    }

    #[inline(never)]
    fn list_display(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        self.advance();
        self.enter()?;
        let mut items = Vec::new();
        if !self.at_op("]") {
            let first = self.star_or_named()?;
            if self.at_comp_for() {
                return self.comprehension_display(first, "]", span, |elt, generators| ExprKind::ListComp {
                    elt,
                    generators,
                });
            }
            items.push(first);
            while self.eat_op(",") {
                if self.at_op("]") {
                    break;
                }
                items.push(self.star_or_named()?);
            }
        }
        if !self.eat_op("]") {
            let at = items.last().map_or(span, |e: &Expr| e.span);
            return Err(self.error_at(at, "invalid syntax. Perhaps you forgot a comma?"));
        }
        self.leave();
        Ok(Expr {
            kind: ExprKind::List(items),
            span: self.close(span),
        })
    }

    #[inline(never)]
    fn dict_display(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        self.advance();
        self.enter()?;
        let mut pairs = Vec::new();
        if !self.at_op("}") {
            let first = if self.eat_op("**") {
                (None, self.binary(0)?)
            } else {
                let key = self.star_or_named()?;
                if !self.at_op(":") {
                    return self.set_display(span, key);
                }
                if matches!(key.kind, ExprKind::NamedExpr { .. }) {
                    return Err(self.invalid());
                }
                self.advance();
                (Some(key), self.test()?)
            };
            if let (Some(key), value) = first {
                if !self.at_comp_for() {
                    pairs.push((Some(key), value));
                } else {
                    let generators = self.comprehension_clauses()?;
                    self.expect_op("}")?;
                    self.leave();
                    return Ok(Expr {
                        kind: ExprKind::DictComp {
                            key: Box::new(key),
                            value: Box::new(value),
                            generators,
                        },
                        span: self.close(span),
                    });
                }
            } else {
                pairs.push(first);
            }
            while self.eat_op(",") {
                if self.at_op("}") {
                    break;
                }
                if self.eat_op("**") {
                    pairs.push((None, self.binary(0)?));
                    continue;
                }
                let key = self.test()?;
                self.expect_op(":")?;
                pairs.push((Some(key), self.test()?));
            }
        }
        if !self.eat_op("}") {
            return Err(self.invalid());
        }
        self.leave();
        Ok(Expr {
            kind: ExprKind::Dict(pairs),
            span: self.close(span),
        })
    }

    /// `{a, b}` or `{x for x in it}`, its first item parsed (the caller
    /// has entered the display).
    fn set_display(&mut self, span: Span, first: Expr) -> Result<Expr, SyntaxError> {
        if self.at_comp_for() {
            return self.comprehension_display(first, "}", span, |elt, generators| ExprKind::SetComp {
                elt,
                generators,
            });
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            items.push(self.star_or_named()?);
        }
        if !self.eat_op("}") {
            return Err(self.invalid());
        }
        self.leave();
        Ok(Expr {
            kind: ExprKind::Set(items),
            span: self.close(span),
        })
    }

    /// An item of a display or an expression list: `*iterable` or an
    /// expression.
    fn star_or_test(&mut self) -> Result<Expr, SyntaxError> {
        match self.starred()? {
            Some(e) => Ok(e),
            None => self.test(),
        }
    }

    /// An item of a display or of parentheses: `*iterable`, an expression
    /// or `name := value`.
    fn star_or_named(&mut self) -> Result<Expr, SyntaxError> {
        match self.starred()? {
            Some(e) => Ok(e),
            None => self.named_expression(),
        }
    }

    /// The rest of a comprehension display (`[elt for ...]`): its clauses
    /// and closing bracket, after the element (the display was entered).
    fn comprehension_display(
        &mut self,
        elt: Expr,
        close: &str,
        span: Span,
        kind: fn(Box<Expr>, Vec<Comprehension>) -> ExprKind,
    ) -> Result<Expr, SyntaxError> {
        self.no_star_in_comprehension(&elt)?;
        let generators = self.comprehension_clauses()?;
        self.expect_op(close)?;
        self.leave();
        Ok(Expr {
            kind: kind(Box::new(elt), generators),
            span: self.close(span),
        })
    }

    fn no_star_in_comprehension(&self, elt: &Expr) -> Result<(), SyntaxError> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(self.error_at(elt.span, "iterable unpacking cannot be used in comprehension"));
        }
        Ok(())
    }

    #[inline(never)]
    fn comprehension_clauses(&mut self) -> Result<Vec<Comprehension>, SyntaxError> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw("async");
            self.advance();
            let target = self.for_target()?;
            if !self.eat_kw("in") {
                return Err(self.invalid());
            }
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.or_test()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// CPython's error for bytes and str literals side by side, which it
    /// places at the token after the run of literals.
    fn mixed_literals(&mut self) -> SyntaxError {
        while matches!(self.tok(), Tok::Str(_) | Tok::FStr { .. } | Tok::Bytes(_)) {
            self.advance();
        }
        self.error_here("cannot mix bytes and nonbytes literals")
    }

    /// Adjacent bytes literals concatenate; a str literal among them is
    /// CPython's SyntaxError.
    fn bytes_literals(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let mut data = Vec::new();
        loop {
            match self.tok().clone() {
                Tok::Bytes(b) => data.extend_from_slice(&b),
                Tok::Str(_) | Tok::FStr { .. } => return Err(self.mixed_literals()),
                _ => break,
            }
            self.advance();
        }
        Ok(Expr {
            kind: ExprKind::Bytes(data),
            span: self.close(span),
        })
    }

    /// Adjacent string literals concatenate; any f-string makes the whole
    /// an f-string.
    #[inline(never)]
    fn strings(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut any_f = false;
        loop {
            let tok = self.tok().clone();
            let here = self.span();
            match tok {
                Tok::Str(s) => parts.push(FStringPart::Literal(s)),
                Tok::Bytes(_) => return Err(self.mixed_literals()),
                Tok::FStr { text, raw } => {
                    any_f = true;
                    self.enter()?;
                    let fparts = self.fstring(&text, raw, here, 0)?;
                    self.leave();
                    parts.extend(fparts);
                }
                _ => break,
            }
            self.advance();
        }
        let mut merged: Vec<FStringPart> = Vec::new();
        for p in parts {
            match (merged.last_mut(), p) {
                (Some(FStringPart::Literal(a)), FStringPart::Literal(b)) => a.push_str(&b),
                (_, p) => merged.push(p),
            }
        }
        if !any_f {
            let text = match merged.pop() {
                Some(FStringPart::Literal(s)) => s,
                _ => String::new(),
            };
            return Ok(Expr {
                kind: ExprKind::Str(text),
                span: self.close(span),
            });
        }
        Ok(Expr {
            kind: ExprKind::FString(merged),
            span: self.close(span),
        })
    }

    /// Splits an f-string's text into literal parts and `{expr!c:spec}`
    /// fields, parsing each field's expression with a sub-parser. `nesting`
    /// counts the format specs around this text: CPython allows a field
    /// inside a spec, but not a field inside that field's spec.
    fn fstring(&mut self, text: &str, raw: bool, span: Span, nesting: u32) -> Result<Vec<FStringPart>, SyntaxError> {
        let chars: Vec<char> = text.chars().collect();
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut i = 0;
        let err = |msg: &str| SyntaxError::new(format!("f-string: {msg}"), span.line, span.col);
        let flush = |literal: &mut String, parts: &mut Vec<FStringPart>| -> Result<(), SyntaxError> {
            if !literal.is_empty() {
                let text = if raw {
                    literal.clone()
                } else {
                    unescape(literal).map_err(|m| err(&m))?
                };
                parts.push(FStringPart::Literal(text));
                literal.clear();
            }
            Ok(())
        };
        while i < chars.len() {
            let c = chars[i];
            if c == '{' && chars.get(i + 1) == Some(&'{') {
                literal.push('{');
                i += 2;
            } else if c == '}' && chars.get(i + 1) == Some(&'}') {
                literal.push('}');
                i += 2;
            } else if c == '}' {
                return Err(err("single '}' is not allowed"));
            } else if c == '{' {
                if nesting >= 2 {
                    return Err(err("expressions nested too deeply"));
                }
                flush(&mut literal, &mut parts)?;
                let (debug_text, field, next) = self.fstring_field(&chars, i + 1, raw, span, nesting)?;
                // `{x=}` prints the expression's text as written, the `=`
                // and the spaces around it included, before the value.
                if let Some(text) = debug_text {
                    parts.push(FStringPart::Literal(text));
                }
                parts.push(field);
                i = next;
            } else {
                literal.push(c);
                i += 1;
            }
        }
        flush(&mut literal, &mut parts)?;
        Ok(parts)
    }

    /// Parses the field starting after `{`; returns the text a `=` field
    /// prints before its value, the field, and the index after its closing
    /// `}`. The scan follows CPython 3.11's `fstring_find_expr`.
    fn fstring_field(
        &mut self,
        chars: &[char],
        start: usize,
        raw: bool,
        span: Span,
        nesting: u32,
    ) -> Result<(Option<String>, FStringPart, usize), SyntaxError> {
        let err = |msg: &str| SyntaxError::new(format!("f-string: {msg}"), span.line, span.col);
        let bare = |msg: &str| SyntaxError::new(msg, span.line, span.col);
        let mut depth = 0;
        let mut i = start;
        let mut quote: Option<char> = None;
        // The expression ends at `!`, `:`, `=` or `}` outside brackets and
        // quotes, except where `!`, `=`, `<` or `>` starts a two-character
        // operator (`!=`, `==`, `<=`, `>=`).
        while i < chars.len() {
            let c = chars[i];
            if c == '\\' {
                return Err(bare("f-string expression part cannot include a backslash"));
            }
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
            } else {
                match c {
                    '\'' | '"' => quote = Some(c),
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth > 0 => depth -= 1,
                    '#' => return Err(bare("f-string expression part cannot include '#'")),
                    '!' | '=' | '<' | '>' if depth == 0 && chars.get(i + 1) == Some(&'=') => i += 1,
                    '}' | ':' | '!' | '=' if depth == 0 => break,
                    _ => {}
                }
            }
            i += 1;
        }
        if i >= chars.len() {
            return Err(err("expecting '}'"));
        }
        let expr_text: String = chars[start..i].iter().collect();
        if expr_text.trim_matches([' ', '\t', '\n', '\x0c']).is_empty() {
            return Err(match chars[i] {
                c @ ('!' | ':' | '=') => err(&format!("expression required before '{c}'")),
                _ => err("empty expression not allowed"),
            });
        }
        // Where the field's text stands in the source, for the positions
        // of its nodes: known in a one-line literal's own text (the
        // literal's content ends just before its closing quote).
        let text_col = (nesting == 0 && span.line == span.end_line)
            .then(|| {
                let quotes_and_prefix = (span.end_col.checked_sub(span.col)? as usize).checked_sub(chars.len())?;
                let closing_quote = if quotes_and_prefix >= 7 { 3 } else { 1 };
                let content = (span.end_col as usize).checked_sub(closing_quote + chars.len())?;
                u32::try_from(content + start).ok()
            })
            .flatten();
        let expr = self.sub_expression(&expr_text, span, text_col)?;
        let mut debug_text = None;
        if chars[i] == '=' {
            i += 1;
            while chars.get(i).is_some_and(|c| c.is_ascii_whitespace() || *c == '\x0b') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(err("expecting '}'"));
            }
            debug_text = Some(chars[start..i].iter().collect::<String>());
        }
        let mut conversion = None;
        if chars[i] == '!' {
            match chars.get(i + 1) {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(*c),
                _ => return Err(err("invalid conversion character: expected 's', 'r', or 'a'")),
            }
            i += 2;
            if i >= chars.len() || (chars[i] != ':' && chars[i] != '}') {
                return Err(err("expecting '}'"));
            }
        }
        let mut spec = Vec::new();
        let has_spec = chars[i] == ':';
        if has_spec {
            // The spec runs to the matching `}`; it may hold nested fields.
            let spec_start = i + 1;
            let mut j = spec_start;
            let mut nest = 0;
            while j < chars.len() {
                match chars[j] {
                    '{' => nest += 1,
                    '}' if nest == 0 => break,
                    '}' => nest -= 1,
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(err("expecting '}'"));
            }
            let spec_text: String = chars[spec_start..j].iter().collect();
            spec = self.fstring(&spec_text, raw, span, nesting + 1)?;
            i = j;
        }
        if chars[i] != '}' {
            return Err(err("expecting '}'"));
        }
        // A `=` field shows the repr unless it names a conversion or has a
        // spec (even an empty one: then it is formatted, as CPython does).
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        Ok((
            debug_text,
            FStringPart::Field {
                expr: Box::new(expr),
                conversion,
                spec,
            },
            i + 1,
        ))
    }

    /// Parses an f-string field's expression. `text_col` is the column its
    /// text starts at, where known; else every node inside stands at the
    /// whole literal.
    fn sub_expression(&mut self, text: &str, span: Span, text_col: Option<u32>) -> Result<Expr, SyntaxError> {
        let trimmed = text.trim();
        let wrapped = format!("({trimmed})");
        let mut tokens =
            tokenize(&wrapped).map_err(|e| SyntaxError::new(format!("f-string: {}", e.msg), span.line, span.col))?;
        let lead = (text.chars().count() - text.trim_start().chars().count()) as u32;
        for t in &mut tokens {
            match text_col {
                // Less the `(` wrapped around the text.
                Some(col) if t.line == 1 && t.end_line == 1 => {
                    t.col = (col + lead + t.col).saturating_sub(1);
                    t.end_col = (col + lead + t.end_col).saturating_sub(1);
                    t.end_line = span.line;
                }
                _ => {
                    t.col = span.col;
                    t.end_line = span.end_line;
                    t.end_col = span.end_col;
                }
            }
            t.line = span.line;
        }
        let mut sub = Parser {
            tokens,
            pos: 0,
            depth: self.depth,
            in_function: self.in_function,
            in_async: self.in_async,
            stack: self.stack,
            prev_end: (span.end_line, span.end_col),
        };
        let e = sub.test().map_err(|e| {
            if e.is_limit() {
                return e;
            }
            SyntaxError::new(format!("f-string: {}", e.msg), span.line, span.col)
        })?;
        if !matches!(sub.tok(), Tok::Newline | Tok::End) {
            return Err(SyntaxError::new("f-string: invalid syntax", span.line, span.col));
        }
        Ok(e)
    }
}

fn aug_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "&=" => BinOp::BitAnd,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        _ => return None,
    })
}

fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> String {
        parse_module(src).unwrap_err().msg
    }

    #[test]
    fn precedence_follows_python() {
        let m = parse_module("x = -2 ** 2 + 3 * 4\n").unwrap();
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!()
        };
        let ExprKind::BinOp {
            op: BinOp::Add, left, ..
        } = &value.kind
        else {
            panic!("{value:?}")
        };
        assert!(matches!(left.kind, ExprKind::UnaryOp { op: UnaryOp::Neg, .. }));
    }

    #[test]
    fn statements_parse() {
        let src = "import math\nfrom sys import argv as a\n@d\ndef f(x, y=1):\n    global g\n    for i, (p, q) in z:\n        if i: break\n        elif p: continue\n        else: pass\n    while x: x -= 1\n    else: y = [v for v in x if v]\n    return x, y\nd = {k: v for k, v in e}\ndel d[1], x\nassert x, 'm'\n";
        let m = parse_module(src).unwrap();
        assert_eq!(m.body.len(), 6);
    }

    #[test]
    fn fstrings_split_into_fields() {
        let m = parse_module("f'a{x!r:>{w}}b{{'\n").unwrap();
        let StmtKind::Expr(e) = &m.body[0].kind else { panic!() };
        let ExprKind::FString(parts) = &e.kind else { panic!() };
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[2], FStringPart::Literal("b{".into()));
    }

    #[test]
    fn fstring_equals_keeps_the_text_and_defaults_to_repr() {
        let parts = |src: &str| {
            let m = parse_module(src).unwrap();
            let StmtKind::Expr(e) = &m.body[0].kind else { panic!() };
            let ExprKind::FString(parts) = &e.kind else { panic!() };
            parts.clone()
        };
        let p = parts("f'{x = }'\n");
        assert_eq!(p[0], FStringPart::Literal("x = ".into()));
        assert!(matches!(
            &p[1],
            FStringPart::Field {
                conversion: Some('r'),
                ..
            }
        ));
        let p = parts("f'{x=:>4}'\n");
        assert!(matches!(&p[1], FStringPart::Field { conversion: None, spec, .. } if !spec.is_empty()));
        let p = parts("f'{x=!s}{a!=b}'\n");
        assert!(matches!(
            &p[1],
            FStringPart::Field {
                conversion: Some('s'),
                ..
            }
        ));
        assert!(matches!(&p[2], FStringPart::Field { conversion: None, .. }));
    }

    #[test]
    fn annotated_assignments_parse() {
        let m =
            parse_module("x: int = 1\n(y): str\na[0]: list[int]\ndef f(a: int, b: str = '') -> None: ...\n").unwrap();
        let simple: Vec<bool> = m
            .body
            .iter()
            .filter_map(|s| match &s.kind {
                StmtKind::AnnAssign { simple, .. } => Some(*simple),
                _ => None,
            })
            .collect();
        assert_eq!(simple, [true, false, false]);
        let StmtKind::FunctionDef(def) = &m.body[3].kind else {
            panic!()
        };
        assert!(def.returns.is_some() && def.params.iter().all(|p| p.annotation.is_some()));
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            err("1 = x"),
            "cannot assign to literal here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(
            err("f() += 1"),
            "'function call' is an illegal expression for augmented assignment"
        );
        assert_eq!(err("for 1 in x: pass"), "cannot assign to literal");
        assert_eq!(err("del f()"), "cannot delete function call");
        assert_eq!(err("if x\n  pass"), "expected ':'");
        assert_eq!(
            err("if x:\npass"),
            "expected an indented block after 'if' statement on line 1"
        );
        assert_eq!(
            err("def f():\nreturn"),
            "expected an indented block after function definition on line 1"
        );
        assert_eq!(err("f(a=1, 2)"), "positional argument follows keyword argument");
        assert_eq!(
            err("def f(a=1, b): pass"),
            "non-default argument follows default argument"
        );
        assert_eq!(err("x = [1, 2 3]"), "invalid syntax. Perhaps you forgot a comma?");
        assert_eq!(err("return 1"), "'return' outside function");
        assert_eq!(
            err("class A(**kw): pass"),
            "'**' in a class's keywords is not supported"
        );
        assert_eq!(err("True = 1"), "cannot assign to True");
        assert_eq!(err("f'{}'"), "f-string: empty expression not allowed");
        assert_eq!(err("f'{=}'"), "f-string: expression required before '='");
        assert_eq!(
            err("f'{x=!z}'"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(err("f'{x:{y:{z}}}'"), "f-string: expressions nested too deeply");
        assert_eq!(err("a, b: int"), "only single target (not tuple) can be annotated");
        assert_eq!(err("[a]: int"), "only single target (not list) can be annotated");
        assert_eq!(err("f(): int"), "illegal target for annotation");
        assert_eq!(
            err("def f():\n    from m import *"),
            "import * only allowed at module level"
        );
        assert_eq!(
            err("if x = 1: pass"),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_an_overflow() {
        // In a thread with the least stack a host may give the engine:
        // nesting is RecursionError, long flat chains are fine.
        let run = |src: String| {
            std::thread::Builder::new()
                .stack_size(rumba_vm::limits::MIN_HOST_STACK)
                .spawn(move || crate::compile(&src, "f").map(|_| ()).map_err(|e| e.to_string()))
                .unwrap()
                .join()
                .unwrap()
        };
        let too_deep = Err("RecursionError: maximum recursion depth exceeded during compilation".to_string());
        assert_eq!(run(format!("x = {}1", "-".repeat(100_000))), too_deep);
        assert_eq!(run(format!("x = {}1", "not ".repeat(100_000))), too_deep);
        assert_eq!(run(format!("x = 2{}", "**2".repeat(100_000))), too_deep);
        assert_eq!(run(format!("x = a{}", ".b".repeat(100_000))), too_deep);
        assert_eq!(run(format!("x = f{}", "()".repeat(100_000))), too_deep);
        assert_eq!(run(format!("x = {}1{}", "(".repeat(199), ")".repeat(199))), too_deep);
        assert_eq!(run(format!("x = 1{}", " if a else 1".repeat(100_000))), too_deep);
        assert_eq!(run(format!("x = {}1", "lambda: ".repeat(100_000))), too_deep);
        assert!(run(format!("x = {}1{}", "[".repeat(40), "]".repeat(40))).is_ok());
        assert!(run(format!("x = 1{}", "+1".repeat(100_000))).is_ok());
        assert!(run(format!("x = 1{}", " * 2 - 3".repeat(50_000))).is_ok());
        assert!(run(format!("x = a{}", " and b".repeat(100_000))).is_ok());
        assert!(run(format!("x = a{}", " < b".repeat(100_000))).is_ok());
        let elifs: String = (0..10_000).map(|i| format!("elif x == {i}:\n    pass\n")).collect();
        assert!(run(format!("x = 1\nif x:\n    pass\n{elifs}else:\n    pass\n")).is_ok());
        let blocks: String = (0..99).map(|i| format!("{}if x:\n", " ".repeat(i))).collect();
        assert!(run(format!("{blocks}{}pass\n", " ".repeat(99))).is_ok());
    }
}
