//! The pattern language of Python's `re`, read into a tree: CPython
//! 3.11's syntax (its `sre_parse`), its flags and its error messages with
//! their positions, so `re.error` says what CPython's says.

use super::charset::{Category, CharSet, SetItem};
use crate::limits::StackBudget;

pub(crate) const FLAG_IGNORECASE: u32 = 2;
pub(crate) const FLAG_LOCALE: u32 = 4;
pub(crate) const FLAG_MULTILINE: u32 = 8;
pub(crate) const FLAG_DOTALL: u32 = 16;
pub(crate) const FLAG_UNICODE: u32 = 32;
pub(crate) const FLAG_VERBOSE: u32 = 64;
pub(crate) const FLAG_ASCII: u32 = 256;

/// Groups nested deeper than this are refused as CPython's recursive
/// parser refuses them (RecursionError; CPython's stops near 495), which
/// also bounds every recursion over the tree and the matcher's nested
/// runs.
pub(crate) const MAX_NESTING: usize = 400;

/// Repeat counts at or above this are CPython's `OverflowError`.
pub(crate) const MAX_REPEAT: u32 = u32::MAX;

/// A pattern's tree. Flags that change the meaning of a node (case,
/// `.` and newlines, `^`/`$` and lines, ASCII classes) are settled into the
/// node as it is read, so scoped flags `(?i:...)` need no state later.
#[derive(Debug)]
pub(crate) enum Node {
    Empty,
    /// `ascii`: only ASCII letters fold under `icase`.
    Char {
        c: char,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Set(Box<CharSet>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    At(Anchor),
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Anchor {
    /// `\A`, and `^` without MULTILINE.
    StartText,
    /// `^` with MULTILINE.
    StartLine,
    /// `$` without MULTILINE: the end, or before a newline that ends it.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndText,
    WordBoundary {
        ascii: bool,
    },
    NotWordBoundary {
        ascii: bool,
    },
}

/// Why a pattern does not compile: `re.error(msg, pattern, pos)`, or the
/// other exceptions CPython raises while compiling.
#[derive(Debug)]
pub(crate) enum ParseError {
    Re {
        msg: String,
        pos: Option<usize>,
    },
    Overflow(String),
    /// Flags that do not go together.
    Value(String),
    Recursion,
}

type PResult<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError::Re {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// A pattern read: its tree, group count, group names, and its flags
/// with the inline global ones and the implied UNICODE (as `Pattern.flags`).
pub(crate) struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    pub bytes: bool,
}

struct Parser<'p> {
    /// The pattern, one entry per code point (a bytes pattern's bytes as
    /// U+0000..U+00FF).
    src: &'p [char],
    pos: usize,
    bytes: bool,
    /// Global flags (the pattern's and its leading `(?x)` ones).
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose `)` has not been read: a backreference to one is an
    /// error.
    open: Vec<usize>,
    /// The groups conditionals name, with the name's position.
    cond_refs: Vec<(usize, usize)>,
    depth: usize,
    /// The host stack the parser may use (it recurses once per group).
    budget: StackBudget,
}

/// Reads `src` (a str pattern's code points, or a bytes pattern's bytes)
/// with `flags`.
pub(crate) fn parse(src: &[char], bytes: bool, flags: u32, budget: StackBudget) -> PResult<Parsed> {
    check_flags(bytes, flags)?;
    let mut p = Parser::new(src, bytes, flags, budget);
    // Leading global flags (`(?x)`) change how all of the pattern reads:
    // CPython reads it again with them; so do we.
    let node = p.alternation(flags)?;
    if p.flags != flags {
        let flags = p.flags;
        p = Parser::new(src, bytes, flags, budget);
        let node = p.alternation(flags)?;
        return p.finish(node);
    }
    p.finish(node)
}

/// The flags errors CPython reports for a pattern's flags.
/// (CPython checks the flags given and the global inline ones together,
/// after reading, and says what is wrong with a ValueError.)
fn check_flags(bytes: bool, flags: u32) -> PResult<()> {
    let fail = |msg: &str| Err(ParseError::Value(msg.into()));
    if bytes {
        if flags & FLAG_UNICODE != 0 {
            return fail("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return fail("ASCII and LOCALE flags are incompatible");
        }
    } else {
        if flags & FLAG_LOCALE != 0 {
            return fail("cannot use LOCALE flag with a str pattern");
        }
        if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
            return fail("ASCII and UNICODE flags are incompatible");
        }
    }
    Ok(())
}

impl<'p> Parser<'p> {
    fn new(src: &'p [char], bytes: bool, flags: u32, budget: StackBudget) -> Parser<'p> {
        Parser {
            src,
            pos: 0,
            bytes,
            flags,
            groups: 0,
            names: Vec::new(),
            open: Vec::new(),
            cond_refs: Vec::new(),
            depth: 0,
            budget,
        }
    }

    /// One level deeper into groups.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING || self.budget.exhausted() {
            return Err(ParseError::Recursion);
        }
        Ok(())
    }

    fn finish(self, node: Node) -> PResult<Parsed> {
        if self.pos < self.src.len() {
            // `alternation` stops only at the end or at a `)`.
            return err("unbalanced parenthesis", self.pos);
        }
        if let Some(&(group, pos)) = self.cond_refs.iter().find(|&&(g, _)| g > self.groups) {
            return err(format!("invalid group reference {group}"), pos);
        }
        let mut flags = self.flags;
        if !self.bytes && flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        }
        Ok(Parsed {
            node,
            groups: self.groups,
            names: self.names,
            flags,
            bytes: self.bytes,
        })
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.src.get(self.pos + ahead).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Skips VERBOSE's whitespace and `#` comments.
    fn skip_verbose(&mut self, flags: u32) {
        if flags & FLAG_VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, flags: u32) -> PResult<Node> {
        self.enter()?;
        let mut branches = vec![self.sequence(flags)?];
        while self.eat('|') {
            branches.push(self.sequence(flags)?);
        }
        self.depth -= 1;
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn sequence(&mut self, mut flags: u32) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose(flags);
            let start = self.pos;
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            self.pos += 1;
            let item = match c {
                '(' => match self.group(flags, start)? {
                    GroupRead::Node(n) => n,
                    GroupRead::Nothing => continue,
                    GroupRead::GlobalFlags(f) => {
                        flags = f;
                        continue;
                    }
                },
                '[' => Node::Set(Box::new(self.set(flags, start)?)),
                '.' => Node::Any {
                    dotall: flags & FLAG_DOTALL != 0,
                },
                '^' => Node::At(if flags & FLAG_MULTILINE != 0 {
                    Anchor::StartLine
                } else {
                    Anchor::StartText
                }),
                '$' => Node::At(if flags & FLAG_MULTILINE != 0 {
                    Anchor::EndLine
                } else {
                    Anchor::End
                }),
                '\\' => self.escape(flags, start)?,
                '*' | '+' | '?' => return self.repeat_error(&items, start),
                '{' => match self.counts()? {
                    Some(_) => {
                        self.pos = start + 1;
                        return self.repeat_error(&items, start);
                    }
                    None => self.literal('{', flags),
                },
                c => self.literal(c, flags),
            };
            items.push(item);
            self.quantifiers(&mut items, flags)?;
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    #[inline(never)]
    fn repeat_error(&self, items: &[Node], start: usize) -> PResult<Node> {
        match items.last() {
            Some(Node::Repeat { .. }) => err("multiple repeat", start),
            _ => err("nothing to repeat", start),
        }
    }

    fn literal(&self, c: char, flags: u32) -> Node {
        let ascii = self.ascii(flags);
        // Whether ignoring case can change what `c` matches (an ASCII
        // letter may match the Kelvin sign or the long s).
        let cased = if ascii || c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            c.is_lowercase() || c.is_uppercase() || super::charset::has_case(c)
        };
        Node::Char {
            c,
            icase: flags & FLAG_IGNORECASE != 0 && cased,
            ascii,
        }
    }

    /// Whether classes and case are ASCII's (bytes patterns, `re.ASCII`).
    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & FLAG_ASCII != 0
    }

    /// Reads the quantifiers after the last item of `items`.
    #[inline(never)]
    fn quantifiers(&mut self, items: &mut Vec<Node>, flags: u32) -> PResult<()> {
        loop {
            self.skip_verbose(flags);
            let start = self.pos;
            let (min, max) = match self.peek() {
                Some('*') => {
                    self.pos += 1;
                    (0, MAX_REPEAT)
                }
                Some('+') => {
                    self.pos += 1;
                    (1, MAX_REPEAT)
                }
                Some('?') => {
                    self.pos += 1;
                    (0, 1)
                }
                Some('{') => {
                    self.pos += 1;
                    match self.counts()? {
                        Some(counts) => counts,
                        None => {
                            self.pos = start;
                            return Ok(());
                        }
                    }
                }
                _ => return Ok(()),
            };
            let item = items.pop().unwrap_or(Node::Empty);
            match item {
                Node::Repeat { .. } => return err("multiple repeat", start),
                Node::At(_) | Node::Empty => return err("nothing to repeat", start),
                _ => {}
            }
            let kind = if self.eat('?') {
                RepeatKind::Lazy
            } else if self.eat('+') {
                RepeatKind::Possessive
            } else {
                RepeatKind::Greedy
            };
            items.push(Node::Repeat {
                node: Box::new(item),
                min,
                max,
                kind,
            });
        }
    }

    /// After a `{`: `m}`, `m,}`, `,n}` or `m,n}` as counts, or None where
    /// the brace is a literal (then the position is back after the `{`).
    #[inline(never)]
    fn counts(&mut self) -> PResult<Option<(u32, u32)>> {
        let open = self.pos - 1;
        let lo_text = self.digits();
        let hi_text = if self.eat(',') { Some(self.digits()) } else { None };
        if !self.eat('}') || lo_text.is_empty() && hi_text.is_none() {
            self.pos = open + 1;
            return Ok(None);
        }
        let number = |digits: &str| -> PResult<u32> {
            match digits.parse::<u64>() {
                Ok(n) if n < MAX_REPEAT as u64 => Ok(n as u32),
                _ => Err(ParseError::Overflow("the repetition number is too large".into())),
            }
        };
        let min = if lo_text.is_empty() { 0 } else { number(&lo_text)? };
        let max = match hi_text {
            None => min,
            Some(h) if h.is_empty() => MAX_REPEAT,
            Some(h) => number(&h)?,
        };
        if max < min {
            return err("min repeat greater than max repeat", open + 1);
        }
        Ok(Some((min, max)))
    }

    fn digits(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_digit) {
            out.push(c);
            self.pos += 1;
        }
        out
    }

    /// A group after its `(` at `start`.
    fn group(&mut self, flags: u32, start: usize) -> PResult<GroupRead> {
        if !self.eat('?') {
            let index = self.open_group();
            let body = self.group_body(flags, start)?;
            self.open.retain(|&g| g != index);
            return Ok(GroupRead::Node(Node::Group(index, Box::new(body))));
        }
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.pos);
        };
        self.pos += 1;
        match c {
            ':' => Ok(GroupRead::Node(self.group_body(flags, start)?)),
            '>' => Ok(GroupRead::Node(Node::Atomic(Box::new(self.group_body(flags, start)?)))),
            '=' | '!' => {
                let body = self.group_body(flags, start)?;
                Ok(GroupRead::Node(Node::Look {
                    behind: false,
                    negate: c == '!',
                    node: Box::new(body),
                }))
            }
            '<' => {
                let Some(kind) = self.peek() else {
                    return err("unexpected end of pattern", self.pos);
                };
                if kind != '=' && kind != '!' {
                    return err(format!("unknown extension ?<{kind}"), start + 1);
                }
                self.pos += 1;
                let body = self.group_body(flags, start)?;
                if super::program::fixed_width(&body).is_none() {
                    return Err(ParseError::Re {
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                    });
                }
                Ok(GroupRead::Node(Node::Look {
                    behind: true,
                    negate: kind == '!',
                    node: Box::new(body),
                }))
            }
            '#' => {
                loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => break,
                        Some(_) => self.pos += 1,
                    }
                }
                self.pos += 1;
                Ok(GroupRead::Nothing)
            }
            'P' => match self.peek() {
                Some('<') => {
                    self.pos += 1;
                    let name = self.group_name('>', false)?;
                    let index = self.open_group();
                    if let Some(&(_, was)) = self.names.iter().find(|(n, _)| *n == name) {
                        return err(
                            format!(
                                "redefinition of group name {} as group {index}; was group {was}",
                                py_repr(&name)
                            ),
                            self.pos - name.chars().count() - 1,
                        );
                    }
                    self.names.push((name, index));
                    let body = self.group_body(flags, start)?;
                    self.open.retain(|&g| g != index);
                    Ok(GroupRead::Node(Node::Group(index, Box::new(body))))
                }
                Some('=') => {
                    self.pos += 1;
                    let name_pos = self.pos;
                    let name = self.group_name(')', false)?;
                    let Some(group) = self.names.iter().find(|(n, _)| *n == name).map(|&(_, g)| g) else {
                        return err(format!("unknown group name {}", py_repr(&name)), name_pos);
                    };
                    if self.open.contains(&group) {
                        return err("cannot refer to an open group", name_pos);
                    }
                    Ok(GroupRead::Node(Node::Backref {
                        group,
                        icase: flags & FLAG_IGNORECASE != 0,
                        ascii: self.ascii(flags),
                    }))
                }
                Some(other) => err(format!("unknown extension ?P{other}"), start + 1),
                None => err("unexpected end of pattern", self.pos),
            },
            '(' => self.conditional(flags, start),
            c if c == '-' || is_flag_char(c) => {
                self.pos -= 1;
                self.inline_flags(flags, start)
            }
            c => err(format!("unknown extension ?{c}"), start + 1),
        }
    }

    fn open_group(&mut self) -> usize {
        self.groups += 1;
        self.open.push(self.groups);
        self.groups
    }

    /// The rest of a group up to its `)`.
    fn group_body(&mut self, flags: u32, start: usize) -> PResult<Node> {
        let body = self.alternation(flags)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(body)
    }

    /// A group name up to `end` (or a group number, where `numbers`).
    #[inline(never)]
    fn group_name(&mut self, end: char, numbers: bool) -> PResult<String> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    if name.is_empty() {
                        return err("missing group name", start);
                    }
                    let what = if end == '>' {
                        "missing >, unterminated name"
                    } else {
                        "missing ), unterminated name"
                    };
                    return err(what, start);
                }
                Some(c) if c == end => break,
                Some(c) => {
                    name.push(c);
                    self.pos += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        self.pos += 1;
        let number = numbers && name.chars().all(|c| c.is_ascii_digit());
        if !number && (!crate::methods::str_case::is_identifier(&name) || (self.bytes && !name.is_ascii())) {
            return err(format!("bad character in group name {}", py_repr(&name)), start);
        }
        Ok(name)
    }

    /// `(?(group)yes|no)` after its `(?(`.
    #[inline(never)]
    fn conditional(&mut self, flags: u32, start: usize) -> PResult<GroupRead> {
        let name_pos = self.pos;
        let name = self.group_name(')', true)?;
        let group = if name.chars().all(|c| c.is_ascii_digit()) {
            let n: usize = name.parse().unwrap_or(usize::MAX);
            if n == 0 {
                return err("bad group number", name_pos);
            }
            n
        } else {
            match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, g)) => g,
                None => return err(format!("unknown group name {}", py_repr(&name)), name_pos),
            }
        };
        self.enter()?;
        let yes = self.sequence(flags)?;
        let no = if self.eat('|') {
            let no = self.sequence(flags)?;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.pos);
            }
            no
        } else {
            Node::Empty
        };
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        // CPython checks the number against the groups of the whole
        // pattern, known only at its end (`finish`).
        self.cond_refs.push((group, name_pos));
        Ok(GroupRead::Node(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        }))
    }

    /// `(?aiLmsux)`, `(?flags:...)` and `(?flags-flags:...)` from the `?`.
    #[inline(never)]
    fn inline_flags(&mut self, flags: u32, start: usize) -> PResult<GroupRead> {
        let mut add = 0;
        let mut del = 0;
        while let Some(c) = self.peek().filter(|&c| is_flag_char(c)) {
            self.pos += 1;
            add |= self.flag_bit(c)?;
        }
        if self.eat('-') {
            if self.peek().is_none() {
                return err("missing flag", self.pos);
            }
            while let Some(c) = self.peek() {
                if !is_flag_char(c) {
                    break;
                }
                self.pos += 1;
                let bit = self.flag_bit(c)?;
                if bit & (FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE) != 0 {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos - 1);
                }
                del |= bit;
            }
            if del == 0 {
                return err(
                    if self.peek().is_some_and(char::is_alphabetic) {
                        "unknown flag"
                    } else {
                        "missing flag"
                    },
                    self.pos,
                );
            }
            if add & del != 0 {
                return err("bad inline flags: flag turned on and off", self.pos - 1);
            }
            if self.peek() != Some(':') {
                return err(
                    if self.peek().is_some_and(char::is_alphabetic) {
                        "unknown flag"
                    } else {
                        "missing :"
                    },
                    self.pos,
                );
            }
        }
        match self.peek() {
            Some(')') if del == 0 => {
                self.pos += 1;
                if start != 0 {
                    return err("global flags not at the start of the expression", start);
                }
                check_flags(self.bytes, self.flags | add)?;
                self.flags |= add;
                Ok(GroupRead::GlobalFlags(flags | add))
            }
            Some(':') => {
                self.pos += 1;
                if add & (FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE) != 0
                    && (add & (FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE)).count_ones() > 1
                {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.pos - 1,
                    );
                }
                let mut inner = (flags | add) & !del;
                if add & FLAG_ASCII != 0 {
                    inner &= !FLAG_UNICODE;
                } else if add & FLAG_UNICODE != 0 {
                    inner &= !FLAG_ASCII;
                }
                let body = self.group_body(inner, start)?;
                Ok(GroupRead::Node(body))
            }
            Some(c) if c.is_alphabetic() => err("unknown flag", self.pos),
            None => err("missing -, : or )", self.pos),
            Some(_) => err("missing -, : or )", self.pos),
        }
    }

    fn flag_bit(&self, c: char) -> PResult<u32> {
        let bit = match c {
            'a' => FLAG_ASCII,
            'i' => FLAG_IGNORECASE,
            'L' => FLAG_LOCALE,
            'm' => FLAG_MULTILINE,
            's' => FLAG_DOTALL,
            'u' => FLAG_UNICODE,
            _ => FLAG_VERBOSE,
        };
        if self.bytes && bit == FLAG_UNICODE {
            return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos);
        }
        if !self.bytes && bit == FLAG_LOCALE {
            return err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos);
        }
        Ok(bit)
    }

    /// An escape outside a set, after its `\` at `start`.
    #[inline(never)]
    fn escape(&mut self, flags: u32, start: usize) -> PResult<Node> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.pos += 1;
        let ascii = self.ascii(flags);
        let category =
            |cat: Category| Node::Set(Box::new(CharSet::new(vec![SetItem::Class(cat)], false, false, ascii)));
        Ok(match c {
            'A' => Node::At(Anchor::StartText),
            'Z' => Node::At(Anchor::EndText),
            'b' => Node::At(Anchor::WordBoundary { ascii }),
            'B' => Node::At(Anchor::NotWordBoundary { ascii }),
            'd' => category(Category::Digit),
            'D' => category(Category::NotDigit),
            's' => category(Category::Space),
            'S' => category(Category::NotSpace),
            'w' => category(Category::Word),
            'W' => category(Category::NotWord),
            '1'..='9' => return self.group_ref_or_octal(c, flags, start),
            _ => {
                let value = self.char_escape(c, start, false)?;
                self.literal(value, flags)
            }
        })
    }

    /// `\1`..`\99` or a three-digit octal escape.
    #[inline(never)]
    fn group_ref_or_octal(&mut self, first: char, flags: u32, start: usize) -> PResult<Node> {
        let mut text = first.to_string();
        if let Some(d) = self.peek().filter(char::is_ascii_digit) {
            if is_octal(first) && is_octal(d) && self.peek_at(1).is_some_and(is_octal) {
                let e = self.peek_at(1).unwrap_or('0');
                self.pos += 2;
                let value = u32::from_str_radix(&format!("{first}{d}{e}"), 8).unwrap_or(0);
                if value > 0o377 {
                    return err(
                        format!("octal escape value \\{first}{d}{e} outside of range 0-0o377"),
                        start,
                    );
                }
                return Ok(self.literal(char::from_u32(value).unwrap_or('\0'), flags));
            }
            text.push(d);
            self.pos += 1;
        }
        let group: usize = text.parse().unwrap_or(0);
        if group > self.groups {
            return err(format!("invalid group reference {group}"), start + 1);
        }
        if self.open.contains(&group) {
            return err("cannot refer to an open group", start);
        }
        Ok(Node::Backref {
            group,
            icase: flags & FLAG_IGNORECASE != 0,
            ascii: self.ascii(flags),
        })
    }

    /// The character an escape stands for, after its `\` at `start`
    /// (`c` read): the escapes common to sets and the rest of a pattern.
    #[inline(never)]
    fn char_escape(&mut self, c: char, start: usize, in_set: bool) -> PResult<char> {
        let simple = match c {
            'a' => Some('\x07'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(v);
        }
        match c {
            'x' => self.hex_escape(2, 'x', start),
            'u' if !self.bytes => self.hex_escape(4, 'u', start),
            'U' if !self.bytes => {
                let v = self.hex_escape_value(8, 'U', start)?;
                char::from_u32(v)
                    .ok_or(())
                    .or_else(|()| err(format!("bad escape \\U{v:08x}"), start))
            }
            'N' if !self.bytes => self.named_escape(start),
            '0' => {
                let mut value = 0;
                for _ in 0..2 {
                    match self.peek().filter(|&c| is_octal(c)) {
                        Some(d) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            self.pos += 1;
                        }
                        None => break,
                    }
                }
                Ok(char::from_u32(value).unwrap_or('\0'))
            }
            '1'..='7' if in_set => {
                let mut value = c.to_digit(8).unwrap_or(0);
                let mut text = c.to_string();
                for _ in 0..2 {
                    match self.peek().filter(|&c| is_octal(c)) {
                        Some(d) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            text.push(d);
                            self.pos += 1;
                        }
                        None => break,
                    }
                }
                if value > 0o377 {
                    return err(format!("octal escape value \\{text} outside of range 0-0o377"), start);
                }
                Ok(char::from_u32(value).unwrap_or('\0'))
            }
            c if c.is_ascii_alphanumeric() => err(format!("bad escape \\{c}"), start),
            c => Ok(c),
        }
    }

    fn hex_escape(&mut self, n: usize, letter: char, start: usize) -> PResult<char> {
        let v = self.hex_escape_value(n, letter, start)?;
        Ok(char::from_u32(v).unwrap_or('\u{fffd}'))
    }

    #[inline(never)]
    fn hex_escape_value(&mut self, n: usize, letter: char, start: usize) -> PResult<u32> {
        let mut text = String::new();
        for _ in 0..n {
            match self.peek().filter(char::is_ascii_hexdigit) {
                Some(d) => {
                    text.push(d);
                    self.pos += 1;
                }
                None => return err(format!("incomplete escape \\{letter}{text}"), start),
            }
        }
        Ok(u32::from_str_radix(&text, 16).unwrap_or(0))
    }

    /// `\N{NAME}`: Rumba has no table of Unicode names; a pattern that
    /// uses one is refused as CPython refuses an unknown name.
    #[inline(never)]
    fn named_escape(&mut self, start: usize) -> PResult<char> {
        if !self.eat('{') {
            return err("missing {", self.pos);
        }
        let name_start = self.pos;
        while self.peek().is_some_and(|c| c != '}') {
            self.pos += 1;
        }
        if !self.eat('}') {
            return err("missing }, unterminated name", name_start);
        }
        let name: String = self.src[name_start..self.pos - 1].iter().collect();
        err(format!("undefined character name {}", py_repr(&name)), start)
    }

    /// A set after its `[` at `start`.
    #[inline(never)]
    fn set(&mut self, flags: u32, start: usize) -> PResult<CharSet> {
        let ascii = self.ascii(flags);
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let item_start = self.pos;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            self.pos += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = match c {
                '\\' => match self.set_escape(item_start)? {
                    SetAtom::Char(v) => v,
                    SetAtom::Class(cat) => {
                        items.push(SetItem::Class(cat));
                        continue;
                    }
                },
                c => c,
            };
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.pos += 1;
                let hi_start = self.pos;
                let Some(hc) = self.peek() else {
                    return err("unterminated character set", start);
                };
                self.pos += 1;
                let hi = match hc {
                    '\\' => match self.set_escape(hi_start)? {
                        SetAtom::Char(v) => v,
                        SetAtom::Class(_) => {
                            let text: String = self.src[item_start..self.pos].iter().collect();
                            return err(format!("bad character range {text}"), item_start);
                        }
                    },
                    c => c,
                };
                if hi < lo {
                    let text: String = self.src[item_start..self.pos].iter().collect();
                    return err(format!("bad character range {text}"), item_start);
                }
                items.push(SetItem::Range(lo as u32, hi as u32));
            } else if self.peek() == Some('-') && self.peek_at(1).is_none() {
                return err("unterminated character set", start);
            } else {
                items.push(SetItem::Range(lo as u32, lo as u32));
            }
        }
        let icase = flags & FLAG_IGNORECASE != 0;
        Ok(CharSet::new(items, negated, icase, ascii))
    }

    /// An escape inside a set, after its `\` at `start`.
    #[inline(never)]
    fn set_escape(&mut self, start: usize) -> PResult<SetAtom> {
        let Some(c) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.pos += 1;
        Ok(match c {
            'd' => SetAtom::Class(Category::Digit),
            'D' => SetAtom::Class(Category::NotDigit),
            's' => SetAtom::Class(Category::Space),
            'S' => SetAtom::Class(Category::NotSpace),
            'w' => SetAtom::Class(Category::Word),
            'W' => SetAtom::Class(Category::NotWord),
            'b' => SetAtom::Char('\x08'),
            c => SetAtom::Char(self.char_escape(c, start, true)?),
        })
    }
}

enum GroupRead {
    Node(Node),
    /// A comment.
    Nothing,
    /// `(?i)` at the start: the flags from here on.
    GlobalFlags(u32),
}

enum SetAtom {
    Char(char),
    Class(Category),
}

fn is_flag_char(c: char) -> bool {
    matches!(c, 'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x')
}

fn is_octal(c: char) -> bool {
    ('0'..='7').contains(&c)
}

/// Python's `repr` of a str without quotes inside: enough for names.
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}
