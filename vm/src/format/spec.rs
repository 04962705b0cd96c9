//! The format-spec mini-language: `[[fill]align][sign][#][0][width]
//! [grouping][.precision][type]`, as `format()`, f-strings and
//! `str.format` use it.

use super::bigint::IntRef;
use super::float::{exponent, fixed, general, repr_with_precision};
use crate::error::{OpResult, RawError};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_format_spec(s: &str) -> OpResult<FormatSpec> {
    let c: Vec<char> = s.chars().collect();
    let mut spec = FormatSpec::default();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        spec.fill = Some(c[0]);
        spec.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        spec.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        spec.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        spec.width = parse_count(&w)?;
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        spec.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && matches!(c[i], ',' | '_') {
            return Err(RawError::value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(RawError::value_error("Format specifier missing precision"));
        }
        let p: String = c[start..i].iter().collect();
        spec.precision = Some(parse_count(&p)?);
    }
    if i < c.len() {
        spec.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(RawError::value_error("Invalid format specifier"));
    }
    Ok(spec)
}

/// A width or precision: anything that fits CPython's `Py_ssize_t`. A
/// field that large is refused by the heap limit when it is made, not
/// here (`Vm::format_spec`).
fn parse_count(digits: &str) -> OpResult<usize> {
    match digits.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(n),
        _ => Err(RawError::value_error("Too many decimal digits in format string")),
    }
}

/// Float precisions past C's `INT_MAX` are CPython's "precision too big".
fn check_float_precision(spec: &FormatSpec) -> OpResult<()> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(RawError::value_error("precision too big"));
    }
    Ok(())
}

fn unknown_code(ty: char, type_name: &str) -> RawError {
    RawError::value_error(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
}

/// Inserts a separator every `every` digits from the right of the
/// integer part of a digit string.
fn group(digits: &str, sep: char, every: usize) -> String {
    let (int_part, rest) = match digits.find(|c: char| !c.is_ascii_alphanumeric()) {
        Some(i) => (&digits[..i], &digits[i..]),
        None => (digits, ""),
    };
    let n = int_part.len();
    let mut out = String::with_capacity(n + n / every + rest.len());
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out.push_str(rest);
    out
}

/// Lays out sign + body in the width, with fill and alignment; `=` puts
/// the padding between sign (and prefix) and digits.
fn pad(spec: &FormatSpec, sign: &str, body: &str, numeric: bool) -> String {
    let (fill, align) = match (spec.fill, spec.align) {
        (f, Some(a)) => (
            f.unwrap_or(if spec.zero && f.is_none() && numeric { '0' } else { ' ' }),
            a,
        ),
        (_, None) if spec.zero && numeric => ('0', '='),
        (_, None) => (' ', if numeric { '>' } else { '<' }),
    };
    // Without padding (nearly every spec: `.2f`, `d`): the two joined,
    // without counting chars or going through `format!`.
    let unpadded = || {
        let mut out = String::with_capacity(sign.len() + body.len());
        out.push_str(sign);
        out.push_str(body);
        out
    };
    if spec.width == 0 {
        return unpadded();
    }
    let len = sign.chars().count() + body.chars().count();
    if len >= spec.width {
        return unpadded();
    }
    let n = spec.width - len;
    let fills = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", fills(n)),
        '^' => format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign}{}{body}", fills(n)),
        _ => format!("{}{sign}{body}", fills(n)),
    }
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Whether the padding is zeros between the sign and the digits (the `0`
/// flag, or a `0` fill with `=` alignment: `'010,'`, `'=+020,'`,
/// `'0=12,'`), which grouping then separates too, as CPython does.
fn pads_with_grouped_zeros(spec: &FormatSpec) -> bool {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    fill == '0' && align == '='
}

/// Zero padding with grouping (`format(1234, '010,')`) puts separators
/// into the padding too, as CPython does.
fn zero_pad_grouped(spec: &FormatSpec, sign: &str, digits: &str, sep: char, every: usize) -> String {
    let mut raw = digits.to_string();
    loop {
        let grouped = group(&raw, sep, every);
        if sign.len() + grouped.chars().count() >= spec.width {
            return format!("{sign}{grouped}");
        }
        raw.insert(0, '0');
    }
}

/// `format(v, spec)` of an int; `limit` is the most decimal digits it may
/// take (`sys.get_int_max_str_digits()`, 0 for none).
pub fn format_int(v: IntRef, spec: &FormatSpec, limit: usize) -> OpResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(v.to_f64()?, spec),
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err(RawError::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(RawError::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        let IntRef::Small(v) = v else {
            return Err(RawError::new(
                crate::error::ExcKind::OverflowError,
                "Python int too large to convert to C long",
            ));
        };
        let ch = u32::try_from(v)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| RawError::new(crate::error::ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
        return Ok(pad(spec, "", &ch.to_string(), true));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if spec.grouping == Some(',') && radix != 10 {
        return Err(RawError::value_error(format!("Cannot specify ',' with '{ty}'.")));
    }
    let mut digits = v.magnitude_digits(radix, limit)?;
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let sign = sign_text(v.is_negative(), spec.sign);
    let prefix = if spec.alternate { prefix } else { "" };
    let every = if radix == 10 { 3 } else { 4 };
    if let Some(sep) = spec.grouping {
        if pads_with_grouped_zeros(spec) {
            let lead = format!("{sign}{prefix}");
            return Ok(zero_pad_grouped(spec, &lead, &digits, sep, every));
        }
        digits = group(&digits, sep, every);
    }
    Ok(pad(spec, &format!("{sign}{prefix}"), &digits, true))
}

pub fn format_float(v: f64, spec: &FormatSpec) -> OpResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') {
            return Err(unknown_code(t, "float"));
        }
    }
    check_float_precision(spec)?;
    let negative = v.is_sign_negative() && !v.is_nan();
    let x = v.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        if ty == Some('%') {
            format!("{s}%")
        } else {
            s
        }
    } else {
        let prec = spec.precision;
        match ty {
            Some('f' | 'F') => fixed(x, prec.unwrap_or(6)),
            Some('e' | 'E') => exponent(x, prec.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => general(x, prec.unwrap_or(6), upper, spec.alternate, false),
            Some('%') => format!("{}%", fixed(x * 100.0, prec.unwrap_or(6))),
            _ => repr_with_precision(x, prec, spec.alternate),
        }
    };
    if spec.alternate && x.is_finite() && !body.contains('.') && matches!(ty, None | Some('f' | 'F' | 'e' | 'E' | '%'))
    {
        let at = body.find(['e', 'E', '%']).unwrap_or(body.len());
        body.insert(at, '.');
    }
    let sign = sign_text(negative, spec.sign);
    if let Some(sep) = spec.grouping {
        if pads_with_grouped_zeros(spec) {
            return Ok(zero_pad_grouped(spec, sign, &body, sep, 3));
        }
        body = group(&body, sep, 3);
    }
    Ok(pad(spec, sign, &body, true))
}

pub fn format_str(s: &str, spec: &FormatSpec) -> OpResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(unknown_code(t, "str"));
        }
    }
    if spec.sign.is_some() {
        return Err(RawError::value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(RawError::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(RawError::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if spec.grouping.is_some() {
        return Err(RawError::value_error("Cannot specify ',' with 's'."));
    }
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    // The `0` flag of a str is a fill of zeros, on its usual side
    // (`f"{'x':03}"` is `x00`, as CPython pads it).
    if spec.zero && spec.fill.is_none() {
        let zeros = FormatSpec {
            fill: Some('0'),
            align: spec.align.or(Some('<')),
            zero: false,
            ..spec.clone()
        };
        return Ok(pad(&zeros, "", &text, false));
    }
    Ok(pad(spec, "", &text, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, s: &str) -> String {
        format_float(v, &parse_format_spec(s).unwrap()).unwrap()
    }
    fn i(v: i64, s: &str) -> String {
        format_int(IntRef::Small(v), &parse_format_spec(s).unwrap(), 4300).unwrap()
    }

    /// Expected values printed by CPython 3.11.
    #[test]
    fn specs_match_cpython() {
        assert_eq!(f(2.71929, ".2f"), "2.72");
        assert_eq!(f(2.71929, "10.3f"), "     2.719");
        assert_eq!(f(-3.5, "+08.2f"), "-0003.50");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.25, ".1%"), "25.0%");
        assert_eq!(f(12345.678, ".3e"), "1.235e+04");
        assert_eq!(f(1234567.0, ".3"), "1.23e+06");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(0.1, ""), "0.1");
        assert_eq!(f(2.5, "^9"), "   2.5   ");
        assert_eq!(f(1e-7, "g"), "1e-07");
        assert_eq!(f(f64::INFINITY, "f"), "inf");
        assert_eq!(i(42, "05d"), "00042");
        assert_eq!(i(-42, "*^9"), "***-42***");
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(255, "08b"), "11111111");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(1234, "010,"), "00,001,234");
        assert_eq!(i(65535, "_x"), "ffff");
        assert_eq!(i(1048575, "_x"), "f_ffff");
        assert_eq!(i(5, "+"), "+5");
        assert_eq!(i(3, ".2f"), "3.00");
        assert_eq!(format_str("abc", &parse_format_spec(">5").unwrap()).unwrap(), "  abc");
        assert_eq!(format_str("abcdef", &parse_format_spec(".2").unwrap()).unwrap(), "ab");
        assert_eq!(
            format_float(1.0, &parse_format_spec("d").unwrap()).unwrap_err().msg,
            "Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            format_int(IntRef::Small(1), &parse_format_spec(".2").unwrap(), 4300)
                .unwrap_err()
                .msg,
            "Precision not allowed in integer format specifier"
        );
    }
}
