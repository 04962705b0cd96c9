//! Floats as text: the shortest round-trip `repr`, C-style fixed,
//! exponent and general forms, and `round()`.

use crate::error::{ExcKind, OpResult, RawError};

/// The shortest decimal digits that read back as `x` (> 0, finite), and
/// the decimal exponent of the first digit: x = 0.d1d2... * 10**(exp+1).
///
/// Where two strings of that length both read back as `x`, CPython (David
/// Gay's `dtoa`, mode 0) prints the one nearer to `x`'s exact value, and on
/// an exact tie the one with an even last digit: `2.0 ** -25` is
/// `2.9802322387695312e-08`. Rust's shortest form breaks such ties
/// upward, so its length is kept and the digits are taken from the
/// correctly rounded (half to even) form of that length, unless that one
/// does not read back (next to a power of two the interval below `x` is
/// narrower).
fn shortest_digits(x: f64) -> (String, i32) {
    let split = |s: &str| -> (String, i32) {
        let (mantissa, exp) = s.split_once('e').expect("{:e} has an exponent");
        let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
        (digits, exp.parse().expect("an integer exponent"))
    };
    let shortest = format!("{:e}", x);
    let (digits, exp) = split(&shortest);
    let nearest = format!("{:.*e}", digits.len() - 1, x);
    if nearest != shortest && nearest.parse::<f64>() == Ok(x) {
        return split(&nearest);
    }
    (digits, exp)
}

/// `repr(x)` for a float, as CPython prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, exp) = shortest_digits(x.abs());
    let body = if (-4..16).contains(&exp) {
        positional(&digits, exp, true)
    } else {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    format!("{sign}{body}")
}

/// Places digits (first digit at 10**exp) as a positional number; with
/// `force_point`, an integral value still gets `.0`.
fn positional(digits: &str, exp: i32, force_point: bool) -> String {
    let n = digits.len() as i32;
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else if exp + 1 >= n {
        let mut s = format!("{}{}", digits, "0".repeat((exp + 1 - n) as usize));
        if force_point {
            s.push_str(".0");
        }
        s
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        format!("{a}.{b}")
    }
}

/// Digits past this many after the point are all zeros for every double
/// (the smallest has 1074 fractional digits, and no double has more than
/// 767 significant ones), and Rust's formatting takes precisions only up
/// to 65535: longer ones are these digits and then zeros.
const EXACT_DIGITS: usize = 1100;

/// `%.{prec}f` of |x| (finite).
pub(crate) fn fixed(x: f64, prec: usize) -> String {
    if let Some(s) = fixed_scaled(x, prec) {
        return s;
    }
    if prec <= EXACT_DIGITS {
        return format!("{:.*}", prec, x);
    }
    let mut s = format!("{:.*}", EXACT_DIGITS, x);
    s.extend(std::iter::repeat_n('0', prec - EXACT_DIGITS));
    s
}

/// `fixed` for the common case (a few digits of a moderate number, as in
/// `f"{t:.1f}"`) in a few dozen instructions instead of Rust's exact
/// formatting's thousand: the digits are x * 10^prec rounded to an
/// integer. That product is computed with one rounding, so the exact
/// product lies within y * 2^-52 of the computed y; when the fraction of y
/// is farther than that from one half, both round to the same integer.
/// Near a tie (`2.675` to 2 places), or when the product is too large for
/// the argument to hold, None: the exact way decides.
fn fixed_scaled(x: f64, prec: usize) -> Option<String> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let scale = *POW10.get(prec)?;
    let y = x * scale;
    // Below 2^50 the product's error is at most 1/4 and its fraction is
    // exact.
    if !(0.0..1125899906842624.0).contains(&y) {
        return None;
    }
    let whole = y.floor();
    let fraction = y - whole;
    let error = y * (1.0 / 4503599627370496.0);
    let digits = if fraction < 0.5 - error {
        whole as u64
    } else if fraction > 0.5 + error {
        whole as u64 + 1
    } else {
        return None;
    };
    let mut buf = [0u8; 20];
    let text = super::text::int_decimal(digits as i64, &mut buf);
    if prec == 0 {
        return Some(text.to_string());
    }
    let mut s = String::with_capacity(text.len().max(prec + 1) + 1);
    // At least one digit before the point: zeros in front of short digits.
    for _ in text.len()..prec + 1 {
        s.push('0');
    }
    s.push_str(text);
    s.insert(s.len() - prec, '.');
    Some(s)
}

/// `%.{prec}e` of |x| (finite), with C's two-digit signed exponent.
pub(crate) fn exponent(x: f64, prec: usize, upper: bool) -> String {
    let mut s = format!("{:.*e}", prec.min(EXACT_DIGITS), x);
    if prec > EXACT_DIGITS {
        let at = s.find('e').expect("{:e} has an exponent");
        s.insert_str(at, &"0".repeat(prec - EXACT_DIGITS));
    }
    let (m, e) = s.split_once('e').expect("{:e} has an exponent");
    let e: i32 = e.parse().expect("integer exponent");
    format!(
        "{m}{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// `%.{prec}g` of |x| (finite): fixed or exponent form by the exponent,
/// trailing zeros removed unless `alternate`. With `repr_style` (the empty
/// format type), a fixed result keeps at least one digit after the point.
/// More significant digits than any double's exact decimal expansion has
/// (767): the `g` form of a larger precision strips the rest, zeros.
pub(crate) const GENERAL_DIGITS: usize = 800;

pub(crate) fn general(x: f64, prec: usize, upper: bool, alternate: bool, repr_style: bool) -> String {
    // Past a double's longest exact expansion, the digits are zeros, which
    // this form strips: any larger precision gives the same text, made
    // without writing them (`f"{x:.2147483647g}"` is CPython's `1.5`).
    let p = if alternate {
        prec.max(1)
    } else {
        prec.clamp(1, GENERAL_DIGITS)
    };
    // Zero goes the same way as any other value (its exponent is 0), so
    // `f'{0.0:.0}'` is `0e+00`, as CPython prints it.
    let e_form = exponent(x, p - 1, upper);
    let exp: i32 = e_form[e_form.find(['e', 'E']).expect("exponent") + 1..]
        .parse()
        .expect("int");
    // The empty format type must show a digit after the point, so CPython
    // switches to exponent form one digit earlier (format_float_short).
    let limit = if repr_style { p as i32 - 1 } else { p as i32 };
    let mut s = if exp >= -4 && exp < limit {
        fixed(x, (p as i32 - 1 - exp) as usize)
    } else {
        e_form
    };
    if !alternate {
        s = strip_trailing_zeros(&s);
    } else if !s.contains('.') {
        // `#` keeps the point, with no digit after it (`1.e+02`, `1.`).
        let at = s.find(['e', 'E']).unwrap_or(s.len());
        s.insert(at, '.');
    }
    if repr_style && !s.contains(['.', 'e', 'E']) {
        s.push_str(".0");
    }
    s
}

fn strip_trailing_zeros(s: &str) -> String {
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mantissa = if mantissa.contains('.') {
        mantissa.trim_end_matches('0').trim_end_matches('.')
    } else {
        mantissa
    };
    format!("{mantissa}{exp}")
}

/// `str(x)` / `repr(x)` with a precision: the empty format type (with
/// `#`, trailing zeros stay, as for `g`).
pub(crate) fn repr_with_precision(x: f64, prec: Option<usize>, alternate: bool) -> String {
    match prec {
        None => float_repr(x).trim_start_matches('-').to_string(),
        Some(p) => general(x, p, false, alternate, true),
    }
}

/// `round(x, ndigits)`: correctly rounded, ties to even, on the exact
/// binary value (`round(2.675, 2) == 2.67`).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    let text = if ndigits >= 0 {
        fixed(x, ndigits as usize)
    } else {
        round_to_tens(x, (-ndigits) as usize)
    };
    let r: f64 = text.parse().unwrap_or(x);
    if r == 0.0 {
        0.0f64.copysign(x)
    } else {
        r
    }
}

/// Rounds x to a multiple of 10**k (ties to even) using its exact decimal
/// expansion, and returns the result as decimal text.
fn round_to_tens(x: f64, k: usize) -> String {
    let exact = format!("{:.1100}", x.abs());
    let (int_part, frac) = exact.split_once('.').expect("fixed format has a point");
    let frac_nonzero = frac.bytes().any(|b| b != b'0');
    let digits: Vec<u8> = int_part.bytes().map(|b| b - b'0').collect();
    if digits.len() <= k {
        // |x| < 10**k: the result is 0 or 10**k.
        let half_cmp = if digits.len() < k {
            std::cmp::Ordering::Less
        } else {
            let mut cmp = digits[0].cmp(&5);
            if cmp == std::cmp::Ordering::Equal {
                let rest = digits[1..].iter().any(|d| *d != 0) || frac_nonzero;
                if rest {
                    cmp = std::cmp::Ordering::Greater;
                }
            }
            cmp
        };
        let up = half_cmp == std::cmp::Ordering::Greater;
        let sign = if x < 0.0 { "-" } else { "" };
        return if up {
            format!("{sign}1{}", "0".repeat(k))
        } else {
            format!("{sign}0")
        };
    }
    let keep = digits.len() - k;
    let mut head: Vec<u8> = digits[..keep].to_vec();
    let tail = &digits[keep..];
    let cmp = tail[0].cmp(&5).then_with(|| {
        if tail[1..].iter().any(|d| *d != 0) || frac_nonzero {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    let round_up = match cmp {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => head.last().is_some_and(|d| d % 2 == 1),
    };
    if round_up {
        let mut i = head.len();
        loop {
            if i == 0 {
                head.insert(0, 1);
                break;
            }
            i -= 1;
            if head[i] == 9 {
                head[i] = 0;
            } else {
                head[i] += 1;
                break;
            }
        }
    }
    let mut s: String = if x < 0.0 { "-".into() } else { String::new() };
    s.extend(head.iter().map(|d| (b'0' + d) as char));
    s.push_str(&"0".repeat(k));
    s
}

/// `round(x)`: the nearest integer (ties to even), still a float.
pub fn round_float_to_int(x: f64) -> OpResult<f64> {
    if x.is_nan() {
        return Err(RawError::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(RawError::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    Ok(x.round_ties_even())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_scaled_agrees_with_exact_formatting() {
        // Random doubles over many magnitudes, decimal-looking values and
        // their neighbours (ties and near-ties in binary), every precision
        // the fast way takes.
        let mut state = 0x9e3779b97f4a7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut taken = 0;
        for i in 0..400_000u64 {
            let r = next();
            let x = match i % 4 {
                0 => f64::from_bits(r >> 2) % 1e12,
                1 => (r % 2_000_000) as f64 / [1.0, 10.0, 100.0, 1000.0, 8.0, 16.0][(r >> 40) as usize % 6],
                2 => f64::from_bits(((r % 2_000_000) as f64 / 1000.0).to_bits() + (r >> 60) - 8),
                _ => (r >> 11) as f64 / (1u64 << 53) as f64 * 100.0,
            };
            if !x.is_finite() || x < 0.0 {
                continue;
            }
            for prec in [0, 1, 2, 3, 6, (r >> 32) as usize % 16] {
                if let Some(fast) = fixed_scaled(x, prec) {
                    taken += 1;
                    assert_eq!(fast, format!("{:.*}", prec, x), "{x:e} to {prec} places");
                }
            }
        }
        assert!(taken > 1_000_000, "the fast way took only {taken} cases");
        for (x, prec, text) in [
            (0.05, 1, "0.1"),
            (2.675, 2, "2.67"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (0.0, 3, "0.000"),
        ] {
            assert_eq!(fixed(x, prec), text);
        }
    }

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1e15, "1000000000000000.0"),
            (123456789012345.67, "123456789012345.67"),
            (0.1 + 0.2, "0.30000000000000004"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"),
            (123456789.0, "123456789.0"),
            (2.5, "2.5"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn rounding_is_exact_and_half_even() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(1234.5678, -2), 1200.0);
        assert_eq!(round_float(1250.0, -2), 1200.0);
        assert_eq!(round_float(1350.0, -2), 1400.0);
        assert_eq!(round_float(-0.4, 0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_float(51.0, -2), 100.0);
        assert_eq!(round_float_to_int(2.5), Ok(2.0));
        assert_eq!(round_float_to_int(-3.5), Ok(-4.0));
    }

    #[test]
    fn general_format() {
        assert_eq!(general(1234567.0, 3, false, false, true), "1.23e+06");
        assert_eq!(general(1.0, 3, false, false, true), "1.0");
        assert_eq!(general(123.0, 3, false, false, true), "1.23e+02");
        assert_eq!(general(12.0, 3, false, false, true), "12.0");
        assert_eq!(general(100.0, 3, false, false, true), "1e+02");
        assert_eq!(general(123.4, 4, false, false, true), "123.4");
        assert_eq!(general(1e5, 6, false, false, true), "1e+05");
        assert_eq!(general(0.0001234, 6, false, false, false), "0.0001234");
        assert_eq!(general(100.0, 6, false, false, false), "100");
    }
}
