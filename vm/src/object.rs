//! The kinds of heap object a `Value::Obj` can refer to.
//!
//! Every object lives in a heap slot (`heap.rs`) and is found through an
//! `ObjRef`. Objects refer to each other only through values and refs, so
//! the collector can trace them (`Obj::for_each_child`).

use std::rc::Rc;

use indexmap::IndexMap;

use crate::bytecode::CodeId;
use crate::heap::ObjRef;
use crate::native::NativeFn;
use crate::value::Value;

/// The large kinds are boxed so every heap slot stays small (a slot is
/// as big as the largest variant, and most objects are small strings,
/// lists and tuples).
pub enum Obj {
    Str(StrObj),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<DictObj>),
    Range(RangeObj),
    Function(Box<FunctionObj>),
    /// A closure cell: a variable shared between a function and the
    /// functions nested in it.
    Cell(Value),
    Module(Box<ModuleObj>),
    Native(NativeFn),
    Type(TypeKind),
    /// `stack.append` taken as a value: the receiver and the method name.
    BoundMethod(BoundMethod),
    Iter(IterObj),
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView(ObjRef, DictViewKind),
    /// Type hints: `list[int]`, `int | None`, `typing.List`, `...`.
    Typing(Box<crate::typing::TypingObj>),
}

/// An immutable string. The text is shared (`Rc<str>`) so dict keys can
/// hold it without copying; `nchars` makes `len()` and ASCII indexing O(1).
pub struct StrObj {
    pub text: Rc<str>,
    pub nchars: usize,
}

impl StrObj {
    pub fn new(text: Rc<str>) -> StrObj {
        let nchars = text.chars().count();
        StrObj { text, nchars }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.text.len()
    }
    /// The `i`-th code point (0 <= i < nchars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code point `i` (i may equal nchars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b)
        }
    }
}

/// What a dict is keyed by: the hashable content of a key value, so that
/// equal keys (`1`, `1.0`, `True`; equal strings) are one entry. The entry
/// keeps the first key value it was created with, as CPython does.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DictKey {
    None,
    /// Ints, bools and floats with an integral value.
    Int(i64),
    /// Other floats, by bits (NaN keys are never equal to each other in
    /// CPython unless they are the same object; this is close enough for
    /// the subset: a NaN key is found again only by a NaN of the same bits).
    Float(u64),
    Str(Rc<str>),
    Tuple(Box<[DictKey]>),
    /// Functions, modules, types and other objects hashed by identity.
    Identity(u32),
}

#[derive(Default)]
pub struct DictObj {
    pub map: IndexMap<DictKey, (Value, Value), ahash::RandomState>,
}

#[derive(Clone, Copy)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The `i`-th element, for 0 <= i < len (cannot overflow: it lies
    /// between start and stop).
    pub fn get(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

pub struct FunctionObj {
    pub code: CodeId,
    pub name: Rc<str>,
    /// Values of the trailing parameters' defaults, evaluated at `def`.
    pub defaults: Box<[Value]>,
    /// The cells of the enclosing scopes' variables this function uses.
    pub cells: Box<[ObjRef]>,
    /// `__annotations__`: a dict, or Undef until the `def` sets one or a
    /// script reads it.
    pub annotations: Value,
}

pub struct ModuleObj {
    pub name: Rc<str>,
    pub attrs: IndexMap<Rc<str>, Value, ahash::RandomState>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub name: Rc<str>,
}

/// Built-in types, for `type(x)`, `isinstance` and calling `int(...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Range,
    Function,
    BuiltinFunction,
    Module,
    Type,
    Method,
    Iterator,
    DictKeys,
    DictValues,
    DictItems,
    Cell,
    /// The classes of type hints (`types.GenericAlias`, `typing.TypeVar`...).
    Typing(crate::typing::TypingKind),
}

impl TypeKind {
    pub fn name(self) -> &'static str {
        match self {
            TypeKind::NoneType => "NoneType",
            TypeKind::Bool => "bool",
            TypeKind::Int => "int",
            TypeKind::Float => "float",
            TypeKind::Str => "str",
            TypeKind::List => "list",
            TypeKind::Tuple => "tuple",
            TypeKind::Dict => "dict",
            TypeKind::Range => "range",
            TypeKind::Function => "function",
            TypeKind::BuiltinFunction => "builtin_function_or_method",
            TypeKind::Module => "module",
            TypeKind::Type => "type",
            TypeKind::Method => "method",
            TypeKind::Iterator => "iterator",
            TypeKind::DictKeys => "dict_keys",
            TypeKind::DictValues => "dict_values",
            TypeKind::DictItems => "dict_items",
            TypeKind::Cell => "cell",
            TypeKind::Typing(kind) => kind.name(),
        }
    }

    /// The types a script can name as built-ins (`int`, `str`, ...).
    pub const NAMED: [TypeKind; 9] = [
        TypeKind::Bool,
        TypeKind::Int,
        TypeKind::Float,
        TypeKind::Str,
        TypeKind::List,
        TypeKind::Tuple,
        TypeKind::Dict,
        TypeKind::Range,
        TypeKind::Type,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The state of a `for` loop over something. Iterators over lists read the
/// list's current length each step, so appending inside the loop is seen,
/// as in CPython.
pub enum IterObj {
    Range(RangeIter),
    /// Over a list or tuple, by position.
    Seq {
        seq: ObjRef,
        index: usize,
    },
    /// Over a str, by byte offset of the next code point (strs are
    /// immutable, so the offset stays valid; indexing by code point would
    /// make iterating a non-ASCII str quadratic).
    Str {
        seq: ObjRef,
        byte: usize,
    },
    /// Over a dict's entries, by position.
    Dict {
        dict: ObjRef,
        index: usize,
        kind: DictViewKind,
    },
    Reversed {
        seq: ObjRef,
        remaining: usize,
    },
    /// `count` is the next index to pair; None once it passed i64::MAX
    /// (the next step then raises OverflowError).
    Enumerate {
        inner: ObjRef,
        count: Option<i64>,
    },
    Zip {
        inners: Box<[ObjRef]>,
    },
}

/// A range iterator's state. `repr(C)`: compiled loops step it in place
/// (fields at offsets 0, 8, 16).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct RangeIter {
    pub next: i64,
    pub remaining: i64,
    pub step: i64,
}

impl Obj {
    /// Keeps heap slots small; see the comment on `Obj`.
    pub const SLOT_BYTES_BOUND: usize = 48;

    pub fn type_kind(&self) -> TypeKind {
        match self {
            Obj::Str(_) => TypeKind::Str,
            Obj::List(_) => TypeKind::List,
            Obj::Tuple(_) => TypeKind::Tuple,
            Obj::Dict(_) => TypeKind::Dict,
            Obj::Range(_) => TypeKind::Range,
            Obj::Function(_) => TypeKind::Function,
            Obj::Cell(_) => TypeKind::Cell,
            Obj::Module(_) => TypeKind::Module,
            Obj::Native(_) => TypeKind::BuiltinFunction,
            Obj::Type(_) => TypeKind::Type,
            Obj::BoundMethod(_) => TypeKind::Method,
            Obj::Iter(_) => TypeKind::Iterator,
            Obj::DictView(_, DictViewKind::Keys) => TypeKind::DictKeys,
            Obj::DictView(_, DictViewKind::Values) => TypeKind::DictValues,
            Obj::DictView(_, DictViewKind::Items) => TypeKind::DictItems,
            Obj::Typing(t) => t.type_kind(),
        }
    }

    /// Calls `f` on every value this object keeps alive (refs as values).
    pub fn for_each_child(&self, mut f: impl FnMut(Value)) {
        match self {
            Obj::Str(_) | Obj::Range(_) | Obj::Native(_) | Obj::Type(_) => {}
            Obj::List(items) => items.iter().for_each(|v| f(*v)),
            Obj::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Obj::Dict(d) => {
                for (k, v) in d.map.values() {
                    f(*k);
                    f(*v);
                }
            }
            Obj::Function(func) => {
                func.defaults.iter().for_each(|v| f(*v));
                func.cells.iter().for_each(|c| f(Value::Obj(*c)));
                f(func.annotations);
            }
            Obj::Cell(v) => f(*v),
            Obj::Module(m) => m.attrs.values().for_each(|v| f(*v)),
            Obj::BoundMethod(m) => f(m.receiver),
            Obj::DictView(d, _) => f(Value::Obj(*d)),
            Obj::Iter(it) => match it {
                IterObj::Range(_) => {}
                IterObj::Seq { seq, .. } | IterObj::Str { seq, .. } | IterObj::Reversed { seq, .. } => {
                    f(Value::Obj(*seq))
                }
                IterObj::Dict { dict, .. } => f(Value::Obj(*dict)),
                IterObj::Enumerate { inner, .. } => f(Value::Obj(*inner)),
                IterObj::Zip { inners } => inners.iter().for_each(|r| f(Value::Obj(*r))),
            },
            Obj::Typing(t) => t.for_each_child(f),
        }
    }

    /// A rough size in bytes, for the heap limit and collection pacing.
    pub fn approx_size(&self) -> usize {
        let base = std::mem::size_of::<Option<Obj>>();
        base + match self {
            Obj::Str(s) => s.text.len(),
            Obj::List(items) => items.capacity() * 16,
            Obj::Tuple(items) => items.len() * 16,
            Obj::Dict(d) => d.map.capacity() * 56,
            Obj::Function(func) => func.defaults.len() * 16 + func.cells.len() * 4,
            Obj::Module(m) => m.attrs.len() * 40,
            Obj::Iter(IterObj::Zip { inners }) => inners.len() * 4,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn heap_slots_stay_small() {
        assert!(std::mem::size_of::<Option<super::Obj>>() <= super::Obj::SLOT_BYTES_BOUND);
    }
}
