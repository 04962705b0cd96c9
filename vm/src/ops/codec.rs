//! The codecs between str and bytes that the subset has: UTF-8, ASCII and
//! Latin-1, each with the error handlers `strict`, `ignore` and `replace`,
//! and CPython's messages for what they cannot encode or decode.

use crate::error::{ExcKind, OpResult, RawError};

/// A codec by its canonical name (the one CPython's messages use).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an encoding name means, as CPython normalizes names
    /// (case, `-` or `_` or a space between words); `LookupError` for others.
    pub fn named(name: &str) -> OpResult<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => {
                Codec::Latin1
            }
            _ => return Err(RawError::new(ExcKind::LookupError, format!("unknown encoding: {name}"))),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec encodes as one byte (UTF-8 has
    /// none: it encodes everything).
    fn limit(self) -> Option<u32> {
        match self {
            Codec::Utf8 => None,
            Codec::Ascii => Some(128),
            Codec::Latin1 => Some(256),
        }
    }
}

/// What to do with what a codec cannot handle.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Handler {
    Strict,
    Ignore,
    Replace,
}

/// The handler an `errors=` name means. CPython looks the name up only
/// when an error happens, so an unknown one fails only then.
fn handler(name: &str) -> OpResult<Handler> {
    match name {
        "strict" => Ok(Handler::Strict),
        "ignore" => Ok(Handler::Ignore),
        "replace" => Ok(Handler::Replace),
        _ => Err(RawError::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{name}'"),
        )),
    }
}

/// A code point as CPython's encode errors show it: `'\xe9'`, `'\u20ac'`.
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x1_0000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

/// `text.encode(codec, errors)`.
pub fn encode(text: &str, codec: Codec, errors: &str) -> OpResult<Vec<u8>> {
    let Some(limit) = codec.limit() else {
        return Ok(text.as_bytes().to_vec());
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot take, as CPython reports it.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match handler(errors)? {
            Handler::Strict => {
                let what = if end - i == 1 {
                    format!("character {} in position {i}", escaped_char(chars[i]))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(RawError::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
        }
        i = end;
    }
    Ok(out)
}

/// `data.decode(codec, errors)`.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> OpResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                    continue;
                }
                match handler(errors)? {
                    Handler::Strict => return Err(decode_error(codec, data, i, i + 1, "ordinal not in range(128)")),
                    Handler::Ignore => {}
                    Handler::Replace => out.push('\u{fffd}'),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(data, errors),
    }
}

fn decode_utf8(data: &[u8], errors: &str) -> OpResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut at = 0;
    loop {
        match std::str::from_utf8(&data[at..]) {
            Ok(rest) => {
                out.push_str(rest);
                return Ok(out);
            }
            Err(e) => {
                let good = at + e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[at..good]).unwrap_or_default());
                // Rust and CPython both take the maximal invalid prefix
                // of a sequence as one error.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = data[good];
                        let reason = if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (good + n, reason)
                    }
                };
                match handler(errors)? {
                    Handler::Strict => return Err(decode_error(Codec::Utf8, data, good, end, reason)),
                    Handler::Ignore => {}
                    Handler::Replace => out.push('\u{fffd}'),
                }
                at = end;
            }
        }
    }
}

/// `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position
/// 0: invalid start byte`.
fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> RawError {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", data[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    RawError::new(
        ExcKind::UnicodeDecodeError,
        format!("'{}' codec can't decode {what}: {reason}", codec.name()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_errors_name_the_run() {
        let e = encode("aé€b", Codec::Ascii, "strict").unwrap_err();
        assert_eq!(
            e.msg,
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
        );
        let e = encode("a€", Codec::Latin1, "strict").unwrap_err();
        assert_eq!(
            e.msg,
            "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"
        );
        assert_eq!(encode("aé", Codec::Ascii, "replace").unwrap(), b"a?");
        assert_eq!(encode("aé", Codec::Ascii, "ignore").unwrap(), b"a");
    }

    #[test]
    fn utf8_decode_errors_as_cpython() {
        let e = decode(b"\xff", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            e.msg,
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        let e = decode(b"a\xe2\x82", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            e.msg,
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"
        );
        let e = decode(b"\xe2\x28\xa1", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            e.msg,
            "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"
        );
        assert_eq!(decode(b"a\xffb", Codec::Utf8, "replace").unwrap(), "a\u{fffd}b");
    }
}
