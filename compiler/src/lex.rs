//! The lexer: source text to tokens, with Python's layout rules.
//!
//! Indentation becomes `Indent`/`Dedent` tokens, line breaks inside
//! brackets are ignored (implicit joining), a backslash at the end of a line
//! joins it with the next, and every logical line ends with `Newline`.
//! String literals are unescaped here, except f-strings, whose text the
//! parser splits into literal parts and fields.

use crate::error::SyntaxError;
use rumba_vm::limits::{CompileMeter, Unmetered, BYTES_PER_TICK};

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(i64),
    /// An integer literal too large for 64 bits: its decimal digits, or its
    /// digits after a `0x`, `0o` or `0b` prefix (no underscores).
    BigInt(String),
    Float(f64),
    /// An imaginary literal (`2j`, `1.5J`): its imaginary part.
    Imag(f64),
    Str(String),
    /// A bytes literal (`b"..."`, `rb"..."`) after its escapes.
    Bytes(Vec<u8>),
    /// An f-string's text between its quotes, escapes not yet processed.
    FStr {
        text: String,
        raw: bool,
    },
    /// An operator or delimiter, e.g. `"+"`, `"**="`, `"("`.
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    pub col: u32,
    /// Where the token ends: the line and column just past its last
    /// character (for the end positions of the nodes it closes).
    pub end_line: u32,
    pub end_col: u32,
}

/// Deepest indentation CPython's tokenizer accepts.
const MAX_INDENT_LEVELS: usize = 100;
/// Deepest bracket nesting CPython's tokenizer accepts.
const MAX_BRACKET_DEPTH: usize = 200;

const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "->", ":=", "@=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{",
    "}", ",", ":", ".", ";", "=", "@",
];

pub fn tokenize(source: &str) -> Result<Vec<Token>, SyntaxError> {
    tokenize_metered(source, &Unmetered)
}

/// `tokenize`, charging `meter` as it goes: the source's characters up
/// front, then each stretch of tokens for them and for the tree and code
/// they become (`TOKEN_BYTES`), so a huge source meets the heap limit and
/// the budget while it is read, not after.
pub fn tokenize_metered(source: &str, meter: &dyn CompileMeter) -> Result<Vec<Token>, SyntaxError> {
    if let Some(at) = source.find('\0') {
        // Anywhere, even inside a string literal, as in CPython.
        let before = &source[..at];
        let line = before.matches('\n').count() as u32 + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32;
        return Err(SyntaxError::new("source code cannot contain null bytes", line, col));
    }
    let chars = source.len().saturating_mul(std::mem::size_of::<char>());
    meter
        .charge((source.len() / BYTES_PER_TICK) as u64, chars)
        .map_err(|e| crate::limit_error(e, 1))?;
    Lexer::new(source, meter).run()
}

/// Memory a token stands for while compiling: itself, and about as much
/// again twice over for the syntax tree and the code made from it.
const TOKEN_BYTES: usize = std::mem::size_of::<Token>() * 3;

/// Tokens read between charges to the meter.
const CHARGE_EVERY: usize = 256;

struct Lexer<'m> {
    meter: &'m dyn CompileMeter,
    /// Tokens and characters charged for so far.
    charged: (usize, usize),
    chars: Vec<char>,
    pos: usize,
    line: u32,
    line_start: usize,
    indents: Vec<usize>,
    /// The same indentation with each tab counted as one column.
    alt_indents: Vec<usize>,
    brackets: Vec<(char, u32, u32)>,
    tokens: Vec<Token>,
    at_line_start: bool,
}

impl<'m> Lexer<'m> {
    fn new(source: &str, meter: &'m dyn CompileMeter) -> Lexer<'m> {
        Lexer {
            meter,
            charged: (0, 0),
            chars: source.chars().collect(),
            pos: 0,
            line: 1,
            line_start: 0,
            indents: vec![0],
            alt_indents: vec![0],
            brackets: Vec::new(),
            tokens: Vec::new(),
            at_line_start: true,
        }
    }

    fn col(&self) -> u32 {
        (self.pos - self.line_start) as u32
    }

    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    /// Adds a token that began at `line`, `col` and ends here.
    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        let (end_line, end_col) = (self.line, self.col());
        self.tokens.push(Token {
            tok,
            line,
            col,
            end_line,
            end_col,
        });
    }

    fn error(&self, msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError::new(msg, line, col)
    }

    fn newline(&mut self) {
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos;
    }

    /// Charges for the tokens and characters read since the last charge:
    /// a tick per token, and string payloads by their bytes.
    fn charge(&mut self) -> Result<(), SyntaxError> {
        let (tokens, chars) = (self.tokens.len() - self.charged.0, self.pos - self.charged.1);
        self.charged = (self.tokens.len(), self.pos);
        let bytes = tokens.saturating_mul(TOKEN_BYTES).saturating_add(chars);
        self.meter
            .charge(tokens as u64 + (chars / BYTES_PER_TICK) as u64, bytes)
            .map_err(|e| crate::limit_error(e, self.line))
    }

    fn run(mut self) -> Result<Vec<Token>, SyntaxError> {
        while self.pos < self.chars.len() {
            if self.tokens.len() >= self.charged.0 + CHARGE_EVERY || self.pos >= self.charged.1 + (CHARGE_EVERY << 8) {
                self.charge()?;
            }
            if self.at_line_start {
                self.at_line_start = false;
                if self.indentation()? {
                    continue;
                }
            }
            let c = self.chars[self.pos];
            let (line, col) = (self.line, self.col());
            match c {
                '\n' | '\r' => {
                    if c == '\r' && self.peek(1) == Some('\n') {
                        self.pos += 1;
                    }
                    if self.brackets.is_empty()
                        && !matches!(self.tokens.last().map(|t| &t.tok), Some(Tok::Newline) | None)
                    {
                        self.push(Tok::Newline, line, col);
                    }
                    self.newline();
                    if self.brackets.is_empty() {
                        self.at_line_start = true;
                    }
                }
                ' ' | '\t' | '\x0c' => self.pos += 1,
                '#' => {
                    while self.pos < self.chars.len() && !matches!(self.chars[self.pos], '\n' | '\r') {
                        self.pos += 1;
                    }
                }
                // A continuation with nothing after it, not even the next
                // line's first character, is CPython's end of file inside
                // a statement; the caret goes past the backslash.
                '\\' => match self.peek(1) {
                    Some('\n') => {
                        self.pos += 1;
                        self.newline();
                        if self.pos >= self.chars.len() {
                            return Err(self.error("unexpected EOF while parsing", line, col + 1));
                        }
                    }
                    Some('\r') => {
                        self.pos += 1;
                        if self.peek(1) == Some('\n') {
                            self.pos += 1;
                        }
                        self.newline();
                        if self.pos >= self.chars.len() {
                            return Err(self.error("unexpected EOF while parsing", line, col + 1));
                        }
                    }
                    None => return Err(self.error("unexpected EOF while parsing", line, col + 1)),
                    _ => return Err(self.error("unexpected character after line continuation character", line, col)),
                },
                '0'..='9' => self.number()?,
                '.' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                c if c == '_' || c.is_alphabetic() => {
                    let start = self.pos;
                    while self.pos < self.chars.len()
                        && (self.chars[self.pos] == '_' || self.chars[self.pos].is_alphanumeric())
                    {
                        self.pos += 1;
                    }
                    let word: String = self.chars[start..self.pos].iter().collect();
                    if matches!(self.peek(0), Some('\'' | '"')) {
                        if let Some(prefix) = string_prefix(&word) {
                            self.string(prefix, line, col)?;
                            continue;
                        }
                    }
                    self.push(Tok::Name(word), line, col);
                }
                '\'' | '"' => self.string(Prefix::default(), line, col)?,
                _ => self.operator(line, col)?,
            }
        }
        if let Some(&(open, line, col)) = self.brackets.last() {
            return Err(self.error(format!("'{open}' was never closed"), line, col));
        }
        let (line, col) = (self.line, self.col());
        if !matches!(self.tokens.last().map(|t| &t.tok), Some(Tok::Newline) | None) {
            self.push(Tok::Newline, line, col);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, line, 0);
        }
        self.push(Tok::End, line, 0);
        Ok(self.tokens)
    }

    /// Measures the indentation of a new line and emits Indent/Dedent.
    /// Returns true if the line is blank or a comment (nothing emitted).
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        // As CPython's tokenizer: the width with tabs to the next multiple
        // of 8, and again counting a tab as 1; indentation whose order
        // differs between the two depends on the tab size (TabError).
        let mut width = 0;
        let mut alt = 0;
        while let Some(c) = self.peek(0) {
            match c {
                ' ' => {
                    width += 1;
                    alt += 1;
                }
                '\t' => {
                    width = (width / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    width = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek(0) {
            None | Some('#' | '\n' | '\r') => {
                // Blank and comment-only lines do not affect indentation.
                if let Some('#') = self.peek(0) {
                    while self.pos < self.chars.len() && !matches!(self.chars[self.pos], '\n' | '\r') {
                        self.pos += 1;
                    }
                }
                if let Some(c) = self.peek(0) {
                    if c == '\r' && self.peek(1) == Some('\n') {
                        self.pos += 1;
                    }
                    self.newline();
                    self.at_line_start = true;
                }
                return Ok(true);
            }
            Some('\\') => return Ok(false),
            _ => {}
        }
        let (line, col) = (self.line, self.col());
        let current = *self.indents.last().expect("the indent stack starts with 0");
        let current_alt = *self.alt_indents.last().expect("the indent stacks move together");
        if width == current && alt != current_alt {
            return Err(SyntaxError::tab(line, col));
        }
        if width > current {
            if alt <= current_alt {
                return Err(SyntaxError::tab(line, col));
            }
            if self.tokens.is_empty() || !matches!(self.tokens.last().map(|t| &t.tok), Some(Tok::Newline)) {
                return Err(SyntaxError::indentation("unexpected indent", line, col));
            }
            if self.indents.len() >= MAX_INDENT_LEVELS {
                return Err(SyntaxError::indentation("too many levels of indentation", line, col));
            }
            self.indents.push(width);
            self.alt_indents.push(alt);
            self.push(Tok::Indent, line, col);
        } else {
            while width < *self.indents.last().expect("non-empty") {
                self.indents.pop();
                self.alt_indents.pop();
                self.push(Tok::Dedent, line, col);
            }
            if width != *self.indents.last().expect("non-empty") {
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    line,
                    col,
                ));
            }
            if alt != *self.alt_indents.last().expect("non-empty") {
                return Err(SyntaxError::tab(line, col));
            }
        }
        Ok(false)
    }

    fn operator(&mut self, line: u32, col: u32) -> Result<(), SyntaxError> {
        let c = self.chars[self.pos];
        for op in OPERATORS {
            let len = op.chars().count();
            if self.pos + len <= self.chars.len() && op.chars().zip(&self.chars[self.pos..]).all(|(a, b)| a == *b) {
                self.pos += len;
                match *op {
                    "(" | "[" | "{" => {
                        if self.brackets.len() >= MAX_BRACKET_DEPTH {
                            return Err(self.error("too many nested parentheses", line, col));
                        }
                        self.brackets.push((c, line, col));
                    }
                    ")" | "]" | "}" => match self.brackets.pop() {
                        None => return Err(self.error(format!("unmatched '{c}'"), line, col)),
                        Some((open, open_line, _)) => {
                            let want = match open {
                                '(' => ')',
                                '[' => ']',
                                _ => '}',
                            };
                            if want != c {
                                let msg = if open_line == line {
                                    format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                                } else {
                                    format!(
                                        "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}"
                                    )
                                };
                                return Err(self.error(msg, line, col));
                            }
                        }
                    },
                    _ => {}
                }
                self.push(Tok::Op(op), line, col);
                return Ok(());
            }
        }
        let msg = if c == '$' || c == '?' || c == '`' || c == '!' {
            "invalid syntax".to_string()
        } else if c == '\0' {
            "source code cannot contain null bytes".to_string()
        } else if rumba_vm::unicode::is_printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            // Echoing a control character or a no-break space into the
            // message would show nothing, or garble the terminal.
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        Err(self.error(msg, line, col))
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col());
        let start = self.pos;
        let radix = if self.peek(0) == Some('0') {
            match self.peek(1).map(|c| c.to_ascii_lowercase()) {
                Some('x') => 16,
                Some('o') => 8,
                Some('b') => 2,
                _ => 10,
            }
        } else {
            10
        };
        if radix != 10 {
            self.pos += 2;
            let digits_start = self.pos;
            self.digits(|c| c.is_digit(radix))?;
            let digits: String = self.chars[digits_start..self.pos]
                .iter()
                .filter(|c| **c != '_')
                .collect();
            self.check_number_end(line, col, radix)?;
            if digits.is_empty() {
                let kind = match radix {
                    16 => "hexadecimal",
                    8 => "octal",
                    _ => "binary",
                };
                return Err(self.error(format!("invalid {kind} literal"), line, col));
            }
            let tok = match u64::from_str_radix(&digits, radix) {
                Ok(v) if v <= i64::MAX as u64 => Tok::Int(v as i64),
                Ok(v) => Tok::BigInt(v.to_string()),
                Err(_) => {
                    let prefix = match radix {
                        16 => "0x",
                        8 => "0o",
                        _ => "0b",
                    };
                    Tok::BigInt(format!("{prefix}{}", digits.trim_start_matches('0')))
                }
            };
            self.push(tok, line, col);
            return Ok(());
        }
        self.digits(|c| c.is_ascii_digit())?;
        let mut is_float = false;
        if self.peek(0) == Some('.') {
            is_float = true;
            self.pos += 1;
            if self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                self.digits(|c| c.is_ascii_digit())?;
            }
        }
        if matches!(self.peek(0), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), Some('+' | '-')) {
                self.pos += 1;
            }
            if self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                self.digits(|c| c.is_ascii_digit())?;
            } else {
                self.pos = save;
            }
        }
        let imaginary = matches!(self.peek(0), Some('j' | 'J'));
        let text: String = self.chars[start..self.pos].iter().filter(|c| **c != '_').collect();
        if imaginary {
            self.pos += 1;
            self.check_number_end(line, col, 10)?;
            let value: f64 = text
                .parse()
                .map_err(|_| self.error("invalid imaginary literal", line, col))?;
            self.push(Tok::Imag(value), line, col);
            return Ok(());
        }
        self.check_number_end(line, col, 10)?;
        if is_float {
            let value: f64 = text
                .parse()
                .map_err(|_| self.error("invalid decimal literal", line, col))?;
            self.push(Tok::Float(value), line, col);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
                return Err(self.error(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line,
                    col,
                ));
            }
            let tok = match text.parse::<i64>() {
                Ok(v) => Tok::Int(v),
                Err(_) => Tok::BigInt(text.trim_start_matches('0').to_string()),
            };
            self.push(tok, line, col);
        }
        Ok(())
    }

    /// Digits with single underscores between them.
    fn digits(&mut self, is_digit: impl Fn(char) -> bool) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col());
        let mut last_underscore = false;
        while let Some(c) = self.peek(0) {
            if is_digit(c) {
                last_underscore = false;
            } else if c == '_' && !last_underscore && self.peek(1).is_some_and(&is_digit) {
                last_underscore = true;
            } else {
                break;
            }
            self.pos += 1;
        }
        let _ = (line, col);
        Ok(())
    }

    fn check_number_end(&self, line: u32, col: u32, radix: u32) -> Result<(), SyntaxError> {
        if let Some(c) = self.peek(0) {
            if c == '_' || c.is_alphanumeric() {
                let kind = match radix {
                    16 => "hexadecimal",
                    8 => "octal",
                    2 => "binary",
                    _ => "decimal",
                };
                return Err(self.error(format!("invalid {kind} literal"), line, col));
            }
        }
        Ok(())
    }

    fn string(&mut self, prefix: Prefix, line: u32, col: u32) -> Result<(), SyntaxError> {
        let quote = self.chars[self.pos];
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        self.pos += if triple { 3 } else { 1 };
        let mut text = String::new();
        loop {
            let Some(c) = self.peek(0) else {
                let msg = if triple {
                    // CPython counts a final line break as ending the last
                    // line, not as starting another.
                    let detected = match self.chars.last() {
                        Some('\n') => self.line.saturating_sub(1).max(line),
                        _ => self.line,
                    };
                    format!("unterminated triple-quoted string literal (detected at line {detected})")
                } else {
                    format!("unterminated string literal (detected at line {})", self.line)
                };
                return Err(self.error(msg, line, col));
            };
            if c == quote && (!triple || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote))) {
                self.pos += if triple { 3 } else { 1 };
                break;
            }
            if c == '\\' {
                text.push(c);
                self.pos += 1;
                if let Some(next) = self.peek(0) {
                    match next {
                        '\n' => {
                            text.push('\n');
                            self.newline();
                        }
                        // A line continued in a file with CRLF (or CR) line
                        // ends: one newline, as CPython reads it.
                        '\r' => {
                            text.push('\n');
                            if self.peek(1) == Some('\n') {
                                self.pos += 1;
                            }
                            self.newline();
                        }
                        _ => {
                            text.push(next);
                            self.pos += 1;
                        }
                    }
                }
                continue;
            }
            if c == '\n' || c == '\r' {
                if !triple {
                    return Err(self.error(
                        format!("unterminated string literal (detected at line {})", self.line),
                        line,
                        col,
                    ));
                }
                if c == '\r' && self.peek(1) == Some('\n') {
                    self.pos += 1;
                }
                text.push('\n');
                self.newline();
                continue;
            }
            text.push(c);
            self.pos += 1;
        }
        let tok = if prefix.bytes {
            if !text.is_ascii() {
                return Err(self.error("bytes can only contain ASCII literal characters", line, col));
            }
            if prefix.raw {
                Tok::Bytes(text.into_bytes())
            } else {
                Tok::Bytes(unescape_bytes(&text).map_err(|m| self.error(m, line, col))?)
            }
        } else if prefix.format {
            Tok::FStr { text, raw: prefix.raw }
        } else if prefix.raw {
            Tok::Str(text)
        } else {
            Tok::Str(unescape(&text).map_err(|m| self.error(m, line, col))?)
        };
        self.push(tok, line, col);
        Ok(())
    }
}

#[derive(Clone, Copy, Default)]
struct Prefix {
    raw: bool,
    format: bool,
    bytes: bool,
}

fn string_prefix(word: &str) -> Option<Prefix> {
    let lower = word.to_ascii_lowercase();
    let p = match lower.as_str() {
        "r" => Prefix {
            raw: true,
            ..Default::default()
        },
        "u" => Prefix::default(),
        "f" => Prefix {
            format: true,
            ..Default::default()
        },
        "rf" | "fr" => Prefix {
            raw: true,
            format: true,
            bytes: false,
        },
        "b" => Prefix {
            bytes: true,
            ..Default::default()
        },
        "br" | "rb" => Prefix {
            bytes: true,
            raw: true,
            format: false,
        },
        _ => return None,
    };
    Some(p)
}

/// Processes backslash escapes as in a Python (non-raw) bytes literal
/// (whose text is ASCII): `\xNN` and octal escapes give one byte each
/// (an octal escape above 0o377 keeps its low eight bits, as in CPython),
/// and `\u`, `\U`, `\N` are not escapes in bytes.
pub fn unescape_bytes(text: &str) -> Result<Vec<u8>, String> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' || i >= b.len() {
            out.push(c);
            continue;
        }
        let e = b[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let digit = |at: usize| b.get(at).and_then(|c| (*c as char).to_digit(16));
                match (digit(i), digit(i + 1)) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => return Err(format!("(value error) invalid \\x escape at position {}", i - 2)),
                }
            }
            other => {
                // Unknown escapes keep the backslash (CPython warns).
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Processes backslash escapes as in a Python (non-raw) string literal.
pub fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '\\' || i >= chars.len() {
            out.push(c);
            continue;
        }
        let e = chars[i];
        i += 1;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.iter().skip(i).take(n).collect();
                if hex.len() != n || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
                        i - 2,
                        i - 1 + hex.len().min(n)
                    ));
                }
                i += n;
                let v = u32::from_str_radix(&hex, 16).unwrap_or(0xfffd);
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // CPython's strs may hold lone surrogates; Rumba's
                    // are UTF-8, which cannot.
                    None if (0xd800..0xe000).contains(&v) => {
                        return Err(format!(
                            "lone surrogates in strings ('\\{e}{hex}') are not supported"
                        ))
                    }
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            i - n - 2,
                            i - 1
                        ))
                    }
                }
            }
            'N' => return Err("\\N{...} escapes are not supported".into()),
            other => {
                // Unknown escapes keep the backslash (CPython warns).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        tokenize(src).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn indentation_becomes_indent_and_dedent() {
        let t = toks("if x:\n    y = 1\n\n    # c\nz\n");
        assert!(t.contains(&Tok::Indent));
        assert_eq!(t.iter().filter(|t| **t == Tok::Dedent).count(), 1);
        assert_eq!(t.last(), Some(&Tok::End));
    }

    #[test]
    fn bytes_and_imaginary_literals() {
        assert_eq!(
            toks(r#"b'a\x00\'' rb"\x00" 2j 1.5J 1_0j"#)[..5],
            [
                Tok::Bytes(b"a\x00'".to_vec()),
                Tok::Bytes(b"\\x00".to_vec()),
                Tok::Imag(2.0),
                Tok::Imag(1.5),
                Tok::Imag(10.0)
            ]
        );
        assert_eq!(toks(r"b'\777\u20ac'")[0], Tok::Bytes(b"\xff\\u20ac".to_vec()));
        assert!(tokenize("b'caf\u{e9}'").is_err());
        assert!(tokenize(r"b'\x4'").is_err());
    }

    #[test]
    fn brackets_join_lines() {
        let t = toks("x = (1,\n  2)\n");
        assert_eq!(t.iter().filter(|t| **t == Tok::Newline).count(), 1);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("0x_ff 1_000 0o17 0b101 1.5e3 .5 1.")[..7],
            [
                Tok::Int(255),
                Tok::Int(1000),
                Tok::Int(15),
                Tok::Int(5),
                Tok::Float(1500.0),
                Tok::Float(0.5),
                Tok::Float(1.0)
            ]
        );
        assert_eq!(
            toks("9223372036854775808")[0],
            Tok::BigInt("9223372036854775808".into())
        );
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(
            toks(r#"'a\n\x41\u00e9' r'\n' "q\"""#)[..3],
            [Tok::Str("a\nAé".into()), Tok::Str("\\n".into()), Tok::Str("q\"".into())]
        );
        assert_eq!(toks("'''a\nb'''")[0], Tok::Str("a\nb".into()));
        assert_eq!(
            toks("f'{x}'")[0],
            Tok::FStr {
                text: "{x}".into(),
                raw: false
            }
        );
    }

    #[test]
    fn errors_match_cpython() {
        let msg = |src: &str| tokenize(src).unwrap_err().msg;
        assert_eq!(msg("'abc"), "unterminated string literal (detected at line 1)");
        assert_eq!(msg("x = (1,"), "'(' was never closed");
        // A continuation at the end of the source, with or without its
        // newline: the caret goes past the backslash.
        for src in ["x = 1 + \\\n", "x = 1 + \\", "x = 1 + \\\r\n"] {
            let e = tokenize(src).unwrap_err();
            assert_eq!(
                (e.msg.as_str(), e.line, e.col),
                ("unexpected EOF while parsing", 1, 9),
                "{src:?}"
            );
        }
        assert_eq!(msg("x = )"), "unmatched ')'");
        assert_eq!(
            msg("x = [1, 2)"),
            "closing parenthesis ')' does not match opening parenthesis '['"
        );
        assert_eq!(msg("x = 1abc"), "invalid decimal literal");
        assert_eq!(msg("x = €"), "invalid character '€' (U+20AC)");
        assert_eq!(msg("  x"), "unexpected indent");
        assert_eq!(
            msg("if x:\n    a\n  b"),
            "unindent does not match any outer indentation level"
        );
        assert_eq!(msg(&"(".repeat(300)), "too many nested parentheses");
        // Checked against CPython 3.11: indentation that means different
        // things with tabs of 8 and of 1 is a TabError.
        let tab = "inconsistent use of tabs and spaces in indentation";
        assert_eq!(msg("if x:\n        a\n\tb"), tab);
        assert_eq!(msg("if x:\n\ta\n        b"), tab);
        assert_eq!(msg("if x:\n    if y:\n\ta\n"), tab);
        assert!(tokenize("if x:\n\ta\n\tb\n").is_ok(), "tabs alone are consistent");
        // A final line break ends the last line rather than starting one.
        let triple = |src: &str| msg(src).rsplit(' ').next().unwrap().to_string();
        assert_eq!(triple("x = '''abc"), "1)");
        assert_eq!(triple("x = '''abc\n"), "1)");
        assert_eq!(triple("x = '''abc\n\n"), "2)");
        assert_eq!(triple("x = '''abc\ndef\n"), "2)");
    }
}
