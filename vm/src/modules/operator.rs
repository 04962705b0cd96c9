//! The `operator` module: the operators as functions, each doing what the
//! interpreter does for the operator (special methods of instances
//! included), and `itemgetter`, `attrgetter`, `methodcaller` as native
//! classes (`native_class.rs`).

use crate::builtins::args;
use crate::classes::RichOp;
use crate::error::{PyError, RawError};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::ops::arith::{BinOp, UnaryOp};
use crate::ops::compare::OrderOp;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{dict_kwargs, field, init_state, kwargs_dict, make_class, receiver};

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
        ("add", add),
        ("sub", sub),
        ("mul", mul),
        ("truediv", truediv),
        ("floordiv", floordiv),
        ("mod", modulo),
        ("pow", pow),
        ("lshift", lshift),
        ("rshift", rshift),
        ("and_", and_),
        ("or_", or_),
        ("xor", xor),
        ("neg", neg),
        ("pos", pos),
        ("invert", invert),
        ("inv", invert),
        ("abs", abs),
        ("lt", lt),
        ("le", le),
        ("gt", gt),
        ("ge", ge),
        ("eq", eq),
        ("ne", ne),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("contains", contains),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("concat", concat),
        ("index", index),
    ];
    let mut attrs: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|&(name, func)| super::function(vm, name, func))
        .collect();
    let getters: [(&str, &'static str, NativeFnPtr, NativeFnPtr, NativeFnPtr); 3] = [
        (
            "itemgetter",
            "operator.itemgetter",
            itemgetter_init,
            itemgetter_call,
            itemgetter_repr,
        ),
        (
            "attrgetter",
            "operator.attrgetter",
            attrgetter_init,
            attrgetter_call,
            attrgetter_repr,
        ),
        (
            "methodcaller",
            "operator.methodcaller",
            methodcaller_init,
            methodcaller_call,
            methodcaller_repr,
        ),
    ];
    for (name, tp_name, init, call, repr) in getters {
        let class = make_class(
            vm,
            tp_name,
            &[("__init__", init), ("__call__", call), ("__repr__", repr)],
            &[],
        );
        attrs.push((name, class));
    }
    attrs
}

fn two(name: &str, args: &[Value], kwargs: &[KwArg]) -> Result<(Value, Value), PyError> {
    args::no_kwargs(name, kwargs)?;
    args::count(name, args, 2, 2)?;
    Ok((args[0], args[1]))
}

macro_rules! binary_functions {
    ($($name:ident, $py_name:literal => $op:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
            let (a, b) = two($py_name, args, kwargs)?;
            vm.binary_op($op, a, b)
        }
    )*};
}

binary_functions! {
    add, "add" => BinOp::Add;
    sub, "sub" => BinOp::Sub;
    mul, "mul" => BinOp::Mul;
    truediv, "truediv" => BinOp::TrueDiv;
    floordiv, "floordiv" => BinOp::FloorDiv;
    modulo, "mod" => BinOp::Mod;
    pow, "pow" => BinOp::Pow;
    lshift, "lshift" => BinOp::LShift;
    rshift, "rshift" => BinOp::RShift;
    and_, "and_" => BinOp::BitAnd;
    or_, "or_" => BinOp::BitOr;
    xor, "xor" => BinOp::BitXor;
}

macro_rules! unary_functions {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
            let v = args::exactly_one(stringify!($name), args, kwargs)?;
            vm.unary_op($op, v)
        }
    )*};
}

unary_functions! {
    neg => UnaryOp::Neg;
    pos => UnaryOp::Pos;
    invert => UnaryOp::Invert;
}

fn abs(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("abs", args, kwargs)?;
    let builtin = vm.builtins.get("abs").copied().expect("the abs built-in");
    vm.call_value(builtin, &[v])
}

/// `a op b` for the comparisons, as the interpreter compares.
fn compare(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[KwArg], op: RichOp) -> NativeResult {
    let (a, b) = two(name, args, kwargs)?;
    if vm.either_instance(a, b) {
        return vm.rich_compare(op, a, b);
    }
    Ok(Value::Bool(match op {
        RichOp::Eq => vm.eq(a, b)?,
        RichOp::Ne => !vm.eq(a, b)?,
        RichOp::Order(o) => vm.compare(o, a, b)?,
    }))
}

fn lt(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    compare(vm, "lt", args, kwargs, RichOp::Order(OrderOp::Lt))
}

fn le(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    compare(vm, "le", args, kwargs, RichOp::Order(OrderOp::Le))
}

fn gt(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    compare(vm, "gt", args, kwargs, RichOp::Order(OrderOp::Gt))
}

fn ge(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    compare(vm, "ge", args, kwargs, RichOp::Order(OrderOp::Ge))
}

fn eq(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    compare(vm, "eq", args, kwargs, RichOp::Eq)
}

fn ne(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    compare(vm, "ne", args, kwargs, RichOp::Ne)
}

fn not_(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("not_", args, kwargs)?;
    Ok(Value::Bool(!vm.truth(v)?))
}

fn truth(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("truth", args, kwargs)?;
    Ok(Value::Bool(vm.truth(v)?))
}

fn is_(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (a, b) = two("is_", args, kwargs)?;
    Ok(Value::Bool(a.is(b)))
}

fn is_not(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (a, b) = two("is_not", args, kwargs)?;
    Ok(Value::Bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (a, b) = two("contains", args, kwargs)?;
    if vm.class_of(a).is_some() {
        return Ok(Value::Bool(vm.instance_contains(a, b)?));
    }
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (a, b) = two("getitem", args, kwargs)?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("setitem", kwargs)?;
    args::count("setitem", args, 3, 3)?;
    vm.set_item(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (a, b) = two("delitem", args, kwargs)?;
    vm.del_item(a, b)?;
    Ok(Value::None)
}

fn concat(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (a, b) = two("concat", args, kwargs)?;
    let sequence = matches!(
        vm.type_kind(a),
        crate::object::TypeKind::List | crate::object::TypeKind::Tuple | crate::object::TypeKind::Str
    );
    if !sequence && vm.class_of(a).is_none() {
        return Err(RawError::type_error(format!("'{}' object can't be concatenated", vm.type_name(a))).into());
    }
    vm.binary_op(BinOp::Add, a, b)
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("index", args, kwargs)?;
    Ok(Value::Int(args::index_arg(vm, v)?))
}

// ---- itemgetter, attrgetter, methodcaller -----------------------------------------

fn split_self(args: &[Value]) -> (Value, &[Value]) {
    args.split_first().map_or((Value::None, &[][..]), |(t, r)| (*t, r))
}

/// The `repr` of the getters: `operator.NAME(arg, ...)`.
fn getter_repr(vm: &mut Vm, name: &str, parts: &[Value], extra: &[String]) -> NativeResult {
    let mut texts = Vec::with_capacity(parts.len() + extra.len());
    for &p in parts {
        texts.push(vm.repr_of(p)?);
    }
    texts.extend_from_slice(extra);
    Ok(vm.new_str(format!("operator.{name}({})", texts.join(", "))))
}

fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    v.as_obj()
        .and_then(|r| vm.heap.tuple(r))
        .map_or(Vec::new(), |t| t.to_vec())
}

fn itemgetter_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, items) = split_self(args);
    args::no_kwargs("itemgetter", kwargs)?;
    if items.is_empty() {
        return Err(RawError::type_error("itemgetter expected 1 argument, got 0").into());
    }
    let items = vm.new_tuple(items);
    init_state(vm, this, "operator.itemgetter", vec![items])?;
    Ok(Value::None)
}

fn itemgetter_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, "operator.itemgetter")?;
    let obj = args::exactly_one("itemgetter", rest, kwargs)?;
    let items = tuple_items(vm, field(vm, st, 0));
    if let [item] = items[..] {
        return vm.get_item(obj, item);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let v = args::with_roots(vm, &out, |vm| vm.get_item(obj, item))?;
        out.push(v);
    }
    Ok(vm.new_tuple(out))
}

fn itemgetter_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "operator.itemgetter")?;
    let items = tuple_items(vm, field(vm, st, 0));
    getter_repr(vm, "itemgetter", &items, &[])
}

fn attrgetter_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, names) = split_self(args);
    args::no_kwargs("attrgetter", kwargs)?;
    if names.is_empty() {
        return Err(RawError::type_error("attrgetter expected 1 argument, got 0").into());
    }
    if names.iter().any(|&n| vm.as_str(n).is_none()) {
        return Err(RawError::type_error("attribute name must be a string").into());
    }
    let names = vm.new_tuple(names);
    init_state(vm, this, "operator.attrgetter", vec![names])?;
    Ok(Value::None)
}

/// `obj.a.b` for the dotted name `a.b`.
fn dotted(vm: &mut Vm, obj: Value, name: Value) -> NativeResult {
    let path: Vec<String> = vm.as_str(name).unwrap_or("").split('.').map(str::to_string).collect();
    let mut v = obj;
    for part in path {
        v = vm.get_attr(v, &part)?;
    }
    Ok(v)
}

fn attrgetter_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, "operator.attrgetter")?;
    let obj = args::exactly_one("attrgetter", rest, kwargs)?;
    let names = tuple_items(vm, field(vm, st, 0));
    if let [name] = names[..] {
        return dotted(vm, obj, name);
    }
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let v = args::with_roots(vm, &out, |vm| dotted(vm, obj, name))?;
        out.push(v);
    }
    Ok(vm.new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "operator.attrgetter")?;
    let names = tuple_items(vm, field(vm, st, 0));
    getter_repr(vm, "attrgetter", &names, &[])
}

fn methodcaller_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (this, rest) = split_self(args);
    let Some((&name, bound)) = rest.split_first() else {
        return Err(RawError::type_error("methodcaller needs at least one argument, the method name").into());
    };
    if vm.as_str(name).is_none() {
        return Err(RawError::type_error("method name must be a string").into());
    }
    let bound = vm.new_tuple(bound);
    let keywords = kwargs_dict(vm, kwargs)?;
    init_state(vm, this, "operator.methodcaller", vec![name, bound, keywords])?;
    Ok(Value::None)
}

fn methodcaller_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, "operator.methodcaller")?;
    let obj = args::exactly_one("methodcaller", rest, kwargs)?;
    let name = vm.as_str(field(vm, st, 0)).unwrap_or("").to_string();
    let method = vm.get_attr(obj, &name)?;
    let bound = tuple_items(vm, field(vm, st, 1));
    let kw = dict_kwargs(vm, field(vm, st, 2));
    args::with_roots(vm, &[method], |vm| vm.call_value_kw(method, &bound, &kw))
}

fn methodcaller_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "operator.methodcaller")?;
    let mut parts = vec![field(vm, st, 0)];
    parts.extend(tuple_items(vm, field(vm, st, 1)));
    let mut extra = Vec::new();
    for kw in dict_kwargs(vm, field(vm, st, 2)) {
        extra.push(format!("{}={}", kw.name, vm.repr_of(kw.value)?));
    }
    getter_repr(vm, "methodcaller", &parts, &extra)
}
