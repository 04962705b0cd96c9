//! `json.loads`: JSON text to values, accepting what CPython's scanner
//! accepts (and `NaN`, `Infinity`, `-Infinity`) and failing where it fails,
//! at the same character, with the same message.
//!
//! The scanner works on the text's bytes (every byte JSON gives a meaning
//! is ASCII) and keeps its open containers on its own stack, so nesting
//! costs heap, not host stack; the depth CPython's recursion limit allows
//! is kept as a count. Containers are made as they open and rooted, so
//! the values inside them are safe whatever allocates next; each value
//! charges a tick, and allocation meets the heap limit as anywhere else.

use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::limits::{ITEM_TICKS, RECURSION_MSG};
use crate::value::Value;
use crate::vm::Vm;

/// A failure at a byte offset of the text: `JSONDecodeError(msg, doc,
/// pos)` once the offset is turned into a character index.
pub(super) struct Failure {
    pub msg: &'static str,
    pub at: usize,
}

/// What stops a parse: a decode error, or any other error (a limit, a
/// too-long int, nesting too deep).
pub(super) enum Stop {
    Syntax(Failure),
    Error(PyError),
}

impl From<PyError> for Stop {
    fn from(e: PyError) -> Stop {
        Stop::Error(e)
    }
}

impl From<RawError> for Stop {
    fn from(e: RawError) -> Stop {
        Stop::Error(e.into())
    }
}

fn fail(msg: &'static str, at: usize) -> Stop {
    Stop::Syntax(Failure { msg, at })
}

/// A container still being filled.
enum Open {
    Array(ObjRef),
    /// An object, and the key whose value comes next.
    Object(ObjRef, Option<Value>),
}

pub(super) struct Scanner<'t> {
    text: &'t [u8],
    at: usize,
    open: Vec<Open>,
    max_depth: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'t> Scanner<'t> {
    pub(super) fn new(vm: &Vm, text: &'t str) -> Scanner<'t> {
        // The frames `loads`, `decode` and `raw_decode` take in CPython
        // (measured on 3.11: 995 arrays from the module level).
        let max_depth = vm.limits.max_frames.saturating_sub(vm.frames.len() + 4);
        Scanner {
            text: text.as_bytes(),
            at: 0,
            open: Vec::new(),
            max_depth,
        }
    }

    /// The whole document as one value. The caller truncates
    /// `vm.temp_roots` afterwards.
    pub(super) fn document(&mut self, vm: &mut Vm) -> Result<Value, Stop> {
        self.skip_space();
        let value = self.value(vm)?;
        self.skip_space();
        if self.at != self.text.len() {
            return Err(fail("Extra data", self.at));
        }
        Ok(value)
    }

    fn skip_space(&mut self) {
        while self.text.get(self.at).copied().is_some_and(is_space) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    /// One value, containers included, from `self.at` (after space).
    fn value(&mut self, vm: &mut Vm) -> Result<Value, Stop> {
        let mut done = self.scalar_or_open(vm)?;
        loop {
            // None: a container just opened and its first value is next.
            let Some(v) = done.take() else {
                done = self.scalar_or_open(vm)?;
                continue;
            };
            // A finished value goes into the innermost open container,
            // which then expects a separator or its end.
            match self.open.last_mut() {
                None => return Ok(v),
                Some(Open::Array(list)) => {
                    let list = *list;
                    vm.heap.append(list, v)?;
                }
                Some(Open::Object(dict, key)) => {
                    let (dict, key) = (*dict, key.take().expect("a key before its value"));
                    vm.dict_set(dict, key, v)?;
                    // The key, rooted since it was read.
                    vm.temp_roots.pop();
                }
            }
            self.skip_space();
            let is_array = matches!(self.open.last(), Some(Open::Array(_)));
            let close = if is_array { b']' } else { b'}' };
            if self.peek() == Some(close) {
                self.at += 1;
                done = Some(self.close(vm));
                continue;
            }
            if self.peek() != Some(b',') {
                return Err(fail("Expecting ',' delimiter", self.at));
            }
            self.at += 1;
            self.skip_space();
            if !is_array {
                self.key(vm)?;
            }
            done = self.scalar_or_open(vm)?;
        }
    }

    /// A container just closed: the value it becomes, no longer rooted
    /// (its parent takes it before anything allocates). Roots are pushed
    /// and popped in nesting order, so they stay as few as the open
    /// containers and keys.
    fn close(&mut self, vm: &mut Vm) -> Value {
        vm.temp_roots.pop();
        match self.open.pop() {
            Some(Open::Array(r)) | Some(Open::Object(r, _)) => Value::Obj(r),
            None => Value::None,
        }
    }

    /// An object's key and the `:` after it, leaving `self.at` at its value.
    fn key(&mut self, vm: &mut Vm) -> Result<(), Stop> {
        if self.peek() != Some(b'"') {
            return Err(fail("Expecting property name enclosed in double quotes", self.at));
        }
        self.at += 1;
        let key = self.string(vm)?;
        vm.temp_roots.push(key);
        self.skip_space();
        if self.peek() != Some(b':') {
            return Err(fail("Expecting ':' delimiter", self.at));
        }
        self.at += 1;
        self.skip_space();
        if let Some(Open::Object(_, slot)) = self.open.last_mut() {
            *slot = Some(key);
        }
        Ok(())
    }

    /// A scalar (Some), or a container opened: None, its first value
    /// next, or Some when it was empty and so is closed already.
    fn scalar_or_open(&mut self, vm: &mut Vm) -> Result<Option<Value>, Stop> {
        vm.charge(ITEM_TICKS)?;
        let start = self.at;
        let rest = &self.text[start.min(self.text.len())..];
        let word = |w: &str, v: Value| rest.starts_with(w.as_bytes()).then_some((w.len(), v));
        let constant = match rest.first() {
            None => return Err(fail("Expecting value", start)),
            Some(b'"') => {
                self.at += 1;
                return self.string(vm).map(Some);
            }
            Some(b'[') => return self.open_container(vm, true),
            Some(b'{') => return self.open_container(vm, false),
            Some(b'n') => word("null", Value::None),
            Some(b't') => word("true", Value::Bool(true)),
            Some(b'f') => word("false", Value::Bool(false)),
            Some(b'N') => word("NaN", Value::Float(f64::NAN)),
            Some(b'I') => word("Infinity", Value::Float(f64::INFINITY)),
            Some(b'-') => word("-Infinity", Value::Float(f64::NEG_INFINITY)),
            _ => None,
        };
        if let Some((len, v)) = constant {
            self.at += len;
            return Ok(Some(v));
        }
        self.number(vm).map(Some)
    }

    fn open_container(&mut self, vm: &mut Vm, array: bool) -> Result<Option<Value>, Stop> {
        if self.open.len() >= self.max_depth {
            let what = if array { "array" } else { "object" };
            return Err(RawError::new(
                ExcKind::RecursionError,
                format!("{RECURSION_MSG} while decoding a JSON {what} from a unicode string"),
            )
            .into());
        }
        self.at += 1;
        let made = if array { vm.new_list(Vec::new()) } else { vm.new_dict() };
        vm.temp_roots.push(made);
        let r = made.as_obj().expect("a container");
        self.open
            .push(if array { Open::Array(r) } else { Open::Object(r, None) });
        self.skip_space();
        let close = if array { b']' } else { b'}' };
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(Some(self.close(vm)));
        }
        if !array {
            self.key(vm)?;
        }
        Ok(None)
    }

    /// A number as CPython's scanner matches it:
    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, an int unless it
    /// has a fraction or an exponent.
    fn number(&mut self, vm: &mut Vm) -> Result<Value, Stop> {
        let start = self.at;
        let digit = |i: usize| self.text.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if self.text.get(i) == Some(&b'-') {
            i += 1;
        }
        match self.text.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(fail("Expecting value", start)),
        }
        let mut is_float = false;
        if self.text.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(self.text.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(self.text.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        self.at = i;
        let text = std::str::from_utf8(&self.text[start..i]).expect("ASCII digits");
        vm.charge_bytes(text.len())?;
        if is_float {
            return Ok(Value::Float(text.parse().unwrap_or(f64::NAN)));
        }
        Ok(vm.int_of_text(text, 10)?)
    }

    /// A string's contents from `self.at` (just past its opening quote) to
    /// its closing quote, escapes decoded.
    fn string(&mut self, vm: &mut Vm) -> Result<Value, Stop> {
        let begin = self.at - 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let run_start = self.at;
            let mut end = run_start;
            while let Some(&b) = self.text.get(end) {
                if b == b'"' || b == b'\\' {
                    break;
                }
                if b < 0x20 {
                    return Err(fail("Invalid control character at", end));
                }
                end += 1;
            }
            vm.charge_bytes(end - run_start)?;
            vm.heap.reserve(out.len() + (end - run_start))?;
            out.extend_from_slice(&self.text[run_start..end]);
            match self.text.get(end) {
                None => return Err(fail("Unterminated string starting at", begin)),
                Some(b'"') => {
                    self.at = end + 1;
                    break;
                }
                Some(_) => self.at = end + 1,
            }
            let Some(&escape) = self.text.get(self.at) else {
                return Err(fail("Unterminated string starting at", begin));
            };
            let simple = match escape {
                b'"' => b'"',
                b'\\' => b'\\',
                b'/' => b'/',
                b'b' => 8,
                b'f' => 12,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                b'u' => 0,
                _ => return Err(fail("Invalid \\escape", self.at - 1)),
            };
            if escape != b'u' {
                out.push(simple);
                self.at += 1;
                continue;
            }
            let c = self.unicode_escape()?;
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        let text = String::from_utf8(out).expect("slices of a str and whole characters");
        Ok(vm.new_str(text))
    }

    /// `\uXXXX` with `self.at` on the `u`, a surrogate pair joined.
    fn unicode_escape(&mut self) -> Result<char, Stop> {
        let first = self.hex4(self.at)?;
        self.at += 5;
        if (0xd800..0xdc00).contains(&first)
            && self.at + 6 < self.text.len()
            && self.text[self.at] == b'\\'
            && self.text[self.at + 1] == b'u'
        {
            let second = self.hex4(self.at + 1)?;
            if (0xdc00..0xe000).contains(&second) {
                self.at += 6;
                let c = 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
                return Ok(char::from_u32(c).expect("a joined surrogate pair"));
            }
        }
        char::from_u32(first).ok_or_else(|| {
            Stop::Error(
                RawError::new(
                    ExcKind::NotImplementedError,
                    format!("a lone surrogate (\\u{first:04x}) in a str is not supported by Rumba"),
                )
                .into(),
            )
        })
    }

    /// The four hex digits after the `u` at `u_at`.
    fn hex4(&self, u_at: usize) -> Result<u32, Stop> {
        let digits = self.text.get(u_at + 1..u_at + 5).filter(|_| u_at + 5 < self.text.len());
        let value = digits.and_then(|d| std::str::from_utf8(d).ok()).and_then(|d| {
            d.bytes()
                .all(|b| b.is_ascii_hexdigit())
                .then(|| u32::from_str_radix(d, 16).ok())
                .flatten()
        });
        value.ok_or_else(|| fail("Invalid \\uXXXX escape", u_at))
    }
}
