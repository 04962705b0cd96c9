//! `str.split`, `rsplit`, `splitlines` and the `strip` family: the methods
//! that cut a string at separators or whitespace, with Python's notion of
//! whitespace and line boundaries.

use crate::builtins::args;
use crate::error::ExcKind;
use crate::error::PyError;
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::str::Text;

/// `str.isspace` for one character (CPython's table: bidirectional
/// whitespace and separators, including U+001C..U+001F).
pub(super) fn is_py_space(c: char) -> bool {
    crate::unicode::is_space(c)
}

/// Line boundaries for `splitlines`: `\r\n` counts as one.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The `sep` and `maxsplit` arguments of `split` and `rsplit`; a negative
/// maxsplit means no limit.
fn split_args<'a>(
    vm: &'a Vm,
    name: &str,
    args: &[Value],
    kwargs: &[KwArg],
) -> Result<(Option<Text<'a>>, usize), PyError> {
    args::takes(name, args, 0, 2)?;
    let [sep, maxsplit] = args::bind(name, args, kwargs, ["sep", "maxsplit"])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => match Text::of(vm, v) {
            Some(t) if t.nchars == 0 => return Err(args::error(ExcKind::ValueError, "empty separator")),
            Some(t) => Some(t),
            None => {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!("must be str or None, not {}", vm.type_name(v)),
                ))
            }
        },
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(n) => args::index_arg(vm, n)?,
    };
    Ok((sep, if maxsplit < 0 { usize::MAX } else { maxsplit as usize }))
}

fn new_list_of(vm: &Vm, parts: Vec<&str>) -> Value {
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

/// `split(sep=None, maxsplit=-1)`.
pub(super) fn split(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (sep, maxsplit) = split_args(vm, "split", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    let parts: Vec<&str> = match &sep {
        Some(sep) => s.text.splitn(maxsplit.saturating_add(1), sep.text).collect(),
        None => split_whitespace(s.text, maxsplit),
    };
    Ok(new_list_of(vm, parts))
}

/// `rsplit(sep=None, maxsplit=-1)`: like split, counting splits from the
/// right.
pub(super) fn rsplit(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (sep, maxsplit) = split_args(vm, "rsplit", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => s.text.rsplitn(maxsplit.saturating_add(1), sep.text).collect(),
        None => rsplit_whitespace(s.text, maxsplit),
    };
    parts.reverse();
    Ok(new_list_of(vm, parts))
}

/// CPython's `split_whitespace`: runs of whitespace separate words and
/// leading whitespace is dropped; after `maxsplit` splits the rest (less
/// its leading whitespace) is the last word, trailing whitespace and all.
fn split_whitespace(text: &str, maxsplit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(is_py_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == maxsplit {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = &rest[end..];
    }
    parts
}

/// The mirror image of `split_whitespace`, words collected right to left.
fn rsplit_whitespace(text: &str, maxsplit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_end_matches(is_py_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == maxsplit {
            parts.push(rest);
            break;
        }
        let start = rest
            .rfind(is_py_space)
            .map_or(0, |b| b + rest[b..].chars().next().map_or(1, char::len_utf8));
        parts.push(&rest[start..]);
        rest = &rest[..start];
    }
    parts
}

/// `splitlines(keepends=False)`.
pub(super) fn splitlines(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::takes("splitlines", args, 0, 1)?;
    let [keepends] = args::bind("splitlines", args, kwargs, ["keepends"])?;
    let keepends = match keepends {
        None => false,
        Some(k) => args::index_arg(vm, k)? != 0,
    };
    let parts = split_lines(Text::receiver(vm, recv).text, keepends, is_line_break);
    Ok(new_list_of(vm, parts))
}

/// The lines of `text`, ended by what `is_break` accepts (`\r\n` counts
/// as one break), with or without their ends.
pub(super) fn split_lines(text: &str, keepends: bool, is_break: fn(char) -> bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((b, c)) = chars.next() {
        if !is_break(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n') {
            chars.next();
            end += 1;
        }
        parts.push(&text[line_start..if keepends { end } else { b }]);
        line_start = end;
    }
    if line_start < text.len() {
        parts.push(&text[line_start..]);
    }
    parts
}

pub(super) fn strip(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    strip_sides(vm, recv, args, kwargs, "strip", true, true)
}

pub(super) fn lstrip(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    strip_sides(vm, recv, args, kwargs, "lstrip", true, false)
}

pub(super) fn rstrip(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    strip_sides(vm, recv, args, kwargs, "rstrip", false, true)
}

/// `text` without the whitespace at the chosen ends: ASCII bytes first,
/// one compare each, then characters from where a non-ASCII one stopped
/// them (U+00A0 and U+3000 are whitespace too).
fn trim_space(text: &str, left: bool, right: bool) -> &str {
    let bytes = text.as_bytes();
    // The ASCII characters `str.isspace` takes (`is_py_space`'s table
    // search, for one byte).
    let ascii_space = |b: u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    // Only ASCII bytes are passed over: both ends are character
    // boundaries.
    let mut out = &text[super::trimmed(bytes, left, right, ascii_space)];
    if left && out.as_bytes().first().is_some_and(|&b| b >= 0x80) {
        out = out.trim_start_matches(is_py_space);
    }
    if right && out.as_bytes().last().is_some_and(|&b| b >= 0x80) {
        out = out.trim_end_matches(is_py_space);
    }
    out
}

/// `strip(chars=None)`: removes whitespace, or any of `chars`, from the
/// chosen ends.
fn strip_sides(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[KwArg],
    name: &str,
    left: bool,
    right: bool,
) -> NativeResult {
    args::no_kwargs(format_args!("str.{name}"), kwargs)?;
    args::count(name, args, 0, 1)?;
    let vm: &Vm = vm;
    let chars: Option<&str> = match args.first() {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str(*v) {
            Some(set) => Some(set),
            None => {
                return Err(args::error(
                    ExcKind::TypeError,
                    format!("{name} arg must be None or str"),
                ))
            }
        },
    };
    let s = Text::receiver(vm, recv);
    let out = match chars {
        None => trim_space(s.text, left, right),
        Some(set) => {
            let mut out: &str = s.text;
            if left {
                out = out.trim_start_matches(|c| set.contains(c));
            }
            if right {
                out = out.trim_end_matches(|c| set.contains(c));
            }
            out
        }
    };
    if out.len() == s.text.len() {
        return Ok(recv);
    }
    Ok(vm.new_str(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_splits_match_cpython() {
        assert_eq!(split_whitespace("  a  b  ", usize::MAX), vec!["a", "b"]);
        assert_eq!(split_whitespace("  a  b  ", 1), vec!["a", "b  "]);
        assert_eq!(split_whitespace("  a b  ", 0), vec!["a b  "]);
        assert_eq!(split_whitespace("   ", 0), Vec::<&str>::new());
        assert_eq!(rsplit_whitespace("  a  b  ", 1), vec!["b", "  a"]);
        assert_eq!(rsplit_whitespace("a\u{3000}é b", usize::MAX), vec!["b", "é", "a"]);
    }

    #[test]
    fn trim_space_strips_what_isspace_takes() {
        // Every ASCII character at both ends, alone and around a word.
        for b in 0u8..0x80 {
            let c = b as char;
            let text = format!("{c}{c}x{c}");
            let want: &str = text.trim_matches(is_py_space);
            assert_eq!(trim_space(&text, true, true), want, "byte {b}");
        }
        assert_eq!(trim_space(" \u{3000} \t a b \u{a0}\n", true, true), "a b");
        assert_eq!(trim_space("\u{3000} a ", true, false), "a ");
        assert_eq!(trim_space(" é\u{2003}", false, true), " é");
        assert_eq!(trim_space("\x1c\x1f", true, true), "");
        assert_eq!(trim_space("", true, true), "");
    }
}
