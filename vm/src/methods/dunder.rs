//! The special methods of the built-in types called by name
//! (`(5).__add__(1)`, `"a".__len__()`, `int.__eq__(1, 1.0)`): each is
//! the VM's own operation (`binary_op`, `eq`, `compare`, `get_item`, the
//! built-in functions), with CPython's rule for operands of a type the
//! method does not handle: it returns `NotImplemented` (the caller, not
//! the method, tries the reflected operation), where the operator would
//! have converted (`(5).__eq__(5.0)`) or raised.

use crate::builtin_bases::not_implemented;
use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeMethodPtr, NativeResult};
use crate::object::TypeKind;
use crate::ops::arith::{BinOp, UnaryOp};
use crate::ops::compare::OrderOp;
use crate::value::Value;
use crate::vm::Vm;

/// The special method `name` of type `kind`, if CPython's type has it.
/// Called only for names that start with `__` and that the type's own
/// table does not have.
pub(super) fn lookup(kind: TypeKind, name: &str) -> Option<NativeMethodPtr> {
    use TypeKind::*;
    let (method, kinds): (NativeMethodPtr, &[TypeKind]) = match name {
        "__str__" => (str_, ALL),
        "__repr__" => (repr, ALL),
        "__format__" => (format, ALL),
        "__hash__" => (hash, HASHABLE),
        "__eq__" => (eq, ALL),
        "__ne__" => (ne, ALL),
        "__lt__" => (lt, ALL),
        "__le__" => (le, ALL),
        "__gt__" => (gt, ALL),
        "__ge__" => (ge, ALL),
        "__len__" => (len, CONTAINERS),
        "__contains__" => (contains, CONTAINERS),
        "__iter__" if ITERATORS.contains(&kind) => (iter, ITERATORS),
        "__iter__" => (iter, CONTAINERS),
        "__next__" => (next, ITERATORS),
        "__getitem__" => (getitem, &[Str, Bytes, ByteArray, List, Tuple, Dict, Range]),
        "__setitem__" => (setitem, MUTABLE),
        "__delitem__" => (delitem, MUTABLE),
        "__bool__" => (bool_, &[Int, Bool, Float, Complex, NoneType]),
        "__int__" => (int, REALS),
        "__float__" => (float, REALS),
        "__index__" => (index, INTS),
        "__abs__" => (abs, NUMBERS),
        "__neg__" => (neg, NUMBERS),
        "__pos__" => (pos, NUMBERS),
        "__invert__" => (invert, INTS),
        "__round__" => (round, REALS),
        "__trunc__" => (trunc, REALS),
        "__floor__" => (floor, REALS),
        "__ceil__" => (ceil, REALS),
        "__add__" => (add, &[Int, Bool, Float, Complex, Str, Bytes, ByteArray, List, Tuple]),
        "__radd__" => (radd, NUMBERS),
        "__sub__" => (sub, NUMBERS_AND_SETS),
        "__rsub__" => (rsub, NUMBERS_AND_SETS),
        "__mul__" => (mul, &[Int, Bool, Float, Complex, Str, Bytes, ByteArray, List, Tuple]),
        "__rmul__" => (rmul, &[Int, Bool, Float, Complex, Str, Bytes, ByteArray, List, Tuple]),
        "__truediv__" => (truediv, NUMBERS),
        "__rtruediv__" => (rtruediv, NUMBERS),
        "__floordiv__" => (floordiv, REALS),
        "__rfloordiv__" => (rfloordiv, REALS),
        "__mod__" => (mod_, &[Int, Bool, Float, Str, Bytes, ByteArray]),
        "__rmod__" => (rmod, &[Int, Bool, Float, Str, Bytes, ByteArray]),
        "__divmod__" => (divmod, REALS),
        "__rdivmod__" => (rdivmod, REALS),
        "__pow__" => (pow, NUMBERS),
        "__rpow__" => (rpow, NUMBERS),
        "__and__" => (and, INTS_AND_SETS),
        "__rand__" => (rand, INTS_AND_SETS),
        "__or__" => (or, INTS_AND_SETS),
        "__ror__" => (ror, INTS_AND_SETS),
        "__xor__" => (xor, INTS_AND_SETS),
        "__rxor__" => (rxor, INTS_AND_SETS),
        "__lshift__" => (lshift, INTS),
        "__rlshift__" => (rlshift, INTS),
        "__rshift__" => (rshift, INTS),
        "__rrshift__" => (rrshift, INTS),
        _ => return None,
    };
    kinds.contains(&kind).then_some(method)
}

/// The types this module gives special methods to.
const ALL: &[TypeKind] = &[
    TypeKind::Int,
    TypeKind::Bool,
    TypeKind::Float,
    TypeKind::Complex,
    TypeKind::Str,
    TypeKind::Bytes,
    TypeKind::ByteArray,
    TypeKind::List,
    TypeKind::Tuple,
    TypeKind::Dict,
    TypeKind::Set,
    TypeKind::FrozenSet,
    TypeKind::Range,
    TypeKind::NoneType,
];
/// The types whose `__hash__` is not None (`unhashable_hash`).
const HASHABLE: &[TypeKind] = &[
    TypeKind::Int,
    TypeKind::Bool,
    TypeKind::Float,
    TypeKind::Complex,
    TypeKind::Str,
    TypeKind::Bytes,
    TypeKind::Tuple,
    TypeKind::FrozenSet,
    TypeKind::Range,
    TypeKind::NoneType,
];
const CONTAINERS: &[TypeKind] = &[
    TypeKind::Str,
    TypeKind::Bytes,
    TypeKind::ByteArray,
    TypeKind::List,
    TypeKind::Tuple,
    TypeKind::Dict,
    TypeKind::Set,
    TypeKind::FrozenSet,
    TypeKind::Range,
];
/// The built-in iterators: their `__iter__` returns them.
const ITERATORS: &[TypeKind] = &[
    TypeKind::Iterator,
    TypeKind::Map,
    TypeKind::Filter,
    TypeKind::Zip,
    TypeKind::Enumerate,
];
const MUTABLE: &[TypeKind] = &[TypeKind::List, TypeKind::Dict, TypeKind::ByteArray];
const INTS: &[TypeKind] = &[TypeKind::Int, TypeKind::Bool];
const REALS: &[TypeKind] = &[TypeKind::Int, TypeKind::Bool, TypeKind::Float];
const NUMBERS: &[TypeKind] = &[TypeKind::Int, TypeKind::Bool, TypeKind::Float, TypeKind::Complex];
const NUMBERS_AND_SETS: &[TypeKind] = &[
    TypeKind::Int,
    TypeKind::Bool,
    TypeKind::Float,
    TypeKind::Complex,
    TypeKind::Set,
    TypeKind::FrozenSet,
];
const INTS_AND_SETS: &[TypeKind] = &[TypeKind::Int, TypeKind::Bool, TypeKind::Set, TypeKind::FrozenSet];

/// Whether `kind`'s `__hash__` is None in CPython (a mutable container):
/// the attribute exists, and calling it calls None.
pub(crate) fn unhashable_hash(kind: TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::List | TypeKind::Dict | TypeKind::Set | TypeKind::ByteArray
    )
}

/// Whether CPython's `kind.name` is a slot wrapper (`int.__add__`) rather
/// than a method (`int.__round__`, `list.__getitem__`): the two word their
/// errors differently.
pub(crate) fn is_slot_wrapper(kind: TypeKind, name: &str) -> bool {
    match name {
        "__format__" | "__round__" | "__trunc__" | "__floor__" | "__ceil__" => false,
        "__getitem__" => !matches!(kind, TypeKind::List | TypeKind::Dict),
        "__contains__" => !matches!(kind, TypeKind::Dict | TypeKind::Set | TypeKind::FrozenSet),
        _ => lookup(kind, name).is_some(),
    }
}

/// The arguments of a slot wrapper that takes `want` of them, with its
/// errors (`expected 1 argument, got 2`).
fn wrapper_args<const N: usize>(name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<[Value; N], PyError> {
    if !kwargs.is_empty() {
        return Err(args::error(
            ExcKind::TypeError,
            format!("wrapper {name}() takes no keyword arguments"),
        ));
    }
    <[Value; N]>::try_from(args).map_err(|_| {
        let plural = if N == 1 { "" } else { "s" };
        args::error(
            ExcKind::TypeError,
            format!("expected {N} argument{plural}, got {}", args.len()),
        )
    })
}

/// The one argument of a method (not a wrapper) such as `__format__`.
fn method_arg(vm: &Vm, recv: Value, name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<Value, PyError> {
    args::no_kwargs(format_args!("{}.{name}", vm.type_name(recv)), kwargs)?;
    match args {
        [v] => Ok(*v),
        _ => Err(args::error(
            ExcKind::TypeError,
            format!(
                "{}.{name}() takes exactly one argument ({} given)",
                vm.type_name(recv),
                args.len()
            ),
        )),
    }
}

fn str_(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__str__", args, kwargs)?;
    if vm.as_str(recv).is_some() {
        return Ok(recv);
    }
    let text = vm.str_value(recv)?;
    Ok(vm.new_str(text))
}

fn repr(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__repr__", args, kwargs)?;
    let text = vm.repr_of(recv)?;
    Ok(vm.new_str(text))
}

fn format(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let spec = method_arg(vm, recv, "__format__", args, kwargs)?;
    let Some(spec) = vm.as_str_rc(spec) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("__format__() argument must be str, not {}", vm.type_name(spec)),
        ));
    };
    let text = crate::builtins::format_builtin_value(vm, recv, &spec)?;
    Ok(vm.new_str(text))
}

fn hash(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__hash__", args, kwargs)?;
    Ok(Value::Int(vm.hash_value(recv)?))
}

/// Whether `other` is of a type that `recv`'s comparisons handle (else
/// they return NotImplemented); `order` for `<` and the like.
fn comparable(vm: &Vm, recv: Value, other: Value, order: bool) -> bool {
    use TypeKind::*;
    let other = vm.type_kind(other);
    match vm.type_kind(recv) {
        Int | Bool => matches!(other, Int | Bool),
        Float => matches!(other, Int | Bool | Float),
        Complex => !order && matches!(other, Int | Bool | Float | Complex),
        Str => other == Str,
        Bytes => other == Bytes,
        ByteArray => matches!(other, Bytes | ByteArray),
        List => other == List,
        Tuple => other == Tuple,
        Set | FrozenSet => matches!(other, Set | FrozenSet),
        Dict => !order && other == Dict,
        Range => !order && other == Range,
        // None: `object`'s identity test, in `equality`.
        _ => false,
    }
}

fn equality(vm: &mut Vm, name: &str, recv: Value, args: &[Value], kwargs: &[KwArg], equal: bool) -> NativeResult {
    let [other] = wrapper_args::<1>(name, args, kwargs)?;
    if vm.type_kind(recv) == TypeKind::NoneType {
        return Ok(if other.is_none() {
            Value::Bool(equal)
        } else {
            not_implemented(vm)
        });
    }
    if !comparable(vm, recv, other, false) {
        return Ok(not_implemented(vm));
    }
    Ok(Value::Bool(vm.eq(recv, other)? == equal))
}

fn eq(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    equality(vm, "__eq__", recv, args, kwargs, true)
}

fn ne(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    equality(vm, "__ne__", recv, args, kwargs, false)
}

fn order(vm: &mut Vm, name: &str, op: OrderOp, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [other] = wrapper_args::<1>(name, args, kwargs)?;
    if !comparable(vm, recv, other, true) {
        return Ok(not_implemented(vm));
    }
    Ok(Value::Bool(vm.compare(op, recv, other)?))
}

fn lt(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    order(vm, "__lt__", OrderOp::Lt, recv, args, kwargs)
}

fn le(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    order(vm, "__le__", OrderOp::Le, recv, args, kwargs)
}

fn gt(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    order(vm, "__gt__", OrderOp::Gt, recv, args, kwargs)
}

fn ge(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    order(vm, "__ge__", OrderOp::Ge, recv, args, kwargs)
}

fn len(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__len__", args, kwargs)?;
    Ok(Value::Int(vm.len_of(recv)?))
}

fn contains(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let item = if is_slot_wrapper(vm.type_kind(recv), "__contains__") {
        wrapper_args::<1>("__contains__", args, kwargs)?[0]
    } else {
        method_arg(vm, recv, "__contains__", args, kwargs)?
    };
    Ok(Value::Bool(vm.contains(recv, item)?))
}

fn iter(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__iter__", args, kwargs)?;
    vm.get_iter(recv)
}

/// `it.__next__()` of a built-in iterator: its next item, or
/// StopIteration.
fn next(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__next__", args, kwargs)?;
    let it = recv.as_obj().expect("a built-in iterator is an object");
    vm.iter_next(it)?.ok_or_else(|| args::error(ExcKind::StopIteration, ""))
}

fn getitem(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let key = if is_slot_wrapper(vm.type_kind(recv), "__getitem__") {
        wrapper_args::<1>("__getitem__", args, kwargs)?[0]
    } else {
        method_arg(vm, recv, "__getitem__", args, kwargs)?
    };
    vm.get_item(recv, key)
}

/// `PyArg_UnpackTuple`'s count error, which CPython words with an empty
/// function name (hence the leading space).
fn unpack_count_error(want: usize, got: usize) -> PyError {
    args::error(ExcKind::TypeError, format!(" expected {want} arguments, got {got}"))
}

fn setitem(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("wrapper __setitem__", kwargs)?;
    let [key, value] = <[Value; 2]>::try_from(args).map_err(|_| unpack_count_error(2, args.len()))?;
    vm.set_item(recv, key, value)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [key] = wrapper_args::<1>("__delitem__", args, kwargs)?;
    vm.del_item(recv, key)?;
    Ok(Value::None)
}

fn bool_(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__bool__", args, kwargs)?;
    Ok(Value::Bool(vm.truthy(recv)))
}

/// An int's own value, a bool's as an int (`True.__int__()` is 1).
fn as_int(recv: Value) -> Value {
    match recv {
        Value::Bool(b) => Value::Int(b as i64),
        _ => recv,
    }
}

fn int(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__int__", args, kwargs)?;
    crate::builtins::call_type(vm, TypeKind::Int, &[recv], &[])
}

fn float(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__float__", args, kwargs)?;
    crate::builtins::call_type(vm, TypeKind::Float, &[recv], &[])
}

fn index(_vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__index__", args, kwargs)?;
    Ok(as_int(recv))
}

fn abs(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>("__abs__", args, kwargs)?;
    crate::builtins::numbers::abs(vm, &[recv], &[])
}

fn unary(vm: &mut Vm, name: &str, op: UnaryOp, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrapper_args::<0>(name, args, kwargs)?;
    vm.unary_op(op, recv)
}

fn neg(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    unary(vm, "__neg__", UnaryOp::Neg, recv, args, kwargs)
}

fn pos(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    unary(vm, "__pos__", UnaryOp::Pos, recv, args, kwargs)
}

fn invert(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    unary(vm, "__invert__", UnaryOp::Invert, recv, args, kwargs)
}

fn round(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs(format_args!("{}.__round__", vm.type_name(recv)), kwargs)?;
    match args {
        [] => crate::builtins::numbers::round(vm, &[recv], &[]),
        [digits] => crate::builtins::numbers::round(vm, &[recv, *digits], &[]),
        _ => Err(args::error(
            ExcKind::TypeError,
            format!("__round__ expected at most 1 argument, got {}", args.len()),
        )),
    }
}

/// `__trunc__`, `__floor__`, `__ceil__`: an int is its own; a float is
/// rounded by `to_whole`, then made an int as `int()` makes it (with its
/// errors for infinities and NaN).
fn whole(
    vm: &mut Vm,
    name: &str,
    to_whole: fn(f64) -> f64,
    recv: Value,
    args: &[Value],
    kwargs: &[KwArg],
) -> NativeResult {
    args::no_args(format_args!("{}.{name}", vm.type_name(recv)), args, kwargs)?;
    match recv {
        Value::Float(f) => crate::builtins::call_type(vm, TypeKind::Int, &[Value::Float(to_whole(f))], &[]),
        _ => Ok(as_int(recv)),
    }
}

fn trunc(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    whole(vm, "__trunc__", f64::trunc, recv, args, kwargs)
}

fn floor(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    whole(vm, "__floor__", f64::floor, recv, args, kwargs)
}

fn ceil(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    whole(vm, "__ceil__", f64::ceil, recv, args, kwargs)
}

/// What a binary special method of `recv` does with `other`.
enum Operand {
    /// The operation's own meaning (`binary_op`).
    Handled,
    /// `NotImplemented`: CPython's method does not handle this type.
    Declined,
    /// `seq * n` with a non-int `n`: the index conversion's error.
    NotIndex,
}

/// Which operands `recv`'s arithmetic takes: numbers take numbers no
/// wider than themselves (`(5).__add__(1.0)` is NotImplemented), sets
/// take sets, a sequence's `+` takes anything (`binary_op` words the
/// error), its `*` takes ints, `%`-formatting takes anything.
fn operand(vm: &Vm, op: BinOp, recv: Value, other: Value) -> Operand {
    use TypeKind::*;
    let other_kind = vm.type_kind(other);
    let handled = match vm.type_kind(recv) {
        Int | Bool => matches!(other_kind, Int | Bool),
        Float => matches!(other_kind, Int | Bool | Float),
        Complex => matches!(other_kind, Int | Bool | Float | Complex),
        Set | FrozenSet => matches!(other_kind, Set | FrozenSet),
        Str | Bytes | ByteArray | List | Tuple => match op {
            BinOp::Mul if !matches!(other_kind, Int | Bool) => return Operand::NotIndex,
            _ => true,
        },
        _ => false,
    };
    if handled {
        Operand::Handled
    } else {
        Operand::Declined
    }
}

/// `recv.__op__(other)`, or with `reflected` `recv.__rop__(other)`
/// (which computes `other op recv`).
fn binary(
    vm: &mut Vm,
    name: &str,
    op: BinOp,
    reflected: bool,
    recv: Value,
    args: &[Value],
    kwargs: &[KwArg],
) -> NativeResult {
    let [other] = wrapper_args::<1>(name, args, kwargs)?;
    binary_with(vm, op, reflected, recv, other)
}

fn binary_with(vm: &mut Vm, op: BinOp, reflected: bool, recv: Value, other: Value) -> NativeResult {
    // `fmt.__rmod__(x)` is `x % fmt`, a format only when `x` is of the
    // same text type: `"x".__rmod__(5)` is NotImplemented.
    let declined = match operand(vm, op, recv, other) {
        Operand::Handled => {
            reflected && op == BinOp::Mod && vm.type_kind(recv) != vm.type_kind(other) && !is_number(vm, recv)
        }
        Operand::Declined => true,
        Operand::NotIndex => {
            args::index_arg(vm, other)?;
            false
        }
    };
    if declined {
        return Ok(not_implemented(vm));
    }
    if reflected {
        vm.binary_op(op, other, recv)
    } else {
        vm.binary_op(op, recv, other)
    }
}

fn is_number(vm: &Vm, v: Value) -> bool {
    NUMBERS.contains(&vm.type_kind(v))
}

/// One special method per binary operator and side: a native method is a
/// plain `fn`, so each gets its own.
macro_rules! binary_methods {
    ($($fn_name:ident => $name:literal, $op:expr, $reflected:expr;)*) => {
        $(
            fn $fn_name(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
                binary(vm, $name, $op, $reflected, recv, args, kwargs)
            }
        )*
    };
}

binary_methods! {
    add => "__add__", BinOp::Add, false;
    radd => "__radd__", BinOp::Add, true;
    sub => "__sub__", BinOp::Sub, false;
    rsub => "__rsub__", BinOp::Sub, true;
    mul => "__mul__", BinOp::Mul, false;
    rmul => "__rmul__", BinOp::Mul, true;
    truediv => "__truediv__", BinOp::TrueDiv, false;
    rtruediv => "__rtruediv__", BinOp::TrueDiv, true;
    floordiv => "__floordiv__", BinOp::FloorDiv, false;
    rfloordiv => "__rfloordiv__", BinOp::FloorDiv, true;
    mod_ => "__mod__", BinOp::Mod, false;
    rmod => "__rmod__", BinOp::Mod, true;
    and => "__and__", BinOp::BitAnd, false;
    rand => "__rand__", BinOp::BitAnd, true;
    or => "__or__", BinOp::BitOr, false;
    ror => "__ror__", BinOp::BitOr, true;
    xor => "__xor__", BinOp::BitXor, false;
    rxor => "__rxor__", BinOp::BitXor, true;
    lshift => "__lshift__", BinOp::LShift, false;
    rlshift => "__rlshift__", BinOp::LShift, true;
    rshift => "__rshift__", BinOp::RShift, false;
    rrshift => "__rrshift__", BinOp::RShift, true;
}

/// `divmod(recv, other)` (or reflected), through the built-in.
fn divmod_of(vm: &mut Vm, name: &str, reflected: bool, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [other] = wrapper_args::<1>(name, args, kwargs)?;
    if !matches!(operand(vm, BinOp::FloorDiv, recv, other), Operand::Handled) {
        return Ok(not_implemented(vm));
    }
    let pair = if reflected { [other, recv] } else { [recv, other] };
    crate::builtins::numbers::divmod(vm, &pair, &[])
}

fn divmod(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    divmod_of(vm, "__divmod__", false, recv, args, kwargs)
}

fn rdivmod(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    divmod_of(vm, "__rdivmod__", true, recv, args, kwargs)
}

/// `pow(recv, other[, modulus])` (or reflected): the only binary special
/// method with an optional third argument.
fn pow_of(vm: &mut Vm, name: &str, reflected: bool, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if !kwargs.is_empty() {
        return Err(args::error(
            ExcKind::TypeError,
            format!("wrapper {name}() takes no keyword arguments"),
        ));
    }
    let (other, modulus) = match args {
        [other] => (*other, Value::None),
        [other, modulus] => (*other, *modulus),
        [] => {
            return Err(args::error(ExcKind::TypeError, " expected at least 1 argument, got 0"));
        }
        _ => {
            return Err(args::error(
                ExcKind::TypeError,
                format!(" expected at most 2 arguments, got {}", args.len()),
            ));
        }
    };
    if modulus.is_none() {
        return binary_with(vm, BinOp::Pow, reflected, recv, other);
    }
    if !matches!(operand(vm, BinOp::Pow, recv, other), Operand::Handled) {
        return Ok(not_implemented(vm));
    }
    let (base, exp) = if reflected { (other, recv) } else { (recv, other) };
    crate::builtins::numbers::pow(vm, &[base, exp, modulus], &[])
}

fn pow(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pow_of(vm, "__pow__", false, recv, args, kwargs)
}

fn rpow(vm: &mut Vm, recv: Value, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    pow_of(vm, "__rpow__", true, recv, args, kwargs)
}
