//! The names of the special methods the runtime calls on a script's
//! instances (`__eq__`, `__len__`, `__add__`, ...), declared once.
//!
//! Each name is interned when the heap is made and kept for the heap's
//! life (`Heap::special_name`), and each class remembers what it found
//! for each of them in a table indexed by `Special` (`ClassObj::specials`):
//! a `sort` of instances with `__lt__` or an `in` over instances with
//! `__eq__` asks its class once per call, with no str hashed.

macro_rules! specials {
    ($($variant:ident = $name:literal,)*) => {
        /// A special method name (see the module's comment).
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum Special {
            $($variant,)*
        }

        impl Special {
            /// Every name, in declaration order (`ALL[s as usize] == s`).
            pub const ALL: &'static [Special] = &[$(Special::$variant,)*];
            pub const COUNT: usize = Special::ALL.len();

            /// The name as a script writes it.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Special::$variant => $name,)*
                }
            }

            /// The special method called `name`, if it is one of these.
            pub fn from_name(name: &str) -> Option<Special> {
                match name {
                    $($name => Some(Special::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

specials! {
    Add = "__add__", Radd = "__radd__", Iadd = "__iadd__",
    Sub = "__sub__", Rsub = "__rsub__", Isub = "__isub__",
    Mul = "__mul__", Rmul = "__rmul__", Imul = "__imul__",
    TrueDiv = "__truediv__", RtrueDiv = "__rtruediv__", ItrueDiv = "__itruediv__",
    FloorDiv = "__floordiv__", RfloorDiv = "__rfloordiv__", IfloorDiv = "__ifloordiv__",
    Mod = "__mod__", Rmod = "__rmod__", Imod = "__imod__",
    Pow = "__pow__", Rpow = "__rpow__", Ipow = "__ipow__",
    LShift = "__lshift__", RlShift = "__rlshift__", IlShift = "__ilshift__",
    RShift = "__rshift__", RrShift = "__rrshift__", IrShift = "__irshift__",
    And = "__and__", Rand = "__rand__", Iand = "__iand__",
    Or = "__or__", Ror = "__ror__", Ior = "__ior__",
    Xor = "__xor__", Rxor = "__rxor__", Ixor = "__ixor__",
    Lt = "__lt__", Le = "__le__", Gt = "__gt__", Ge = "__ge__", Eq = "__eq__", Ne = "__ne__",
    DivMod = "__divmod__", RdivMod = "__rdivmod__",
    Neg = "__neg__", Pos = "__pos__", Invert = "__invert__", Abs = "__abs__",
    Bool = "__bool__", Len = "__len__", Hash = "__hash__",
    Int = "__int__", Index = "__index__", Trunc = "__trunc__", Floor = "__floor__", Ceil = "__ceil__",
    Float = "__float__", Round = "__round__", Bytes = "__bytes__",
    Str = "__str__", Repr = "__repr__", Format = "__format__", Fspath = "__fspath__",
    GetItem = "__getitem__", SetItem = "__setitem__", DelItem = "__delitem__", Missing = "__missing__",
    Contains = "__contains__", Iter = "__iter__", Next = "__next__", Reversed = "__reversed__",
    Await = "__await__", Call = "__call__", Enter = "__enter__", Exit = "__exit__",
    AEnter = "__aenter__", AExit = "__aexit__", AIter = "__aiter__", ANext = "__anext__",
    GetAttr = "__getattr__",
    Get = "__get__", Set = "__set__", Delete = "__delete__", SetName = "__set_name__",
    CopyHook = "__copy__", DeepCopyHook = "__deepcopy__",
    // Plain methods the runtime looks for as such: `copy.copy` of a
    // mapping, `f(**m)`.
    Copy = "copy", Keys = "keys",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_distinct() {
        for (i, &s) in Special::ALL.iter().enumerate() {
            assert_eq!(s as usize, i);
            assert_eq!(Special::from_name(s.name()), Some(s));
        }
        let names: std::collections::HashSet<_> = Special::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(names.len(), Special::COUNT);
        assert_eq!(Special::from_name("__nope__"), None);
    }
}
