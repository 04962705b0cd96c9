//! A pattern's tree compiled to the instructions of the backtracking
//! matcher (`exec`), with the facts about it a search uses: which
//! characters can start a match, and a literal prefix.

use super::charset::CharSet;
use super::parse::{Anchor, Node, Parsed, RepeatKind};

/// What one character of input must be, for the instructions that take
/// one character and the single-character loops.
#[derive(Debug)]
pub(crate) enum One {
    Char(char),
    /// Equal ignoring case (`ascii`: only ASCII letters fold).
    CharNoCase {
        c: char,
        ascii: bool,
    },
    /// `.` with DOTALL.
    Any,
    /// `.`: anything but a newline.
    NotNewline,
    Set(usize),
}

#[derive(Debug)]
pub(crate) enum Inst {
    One(One),
    /// Characters to match exactly, one after another (a run of literal
    /// characters of the pattern, in one step).
    Literal(Box<[char]>),
    /// A loop over one character, run without a backtrack entry per
    /// character: greedy loops take all they can and give back one at a
    /// time, lazy ones take one more at a time.
    Star {
        one: One,
        min: u32,
        max: u32,
        greedy: bool,
    },
    /// Go on at `first`; on failure, at `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jump(usize),
    /// Record the position in capture slot `n` (group `n / 2`).
    Save(usize),
    At(Anchor),
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    /// Start a counted loop: counter `reg` to zero.
    RepeatStart {
        reg: usize,
    },
    /// The head of a counted loop over the body at `pc + 1`; `exit` is
    /// the instruction after the loop.
    RepeatHead {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// The end of a counted loop's body: count it and go back to `head`.
    RepeatTail {
        reg: usize,
        head: usize,
    },
    /// A lookaround whose body is at `pc + 1 .. end` (ending in
    /// `SubMatch`); `behind` holds a lookbehind's width.
    Look {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    /// An atomic group, body as for `Look`.
    Atomic {
        end: usize,
    },
    /// `(?(group)yes|no)`: go on at `pc + 1` if the group matched, else
    /// at `no`.
    IfGroup {
        group: usize,
        no: usize,
    },
    /// The end of a lookaround's or atomic group's body.
    SubMatch,
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub groups: usize,
    /// Counted loops (each has a counter and a start position).
    pub repeats: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    pub is_bytes: bool,
    /// Characters below 256 that can start a match, and whether others
    /// can; None where a match may be empty or start anywhere.
    pub first: Option<FirstChars>,
    /// Whether every match starts at the start of the text (`^` or `\A`
    /// first, without MULTILINE).
    pub anchored_start: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FirstChars {
    pub low: [u64; 4],
    pub high: bool,
}

impl FirstChars {
    const NONE: FirstChars = FirstChars {
        low: [0; 4],
        high: false,
    };

    fn add_char(&mut self, c: char) {
        let n = c as u32;
        if n < 256 {
            self.low[(n / 64) as usize] |= 1 << (n % 64);
        } else {
            self.high = true;
        }
    }

    fn union(&mut self, other: &FirstChars) {
        for (a, b) in self.low.iter_mut().zip(other.low) {
            *a |= b;
        }
        self.high |= other.high;
    }

    #[inline]
    pub(crate) fn may_start(&self, c: char) -> bool {
        let n = c as u32;
        if n < 256 {
            self.low[(n / 64) as usize] & (1 << (n % 64)) != 0
        } else {
            self.high
        }
    }
}

/// Compiles a parsed pattern.
pub(crate) fn compile(parsed: Parsed) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        repeats: 0,
    };
    c.node(&parsed.node);
    c.insts.push(Inst::Match);
    let first = {
        let mut f = FirstChars::NONE;
        if first_chars(&parsed.node, &mut f) {
            None
        } else {
            Some(f)
        }
    };
    let anchored_start = starts_anchored(&parsed.node);
    Program {
        insts: c.insts,
        sets: c.sets,
        groups: parsed.groups,
        repeats: c.repeats,
        names: parsed.names,
        flags: parsed.flags,
        is_bytes: parsed.bytes,
        first,
        anchored_start,
    }
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    repeats: usize,
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn one(&mut self, node: &Node) -> Option<One> {
        Some(match node {
            Node::Char { c, icase: false, .. } => One::Char(*c),
            Node::Char { c, icase: true, ascii } => One::CharNoCase { c: *c, ascii: *ascii },
            Node::Any { dotall: true } => One::Any,
            Node::Any { dotall: false } => One::NotNewline,
            Node::Set(set) => {
                self.sets.push(CharSet::clone(set));
                One::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn node(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
                if let Some(one) = self.one(node) {
                    self.insts.push(Inst::One(one));
                }
            }
            Node::Concat(items) => {
                let mut run: Vec<char> = Vec::new();
                for item in items {
                    if let Node::Char { c, icase: false, .. } = item {
                        run.push(*c);
                        continue;
                    }
                    self.literal(std::mem::take(&mut run));
                    self.node(item);
                }
                self.literal(run);
            }
            Node::Alt(branches) => {
                // Split b1, next; b1; Jump end; next: Split b2, next2; ...
                let mut jumps = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split {
                            first: split + 1,
                            second: 0,
                        });
                        self.node(branch);
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jump(0));
                        let next = self.pc();
                        if let Inst::Split { second, .. } = &mut self.insts[split] {
                            *second = next;
                        }
                    } else {
                        self.node(branch);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jump(end);
                }
            }
            Node::Group(n, body) => {
                self.insts.push(Inst::Save(2 * n));
                self.node(body);
                self.insts.push(Inst::Save(2 * n + 1));
            }
            Node::Repeat {
                node: body,
                min,
                max,
                kind,
            } => self.repeat(body, *min, *max, *kind),
            Node::At(anchor) => self.insts.push(Inst::At(*anchor)),
            Node::Backref { group, icase, ascii } => self.insts.push(Inst::Backref {
                group: *group,
                icase: *icase,
                ascii: *ascii,
            }),
            Node::Look {
                behind,
                negate,
                node: body,
            } => {
                let at = self.pc();
                let width = if *behind { fixed_width(body) } else { None };
                self.insts.push(Inst::Look {
                    behind: width,
                    negate: *negate,
                    end: 0,
                });
                self.node(body);
                self.insts.push(Inst::SubMatch);
                let end = self.pc();
                if let Inst::Look { end: e, .. } = &mut self.insts[at] {
                    *e = end;
                }
            }
            Node::Atomic(body) => self.atomic(|c| c.node(body)),
            Node::Cond { group, yes, no } => {
                let at = self.pc();
                self.insts.push(Inst::IfGroup { group: *group, no: 0 });
                self.node(yes);
                let jump = self.pc();
                self.insts.push(Inst::Jump(0));
                let no_at = self.pc();
                self.node(no);
                let end = self.pc();
                self.insts[jump] = Inst::Jump(end);
                if let Inst::IfGroup { no, .. } = &mut self.insts[at] {
                    *no = no_at;
                }
            }
        }
    }

    /// A run of literal characters.
    fn literal(&mut self, run: Vec<char>) {
        match run.len() {
            0 => {}
            1 => self.insts.push(Inst::One(One::Char(run[0]))),
            _ => self.insts.push(Inst::Literal(run.into())),
        }
    }

    fn atomic(&mut self, body: impl FnOnce(&mut Compiler)) {
        let at = self.pc();
        self.insts.push(Inst::Atomic { end: 0 });
        body(self);
        self.insts.push(Inst::SubMatch);
        let end = self.pc();
        if let Inst::Atomic { end: e } = &mut self.insts[at] {
            *e = end;
        }
    }

    fn repeat(&mut self, body: &Node, min: u32, max: u32, kind: RepeatKind) {
        if kind == RepeatKind::Possessive {
            return self.atomic(|c| c.repeat(body, min, max, RepeatKind::Greedy));
        }
        let greedy = kind == RepeatKind::Greedy;
        if let Some(one) = self.one(body) {
            self.insts.push(Inst::Star { one, min, max, greedy });
            return;
        }
        if min == 0 && max == 1 {
            // `x?`: no counter needed.
            let split = self.pc();
            self.insts.push(Inst::Split { first: 0, second: 0 });
            self.node(body);
            let end = self.pc();
            self.insts[split] = if greedy {
                Inst::Split {
                    first: split + 1,
                    second: end,
                }
            } else {
                Inst::Split {
                    first: end,
                    second: split + 1,
                }
            };
            return;
        }
        let reg = self.repeats;
        self.repeats += 1;
        self.insts.push(Inst::RepeatStart { reg });
        let head = self.pc();
        self.insts.push(Inst::RepeatHead {
            reg,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.node(body);
        self.insts.push(Inst::RepeatTail { reg, head });
        let exit = self.pc();
        if let Inst::RepeatHead { exit: e, .. } = &mut self.insts[head] {
            *e = exit;
        }
    }
}

/// The width of every match of `node`, where all have one (what a
/// lookbehind needs).
pub(crate) fn fixed_width(node: &Node) -> Option<usize> {
    Some(match node {
        Node::Empty | Node::At(_) | Node::Look { .. } => 0,
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => 1,
        Node::Concat(items) => {
            let mut total = 0usize;
            for item in items {
                total = total.checked_add(fixed_width(item)?)?;
            }
            total
        }
        Node::Alt(branches) => {
            let first = fixed_width(branches.first()?)?;
            for b in &branches[1..] {
                if fixed_width(b)? != first {
                    return None;
                }
            }
            first
        }
        Node::Group(_, body) | Node::Atomic(body) => fixed_width(body)?,
        Node::Repeat { node, min, max, .. } if min == max => fixed_width(node)?.checked_mul(*min as usize)?,
        Node::Cond { yes, no, .. } => {
            let w = fixed_width(yes)?;
            if fixed_width(no)? != w {
                return None;
            }
            w
        }
        Node::Repeat { .. } | Node::Backref { .. } => return None,
    })
}

/// Adds to `f` the characters a match of `node` can start with; returns
/// whether `node` can match without consuming a character (then what
/// follows it may start the match too).
fn first_chars(node: &Node, f: &mut FirstChars) -> bool {
    match node {
        Node::Empty | Node::At(_) | Node::Look { .. } => true,
        Node::Char { c, icase, .. } => {
            f.add_char(*c);
            if *icase {
                f.add_char(super::charset::lower(*c));
                f.add_char(super::charset::upper(*c));
                f.add_char(c.to_ascii_lowercase());
                f.add_char(c.to_ascii_uppercase());
                // Characters that fold to an ASCII letter from above 255
                // (the Kelvin sign, the long s).
                f.high = true;
            }
            false
        }
        Node::Any { .. } => {
            f.low = [u64::MAX; 4];
            f.high = true;
            false
        }
        Node::Set(set) => {
            let low = set.low_bitmap();
            f.union(&FirstChars {
                low,
                high: set.has_high(),
            });
            false
        }
        Node::Concat(items) => {
            for item in items {
                if !first_chars(item, f) {
                    return false;
                }
            }
            true
        }
        Node::Alt(branches) => {
            let mut empty = false;
            for b in branches {
                empty |= first_chars(b, f);
            }
            empty
        }
        Node::Group(_, body) | Node::Atomic(body) => first_chars(body, f),
        Node::Repeat { node, min, .. } => first_chars(node, f) || *min == 0,
        Node::Backref { .. } | Node::Cond { .. } => {
            f.low = [u64::MAX; 4];
            f.high = true;
            true
        }
    }
}

/// Whether every match must start at the start of the text.
fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::At(Anchor::StartText) => true,
        Node::Concat(items) => items.first().is_some_and(starts_anchored),
        Node::Group(_, body) | Node::Atomic(body) => starts_anchored(body),
        Node::Alt(branches) => branches.iter().all(starts_anchored),
        _ => false,
    }
}
