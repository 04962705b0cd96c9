//! Case mapping (`upper lower title capitalize swapcase`) and the
//! character-class predicates (`isdigit isalpha ...`) of `str`.
//!
//! Character classes come from `crate::unicode` (CPython 3.11's tables);
//! case mappings from Rust's, which agree with CPython's except titlecase
//! of a few ligatures.

use crate::builtins::args;
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::str::Text;
use super::str_split::is_py_space;

/// A no-argument method that maps the text to new text.
fn map_text(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[KwArg],
    name: &str,
    f: fn(&str) -> String,
) -> NativeResult {
    args::no_args(name, args, kwargs)?;
    let s = Text::receiver(vm, recv);
    // Case mapping can lengthen a string (`'ß'.upper()` is 'SS'), at most
    // threefold.
    vm.heap.reserve(s.text.len().saturating_mul(3))?;
    vm.charge_bytes(s.text.len())?;
    let out = f(s.text);
    Ok(vm.new_str(out))
}

pub(super) fn upper(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if let Some(done) = ascii_case(vm, recv, args, kwargs, true) {
        return done;
    }
    map_text(vm, recv, args, kwargs, "str.upper", str::to_uppercase)
}

pub(super) fn lower(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if let Some(done) = ascii_case(vm, recv, args, kwargs, false) {
        return done;
    }
    map_text(vm, recv, args, kwargs, "str.lower", str::to_lowercase)
}

/// `lower()`/`upper()` of a non-empty ASCII str without arguments,
/// written straight into the new str; None for the rest (`map_text`).
fn ascii_case(vm: &Vm, recv: Value, args: &[Value], kwargs: &[KwArg], upper: bool) -> Option<NativeResult> {
    if !args.is_empty() || !kwargs.is_empty() {
        return None;
    }
    let s = Text::of(vm, recv)?;
    if s.text.is_empty() || !s.is_ascii() {
        return None;
    }
    // One character comes from the shared table: nothing to allocate.
    if s.text.len() > 1 {
        if let Err(e) = vm
            .heap
            .reserve(s.text.len())
            .and_then(|()| vm.charge_bytes(s.text.len()))
        {
            return Some(Err(e.into()));
        }
    }
    vm.heap.new_str_ascii_case(s.text, upper).map(|r| Ok(Value::Obj(r)))
}

/// `casefold()`: lowercase, with the full case foldings that differ from
/// it (`'ß'` is `'ss'`, a final sigma is a sigma, the ligatures come apart).
pub(super) fn casefold(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, args, kwargs, "str.casefold", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let folded = match c {
                'ß' | '\u{1E9E}' => "ss",
                'ſ' => "s",
                'ς' => "σ",
                'µ' => "μ",
                'ϐ' => "β",
                'ϑ' => "θ",
                'ϕ' => "φ",
                'ϖ' => "π",
                'ϰ' => "κ",
                'ϱ' => "ρ",
                'ϵ' => "ε",
                '\u{345}' | '\u{1FBE}' => "ι",
                'ŉ' => "ʼn",
                'ﬀ' => "ff",
                'ﬁ' => "fi",
                'ﬂ' => "fl",
                'ﬃ' => "ffi",
                'ﬄ' => "ffl",
                'ﬅ' | 'ﬆ' => "st",
                _ => {
                    out.extend(c.to_lowercase());
                    continue;
                }
            };
            out.push_str(folded);
        }
        out
    })
}

pub(super) fn swapcase(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, args, kwargs, "str.swapcase", swapcase_text)
}

pub(super) fn swapcase_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `title()`: a character after a cased one is lowercased, any other is
/// titlecased (`"they're".title()` is `"They'Re"`, as in CPython).
pub(super) fn title(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, args, kwargs, "str.title", title_text)
}

pub(super) fn title_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            push_titlecase(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `capitalize()`: the first character titlecased, the rest lowercased.
pub(super) fn capitalize(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    map_text(vm, recv, args, kwargs, "str.capitalize", capitalize_text)
}

pub(super) fn capitalize_text(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        push_titlecase(&mut out, first);
        out.push_str(&chars.as_str().to_lowercase());
    }
    out
}

/// Titlecase of one character. Rust has no titlecase table: the DŽ/LJ/NJ/DZ
/// digraphs are mapped by hand, and a character whose uppercase is several
/// characters (`ß` → `SS`) keeps the first uppercased and lowers the rest
/// (`Ss`), which is Unicode's titlecase for those.
fn push_titlecase(out: &mut String, c: char) {
    let digraph = match c {
        '\u{1c4}'..='\u{1c6}' => Some('\u{1c5}'),
        '\u{1c7}'..='\u{1c9}' => Some('\u{1c8}'),
        '\u{1ca}'..='\u{1cc}' => Some('\u{1cb}'),
        '\u{1f1}'..='\u{1f3}' => Some('\u{1f2}'),
        _ => None,
    };
    if let Some(t) = digraph {
        out.push(t);
        return;
    }
    for (i, u) in c.to_uppercase().enumerate() {
        if i == 0 {
            out.push(u);
        } else {
            out.extend(u.to_lowercase());
        }
    }
}

/// Unicode general category Lt (titlecase letters), which Rust does not
/// expose.
fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}'
            | '\u{1f88}'..='\u{1f8f}'
            | '\u{1f98}'..='\u{1f9f}'
            | '\u{1fa8}'..='\u{1faf}'
            | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}'
    )
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// A predicate that holds when the string is non-empty and every
/// character satisfies `f`; `ascii` is `f` for ASCII characters, read
/// byte by byte without decoding (the usual case: one character of a
/// loop over a text).
fn all_chars(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[KwArg],
    name: &str,
    ascii: fn(&u8) -> bool,
    f: fn(char) -> bool,
) -> NativeResult {
    args::no_args(name, args, kwargs)?;
    let s = Text::receiver(vm, recv);
    let holds = if s.is_ascii() {
        s.text.as_bytes().iter().all(ascii)
    } else {
        s.text.chars().all(f)
    };
    Ok(Value::Bool(!s.text.is_empty() && holds))
}

/// Whether an ASCII text has a cased character and none of the other
/// case (`islower()` with `lower` true, `isupper()` otherwise).
fn ascii_one_case(text: &str, lower: bool) -> bool {
    let bytes = text.as_bytes();
    if lower {
        !bytes.iter().any(u8::is_ascii_uppercase) && bytes.iter().any(u8::is_ascii_lowercase)
    } else {
        !bytes.iter().any(u8::is_ascii_lowercase) && bytes.iter().any(u8::is_ascii_uppercase)
    }
}

/// Decimal digits: ASCII, or (approximately) numeric characters that are
/// not fractions, Roman numerals, or super- and subscripts.
fn is_decimal_char(c: char) -> bool {
    crate::unicode::decimal_value(c).is_some()
}

pub(super) fn isdigit(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_chars(
        vm,
        recv,
        args,
        kwargs,
        "str.isdigit",
        u8::is_ascii_digit,
        crate::unicode::is_digit,
    )
}

pub(super) fn isdecimal(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_chars(
        vm,
        recv,
        args,
        kwargs,
        "str.isdecimal",
        u8::is_ascii_digit,
        is_decimal_char,
    )
}

pub(super) fn isnumeric(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_chars(
        vm,
        recv,
        args,
        kwargs,
        "str.isnumeric",
        u8::is_ascii_digit,
        crate::unicode::is_numeric,
    )
}

pub(super) fn isalpha(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_chars(
        vm,
        recv,
        args,
        kwargs,
        "str.isalpha",
        u8::is_ascii_alphabetic,
        crate::unicode::is_alpha,
    )
}

pub(super) fn isalnum(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_chars(vm, recv, args, kwargs, "str.isalnum", u8::is_ascii_alphanumeric, |c| {
        crate::unicode::is_alpha(c) || crate::unicode::is_numeric(c)
    })
}

pub(super) fn isspace(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    all_chars(
        vm,
        recv,
        args,
        kwargs,
        "str.isspace",
        |&b| is_py_space(char::from(b)),
        is_py_space,
    )
}

/// `isprintable()`: every character is one `repr` leaves as it is
/// (true of the empty string).
pub(super) fn isprintable(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("str.isprintable", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    let holds = if s.is_ascii() {
        s.text.bytes().all(|b| (b' '..=b'~').contains(&b))
    } else {
        s.text.chars().all(crate::unicode::is_printable)
    };
    Ok(Value::Bool(holds))
}

/// `isidentifier()`: a name the lexer reads as one (keywords included).
pub(super) fn isidentifier(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("str.isidentifier", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    Ok(Value::Bool(is_identifier(s.text)))
}

/// Whether `name` is an identifier: a letter or `_`, then letters,
/// decimal digits and `_` (Unicode's XID classes, near enough: combining
/// marks count where Unicode calls them alphabetic, `²` does not).
pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphabetic() || crate::unicode::decimal_value(c).is_some())
}

pub(super) fn isascii(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("str.isascii", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    Ok(Value::Bool(s.text.is_ascii()))
}

/// `isupper()`: some cased character and no lowercase or titlecase one.
pub(super) fn isupper(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("str.isupper", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    if s.is_ascii() {
        return Ok(Value::Bool(ascii_one_case(s.text, false)));
    }
    let mut cased = false;
    for c in s.text.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}

/// `islower()`: some cased character and no uppercase or titlecase one.
pub(super) fn islower(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("str.islower", args, kwargs)?;
    let s = Text::receiver(vm, recv);
    if s.is_ascii() {
        return Ok(Value::Bool(ascii_one_case(s.text, true)));
    }
    let mut cased = false;
    for c in s.text.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}

/// `istitle()`: uppercase only after uncased characters, lowercase only
/// after cased ones, and at least one cased character.
pub(super) fn istitle(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("str.istitle", args, kwargs)?;
    Ok(Value::Bool(is_title_text(Text::receiver(vm, recv).text)))
}

pub(super) fn is_title_text(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}
