//! String `repr`, and reading `int()` and `float()` arguments from text.

use crate::error::{OpResult, RawError};

/// `repr(s)`, with CPython's choice of quotes and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Removes single underscores between digits; None if misplaced.
fn strip_underscores(s: &str, is_digit: impl Fn(char) -> bool) -> Option<std::borrow::Cow<'_, str>> {
    // Nearly every literal has none: no copy for those.
    if !s.contains('_') {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let ok = i > 0 && is_digit(chars[i - 1]) && chars.get(i + 1).is_some_and(|n| is_digit(*n));
            if !ok {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// What `int()` and `float()` parse, as CPython reads it: decimal digits
/// of any script become ASCII digits and Unicode spaces become ASCII ones.
fn ascii_decimal(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match crate::unicode::decimal_value(c) {
            Some(d) => char::from(b'0' + d as u8),
            None if crate::unicode::is_space(c) => ' ',
            None => c,
        })
        .collect()
}

/// `int(s, base)`, refusing more than `limit` digits in a base that is
/// not a power of two (0: no limit).
pub fn parse_int_str(s: &str, base: u32, limit: usize) -> OpResult<dashu_int::IBig> {
    let invalid = || RawError::value_error(format!("invalid literal for int() with base {base}: {}", str_repr(s)));
    let ascii = ascii_decimal(s);
    let t = ascii.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let prefix = match t.as_bytes() {
        [b'0', p, ..] => Some(p.to_ascii_lowercase()),
        _ => None,
    };
    let (radix, digits) = match (base, prefix) {
        (0 | 16, Some(b'x')) => (16, &t[2..]),
        (0 | 8, Some(b'o')) => (8, &t[2..]),
        (0 | 2, Some(b'b')) => (2, &t[2..]),
        (0, _) => {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return Err(invalid());
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| radix != 10 || base == 0)
        .unwrap_or(digits);
    if digits.is_empty() || !(2..=36).contains(&radix) {
        return Err(invalid());
    }
    let clean = strip_underscores(digits, |c| c.is_digit(radix)).ok_or_else(invalid)?;
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(invalid());
    }
    if clean.len() <= 18 {
        let mag = i64::from_str_radix(&clean, radix).map_err(|_| invalid())?;
        return Ok(dashu_int::IBig::from(if negative { -mag } else { mag }));
    }
    super::bigint::parse_digits(&clean, radix, negative, limit)
}

/// `float(s)`.
pub fn parse_float_str(s: &str) -> OpResult<f64> {
    let invalid = || RawError::value_error(format!("could not convert string to float: {}", str_repr(s)));
    let ascii = ascii_decimal(s);
    let t = ascii.trim();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Ok(sign * f64::INFINITY);
    }
    if body.eq_ignore_ascii_case("nan") {
        return Ok(f64::NAN);
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
    {
        return Err(invalid());
    }
    let clean = strip_underscores(body, |c| c.is_ascii_digit()).ok_or_else(invalid)?;
    clean.parse::<f64>().map(|v| sign * v).map_err(|_| invalid())
}

/// `str(x)` of an int, written into `buf` without allocating: it is the
/// commonest conversion in string-building code.
pub fn int_decimal(x: i64, buf: &mut [u8; 20]) -> &str {
    std::str::from_utf8(int_decimal_ascii(x, buf)).expect("ASCII digits")
}

/// `int_decimal`'s digits (and sign) as the ASCII bytes they are, for a
/// new str that needs no check of them (`Heap::new_str_of_int`).
pub fn int_decimal_ascii(x: i64, buf: &mut [u8; 20]) -> &[u8] {
    // Two digits per division, from a table of the pairs: half the
    // divisions of a digit at a time.
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut mag = x.unsigned_abs();
    let mut at = buf.len();
    while mag >= 100 {
        let pair = (mag % 100) as usize * 2;
        mag /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if mag >= 10 {
        let pair = mag as usize * 2;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + mag as u8;
    }
    if x < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_decimal_covers_the_range() {
        let mut buf = [0u8; 20];
        for x in [
            0,
            7,
            -7,
            9,
            10,
            99,
            -99,
            100,
            997,
            -1000,
            12345,
            -1_000_000_007,
            i64::MAX,
            i64::MIN,
        ] {
            assert_eq!(int_decimal(x, &mut buf), x.to_string());
        }
    }

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n\x01é"), "'tab\\there\\n\\x01é'");
        assert_eq!(str_repr("\u{200b}"), "'\\u200b'");
    }

    #[test]
    fn parsing_numbers() {
        let int = |s: &str, base: u32| parse_int_str(s, base, 4300).map(|x| x.to_string());
        assert_eq!(int("  42 ", 10), Ok("42".into()));
        assert_eq!(int("-1_000", 10), Ok("-1000".into()));
        assert_eq!(int("ff", 16), Ok("255".into()));
        assert_eq!(int("0x1f", 0), Ok("31".into()));
        assert_eq!(int("0x1f", 16), Ok("31".into()));
        assert_eq!(
            int("abc", 10).unwrap_err().msg,
            "invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            int("1.5", 10).unwrap_err().msg,
            "invalid literal for int() with base 10: '1.5'"
        );
        assert_eq!(
            int("-99_999_999_999_999_999_999", 10),
            Ok("-99999999999999999999".into())
        );
        assert_eq!(int("zz".repeat(20).as_str(), 36).map(|s| s.len()), Ok(63));
        assert_eq!(parse_float_str(" 1e3 "), Ok(1000.0));
        assert_eq!(parse_float_str("-Infinity"), Ok(f64::NEG_INFINITY));
        assert_eq!(parse_float_str("1_0.5"), Ok(10.5));
        assert_eq!(
            parse_float_str("x").unwrap_err().msg,
            "could not convert string to float: 'x'"
        );
    }
}
