//! The meaning of operations on values, as CPython defines them for the
//! built-in types: arithmetic, comparison, conversion to text, indexing,
//! iteration. The interpreter and the built-ins both use these.

pub mod arith;
pub mod bigarith;
pub mod bigrange;
pub mod bytes;
pub mod codec;
mod codec_names;
mod codec_wide;
pub mod compare;
pub mod complex;
pub mod dict;
pub mod index;
pub mod iter;
pub mod pattern;
pub mod repr;
pub mod scripted;
pub mod set;
pub mod text;

use crate::error::{OpResult, RawError};
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    #[inline]
    pub fn type_kind(&self, v: Value) -> TypeKind {
        match v {
            Value::Undef | Value::None => TypeKind::NoneType,
            Value::Bool(_) => TypeKind::Bool,
            Value::Int(_) => TypeKind::Int,
            Value::Float(_) => TypeKind::Float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BoundMethod(m) => self.built_in_method_type(m.receiver, m.name),
                o => o.type_kind(),
            },
        }
    }

    /// The type of a built-in type's method taken as an attribute, as
    /// CPython names it: `str.upper` a method_descriptor, `int.__add__`
    /// a wrapper_descriptor, `(1).__add__` a method-wrapper; `"a".upper`
    /// and a static method (`dict.fromkeys`) builtin_function_or_method.
    #[cold]
    fn built_in_method_type(&self, receiver: Value, name: crate::heap::ObjRef) -> TypeKind {
        let name = self.heap.str_obj(name).map_or("", |s| s.as_str());
        match receiver.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Type(owner)) if crate::methods::find_static(owner, name).is_some() => TypeKind::BuiltinFunction,
            Some(Obj::Type(owner)) if crate::methods::is_slot_wrapper(owner, name) => TypeKind::WrapperDescriptor,
            Some(Obj::Type(_)) => TypeKind::MethodDescriptor,
            // The receiver's own kind, not refined again: a chain of bound
            // methods (`f = f.__call__` in a loop) is no recursion here.
            Some(o) if crate::methods::is_slot_wrapper(o.type_kind(), name) => TypeKind::MethodWrapper,
            None if crate::methods::is_slot_wrapper(self.type_kind(receiver), name) => TypeKind::MethodWrapper,
            _ => TypeKind::BuiltinFunction,
        }
    }

    /// The name CPython's messages use for a value's type.
    pub fn type_name(&self, v: Value) -> &'static str {
        if let Some(class) = self.class_of(v) {
            return self.class_name(class);
        }
        self.type_kind(v).name()
    }

    /// Python truthiness.
    pub fn truthy(&self, v: Value) -> bool {
        match v {
            Value::Undef | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            // A big int is never zero.
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.byte_len() != 0,
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.table.is_empty(),
                Obj::Set(s) => !s.table.is_empty(),
                Obj::Range(range) => !range.is_empty(),
                Obj::BigRange(range) => range.len() != dashu_int::IBig::ZERO,
                Obj::Bytes(b) => !b.data.is_empty(),
                Obj::Complex(z) => z.re != 0.0 || z.im != 0.0,
                Obj::DictView(v) => self.heap.dict(v.dict).is_none_or(|d| !d.table.is_empty()),
                _ => true,
            },
        }
    }

    /// `len(v)`.
    pub fn len_of(&self, v: Value) -> OpResult<i64> {
        if let Value::Obj(r) = v {
            let n = match self.heap.get(r) {
                Obj::Str(s) => Some(s.nchars() as i64),
                Obj::List(l) => Some(l.len() as i64),
                Obj::Tuple(t) => Some(t.len() as i64),
                Obj::Dict(d) => Some(d.table.len() as i64),
                Obj::Set(s) => Some(s.table.len() as i64),
                Obj::Range(range) => Some(i64::try_from(range.len()).map_err(|_| {
                    RawError::new(
                        crate::error::ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )
                })?),
                Obj::DictView(v) => self.heap.dict(v.dict).map(|d| d.table.len() as i64),
                Obj::Bytes(b) => Some(b.data.len() as i64),
                Obj::BigRange(range) => Some(self.big_range_len(range)?),
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
}
