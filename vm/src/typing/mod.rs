//! Type hints at run time: the objects annotations evaluate to.
//!
//! `list[int]` (a `types.GenericAlias`), `int | None` (a
//! `types.UnionType`), the names of the `typing` module and what
//! subscripting them builds (`typing.List[int]`, `typing.Optional[int]`),
//! `TypeVar`s, `...`, and the `__future__` features. Each prints and
//! compares as CPython 3.11's does; they do nothing else, because a
//! program uses them only to say what its values are.
//!
//! The rest of the VM reaches this module through a few hooks: the
//! object kind (`Obj::Typing`), subscripting a class, `|` on classes,
//! `==`, `repr`, calls, attributes, `isinstance` and imports. The hooks'
//! entry points are `#[cold]` and never inlined, so the VM's hot paths
//! compile as they did without them.

mod annotations;
mod generic;
mod module;
mod named_tuple;
mod repr;
mod subscript;

pub use annotations::{annotate_function, setup_annotations};
pub use generic::subscript_class;
pub(crate) use module::{call_class, class_getitem};
pub use module::{future_attrs, missing_module_attr, typing_attrs};
pub(crate) use repr::write_repr;
pub use subscript::{subscript, union_op};

use crate::error::PyError;
use crate::error::{ExcKind, OpResult, RawError};
use crate::object::{Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

/// A type-hint object (the payload of `Obj::Typing`).
pub enum TypingObj {
    /// `...`, the one `Ellipsis` object.
    Ellipsis,
    /// A `__future__` feature, shown as CPython shows it.
    Feature(&'static str),
    /// `list[int]`: a built-in class subscripted (`types.GenericAlias`).
    /// `callable` marks `collections.abc.Callable[...]`, whose class is
    /// CPython's `collections.abc._CallableGenericAlias`.
    Generic {
        origin: Value,
        args: Box<[Value]>,
        callable: bool,
    },
    /// `int | None` (`types.UnionType`): flattened, without repeats, None
    /// kept as `NoneType`.
    Union(Box<[Value]>),
    /// A name of the `typing` module that is an object of its own:
    /// `typing.List`, `typing.Optional`, `typing.Any`...
    Special(Special),
    /// A `typing` name subscripted: `typing.List[int]`. `Optional[X]` is
    /// `Union` with the args `(X, NoneType)`; `Callable[[A, B], R]` keeps
    /// `(A, B, R)` and `Callable[..., R]` keeps `(..., R)`, as CPython does.
    Subscripted { form: Special, args: Box<[Value]> },
    /// `TypeVar('T')`; `variance` is the prefix of its repr (`~`, `+`, `-`).
    TypeVar { name: Box<str>, variance: char },
    /// A str inside a `typing` subscript: `List['Node']`.
    ForwardRef(Box<str>),
    /// `NewType('UserId', int)`: calling it returns its argument.
    NewType { name: Box<str>, supertype: Value },
    /// A class of `collections.abc` (`Iterator`, `Sequence`, `Callable`...),
    /// named by the `typing` alias that stands for it. Subscripted, it
    /// makes a `Generic` whose origin is this object, as CPython's
    /// `__class_getitem__` makes a `types.GenericAlias`.
    Abc(Special),
    /// A script's generic class subscripted: `Stack[int]`, or
    /// `Generic[T]` itself (`typing._GenericAlias`). Calling it makes an
    /// instance of `origin`; as a base it stands for `origin`.
    ClassAlias { origin: Value, args: Box<[Value]> },
}

/// The classes of type-hint objects, as `type()` and error messages name
/// them. One table: the name CPython's messages use (`tp_name`) and the
/// name its class repr uses.
macro_rules! typing_kinds {
    ($($kind:ident $name:literal $qualified:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum TypingKind { $($kind,)* }

        impl TypingKind {
            /// The name in messages: `unsupported operand type(s) for +: '_GenericAlias' and 'int'`.
            pub fn name(self) -> &'static str {
                match self { $(TypingKind::$kind => $name,)* }
            }
            /// The name in the class's repr: `<class 'typing._GenericAlias'>`.
            pub fn qualified_name(self) -> &'static str {
                match self { $(TypingKind::$kind => $qualified,)* }
            }
        }
    };
}

typing_kinds! {
    Ellipsis "ellipsis" "ellipsis";
    Feature "_Feature" "__future__._Feature";
    GenericAlias "types.GenericAlias" "types.GenericAlias";
    UnionType "types.UnionType" "types.UnionType";
    SpecialForm "_SpecialForm" "typing._SpecialForm";
    SpecialGenericAlias "_SpecialGenericAlias" "typing._SpecialGenericAlias";
    TupleType "_TupleType" "typing._TupleType";
    CallableType "_CallableType" "typing._CallableType";
    AnyMeta "_AnyMeta" "typing._AnyMeta";
    TypingGenericAlias "_GenericAlias" "typing._GenericAlias";
    UnionGenericAlias "_UnionGenericAlias" "typing._UnionGenericAlias";
    CallableGenericAlias "_CallableGenericAlias" "typing._CallableGenericAlias";
    LiteralGenericAlias "_LiteralGenericAlias" "typing._LiteralGenericAlias";
    AnnotatedAlias "_AnnotatedAlias" "typing._AnnotatedAlias";
    TypeVar "TypeVar" "typing.TypeVar";
    ForwardRef "ForwardRef" "typing.ForwardRef";
    NewType "NewType" "typing.NewType";
    AbcMeta "ABCMeta" "abc.ABCMeta";
    AbcCallableGenericAlias "_CallableGenericAlias" "collections.abc._CallableGenericAlias";
}

/// How a `typing` name behaves when subscripted (and what it is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An alias of a class taking `n` type arguments (`List`: 1,
    /// `Dict`: 2; 0: not generic). `origin` is the Rumba type that
    /// `isinstance` checks against, when Rumba has that class.
    Alias(Option<TypeKind>, u8),
    /// `Tuple[int, str]`, `Tuple[int, ...]`, `Tuple[()]`.
    Tuple,
    /// `Callable[[int, str], bool]`, `Callable[..., bool]`.
    Callable,
    /// `Optional[X]`: `Union[X, None]`.
    Optional,
    /// `Union[X, Y, ...]`: flattened and without repeats.
    Union,
    /// `ClassVar[X]`, `Final[X]`, `TypeGuard[X]`...: exactly one type.
    OneType,
    /// `Literal[1, 'a']`: values, kept as they are.
    Literal,
    /// `Annotated[T, metadata...]`.
    Annotated,
    /// `NoReturn`, `Never`, `Self`...: not subscriptable, but valid as a
    /// type argument.
    Bare,
    /// `typing.Any`, a class in 3.11.
    Any,
}

/// Declares the `typing` names that are objects: the enum, their names
/// and shapes, in one place.
macro_rules! specials {
    ($($variant:ident $name:literal $shape:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Special { $($variant,)* }

        impl Special {
            pub const ALL: &'static [Special] = &[$(Special::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Special::$variant => $name,)* }
            }

            pub fn shape(self) -> Shape {
                match self { $(Special::$variant => $shape,)* }
            }
        }
    };
}

specials! {
    Any "Any" Shape::Any;
    Optional "Optional" Shape::Optional;
    Union "Union" Shape::Union;
    ClassVar "ClassVar" Shape::OneType;
    Final "Final" Shape::OneType;
    TypeGuard "TypeGuard" Shape::OneType;
    Required "Required" Shape::OneType;
    NotRequired "NotRequired" Shape::OneType;
    Literal "Literal" Shape::Literal;
    Annotated "Annotated" Shape::Annotated;
    NoReturn "NoReturn" Shape::Bare;
    Never "Never" Shape::Bare;
    SelfType "Self" Shape::Bare;
    LiteralString "LiteralString" Shape::Bare;
    TypeAlias "TypeAlias" Shape::Bare;
    Tuple "Tuple" Shape::Tuple;
    Callable "Callable" Shape::Callable;
    List "List" Shape::Alias(Some(TypeKind::List), 1);
    Dict "Dict" Shape::Alias(Some(TypeKind::Dict), 2);
    Type "Type" Shape::Alias(Some(TypeKind::Type), 1);
    Set "Set" Shape::Alias(Some(TypeKind::Set), 1);
    FrozenSet "FrozenSet" Shape::Alias(Some(TypeKind::FrozenSet), 1);
    DefaultDict "DefaultDict" Shape::Alias(None, 2);
    OrderedDict "OrderedDict" Shape::Alias(None, 2);
    Counter "Counter" Shape::Alias(None, 1);
    Deque "Deque" Shape::Alias(None, 1);
    ChainMap "ChainMap" Shape::Alias(None, 2);
    Iterable "Iterable" Shape::Alias(None, 1);
    Iterator "Iterator" Shape::Alias(None, 1);
    Reversible "Reversible" Shape::Alias(None, 1);
    Container "Container" Shape::Alias(None, 1);
    Collection "Collection" Shape::Alias(None, 1);
    Sequence "Sequence" Shape::Alias(None, 1);
    MutableSequence "MutableSequence" Shape::Alias(None, 1);
    AbstractSet "AbstractSet" Shape::Alias(None, 1);
    MutableSet "MutableSet" Shape::Alias(None, 1);
    Mapping "Mapping" Shape::Alias(None, 2);
    MutableMapping "MutableMapping" Shape::Alias(None, 2);
    KeysView "KeysView" Shape::Alias(None, 1);
    ValuesView "ValuesView" Shape::Alias(None, 1);
    ItemsView "ItemsView" Shape::Alias(None, 2);
    Generator "Generator" Shape::Alias(None, 3);
    Awaitable "Awaitable" Shape::Alias(None, 1);
    Coroutine "Coroutine" Shape::Alias(None, 3);
    AsyncIterable "AsyncIterable" Shape::Alias(None, 1);
    AsyncIterator "AsyncIterator" Shape::Alias(None, 1);
    AsyncGenerator "AsyncGenerator" Shape::Alias(None, 2);
    ContextManager "ContextManager" Shape::Alias(None, 1);
    AsyncContextManager "AsyncContextManager" Shape::Alias(None, 1);
    MappingView "MappingView" Shape::Alias(None, 1);
    Hashable "Hashable" Shape::Alias(None, 0);
    Sized "Sized" Shape::Alias(None, 0);
    ByteString "ByteString" Shape::Alias(None, 0);
}

impl TypingObj {
    pub fn kind(&self) -> TypingKind {
        match self {
            TypingObj::Ellipsis => TypingKind::Ellipsis,
            TypingObj::Feature(_) => TypingKind::Feature,
            TypingObj::Generic { callable: true, .. } => TypingKind::AbcCallableGenericAlias,
            TypingObj::Generic { .. } => TypingKind::GenericAlias,
            TypingObj::Union(_) => TypingKind::UnionType,
            TypingObj::Special(s) => match s.shape() {
                Shape::Alias(..) => TypingKind::SpecialGenericAlias,
                Shape::Tuple => TypingKind::TupleType,
                Shape::Callable => TypingKind::CallableType,
                Shape::Any => TypingKind::AnyMeta,
                _ => TypingKind::SpecialForm,
            },
            TypingObj::Subscripted { form, .. } => match form.shape() {
                Shape::Union | Shape::Optional => TypingKind::UnionGenericAlias,
                Shape::Callable => TypingKind::CallableGenericAlias,
                Shape::Literal => TypingKind::LiteralGenericAlias,
                Shape::Annotated => TypingKind::AnnotatedAlias,
                _ => TypingKind::TypingGenericAlias,
            },
            TypingObj::TypeVar { .. } => TypingKind::TypeVar,
            TypingObj::ForwardRef(_) => TypingKind::ForwardRef,
            TypingObj::NewType { .. } => TypingKind::NewType,
            TypingObj::Abc(_) => TypingKind::AbcMeta,
            TypingObj::ClassAlias { .. } => TypingKind::TypingGenericAlias,
        }
    }

    /// The class of this object. `typing.Annotated` is a plain class.
    pub fn type_kind(&self) -> TypeKind {
        match self {
            TypingObj::Special(Special::Annotated) => TypeKind::Type,
            _ => TypeKind::Typing(self.kind()),
        }
    }

    /// Calls `f` on every value this object keeps alive.
    pub fn for_each_child(&self, mut f: impl FnMut(Value)) {
        match self {
            TypingObj::Generic { origin, args, .. } | TypingObj::ClassAlias { origin, args } => {
                f(*origin);
                args.iter().for_each(|a| f(*a));
            }
            TypingObj::Union(args) | TypingObj::Subscripted { args, .. } => args.iter().for_each(|a| f(*a)),
            TypingObj::NewType { supertype, .. } => f(*supertype),
            TypingObj::Ellipsis
            | TypingObj::Feature(_)
            | TypingObj::Special(_)
            | TypingObj::Abc(_)
            | TypingObj::TypeVar { .. }
            | TypingObj::ForwardRef(_) => {}
        }
    }

    /// The type arguments, for the kinds that have them.
    fn args(&self) -> Option<&[Value]> {
        match self {
            TypingObj::Generic { args, .. }
            | TypingObj::Union(args)
            | TypingObj::Subscripted { args, .. }
            | TypingObj::ClassAlias { args, .. } => Some(args),
            _ => None,
        }
    }

    /// Whether its class defines `__call__` (even if only to refuse, as
    /// `typing.Optional` does), which is what `callable()` reports.
    pub fn is_callable(&self) -> bool {
        !matches!(
            self,
            TypingObj::Union(_)
                | TypingObj::TypeVar { .. }
                | TypingObj::Ellipsis
                | TypingObj::ForwardRef(_)
                | TypingObj::Feature(_)
        )
    }

    /// Whether `|` may build a `types.UnionType` from this object (CPython's
    /// `is_unionable`: classes, `list[int]`, unions; `typing.Any` is a
    /// class in 3.11).
    fn is_unionable(&self) -> bool {
        matches!(
            self,
            TypingObj::Generic { .. } | TypingObj::Union(_) | TypingObj::Special(Special::Any) | TypingObj::Abc(_)
        )
    }
}

/// The names of `collections.abc`, each with the `typing` alias that
/// stands for the same class.
const ABCS: &[Special] = &[
    Special::Awaitable,
    Special::Coroutine,
    Special::AsyncIterable,
    Special::AsyncIterator,
    Special::AsyncGenerator,
    Special::Hashable,
    Special::Iterable,
    Special::Iterator,
    Special::Generator,
    Special::Reversible,
    Special::Sized,
    Special::Container,
    Special::Callable,
    Special::Collection,
    Special::AbstractSet,
    Special::MutableSet,
    Special::Mapping,
    Special::MutableMapping,
    Special::MappingView,
    Special::KeysView,
    Special::ItemsView,
    Special::ValuesView,
    Special::Sequence,
    Special::MutableSequence,
    Special::ByteString,
];

/// The name of `s`'s class in `collections.abc` (`typing.AbstractSet` is
/// `collections.abc.Set`).
pub fn abc_name(s: Special) -> &'static str {
    match s {
        Special::AbstractSet => "Set",
        _ => s.name(),
    }
}

/// The attributes of the `collections.abc` module.
pub fn abc_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    ABCS.iter()
        .map(|s| (abc_name(*s), alloc(vm, TypingObj::Abc(*s))))
        .collect()
}

/// The `collections.abc` class `v` is, if it is one.
pub fn as_abc(vm: &Vm, v: Value) -> Option<Special> {
    match get(vm, v) {
        Some(TypingObj::Abc(s)) => Some(*s),
        _ => None,
    }
}

/// Allocates a type-hint object.
pub(crate) fn alloc(vm: &mut Vm, obj: TypingObj) -> Value {
    Value::Obj(vm.heap.alloc(crate::object::TypingBox::new(obj)))
}

/// The type-hint object `v` refers to, if it is one.
pub(crate) fn get(vm: &Vm, v: Value) -> Option<&TypingObj> {
    match vm.heap.get(v.as_obj()?) {
        Obj::Typing(t) => Some(t),
        _ => None,
    }
}

/// The key under which `...` is kept in `vm.modules` (a GC root and a
/// cache the VM already has): no import can name it.
const ELLIPSIS_KEY: &str = "...";

/// `...`: one object for the whole run, so `... is ...`.
pub fn ellipsis(vm: &mut Vm) -> Value {
    if let Some(v) = vm.modules.get(ELLIPSIS_KEY) {
        return *v;
    }
    let v = alloc(vm, TypingObj::Ellipsis);
    vm.modules.insert(ELLIPSIS_KEY.into(), v);
    v
}

fn is_ellipsis(vm: &Vm, v: Value) -> bool {
    matches!(get(vm, v), Some(TypingObj::Ellipsis))
}

/// `NoneType`, which `typing` and `|` store in place of None.
fn none_type(vm: &mut Vm) -> Value {
    vm.type_object(TypeKind::NoneType)
}

/// `a == b` for two type-hint objects; `eq` compares their arguments
/// (it carries the caller's nesting depth). Unions compare as sets, as
/// CPython's do, and a `typing.Union` equals the `|` union of the same
/// types.
#[cold]
#[inline(never)]
pub(crate) fn eq(a: &TypingObj, b: &TypingObj, eq: &mut dyn FnMut(Value, Value) -> OpResult<bool>) -> OpResult<bool> {
    fn union_args(t: &TypingObj) -> Option<&[Value]> {
        match t {
            TypingObj::Union(args)
            | TypingObj::Subscripted {
                form: Special::Union,
                args,
            } => Some(args),
            _ => None,
        }
    }
    if let (Some(x), Some(y)) = (union_args(a), union_args(b)) {
        return same_members(x, y, eq);
    }
    Ok(match (a, b) {
        (
            TypingObj::Generic {
                origin: o1, args: a1, ..
            },
            TypingObj::Generic {
                origin: o2, args: a2, ..
            },
        ) => eq(*o1, *o2)? && same_sequence(a1, a2, eq)?,
        (TypingObj::Subscripted { form: f1, args: a1 }, TypingObj::Subscripted { form: f2, args: a2 }) => {
            // `Literal[1, 2] == Literal[2, 1]`: literal values form a set.
            f1 == f2
                && if *f1 == Special::Literal {
                    same_members(a1, a2, eq)?
                } else {
                    same_sequence(a1, a2, eq)?
                }
        }
        (TypingObj::ClassAlias { origin: o1, args: a1 }, TypingObj::ClassAlias { origin: o2, args: a2 }) => {
            o1.is(*o2) && same_sequence(a1, a2, eq)?
        }
        (TypingObj::Special(x), TypingObj::Special(y)) | (TypingObj::Abc(x), TypingObj::Abc(y)) => x == y,
        (TypingObj::ForwardRef(x), TypingObj::ForwardRef(y)) => x == y,
        // TypeVars, NewTypes, features and `...` are equal only to themselves.
        _ => false,
    })
}

fn same_sequence(a: &[Value], b: &[Value], eq: &mut dyn FnMut(Value, Value) -> OpResult<bool>) -> OpResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !(x.is(*y) || eq(*x, *y)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether every member of each is in the other (union args have no
/// repeats, so equal lengths are not required).
fn same_members(a: &[Value], b: &[Value], eq: &mut dyn FnMut(Value, Value) -> OpResult<bool>) -> OpResult<bool> {
    for (xs, ys) in [(a, b), (b, a)] {
        for x in xs {
            let mut found = false;
            for y in ys {
                if x.is(*y) || eq(*x, *y)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// What `isinstance(x, cls)` checks `x` against when `cls` is a type-hint
/// object: the classes of a union (`int | None`, `Optional[int]`) or the
/// class `typing.List` stands for. Parameterized generics and forms are
/// `TypeError`s, as in CPython.
#[cold]
#[inline(never)]
pub(crate) fn isinstance_targets(vm: &mut Vm, cls: Value) -> Result<Vec<Value>, PyError> {
    let unsupported = |what: &str| {
        RawError::new(
            ExcKind::NotImplementedError,
            format!("isinstance() with {what} is not supported by Rumba"),
        )
    };
    let Some(t) = get(vm, cls) else {
        return Ok(vec![cls]);
    };
    let parameterized_in_union = |vm: &Vm, args: &[Value]| {
        args.iter().any(|a| {
            matches!(
                get(vm, *a),
                Some(TypingObj::Generic { .. } | TypingObj::Subscripted { .. })
            )
        })
    };
    match t {
        TypingObj::Union(args) => {
            if parameterized_in_union(vm, args) {
                return Err(RawError::type_error("isinstance() argument 2 cannot be a parameterized generic").into());
            }
            Ok(args.to_vec())
        }
        TypingObj::Subscripted {
            form: Special::Union,
            args,
        } => {
            if parameterized_in_union(vm, args) {
                return Err(
                    RawError::type_error("Subscripted generics cannot be used with class and instance checks").into(),
                );
            }
            let args = args.to_vec();
            let mut targets = Vec::new();
            for a in args {
                targets.extend(isinstance_targets(vm, a)?);
            }
            Ok(targets)
        }
        TypingObj::Generic { .. } => {
            Err(RawError::type_error("isinstance() argument 2 cannot be a parameterized generic").into())
        }
        TypingObj::Subscripted { .. } | TypingObj::ClassAlias { .. } => {
            Err(RawError::type_error("Subscripted generics cannot be used with class and instance checks").into())
        }
        TypingObj::Special(s) => match s.shape() {
            Shape::Alias(Some(kind), _) => Ok(vec![vm.type_object(kind)]),
            Shape::Tuple => Ok(vec![vm.type_object(TypeKind::Tuple)]),
            Shape::Alias(None, _) | Shape::Callable => Err(unsupported(&format!("typing.{}", s.name())).into()),
            _ => Err(RawError::type_error(format!("typing.{} cannot be used with isinstance()", s.name())).into()),
        },
        TypingObj::Abc(s) => Err(unsupported(&format!("collections.abc.{}", abc_name(*s))).into()),
        _ => Err(RawError::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union").into()),
    }
}

/// Calling a type-hint object (the callee below `argc` arguments on the
/// stack): `list[int](...)` calls `list`, a NewType returns its argument;
/// the `typing` aliases refuse with CPython's messages. Kept out of line:
/// inlined, it would make the VM's call path too big to inline the frame
/// push (measured: 5% more instructions on a call-heavy program).
#[cold]
#[inline(never)]
pub(crate) fn call_from_stack(vm: &mut Vm, argc: usize, kwnames: Option<Value>) -> Result<bool, PyError> {
    let callee_at = vm.stack.len() - argc - 1;
    let callee = vm.stack[callee_at];
    match call_target(vm, callee, &vm.stack[callee_at + 1..])? {
        CallTarget::Callee(origin) => {
            vm.stack[callee_at] = origin;
            vm.call_from_stack(argc, kwnames)
        }
        CallTarget::Result(v) => {
            vm.stack.truncate(callee_at);
            vm.stack.push(v);
            Ok(false)
        }
    }
}

/// What calling a type hint comes to: another callee, or a result.
enum CallTarget {
    Callee(Value),
    Result(Value),
}

fn call_target(vm: &Vm, callee: Value, args: &[Value]) -> Result<CallTarget, RawError> {
    let t = get(vm, callee).expect("the caller checked the kind");
    match t {
        TypingObj::Generic { origin, .. } | TypingObj::ClassAlias { origin, .. } => Ok(CallTarget::Callee(*origin)),
        TypingObj::NewType { .. } => match args {
            [v] => Ok(CallTarget::Result(*v)),
            [] => Err(RawError::type_error(
                "NewType.__call__() missing 1 required positional argument: 'x'",
            )),
            _ => Err(RawError::type_error(format!(
                "NewType.__call__() takes 2 positional arguments but {} were given",
                args.len() + 1
            ))),
        },
        TypingObj::Special(s) | TypingObj::Subscripted { form: s, .. } => match s.shape() {
            Shape::Alias(..) | Shape::Tuple => {
                let lower = match s {
                    Special::List => "list",
                    Special::Dict => "dict",
                    Special::Tuple => "tuple",
                    Special::Type => "type",
                    Special::Set => "set",
                    Special::FrozenSet => "frozenset",
                    _ => {
                        return Err(RawError::new(
                            ExcKind::NotImplementedError,
                            format!("calling typing.{} is not supported by Rumba", s.name()),
                        ))
                    }
                };
                Err(RawError::type_error(format!(
                    "Type {} cannot be instantiated; use {lower}() instead",
                    s.name()
                )))
            }
            _ => Err(RawError::type_error(format!("Cannot instantiate typing.{}", s.name()))),
        },
        // CPython's ABCs cannot be instantiated either, but say so naming
        // their abstract methods, which Rumba does not keep.
        TypingObj::Abc(s) => Err(RawError::new(
            ExcKind::NotImplementedError,
            format!("calling collections.abc.{} is not supported by Rumba", abc_name(*s)),
        )),
        _ => Err(RawError::type_error(format!(
            "'{}' object is not callable",
            t.kind().name()
        ))),
    }
}

/// What a `class` statement's bases come to once `typing`'s are read.
pub(crate) enum ClassBases {
    /// The class is made already (`class P(NamedTuple):`).
    Made(Value),
    /// The bases to derive from (a tuple): those written, with each
    /// `Cls[...]` replaced by `Cls`.
    Bases(Value),
}

/// Reads the bases of `class name(bases): ...` (whose body left `ns`)
/// for `typing`'s: `NamedTuple` makes a named tuple; `Generic[T]`,
/// `Protocol` and `Stack[int]` stand for classes, and the new class
/// records the type variables it is generic over in `__parameters__`.
#[cold]
#[inline(never)]
pub(crate) fn class_bases(vm: &mut Vm, name: &str, bases: Value, ns: Value) -> Result<ClassBases, PyError> {
    if !vm.modules.contains_key("typing") {
        return Ok(ClassBases::Bases(bases));
    }
    let written: Vec<Value> = bases
        .as_obj()
        .and_then(|b| vm.heap.tuple(b))
        .map(|t| t.iter().copied().collect())
        .unwrap_or_default();
    if let Some(at) = written.iter().position(|b| named_tuple::is_named_tuple(vm, *b)) {
        let others: Vec<Value> = written
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, b)| *b)
            .collect();
        return Ok(ClassBases::Made(named_tuple::class_form(vm, name, &others, ns)?));
    }
    let Some((resolved, params)) = generic::resolve_bases(vm, &written) else {
        return Ok(ClassBases::Bases(bases));
    };
    generic::mark_protocol(vm, &written, &resolved, ns)?;
    let params = vm.new_tuple(params);
    let key = Value::Obj(vm.heap.intern("__parameters__"));
    vm.dict_set(ns.as_obj().expect("the namespace dict"), key, params)?;
    Ok(ClassBases::Bases(vm.new_tuple(resolved)))
}

/// `alias.__args__`, `alias.__origin__`, `T.__name__`, `f.__annotations__`:
/// the attributes of type hints scripts read. None if `v` has no such
/// attribute here (the caller raises the usual AttributeError).
#[cold]
#[inline(never)]
pub(crate) fn get_attr(vm: &mut Vm, v: Value, name: &str) -> Option<Result<Value, PyError>> {
    if name == "__annotations__" {
        return annotations::function_annotations(vm, v).map(Ok);
    }
    let t = get(vm, v)?;
    let value = match (t, name) {
        (TypingObj::Generic { origin, .. } | TypingObj::ClassAlias { origin, .. }, "__origin__") => *origin,
        (TypingObj::Special(s) | TypingObj::Subscripted { form: s, .. }, "__origin__") => {
            let s = *s;
            let is_subscripted = matches!(t, TypingObj::Subscripted { .. });
            return origin(vm, s, is_subscripted);
        }
        (TypingObj::TypeVar { name: n, .. } | TypingObj::NewType { name: n, .. }, "__name__") => {
            let n = n.clone();
            vm.new_str(n)
        }
        (TypingObj::Abc(s), "__name__" | "__qualname__") => {
            let n = abc_name(*s);
            vm.new_str(n)
        }
        (TypingObj::Abc(_), "__module__") => vm.new_str("collections.abc"),
        (_, "__args__") => {
            let args = t.args()?.to_vec();
            vm.new_tuple(args)
        }
        _ => return None,
    };
    Some(Ok(value))
}

/// `typing.X.__origin__`: the class an alias stands for, or (for
/// `Union[...]`, `Literal[...]`...) the `typing` name it was built from.
fn origin(vm: &mut Vm, s: Special, is_subscripted: bool) -> Option<Result<Value, PyError>> {
    let kind = match s.shape() {
        Shape::Alias(Some(kind), _) => kind,
        Shape::Tuple => TypeKind::Tuple,
        Shape::Alias(None, _) | Shape::Callable => {
            return Some(Err(RawError::new(
                ExcKind::NotImplementedError,
                format!("typing.{}.__origin__ is not supported by Rumba", s.name()),
            )
            .into()))
        }
        _ if is_subscripted => return Some(Ok(special_object(vm, s))),
        _ => return None,
    };
    Some(Ok(vm.type_object(kind)))
}

/// The object `typing.<name>` is, so `Optional[int].__origin__ is Union`.
fn special_object(vm: &mut Vm, s: Special) -> Value {
    let from_module = vm.modules.get("typing").and_then(|m| match vm.heap.get(m.as_obj()?) {
        Obj::Module(m) => {
            let name = vm.heap.find_interned(s.name())?;
            vm.shapes.slot(m.shape(), name).map(|slot| m.slots[slot])
        }
        _ => None,
    });
    from_module.unwrap_or_else(|| alloc(vm, TypingObj::Special(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::testing::{new_vm, shown};

    fn typing_name(vm: &mut Vm, name: &str) -> Value {
        let m = crate::modules::import(vm, "typing").unwrap();
        vm.get_attr(m, name).unwrap()
    }

    #[test]
    fn hints_print_and_compare_as_cpython() {
        let (mut vm, _) = new_vm();
        let (int, list) = (vm.type_object(TypeKind::Int), vm.type_object(TypeKind::List));
        let list_int = vm.get_item(list, int);
        assert_eq!(shown(&vm, list_int.clone()), "list[int]");
        let int_or_none = union_op(&mut vm, int, Value::None).unwrap();
        assert_eq!(shown(&vm, int_or_none.clone()), "int | None");
        let optional = typing_name(&mut vm, "Optional");
        let optional_int = vm.get_item(optional, int);
        assert_eq!(shown(&vm, optional_int.clone()), "typing.Optional[int]");
        assert!(vm.eq(optional_int.unwrap(), int_or_none.unwrap()).unwrap());
        let again = vm.get_item(list_int.unwrap(), int);
        assert_eq!(shown(&vm, again), "TypeError: list[int] is not a generic class");
        let typed_dict = crate::modules::import(&mut vm, "typing").and_then(|m| vm.get_attr(m, "TypedDict"));
        assert_eq!(
            shown(&vm, typed_dict),
            "NotImplementedError: 'typing.TypedDict' is not supported by Rumba"
        );
    }

    #[test]
    fn ellipsis_is_one_object() {
        let (mut vm, _) = new_vm();
        let (a, b) = (ellipsis(&mut vm), ellipsis(&mut vm));
        assert!(a.is(b));
        assert_eq!(vm.repr(a).unwrap(), "Ellipsis");
        assert_eq!(vm.type_name(a), "ellipsis");
    }
}
