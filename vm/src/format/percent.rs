//! `%`-formatting of strings (`"%5.2f %s" % (x, y)`) and of bytes
//! (`b"%d %s" % (n, data)`). A bytes format runs through the same code as
//! text whose characters are its bytes (Latin-1: one char per byte), so
//! widths, precisions and numbers are laid out by one implementation.

use super::bigint::IntRef;
use super::float::{exponent, fixed, general};
use crate::error::{OpResult, RawError};
use crate::numeric::{float_to_int, Num};

/// One argument of a `%` format, prepared by the VM: its number (ints and
/// bools as Int), its text if it is a str (for a bytes format: its bytes as
/// Latin-1 text if it is bytes-like or has `__bytes__`), and its `str()`
/// and `repr()`.
pub struct PercentArg<'a> {
    pub num: Option<Num>,
    /// The value, when it is an int past 64 bits (`num` is then None).
    pub big: Option<&'a dashu_int::IBig>,
    pub text: Option<&'a str>,
    pub str_form: &'a str,
    pub repr_form: &'a str,
    pub type_name: &'a str,
}

#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
}

/// What the VM decides about a `%` format beside its arguments.
pub struct PercentContext<'r> {
    /// The right operand is one value that CPython treats as a mapping (it
    /// has `__getitem__` and is neither a tuple nor a str): `%(key)` fields
    /// may look keys up in it, and a format that uses none of it is not an
    /// error (`'' % []` is `''`).
    pub mapping: bool,
    /// Asked before a field that may take `bytes` is made, so a width of
    /// 2**40 is a `MemoryError` (or the budget), not an abort.
    pub room: &'r mut dyn FnMut(usize) -> OpResult<()>,
    /// `sys.get_int_max_str_digits()`, for `%d` of a big int.
    pub digit_limit: usize,
    /// The format is bytes (as Latin-1 text): `%s` and `%b` take bytes,
    /// `%r` is `%a`, `%c` takes a byte.
    pub bytes: bool,
}

/// `fmt % args` with no bound on what a field may take.
pub fn percent_format(fmt: &str, args: &[PercentArg]) -> OpResult<String> {
    let mut room = |_: usize| Ok(());
    percent_format_in(
        fmt,
        args,
        &[],
        PercentContext {
            mapping: false,
            room: &mut room,
            digit_limit: super::bigint::DEFAULT_MAX_STR_DIGITS,
            bytes: false,
        },
    )
}

/// Widths past this are CPython's "width too big" (`PY_SSIZE_T_MAX`).
const MAX_WIDTH: usize = isize::MAX as usize;
/// Precisions past this are CPython's "precision too big" (`INT_MAX`).
const MAX_PRECISION: usize = i32::MAX as usize;

/// `fmt % args`; `keyed` holds the values the `%(key)` fields of `fmt`
/// name, looked up by the caller in the order `mapping_keys` gave.
pub fn percent_format_in(
    fmt: &str,
    args: &[PercentArg],
    keyed: &[PercentArg],
    ctx: PercentContext,
) -> OpResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut next = 0;
    let mut keys_used = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut current = None;
        let spec_at = i;
        if i < chars.len() && chars[i] == '(' {
            if !ctx.mapping {
                return Err(RawError::type_error("format requires a mapping"));
            }
            mapping_key(&chars, &mut i)?;
            // The field formats the value its key looked up (in the order
            // of `mapping_keys`); after it, as in CPython, no field takes
            // a positional argument any more.
            let value = keyed.get(keys_used).expect("one looked-up value per key");
            keys_used += 1;
            next = usize::MAX;
            current = Some(value);
        }
        let mut flags = Flags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if chars.get(i) == Some(&'*') {
            i += 1;
            let w = star_argument(args, &mut next)?;
            // A negative width from the arguments left-adjusts.
            if w < 0 {
                flags.left = true;
            }
            width = w.unsigned_abs() as usize;
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width = width
                .saturating_mul(10)
                .saturating_add(chars[i] as usize - '0' as usize);
            i += 1;
        }
        let mut precision = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = 0usize;
            if chars.get(i) == Some(&'*') {
                i += 1;
                // A negative precision from the arguments is 0.
                p = star_argument(args, &mut next)?.max(0) as usize;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p = p.saturating_mul(10).saturating_add(chars[i] as usize - '0' as usize);
                i += 1;
            }
            precision = Some(p);
        }
        if width > MAX_WIDTH {
            return Err(RawError::value_error("width too big"));
        }
        if precision.is_some_and(|p| p > MAX_PRECISION) {
            return Err(RawError::value_error("precision too big"));
        }
        let Some(&conv) = chars.get(i) else {
            return Err(RawError::value_error("incomplete format"));
        };
        i += 1;
        // `%%` is a percent sign; a `%` after a key, flags, a width or a
        // precision is a field that takes its argument, then is refused
        // (CPython 3.11).
        if conv == '%' && i - 1 == spec_at {
            out.push('%');
            continue;
        }
        let unsupported = || {
            RawError::value_error(format!(
                "unsupported format character '{conv}' (0x{:x}) at index {}",
                conv as u32,
                i - 1
            ))
        };
        let known = "diouxXeEfFgGcrsa".contains(conv) || (ctx.bytes && conv == 'b');
        if !known && conv != '%' {
            return Err(unsupported());
        }
        let arg = match current.take() {
            Some(value) => value,
            None => {
                let arg = args
                    .get(next)
                    .ok_or_else(|| RawError::type_error("not enough arguments for format string"))?;
                next += 1;
                arg
            }
        };
        if conv == '%' {
            return Err(unsupported());
        }
        // A float's body is about as long as its precision; any field at
        // least as long as its width.
        (ctx.room)(width.saturating_add(precision.unwrap_or(0)))?;
        let (sign, body, numeric) = convert(conv, arg, &flags, precision, &ctx)?;
        out.push_str(&layout(&flags, width, &sign, &body, numeric));
    }
    if next < args.len() && !ctx.mapping {
        let what = if ctx.bytes { "bytes" } else { "string" };
        return Err(RawError::type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// The keys of `fmt`'s `%(key)` fields in order, up to its first field
/// that `percent_format_in` would refuse (so a bad field before a key is
/// reported before the key is looked up, as CPython does).
pub fn mapping_keys(fmt: &str) -> OpResult<Vec<String>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut keys = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        i += 1;
        if chars[i - 1] != '%' {
            continue;
        }
        if chars.get(i) == Some(&'(') {
            keys.push(mapping_key(&chars, &mut i)?);
        }
        while i < chars.len() && "-+ #0123456789.*".contains(chars[i]) {
            i += 1;
        }
        match chars.get(i) {
            Some(&c) if "%diouxXeEfFgGcrsab".contains(c) => i += 1,
            _ => break,
        }
    }
    Ok(keys)
}

/// A field's use of `str()` (`%s`, `%b`).
pub const FORM_STR: u8 = 1;
/// A field's use of `repr()` (`%r`, `%a`).
pub const FORM_REPR: u8 = 2;

/// The text forms each argument of `fmt` is formatted in (`FORM_STR`,
/// `FORM_REPR`, or neither: a number, a `*` width): positional arguments
/// in order, then the fields by key in order (as `mapping_keys` lists
/// them). So a value is asked only for the forms its field uses, as
/// CPython asks it (`'%s' % x` never calls `x.__repr__`). None for a
/// format that does not parse, which formatting reports.
pub fn forms_needed(fmt: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let chars: Vec<char> = fmt.chars().collect();
    let (mut positional, mut keyed) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < chars.len() {
        i += 1;
        if chars[i - 1] != '%' {
            continue;
        }
        let spec_at = i;
        let by_key = chars.get(i) == Some(&'(');
        if by_key {
            mapping_key(&chars, &mut i).ok()?;
        }
        while i < chars.len() && "-+ #0123456789.*".contains(chars[i]) {
            if chars[i] == '*' && !by_key {
                positional.push(0);
            }
            i += 1;
        }
        let need = match chars.get(i)? {
            // `%%` takes no argument; `%5%` or `%(k)%` takes one, then
            // is refused.
            '%' if i == spec_at => {
                i += 1;
                continue;
            }
            '%' => 0,
            's' | 'b' => FORM_STR,
            'r' | 'a' => FORM_REPR,
            &c if "diouxXeEfFgGc".contains(c) => 0,
            _ => return None,
        };
        if by_key {
            keyed.push(need);
        } else {
            positional.push(need);
        }
        i += 1;
    }
    Some((positional, keyed))
}

/// The key of a `%(key)` field, `chars[*i]` being its `(`; parentheses
/// inside it nest, as in CPython (`%(a(b))s` names `a(b)`).
fn mapping_key(chars: &[char], i: &mut usize) -> OpResult<String> {
    let start = *i + 1;
    let mut depth = 1;
    let mut at = start;
    while at < chars.len() {
        match chars[at] {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    *i = at + 1;
                    return Ok(chars[start..at].iter().collect());
                }
            }
            _ => {}
        }
        at += 1;
    }
    Err(RawError::value_error("incomplete format key"))
}

/// The width or precision a `*` takes from the next argument.
fn star_argument(args: &[PercentArg], next: &mut usize) -> OpResult<i64> {
    let arg = args
        .get(*next)
        .ok_or_else(|| RawError::type_error("not enough arguments for format string"))?;
    *next += 1;
    match arg.num {
        Some(Num::Int(n)) => Ok(n),
        _ if arg.big.is_some() => Err(RawError::new(
            crate::error::ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(RawError::type_error("* wants int")),
    }
}

fn convert(
    conv: char,
    arg: &PercentArg,
    flags: &Flags,
    precision: Option<usize>,
    ctx: &PercentContext,
) -> OpResult<(String, String, bool)> {
    let sign_for = |negative: bool| -> String {
        if negative {
            "-".into()
        } else if flags.plus {
            "+".into()
        } else if flags.space {
            " ".into()
        } else {
            String::new()
        }
    };
    match conv {
        's' | 'b' if ctx.bytes => {
            let Some(text) = arg.text else {
                return Err(RawError::type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    arg.type_name
                )));
            };
            let text = match precision {
                Some(p) => text.chars().take(p).collect(),
                None => text.to_string(),
            };
            Ok((String::new(), text, false))
        }
        'c' if ctx.bytes => {
            let byte = match (arg.num, arg.text) {
                (Some(Num::Int(i)), _) => u8::try_from(i)
                    .map(char::from)
                    .map_err(|_| RawError::new(crate::error::ExcKind::OverflowError, "%c arg not in range(256)"))?,
                (_, Some(t)) if t.chars().count() == 1 => t.chars().next().expect("one char"),
                _ if arg.big.is_some() => {
                    return Err(RawError::new(
                        crate::error::ExcKind::OverflowError,
                        "%c arg not in range(256)",
                    ))
                }
                _ => {
                    return Err(RawError::type_error(
                        "%c requires an integer in range(256) or a single byte",
                    ))
                }
            };
            Ok((String::new(), byte.to_string(), false))
        }
        's' | 'r' | 'a' => {
            let text = match conv {
                's' => arg.str_form.to_string(),
                // A bytes format's `%r` is `%a`: a repr that fits in bytes.
                'r' if !ctx.bytes => arg.repr_form.to_string(),
                _ => crate::ops::text::ascii_escape(arg.repr_form),
            };
            let text = match precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            Ok((String::new(), text, false))
        }
        'c' => {
            let ch = match (arg.num, arg.text) {
                (Some(Num::Int(i)), _) => u32::try_from(i).ok().and_then(char::from_u32).ok_or_else(|| {
                    RawError::new(crate::error::ExcKind::OverflowError, "%c arg not in range(0x110000)")
                })?,
                (_, Some(t)) if t.chars().count() == 1 => t.chars().next().expect("one char"),
                _ if arg.big.is_some() => {
                    return Err(RawError::new(
                        crate::error::ExcKind::OverflowError,
                        "%c arg not in range(0x110000)",
                    ))
                }
                _ => return Err(RawError::type_error("%c requires int or char")),
            };
            Ok((String::new(), ch.to_string(), false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let whole;
            let v = match arg.num {
                _ if arg.big.is_some() => IntRef::Big(arg.big.expect("checked")),
                Some(Num::Int(i)) => IntRef::Small(i),
                Some(Num::Float(f)) if matches!(conv, 'd' | 'i' | 'u') => match float_to_int(f)? {
                    Some(i) => IntRef::Small(i),
                    None => {
                        whole = crate::ops::bigarith::ibig_from_f64(f);
                        IntRef::Big(&whole)
                    }
                },
                Some(Num::Float(_)) => {
                    return Err(RawError::type_error(format!(
                        "%{conv} format: an integer is required, not float"
                    )))
                }
                None => {
                    let what = if matches!(conv, 'd' | 'i' | 'u') {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    return Err(RawError::type_error(format!(
                        "%{conv} format: {what} is required, not {}",
                        arg.type_name
                    )));
                }
            };
            let radix = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut digits = v.magnitude_digits(radix, ctx.digit_limit)?;
            if conv == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = precision {
                if digits.len() < p {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
            }
            if flags.alternate {
                let prefix = match conv {
                    'o' => "0o",
                    'x' => "0x",
                    'X' => "0X",
                    _ => "",
                };
                digits = format!("{prefix}{digits}");
            }
            Ok((sign_for(v.is_negative()), digits, true))
        }
        _ => {
            let v = match arg.num {
                _ if arg.big.is_some() => IntRef::Big(arg.big.expect("checked")).to_f64()?,
                Some(Num::Int(i)) => i as f64,
                Some(Num::Float(f)) => f,
                None if ctx.bytes => {
                    return Err(RawError::type_error(format!(
                        "float argument required, not {}",
                        arg.type_name
                    )))
                }
                None => {
                    return Err(RawError::type_error(format!(
                        "must be real number, not {}",
                        arg.type_name
                    )))
                }
            };
            let negative = v.is_sign_negative() && !v.is_nan();
            let x = v.abs();
            let upper = conv.is_ascii_uppercase();
            let p = precision.unwrap_or(6);
            let mut body = if !x.is_finite() {
                let s = if x.is_nan() { "nan" } else { "inf" };
                if upper {
                    s.to_uppercase()
                } else {
                    s.to_string()
                }
            } else {
                match conv {
                    'e' | 'E' => exponent(x, p, upper),
                    'f' | 'F' => fixed(x, p),
                    _ => general(x, p, upper, flags.alternate, false),
                }
            };
            if flags.alternate && x.is_finite() && !body.contains('.') && !matches!(conv, 'g' | 'G') {
                let at = body.find(['e', 'E']).unwrap_or(body.len());
                body.insert(at, '.');
            }
            // `0` pads inf and nan with zeros too (`'%08f' % inf` is
            // `00000inf` in CPython).
            Ok((sign_for(negative), body, true))
        }
    }
}

fn layout(flags: &Flags, width: usize, sign: &str, body: &str, numeric: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{sign}{body}");
    }
    let n = width - len;
    if flags.left {
        format!("{sign}{body}{}", " ".repeat(n))
    } else if flags.zero && numeric {
        // Zeros go after the sign and any 0x prefix.
        let prefix_len = if body.starts_with("0x") || body.starts_with("0X") || body.starts_with("0o") {
            2
        } else {
            0
        };
        format!("{sign}{}{}{}", &body[..prefix_len], "0".repeat(n), &body[prefix_len..])
    } else {
        format!("{}{sign}{body}", " ".repeat(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> PercentArg<'static> {
        PercentArg {
            num: Some(Num::Int(i)),
            big: None,
            text: None,
            str_form: "",
            repr_form: "",
            type_name: "int",
        }
    }
    fn float(f: f64) -> PercentArg<'static> {
        PercentArg {
            num: Some(Num::Float(f)),
            big: None,
            text: None,
            str_form: "",
            repr_form: "",
            type_name: "float",
        }
    }
    fn s(t: &'static str) -> PercentArg<'static> {
        PercentArg {
            num: None,
            big: None,
            text: Some(t),
            str_form: t,
            repr_form: t,
            type_name: "str",
        }
    }

    /// Expected values printed by CPython 3.11.
    #[test]
    fn matches_cpython() {
        assert_eq!(
            percent_format("%d|%5d|%-5d|%05d|%+d", &[int(3), int(42), int(42), int(-42), int(7)]).unwrap(),
            "3|   42|42   |-0042|+7"
        );
        assert_eq!(
            percent_format(
                "%.9f %e %g %G",
                &[float(0.1), float(12345.678), float(1e-7), float(1e20)]
            )
            .unwrap(),
            "0.100000000 1.234568e+04 1e-07 1E+20"
        );
        assert_eq!(
            percent_format("%x %#X %o %c%c %%", &[int(255), int(255), int(8), int(65), s("b")]).unwrap(),
            "ff 0XFF 10 Ab %"
        );
        assert_eq!(percent_format("%d", &[float(3.9)]).unwrap(), "3");
        assert_eq!(percent_format("%s %.2s", &[s("abc"), s("abc")]).unwrap(), "abc ab");
        assert_eq!(
            percent_format("%d %d", &[int(1)]).unwrap_err().msg,
            "not enough arguments for format string"
        );
        assert_eq!(
            percent_format("%d", &[int(1), int(2)]).unwrap_err().msg,
            "not all arguments converted during string formatting"
        );
        assert_eq!(
            percent_format("%d", &[s("x")]).unwrap_err().msg,
            "%d format: a real number is required, not str"
        );
        assert_eq!(
            percent_format("%f", &[s("x")]).unwrap_err().msg,
            "must be real number, not str"
        );
        assert_eq!(
            percent_format("ab %y", &[int(1)]).unwrap_err().msg,
            "unsupported format character 'y' (0x79) at index 4"
        );
    }
}
