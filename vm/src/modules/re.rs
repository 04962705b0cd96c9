//! `re`: regular expressions with CPython 3.11's syntax and answers.
//!
//! The engine is Rust (`parse` reads a pattern, `program` compiles it,
//! `exec` runs it by backtracking on an explicit stack); the module a
//! script sees (`Pattern`, `Match`, `sub`'s templates, `split`, `escape`)
//! is Python in `re.py`, over four natives:
//!
//! - `_native_compile(pattern, flags)`: `(flags, groups, ((name, index), ...))`,
//!   or `(None, msg, pos)` for `re.error`;
//! - `_native_match(pattern, flags, string, pos, endpos, mode)`: one match as
//!   `(lastindex, start0, end0, start1, end1, ...)` (-1 for a group that
//!   did not take part), or None; mode 0 `match`, 1 `fullmatch`, 2 `search`;
//! - `_native_scan(pattern, flags, string, pos, endpos, count)`: the list of
//!   successive matches `finditer` gives (at most `count`, 0 for all);
//! - `_native_sub(pattern, flags, string, template, count)`: `(result, n)` for a
//!   template already read into literal pieces and group numbers.
//!
//! Compiled programs are cached by pattern, kind and flags, so the
//! natives take the pattern itself and a script's `Pattern` is plain data.

mod charset;
mod exec;
mod parse;
mod program;

use std::collections::HashMap;
use std::rc::Rc;

use self::exec::{Found, Matcher, Mode, Text};
use self::parse::ParseError;
use self::program::Program;
use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::limits::VmMeter;
use crate::native::{KwArg, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("re.py");

/// Patterns longer than this are compiled again on each use rather than
/// kept (the cache's memory stays small).
const MAX_CACHED_PATTERN: usize = 4096;
/// Programs kept; the cache empties when full, as CPython's once did.
const MAX_CACHED_PROGRAMS: usize = 512;
/// Bytes held against the heap limit per pattern character while a
/// pattern compiles (its tree and program).
const COMPILE_BYTES_PER_CHAR: usize = 96;

/// Compiled programs by (bytes pattern?, pattern, flags).
#[derive(Default)]
pub(crate) struct ProgramCache {
    programs: HashMap<(bool, Rc<str>, u32), Rc<Program>>,
}

/// `import re`.
pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "re",
        SOURCE,
        &[
            ("_native_compile", compile_native),
            ("_native_match", match_native),
            ("_native_scan", scan_native),
            ("_native_sub", sub_native),
        ],
    )
}

/// A pattern or a subject: a str's code points or a bytes-like object's
/// bytes.
enum Subject {
    Str(String),
    Bytes(Vec<u8>),
}

/// What kind of string `v` is, or the TypeError CPython gives.
fn subject(vm: &Vm, v: Value) -> Result<Subject, PyError> {
    if let Some(s) = vm.as_str(v) {
        return Ok(Subject::Str(s.to_owned()));
    }
    if let Some(Obj::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        return Ok(Subject::Bytes(b.data.clone()));
    }
    Err(RawError::type_error(format!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(v)
    ))
    .into())
}

/// The pattern's text as the parser reads it (bytes as U+0000..U+00FF).
fn pattern_chars(p: &Subject) -> (Vec<char>, bool) {
    match p {
        Subject::Str(s) => (s.chars().collect(), false),
        Subject::Bytes(b) => (b.iter().map(|&b| b as char).collect(), true),
    }
}

fn flags_arg(vm: &Vm, v: Value) -> Result<u32, PyError> {
    let f = args::index_arg(vm, v)?;
    Ok(f as u32)
}

/// The compiled program of `pattern` with `flags`: cached, or compiled
/// (charged to the budget and the heap limit while it compiles).
fn program(vm: &mut Vm, pattern: Value, flags: Value) -> Result<Result<Rc<Program>, ParseError>, PyError> {
    let flags = flags_arg(vm, flags)?;
    let p = subject(vm, pattern)?;
    let (chars, bytes) = pattern_chars(&p);
    let key: Rc<str> = chars.iter().collect::<String>().into();
    if let Some(found) = vm.re_programs.programs.get(&(bytes, key.clone(), flags)) {
        return Ok(Ok(found.clone()));
    }
    let compiled = {
        let meter = VmMeter::new(vm);
        crate::limits::CompileMeter::charge(&meter, chars.len() as u64, chars.len() * COMPILE_BYTES_PER_CHAR)?;
        match parse::parse(&chars, bytes, flags, vm.stack_budget) {
            Ok(parsed) => Rc::new(program::compile(parsed)),
            Err(e) => return Ok(Err(e)),
        }
    };
    if chars.len() <= MAX_CACHED_PATTERN {
        let cache = &mut vm.re_programs.programs;
        if cache.len() >= MAX_CACHED_PROGRAMS {
            cache.clear();
        }
        cache.insert((bytes, key, flags), compiled.clone());
    }
    Ok(Ok(compiled))
}

/// `program`, with a pattern error raised as CPython raises it outside
/// `re.compile` (where `re.py` has already made the `re.error`).
fn compiled(vm: &mut Vm, pattern: Value, flags: Value) -> Result<Rc<Program>, PyError> {
    match program(vm, pattern, flags)? {
        Ok(p) => Ok(p),
        Err(e) => Err(parse_error(e)),
    }
}

fn parse_error(e: ParseError) -> PyError {
    match e {
        ParseError::Re { msg, .. } => args::error(ExcKind::ValueError, msg),
        ParseError::Overflow(msg) => args::error(ExcKind::OverflowError, msg),
        ParseError::Recursion => PyError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG),
    }
}

fn compile_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let [pattern, flags] = a else {
        return Err(RawError::type_error("_compile() takes 2 arguments").into());
    };
    match program(vm, *pattern, *flags)? {
        Ok(p) => {
            let names: Vec<Value> = p
                .names
                .iter()
                .map(|(name, index)| {
                    let name = vm.new_str(name);
                    vm.new_tuple([name, Value::Int(*index as i64)])
                })
                .collect();
            let names = vm.new_tuple(names);
            Ok(vm.new_tuple([Value::Int(p.flags as i64), Value::Int(p.groups as i64), names]))
        }
        Err(ParseError::Re { msg, pos }) => {
            let msg = vm.new_str(msg);
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            Ok(vm.new_tuple([Value::None, msg, pos]))
        }
        Err(e) => Err(parse_error(e)),
    }
}

/// The subject's text for matching, after checking it is the pattern's
/// kind.
enum Haystack {
    Bytes(Vec<u8>),
    /// A str with non-ASCII characters.
    Chars(Vec<char>),
}

fn haystack(vm: &Vm, prog: &Program, string: Value) -> Result<Haystack, PyError> {
    let bytes_pattern = prog.is_bytes;
    match subject(vm, string)? {
        Subject::Str(_) if bytes_pattern => {
            Err(RawError::type_error("cannot use a bytes pattern on a string-like object").into())
        }
        Subject::Bytes(_) if !bytes_pattern => {
            Err(RawError::type_error("cannot use a string pattern on a bytes-like object").into())
        }
        Subject::Str(s) if s.is_ascii() => Ok(Haystack::Bytes(s.into_bytes())),
        Subject::Str(s) => Ok(Haystack::Chars(s.chars().collect())),
        Subject::Bytes(b) => Ok(Haystack::Bytes(b)),
    }
}

impl Haystack {
    fn len(&self) -> usize {
        match self {
            Haystack::Bytes(b) => b.len(),
            Haystack::Chars(c) => c.len(),
        }
    }
}

/// `pos` and `endpos` clamped to the text as CPython clamps them.
fn bounds(vm: &Vm, pos: Value, endpos: Value, len: usize) -> Result<(usize, usize), PyError> {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    Ok((clamp(args::index_arg(vm, pos)?), clamp(args::index_arg(vm, endpos)?)))
}

/// Runs `f` with a matcher over the haystack.
fn with_matcher<R>(
    vm: &Vm,
    prog: &Program,
    text: &Haystack,
    endpos: usize,
    f: impl FnOnce(&mut dyn FindNext) -> Result<R, RawError>,
) -> Result<R, PyError> {
    let meter = VmMeter::new(vm);
    // The text copy is held against the heap limit while it is used.
    crate::limits::CompileMeter::charge(
        &meter,
        (text.len() / crate::limits::BYTES_PER_TICK) as u64,
        text.len() * 4,
    )?;
    let r = match text {
        Haystack::Bytes(b) => f(&mut Matcher::new(prog, b.as_slice(), endpos, &meter, vm.stack_budget)),
        Haystack::Chars(c) => f(&mut Matcher::new(prog, c.as_slice(), endpos, &meter, vm.stack_budget)),
    };
    Ok(r?)
}

/// `Matcher::find` for either kind of text.
trait FindNext {
    fn find(&mut self, pos: usize, mode: Mode, reject_empty_at: Option<usize>) -> Result<Option<Found>, RawError>;
}

impl<T: Text + ?Sized> FindNext for Matcher<'_, T> {
    fn find(&mut self, pos: usize, mode: Mode, reject_empty_at: Option<usize>) -> Result<Option<Found>, RawError> {
        Matcher::find(self, pos, mode, reject_empty_at)
    }
}

fn found_tuple(vm: &Vm, found: &Found) -> Value {
    let mut items = Vec::with_capacity(found.slots.len() + 1);
    items.push(Value::Int(found.lastindex as i64));
    items.extend(
        found
            .slots
            .iter()
            .map(|&s| Value::Int(if s == usize::MAX { -1 } else { s as i64 })),
    );
    vm.new_tuple(items)
}

fn match_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let [pattern, flags, string, pos, endpos, mode] = a else {
        return Err(RawError::type_error("_match() takes 6 arguments").into());
    };
    let prog = compiled(vm, *pattern, *flags)?;
    let text = haystack(vm, &prog, *string)?;
    let (pos, endpos) = bounds(vm, *pos, *endpos, text.len())?;
    let mode = match args::index_arg(vm, *mode)? {
        0 => Mode::Anchored,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let found = with_matcher(vm, &prog, &text, endpos, |m| m.find(pos, mode, None))?;
    Ok(found.map_or(Value::None, |f| found_tuple(vm, &f)))
}

/// The successive matches from `pos`: after an empty match the next
/// must not be empty at the same place (CPython 3.7's rule).
fn scan(m: &mut dyn FindNext, pos: usize, endpos: usize, count: usize) -> Result<Vec<Found>, RawError> {
    let mut out = Vec::new();
    let mut at = pos;
    let mut reject_empty_at = None;
    while at <= endpos && (count == 0 || out.len() < count) {
        let Some(found) = m.find(at, Mode::Search, reject_empty_at)? else {
            break;
        };
        let (s, e) = (found.slots[0], found.slots[1]);
        reject_empty_at = (s == e).then_some(e);
        at = e;
        out.push(found);
    }
    Ok(out)
}

fn count_arg(vm: &Vm, v: Value) -> Result<usize, PyError> {
    Ok(args::index_arg(vm, v)?.max(0) as usize)
}

fn scan_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let [pattern, flags, string, pos, endpos, count] = a else {
        return Err(RawError::type_error("_scan() takes 6 arguments").into());
    };
    let prog = compiled(vm, *pattern, *flags)?;
    let text = haystack(vm, &prog, *string)?;
    let (pos, endpos) = bounds(vm, *pos, *endpos, text.len())?;
    let count = count_arg(vm, *count)?;
    let all = with_matcher(vm, &prog, &text, endpos, |m| scan(m, pos, endpos, count))?;
    let items: Vec<Value> = all.iter().map(|f| found_tuple(vm, f)).collect();
    Ok(vm.new_list(items))
}

/// One piece of a read template.
enum Piece {
    Text(Vec<char>),
    Group(usize),
}

fn sub_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let [pattern, flags, string, template, count] = a else {
        return Err(RawError::type_error("_sub() takes 5 arguments").into());
    };
    let prog = compiled(vm, *pattern, *flags)?;
    let text = haystack(vm, &prog, *string)?;
    let count = count_arg(vm, *count)?;
    let mut pieces = Vec::new();
    let items: Vec<Value> = match template.as_obj().and_then(|r| vm.heap.seq_items(r)) {
        Some(items) => items.iter().collect(),
        None => return Err(RawError::type_error("_sub() takes a template list").into()),
    };
    for item in items {
        match item {
            Value::Int(g) => pieces.push(Piece::Group(g.max(0) as usize)),
            v => match subject(vm, v)? {
                Subject::Str(s) => pieces.push(Piece::Text(s.chars().collect())),
                Subject::Bytes(b) => pieces.push(Piece::Text(b.iter().map(|&b| b as char).collect())),
            },
        }
    }
    let len = text.len();
    let all = with_matcher(vm, &prog, &text, len, |m| scan(m, 0, len, count))?;
    let at = |i: usize| match &text {
        Haystack::Bytes(b) => b[i] as char,
        Haystack::Chars(c) => c[i],
    };
    let mut out: Vec<char> = Vec::with_capacity(len);
    let mut last = 0;
    {
        let meter = VmMeter::new(vm);
        let mut charged = 0usize;
        for found in &all {
            let (s, e) = (found.slots[0], found.slots[1]);
            out.extend((last..s).map(at));
            for piece in &pieces {
                match piece {
                    Piece::Text(t) => out.extend_from_slice(t),
                    Piece::Group(g) => {
                        let (gs, ge) = (found.slots.get(2 * g).copied(), found.slots.get(2 * g + 1).copied());
                        if let (Some(gs), Some(ge)) = (gs, ge) {
                            if gs != usize::MAX && ge != usize::MAX {
                                out.extend((gs..ge).map(at));
                            }
                        }
                    }
                }
            }
            last = e;
            let grown = out.len() * 4 - charged;
            if grown > 1 << 16 {
                crate::limits::CompileMeter::charge(&meter, (grown / crate::limits::BYTES_PER_TICK) as u64, grown)?;
                charged += grown;
            }
        }
        out.extend((last..len).map(at));
    }
    let n = Value::Int(all.len() as i64);
    let result = match text {
        Haystack::Bytes(_) if prog.is_bytes => vm.new_bytes(out.iter().map(|&c| c as u8).collect(), false),
        _ => vm.new_str(out.iter().collect::<String>()),
    };
    Ok(vm.new_tuple([result, n]))
}
