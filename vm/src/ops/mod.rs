//! The meaning of operations on values, as CPython defines them for the
//! built-in types: arithmetic, comparison, conversion to text, indexing,
//! iteration. The interpreter and the built-ins both use these.

pub mod arith;
pub mod compare;
pub mod index;
pub mod iter;
pub mod text;

use crate::error::{OpResult, RawError};
use crate::object::{DictKey, Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn type_kind(&self, v: Value) -> TypeKind {
        match v {
            Value::Undef | Value::None => TypeKind::NoneType,
            Value::Bool(_) => TypeKind::Bool,
            Value::Int(_) => TypeKind::Int,
            Value::Float(_) => TypeKind::Float,
            Value::Obj(r) => self.heap.get(r).type_kind(),
        }
    }

    /// The name CPython's messages use for a value's type.
    pub fn type_name(&self, v: Value) -> &'static str {
        self.type_kind(v).name()
    }

    /// Python truthiness.
    pub fn truthy(&self, v: Value) -> bool {
        match v {
            Value::Undef | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.nchars != 0,
                Obj::List(items) => !items.is_empty(),
                Obj::Tuple(items) => !items.is_empty(),
                Obj::Dict(d) => !d.map.is_empty(),
                Obj::Range(range) => !range.is_empty(),
                Obj::DictView(d, _) => match self.heap.get(*d) {
                    Obj::Dict(d) => !d.map.is_empty(),
                    _ => true,
                },
                _ => true,
            },
        }
    }

    /// `len(v)`.
    pub fn len_of(&self, v: Value) -> OpResult<i64> {
        if let Value::Obj(r) = v {
            let n = match self.heap.get(r) {
                Obj::Str(s) => Some(s.nchars as i64),
                Obj::List(items) => Some(items.len() as i64),
                Obj::Tuple(items) => Some(items.len() as i64),
                Obj::Dict(d) => Some(d.map.len() as i64),
                Obj::Range(range) => Some(range.len()),
                Obj::DictView(d, _) => match self.heap.get(*d) {
                    Obj::Dict(d) => Some(d.map.len() as i64),
                    _ => None,
                },
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        Err(RawError::type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// The dict key a value stands for; `TypeError` for unhashable values.
    pub fn dict_key(&self, v: Value) -> OpResult<DictKey> {
        Ok(match v {
            Value::Undef | Value::None => DictKey::None,
            Value::Bool(b) => DictKey::Int(b as i64),
            Value::Int(i) => DictKey::Int(i),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.3e18 && f as i64 as f64 == f {
                    DictKey::Int(f as i64)
                } else if f == 0.0 {
                    DictKey::Int(0)
                } else {
                    DictKey::Float(f.to_bits())
                }
            }
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => DictKey::Str(s.text.clone()),
                Obj::Tuple(items) => {
                    let keys = items
                        .iter()
                        .map(|item| self.dict_key(*item))
                        .collect::<OpResult<Vec<_>>>()?;
                    DictKey::Tuple(keys.into_boxed_slice())
                }
                Obj::List(_) | Obj::Dict(_) | Obj::DictView(..) => {
                    return Err(RawError::type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    )))
                }
                _ => DictKey::Identity(r.index()),
            },
        })
    }
}
