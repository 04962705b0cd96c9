//! The `match` statement: each case's pattern compiled to tests of the
//! subject and jumps, as CPython 3.11's compiler lays them out.
//!
//! The subject stays on the stack while the cases are tried; each case but
//! the last works on a copy. A pattern takes the value it matches from the
//! top of the stack and consumes it: on success it falls through (having
//! bound its names), on failure it jumps to its case's failure code, which
//! pops what the failing test left above the subject and goes on to the
//! next case. A failing jump is taken at some depth, so the failure code
//! is a run of `Pop`s with a landing for each depth (CPython's
//! `fail_pop`). What no existing instruction tests (is this a sequence, a
//! mapping; a mapping's values for some keys; a class pattern's
//! attributes) has a `Match*` instruction.
//!
//! Names are stored as soon as they are captured (CPython stores them once
//! the whole pattern matched): a case that fails may leave some bound, as
//! Python allows; the case that matches binds all of its own.

use super::*;
use rumba_vm::ops::pattern::SEQUENCE_STARRED;

/// The state of one case's pattern while it is compiled.
struct PatternCtx {
    /// Values on the stack above the depth the case's failure returns to
    /// (the subject, or its copy, counts while no test consumed it).
    on_top: usize,
    /// The jumps taken on failure, each with the `on_top` it lands with.
    fails: Vec<(usize, usize)>,
    /// Whether an irrefutable pattern (a capture, `_`) may stand here:
    /// not in a case that other cases follow without a guard, nor in an
    /// alternative of an or-pattern that other alternatives follow.
    allow_irrefutable: bool,
    /// The names bound so far (one may not be bound twice).
    stores: Vec<String>,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx {
            on_top: 1,
            fails: Vec::new(),
            allow_irrefutable,
            stores: Vec::new(),
        }
    }
}

impl<'a> FnEmitter<'a> {
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &'a [MatchCase]) -> Result<(), SyntaxError> {
        self.expr(subject)?;
        // A last `case _:` needs no copy of the subject before it (nor a
        // test): the case before it consumes the subject.
        let has_default = cases.len() > 1 && cases.last().is_some_and(|c| c.pattern.is_wildcard());
        let tried = cases.len() - has_default as usize;
        let mut ends = Vec::new();
        for (i, case) in cases[..tried].iter().enumerate() {
            let copy = i + 1 < tried;
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == cases.len());
            if copy {
                self.at_line(case.pattern.span, |e| e.emit(Opcode::Dup, 0));
            }
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0, "a pattern consumes its subject");
            if let Some(guard) = &case.guard {
                let j = self.jump_if_false(guard)?;
                pc.fails.push((j, 0));
            }
            if copy {
                self.at_line(case.pattern.span, |e| e.emit(Opcode::Pop, 0));
            }
            self.stmts(&case.body)?;
            ends.push(self.emit(Opcode::Jump, 0));
            self.at_line(case.pattern.span, |e| e.emit_fail_pops(pc.fails, 0));
        }
        if has_default {
            let case = cases.last().expect("a default case");
            if let Some(guard) = &case.guard {
                ends.push(self.jump_if_false(guard)?);
            }
            self.stmts(&case.body)?;
        }
        for j in ends {
            self.patch_here(j);
        }
        Ok(())
    }

    /// The failure code of the jumps in `fails`: a `Pop` for each value
    /// above `floor`, each jump landing where the values it leaves are
    /// popped; it ends with `floor` values above the case's base.
    fn emit_fail_pops(&mut self, fails: Vec<(usize, usize)>, floor: usize) {
        let Some(deepest) = fails.iter().map(|f| f.1).max() else {
            return;
        };
        for depth in (floor + 1..=deepest).rev() {
            for &(j, _) in fails.iter().filter(|f| f.1 == depth) {
                self.patch_here(j);
            }
            self.emit(Opcode::Pop, 0);
        }
        for &(j, d) in &fails {
            debug_assert!(d >= floor, "a failure below its floor");
            if d == floor {
                self.patch_here(j);
            }
        }
    }

    /// Emits a conditional jump to the pattern's failure (`CompareJump ==`
    /// or `PopJumpIfFalse`), the values it pops taken off `on_top`.
    fn jump_to_fail(&mut self, op: Opcode, pc: &mut PatternCtx) {
        let arg = if op == Opcode::CompareJump {
            CompareKind::Eq.arg(0)
        } else {
            0
        };
        let j = self.emit(op, arg);
        pc.on_top -= op.stack_effect(arg).0 as usize;
        pc.fails.push((j, pc.on_top));
    }

    /// `None` is on top unless the value under it matched: jumps to the
    /// failure then, keeping the value.
    fn fail_if_none(&mut self, pc: &mut PatternCtx) {
        self.emit(Opcode::Dup, 0);
        self.emit_const(Constant::None);
        self.emit(Opcode::IsNot, 0);
        pc.on_top += 1;
        self.jump_to_fail(Opcode::PopJumpIfFalse, pc);
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> Result<(), SyntaxError> {
        if self.stack.exhausted() {
            return Err(SyntaxError::too_deep(p.span.line));
        }
        self.at_line(p.span, |e| e.pattern_here(p, pc))
    }

    /// A pattern inside another (an item, a value of a mapping, an
    /// argument of a class): it may be irrefutable.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> Result<(), SyntaxError> {
        let allowed = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allowed;
        Ok(())
    }

    fn pattern_here(&mut self, p: &Pattern, pc: &mut PatternCtx) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::Value(value) => {
                self.expr(value)?;
                pc.on_top += 1;
                self.jump_to_fail(Opcode::CompareJump, pc);
            }
            PatternKind::Singleton(value) => {
                self.expr(value)?;
                self.emit(Opcode::Is, 0);
                self.jump_to_fail(Opcode::PopJumpIfFalse, pc);
            }
            PatternKind::As { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(msg, p.span));
                }
                self.capture(name.as_deref(), p.span, pc)?;
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                self.emit(Opcode::Dup, 0);
                pc.on_top += 1;
                self.pattern(inner, pc)?;
                self.capture(name.as_deref(), p.span, pc)?;
            }
            PatternKind::Or(alternatives) => self.or_pattern(alternatives, pc)?,
            PatternKind::Sequence(items) => self.sequence_pattern(items, p.span, pc)?,
            PatternKind::Star(_) => return Err(self.error("can't use starred name here", p.span)),
            PatternKind::Mapping { keys, patterns, rest } => {
                self.mapping_pattern(keys, patterns, rest.as_deref(), p.span, pc)?
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
        }
        Ok(())
    }

    /// Binds the value on top to `name` (pops it for `_`, None).
    fn capture(&mut self, name: Option<&str>, span: Span, pc: &mut PatternCtx) -> Result<(), SyntaxError> {
        match name {
            None => {
                self.emit(Opcode::Pop, 0);
            }
            Some(name) => {
                if pc.stores.iter().any(|s| s == name) {
                    return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), span));
                }
                pc.stores.push(name.to_string());
                self.store_name(name);
            }
        }
        pc.on_top -= 1;
        Ok(())
    }

    /// `p | q | r`: each alternative but the last tries a copy of the
    /// subject, and on success pops the subject and jumps past the rest;
    /// the last works on the subject itself, failing as the whole does.
    fn or_pattern(&mut self, alternatives: &[Pattern], pc: &mut PatternCtx) -> Result<(), SyntaxError> {
        let allowed = pc.allow_irrefutable;
        let outer_stores = std::mem::take(&mut pc.stores);
        let mut outer_fails = Some(std::mem::take(&mut pc.fails));
        let on_top = pc.on_top;
        let mut bound: Option<Vec<String>> = None;
        let mut matched = Vec::new();
        for (i, alt) in alternatives.iter().enumerate() {
            let last = i + 1 == alternatives.len();
            pc.allow_irrefutable = last && allowed;
            if last {
                pc.fails = outer_fails.take().expect("taken once");
                self.pattern(alt, pc)?;
            } else {
                self.at_line(alt.span, |e| e.emit(Opcode::Dup, 0));
                pc.on_top += 1;
                self.pattern(alt, pc)?;
                self.emit(Opcode::Pop, 0);
                matched.push(self.emit(Opcode::Jump, 0));
                let fails = std::mem::take(&mut pc.fails);
                self.at_line(alt.span, |e| e.emit_fail_pops(fails, on_top));
                pc.on_top = on_top;
            }
            let names = std::mem::take(&mut pc.stores);
            match &bound {
                None => bound = Some(names),
                Some(first) => {
                    let same = first.len() == names.len() && first.iter().all(|n| names.contains(n));
                    if !same {
                        return Err(self.error("alternative patterns bind different names", alt.span));
                    }
                }
            }
        }
        for j in matched {
            self.patch_here(j);
        }
        pc.allow_irrefutable = allowed;
        pc.stores = outer_stores;
        for name in bound.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    alternatives[0].span,
                ));
            }
            pc.stores.push(name);
        }
        Ok(())
    }

    /// `[p, q, *rest]`: a sequence of the right length (`MatchSequence`),
    /// unpacked, each item matched in order.
    fn sequence_pattern(&mut self, items: &[Pattern], span: Span, pc: &mut PatternCtx) -> Result<(), SyntaxError> {
        let mut stars = items
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.kind, PatternKind::Star(_)));
        let star = stars.next().map(|(i, _)| i);
        if stars.next().is_some() {
            return Err(self.error("multiple starred names in sequence pattern", span));
        }
        let fixed = items.len() - star.is_some() as usize;
        let arg = (fixed as u32) << 1 | if star.is_some() { SEQUENCE_STARRED } else { 0 };
        self.emit(Opcode::MatchSequence, arg);
        pc.on_top += 1;
        self.jump_to_fail(Opcode::PopJumpIfFalse, pc);
        let ignored = |p: &Pattern| p.is_wildcard() || matches!(p.kind, PatternKind::Star(None));
        if items.iter().all(ignored) {
            self.emit(Opcode::Pop, 0);
            pc.on_top -= 1;
            return Ok(());
        }
        match star {
            Some(before) => {
                let after = items.len() - before - 1;
                if before > 0xff || after > 0xff_ffff {
                    return Err(self.error("too many expressions in star-unpacking assignment", span));
                }
                self.emit(Opcode::UnpackEx, (before | after << 8) as u32);
            }
            None => {
                self.emit(Opcode::UnpackSequence, items.len() as u32);
            }
        }
        pc.on_top += items.len();
        pc.on_top -= 1;
        for item in items {
            match &item.kind {
                PatternKind::Star(name) => self.capture(name.as_deref(), item.span, pc)?,
                _ => self.subpattern(item, pc)?,
            }
        }
        Ok(())
    }

    /// `{k: p, **rest}`: a mapping of enough items (`MatchMapping`, before
    /// the keys are evaluated) that has every key
    /// (`MatchKeys`), each value matched in order, then the rest bound.
    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&str>,
        span: Span,
        pc: &mut PatternCtx,
    ) -> Result<(), SyntaxError> {
        let literals: Vec<Constant> = keys.iter().filter_map(constant).collect();
        for (i, key) in literals.iter().enumerate() {
            if literals[..i].iter().any(|k| constants_equal(k, key)) {
                let text = rumba_vm::dis::constant_repr(key);
                return Err(self.error(format!("mapping pattern checks duplicate key ({text})"), span));
            }
        }
        self.emit(Opcode::MatchMapping, keys.len() as u32);
        pc.on_top += 1;
        self.jump_to_fail(Opcode::PopJumpIfFalse, pc);
        if keys.is_empty() && rest.is_none() {
            self.emit(Opcode::Pop, 0);
            pc.on_top -= 1;
            return Ok(());
        }
        for key in keys {
            self.expr(key)?;
        }
        self.emit(Opcode::BuildTuple, keys.len() as u32);
        self.emit(Opcode::MatchKeys, rest.is_some() as u32);
        pc.on_top += 1;
        self.fail_if_none(pc);
        let values = keys.len() + rest.is_some() as usize;
        self.emit(Opcode::UnpackSequence, values as u32);
        pc.on_top += values;
        pc.on_top -= 1;
        for p in patterns {
            self.subpattern(p, pc)?;
        }
        if rest.is_some() {
            self.capture(rest, span, pc)?;
        }
        self.emit(Opcode::Pop, 0);
        pc.on_top -= 1;
        Ok(())
    }

    /// `cls(p, q, name=r)`: `MatchClass` gives the subject's attributes
    /// (or None), each matched in order.
    fn class_pattern(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[String],
        kwd_patterns: &[Pattern],
        pc: &mut PatternCtx,
    ) -> Result<(), SyntaxError> {
        for (i, name) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(name) {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {name}"),
                    kwd_patterns[i].span,
                ));
            }
        }
        self.expr(cls)?;
        let names: Vec<Rc<str>> = kwd_attrs.iter().map(|n| Rc::from(n.as_str())).collect();
        self.emit_const(Constant::Names(names.into()));
        self.emit(Opcode::MatchClass, patterns.len() as u32);
        self.fail_if_none(pc);
        let all: Vec<&Pattern> = patterns.iter().chain(kwd_patterns).collect();
        if all.iter().all(|p| p.is_wildcard()) {
            self.emit(Opcode::Pop, 0);
            pc.on_top -= 1;
            return Ok(());
        }
        self.emit(Opcode::UnpackSequence, all.len() as u32);
        pc.on_top += all.len();
        pc.on_top -= 1;
        for p in all {
            self.subpattern(p, pc)?;
        }
        Ok(())
    }
}
