//! Methods of `str`: searching, replacing, joining, partitioning and
//! padding. Splitting and stripping live in `str_split.rs`, case mapping
//! and the `is...` predicates in `str_case.rs`, `format` in
//! `str_format.rs`. Positions are code points, as in Python, not bytes.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::error::PyError;
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::object::{Items, Obj};
use crate::value::Value;
use crate::vm::Vm;

use super::{str_case, str_format, str_split};

pub(super) fn lookup(name: &str) -> Option<NativeMethodPtr> {
    Some(match name {
        "join" => join as NativeMethodPtr,
        "split" => str_split::split,
        "rsplit" => str_split::rsplit,
        "splitlines" => str_split::splitlines,
        "strip" => str_split::strip,
        "lstrip" => str_split::lstrip,
        "rstrip" => str_split::rstrip,
        "replace" => replace,
        "find" => find,
        "rfind" => rfind,
        "index" => index,
        "rindex" => rindex,
        "count" => count,
        "startswith" => startswith,
        "endswith" => endswith,
        "partition" => partition,
        "rpartition" => rpartition,
        "removeprefix" => removeprefix,
        "removesuffix" => removesuffix,
        "zfill" => zfill,
        "expandtabs" => expandtabs,
        "translate" => super::str_translate::translate,
        "casefold" => str_case::casefold,
        "center" => center,
        "ljust" => ljust,
        "rjust" => rjust,
        "format" => str_format::format,
        "format_map" => str_format::format_map,
        "upper" => str_case::upper,
        "lower" => str_case::lower,
        "title" => str_case::title,
        "capitalize" => str_case::capitalize,
        "swapcase" => str_case::swapcase,
        "isdigit" => str_case::isdigit,
        "isdecimal" => str_case::isdecimal,
        "isnumeric" => str_case::isnumeric,
        "isalpha" => str_case::isalpha,
        "isalnum" => str_case::isalnum,
        "isspace" => str_case::isspace,
        "isupper" => str_case::isupper,
        "islower" => str_case::islower,
        "istitle" => str_case::istitle,
        "isascii" => str_case::isascii,
        "isidentifier" => str_case::isidentifier,
        "isprintable" => str_case::isprintable,
        "encode" => encode,
        _ => return None,
    })
}

/// A string's text and its length in code points, borrowed from the heap
/// (allocating the method's results moves nothing, so the text stays put).
#[derive(Clone, Copy)]
pub(super) struct Text<'a> {
    pub text: &'a str,
    pub nchars: usize,
}

impl<'a> Text<'a> {
    pub fn of(vm: &'a Vm, v: Value) -> Option<Text<'a>> {
        let s = vm.heap.str_obj(v.as_obj()?)?;
        Some(Text {
            text: s.as_str(),
            nchars: s.nchars(),
        })
    }

    /// The receiver of a str method (the dispatch guarantees a str).
    pub fn receiver(vm: &'a Vm, v: Value) -> Text<'a> {
        Text::of(vm, v).unwrap_or(Text { text: "", nchars: 0 })
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.text.len()
    }

    /// Byte offset of code point `i` (`i` may be `nchars`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// Code point index of byte offset `b` (a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            self.text[..b].chars().count()
        }
    }
}

/// `encode(encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("encode", args, kwargs, 2)?;
    let [encoding, errors] = args::bind("encode", args, kwargs, ["encoding", "errors"])?;
    let encoding = args::text_or(vm, "encode", "encoding", encoding, "utf-8")?;
    let errors = args::text_or(vm, "encode", "errors", errors, "strict")?;
    let codec = crate::ops::codec::Codec::named(&encoding, crate::ops::codec::Direction::Encode)?;
    let text = Text::receiver(vm, recv).text;
    vm.room_for_bytes(text.len().saturating_mul(crate::ops::codec::GROWTH))?;
    let data = crate::ops::codec::encode(text, codec, &errors)?;
    Ok(vm.new_bytes(data, false))
}

/// A str argument, or CPython's `must be str, not int`.
pub(super) fn must_be_str(vm: &Vm, v: Value) -> Result<Text<'_>, PyError> {
    Text::of(vm, v).ok_or_else(|| args::error(ExcKind::TypeError, format!("must be str, not {}", vm.type_name(v))))
}

/// CPython's `ADJUST_INDICES`: a search's start and end (code points,
/// negative from the end, None for the whole string) clamped to it.
/// `start` may still exceed `end`, which callers treat as "no room".
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// A search (`find`, `count`, ...): the receiver, the substring and the
/// adjusted window.
struct Search<'a> {
    hay: Text<'a>,
    needle: Text<'a>,
    start: i64,
    end: i64,
}

impl<'a> Search<'a> {
    fn parse(vm: &'a Vm, name: &str, recv: Value, args: &[Value], kwargs: &[KwArg]) -> Result<Search<'a>, PyError> {
        args::no_kwargs(format_args!("str.{name}"), kwargs)?;
        args::takes(name, args, 1, 3)?;
        let start = args::slice_index(vm, args.get(1).copied())?;
        let end = args::slice_index(vm, args.get(2).copied())?;
        let needle = must_be_str(vm, args[0])?;
        let hay = Text::receiver(vm, recv);
        let (start, end) = adjust(start, end, hay.nchars);
        Ok(Search {
            hay,
            needle,
            start,
            end,
        })
    }

    /// Whether the window can hold the needle at all.
    fn has_room(&self) -> bool {
        self.end - self.start >= self.needle.nchars as i64
    }

    /// The window's text and its byte offset in the receiver.
    fn window(&self) -> (&str, usize) {
        let b0 = self.hay.byte_offset(self.start as usize);
        let b1 = self.hay.byte_offset(self.end as usize);
        (&self.hay.text[b0..b1], b0)
    }

    /// The code point index of the first (or last) occurrence.
    fn find(&self, last: bool) -> Option<i64> {
        if !self.has_room() {
            return None;
        }
        let (window, b0) = self.window();
        let at = if last {
            window.rfind(self.needle.text)
        } else {
            window.find(self.needle.text)
        }?;
        Some(self.hay.char_index(b0 + at) as i64)
    }
}

fn find(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = Search::parse(vm, "find", recv, args, kwargs)?;
    Ok(Value::Int(s.find(false).unwrap_or(-1)))
}

fn rfind(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = Search::parse(vm, "rfind", recv, args, kwargs)?;
    Ok(Value::Int(s.find(true).unwrap_or(-1)))
}

fn not_found() -> PyError {
    args::error(ExcKind::ValueError, "substring not found")
}

fn index(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = Search::parse(vm, "index", recv, args, kwargs)?;
    s.find(false).map(Value::Int).ok_or_else(not_found)
}

fn rindex(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = Search::parse(vm, "rindex", recv, args, kwargs)?;
    s.find(true).map(Value::Int).ok_or_else(not_found)
}

/// Non-overlapping occurrences; the empty string occurs between every
/// two code points and at both ends of the window.
fn count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = Search::parse(vm, "count", recv, args, kwargs)?;
    if !s.has_room() {
        return Ok(Value::Int(0));
    }
    if s.needle.nchars == 0 {
        return Ok(Value::Int(s.end - s.start + 1));
    }
    let (window, _) = s.window();
    Ok(Value::Int(window.matches(s.needle.text).count() as i64))
}

fn startswith(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    affix_match(vm, recv, args, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    affix_match(vm, recv, args, kwargs, "endswith", true)
}

/// `startswith`/`endswith(affix or tuple of affixes, start, end)`.
fn affix_match(vm: &Vm, recv: Value, args: &[Value], kwargs: &[KwArg], name: &str, at_end: bool) -> NativeResult {
    // The common call, one str and no window: the bytes compare as the
    // characters do (a UTF-8 str's prefix or suffix of another ends on a
    // character's boundary).
    if let ([Value::Obj(affix)], [], Value::Obj(hay)) = (args, kwargs, recv) {
        if let (Some(hay), Some(affix)) = (vm.heap.str_obj(hay), vm.heap.str_obj(*affix)) {
            let (hay, affix) = (hay.as_str().as_bytes(), affix.as_str().as_bytes());
            return Ok(Value::Bool(if at_end {
                hay.ends_with(affix)
            } else {
                hay.starts_with(affix)
            }));
        }
    }
    args::no_kwargs(format_args!("str.{name}"), kwargs)?;
    args::takes(name, args, 1, 3)?;
    let start = args::slice_index(vm, args.get(1).copied())?;
    let end = args::slice_index(vm, args.get(2).copied())?;
    let hay = Text::receiver(vm, recv);
    let (start, end) = adjust(start, end, hay.nchars);
    if let Some(affix) = Text::of(vm, args[0]) {
        return Ok(Value::Bool(tail_match(&hay, &affix, start, end, at_end)));
    }
    let Some(Obj::Tuple(options)) = args[0].as_obj().map(|r| vm.heap.get(r)) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(args[0])
            ),
        ));
    };
    for option in options.iter() {
        let Some(affix) = Text::of(vm, *option) else {
            return Err(args::error(
                ExcKind::TypeError,
                format!("tuple for {name} must only contain str, not {}", vm.type_name(*option)),
            ));
        };
        if tail_match(&hay, &affix, start, end, at_end) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// CPython's `tailmatch`: does `affix` sit at the start (or end) of the
/// window `start..end`?
fn tail_match(hay: &Text, affix: &Text, start: i64, end: i64, at_end: bool) -> bool {
    let last_start = end - affix.nchars as i64;
    if last_start < start {
        return false;
    }
    let from = if at_end { last_start } else { start };
    let b = hay.byte_offset(from as usize);
    hay.text[b..].starts_with(affix.text)
}

/// `replace(old, new, count=-1)`.
fn replace(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("str.replace", kwargs)?;
    args::count("replace", args, 2, 3)?;
    let arg_str = |i: usize| {
        Text::of(vm, args[i]).ok_or_else(|| {
            args::error(
                ExcKind::TypeError,
                format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(args[i])
                ),
            )
        })
    };
    let (old, new) = (arg_str(0)?, arg_str(1)?);
    let limit = match args.get(2) {
        Some(n) => args::index_arg(vm, *n)?,
        None => -1,
    };
    let hay = Text::receiver(vm, recv);
    let mut matches = if old.nchars == 0 {
        hay.nchars + 1
    } else {
        hay.text.matches(old.text).count()
    };
    if limit >= 0 {
        matches = matches.min(limit as usize);
    }
    if matches == 0 {
        return Ok(recv);
    }
    let size = hay.text.len().saturating_add(matches.saturating_mul(new.text.len()));
    vm.heap.reserve(size)?;
    vm.charge_bytes(size)?;
    let out = hay.text.replacen(old.text, new.text, matches);
    Ok(vm.new_str(out))
}

/// `sep.join(iterable)`: every item must be a str.
fn join(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let iterable = args::exactly_one("str.join", args, kwargs)?;
    if let Some(joined) = join_strs_in_place(vm, recv, iterable)? {
        return Ok(joined);
    }
    let items = match iterable.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(_) | Obj::Tuple(_)) => vm.collect_iterable(iterable)?,
        _ => {
            if vm.get_iter(iterable).is_err() {
                return Err(args::error(ExcKind::TypeError, "can only join an iterable"));
            }
            vm.collect_iterable(iterable)?
        }
    };
    let sep = Text::receiver(vm, recv);
    let mut size = sep.text.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match vm.as_str(*item) {
            Some(s) => size = size.saturating_add(s.len()),
            None => {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(*item)
                    ),
                ))
            }
        }
    }
    if items.len() == 1 {
        return Ok(items[0]);
    }
    let mut out = args::text_buffer(vm, size)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.text);
        }
        out.push_str(vm.as_str(*item).unwrap_or(""));
    }
    Ok(vm.new_str(out))
}

/// `sep.join(items)` of a list or tuple of two or more strs, read where
/// they are and written straight into the new str: none of the general
/// way's copies. None for anything else (the general way reports errors).
fn join_strs_in_place(vm: &Vm, recv: Value, iterable: Value) -> Result<Option<Value>, PyError> {
    let (Some(sep), Some(Items::Values(items))) = (
        recv.as_obj().and_then(|r| vm.heap.str_obj(r)),
        iterable.as_obj().and_then(|r| vm.heap.seq_items(r)),
    ) else {
        return Ok(None);
    };
    if items.len() < 2 {
        return Ok(None);
    }
    let mut size = sep.byte_len().saturating_mul(items.len() - 1);
    for item in items {
        match item.as_obj().and_then(|r| vm.heap.str_obj(r)) {
            Some(s) => size = size.saturating_add(s.byte_len()),
            None => return Ok(None),
        }
    }
    vm.heap.reserve(size)?;
    vm.charge_bytes(size)?;
    Ok(Some(Value::Obj(vm.heap.new_str_join(sep, items))))
}

fn partition(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    split_around(vm, recv, args, kwargs, "str.partition", false)
}

fn rpartition(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    split_around(vm, recv, args, kwargs, "str.rpartition", true)
}

/// `partition`/`rpartition(sep)`: (before, sep, after) around the first
/// (last) occurrence; when there is none, the whole string stands on the
/// side the search started from.
fn split_around(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg], name: &str, last: bool) -> NativeResult {
    let sep_value = args::exactly_one(name, args, kwargs)?;
    let sep = must_be_str(vm, sep_value)?;
    if sep.nchars == 0 {
        return Err(args::error(ExcKind::ValueError, "empty separator"));
    }
    let hay = Text::receiver(vm, recv);
    let at = if last {
        hay.text.rfind(sep.text)
    } else {
        hay.text.find(sep.text)
    };
    let empty = vm.new_str("");
    let parts = match at {
        Some(b) => {
            let before = vm.new_str(&hay.text[..b]);
            let after = vm.new_str(&hay.text[b + sep.text.len()..]);
            vec![before, sep_value, after]
        }
        None if last => vec![empty, empty, recv],
        None => vec![recv, empty, empty],
    };
    Ok(vm.new_tuple(parts))
}

fn removeprefix(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    remove_affix(vm, recv, args, kwargs, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    remove_affix(vm, recv, args, kwargs, "removesuffix", true)
}

fn remove_affix(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg], name: &str, suffix: bool) -> NativeResult {
    let affix = args::exactly_one(format_args!("str.{name}"), args, kwargs)?;
    let affix = Text::of(vm, affix).ok_or_else(|| {
        args::error(
            ExcKind::TypeError,
            format!("{name}() argument must be str, not {}", vm.type_name(affix)),
        )
    })?;
    let hay = Text::receiver(vm, recv);
    let rest = if suffix {
        hay.text.strip_suffix(affix.text)
    } else {
        hay.text.strip_prefix(affix.text)
    };
    match rest {
        Some(rest) if !affix.text.is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(recv),
    }
}

/// `expandtabs(tabsize=8)`: each tab becomes the spaces to the next
/// multiple of the tab size, counted from the last line break.
fn expandtabs(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("expandtabs", args, kwargs, 1)?;
    let [size] = args::bind("expandtabs", args, kwargs, ["tabsize"])?;
    let size = match size {
        Some(v) => args::index_arg(vm, v)?,
        None => 8,
    };
    // CPython's tabsize is a C int.
    if i32::try_from(size).is_err() {
        return Err(args::error(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let text = Text::receiver(vm, recv).text.to_string();
    let out = expand_tabs(vm, &text, size)?;
    Ok(vm.new_str(out))
}

/// `text` with each tab expanded to the next multiple of `size` columns.
pub(super) fn expand_tabs(vm: &Vm, text: &str, size: i64) -> Result<String, PyError> {
    let mut out = String::with_capacity(text.len());
    let mut column: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - column % size;
                    vm.heap.reserve(out.len().saturating_add(n as usize))?;
                    vm.charge_bytes(n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

/// `zfill(width)`: zeros on the left, after a leading sign.
fn zfill(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let width = args::exactly_one("str.zfill", args, kwargs)?;
    let width = args::index_arg(vm, width)?;
    let s = Text::receiver(vm, recv);
    if width <= s.nchars as i64 {
        return Ok(recv);
    }
    let out = zero_fill(vm, s.text, width as usize - s.nchars)?;
    Ok(vm.new_str(out))
}

/// `text` with `fill` zeros on the left, after a leading sign.
pub(super) fn zero_fill(vm: &Vm, text: &str, fill: usize) -> Result<String, PyError> {
    let mut out = args::text_buffer(vm, fill.saturating_add(text.len()))?;
    let rest = match text.chars().next() {
        Some(sign @ ('+' | '-')) => {
            out.push(sign);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(out)
}

fn center(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pad(vm, recv, args, kwargs, "center")
}

fn ljust(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pad(vm, recv, args, kwargs, "ljust")
}

fn rjust(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pad(vm, recv, args, kwargs, "rjust")
}

/// `center`/`ljust`/`rjust(width, fillchar=' ')`.
fn pad(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg], name: &str) -> NativeResult {
    args::no_kwargs(format_args!("str.{name}"), kwargs)?;
    args::count(name, args, 1, 2)?;
    let width = args::index_arg(vm, args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(f) => fill_char(vm, *f)?,
    };
    let s = Text::receiver(vm, recv);
    if width <= s.nchars as i64 {
        return Ok(recv);
    }
    let out = padded(vm, s.text, width as usize - s.nchars, fill, name)?;
    Ok(vm.new_str(out))
}

/// `text` with `margin` fill characters around it, placed as `name`
/// (`center`, `ljust`, `rjust`) places them.
pub(super) fn padded(vm: &Vm, text: &str, margin: usize, fill: char, name: &str) -> Result<String, PyError> {
    let width = margin + text.chars().count();
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        // CPython's rounding: the odd space goes left only when both the
        // margin and the width are odd.
        _ => margin / 2 + (margin & width & 1),
    };
    let mut out = args::text_buffer(vm, margin.saturating_mul(fill.len_utf8()).saturating_add(text.len()))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, margin - left));
    Ok(out)
}

fn fill_char(vm: &Vm, v: Value) -> Result<char, PyError> {
    let Some(text) = vm.as_str(v) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            ),
        ));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(args::error(
            ExcKind::TypeError,
            "The fill character must be exactly one character long",
        )),
    }
}
