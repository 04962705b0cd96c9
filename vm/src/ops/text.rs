//! `repr()` and `str()` of values, with CPython's exact output.
//!
//! Containers may contain themselves; CPython prints such a cycle as
//! `[...]`. Nesting depth is bounded so a deeply nested list cannot
//! overflow the host stack.

use crate::error::PyError;
use crate::error::{ExcKind, OpResult, RawError};
use crate::format::{float_repr, format_str, parse_format_spec, str_repr};
use crate::heap::ObjRef;
use crate::object::{DictViewKind, Items, Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// Deepest container nesting `repr` descends into (CPython raises
/// RecursionError near its recursion limit).
const MAX_REPR_DEPTH: usize = 900;

impl Vm {
    pub fn repr(&self, v: Value) -> OpResult<String> {
        let mut out = String::new();
        let mut active = Vec::new();
        self.write_repr(v, &mut out, &mut active)?;
        Ok(out)
    }

    /// `str(v)`: the text itself for strings, the repr otherwise.
    pub fn str_of(&self, v: Value) -> OpResult<String> {
        if let Some(s) = self.as_str(v) {
            return Ok(s.to_string());
        }
        self.repr(v)
    }

    fn write_repr(&self, v: Value, out: &mut String, active: &mut Vec<ObjRef>) -> OpResult<()> {
        match v {
            Value::Undef | Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(crate::format::int_decimal(i, &mut [0; 20])),
            Value::Float(f) => out.push_str(&float_repr(f)),
            Value::Obj(r) => {
                if active.contains(&r) {
                    out.push_str(match self.heap.get(r) {
                        Obj::Dict(_) => "{...}",
                        Obj::List(_) => "[...]",
                        _ => "(...)",
                    });
                    return Ok(());
                }
                if active.len() >= MAX_REPR_DEPTH {
                    return Err(RawError::new(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                active.push(r);
                let result = self.write_obj_repr(r, out, active);
                active.pop();
                result?;
            }
        }
        Ok(())
    }

    fn write_items(&self, items: Items, out: &mut String, active: &mut Vec<ObjRef>) -> OpResult<()> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(item, out, active)?;
        }
        Ok(())
    }

    /// The text of a str object (names of modules and methods).
    fn text_of(&self, r: ObjRef) -> &str {
        self.heap.str_obj(r).map_or("?", |s| s.as_str())
    }

    fn write_obj_repr(&self, r: ObjRef, out: &mut String, active: &mut Vec<ObjRef>) -> OpResult<()> {
        match self.heap.get(r) {
            Obj::Str(s) => out.push_str(&str_repr(s.as_str())),
            Obj::List(l) => {
                out.push('[');
                self.write_items(l.items(), out, active)?;
                out.push(']');
            }
            Obj::Tuple(items) => {
                out.push('(');
                self.write_items(Items::Values(items), out, active)?;
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Obj::Dict(d) => {
                out.push('{');
                for (i, e) in d.table.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(e.key, out, active)?;
                    out.push_str(": ");
                    self.write_repr(e.value, out, active)?;
                }
                out.push('}');
            }
            Obj::DictView(view) => {
                let kind = view.kind;
                let name = match kind {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                out.push_str(name);
                out.push_str("([");
                if let Some(d) = self.heap.dict(view.dict) {
                    for (i, e) in d.table.iter().enumerate() {
                        let (k, v) = (&e.key, &e.value);
                        if i > 0 {
                            out.push_str(", ");
                        }
                        match kind {
                            DictViewKind::Keys => self.write_repr(*k, out, active)?,
                            DictViewKind::Values => self.write_repr(*v, out, active)?,
                            DictViewKind::Items => {
                                out.push('(');
                                self.write_repr(*k, out, active)?;
                                out.push_str(", ");
                                self.write_repr(*v, out, active)?;
                                out.push(')');
                            }
                        }
                    }
                }
                out.push_str("])");
            }
            Obj::Range(range) => {
                if range.step == 1 {
                    out.push_str(&format!("range({}, {})", range.start, range.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", range.start, range.stop, range.step));
                }
            }
            Obj::Function(f) => out.push_str(&format!(
                "<function {} at 0x{:012x}>",
                self.code(f.code).code.name,
                address(r)
            )),
            Obj::Native(f) => out.push_str(&format!("<built-in function {}>", f.name)),
            Obj::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", self.text_of(m.name))),
            Obj::Type(TypeKind::Typing(kind)) => out.push_str(&format!("<class '{}'>", kind.qualified_name())),
            Obj::Type(kind) => out.push_str(&format!("<class '{}'>", kind.name())),
            Obj::BoundMethod(m) => out.push_str(&format!(
                "<built-in method {} of {} object at 0x{:012x}>",
                self.text_of(m.name),
                self.type_name(m.receiver),
                m.receiver.as_obj().map_or(0, address)
            )),
            Obj::Cell(_) => out.push_str(&format!("<cell at 0x{:012x}>", address(r))),
            Obj::RangeIter(_) | Obj::SeqIter(_) | Obj::StrIter(_) | Obj::Enumerate(_) | Obj::Zip(_) | Obj::Iter(_) => {
                out.push_str(&format!("<iterator object at 0x{:012x}>", address(r)))
            }
            Obj::Typing(t) => crate::typing::write_repr(self, t, out, &mut |v, out| self.write_repr(v, out, active))?,
        }
        Ok(())
    }
}

/// The address reprs show (`<function f at 0x...>`): the object's own.
fn address(r: ObjRef) -> u64 {
    r.addr()
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
            1 => self.str_of(v)?,
            2 => self.repr(v)?,
            _ => ascii_escape(&self.repr(v)?),
        };
        if spec.is_empty() {
            return Ok(text);
        }
        Ok(format_str(&text, &parse_format_spec(&spec)?)?)
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
