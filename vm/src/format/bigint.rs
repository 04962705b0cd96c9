//! Ints of any size as text and back, with CPython 3.11's limit on
//! decimal conversion (`sys.set_int_max_str_digits`): converting between
//! an int and more than the limit's decimal digits is a `ValueError`, since
//! that conversion takes time quadratic in the size (a denial of service in
//! CPython before 3.11). Bases that are powers of two are not limited.

use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, Sign};

use crate::error::{OpResult, RawError};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `sys.int_info.str_digits_check_threshold`: the smallest limit but 0.
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// An int of either representation, for the formatting code.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a IBig),
}

impl IntRef<'_> {
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(x) => x.sign() == Sign::Negative,
        }
    }

    /// The digits of the magnitude in `radix` (2, 8, 10 or 16, lower
    /// case), refusing more than `limit` decimal digits (0: no limit).
    pub fn magnitude_digits(self, radix: u32, limit: usize) -> OpResult<String> {
        match self {
            IntRef::Small(v) => {
                let mag = v.unsigned_abs();
                Ok(match radix {
                    2 => format!("{mag:b}"),
                    8 => format!("{mag:o}"),
                    16 => format!("{mag:x}"),
                    _ => mag.to_string(),
                })
            }
            IntRef::Big(x) => {
                let mag = x.unsigned_abs();
                if radix == 10 {
                    check_decimal_size(mag.bit_len(), limit)?;
                    let text = mag.to_string();
                    if limit > 0 && text.len() > limit {
                        return Err(to_str_limit_error(limit));
                    }
                    Ok(text)
                } else {
                    Ok(mag.in_radix(radix).to_string())
                }
            }
        }
    }

    /// The int as the nearest float (for `format(big, 'e')`).
    pub fn to_f64(self) -> OpResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(x) => crate::ops::bigarith::big_to_f64(x),
        }
    }
}

/// The error for an int with more decimal digits than the limit.
pub fn to_str_limit_error(limit: usize) -> RawError {
    RawError::value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn parse_limit_error(limit: usize, digits: usize) -> RawError {
    RawError::value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Refuses, before converting, a magnitude of `bits` bits whose decimal
/// form certainly has more than `limit` digits.
fn check_decimal_size(bits: usize, limit: usize) -> OpResult<()> {
    // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits.
    let fewest = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2).floor() as usize + 1;
    if limit > 0 && fewest > limit {
        return Err(to_str_limit_error(limit));
    }
    Ok(())
}

/// `str(x)` of a big int.
pub fn big_decimal(x: &IBig, limit: usize) -> OpResult<String> {
    let digits = IntRef::Big(x).magnitude_digits(10, limit)?;
    Ok(if x.sign() == Sign::Negative {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `hex(x)`, `oct(x)`, `bin(x)` of an int of either size.
pub fn int_to_base(x: IntRef, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let digits = x.magnitude_digits(radix, 0).expect("a power-of-two base has no limit");
    format!("{}{prefix}{digits}", if x.is_negative() { "-" } else { "" })
}

/// Parses the digits of `int(text, base)` that the caller has validated:
/// `digits` holds only digits of `radix` (no sign, prefix or underscores).
pub fn parse_digits(digits: &str, radix: u32, negative: bool, limit: usize) -> OpResult<IBig> {
    if limit > 0 && !radix.is_power_of_two() && digits.len() > limit {
        return Err(parse_limit_error(limit, digits.len()));
    }
    let magnitude =
        IBig::from_str_radix(digits, radix).map_err(|_| RawError::value_error("invalid digits for int()"))?;
    Ok(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_text_respects_the_limit() {
        let x = IBig::from(10).pow(4299);
        assert_eq!(big_decimal(&x, 4300).unwrap().len(), 4300);
        let y = IBig::from(10).pow(4300);
        assert!(big_decimal(&y, 4300)
            .unwrap_err()
            .msg
            .starts_with("Exceeds the limit (4300 digits)"));
        assert_eq!(big_decimal(&-y.clone(), 0).unwrap().len(), 4302);
        // Far past the limit: refused from the bit length alone.
        assert!(big_decimal(&(IBig::ONE << 100_000), 4300).is_err());
    }

    #[test]
    fn power_of_two_bases_are_not_limited() {
        let x = IBig::ONE << 20_000;
        assert_eq!(int_to_base(IntRef::Big(&x), 16).len(), 2 + 5001);
        assert_eq!(int_to_base(IntRef::Big(&-x), 2).len(), 3 + 20_001);
        assert_eq!(int_to_base(IntRef::Small(-255), 16), "-0xff");
        assert_eq!(int_to_base(IntRef::Small(i64::MIN), 2).len(), 67);
        let digits = "f".repeat(5000);
        assert!(parse_digits(&digits, 16, false, 4300).is_ok());
        assert_eq!(
            parse_digits(&"1".repeat(5000), 10, false, 4300).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
    }
}
