//! `str()` of values and f-string fields (`repr` is in `repr.rs`).

use crate::error::OpResult;
use crate::error::PyError;
use crate::format::{format_str, parse_format_spec, FormatSpec};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `str(v)`: the text itself for strings, the repr otherwise.
    pub fn str_of(&self, v: Value) -> OpResult<String> {
        if let Some(s) = self.as_str(v) {
            return Ok(s.to_string());
        }
        self.repr(v)
    }
}

impl Vm {
    /// An f-string field: `{value!conversion:spec}`. Conversion 0 is none,
    /// 1 `!s`, 2 `!r`, 3 `!a`.
    pub(crate) fn format_field(&mut self, v: Value, conversion: u32, spec: Value) -> Result<String, PyError> {
        let spec = self.as_str(spec).unwrap_or("").to_string();
        if conversion == 0 {
            return crate::builtins::format_value(self, v, &spec);
        }
        let text = match conversion {
            1 => self.str_value(v)?,
            2 => self.repr_of(v)?,
            _ => ascii_escape(&self.repr_of(v)?),
        };
        if spec.is_empty() {
            return Ok(text);
        }
        Ok(format_str(&text, &self.format_spec(&spec, false)?)?)
    }

    /// A format spec, after checking that a field of its width (and, for
    /// a float, whose digits its precision counts, its precision) fits the
    /// heap limit, and charging for its bytes: a width of `2**40` is a
    /// `MemoryError`, not an abort.
    pub fn format_spec(&self, spec: &str, float: bool) -> OpResult<FormatSpec> {
        let spec = parse_format_spec(spec)?;
        let digits = match spec.precision {
            // The general form strips what a double's digits cannot fill.
            Some(p) if float && !spec.alternate && matches!(spec.ty, None | Some('g' | 'G' | 'n')) => {
                p.min(crate::format::float::GENERAL_DIGITS)
            }
            Some(p) if float => p,
            _ => 0,
        };
        let bytes = spec
            .width
            .saturating_mul(spec.fill.map_or(1, char::len_utf8))
            .saturating_add(digits);
        self.heap.reserve(bytes)?;
        self.charge_bytes(bytes)?;
        Ok(spec)
    }
}

/// `ascii()`: a repr with every non-ASCII character escaped.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            0x100..=0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}
