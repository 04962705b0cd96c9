//! `binascii` and the codecs under `base64`: binary data as ASCII text.
//!
//! `binascii` is native, as CPython's is (`hexlify`, `unhexlify`,
//! `b2a_base64`, `a2b_base64`, `crc32`). `base64` is Python in
//! `base64.py`, as CPython's is, but its base32, base16 and base85 loops
//! (Python in CPython) are the natives at the end of this file, so a
//! megabyte encodes without a Python loop over its bytes. Every codec
//! holds its output against the heap limit and charges the budget for it
//! before it runs.

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{make_exception_class, module_error};

const B64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", hexlify),
        ("unhexlify", unhexlify),
        ("a2b_hex", unhexlify),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
    ];
    let mut attrs: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect();
    let error = make_exception_class(vm, "binascii.Error", ExcKind::ValueError);
    let incomplete = make_exception_class(vm, "binascii.Incomplete", ExcKind::Exception);
    attrs.push(("Error", error));
    attrs.push(("Incomplete", incomplete));
    attrs
}

/// `import base64`: `base64.py` over the natives below.
pub(super) fn import_base64(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "base64",
        include_str!("base64.py"),
        &[
            ("_native_b32encode", b32encode),
            ("_native_b32decode", b32decode),
            ("_native_b16decode", b16decode),
            ("_native_85encode", encode85),
            ("_native_a85decode", a85decode),
            ("_native_b85decode", b85decode),
        ],
    )
}

/// `binascii.Error(msg)`, raised.
fn binascii_error(vm: &mut Vm, msg: impl Into<String>) -> PyError {
    let class = super::import(vm, "binascii").and_then(|m| vm.get_attr(m, "Error"));
    match class {
        Ok(class) => module_error(vm, class, msg.into(), &[]),
        Err(e) => e,
    }
}

/// The bytes of a bytes-like argument (bytes or bytearray), copied out
/// of the heap so the codec may allocate; else CPython's TypeError.
fn bytes_like(vm: &Vm, v: Value) -> Result<Vec<u8>, PyError> {
    match vm.bytes_of(v) {
        Some(data) => Ok(data.to_vec()),
        None => Err(args::error(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )),
    }
}

/// The argument of a decoder: bytes-like, or a str of ASCII characters.
fn ascii_data(vm: &Vm, v: Value) -> Result<Vec<u8>, PyError> {
    if let Some(text) = vm.as_str(v) {
        if !text.is_ascii() {
            return Err(args::error(
                ExcKind::ValueError,
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(text.as_bytes().to_vec());
    }
    match vm.bytes_of(v) {
        Some(data) => Ok(data.to_vec()),
        None => Err(args::error(
            ExcKind::TypeError,
            format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                vm.type_name(v)
            ),
        )),
    }
}

/// A new bytes object, its size held against the heap limit and charged
/// to the budget first.
fn new_bytes(vm: &mut Vm, data: Vec<u8>) -> NativeResult {
    vm.room_for_bytes(data.len())?;
    Ok(vm.new_bytes(data, false))
}

/// Checks that an output of `n` bytes may be made before making it.
fn room(vm: &Vm, n: usize) -> Result<(), PyError> {
    vm.room_for_bytes(n).map_err(PyError::from)
}

/// The alphabet `base64.py` passes, which must have `len` characters.
fn alphabet_arg(vm: &Vm, v: Value, len: usize) -> Result<Vec<u8>, PyError> {
    let alphabet = bytes_like(vm, v)?;
    if alphabet.len() != len {
        return Err(args::error(
            ExcKind::ValueError,
            format!("the alphabet must have {len} characters"),
        ));
    }
    Ok(alphabet)
}

fn flag(vm: &mut Vm, v: Option<Value>) -> Result<bool, PyError> {
    match v {
        Some(v) => vm.truth(v),
        None => Ok(false),
    }
}

// ---- binascii -----------------------------------------------------------

/// `hexlify(data, sep=None, bytes_per_sep=1)`: two lowercase digits per
/// byte; with `sep`, a separator every `bytes_per_sep` bytes counted from
/// the right (from the left when negative), as `bytes.hex`.
fn hexlify(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::at_most_total("hexlify", args, kwargs, 3)?;
    let [data, sep, per] = args::bind_required("hexlify", args, kwargs, ["data", "sep", "bytes_per_sep"], 1)?;
    let data = bytes_like(vm, data.expect("required"))?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let sep: Vec<u8> = match vm.as_str(s) {
                Some(text) => text.as_bytes().to_vec(),
                None => bytes_like(vm, s)?,
            };
            if sep.len() != 1 {
                return Err(args::error(ExcKind::ValueError, "sep must be length 1."));
            }
            if !sep[0].is_ascii() {
                return Err(args::error(ExcKind::ValueError, "sep must be ASCII."));
            }
            Some(sep[0])
        }
    };
    let per = match per {
        Some(p) => args::index_arg(vm, p)?,
        None => 1,
    };
    room(vm, data.len() * 3)?;
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let (Some(sep), true) = (sep, i > 0 && group > 0) {
            let boundary = if per > 0 {
                (data.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX_LOWER[(b >> 4) as usize]);
        out.push(HEX_LOWER[(b & 15) as usize]);
    }
    new_bytes(vm, out)
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `unhexlify(hexstr)`: the bytes of pairs of hex digits.
fn unhexlify(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [data] = args::bind_required("unhexlify", args, kwargs, ["hexstr"], 1)?;
    args::at_most_total("unhexlify", args, kwargs, 1)?;
    let data = ascii_data(vm, data.expect("required"))?;
    match unhex(&data) {
        Ok(out) => new_bytes(vm, out),
        Err(msg) => Err(binascii_error(vm, msg)),
    }
}

fn unhex(data: &[u8]) -> Result<Vec<u8>, &'static str> {
    if !data.len().is_multiple_of(2) {
        return Err("Odd-length string");
    }
    data.chunks_exact(2)
        .map(|pair| match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(hi), Some(lo)) => Ok(hi << 4 | lo),
            _ => Err("Non-hexadecimal digit found"),
        })
        .collect()
}

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::count("b2a_base64", args, 1, 1)?;
    let [_, newline] = args::bind("b2a_base64", args, kwargs, ["data", "newline"])?;
    let data = bytes_like(vm, args[0])?;
    let newline = match newline {
        Some(v) => vm.truth(v)?,
        None => true,
    };
    room(vm, data.len().div_ceil(3) * 4 + 1)?;
    let mut out = encode_b64(&data);
    if newline {
        out.push(b'\n');
    }
    new_bytes(vm, out)
}

fn encode_b64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64_ALPHABET[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

/// `a2b_base64(data, *, strict_mode=False)`: characters outside the
/// alphabet are skipped unless `strict_mode`; decoding stops at the
/// padding that completes a group.
fn a2b_base64(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::count("a2b_base64", args, 1, 1)?;
    let [_, strict] = args::bind("a2b_base64", args, kwargs, ["data", "strict_mode"])?;
    let data = ascii_data(vm, args[0])?;
    let strict = flag(vm, strict)?;
    room(vm, data.len() / 4 * 3 + 3)?;
    match decode_b64(&data, strict) {
        Ok(out) => new_bytes(vm, out),
        Err(msg) => Err(binascii_error(vm, msg)),
    }
}

/// The digit value of each byte in `alphabet`, `NOT_A_DIGIT` for the rest.
fn digit_values(alphabet: &[u8]) -> [u8; 256] {
    let mut values = [NOT_A_DIGIT; 256];
    for (v, &c) in alphabet.iter().enumerate() {
        values[c as usize] = v as u8;
    }
    values
}

const NOT_A_DIGIT: u8 = u8::MAX;

fn decode_b64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let values = digit_values(B64_ALPHABET);
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut left = 0u32;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && i == 0 {
                return Err("Leading padding not allowed".into());
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let v = values[c as usize] as u32;
        if v == NOT_A_DIGIT as u32 {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        }
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad {
            0 => left = v,
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
            }
            _ => out.push((left << 6 | v) as u8),
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// `crc32(data, crc=0)`: the CRC-32 of zlib, continuing from `crc`.
fn crc32(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("crc32", kwargs)?;
    args::count("crc32", args, 1, 2)?;
    let data = bytes_like(vm, args[0])?;
    let start = match args.get(1) {
        // Only the low 32 bits of the running value matter.
        Some(&Value::Int(i)) => i as u32,
        Some(&v) => match vm.int_operand(v) {
            Some(i) => {
                let low = &*i & dashu_int::IBig::from(0xffff_ffffu32);
                u32::try_from(&low).unwrap_or(0)
            }
            None => return Err(args::not_an_integer(vm, v)),
        },
        None => 0,
    };
    vm.charge_bytes(data.len())?;
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

// ---- base64's own codecs ---------------------------------------------------

/// `_native_b32encode(data, alphabet)`: base32 with `=` padding to a
/// multiple of eight characters.
fn b32encode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_b32encode", kwargs)?;
    args::count("_native_b32encode", args, 2, 2)?;
    let data = bytes_like(vm, args[0])?;
    let alphabet = alphabet_arg(vm, args[1], 32)?;
    room(vm, data.len().div_ceil(5) * 8)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut block = [0u8; 8];
        block[3..3 + chunk.len()].copy_from_slice(chunk);
        let n = u64::from_be_bytes(block);
        // Characters that carry at least one bit of the chunk.
        let used = (chunk.len() * 8).div_ceil(5);
        for k in 0..8 {
            if k < used {
                out.push(alphabet[(n >> (35 - 5 * k) & 31) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    new_bytes(vm, out)
}

/// `_native_b32decode(data, alphabet)` of data already case-folded and
/// mapped: CPython's padding rules and messages.
fn b32decode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_b32decode", kwargs)?;
    args::count("_native_b32decode", args, 2, 2)?;
    let data = bytes_like(vm, args[0])?;
    let alphabet = alphabet_arg(vm, args[1], 32)?;
    room(vm, data.len() / 8 * 5)?;
    match decode_b32(&data, &alphabet) {
        Ok(out) => new_bytes(vm, out),
        Err(msg) => Err(binascii_error(vm, msg)),
    }
}

fn decode_b32(data: &[u8], alphabet: &[u8]) -> Result<Vec<u8>, &'static str> {
    if !data.len().is_multiple_of(8) {
        return Err("Incorrect padding");
    }
    let body_len = data.iter().rposition(|&c| c != b'=').map_or(0, |p| p + 1);
    let (body, pads) = (&data[..body_len], data.len() - body_len);
    let values = digit_values(alphabet);
    let mut out = Vec::with_capacity(data.len() / 8 * 5);
    for quantum in body.chunks(8) {
        let mut n = 0u64;
        for &c in quantum {
            let v = values[c as usize];
            if v == NOT_A_DIGIT {
                return Err("Non-base32 digit found");
            }
            n = n << 5 | v as u64;
        }
        n <<= 5 * (8 - quantum.len());
        out.extend_from_slice(&n.to_be_bytes()[3..]);
    }
    if ![0, 1, 3, 4, 6].contains(&pads) {
        return Err("Incorrect padding");
    }
    if pads > 0 && !out.is_empty() {
        let keep = (43 - 5 * pads) / 8;
        out.truncate(out.len() - 5 + keep);
    }
    Ok(out)
}

/// `_native_b16decode(data)`: pairs of uppercase hex digits.
fn b16decode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_b16decode", kwargs)?;
    args::count("_native_b16decode", args, 1, 1)?;
    let data = bytes_like(vm, args[0])?;
    if data.iter().any(|c| !matches!(c, b'0'..=b'9' | b'A'..=b'F')) {
        return Err(binascii_error(vm, "Non-base16 digit found"));
    }
    room(vm, data.len() / 2)?;
    match unhex(&data) {
        Ok(out) => new_bytes(vm, out),
        Err(msg) => Err(binascii_error(vm, msg)),
    }
}

/// `_native_85encode(data, alphabet, pad, foldnuls, foldspaces)`: base85
/// of big-endian 32-bit words, `z` for a zero word (Ascii85) and `y` for
/// four spaces (`foldspaces`); a short last word is cut to its length
/// unless `pad`.
fn encode85(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_85encode", kwargs)?;
    args::count("_native_85encode", args, 5, 5)?;
    let data = bytes_like(vm, args[0])?;
    let alphabet = alphabet_arg(vm, args[1], 85)?;
    let pad = vm.truth(args[2])?;
    let fold_nuls = vm.truth(args[3])?;
    let fold_spaces = vm.truth(args[4])?;
    room(vm, data.len().div_ceil(4) * 5)?;
    let padding = (4 - data.len() % 4) % 4;
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 5);
    let words = data.len().div_ceil(4);
    for (w, chunk) in data.chunks(4).enumerate() {
        let mut block = [0u8; 4];
        block[..chunk.len()].copy_from_slice(chunk);
        let n = u32::from_be_bytes(block);
        let last_cut = w + 1 == words && padding > 0 && !pad;
        if fold_nuls && n == 0 && !last_cut {
            out.push(b'z');
        } else if fold_spaces && n == 0x2020_2020 {
            out.push(b'y');
        } else {
            let mut digits = [0u8; 5];
            let mut m = n;
            for d in digits.iter_mut().rev() {
                *d = alphabet[(m % 85) as usize];
                m /= 85;
            }
            let keep = if last_cut { 5 - padding } else { 5 };
            out.extend_from_slice(&digits[..keep]);
        }
    }
    new_bytes(vm, out)
}

/// `_native_a85decode(data, foldspaces, ignorechars)` of data without the
/// Adobe brackets.
fn a85decode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_a85decode", kwargs)?;
    args::count("_native_a85decode", args, 3, 3)?;
    let data = bytes_like(vm, args[0])?;
    let fold_spaces = vm.truth(args[1])?;
    let ignore = bytes_like(vm, args[2])?;
    // `z` makes four bytes of one character.
    room(vm, data.len().saturating_mul(4))?;
    let mut out = Vec::with_capacity(data.len() / 5 * 4);
    let mut group = Vec::with_capacity(5);
    let tail = [b'u'; 4];
    for &c in data.iter().chain(tail.iter()) {
        match c {
            b'!'..=b'u' => {
                group.push(c);
                if group.len() == 5 {
                    let n = group.iter().fold(0u64, |n, &d| n * 85 + (d - b'!') as u64);
                    let Ok(n) = u32::try_from(n) else {
                        return Err(args::error(ExcKind::ValueError, "Ascii85 overflow"));
                    };
                    out.extend_from_slice(&n.to_be_bytes());
                    group.clear();
                }
            }
            b'z' if group.is_empty() => out.extend_from_slice(&[0; 4]),
            b'z' => return Err(args::error(ExcKind::ValueError, "z inside Ascii85 5-tuple")),
            b'y' if fold_spaces && group.is_empty() => out.extend_from_slice(&[b' '; 4]),
            b'y' if fold_spaces => return Err(args::error(ExcKind::ValueError, "y inside Ascii85 5-tuple")),
            _ if ignore.contains(&c) => {}
            _ => {
                return Err(args::error(
                    ExcKind::ValueError,
                    format!("Non-Ascii85 digit found: {}", c as char),
                ))
            }
        }
    }
    let padding = 4 - group.len();
    out.truncate(out.len().saturating_sub(padding));
    new_bytes(vm, out)
}

const B85_ALPHABET: &[u8; 85] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

/// `_native_b85decode(data)`: RFC 1924's alphabet, the last group padded
/// with the highest digit.
fn b85decode(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_b85decode", kwargs)?;
    args::count("_native_b85decode", args, 1, 1)?;
    let data = bytes_like(vm, args[0])?;
    room(vm, data.len().div_ceil(5) * 4)?;
    let padding = (5 - data.len() % 5) % 5;
    let values = digit_values(B85_ALPHABET);
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 4);
    for (g, group) in data.chunks(5).enumerate() {
        let mut n = 0u64;
        for k in 0..5 {
            let c = *group.get(k).unwrap_or(&b'~');
            let v = values[c as usize];
            if v == NOT_A_DIGIT {
                return Err(args::error(
                    ExcKind::ValueError,
                    format!("bad base85 character at position {}", g * 5 + k),
                ));
            }
            n = n * 85 + v as u64;
        }
        let Ok(n) = u32::try_from(n) else {
            return Err(args::error(
                ExcKind::ValueError,
                format!("base85 overflow in hunk starting at byte {}", g * 5),
            ));
        };
        out.extend_from_slice(&n.to_be_bytes());
    }
    out.truncate(out.len() - padding);
    new_bytes(vm, out)
}
