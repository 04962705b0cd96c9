//! The codecs between str and bytes that the subset has: UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 (`codec_wide.rs`), each with the error handlers `strict`, `ignore`, `replace`,
//! `backslashreplace` (and `xmlcharrefreplace` when encoding), and
//! CPython's messages for what they cannot encode or decode. The other
//! encodings CPython knows are `NotImplementedError` (`codec_names.rs`).

use super::codec_names::{NON_TEXT_CODECS, TEXT_ENCODINGS};
use super::codec_wide;
use crate::error::{ExcKind, OpResult, RawError};

/// Which way a codec is asked to go: CPython's refusal of a codec that is
/// not a text encoding names `codecs.encode()` or `codecs.decode()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Direction {
    Encode,
    Decode,
}

/// An encoding or decoding makes at most this many bytes per byte of its
/// input (UTF-32 of ASCII, `\xNN` for a byte that does not decode): what
/// callers ask the heap for before they run one.
pub const GROWTH: usize = 4;

/// A codec by its canonical name (the one CPython's messages use).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(ByteOrder),
    Utf32(ByteOrder),
}

/// The byte order of UTF-16 and UTF-32.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ByteOrder {
    /// `utf-16`, `utf-32`: a byte order mark written when encoding (and
    /// little-endian units), read when decoding (little-endian without).
    Marked,
    Little,
    Big,
}

impl Codec {
    /// The codec an encoding name means, as CPython normalizes names
    /// (case, `-` or `_` or a space between words). An encoding CPython
    /// has and Rumba does not is `NotImplementedError`; a name CPython
    /// does not know, or a codec that is not a text encoding, its
    /// `LookupError`.
    pub fn named(name: &str, direction: Direction) -> OpResult<Codec> {
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
            other => {
                let canonical = TEXT_ENCODINGS
                    .iter()
                    .find(|(alias, _)| *alias == other)
                    .map(|(_, c)| *c);
                match canonical {
                    Some("utf-16") => Codec::Utf16(ByteOrder::Marked),
                    Some("utf-16-le") => Codec::Utf16(ByteOrder::Little),
                    Some("utf-16-be") => Codec::Utf16(ByteOrder::Big),
                    Some("utf-32") => Codec::Utf32(ByteOrder::Marked),
                    Some("utf-32-le") => Codec::Utf32(ByteOrder::Little),
                    Some("utf-32-be") => Codec::Utf32(ByteOrder::Big),
                    _ => return Err(unimplemented_codec(name, other, direction)),
                }
            }
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(ByteOrder::Marked) => "utf-16",
            Codec::Utf16(ByteOrder::Little) => "utf-16-le",
            Codec::Utf16(ByteOrder::Big) => "utf-16-be",
            Codec::Utf32(ByteOrder::Marked) => "utf-32",
            Codec::Utf32(ByteOrder::Little) => "utf-32-le",
            Codec::Utf32(ByteOrder::Big) => "utf-32-be",
        }
    }

    /// The code point past the last the codec encodes as one byte (the
    /// Unicode codecs have none: they encode everything).
    fn limit(self) -> Option<u32> {
        match self {
            Codec::Ascii => Some(128),
            Codec::Latin1 => Some(256),
            Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_) => None,
        }
    }
}

/// Why a normalized encoding name is not one of Rumba's codecs.
fn unimplemented_codec(name: &str, normalized: &str, direction: Direction) -> RawError {
    if let Some((_, canonical)) = TEXT_ENCODINGS.iter().find(|(alias, _)| *alias == normalized) {
        return RawError::new(
            ExcKind::NotImplementedError,
            format!("the '{canonical}' codec is not supported by Rumba"),
        );
    }
    if NON_TEXT_CODECS.contains(&normalized) {
        let call = match direction {
            Direction::Encode => "encode",
            Direction::Decode => "decode",
        };
        return RawError::new(
            ExcKind::LookupError,
            format!("'{name}' is not a text encoding; use codecs.{call}() to handle arbitrary codecs"),
        );
    }
    RawError::new(ExcKind::LookupError, format!("unknown encoding: {name}"))
}

/// What to do with what a codec cannot handle.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    /// `surrogateescape` and `surrogatepass`: a Rumba str holds no
    /// surrogates, so encoding with them fails as `strict` does (as in
    /// CPython for any other character); decoding would make surrogates.
    Surrogates,
}

/// The handler an `errors=` name means. CPython looks the name up only
/// when an error happens, so an unknown one fails only then.
fn handler(name: &str) -> OpResult<Handler> {
    match name {
        "strict" => Ok(Handler::Strict),
        "ignore" => Ok(Handler::Ignore),
        "replace" => Ok(Handler::Replace),
        "backslashreplace" => Ok(Handler::BackslashReplace),
        "xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        "namereplace" => Ok(Handler::NameReplace),
        "surrogateescape" | "surrogatepass" => Ok(Handler::Surrogates),
        _ => Err(RawError::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{name}'"),
        )),
    }
}

/// A code point as CPython's encode errors and `backslashreplace` show
/// it: `\xe9`, `\u20ac`, `\U0001f600`.
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x1_0000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// A handler decoding cannot use: CPython's TypeError for those that only
/// encode, Rumba's NotImplementedError for those that make surrogates.
fn decode_handler_error(handler: Handler, name: &str) -> RawError {
    if handler == Handler::Surrogates {
        return RawError::new(
            ExcKind::NotImplementedError,
            format!("the '{name}' error handler of decoding is not supported by Rumba"),
        );
    }
    RawError::type_error("don't know how to handle UnicodeDecodeError in error callback")
}

/// `text.encode(codec, errors)`.
pub fn encode(text: &str, codec: Codec, errors: &str) -> OpResult<Vec<u8>> {
    let Some(limit) = codec.limit() else {
        return Ok(match codec {
            Codec::Utf16(order) => codec_wide::encode_utf16(text, order),
            Codec::Utf32(order) => codec_wide::encode_utf32(text, order),
            _ => text.as_bytes().to_vec(),
        });
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
            Handler::Strict | Handler::Surrogates => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", escaped_char(chars[i]))
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
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escaped_char(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            Handler::NameReplace => {
                return Err(RawError::new(
                    ExcKind::NotImplementedError,
                    "the 'namereplace' error handler is not supported by Rumba",
                ))
            }
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
                decode_failure(&mut out, errors, codec, data, i, i + 1, "ordinal not in range(128)")?;
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Utf16(order) => codec_wide::decode_utf16(data, order, errors),
        Codec::Utf32(order) => codec_wide::decode_utf32(data, order, errors),
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
                decode_failure(&mut out, errors, Codec::Utf8, data, good, end, reason)?;
                at = end;
            }
        }
    }
}

/// What the `errors` handler makes of the bytes `data[start..end]` that
/// the codec cannot decode: text added to `out`, or the error.
pub(super) fn decode_failure(
    out: &mut String,
    errors: &str,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> OpResult<()> {
    match handler(errors)? {
        Handler::Strict => return Err(decode_error(codec, data, start, end, reason)),
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        other => return Err(decode_handler_error(other, errors)),
    }
    Ok(())
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
