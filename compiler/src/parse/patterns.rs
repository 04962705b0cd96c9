//! The `match` statement and its patterns (PEP 634), as CPython 3.11's
//! grammar has them.
//!
//! `match` and `case` are soft keywords: a line is a match statement only
//! when it reads `match <subject>:` and a new line. Anything else starting
//! with the name `match` (`match = 3`, `match(x)`, `match.group`) is parsed
//! again from its start as an ordinary statement, as CPython's parser
//! tries the match statement first and falls back.

use super::Parser;
use crate::ast::*;
use crate::error::SyntaxError;
use crate::lex::Tok;

impl Parser {
    /// Whether the line at the current `match` is a match statement: the
    /// name, a subject, `:` and the line's end. Only looks: the parser
    /// stays where it is. (Out of line, as `compound` is: the frame of
    /// `statement` is one every level of block nesting passes through.)
    #[inline(never)]
    pub(super) fn at_match_stmt(&mut self) -> bool {
        let saved = (self.pos, self.prev_end, self.depth);
        self.advance();
        let found = self.match_subject().is_ok()
            && self.at_op(":")
            && matches!(self.tokens.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Newline));
        (self.pos, self.prev_end, self.depth) = saved;
        found
    }

    /// The match statement at the current `match` (`at_match_stmt` said
    /// it is one).
    #[inline(never)]
    pub(super) fn match_stmt(&mut self, span: Span) -> Result<Stmt, SyntaxError> {
        self.advance();
        let subject = self.match_subject()?;
        self.advance();
        self.advance();
        if !self.eat(&Tok::Indent) {
            let s = self.span();
            return Err(SyntaxError::indentation(
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    span.line
                ),
                s.line,
                s.col,
            ));
        }
        self.enter()?;
        let mut cases = Vec::new();
        while !self.eat(&Tok::Dedent) {
            if self.at(&Tok::End) {
                break;
            }
            if self.eat(&Tok::Newline) {
                continue;
            }
            if !self.at_kw("case") {
                return Err(self.invalid());
            }
            cases.push(self.case_clause()?);
        }
        self.leave();
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: self.close(span),
        })
    }

    /// `subject_expr`: a named expression, or a tuple of (starred) items
    /// written without parentheses (`match a, *b:`).
    fn match_subject(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let first = self.subject_item()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") {
                break;
            }
            items.push(self.subject_item()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.close(span),
        })
    }

    /// An item of a subject: `*iterable` or a named expression. (Not
    /// `star_or_named` or `named_expression`: more callers would keep them
    /// from being inlined into the displays' recursion, each level then a
    /// frame deeper; `deep_nesting_is_an_error_not_an_overflow` measures it.)
    fn subject_item(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        if !self.eat_op("*") {
            let target = self.test()?;
            // `match x := f():` (a name only: anything else is refused by
            // the fallback to an expression statement).
            if let (ExprKind::Name(name), true) = (&target.kind, self.at_op(":=")) {
                let name = name.clone();
                self.advance();
                let value = self.test()?;
                return Ok(Expr {
                    kind: ExprKind::NamedExpr {
                        target: name,
                        value: Box::new(value),
                    },
                    span: self.close(target.span),
                });
            }
            return Ok(target);
        }
        let value = self.binary(0)?;
        Ok(Expr {
            kind: ExprKind::Starred(Box::new(value)),
            span: self.close(span),
        })
    }

    /// `case patterns [if guard]: block`, at `case`.
    fn case_clause(&mut self) -> Result<MatchCase, SyntaxError> {
        let span = self.span();
        self.advance();
        let pattern = self.top_patterns()?;
        let guard = if self.eat_kw("if") {
            Some(self.named_expression()?)
        } else {
            None
        };
        let body = self.block("'case' statement", span.line)?;
        Ok(MatchCase { pattern, guard, body })
    }

    /// `open_sequence_pattern | pattern`: `case a, *b:` is a sequence.
    fn top_patterns(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(self.error_at(first.span, "invalid syntax"));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.close(span),
        })
    }

    fn maybe_star_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        if !self.eat_op("*") {
            return self.pattern();
        }
        let name = self.capture_target(true)?;
        Ok(Pattern {
            kind: PatternKind::Star(name),
            span: self.close(span),
        })
    }

    /// A name a pattern binds (`as name`, `*name`, `**name`); `_` is the
    /// wildcard (None) where `wildcard_ok`, an error elsewhere.
    fn capture_target(&mut self, wildcard_ok: bool) -> Result<Option<String>, SyntaxError> {
        let span = self.span();
        let name = self.name()?;
        if self.at_op(".") || self.at_op("(") || self.at_op("=") {
            return Err(self.invalid());
        }
        if name == "_" {
            if wildcard_ok {
                return Ok(None);
            }
            return Err(self.error_at(span, "cannot use '_' as a target"));
        }
        Ok(Some(name))
    }

    /// `or_pattern ['as' name]`.
    fn pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        let p = self.or_pattern()?;
        if !self.eat_kw("as") {
            return Ok(p);
        }
        let name = self.capture_target(false)?;
        Ok(Pattern {
            kind: PatternKind::As {
                pattern: Some(Box::new(p)),
                name,
            },
            span: self.close(span),
        })
    }

    fn or_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        let first = self.closed_pattern()?;
        if !self.at_op("|") {
            return Ok(first);
        }
        let mut alternatives = vec![first];
        while self.eat_op("|") {
            alternatives.push(self.closed_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Or(alternatives),
            span: self.close(span),
        })
    }

    fn closed_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        self.enter()?;
        let p = self.closed_pattern_inner();
        self.leave();
        p
    }

    fn closed_pattern_inner(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        let kind = match self.tok().clone() {
            Tok::Op("(") => return self.group_or_sequence(),
            Tok::Op("[") => {
                self.advance();
                let items = self.sequence_items("]")?;
                PatternKind::Sequence(items)
            }
            Tok::Op("{") => return self.mapping_pattern(),
            Tok::Name(n) if n == "None" || n == "True" || n == "False" => PatternKind::Singleton(self.literal_token()?),
            Tok::Name(_) => return self.name_pattern(),
            _ => PatternKind::Value(self.literal_expr()?),
        };
        Ok(Pattern {
            kind,
            span: self.close(span),
        })
    }

    /// A capture, the wildcard, a value (`a.b`) or a class pattern
    /// (`a.b(...)`), at a name.
    fn name_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        let first = self.name()?;
        let mut e = Expr {
            kind: ExprKind::Name(first.clone()),
            span: self.close(span),
        };
        let mut dotted = false;
        while self.eat_op(".") {
            let attr = self.name()?;
            e = Expr {
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
                span: self.close(span),
            };
            dotted = true;
        }
        if self.eat_op("(") {
            return self.class_pattern(e, span);
        }
        if self.at_op("=") {
            return Err(self.invalid());
        }
        let kind = if dotted {
            PatternKind::Value(e)
        } else if first == "_" {
            PatternKind::As {
                pattern: None,
                name: None,
            }
        } else {
            PatternKind::As {
                pattern: None,
                name: Some(first),
            }
        };
        Ok(Pattern {
            kind,
            span: self.close(span),
        })
    }

    /// `(pattern)` (the pattern itself), `()` or `(p,)`, `(p, q)`.
    fn group_or_sequence(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        self.advance();
        if self.eat_op(")") {
            return Ok(Pattern {
                kind: PatternKind::Sequence(Vec::new()),
                span: self.close(span),
            });
        }
        let first = self.maybe_star_pattern()?;
        if self.eat_op(")") {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(self.error_at(first.span, "invalid syntax"));
            }
            return Ok(first);
        }
        if !self.eat_op(",") {
            return Err(self.invalid());
        }
        let mut items = vec![first];
        items.extend(self.sequence_items(")")?);
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.close(span),
        })
    }

    /// Items of a sequence pattern up to `close` (eaten), a trailing comma
    /// allowed.
    fn sequence_items(&mut self, close: &str) -> Result<Vec<Pattern>, SyntaxError> {
        let mut items = Vec::new();
        while !self.eat_op(close) {
            items.push(self.maybe_star_pattern()?);
            if !self.eat_op(",") {
                if !self.eat_op(close) {
                    return Err(self.invalid());
                }
                break;
            }
        }
        Ok(items)
    }

    /// `{key: pattern, ..., **rest}`, at `{`.
    fn mapping_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let span = self.span();
        self.advance();
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.eat_op("}") {
            if self.eat_op("**") {
                let name_span = self.span();
                rest = self.capture_target(true)?;
                if rest.is_none() {
                    return Err(self.error_at(name_span, "invalid syntax"));
                }
                self.eat_op(",");
                if !self.eat_op("}") {
                    return Err(self.invalid());
                }
                break;
            }
            keys.push(self.mapping_key()?);
            if !self.eat_op(":") {
                return Err(self.invalid());
            }
            patterns.push(self.pattern()?);
            if !self.eat_op(",") {
                if !self.eat_op("}") {
                    return Err(self.invalid());
                }
                break;
            }
        }
        Ok(Pattern {
            kind: PatternKind::Mapping { keys, patterns, rest },
            span: self.close(span),
        })
    }

    /// A key of a mapping pattern: a literal or a dotted name.
    fn mapping_key(&mut self) -> Result<Expr, SyntaxError> {
        match self.tok().clone() {
            Tok::Name(n) if n == "None" || n == "True" || n == "False" => self.literal_token(),
            Tok::Name(_) => {
                let span = self.span();
                let mut e = Expr {
                    kind: ExprKind::Name(self.name()?),
                    span: self.close(span),
                };
                if !self.at_op(".") {
                    return Err(self.invalid());
                }
                while self.eat_op(".") {
                    let attr = self.name()?;
                    e = Expr {
                        kind: ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        span: self.close(span),
                    };
                }
                Ok(e)
            }
            _ => self.literal_expr(),
        }
    }

    /// The sub-patterns of `cls(...)`, after its `(`: positional ones,
    /// then `name=pattern` ones.
    fn class_pattern(&mut self, cls: Expr, span: Span) -> Result<Pattern, SyntaxError> {
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.eat_op(")") {
            let keyword = matches!(self.tok(), Tok::Name(_))
                && matches!(self.tokens.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Op("=")));
            if keyword {
                kwd_attrs.push(self.name()?);
                self.advance();
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_patterns.is_empty() {
                    return Err(self.error_at(p.span, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            if !self.eat_op(",") {
                if !self.eat_op(")") {
                    return Err(self.invalid());
                }
                break;
            }
        }
        Ok(Pattern {
            kind: PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            span: self.close(span),
        })
    }

    /// A literal of a pattern: a signed number, a complex `a + bj`, or
    /// (concatenated) strings or bytes, never an f-string.
    fn literal_expr(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        match self.tok() {
            Tok::Str(_) | Tok::FStr { .. } => {
                let e = self.strings()?;
                if matches!(e.kind, ExprKind::FString(_)) {
                    return Err(self.error_at(e.span, "patterns may only match literals and attribute lookups"));
                }
                return Ok(e);
            }
            Tok::Bytes(_) => return self.bytes_literals(),
            _ => {}
        }
        let real = self.signed_number()?;
        let op = match self.tok() {
            Tok::Op("+") => BinOp::Add,
            Tok::Op("-") => BinOp::Sub,
            _ => return Ok(real),
        };
        if matches!(real_part(&real).kind, ExprKind::Imag(_)) {
            return Err(self.error_at(real.span, "real number required in complex literal"));
        }
        self.advance();
        let imag_span = self.span();
        let imag = self.signed_number()?;
        if !matches!(imag.kind, ExprKind::Imag(_)) {
            return Err(self.error_at(imag_span, "imaginary number required in complex literal"));
        }
        Ok(Expr {
            kind: ExprKind::BinOp {
                op,
                left: Box::new(real),
                right: Box::new(imag),
            },
            span: self.close(span),
        })
    }

    /// The number, `None`, `True` or `False` at the current token. (Not
    /// `atom`: a second caller would keep it from being inlined into the
    /// expression parser's recursion, each level a frame deeper.)
    fn literal_token(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let kind = match self.tok().clone() {
            Tok::Int(i) => ExprKind::Int(i),
            Tok::BigInt(d) => ExprKind::BigInt(d),
            Tok::Float(f) => ExprKind::Float(f),
            Tok::Imag(f) => ExprKind::Imag(f),
            Tok::Name(n) if n == "None" => ExprKind::None,
            Tok::Name(n) if n == "True" || n == "False" => ExprKind::Bool(n == "True"),
            _ => return Err(self.invalid()),
        };
        self.advance();
        Ok(Expr {
            kind,
            span: self.close(span),
        })
    }

    /// `NUMBER` or `-NUMBER`.
    fn signed_number(&mut self) -> Result<Expr, SyntaxError> {
        let span = self.span();
        let negative = self.eat_op("-");
        if !matches!(self.tok(), Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imag(_)) {
            return Err(self.invalid());
        }
        let number = self.literal_token()?;
        if !negative {
            return Ok(number);
        }
        Ok(Expr {
            kind: ExprKind::UnaryOp {
                op: UnaryOp::Neg,
                operand: Box::new(number),
            },
            span: self.close(span),
        })
    }
}

/// The number under a leading minus.
fn real_part(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => e,
    }
}
