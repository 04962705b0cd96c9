//! `struct`: values packed into bytes by a format (`'<hI2sd'`), with
//! CPython 3.11's sizes, alignment, ranges and messages.
//!
//! The module a script sees (`Struct`, `error`, `iter_unpack`) is Python
//! in `struct.py`, over four natives: `_native_calcsize(fmt)`,
//! `_native_pack(fmt, values)`, `_native_unpack(fmt, buffer, offset,
//! whole)` and `_native_pack_into(fmt, buffer, offset, values)`. A
//! format is read again at each call: formats are short.

use dashu_int::IBig;

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeResult};
use crate::object::{Obj, ObjMut};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::module_error;

pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "struct",
        include_str!("struct.py"),
        &[
            ("_native_calcsize", calcsize),
            ("_native_pack", pack),
            ("_native_unpack", unpack),
            ("_native_pack_into", pack_into),
        ],
    )
}

/// The byte order and sizes a format's first character chooses.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// `@`: this machine's order, sizes and alignment.
    Native,
    /// `=`, `<`: standard sizes, little end first, no alignment.
    Little,
    /// `>`, `!`: standard sizes, big end first, no alignment.
    Big,
}

/// One item of a format: its code, how many (a length for `s` and `p`),
/// where it starts and its size.
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A format read: its items and its total size.
struct Layout {
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    /// How many values packing takes.
    values: usize,
}

/// The longest buffer a format may describe (CPython's limit is the
/// address space; this one keeps `calcsize('1000000000000x')` from
/// promising what no buffer can hold).
const MAX_SIZE: usize = 1 << 40;

fn item_size(code: u8, mode: Mode) -> Option<usize> {
    Some(match (code, mode) {
        (b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p', _) => 1,
        (b'h' | b'H' | b'e', _) => 2,
        (b'i' | b'I' | b'f', _) => 4,
        (b'l' | b'L', Mode::Native) => 8,
        (b'l' | b'L', _) => 4,
        (b'q' | b'Q' | b'd', _) => 8,
        (b'n' | b'N' | b'P', Mode::Native) => 8,
        _ => return None,
    })
}

fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyError {
    let class = super::import(vm, "struct").and_then(|m| vm.get_attr(m, "error"));
    match class {
        Ok(class) => module_error(vm, class, msg.into(), &[]),
        Err(e) => e,
    }
}

/// The text of a format argument: a str or bytes.
fn format_text(vm: &Vm, v: Value) -> Result<String, PyError> {
    if let Some(s) = vm.as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = vm.bytes_of(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(args::error(
        ExcKind::TypeError,
        format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        ),
    ))
}

fn layout(vm: &mut Vm, fmt: Value) -> Result<Layout, PyError> {
    let text = format_text(vm, fmt)?;
    read_format(&text).map_err(|msg| struct_error(vm, msg))
}

fn read_format(text: &str) -> Result<Layout, &'static str> {
    let bytes = text.as_bytes();
    let (mode, mut at) = match bytes.first() {
        Some(b'@') => (Mode::Native, 1),
        Some(b'=' | b'<') => (Mode::Little, 1),
        Some(b'>' | b'!') => (Mode::Big, 1),
        _ => (Mode::Native, 0),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut values = 0usize;
    while at < bytes.len() {
        let c = bytes[at];
        if c.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_digit() {
                at += 1;
            }
            count = text[start..at].parse().map_err(|_| "total struct size too long")?;
            if at >= bytes.len() {
                return Err("repeat count given without format specifier");
            }
        }
        let code = bytes[at];
        at += 1;
        let size = item_size(code, mode).ok_or("bad char in struct format")?;
        if mode == Mode::Native {
            // Each item starts at a multiple of its size.
            offset = offset.div_ceil(size) * size;
        }
        let total = match code {
            b's' | b'p' => count,
            _ => size.checked_mul(count).ok_or("total struct size too long")?,
        };
        offset = offset.checked_add(total).ok_or("total struct size too long")?;
        if offset > MAX_SIZE {
            return Err("total struct size too long");
        }
        match code {
            b'x' => {}
            b's' | b'p' => values += 1,
            _ => values += count,
        }
        items.push(Item {
            code,
            count,
            offset: offset - total,
            size,
        });
    }
    Ok(Layout {
        mode,
        items,
        size: offset,
        values,
    })
}

fn calcsize(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let fmt = args::exactly_one("calcsize", args, kwargs)?;
    Ok(Value::Int(layout(vm, fmt)?.size as i64))
}

/// `_native_pack(fmt, values)`: the bytes.
fn pack(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("pack", kwargs)?;
    args::count("pack", args, 2, 2)?;
    let layout = layout(vm, args[0])?;
    let values = counted_values(vm, &layout, args[1], "pack")?;
    vm.room_for_bytes(layout.size)?;
    let out = packed(vm, &layout, &values)?;
    Ok(vm.new_bytes(out, false))
}

/// The items of the tuple `values`, as many as `layout` packs (checked
/// first, as CPython does).
fn counted_values(vm: &mut Vm, layout: &Layout, values: Value, call: &str) -> Result<Vec<Value>, PyError> {
    let values = tuple_items(vm, values);
    if values.len() != layout.values {
        let msg = format!(
            "{call} expected {} items for packing (got {})",
            layout.values,
            values.len()
        );
        return Err(struct_error(vm, msg));
    }
    Ok(values)
}

/// The bytes of `values` packed by `layout`.
fn packed(vm: &mut Vm, layout: &Layout, values: &[Value]) -> Result<Vec<u8>, PyError> {
    let mut out = vec![0u8; layout.size];
    write_values(vm, layout, values, &mut out)?;
    Ok(out)
}

/// `_native_pack_into(fmt, buffer, offset, values)`: writes into a
/// bytearray.
fn pack_into(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("pack_into", kwargs)?;
    args::count("pack_into", args, 4, 4)?;
    let layout = layout(vm, args[0])?;
    let values = counted_values(vm, &layout, args[3], "pack_into")?;
    let buffer = args[1];
    if !vm.is_bytearray(buffer) {
        return Err(args::error(
            ExcKind::TypeError,
            format!(
                "argument must be read-write bytes-like object, not {}",
                vm.type_name(buffer)
            ),
        ));
    }
    let len = vm.bytes_of(buffer).map_or(0, <[u8]>::len);
    let offset = args::index_arg(vm, args[2])?;
    let start = resolve_offset(offset, len, layout.size)
        .map_err(|short| offset_error(vm, short, Direction::Pack, offset, layout.size, len))?;
    let out = packed(vm, &layout, &values)?;
    if let Some(r) = buffer.as_obj() {
        if let ObjMut::Bytes(b) = vm.heap.get_mut(r) {
            if let Some(place) = b.data.get_mut(start..start + layout.size) {
                place.copy_from_slice(&out);
            }
        }
    }
    Ok(Value::None)
}

enum Short {
    /// A negative offset reaching before the buffer.
    Negative,
    /// A negative offset leaving too little after it.
    Tail,
    /// An offset with too little after it.
    Past,
}

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Pack,
    Unpack,
}

/// CPython's message for `size` bytes that do not fit at `offset` of a
/// buffer of `len` bytes.
fn offset_error(vm: &mut Vm, short: Short, direction: Direction, offset: i64, size: usize, len: usize) -> PyError {
    let (verb, call) = match direction {
        Direction::Pack => ("pack", "pack_into"),
        Direction::Unpack => ("unpack", "unpack_from"),
    };
    let msg = match short {
        Short::Negative => format!("offset {offset} out of range for {len}-byte buffer"),
        Short::Tail if direction == Direction::Pack => format!("no space to pack {size} bytes at offset {offset}"),
        Short::Tail => format!("not enough data to unpack {size} bytes at offset {offset}"),
        Short::Past => format!(
            "{call} requires a buffer of at least {} bytes for {verb}ing {size} bytes at offset {offset} (actual buffer size is {len})",
            size as i64 + offset
        ),
    };
    struct_error(vm, msg)
}

/// Where `size` bytes at `offset` (from the end when negative) start in
/// a buffer of `len` bytes.
fn resolve_offset(offset: i64, len: usize, size: usize) -> Result<usize, Short> {
    if offset < 0 {
        let back = offset.unsigned_abs() as usize;
        if back > len {
            return Err(Short::Negative);
        }
        if back < size {
            return Err(Short::Tail);
        }
        return Ok(len - back);
    }
    let start = offset as usize;
    if start.checked_add(size).is_none_or(|end| end > len) {
        return Err(Short::Past);
    }
    Ok(start)
}

/// `_native_unpack(fmt, buffer, offset, whole)`: the tuple of values; with
/// `whole`, the buffer must be exactly the format's size (`unpack`).
fn unpack(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("unpack", kwargs)?;
    args::count("unpack", args, 4, 4)?;
    let layout = layout(vm, args[0])?;
    let Some(data) = vm.bytes_of(args[1]).map(<[u8]>::to_vec) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(args[1])),
        ));
    };
    let offset = args::index_arg(vm, args[2])?;
    let whole = vm.truth(args[3])?;
    if whole && data.len() != layout.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    let start = resolve_offset(offset, data.len(), layout.size)
        .map_err(|short| offset_error(vm, short, Direction::Unpack, offset, layout.size, data.len()))?;
    // One value per item: a format of many one-byte items makes a tuple
    // many times the size of its buffer.
    vm.room_for_bytes(layout.values.saturating_mul(std::mem::size_of::<Value>()))?;
    read_values(vm, &layout, &data[start..start + layout.size])
}

fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    v.as_obj()
        .and_then(|r| match vm.heap.get(r) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        })
        .unwrap_or_default()
}

fn write_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> Result<(), PyError> {
    let mut next = values.iter().copied();
    for item in &layout.items {
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().expect("counted");
                let Some(data) = vm.bytes_of(v) else {
                    let msg = format!("argument for '{}' must be a bytes object", item.code as char);
                    return Err(struct_error(vm, msg));
                };
                let place = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    place[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    place[0] = n.min(255) as u8;
                    place[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..item.count {
                    let v = next.next().expect("counted");
                    let at = item.offset + k * item.size;
                    let bytes = encode(vm, code, layout.mode, v)?;
                    out[at..at + item.size].copy_from_slice(&bytes[..item.size]);
                }
            }
        }
    }
    Ok(())
}

/// The bytes of one value (the first `size` of the result).
fn encode(vm: &mut Vm, code: u8, mode: Mode, v: Value) -> Result<[u8; 8], PyError> {
    let mut out = [0u8; 8];
    match code {
        b'c' => match vm.bytes_of(v) {
            Some(&[b]) => out[0] = b,
            _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = vm.truth(v)? as u8,
        b'e' | b'f' | b'd' => {
            let x = float_of(vm, v)?;
            match code {
                b'd' => put(&mut out, &x.to_bits().to_le_bytes(), 8, mode),
                b'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() && mode != Mode::Native {
                        return Err(args::error(
                            ExcKind::OverflowError,
                            "float too large to pack with f format",
                        ));
                    }
                    put(&mut out, &y.to_bits().to_le_bytes(), 4, mode);
                }
                _ => {
                    let Some(h) = half_bits(x) else {
                        return Err(args::error(
                            ExcKind::OverflowError,
                            "float too large to pack with e format",
                        ));
                    };
                    put(&mut out, &h.to_le_bytes(), 2, mode);
                }
            }
        }
        _ => {
            let n = int_of(vm, code, mode, v)?;
            let size = item_size(code, mode).expect("a valid code");
            put(&mut out, &n.to_le_bytes()[..size], size, mode);
        }
    }
    Ok(out)
}

/// Writes `le` (little end first) in the mode's order.
fn put(out: &mut [u8; 8], le: &[u8], size: usize, mode: Mode) {
    out[..size].copy_from_slice(&le[..size]);
    if mode == Mode::Big {
        out[..size].reverse();
    }
}

fn float_of(vm: &mut Vm, v: Value) -> Result<f64, PyError> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as u8 as f64),
        _ if vm.big_int(v).is_some() => args::real_arg(vm, v),
        _ => match vm.instance_to_float(v)? {
            Some(f) => Ok(f),
            None => Err(struct_error(vm, "required argument is not a float")),
        },
    }
}

/// The int to pack for an integer code, checked against its range with
/// CPython's messages.
fn int_of(vm: &mut Vm, code: u8, mode: Mode, v: Value) -> Result<i128, PyError> {
    let v = match vm.int_operand(v) {
        Some(_) => v,
        None => match vm.instance_to_int(v, &[Special::Index])? {
            Some(i) => i,
            None => return Err(struct_error(vm, "required argument is not an integer")),
        },
    };
    let big = vm.int_operand(v).map(|i| i.into_owned()).unwrap_or_default();
    let n = i128::try_from(&big).ok();
    let signed = code.is_ascii_lowercase();
    let size = item_size(code, mode).expect("a valid code");
    let (lo, hi): (i128, i128) = if code == b'P' {
        (i64::MIN as i128, u64::MAX as i128)
    } else if signed {
        (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
    } else {
        (0, (1i128 << (size * 8)) - 1)
    };
    match n {
        Some(n) if (lo..=hi).contains(&n) => Ok(n),
        _ => {
            let msg = match code {
                b'b' => "byte format requires -128 <= number <= 127".to_string(),
                b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
                b'h' => "short format requires -32768 <= number <= 32767".to_string(),
                b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
                // A four-byte code names its range when the value fits
                // a C long (of its sign).
                _ if size == 4 && fits_long(&big, signed) => {
                    format!("'{}' format requires {lo} <= number <= {hi}", code as char)
                }
                _ => "argument out of range".to_string(),
            };
            Err(struct_error(vm, msg))
        }
    }
}

fn fits_long(big: &IBig, signed: bool) -> bool {
    if signed {
        i64::try_from(big).is_ok()
    } else {
        u64::try_from(big).is_ok()
    }
}

fn read_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> NativeResult {
    let mut values = Vec::with_capacity(layout.values);
    for item in &layout.items {
        let place = &data[item.offset..];
        match item.code {
            b'x' => {}
            b's' => values.push(vm.new_bytes(place[..item.count].to_vec(), false)),
            b'p' => {
                let n = if item.count == 0 {
                    0
                } else {
                    (place[0] as usize).min(item.count - 1)
                };
                let text = if item.count == 0 {
                    Vec::new()
                } else {
                    place[1..1 + n].to_vec()
                };
                values.push(vm.new_bytes(text, false));
            }
            code => {
                for k in 0..item.count {
                    let at = k * item.size;
                    let mut le = [0u8; 8];
                    le[..item.size].copy_from_slice(&place[at..at + item.size]);
                    if layout.mode == Mode::Big {
                        le[..item.size].reverse();
                    }
                    values.push(decode(vm, code, item.size, le));
                }
            }
        }
    }
    Ok(vm.new_tuple(values))
}

fn decode(vm: &mut Vm, code: u8, size: usize, le: [u8; 8]) -> Value {
    match code {
        b'c' => vm.new_bytes(vec![le[0]], false),
        b'?' => Value::Bool(le[0] != 0),
        b'e' => Value::Float(half_value(u16::from_le_bytes([le[0], le[1]]))),
        b'f' => Value::Float(f32::from_le_bytes([le[0], le[1], le[2], le[3]]) as f64),
        b'd' => Value::Float(f64::from_le_bytes(le)),
        _ => {
            let raw = u64::from_le_bytes(le);
            let bits = size * 8;
            let unsigned = if bits == 64 { raw } else { raw & ((1u64 << bits) - 1) };
            if code.is_ascii_lowercase() && code != b'p' {
                // Sign-extended from the item's width.
                let shift = 64 - bits;
                Value::Int(((unsigned << shift) as i64) >> shift)
            } else if unsigned <= i64::MAX as u64 {
                Value::Int(unsigned as i64)
            } else {
                vm.int_value(IBig::from(unsigned))
            }
        }
    }
}

/// IEEE 754 half precision of `x`, rounded to nearest even; None when it
/// overflows.
fn half_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    // Values this small round to zero at any rate (f64 subnormals too).
    if exp == 0 {
        return Some(sign);
    }
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let e = exp - 1023;
    if e >= -14 {
        let mut m = round_half_even(mantissa, 42);
        let mut e = e;
        if m == 1 << 11 {
            m >>= 1;
            e += 1;
        }
        if e > 15 {
            return None;
        }
        return Some(sign | (((e + 15) as u16) << 10) | (m as u16 & 0x3ff));
    }
    // Below the smallest normal: units of 2**-24.
    let shift = (28 - e) as u32;
    let m = round_half_even(mantissa, shift);
    Some(sign | m as u16)
}

fn round_half_even(m: u64, shift: u32) -> u64 {
    if shift >= 64 {
        return 0;
    }
    let q = m >> shift;
    let rest = m & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rest > half || (rest == half && q & 1 == 1) {
        q + 1
    } else {
        q
    }
}

fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    let magnitude = match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + frac) * 2f64.powi(exp - 25),
    };
    sign * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_precision_rounds_and_overflows_as_cpython() {
        assert_eq!(half_bits(65504.0), Some(0x7bff));
        assert_eq!(half_bits(65520.0), None);
        assert_eq!(half_bits(1.0), Some(0x3c00));
        assert_eq!(half_bits(-0.0), Some(0x8000));
        assert_eq!(half_bits(3.3), Some(0x429a));
        assert_eq!(half_bits(5.960464477539063e-08), Some(1));
        assert_eq!(half_bits(1e-8), Some(0));
        assert_eq!(half_value(0x429a), 3.30078125);
        assert_eq!(half_value(1), 5.960464477539063e-08);
    }

    #[test]
    fn native_formats_align_items_to_their_size() {
        let l = read_format("@bhi0q").ok().unwrap();
        assert_eq!(l.size, 8);
        assert_eq!(read_format("<bhilqd").ok().unwrap().size, 27);
        assert_eq!(read_format("bhilqd").ok().unwrap().size, 32);
        assert!(read_format("3").is_err());
        assert!(read_format("<n").is_err());
    }
}
