//! Values between the host and its scripts: the owned `Value` enum, the
//! conversions of Rust types to and from it (`IntoValue`, `FromValue`, and
//! `From`/`TryFrom` on the common types), and the copying of values into
//! and out of the VM's heap.

use std::collections::{BTreeMap, HashMap};
// The scalar conversions (and `into_script_owned`) hold their argument in a
// `ManuallyDrop` and drop it only when it is not a number, bool or None
// (which own nothing): `Value`'s
// drop glue is not inlined, and a host call with a number argument and
// result paid two calls of it (28 instructions each, callgrind).
use std::mem::ManuallyDrop;

use rumba_vm::error::{ExcKind, PyError};
use rumba_vm::value::Value as VmValue;
use rumba_vm::vm::Vm;

use crate::ScriptError;

/// A value passed between the host and scripts: a copy, owned by the host.
/// Containers are copied whole (a list that holds itself, or one too big
/// or too deep to copy, comes out as `Other`).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An int (64 bits).
    Int(i64),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A list's items.
    List(Vec<Value>),
    /// A tuple's items.
    Tuple(Vec<Value>),
    /// A dict's entries in its order.
    Dict(Vec<(Value, Value)>),
    /// Any other script object (a function, an iterator, ...): its type and
    /// `repr`. It can come out of a script, not go back in.
    Other {
        /// Its type's name (`function`, `list_iterator`, ...).
        type_name: String,
        /// What `repr` gives for it.
        repr: String,
    },
}

impl Value {
    /// The Python type name of the value, as error messages give it.
    pub fn type_name(&self) -> &str {
        match self {
            Value::Other { type_name, .. } => type_name,
            v => v.builtin_type_name(),
        }
    }

    /// The type name of any value but `Other` (whose is its own).
    pub(crate) fn builtin_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Other { .. } => "object",
        }
    }
}

/// A host function's failure, raised in the script as the exception
/// `kind` (a built-in exception's name such as `ValueError`; another name
/// is raised as `RuntimeError` with the name in its message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostError {
    /// The exception's name: `ValueError`, `KeyError`, ...
    pub kind: String,
    /// Its message.
    pub message: String,
}

impl HostError {
    /// The exception `kind` with `message`.
    pub fn new(kind: impl Into<String>, message: impl Into<String>) -> HostError {
        HostError {
            kind: kind.into(),
            message: message.into(),
        }
    }

    /// The exception the script sees.
    pub(crate) fn into_py_error(self) -> PyError {
        match exc_kind_named(&self.kind) {
            Some(kind) => PyError::new(kind, self.message),
            None => PyError::new(ExcKind::RuntimeError, format!("{}: {}", self.kind, self.message)),
        }
    }
}

impl std::fmt::Display for HostError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for HostError {}

fn exc_kind_named(name: &str) -> Option<ExcKind> {
    ExcKind::ALL.into_iter().find(|k| k.name() == name)
}

/// The error for a value of the wrong type: a `TypeError` naming what was
/// expected and what was found.
pub(crate) fn wrong_type(expected: &str, found: &Value) -> ScriptError {
    type_error(format!("expected {expected}, found {}", found.type_name()))
}

/// A conversion's failure on the host side, as a `TypeError`.
pub(crate) fn type_error(message: String) -> ScriptError {
    ScriptError {
        report: format!("TypeError: {message}\n"),
        kind: "TypeError".into(),
        message,
        exit_status: 1,
        line: None,
    }
}

/// Rust values that become script values.
pub trait IntoValue {
    /// The value, copied or moved into a `Value`.
    fn into_value(self) -> Value;
}

/// Rust values that script values convert to; a wrong type is a
/// `TypeError` naming both types.
pub trait FromValue: Sized {
    /// The type expected, as error messages name it (`int`, `list[str]`).
    fn expected() -> String;
    /// The Rust value, or a `TypeError` naming both types.
    fn from_value(v: Value) -> Result<Self, ScriptError>;
}

impl IntoValue for Value {
    fn into_value(self) -> Value {
        self
    }
}
impl FromValue for Value {
    fn expected() -> String {
        "object".into()
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        Ok(v)
    }
}

impl IntoValue for () {
    fn into_value(self) -> Value {
        Value::None
    }
}
impl FromValue for () {
    fn expected() -> String {
        "None".into()
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        match v {
            Value::None => Ok(()),
            v => Err(wrong_type("None", &v)),
        }
    }
}

impl IntoValue for bool {
    #[inline]
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}
impl FromValue for bool {
    fn expected() -> String {
        "bool".into()
    }
    #[inline]
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        let v = ManuallyDrop::new(v);
        match *v {
            Value::Bool(b) => Ok(b),
            _ => Err(wrong_type("bool", &ManuallyDrop::into_inner(v))),
        }
    }
}

impl IntoValue for i64 {
    #[inline]
    fn into_value(self) -> Value {
        Value::Int(self)
    }
}
impl IntoValue for i32 {
    #[inline]
    fn into_value(self) -> Value {
        Value::Int(self.into())
    }
}
/// A bool is an int, as in Python (`True` is 1).
impl FromValue for i64 {
    fn expected() -> String {
        "int".into()
    }
    #[inline]
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        let v = ManuallyDrop::new(v);
        match *v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b.into()),
            _ => Err(wrong_type("int", &ManuallyDrop::into_inner(v))),
        }
    }
}

impl IntoValue for f64 {
    #[inline]
    fn into_value(self) -> Value {
        Value::Float(self)
    }
}
/// An int converts to a float, as Python's float parameters take ints.
impl FromValue for f64 {
    fn expected() -> String {
        "float".into()
    }
    #[inline]
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        let v = ManuallyDrop::new(v);
        match *v {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(b))),
            _ => Err(wrong_type("float", &ManuallyDrop::into_inner(v))),
        }
    }
}

impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::Str(self)
    }
}
impl IntoValue for &str {
    fn into_value(self) -> Value {
        Value::Str(self.to_string())
    }
}
impl FromValue for String {
    fn expected() -> String {
        "str".into()
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        match v {
            Value::Str(s) => Ok(s),
            v => Err(wrong_type("str", &v)),
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Value {
        Value::List(self.into_iter().map(IntoValue::into_value).collect())
    }
}
/// From a list or a tuple.
impl<T: FromValue> FromValue for Vec<T> {
    fn expected() -> String {
        format!("list[{}]", T::expected())
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        match v {
            Value::List(items) | Value::Tuple(items) => items.into_iter().map(T::from_value).collect(),
            v => Err(wrong_type(&Self::expected(), &v)),
        }
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self) -> Value {
        self.map_or(Value::None, IntoValue::into_value)
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn expected() -> String {
        format!("{} | None", T::expected())
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        match v {
            Value::None => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// A dict with str keys.
fn dict_from<T: FromValue, M: FromIterator<(String, T)>>(v: Value, expected: &str) -> Result<M, ScriptError> {
    match v {
        Value::Dict(entries) => entries
            .into_iter()
            .map(|(k, v)| Ok((String::from_value(k)?, T::from_value(v)?)))
            .collect(),
        v => Err(wrong_type(expected, &v)),
    }
}

impl<T: IntoValue> IntoValue for HashMap<String, T> {
    fn into_value(self) -> Value {
        Value::Dict(self.into_iter().map(|(k, v)| (Value::Str(k), v.into_value())).collect())
    }
}
impl<T: FromValue> FromValue for HashMap<String, T> {
    fn expected() -> String {
        format!("dict[str, {}]", T::expected())
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        dict_from(v, &Self::expected())
    }
}
impl<T: IntoValue> IntoValue for BTreeMap<String, T> {
    fn into_value(self) -> Value {
        Value::Dict(self.into_iter().map(|(k, v)| (Value::Str(k), v.into_value())).collect())
    }
}
impl<T: FromValue> FromValue for BTreeMap<String, T> {
    fn expected() -> String {
        format!("dict[str, {}]", T::expected())
    }
    fn from_value(v: Value) -> Result<Self, ScriptError> {
        dict_from(v, &Self::expected())
    }
}

/// The arguments of `Engine::call`: a tuple of up to six values, or a
/// `Vec<Value>`.
pub trait IntoArgs {
    /// The arguments, in order.
    fn into_args(self) -> Vec<Value>;

    /// Each argument in order, given to `each` (which returns false to
    /// stop): what `Engine::call` uses, so a tuple's arguments need no
    /// vector.
    #[doc(hidden)]
    fn each_arg(self, each: &mut dyn FnMut(Value) -> bool)
    where
        Self: Sized,
    {
        for a in self.into_args() {
            if !each(a) {
                break;
            }
        }
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self) -> Vec<Value> {
        self
    }
}

impl IntoArgs for () {
    fn into_args(self) -> Vec<Value> {
        Vec::new()
    }
}

/// Tuples of up to six: a tuple goes in as a tuple (or as a call's
/// arguments); a tuple or a list of the right length comes out.
macro_rules! tuple_values {
    ($(($($t:ident $i:tt),+))+) => {$(
        impl<$($t: IntoValue),+> IntoValue for ($($t,)+) {
            fn into_value(self) -> Value {
                Value::Tuple(self.into_args())
            }
        }
        impl<$($t: IntoValue),+> IntoArgs for ($($t,)+) {
            fn into_args(self) -> Vec<Value> {
                vec![$(self.$i.into_value()),+]
            }
            fn each_arg(self, each: &mut dyn FnMut(Value) -> bool) {
                // `&&` stops at the first refusal; the later values are
                // not made.
                let _ = $(each(self.$i.into_value()))&&+;
            }
        }
        impl<$($t: FromValue),+> FromValue for ($($t,)+) {
            fn expected() -> String {
                let names: Vec<String> = vec![$($t::expected()),+];
                format!("tuple[{}]", names.join(", "))
            }
            fn from_value(v: Value) -> Result<Self, ScriptError> {
                const LEN: usize = [$($i),+].len();
                match v {
                    Value::Tuple(items) | Value::List(items) if items.len() == LEN => {
                        let mut items = items.into_iter();
                        Ok(($($t::from_value(items.next().expect("length checked"))?,)+))
                    }
                    v => Err(wrong_type(&Self::expected(), &v)),
                }
            }
        }
    )+};
}

tuple_values! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}

/// `From` and `TryFrom` for the types above, so `Value::from(3)` and
/// `i64::try_from(value)` work as well as the traits.
macro_rules! std_conversions {
    ($($t:ty),+) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                v.into_value()
            }
        }
        impl TryFrom<Value> for $t {
            type Error = ScriptError;
            fn try_from(v: Value) -> Result<$t, ScriptError> {
                <$t>::from_value(v)
            }
        }
    )+};
}

std_conversions!(bool, i64, f64, String);

impl From<i32> for Value {
    fn from(v: i32) -> Value {
        v.into_value()
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Value {
        v.into_value()
    }
}
impl<T: IntoValue> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Value {
        v.into_value()
    }
}
impl<T: IntoValue> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.into_value()
    }
}
impl<T: IntoValue> From<HashMap<String, T>> for Value {
    fn from(v: HashMap<String, T>) -> Value {
        v.into_value()
    }
}
impl<T: IntoValue> From<BTreeMap<String, T>> for Value {
    fn from(v: BTreeMap<String, T>) -> Value {
        v.into_value()
    }
}
impl<T: FromValue> TryFrom<Value> for Vec<T> {
    type Error = ScriptError;
    fn try_from(v: Value) -> Result<Vec<T>, ScriptError> {
        Vec::from_value(v)
    }
}
impl<T: FromValue> TryFrom<Value> for HashMap<String, T> {
    type Error = ScriptError;
    fn try_from(v: Value) -> Result<HashMap<String, T>, ScriptError> {
        HashMap::from_value(v)
    }
}
impl<T: FromValue> TryFrom<Value> for BTreeMap<String, T> {
    type Error = ScriptError;
    fn try_from(v: Value) -> Result<BTreeMap<String, T>, ScriptError> {
        BTreeMap::from_value(v)
    }
}

/// How many values one conversion out of the VM copies at most, and how
/// deeply nested: past either (a huge list, or one that holds itself) the
/// value comes out as `Other`. The depth bounds the host stack it uses.
const MAX_CONVERTED: usize = 1 << 20;
const MAX_CONVERTED_DEPTH: usize = 100;

/// A script value copied out for the host. Reading charges no ticks: the
/// budget may be spent by the run that made the value.
#[inline]
pub(crate) fn from_script(vm: &Vm, v: VmValue) -> Value {
    // Numbers, bools and None need no look at the heap (the values that
    // cross most often): copied inline in the caller.
    match v {
        VmValue::Undef | VmValue::None => Value::None,
        VmValue::Bool(b) => Value::Bool(b),
        VmValue::Int(i) => Value::Int(i),
        VmValue::Float(f) => Value::Float(f),
        VmValue::Obj(_) => {
            let mut budget = MAX_CONVERTED;
            copy_out(vm, v, &mut budget, 0)
        }
    }
}

fn copy_out(vm: &Vm, v: VmValue, budget: &mut usize, depth: usize) -> Value {
    *budget = budget.saturating_sub(1);
    match v {
        VmValue::Undef | VmValue::None => return Value::None,
        VmValue::Bool(b) => return Value::Bool(b),
        VmValue::Int(i) => return Value::Int(i),
        VmValue::Float(f) => return Value::Float(f),
        VmValue::Obj(_) => {}
    }
    if let Some(s) = vm.as_str(v) {
        return Value::Str(s.to_string());
    }
    let type_name = vm.type_name(v);
    let too_big = || Value::Other {
        type_name: type_name.to_string(),
        repr: format!("<{type_name} too large or too deep to convert>"),
    };
    let r = v.as_obj().expect("an object");
    if let Some(items) = vm.heap.seq_items(r).filter(|_| matches!(type_name, "list" | "tuple")) {
        if items.len() >= *budget || depth >= MAX_CONVERTED_DEPTH {
            *budget = 0;
            return too_big();
        }
        let items: Vec<Value> = items.iter().map(|item| copy_out(vm, item, budget, depth + 1)).collect();
        if *budget == 0 {
            return too_big();
        }
        return if type_name == "list" {
            Value::List(items)
        } else {
            Value::Tuple(items)
        };
    }
    if let Some(dict) = vm.heap.dict(r) {
        if dict.table.len() * 2 >= *budget || depth >= MAX_CONVERTED_DEPTH {
            *budget = 0;
            return too_big();
        }
        let entries: Vec<(VmValue, VmValue)> = dict.table.iter().map(|e| (e.key, e.value)).collect();
        let entries: Vec<(Value, Value)> = entries
            .into_iter()
            .map(|(k, v)| (copy_out(vm, k, budget, depth + 1), copy_out(vm, v, budget, depth + 1)))
            .collect();
        if *budget == 0 {
            return too_big();
        }
        return Value::Dict(entries);
    }
    Value::Other {
        type_name: type_name.to_string(),
        repr: vm.repr(v).unwrap_or_else(|_| format!("<{type_name} object>")),
    }
}

/// `into_script` for a value the caller gives up: numbers, bools and None
/// inline and without a drop (the host-call and `Engine::call` paths).
#[inline]
pub(crate) fn into_script_owned(vm: &mut Vm, value: Value) -> Result<VmValue, PyError> {
    let value = ManuallyDrop::new(value);
    Ok(match *value {
        Value::Int(i) => VmValue::Int(i),
        Value::Float(f) => VmValue::Float(f),
        Value::Bool(b) => VmValue::Bool(b),
        Value::None => VmValue::None,
        _ => return into_script(vm, &ManuallyDrop::into_inner(value)),
    })
}

/// A host value made into a script value. Only `Other` cannot go in (a
/// `TypeError`); a dict key that cannot be hashed is the script's error,
/// and a dict's growth past the heap limit a `MemoryError`.
pub(crate) fn into_script(vm: &mut Vm, value: &Value) -> Result<VmValue, PyError> {
    Ok(match value {
        Value::None => VmValue::None,
        Value::Bool(b) => VmValue::Bool(*b),
        Value::Int(i) => VmValue::Int(*i),
        Value::Float(f) => VmValue::Float(*f),
        Value::Str(s) => vm.new_str(s.as_str()),
        Value::List(items) | Value::Tuple(items) => {
            let values = items
                .iter()
                .map(|v| into_script(vm, v))
                .collect::<Result<Vec<_>, _>>()?;
            if matches!(value, Value::List(_)) {
                vm.new_list(values)
            } else {
                vm.new_tuple(values)
            }
        }
        Value::Dict(entries) => {
            // Keys and values made first, then inserted: nothing collects
            // between (a dict insertion is no safe point).
            let pairs = entries
                .iter()
                .map(|(k, v)| Ok((into_script(vm, k)?, into_script(vm, v)?)))
                .collect::<Result<Vec<_>, PyError>>()?;
            let dict = vm.new_dict();
            let r = dict.as_obj().expect("a dict object");
            for (k, v) in pairs {
                vm.dict_set(r, k, v)?;
            }
            dict
        }
        Value::Other { repr, .. } => {
            return Err(PyError::new(
                ExcKind::TypeError,
                format!("cannot pass an opaque value ({repr}) into a script"),
            ))
        }
    })
}
