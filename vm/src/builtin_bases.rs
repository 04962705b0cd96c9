//! The built-in `list` as the base of a script class
//! (`class OrderedCollection(list): pass`).
//!
//! A class statement cannot put the built-in type itself (a `TypeObj`,
//! which has no namespace) into an MRO, so it puts a stand-in there: a
//! native class named `list` whose namespace holds every list method and
//! special method, each forwarding to a real list that the instance
//! holds in its state attribute (`modules/native_class.rs`), made when the
//! instance is (`Vm::alloc_instance`). So an instance of the subclass is
//! an ordinary instance (its own attributes, its class's methods and
//! overrides, `super().append(x)`), and everything the interpreter does
//! with a list it does with the list inside: `len`, indexing, slicing (a
//! plain list, as in CPython), iteration, `in`, comparison, `+`, `*`,
//! `repr`. `isinstance(x, list)` holds through `ClassObj::stands_for`, and
//! `list.append(x, v)` or `list.__init__(x, ...)` reach the list inside.
//!
//! The JIT meets these instances as instances: it inlines a script
//! override and calls (or gives up on) the native methods here, never
//! reading the instance as a list.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::modules::native_class::{make_class_in, state, STATE_NAME};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::{Obj, TypeKind};
use crate::ops::arith::BinOp;
use crate::ops::compare::OrderOp;
use crate::value::Value;
use crate::vm::Vm;

/// The list methods the stand-in forwards as they are (`append`, ...),
/// one native function per name: a native function is a plain `fn`, so
/// each name gets its own.
macro_rules! forwarded_methods {
    ($($fn_name:ident => $method:literal,)*) => {
        $(
            fn $fn_name(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
                forward(vm, args, kwargs, $method)
            }
        )*
        const FORWARDED: &[(&str, NativeFnPtr)] = &[$(($method, $fn_name),)*];
    };
}

forwarded_methods! {
    fwd_append => "append",
    fwd_pop => "pop",
    fwd_insert => "insert",
    fwd_extend => "extend",
    fwd_index => "index",
    fwd_count => "count",
    fwd_remove => "remove",
    fwd_reverse => "reverse",
    fwd_sort => "sort",
    fwd_copy => "copy",
    fwd_clear => "clear",
}

/// The special methods of the stand-in: what the interpreter calls on an
/// instance where it would use the list directly.
const SPECIAL: &[(&str, NativeFnPtr)] = &[
    ("__init__", init),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__contains__", contains),
    ("__repr__", repr),
    ("__hash__", unhashable),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__radd__", radd),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
];

impl Vm {
    /// The stand-in class for built-in type `kind` as a base (made on
    /// first use), or None if `kind` cannot be subclassed yet.
    pub(crate) fn builtin_base(&mut self, kind: TypeKind) -> Option<ObjRef> {
        if kind == TypeKind::Type {
            return Some(self.type_base());
        }
        if kind == TypeKind::Dict {
            if let Some(class) = self.dict_base {
                return Some(class);
            }
            let class = crate::modules::collections::dicts::dict_base_class(self).as_obj()?;
            self.dict_base = Some(class);
            return Some(class);
        }
        if kind != TypeKind::List {
            return None;
        }
        if let Some(class) = self.list_base {
            return Some(class);
        }
        let mut methods: Vec<(&'static str, NativeFnPtr)> = FORWARDED.to_vec();
        methods.extend_from_slice(SPECIAL);
        let class = make_class_in(self, "builtins", "list", &methods, &[]).as_obj()?;
        if let Obj::Class(c) = self.heap.get(class) {
            c.stands_for.set(Some(TypeKind::List));
        }
        self.list_base = Some(class);
        Some(class)
    }

    /// The built-in whose value instances of `class` hold inside: `list`
    /// or `dict` when their MRO has its stand-in.
    pub(crate) fn holds_builtin(&self, class: ObjRef) -> Option<TypeKind> {
        let mro = self.mro(class);
        if self.list_base.is_some_and(|base| mro.contains(&base)) {
            Some(TypeKind::List)
        } else if self.dict_base.is_some_and(|base| mro.contains(&base)) {
            Some(TypeKind::Dict)
        } else {
            None
        }
    }

    /// Gives a new instance of a `list` subclass (with no attributes
    /// yet) its empty list, as its state: the list itself (a state list
    /// holding it would be one more object for every instance).
    pub(crate) fn give_list(&mut self, inst: ObjRef) {
        let list = self.new_list(Vec::new());
        self.give_state(inst, list);
    }

    /// Gives a new instance of a `dict` subclass its empty dict, as the
    /// one field of its state (where `defaultdict`'s and `Counter`'s keep
    /// theirs: `Vm::dict_inside` reads them all).
    pub(crate) fn give_dict(&mut self, inst: ObjRef) {
        let dict = self.new_dict();
        let state = self.new_list(vec![dict]);
        self.give_state(inst, state);
    }

    /// The state attribute set on a new instance directly, not through a
    /// `__setattr__` the subclass may define.
    fn give_state(&mut self, inst: ObjRef, state: Value) {
        let grown = self.native_state_shape();
        self.grow_instance(inst, grown, state);
    }

    /// The shape of an instance whose only attribute is a native class's
    /// state: made once, not looked up on every instance a built-in makes,
    /// with the state's name (`Vm::native_state_name`), a str made here
    /// and never interned, so that no attribute name a script writes
    /// (`setattr(d, "__state", [])`) is the state's. The shape keeps the
    /// name alive (`Shapes::all_names`).
    pub(crate) fn native_state_shape(&mut self) -> crate::object::ShapeId {
        if let (Some(_), Some(shape)) = (self.native_state_name, self.native_state_shape) {
            return shape;
        }
        let name = self.heap.new_str(STATE_NAME);
        self.native_state_name = Some(name);
        let shape = self.shapes.with_attr(crate::object::Shapes::ROOT, name);
        self.native_state_shape = Some(shape);
        shape
    }

    /// The list an instance of a `list` subclass holds, or `v` itself
    /// for anything else.
    pub(crate) fn list_inside(&self, v: Value) -> Value {
        if !self.stands_for(v, TypeKind::List) {
            return v;
        }
        match state(self, v, "list") {
            Ok(inner) => Value::Obj(inner),
            Err(_) => v,
        }
    }
}

/// The list a method's receiver `args[0]` stands for: a list, or the list
/// inside an instance of a `list` subclass. Anything else is CPython's
/// error for a list method given another object (`list.__len__(1)`).
fn receiver_list(vm: &Vm, args: &[Value], method: &str) -> Result<ObjRef, PyError> {
    let Some(&this) = args.first() else {
        return Err(RawError::type_error(format!("descriptor '{method}' of 'list' object needs an argument")).into());
    };
    let inner = vm.list_inside(this);
    match inner.as_obj() {
        Some(r) if vm.heap.list(r).is_some() => Ok(r),
        _ => Err(RawError::type_error(format!(
            "descriptor '{method}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        ))
        .into()),
    }
}

/// Calls list method `name` on the list inside `args[0]` with the rest.
fn forward(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], name: &str) -> NativeResult {
    let inner = receiver_list(vm, args, name)?;
    let method = crate::methods::find_method(TypeKind::List, name).expect("a list method");
    method(vm, Value::Obj(inner), &args[1..], kwargs)
}

/// The single operand of a special method (`self` not counted).
fn operand(args: &[Value], method: &str) -> Result<Value, PyError> {
    match args {
        [_, other] => Ok(*other),
        _ => Err(RawError::type_error(format!(
            "expected 1 argument, got {} (list.{method})",
            args.len().saturating_sub(1)
        ))
        .into()),
    }
}

/// `list.__init__(self, iterable=())`: empties the list and fills it
/// from the iterable (so it can run again on the same object).
fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if !kwargs.is_empty() {
        return Err(args::error(ExcKind::TypeError, "list() takes no keyword arguments"));
    }
    let inner = receiver_list(vm, args, "__init__")?;
    if args.len() > 2 {
        return Err(args::error(
            ExcKind::TypeError,
            format!("list expected at most 1 argument, got {}", args.len() - 1),
        ));
    }
    vm.heap.with_list(inner, |l| l.clear());
    if let Some(&source) = args.get(1) {
        let extend = crate::methods::find_method(TypeKind::List, "extend").expect("list.extend");
        extend(vm, Value::Obj(inner), &[source], &[])?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__len__")?;
    Ok(Value::Int(vm.heap.list(inner).map_or(0, |l| l.len()) as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__getitem__")?;
    let index = operand(args, "__getitem__")?;
    vm.get_item(Value::Obj(inner), index)
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__setitem__")?;
    let [_, index, value] = args else {
        return Err(args::error(
            ExcKind::TypeError,
            "expected 2 arguments (list.__setitem__)",
        ));
    };
    vm.set_item(Value::Obj(inner), *index, *value)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__delitem__")?;
    let index = operand(args, "__delitem__")?;
    vm.del_item(Value::Obj(inner), index)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__iter__")?;
    vm.get_iter(Value::Obj(inner))
}

fn reversed(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__reversed__")?;
    let reversed = vm.builtins.get("reversed").copied().expect("the built-in reversed");
    vm.call_value(reversed, &[Value::Obj(inner)])
}

fn contains(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__contains__")?;
    let needle = operand(args, "__contains__")?;
    Ok(Value::Bool(vm.contains(Value::Obj(inner), needle)?))
}

fn repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__repr__")?;
    let text = vm.repr_of(Value::Obj(inner))?;
    Ok(vm.new_str(text))
}

/// Lists are mutable, so unhashable, and so are their subclasses unless
/// they define `__hash__`.
fn unhashable(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    Err(RawError::type_error(format!("unhashable type: '{}'", vm.type_name(this))).into())
}

/// The other operand of a comparison or `+` as a list (the list inside
/// a `list` subclass), or None when it is no list (the method then
/// declines with `NotImplemented`).
fn other_list(vm: &Vm, other: Value) -> Option<Value> {
    let inner = vm.list_inside(other);
    inner.as_obj().filter(|&r| vm.heap.list(r).is_some()).map(Value::Obj)
}

/// The `NotImplemented` object, as a special method declines with it.
pub(crate) fn not_implemented(vm: &Vm) -> Value {
    vm.not_implemented.map_or(Value::None, Value::Obj)
}

/// `self == other` and the order comparisons: the lists inside compared
/// as lists are, or `NotImplemented` when `other` is no list.
fn compare(vm: &mut Vm, args: &[Value], method: &str, op: Option<OrderOp>) -> NativeResult {
    let inner = Value::Obj(receiver_list(vm, args, method)?);
    let Some(other) = other_list(vm, operand(args, method)?) else {
        return Ok(not_implemented(vm));
    };
    let holds = match op {
        None => vm.eq_any(inner, other)?,
        Some(op) => vm.compare(op, inner, other)?,
    };
    Ok(Value::Bool(holds))
}

fn eq(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, "__eq__", None)
}

fn ne(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    match compare(vm, args, "__ne__", None)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        declined => Ok(declined),
    }
}

fn lt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, "__lt__", Some(OrderOp::Lt))
}

fn le(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, "__le__", Some(OrderOp::Le))
}

fn gt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, "__gt__", Some(OrderOp::Gt))
}

fn ge(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, "__ge__", Some(OrderOp::Ge))
}

/// `self + other`: a plain list (CPython's `list.__add__` makes a
/// `list`), with the list's own error for a non-list `other`.
fn add(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__add__")?;
    let other = operand(args, "__add__")?;
    let other = vm.list_inside(other);
    vm.binary_op(BinOp::Add, Value::Obj(inner), other)
}

/// `[1] + sub`: the plain list on the left met an instance, so the
/// interpreter asks the right operand; CPython's `list.__add__` accepts a
/// subclass there.
fn radd(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__radd__")?;
    let Some(other) = other_list(vm, operand(args, "__radd__")?) else {
        return Ok(not_implemented(vm));
    };
    vm.binary_op(BinOp::Add, other, Value::Obj(inner))
}

/// `self += iterable`: extends in place and gives `self` back, so the
/// name keeps the subclass's instance.
fn iadd(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__iadd__")?;
    let other = operand(args, "__iadd__")?;
    let extend = crate::methods::find_method(TypeKind::List, "extend").expect("list.extend");
    extend(vm, Value::Obj(inner), &[other], &[])?;
    Ok(args[0])
}

fn mul(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__mul__")?;
    let count = operand(args, "__mul__")?;
    vm.binary_op(BinOp::Mul, Value::Obj(inner), count)
}

/// `self *= n`: the repeated list (made, with its size checks, as `*`
/// makes it) becomes the contents of the list inside.
fn imul(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let inner = receiver_list(vm, args, "__imul__")?;
    let count = operand(args, "__imul__")?;
    let repeated = vm.binary_op(BinOp::Mul, Value::Obj(inner), count)?;
    let values = repeated
        .as_obj()
        .and_then(|r| vm.heap.list(r))
        .map(|l| l.to_vec())
        .unwrap_or_default();
    vm.heap.with_list(inner, |l| l.replace(values));
    Ok(args[0])
}
