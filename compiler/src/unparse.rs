//! Expressions back to source text, as CPython's `ast.unparse` writes
//! them (Python/ast_unparse.c).
//!
//! Under `from __future__ import annotations` an annotation is not
//! evaluated: `__annotations__` holds this text instead, so it must be
//! CPython's text to the character (`dict[str, int]`, not the spacing the
//! script used).

use rumba_vm::format::{float_repr, str_repr};

use crate::ast::*;

/// Binding strength, weakest first; an operand printed where a stronger
/// level is expected gets parentheses.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Tuple,
    /// `x if c else y`, `lambda`.
    Test,
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    /// Unary `+`, `-`, `~`.
    Factor,
    Power,
    Atom,
}

impl Level {
    fn next(self) -> Level {
        use Level::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power | Atom => Atom,
        }
    }
}

/// The source text of an annotation.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    write(&mut out, e, Level::Test);
    out
}

fn write(out: &mut String, e: &Expr, level: Level) {
    match &e.kind {
        ExprKind::Int(i) => out.push_str(&i.to_string()),
        ExprKind::BigInt(digits) => out.push_str(digits),
        ExprKind::Float(f) => out.push_str(&float_repr(*f).replace("inf", "1e309")),
        ExprKind::Str(s) => out.push_str(&str_repr(s)),
        ExprKind::Bytes(b) => out.push_str(&rumba_vm::ops::bytes::bytes_repr(b)),
        ExprKind::Imag(f) => out.push_str(&rumba_vm::ops::complex::complex_repr(
            rumba_vm::ops::complex::Complex::new(0.0, *f),
        )),
        ExprKind::FString(parts) => {
            out.push('f');
            out.push_str(&str_repr(&fstring_body(parts)));
        }
        ExprKind::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        ExprKind::None => out.push_str("None"),
        ExprKind::Ellipsis => out.push_str("..."),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            parenthesize(out, level > Level::Tuple, |out| {
                comma_separated(out, items);
                if items.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::List(items) => {
            out.push('[');
            comma_separated(out, items);
            out.push(']');
        }
        ExprKind::Dict(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write(out, k, Level::Test);
                        out.push_str(": ");
                        write(out, v, Level::Test);
                    }
                    None => {
                        out.push_str("**");
                        write(out, v, Level::Atom);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            out.push('{');
            comma_separated(out, items);
            out.push('}');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            write(out, elt, Level::Test);
            comprehension(out, generators);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            write(out, elt, Level::Test);
            comprehension(out, generators);
            out.push(']');
        }
        ExprKind::GenExp { elt, generators } => {
            out.push('(');
            write(out, elt, Level::Test);
            comprehension(out, generators);
            out.push(')');
        }
        ExprKind::Yield(value) => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                write(out, v, Level::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(value) => {
            out.push_str("(yield from ");
            write(out, value, Level::Test);
            out.push(')');
        }
        ExprKind::Await(value) => parenthesize(out, level > Level::Power, |out| {
            out.push_str("await ");
            write(out, value, Level::Atom);
        }),
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            write(out, key, Level::Test);
            out.push_str(": ");
            write(out, value, Level::Test);
            comprehension(out, generators);
            out.push('}');
        }
        ExprKind::BinOp {
            op: BinOp::Pow,
            left,
            right,
        } => {
            // `**` groups to the right, every other operator to the left.
            let (symbol, strength) = binop(BinOp::Pow);
            parenthesize(out, level > strength, |out| {
                write(out, left, strength.next());
                out.push_str(symbol);
                write(out, right, strength);
            });
        }
        ExprKind::BinOp { op, .. } => {
            // A left-nested chain at one strength (`a + b - c ...`) needs no
            // parentheses inside: walked down its spine in a loop.
            let strength = binop(*op).1;
            let mut spine = Vec::new();
            let mut leftmost = e;
            while let ExprKind::BinOp { op, left, .. } = &leftmost.kind {
                if *op == BinOp::Pow || binop(*op).1 != strength {
                    break;
                }
                spine.push(leftmost);
                leftmost = left;
            }
            parenthesize(out, level > strength, |out| {
                write(out, leftmost, strength);
                for node in spine.iter().rev() {
                    if let ExprKind::BinOp { op, right, .. } = &node.kind {
                        out.push_str(binop(*op).0);
                        write(out, right, strength.next());
                    }
                }
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (symbol, strength) = match op {
                UnaryOp::Invert => ("~", Level::Factor),
                UnaryOp::Not => ("not ", Level::Not),
                UnaryOp::Pos => ("+", Level::Factor),
                UnaryOp::Neg => ("-", Level::Factor),
            };
            parenthesize(out, level > strength, |out| {
                out.push_str(symbol);
                write(out, operand, strength);
            });
        }
        ExprKind::BoolOp { op, values } => {
            let (symbol, strength) = match op {
                BoolOp::And => (" and ", Level::And),
                BoolOp::Or => (" or ", Level::Or),
            };
            parenthesize(out, level > strength, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(symbol);
                    }
                    write(out, v, strength.next());
                }
            });
        }
        ExprKind::Compare { left, ops, comparators } => {
            parenthesize(out, level > Level::Compare, |out| {
                write(out, left, Level::Compare.next());
                for (op, right) in ops.iter().zip(comparators) {
                    out.push_str(cmp_symbol(*op));
                    write(out, right, Level::Compare.next());
                }
            });
        }
        ExprKind::NamedExpr { target, value } => {
            // CPython writes the value as an atom: `(y := (a + b))`.
            parenthesize(out, level > Level::Tuple, |out| {
                out.push_str(target);
                out.push_str(" := ");
                write(out, value, Level::Atom);
            });
        }
        ExprKind::IfExp { test, body, orelse } => {
            parenthesize(out, level > Level::Test, |out| {
                write(out, body, Level::Test.next());
                out.push_str(" if ");
                write(out, test, Level::Test.next());
                out.push_str(" else ");
                write(out, orelse, Level::Test);
            });
        }
        ExprKind::Lambda { params, body } => {
            parenthesize(out, level > Level::Test, |out| {
                // CPython writes `lambda*, k: 0` (no space before a bare `*`).
                let bare_star_first = params.first().is_some_and(|p| p.kind == ParamKind::KwOnly);
                out.push_str(if params.is_empty() || bare_star_first {
                    "lambda"
                } else {
                    "lambda "
                });
                let mut star_written = false;
                for (i, p) in params.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match p.kind {
                        ParamKind::KwOnly if !star_written => {
                            out.push_str("*, ");
                            star_written = true;
                        }
                        ParamKind::VarArgs => {
                            out.push('*');
                            star_written = true;
                        }
                        ParamKind::VarKw => out.push_str("**"),
                        _ => {}
                    }
                    out.push_str(&p.name);
                    if let Some(d) = &p.default {
                        out.push('=');
                        write(out, d, Level::Test);
                    }
                    let last_posonly =
                        p.kind == ParamKind::PosOnly && params.get(i + 1).is_none_or(|n| n.kind != ParamKind::PosOnly);
                    if last_posonly {
                        out.push_str(", /");
                    }
                }
                out.push_str(": ");
                write(out, body, Level::Test);
            });
        }
        ExprKind::Call { func, args, keywords } => {
            write(out, func, Level::Atom);
            out.push('(');
            comma_separated(out, args);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                out.push_str(&k.name);
                out.push('=');
                write(out, &k.value, Level::Test);
            }
            out.push(')');
        }
        ExprKind::Attribute { value, attr } => {
            write(out, value, Level::Atom);
            // `1 .real`: without the space the dot would join the number.
            out.push_str(if matches!(value.kind, ExprKind::Int(_) | ExprKind::BigInt(_)) {
                " ."
            } else {
                "."
            });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            write(out, value, Level::Atom);
            out.push('[');
            write(out, index, Level::Tuple);
            out.push(']');
        }
        ExprKind::Starred(value) => {
            out.push('*');
            write(out, value, Level::Atom);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                write(out, l, Level::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                write(out, u, Level::Test);
            }
            if let Some(s) = step {
                out.push(':');
                write(out, s, Level::Test);
            }
        }
    }
}

fn parenthesize(out: &mut String, parens: bool, body: impl FnOnce(&mut String)) {
    if parens {
        out.push('(');
    }
    body(out);
    if parens {
        out.push(')');
    }
}

fn comma_separated(out: &mut String, items: &[Expr]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, item, Level::Test);
    }
}

fn comprehension(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        write(out, &g.target, Level::Tuple);
        out.push_str(" in ");
        write(out, &g.iter, Level::Test.next());
        for cond in &g.ifs {
            out.push_str(" if ");
            write(out, cond, Level::Test.next());
        }
    }
}

fn binop(op: BinOp) -> (&'static str, Level) {
    match op {
        BinOp::Add => (" + ", Level::Arith),
        BinOp::Sub => (" - ", Level::Arith),
        BinOp::Mul => (" * ", Level::Term),
        BinOp::Div => (" / ", Level::Term),
        BinOp::FloorDiv => (" // ", Level::Term),
        BinOp::Mod => (" % ", Level::Term),
        BinOp::Pow => (" ** ", Level::Power),
        BinOp::LShift => (" << ", Level::Shift),
        BinOp::RShift => (" >> ", Level::Shift),
        BinOp::BitAnd => (" & ", Level::BitAnd),
        BinOp::BitOr => (" | ", Level::BitOr),
        BinOp::BitXor => (" ^ ", Level::BitXor),
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// The text between an f-string's quotes: literal braces doubled, each
/// field rebuilt from its parts.
fn fstring_body(parts: &[FStringPart]) -> String {
    let mut body = String::new();
    for part in parts {
        match part {
            FStringPart::Literal(s) => body.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Field { expr, conversion, spec } => {
                let mut text = String::new();
                write(&mut text, expr, Level::Test.next());
                // `{ {1: 2}}`: a space keeps the braces from doubling.
                body.push_str(if text.starts_with('{') { "{ " } else { "{" });
                body.push_str(&text);
                if let Some(c) = conversion {
                    body.push('!');
                    body.push(*c);
                }
                if !spec.is_empty() {
                    body.push(':');
                    body.push_str(&fstring_body(spec));
                }
                body.push('}');
            }
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_module;

    /// The annotation of `x: <src>`, unparsed.
    fn round_trip(src: &str) -> String {
        let m = parse_module(&format!("x: {src}\n")).unwrap();
        let StmtKind::AnnAssign { annotation, .. } = &m.body[0].kind else {
            panic!()
        };
        unparse(annotation)
    }

    /// Each pair checked against CPython 3.11's `ast.unparse`.
    #[test]
    fn matches_cpython() {
        for (src, want) in [
            ("dict[str,int]", "dict[str, int]"),
            ("tuple[int, ...]", "tuple[int, ...]"),
            ("tuple[()]", "tuple[()]"),
            ("tuple[int,]", "tuple[int,]"),
            ("int|None", "int | None"),
            ("(a | b) | c", "a | b | c"),
            ("a | (b | c)", "a | (b | c)"),
            ("'Node'", "'Node'"),
            ("\"it's\"", "\"it's\""),
            ("Callable[[int, str], bool]", "Callable[[int, str], bool]"),
            ("typing.List[ 'x' ]", "typing.List['x']"),
            ("-1", "-1"),
            ("2 ** -1", "2 ** (-1)"),
            ("(2 ** 3) ** 4", "(2 ** 3) ** 4"),
            ("2 ** 3 ** 4", "2 ** 3 ** 4"),
            ("a if b else c", "a if b else c"),
            ("(lambda: 1)", "lambda: 1"),
            ("f(a, *[], k=1)".replace(", *[]", "").as_str(), "f(a, k=1)"),
            ("x[1:2, ::3]", "x[1:2, ::3]"),
            ("not a and b or c", "not a and b or c"),
            ("(not a) < b", "(not a) < b"),
            ("1 .real", "1 .real"),
            ("1e999", "1e309"),
            ("[i for i in y if i]", "[i for i in y if i]"),
            ("{1: 2}", "{1: 2}"),
            ("f'{x!r:>{w}} {{'", "f'{x!r:>{w}} {{'"),
        ] {
            assert_eq!(round_trip(src), want, "{src}");
        }
    }
}
