//! `re`: regular expressions with CPython 3.11's syntax and answers.
//!
//! The engine is Rust (`parse` reads a pattern, `program` compiles it,
//! `exec` runs it by backtracking on an explicit stack); the module a
//! script sees (`Pattern`, `Match`, `sub`'s templates, `split`, `escape`)
//! is Python in `re.py`, over five natives:
//!
//! - `_native_compile(pattern, flags)`: `(flags, groups, ((name, index), ...))`,
//!   or `(None, msg, pos)` for `re.error`;
//! - `_native_scan(pattern, flags, string, pos, endpos, count)`: the list of
//!   successive matches `finditer` gives (at most `count`, 0 for all);
//! - `_native_sub(pattern, flags, string, template, count)`: `(result, n)` for a
//!   template already read into literal pieces and group numbers;
//! - `_native_group`: `Match.group` and `Match.__getitem__`;
//! - `_native_findall(pattern, flags, string, pos, endpos)`: `findall`'s
//!   list, made without a Python loop over the matches;
//! - `_native_split(pattern, flags, string, maxsplit)`: `split`'s list;
//! - `_native_pattern_match`, `_fullmatch`, `_search`: those methods of
//!   `Pattern`, which make the `Match` themselves.
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

/// Compiled programs by pattern text (a str's UTF-8 or a bytes
/// pattern's bytes), then kind (bytes?) and flags.
#[derive(Default)]
pub(crate) struct ProgramCache {
    programs: HashMap<Rc<[u8]>, Vec<CachedProgram>, ahash::RandomState>,
    len: usize,
    /// The code points of the last non-ASCII str matched, by the str
    /// (which never changes), held against the heap limit: a tokenizer
    /// matching at one position after another in one text decodes it
    /// once, not once a token. It goes at a collection, when its
    /// address may be reused (`forget_text`).
    last_text: std::cell::RefCell<Option<(crate::heap::ObjRef, Rc<[char]>)>>,
}

impl ProgramCache {
    /// The code points of str `r` (whose text is `text`).
    fn chars_of(&self, vm: &Vm, r: crate::heap::ObjRef, text: &str) -> Result<Rc<[char]>, PyError> {
        if let Some((kept, chars)) = &*self.last_text.borrow() {
            if *kept == r {
                return Ok(chars.clone());
            }
        }
        let chars: Rc<[char]> = text.chars().collect();
        vm.charge_bytes(text.len())?;
        self.forget_text(&vm.heap);
        vm.heap.hold(chars.len() * 4)?;
        *self.last_text.borrow_mut() = Some((r, chars.clone()));
        Ok(chars)
    }

    /// Lets the kept text go (at a collection).
    pub(crate) fn forget_text(&self, heap: &crate::heap::Heap) {
        if let Some((_, chars)) = self.last_text.borrow_mut().take() {
            heap.unhold(chars.len() * 4);
        }
    }
}

/// A program with what it was compiled for: a bytes pattern?, flags.
type CachedProgram = (bool, u32, Rc<Program>);

/// `import re`.
pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "re",
        SOURCE,
        &[
            ("_native_compile", compile_native),
            ("_native_scan", scan_native),
            ("_native_sub", sub_native),
            ("_native_group", group_native),
            ("_native_findall", findall_native),
            ("_native_split", split_native),
            ("_native_pattern_match", pattern_match),
            ("_native_pattern_fullmatch", pattern_fullmatch),
            ("_native_pattern_search", pattern_search),
        ],
    )
}

/// A pattern or a subject, borrowed from the heap.
enum Subject<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

/// What kind of string `v` is, or the TypeError CPython gives.
fn subject(vm: &Vm, v: Value) -> Result<Subject<'_>, PyError> {
    if let Some(s) = vm.as_str(v) {
        return Ok(Subject::Str(s));
    }
    if let Some(Obj::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        return Ok(Subject::Bytes(&b.data));
    }
    Err(RawError::type_error(format!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(v)
    ))
    .into())
}

fn flags_arg(vm: &Vm, v: Value) -> Result<u32, PyError> {
    let f = args::index_arg(vm, v)?;
    Ok(f as u32)
}

/// The compiled program of `pattern` with `flags`: cached, or compiled
/// (charged to the budget and the heap limit while it compiles).
fn program(vm: &mut Vm, pattern: Value, flags: Value) -> Result<Result<Rc<Program>, ParseError>, PyError> {
    let flags = flags_arg(vm, flags)?;
    let (key, bytes): (&[u8], bool) = match subject(vm, pattern)? {
        Subject::Str(s) => (s.as_bytes(), false),
        Subject::Bytes(b) => (b, true),
    };
    // Charged whether or not the program is cached: the cache is hidden
    // state (a recording's run-ahead of this call fills it), and a count
    // that depended on it would differ with the JIT on and off.
    let nchars = if bytes {
        key.len()
    } else {
        String::from_utf8_lossy(key).chars().count()
    };
    crate::limits::CompileMeter::charge(&VmMeter::new(vm), nchars as u64, nchars * COMPILE_BYTES_PER_CHAR)?;
    let cached = vm.re_programs.programs.get(key).and_then(|entries| {
        entries
            .iter()
            .find(|(b, f, _)| *b == bytes && *f == flags)
            .map(|(_, _, p)| p.clone())
    });
    if let Some(found) = cached {
        return Ok(Ok(found));
    }
    let chars: Vec<char> = if bytes {
        key.iter().map(|&b| b as char).collect()
    } else {
        String::from_utf8_lossy(key).chars().collect()
    };
    let key: Rc<[u8]> = key.into();
    let compiled = {
        match parse::parse(&chars, bytes, flags, vm.stack_budget) {
            Ok(parsed) => Rc::new(program::compile(parsed)),
            Err(e) => return Ok(Err(e)),
        }
    };
    if chars.len() <= MAX_CACHED_PATTERN {
        let cache = &mut vm.re_programs;
        if cache.len >= MAX_CACHED_PROGRAMS {
            cache.programs.clear();
            cache.len = 0;
        }
        cache
            .programs
            .entry(key)
            .or_default()
            .push((bytes, flags, compiled.clone()));
        cache.len += 1;
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
        ParseError::Value(msg) => args::error(ExcKind::ValueError, msg),
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
/// kind: borrowed where it is bytes or ASCII, else its code points.
enum Haystack<'a> {
    Bytes(&'a [u8]),
    Chars(Rc<[char]>),
}

fn haystack<'a>(vm: &'a Vm, prog: &Program, string: Value) -> Result<Haystack<'a>, PyError> {
    match subject(vm, string)? {
        Subject::Str(_) if prog.is_bytes => {
            Err(RawError::type_error("cannot use a bytes pattern on a string-like object").into())
        }
        Subject::Bytes(_) if !prog.is_bytes => {
            Err(RawError::type_error("cannot use a string pattern on a bytes-like object").into())
        }
        Subject::Str(s) => {
            let r = string.as_obj().expect("a str is an object");
            // The str knows whether it is ASCII: no scan of the text.
            if vm.heap.str_obj(r).is_some_and(|o| o.is_ascii()) {
                Ok(Haystack::Bytes(s.as_bytes()))
            } else {
                Ok(Haystack::Chars(vm.re_programs.chars_of(vm, r, s)?))
            }
        }
        Subject::Bytes(b) => Ok(Haystack::Bytes(b)),
    }
}

impl Haystack<'_> {
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
    // A non-ASCII text's code points are held against the heap limit by
    // the cache that keeps them (`ProgramCache::chars_of`).
    let meter = VmMeter::new(vm);
    let r = match text {
        Haystack::Bytes(b) => f(&mut Matcher::new(prog, *b, endpos, &meter, vm.stack_budget)),
        Haystack::Chars(c) => f(&mut Matcher::new(prog, &c[..], endpos, &meter, vm.stack_budget)),
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

/// The first match of `pattern` in `string` in `mode`.
fn find(
    vm: &mut Vm,
    pattern: Value,
    flags: Value,
    string: Value,
    pos: Value,
    endpos: Value,
    mode: Mode,
) -> Result<Option<Found>, PyError> {
    let prog = compiled(vm, pattern, flags)?;
    let text = haystack(vm, &prog, string)?;
    let (pos, endpos) = bounds(vm, pos, endpos, text.len())?;
    with_matcher(vm, &prog, &text, endpos, |m| m.find(pos, mode, None))
}

/// `Pattern.match`, `fullmatch` and `search` (`re.py` puts them in the
/// class): the `Match` made here, as `Match.__init__` would make it,
/// with no Python frame between a script's call and the engine.
fn pattern_find(vm: &mut Vm, a: &[Value], kwargs: &[KwArg], name: &str, mode: Mode) -> NativeResult {
    let Some((&this, rest)) = a.split_first() else {
        return Err(
            RawError::type_error(format!("descriptor '{name}' of 're.Pattern' object needs an argument")).into(),
        );
    };
    let [string, pos, endpos] = args::bind_required(name, rest, kwargs, ["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(Value::None);
    let pos = pos.unwrap_or(Value::Int(0));
    let endpos = endpos.unwrap_or(Value::Int(i64::MAX));
    let pattern = vm.get_attr(this, "pattern")?;
    let flags = vm.get_attr(this, "_given")?;
    let Some(found) = find(vm, pattern, flags, string, pos, endpos, mode)? else {
        return Ok(Value::None);
    };
    let found = found_tuple(vm, &found);
    args::with_roots(vm, &[found], |vm| {
        let module = vm
            .modules
            .get("re")
            .copied()
            .ok_or_else(|| PyError::from(RawError::type_error("re is gone")))?;
        let class = vm.get_attr(module, "Match")?;
        let Some(class) = class.as_obj() else {
            return Err(RawError::type_error("re.Match is not a class").into());
        };
        let m = vm.alloc_instance(class);
        args::with_roots(vm, &[m], |vm| {
            // The order of Match.__init__, so both make one shape.
            for (attr, v) in [
                ("re", this),
                ("string", string),
                ("_pos", pos),
                ("_endpos", endpos),
                ("_found", found),
            ] {
                let attr = vm.heap.intern(attr);
                vm.set_attr(m, attr, v)?;
            }
            Ok(m)
        })
    })
}

fn pattern_match(vm: &mut Vm, a: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pattern_find(vm, a, kwargs, "match", Mode::Anchored)
}

fn pattern_fullmatch(vm: &mut Vm, a: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pattern_find(vm, a, kwargs, "fullmatch", Mode::Full)
}

fn pattern_search(vm: &mut Vm, a: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pattern_find(vm, a, kwargs, "search", Mode::Search)
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

/// `Pattern.findall`: the list of matched texts (no groups), of group 1's
/// texts (one group), or of tuples of the groups' texts, with `''` for a
/// group that did not take part.
fn findall_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let [pattern, flags, string, pos, endpos] = a else {
        return Err(RawError::type_error("_findall() takes 5 arguments").into());
    };
    let prog = compiled(vm, *pattern, *flags)?;
    let text = haystack(vm, &prog, *string)?;
    let (pos, endpos) = bounds(vm, *pos, *endpos, text.len())?;
    let all = with_matcher(vm, &prog, &text, endpos, |m| scan(m, pos, endpos, 0))?;
    vm.charge(all.len() as u64 * crate::limits::ITEM_TICKS)?;
    let piece = |start: usize, end: usize| -> Value {
        if start == usize::MAX {
            return piece_of(vm, &text, prog.is_bytes, 0, 0);
        }
        piece_of(vm, &text, prog.is_bytes, start, end)
    };
    let items: Vec<Value> = all
        .iter()
        .map(|f| match prog.groups {
            0 => piece(f.slots[0], f.slots[1]),
            1 => piece(f.slots[2], f.slots[3]),
            n => {
                let texts: Vec<Value> = (1..=n).map(|g| piece(f.slots[2 * g], f.slots[2 * g + 1])).collect();
                vm.new_tuple(texts)
            }
        })
        .collect();
    Ok(vm.new_list(items))
}

/// `Pattern.split`: the texts between matches, each followed by the
/// groups' texts (None for a group that did not take part).
fn split_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let [pattern, flags, string, maxsplit] = a else {
        return Err(RawError::type_error("_split() takes 4 arguments").into());
    };
    let prog = compiled(vm, *pattern, *flags)?;
    let text = haystack(vm, &prog, *string)?;
    let count = count_arg(vm, *maxsplit)?;
    let len = text.len();
    let all = with_matcher(vm, &prog, &text, len, |m| scan(m, 0, len, count))?;
    vm.charge(all.len() as u64 * crate::limits::ITEM_TICKS)?;
    let mut items = Vec::with_capacity(all.len() * (prog.groups + 1) + 1);
    let mut last = 0;
    for f in &all {
        items.push(piece_of(vm, &text, prog.is_bytes, last, f.slots[0]));
        for g in 1..=prog.groups {
            let (start, end) = (f.slots[2 * g], f.slots[2 * g + 1]);
            items.push(if start == usize::MAX {
                Value::None
            } else {
                piece_of(vm, &text, prog.is_bytes, start, end)
            });
        }
        last = f.slots[1];
    }
    items.push(piece_of(vm, &text, prog.is_bytes, last, len));
    Ok(vm.new_list(items))
}

/// The text from `start` to `end` of the subject: a str, or bytes for a
/// bytes pattern.
fn piece_of(vm: &Vm, text: &Haystack, bytes: bool, start: usize, end: usize) -> Value {
    match text {
        Haystack::Bytes(b) if bytes => vm.new_bytes(b[start..end].to_vec(), false),
        Haystack::Bytes(b) => vm.new_str(std::str::from_utf8(&b[start..end]).unwrap_or("")),
        Haystack::Chars(c) => vm.new_str(c[start..end].iter().collect::<String>()),
    }
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
            v => pieces.push(Piece::Text(match subject(vm, v)? {
                Subject::Str(s) => s.chars().collect(),
                Subject::Bytes(b) => b.iter().map(|&b| b as char).collect(),
            })),
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

/// `Match.group(*groups)` and `m[group]` (`re.py` puts it in the class):
/// the text of each group named, None for one that did not take part.
/// Native because a match in a loop is read this way most.
fn group_native(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let Some((&this, groups)) = a.split_first() else {
        return Err(RawError::type_error("descriptor 'group' of 're.Match' object needs an argument").into());
    };
    let found = vm.get_attr(this, "_found")?;
    let string = vm.get_attr(this, "string")?;
    let spans: Vec<i64> = match found.as_obj().and_then(|r| vm.heap.seq_items(r)) {
        Some(items) => items
            .iter()
            .map(|v| if let Value::Int(i) = v { i } else { -1 })
            .collect(),
        None => return Err(RawError::type_error("a Match without its spans").into()),
    };
    let ngroups = spans.len().saturating_sub(1) / 2;
    let text_of = |vm: &mut Vm, group: Value| -> Result<Value, PyError> {
        let i = group_index(vm, this, group, ngroups)?;
        let (start, end) = (spans[2 * i + 1], spans[2 * i + 2]);
        if start < 0 {
            return Ok(Value::None);
        }
        let text = vm.get_slice(string, Value::Int(start), Value::Int(end), Value::None)?;
        // A bytearray subject's groups are bytes, as CPython's.
        Ok(match text.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Bytes(b)) if b.mutable => {
                let data = b.data.clone();
                vm.new_bytes(data, false)
            }
            _ => text,
        })
    };
    match groups {
        [] => text_of(vm, Value::Int(0)),
        [group] => text_of(vm, *group),
        _ => {
            let mut texts = Vec::with_capacity(groups.len());
            for &g in groups {
                texts.push(text_of(vm, g)?);
            }
            Ok(vm.new_tuple(texts))
        }
    }
}

/// The number of the group `group` names (a number or a group's name).
fn group_index(vm: &mut Vm, this: Value, group: Value, ngroups: usize) -> Result<usize, PyError> {
    let index = match group {
        Value::Int(i) => usize::try_from(i).ok(),
        Value::Bool(b) => Some(b as usize),
        g if vm.as_str(g).is_some() => {
            let pattern = vm.get_attr(this, "re")?;
            let names = vm.get_attr(pattern, "groupindex")?;
            match names.as_obj() {
                Some(d) => match vm.dict_get(d, g)? {
                    Some(Value::Int(i)) => usize::try_from(i).ok(),
                    _ => None,
                },
                None => None,
            }
        }
        _ => None,
    };
    match index {
        Some(i) if i < ngroups => Ok(i),
        _ => Err(args::error(ExcKind::IndexError, "no such group")),
    }
}
