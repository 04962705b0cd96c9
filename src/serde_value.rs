//! Any `Serialize` type to a `Value` and any `Deserialize` type from one
//! (feature `serde`): structs and maps become dicts with str keys,
//! sequences lists, Rust tuples Python tuples, unit variants strs, other
//! variants one-entry dicts `{variant: content}`, `None` and `()` None.
//!
//! ```
//! #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
//! struct Config { name: String, sizes: Vec<i64>, scale: f64 }
//!
//! let mut engine = rumba::Engine::with_captured_output();
//! let cfg = Config { name: "a".into(), sizes: vec![1, 2], scale: 0.5 };
//! engine.set_global("cfg", rumba::to_value(&cfg).unwrap()).unwrap();
//! engine.run("out = {'name': cfg['name'] * 2, 'sizes': cfg['sizes'] + [3], 'scale': cfg['scale']}").unwrap();
//! let out: Config = rumba::from_value(engine.get_global("out").unwrap()).unwrap();
//! assert_eq!(out, Config { name: "aa".into(), sizes: vec![1, 2, 3], scale: 0.5 });
//! ```

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

use crate::value::Value;
use crate::ScriptError;

/// A serde error as the rest of the API reports a conversion: a
/// `TypeError` with serde's message.
use crate::value::type_error as error;

impl ser::Error for ScriptError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        error(msg.to_string())
    }
}

impl de::Error for ScriptError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        error(msg.to_string())
    }
}

/// `value` as a script value.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, ScriptError> {
    value.serialize(ValueSerializer)
}

/// A script value as `T`.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, ScriptError> {
    T::deserialize(value)
}

struct ValueSerializer;

/// Items of a sequence, tuple or variant being serialized; `variant`
/// wraps the result in `{variant: ...}`.
struct Items {
    items: Vec<Value>,
    tuple: bool,
    variant: Option<&'static str>,
}

/// Entries of a map, struct or struct variant being serialized.
struct Entries {
    entries: Vec<(Value, Value)>,
    key: Option<Value>,
    variant: Option<&'static str>,
}

fn wrapped(variant: Option<&'static str>, v: Value) -> Value {
    match variant {
        Some(name) => Value::Dict(vec![(Value::Str(name.to_string()), v)]),
        None => v,
    }
}

impl ser::Serializer for ValueSerializer {
    type Ok = Value;
    type Error = ScriptError;
    type SerializeSeq = Items;
    type SerializeTuple = Items;
    type SerializeTupleStruct = Items;
    type SerializeTupleVariant = Items;
    type SerializeMap = Entries;
    type SerializeStruct = Entries;
    type SerializeStructVariant = Entries;

    fn serialize_bool(self, v: bool) -> Result<Value, ScriptError> {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, ScriptError> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, ScriptError> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, ScriptError> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, ScriptError> {
        Ok(Value::Int(v))
    }
    fn serialize_u8(self, v: u8) -> Result<Value, ScriptError> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, ScriptError> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, ScriptError> {
        Ok(Value::Int(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, ScriptError> {
        i64::try_from(v)
            .map(Value::Int)
            .map_err(|_| error(format!("{v} does not fit a script int (64 bits, signed)")))
    }
    fn serialize_f32(self, v: f32) -> Result<Value, ScriptError> {
        Ok(Value::Float(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, ScriptError> {
        Ok(Value::Float(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, ScriptError> {
        Ok(Value::Str(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, ScriptError> {
        Ok(Value::Str(v.to_string()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, ScriptError> {
        Ok(Value::List(v.iter().map(|&b| Value::Int(b.into())).collect()))
    }
    fn serialize_none(self) -> Result<Value, ScriptError> {
        Ok(Value::None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, ScriptError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, ScriptError> {
        Ok(Value::None)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, ScriptError> {
        Ok(Value::None)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<Value, ScriptError> {
        Ok(Value::Str(variant.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<Value, ScriptError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, ScriptError> {
        Ok(wrapped(Some(variant), value.serialize(self)?))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Items, ScriptError> {
        Ok(Items {
            items: Vec::with_capacity(len.unwrap_or(0)),
            tuple: false,
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Items, ScriptError> {
        Ok(Items {
            items: Vec::with_capacity(len),
            tuple: true,
            variant: None,
        })
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Items, ScriptError> {
        self.serialize_tuple(len)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Items, ScriptError> {
        Ok(Items {
            items: Vec::with_capacity(len),
            tuple: true,
            variant: Some(variant),
        })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Entries, ScriptError> {
        Ok(Entries {
            entries: Vec::with_capacity(len.unwrap_or(0)),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Entries, ScriptError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Entries, ScriptError> {
        Ok(Entries {
            entries: Vec::with_capacity(len),
            key: None,
            variant: Some(variant),
        })
    }
}

impl Items {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ScriptError> {
        self.items.push(value.serialize(ValueSerializer)?);
        Ok(())
    }
    fn done(self) -> Value {
        let v = if self.tuple {
            Value::Tuple(self.items)
        } else {
            Value::List(self.items)
        };
        wrapped(self.variant, v)
    }
}

/// The four ways serde hands over a sequence's items, all into `Items`.
macro_rules! items_impls {
    ($($trait:ident :: $method:ident),+) => {$(
        impl ser::$trait for Items {
            type Ok = Value;
            type Error = ScriptError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ScriptError> {
                self.push(value)
            }
            fn end(self) -> Result<Value, ScriptError> {
                Ok(self.done())
            }
        }
    )+};
}

items_impls!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl Entries {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), ScriptError> {
        let value = value.serialize(ValueSerializer)?;
        self.entries.push((Value::Str(key.to_string()), value));
        Ok(())
    }
    fn done(self) -> Value {
        wrapped(self.variant, Value::Dict(self.entries))
    }
}

impl ser::SerializeMap for Entries {
    type Ok = Value;
    type Error = ScriptError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), ScriptError> {
        self.key = Some(key.serialize(ValueSerializer)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), ScriptError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| error("a map value without its key".into()))?;
        self.entries.push((key, value.serialize(ValueSerializer)?));
        Ok(())
    }
    fn end(self) -> Result<Value, ScriptError> {
        Ok(self.done())
    }
}

/// Struct fields, in a struct or a struct variant, into `Entries`.
macro_rules! struct_impls {
    ($($trait:ident),+) => {$(
        impl ser::$trait for Entries {
            type Ok = Value;
            type Error = ScriptError;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), ScriptError> {
                self.field(key, value)
            }
            fn end(self) -> Result<Value, ScriptError> {
                Ok(self.done())
            }
        }
    )+};
}

struct_impls!(SerializeStruct, SerializeStructVariant);

impl Serialize for Value {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::{SerializeMap, SerializeSeq, SerializeTuple};
        match self {
            Value::None => s.serialize_none(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Int(i) => s.serialize_i64(*i),
            Value::Float(f) => s.serialize_f64(*f),
            Value::Str(text) => s.serialize_str(text),
            Value::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                items.iter().try_for_each(|v| seq.serialize_element(v))?;
                seq.end()
            }
            Value::Tuple(items) => {
                let mut tuple = s.serialize_tuple(items.len())?;
                items.iter().try_for_each(|v| tuple.serialize_element(v))?;
                tuple.end()
            }
            Value::Dict(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                entries.iter().try_for_each(|(k, v)| map.serialize_entry(k, v))?;
                map.end()
            }
            Value::Other { repr, .. } => s.serialize_str(repr),
        }
    }
}

impl<'de> IntoDeserializer<'de, ScriptError> for Value {
    type Deserializer = Value;
    fn into_deserializer(self) -> Value {
        self
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = ScriptError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ScriptError> {
        match self {
            Value::None => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Int(i) => visitor.visit_i64(i),
            Value::Float(f) => visitor.visit_f64(f),
            Value::Str(s) => visitor.visit_string(s),
            Value::List(items) | Value::Tuple(items) => {
                visitor.visit_seq(de::value::SeqDeserializer::new(items.into_iter()))
            }
            Value::Dict(entries) => visitor.visit_map(de::value::MapDeserializer::new(entries.into_iter())),
            Value::Other { type_name, .. } => Err(error(format!("a {type_name} object cannot be deserialized"))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ScriptError> {
        match self {
            Value::None => visitor.visit_none(),
            v => visitor.visit_some(v),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ScriptError> {
        match self {
            Value::Str(variant) => visitor.visit_enum(variant.into_deserializer()),
            Value::Dict(mut entries) if entries.len() == 1 => {
                let (variant, content) = entries.pop().expect("one entry");
                visitor.visit_enum(Variant { variant, content })
            }
            v => Err(error(format!(
                "expected an enum variant (a str or a one-entry dict), found {}",
                v.type_name()
            ))),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, ScriptError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}

/// An enum variant with content: `{variant: content}`.
struct Variant {
    variant: Value,
    content: Value,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = ScriptError;
    type Variant = Value;
    fn variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Value), ScriptError> {
        Ok((seed.deserialize(self.variant)?, self.content))
    }
}

impl<'de> de::VariantAccess<'de> for Value {
    type Error = ScriptError;
    fn unit_variant(self) -> Result<(), ScriptError> {
        match self {
            Value::None => Ok(()),
            v => Err(error(format!(
                "expected no content for a unit variant, found {}",
                v.type_name()
            ))),
        }
    }
    fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, ScriptError> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, ScriptError> {
        de::Deserializer::deserialize_seq(self, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ScriptError> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}
