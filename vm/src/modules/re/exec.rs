//! The matcher: runs a `Program` over a text by backtracking, with the
//! choices it may return to on an explicit stack (never the host's: a
//! loop over a long text backtracks through a long stack, not deep
//! recursion). It charges its steps to the budget and its stack to the
//! heap limit, so a pattern that backtracks without end stops where the
//! budget says, as any loop of a script does.
//!
//! Its answers are CPython's `sre`'s: leftmost match, alternatives and
//! quantifiers tried in Perl's order, a loop iteration that matches
//! nothing ends the loop, and groups keep their last iteration's capture.

use super::charset::{is_word, same_ignoring_case};
use super::parse::Anchor;
use super::program::{Inst, One, Program};
use crate::error::ExcKind;
use crate::error::RawError;
use crate::limits::{CompileMeter, StackBudget};

/// The text a pattern runs over, one entry per code point: a bytes
/// object's or an ASCII str's bytes, or a str's chars.
pub(crate) trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> char;
}

impl Text for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self[i] as char
    }
}

impl Text for [char] {
    #[inline]
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self[i]
    }
}

/// Where a match must be.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    /// Starting at `pos` (`match`).
    Anchored,
    /// Starting at `pos` and ending at `endpos` (`fullmatch`).
    Full,
    /// Starting anywhere from `pos` (`search`).
    Search,
}

/// Steps of the matcher per tick of the budget.
const STEPS_PER_TICK: u64 = 4;
/// How often (in steps) the matcher charges its steps.
const CHARGE_EVERY: u64 = 1 << 12;
/// Backtrack entries held against the heap limit at a time.
const FRAMES_PER_HOLD: usize = 1 << 12;

const UNSET: usize = usize::MAX;

enum Frame {
    /// Go on at `pc` from `pos`.
    Retry {
        pc: usize,
        pos: usize,
    },
    /// Undo a capture.
    Slot {
        slot: usize,
        old: usize,
    },
    LastIndex(usize),
    /// Undo a counted loop's counter.
    Counter {
        reg: usize,
        count: u32,
        start: usize,
    },
    /// A greedy one-character loop that has `pos` and may give back
    /// down to `min_pos`.
    GiveBack {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy one-character loop (the `Star` at `star`) that has taken
    /// `count` and stands at `pos`.
    TakeMore {
        star: usize,
        count: u32,
        pos: usize,
    },
    /// A lazy counted loop that may still run its body (at `pc`) once
    /// more from `pos`.
    EnterBody {
        reg: usize,
        pc: usize,
        pos: usize,
    },
}

/// One match: the capture positions (two per group, group 0 first;
/// `usize::MAX` where a group did not take part) and the last group
/// closed (`Match.lastindex`, 0 for none).
pub(crate) struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

pub(crate) struct Matcher<'a, T: Text + ?Sized> {
    prog: &'a Program,
    text: &'a T,
    /// `endpos`: the text ends here for the pattern.
    end: usize,
    meter: &'a dyn CompileMeter,
    slots: Vec<usize>,
    lastindex: usize,
    counters: Vec<(u32, usize)>,
    stack: Vec<Frame>,
    steps: u64,
    held_frames: usize,
    /// The host stack nested runs (lookarounds, atomic groups) may use.
    budget: StackBudget,
}

impl<'a, T: Text + ?Sized> Matcher<'a, T> {
    pub(crate) fn new(
        prog: &'a Program,
        text: &'a T,
        endpos: usize,
        meter: &'a dyn CompileMeter,
        budget: StackBudget,
    ) -> Matcher<'a, T> {
        Matcher {
            prog,
            text,
            end: endpos.min(text.len()),
            meter,
            slots: vec![UNSET; 2 * (prog.groups + 1)],
            lastindex: 0,
            counters: vec![(0, UNSET); prog.repeats],
            stack: Vec::with_capacity(64),
            steps: 0,
            held_frames: 0,
            budget,
        }
    }

    /// The first match from `pos` in `mode`; an empty match at
    /// `reject_empty_at` does not count (after an empty match, the next
    /// one must move on, as CPython's `finditer` and `sub` require).
    pub(crate) fn find(
        &mut self,
        pos: usize,
        mode: Mode,
        reject_empty_at: Option<usize>,
    ) -> Result<Option<Found>, RawError> {
        let end = self.end;
        if pos > end {
            return Ok(None);
        }
        let mut start = pos;
        loop {
            let candidate = match self.prog.first {
                _ if mode != Mode::Search => true,
                Some(first) => start < end && first.may_start(self.text.at(start)),
                None => true,
            };
            if candidate {
                let reject_empty = reject_empty_at == Some(start);
                if let Some(stop) = self.run(0, start, 0, reject_empty, mode == Mode::Full)? {
                    let mut slots = std::mem::replace(&mut self.slots, vec![UNSET; 2 * (self.prog.groups + 1)]);
                    slots[0] = start;
                    slots[1] = stop;
                    let lastindex = std::mem::take(&mut self.lastindex);
                    // The choices of this match are not returned to: the
                    // next `find` starts clean.
                    self.stack.clear();
                    self.counters.fill((0, UNSET));
                    return Ok(Some(Found { slots, lastindex }));
                }
            }
            if mode != Mode::Search || start >= end || self.prog.anchored_start {
                return Ok(None);
            }
            start += 1;
            self.step()?;
        }
    }

    #[inline]
    fn step(&mut self) -> Result<(), RawError> {
        self.steps += 1;
        if self.steps.is_multiple_of(CHARGE_EVERY) {
            self.meter.charge(CHARGE_EVERY / STEPS_PER_TICK, 0)?;
        }
        Ok(())
    }

    fn push(&mut self, frame: Frame) -> Result<(), RawError> {
        if self.stack.len() >= self.held_frames {
            self.meter.charge(0, FRAMES_PER_HOLD * std::mem::size_of::<Frame>())?;
            self.held_frames += FRAMES_PER_HOLD;
        }
        self.stack.push(frame);
        Ok(())
    }

    fn set_slot(&mut self, slot: usize, pos: usize) -> Result<(), RawError> {
        self.push(Frame::Slot {
            slot,
            old: self.slots[slot],
        })?;
        self.slots[slot] = pos;
        if slot % 2 == 1 {
            self.push(Frame::LastIndex(self.lastindex))?;
            self.lastindex = slot / 2;
        }
        Ok(())
    }

    fn set_counter(&mut self, reg: usize, count: u32, start: usize) -> Result<(), RawError> {
        let (old_count, old_start) = self.counters[reg];
        self.push(Frame::Counter {
            reg,
            count: old_count,
            start: old_start,
        })?;
        self.counters[reg] = (count, start);
        Ok(())
    }

    #[inline(always)]
    fn one(&self, one: &One, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.text.at(pos);
        match *one {
            One::Char(x) => c == x,
            One::CharNoCase { c: x, ascii } => same_ignoring_case(c, x, ascii),
            One::Any => true,
            One::NotNewline => c != '\n',
            One::Set(i) => self.prog.sets[i].contains(c),
        }
    }

    fn at(&self, anchor: Anchor, pos: usize) -> bool {
        let end = self.end;
        let newline_at = |i: usize| i < end && self.text.at(i) == '\n';
        match anchor {
            Anchor::StartText => pos == 0,
            Anchor::StartLine => pos == 0 || self.text.at(pos - 1) == '\n',
            Anchor::End => pos == end || pos + 1 == end && newline_at(pos),
            Anchor::EndLine => pos == end || newline_at(pos),
            Anchor::EndText => pos == end,
            Anchor::WordBoundary { ascii } => self.word_before(pos, ascii) != self.word_at(pos, ascii),
            Anchor::NotWordBoundary { ascii } => {
                // CPython: `\B` never matches in an empty text.
                end != 0 && self.word_before(pos, ascii) == self.word_at(pos, ascii)
            }
        }
    }

    fn word_before(&self, pos: usize, ascii: bool) -> bool {
        pos > 0 && is_word(self.text.at(pos - 1), ascii)
    }

    fn word_at(&self, pos: usize, ascii: bool) -> bool {
        pos < self.end && is_word(self.text.at(pos), ascii)
    }

    /// A run inside a run, for a lookaround or an atomic group.
    fn nested_run(&mut self, pc: usize, pos: usize) -> Result<Option<usize>, RawError> {
        if self.budget.exhausted() {
            return Err(RawError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG));
        }
        self.run(pc, pos, self.stack.len(), false, false)
    }

    /// Runs from `pc` at `pos` until `Match` (or `SubMatch` in a nested
    /// run) or until every choice above stack height `base` failed.
    fn run(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        base: usize,
        reject_empty: bool,
        full: bool,
    ) -> Result<Option<usize>, RawError> {
        let start = pos;
        let prog = self.prog;
        loop {
            self.step()?;
            let ok = match &prog.insts[pc] {
                Inst::One(one) => {
                    let ok = self.one(one, pos);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::Literal(chars) => {
                    let ok = pos + chars.len() <= self.end
                        && chars.iter().enumerate().all(|(i, &c)| self.text.at(pos + i) == c);
                    pos += chars.len();
                    pc += 1;
                    ok
                }
                Inst::Star { one, min, max, greedy } => {
                    let (min, max) = (*min as usize, *max as usize);
                    if *greedy {
                        let mut n = 0;
                        while n < max && self.one(one, pos + n) {
                            n += 1;
                        }
                        self.charge_scan(n)?;
                        if n < min {
                            false
                        } else {
                            if n > min {
                                self.push(Frame::GiveBack {
                                    pc: pc + 1,
                                    min_pos: pos + min,
                                    pos: pos + n,
                                })?;
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    } else {
                        let mut n = 0;
                        while n < min && self.one(one, pos + n) {
                            n += 1;
                        }
                        self.charge_scan(n)?;
                        if n < min {
                            false
                        } else {
                            pos += n;
                            if n < max {
                                self.push(Frame::TakeMore {
                                    star: pc,
                                    count: n as u32,
                                    pos,
                                })?;
                            }
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::Split { first, second } => {
                    self.push(Frame::Retry { pc: *second, pos })?;
                    pc = *first;
                    true
                }
                Inst::Jump(to) => {
                    pc = *to;
                    true
                }
                Inst::Save(slot) => {
                    self.set_slot(*slot, pos)?;
                    pc += 1;
                    true
                }
                Inst::At(anchor) => {
                    pc += 1;
                    self.at(*anchor, pos)
                }
                Inst::Backref { group, icase, ascii } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    let ok = if s == UNSET || e == UNSET {
                        false
                    } else {
                        let len = e.saturating_sub(s);
                        let fits = pos + len <= self.end;
                        let same = fits
                            && (0..len).all(|i| {
                                let (a, b) = (self.text.at(s + i), self.text.at(pos + i));
                                a == b || *icase && same_ignoring_case(a, b, *ascii)
                            });
                        self.charge_scan(len)?;
                        if same {
                            pos += len;
                        }
                        same
                    };
                    pc += 1;
                    ok
                }
                Inst::RepeatStart { reg } => {
                    self.set_counter(*reg, 0, UNSET)?;
                    pc += 1;
                    true
                }
                &Inst::RepeatHead {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let count = self.counters[reg].0;
                    if count < min {
                        self.set_counter(reg, count, pos)?;
                        pc += 1;
                    } else if count >= max {
                        pc = exit;
                    } else if greedy {
                        self.push(Frame::Retry { pc: exit, pos })?;
                        self.set_counter(reg, count, pos)?;
                        pc += 1;
                    } else {
                        self.push(Frame::EnterBody { reg, pc: pc + 1, pos })?;
                        pc = exit;
                    }
                    true
                }
                &Inst::RepeatTail { reg, head } => {
                    let (count, iteration_start) = self.counters[reg];
                    let Inst::RepeatHead { min, greedy, exit, .. } = prog.insts[head] else {
                        unreachable!("a RepeatTail names its RepeatHead")
                    };
                    let count = count.saturating_add(1);
                    self.set_counter(reg, count, iteration_start)?;
                    if pos == iteration_start && count >= min {
                        // An iteration that matched nothing ends the loop
                        // (a lazy loop fails instead), as in CPython.
                        pc = exit;
                        greedy
                    } else {
                        pc = head;
                        true
                    }
                }
                &Inst::Look { behind, negate, end } => {
                    let from = match behind {
                        Some(width) => pos.checked_sub(width),
                        None => Some(pos),
                    };
                    let base_here = self.stack.len();
                    let matched = match from {
                        Some(from) => self.nested_run(pc + 1, from)?.is_some(),
                        None => false,
                    };
                    if matched {
                        if negate {
                            self.unwind(base_here);
                        } else {
                            self.keep_captures(base_here);
                        }
                    }
                    pc = end;
                    matched != negate
                }
                &Inst::Atomic { end } => {
                    let base_here = self.stack.len();
                    match self.nested_run(pc + 1, pos)? {
                        Some(stop) => {
                            self.keep_captures(base_here);
                            pos = stop;
                            pc = end;
                            true
                        }
                        None => false,
                    }
                }
                &Inst::IfGroup { group, no } => {
                    pc = if self.slots[2 * group + 1] != UNSET && self.slots[2 * group] != UNSET {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                Inst::SubMatch => return Ok(Some(pos)),
                Inst::Match => {
                    if (full && pos != self.end) || (reject_empty && pos == start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if ok {
                continue;
            }
            // Back to the latest choice.
            loop {
                if self.stack.len() <= base {
                    return Ok(None);
                }
                let Some(frame) = self.stack.pop() else {
                    return Ok(None);
                };
                match frame {
                    Frame::Slot { slot, old } => self.slots[slot] = old,
                    Frame::LastIndex(old) => self.lastindex = old,
                    Frame::Counter { reg, count, start } => self.counters[reg] = (count, start),
                    Frame::Retry { pc: p, pos: at } => {
                        pc = p;
                        pos = at;
                        break;
                    }
                    Frame::GiveBack {
                        pc: p,
                        min_pos,
                        pos: at,
                    } => {
                        let at = at - 1;
                        if at > min_pos {
                            self.push(Frame::GiveBack {
                                pc: p,
                                min_pos,
                                pos: at,
                            })?;
                        }
                        pc = p;
                        pos = at;
                        break;
                    }
                    Frame::TakeMore { star, count, pos: at } => {
                        let Inst::Star { one, max, .. } = &prog.insts[star] else {
                            unreachable!("a TakeMore names its Star")
                        };
                        if !self.one(one, at) {
                            continue;
                        }
                        let count = count + 1;
                        if count < *max {
                            self.push(Frame::TakeMore {
                                star,
                                count,
                                pos: at + 1,
                            })?;
                        }
                        pc = star + 1;
                        pos = at + 1;
                        break;
                    }
                    Frame::EnterBody { reg, pc: p, pos: at } => {
                        let count = self.counters[reg].0;
                        self.set_counter(reg, count, at)?;
                        pc = p;
                        pos = at;
                        break;
                    }
                }
            }
        }
    }

    /// Charges a scan of `n` characters done in one step.
    fn charge_scan(&mut self, n: usize) -> Result<(), RawError> {
        let before = self.steps;
        self.steps += n as u64;
        if self.steps / CHARGE_EVERY != before / CHARGE_EVERY {
            self.meter.charge((self.steps - before) / STEPS_PER_TICK + 1, 0)?;
        }
        Ok(())
    }

    /// Drops the choices a nested run left above `base` (a lookahead or
    /// atomic group that matched is not entered again), keeping what
    /// undoes its captures and counters.
    fn keep_captures(&mut self, base: usize) {
        let mut keep = base;
        for i in base..self.stack.len() {
            if matches!(
                self.stack[i],
                Frame::Slot { .. } | Frame::LastIndex(_) | Frame::Counter { .. }
            ) {
                self.stack.swap(keep, i);
                keep += 1;
            }
        }
        self.stack.truncate(keep);
    }

    /// Undoes everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Frame::Slot { slot, old }) => self.slots[slot] = old,
                Some(Frame::LastIndex(old)) => self.lastindex = old,
                Some(Frame::Counter { reg, count, start }) => self.counters[reg] = (count, start),
                _ => {}
            }
        }
    }
}
