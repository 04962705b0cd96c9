//! UTF-16 and UTF-32, each with a byte order mark (`utf-16`: written when
//! encoding, read when decoding, little-endian without one) or in a fixed
//! order (`utf-16-le`, `utf-16-be`, ...), and CPython's decode errors.
//! Encoding cannot fail: a Rumba str holds no lone surrogates.

use super::codec::{decode_failure, ByteOrder, Codec};
use crate::error::OpResult;

const UTF16_BOM_LE: [u8; 2] = [0xFF, 0xFE];
const UTF16_BOM_BE: [u8; 2] = [0xFE, 0xFF];
const UTF32_BOM_LE: [u8; 4] = [0xFF, 0xFE, 0x00, 0x00];
const UTF32_BOM_BE: [u8; 4] = [0x00, 0x00, 0xFE, 0xFF];

pub(super) fn encode_utf16(text: &str, order: ByteOrder) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * text.len() + 2);
    if order == ByteOrder::Marked {
        out.extend_from_slice(&UTF16_BOM_LE);
    }
    let mut units = [0u16; 2];
    for c in text.chars() {
        for u in c.encode_utf16(&mut units) {
            if order == ByteOrder::Big {
                out.extend_from_slice(&u.to_be_bytes());
            } else {
                out.extend_from_slice(&u.to_le_bytes());
            }
        }
    }
    out
}

pub(super) fn encode_utf32(text: &str, order: ByteOrder) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 * text.len() + 4);
    if order == ByteOrder::Marked {
        out.extend_from_slice(&UTF32_BOM_LE);
    }
    for c in text.chars() {
        if order == ByteOrder::Big {
            out.extend_from_slice(&(c as u32).to_be_bytes());
        } else {
            out.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    out
}

/// Whether `data` is little-endian, and where its text starts (after a
/// byte order mark that `order` asks to read).
fn order_of(data: &[u8], order: ByteOrder, bom_le: &[u8], bom_be: &[u8]) -> (bool, usize) {
    match order {
        ByteOrder::Marked if data.starts_with(bom_le) => (true, bom_le.len()),
        ByteOrder::Marked if data.starts_with(bom_be) => (false, bom_be.len()),
        ByteOrder::Big => (false, 0),
        _ => (true, 0),
    }
}

/// The order errors are reported in: the one the data turned out to have.
fn fixed(little: bool) -> ByteOrder {
    if little {
        ByteOrder::Little
    } else {
        ByteOrder::Big
    }
}

pub(super) fn decode_utf16(data: &[u8], order: ByteOrder, errors: &str) -> OpResult<String> {
    let (little, mut at) = order_of(data, order, &UTF16_BOM_LE, &UTF16_BOM_BE);
    let codec = Codec::Utf16(fixed(little));
    let unit = |i: usize| {
        let pair = [data[i], data[i + 1]];
        u32::from(if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        })
    };
    let mut out = String::with_capacity(data.len() / 2);
    while at < data.len() {
        let left = data.len() - at;
        if left < 2 {
            decode_failure(&mut out, errors, codec, data, at, data.len(), "truncated data")?;
            break;
        }
        let u = unit(at);
        match u {
            0xD800..=0xDBFF if left < 4 => {
                decode_failure(&mut out, errors, codec, data, at, data.len(), "unexpected end of data")?;
                break;
            }
            0xD800..=0xDBFF => {
                let low = unit(at + 2);
                if (0xDC00..=0xDFFF).contains(&low) {
                    let c = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    out.push(char::from_u32(c).expect("a surrogate pair is a code point"));
                    at += 4;
                } else {
                    decode_failure(&mut out, errors, codec, data, at, at + 2, "illegal UTF-16 surrogate")?;
                    at += 2;
                }
            }
            0xDC00..=0xDFFF => {
                decode_failure(&mut out, errors, codec, data, at, at + 2, "illegal encoding")?;
                at += 2;
            }
            _ => {
                out.push(char::from_u32(u).expect("not a surrogate"));
                at += 2;
            }
        }
    }
    Ok(out)
}

pub(super) fn decode_utf32(data: &[u8], order: ByteOrder, errors: &str) -> OpResult<String> {
    let (little, mut at) = order_of(data, order, &UTF32_BOM_LE, &UTF32_BOM_BE);
    let codec = Codec::Utf32(fixed(little));
    let mut out = String::with_capacity(data.len() / 4);
    while at < data.len() {
        if data.len() - at < 4 {
            decode_failure(&mut out, errors, codec, data, at, data.len(), "truncated data")?;
            break;
        }
        let word = [data[at], data[at + 1], data[at + 2], data[at + 3]];
        let c = if little {
            u32::from_le_bytes(word)
        } else {
            u32::from_be_bytes(word)
        };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => {
                let reason = if (0xD800..0xE000).contains(&c) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                decode_failure(&mut out, errors, codec, data, at, at + 4, reason)?;
            }
        }
        at += 4;
    }
    Ok(out)
}
