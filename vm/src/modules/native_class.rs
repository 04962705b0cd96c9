//! Classes written in Rust: the iterators of `itertools`, `deque`,
//! `partial` and the other objects of the standard modules.
//!
//! Such a class is an ordinary class object whose namespace holds native
//! functions (which bind to an instance as a script's functions do), and
//! its instances are ordinary instances. So attribute lookup, method
//! calls and their caches, `for`, `next()`, `len()`, `in`, `repr()` and
//! `isinstance()` reach them through the paths that already serve the
//! script's own classes, and a script may subclass them. The Rust state
//! of an instance is a list of values in its first attribute, which the
//! collector walks like any list. That attribute's name is a str of its
//! own, never interned, so no name a script writes is ever it: a script
//! cannot read, replace or delete the state.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFn, NativeFnPtr};
use crate::object::{ClassObj, DescriptorKind, DescriptorObj, NativeObj, Obj, ObjMut};
use crate::value::Value;
use crate::vm::Vm;

/// The text of the name of the attribute that holds a native instance's
/// state (`Vm::native_state_shape` makes the name).
pub(crate) const STATE_NAME: &str = "__state";

/// The state layouts that whole families of classes share (`set_layout`):
/// the dict-like classes (`Counter`, `OrderedDict`, `defaultdict`, a
/// script's `dict` subclasses), the named tuples, a script's `list`
/// subclasses.
pub(crate) const FAMILY_LAYOUTS: [&str; 3] = ["dict", "tuple", "list"];

/// A class named `tp_name` (CPython's name in messages, such as
/// `itertools.count`), shown by `repr` as `<class 'module.short'>`, with
/// these methods and static functions (`statics` do not bind, as
/// `chain.from_iterable` called on the class). It stands for a type
/// CPython writes in C, so it is immutable as those are: a script's
/// `cls.name = v` raises TypeError (`define` adds to it as it is built).
pub(crate) fn make_class(
    vm: &mut Vm,
    tp_name: &'static str,
    methods: &[(&'static str, NativeFnPtr)],
    statics: &[(&'static str, NativeFnPtr)],
) -> Value {
    let module = tp_name.rsplit_once('.').map_or("builtins", |(m, _)| m);
    let class = make_class_in(vm, module, tp_name, methods, statics);
    set_immutable(vm, class, true);
    class
}

/// Makes the instances of native class `class` hold the state of layout
/// `layout` (the methods that read it pass that name to `state`): the
/// classes of a family whose instances share one kind of state, such as
/// the dict-like classes (`"dict"`) or the host's streams.
pub(crate) fn set_layout(vm: &mut Vm, class: Value, layout: &'static str) {
    if let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) {
        c.layout.set(Some(layout));
    }
    vm.native_layouts.insert(layout);
}

/// Whether a script may change native class `class`'s attributes
/// (`ClassObj::immutable`).
pub(crate) fn set_immutable(vm: &Vm, class: Value, immutable: bool) {
    if let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) {
        c.immutable.set(immutable);
    }
}

/// Adds a read-only property `name` to a native class being built, read
/// by `getter` (given the instance): an attribute a C type computes, such
/// as `deque.maxlen` or `array.typecode`, which a script cannot set.
pub(crate) fn define_property(vm: &mut Vm, class: Value, name: &'static str, getter: NativeFnPtr) {
    let getter = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func: getter })));
    let property = DescriptorObj::new(DescriptorKind::Property, getter, Value::None, Value::None);
    let property = Value::Obj(vm.heap.alloc(property));
    define(vm, class, name, property);
}

/// Adds a class method `name` to a native class being built: `func` is
/// given the class (of the call, a subclass's too) before the arguments,
/// as `dict.fromkeys`.
pub(crate) fn define_class_method(vm: &mut Vm, class: Value, name: &'static str, func: NativeFnPtr) {
    let f = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func })));
    let method = DescriptorObj::new(DescriptorKind::ClassMethod, f, Value::None, Value::None);
    let method = Value::Obj(vm.heap.alloc(method));
    define(vm, class, name, method);
}

/// Adds `value` as attribute `name` of a native class being built (its
/// namespace written directly, as `make_subclass` writes the methods: no
/// lookup has cached anything of the class yet).
pub(crate) fn define(vm: &mut Vm, class: Value, name: &str, value: Value) {
    if let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) {
        let dict = c.dict;
        let key = Value::Obj(vm.heap.intern(name));
        let _ = vm.dict_set(dict, key, value);
    }
}

/// Marks a class made by `make_class` as an iterator whose steps never
/// run script code (see `ClassObj::steps_without_script`).
pub(crate) fn steps_without_script(vm: &Vm, class: Value) {
    if let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) {
        c.steps_without_script.set(true);
    }
}

/// `make_class` for a class whose name in messages is not prefixed by
/// its module (`Counter`, written in Python in CPython).
pub(crate) fn make_class_in(
    vm: &mut Vm,
    module: &str,
    tp_name: &'static str,
    methods: &[(&'static str, NativeFnPtr)],
    statics: &[(&'static str, NativeFnPtr)],
) -> Value {
    let object = vm.object_class.expect("the object class");
    make_subclass(vm, module, tp_name, object, methods, statics)
}

/// An exception class of a module (`json.decoder.JSONDecodeError`), a
/// subclass of the built-in exception `base`: `raise`, `except` and the
/// report see it as they see a script's own exception classes.
pub(crate) fn make_exception_class(vm: &mut Vm, tp_name: &'static str, base: ExcKind) -> Value {
    let base = vm
        .exception_classes
        .iter()
        .find(|(_, k)| *k == Some(base))
        .expect("a built-in exception class")
        .0;
    let module = tp_name.rsplit_once('.').map_or("builtins", |(m, _)| m);
    let class = make_subclass(vm, module, tp_name, base, &[], &[]);
    // Its instances hold no native state: a script's class may derive
    // from it and from another such class, as from two exception classes.
    if let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) {
        c.layout.set(None);
    }
    class
}

/// The error that raises an instance of a module's exception class
/// (`make_exception_class`) made with `msg`, with `attrs` set on it.
pub(crate) fn module_error(vm: &mut Vm, class: Value, msg: String, attrs: &[(&str, Value)]) -> PyError {
    let made = (|| {
        let msg = vm.new_str(msg);
        let exc = args::with_roots(vm, &[msg], |vm| vm.call_value(class, &[msg]))?;
        args::with_roots(vm, &[exc], |vm| {
            for &(name, v) in attrs {
                let name = vm.heap.intern(name);
                vm.set_attr(exc, name, v)?;
            }
            Ok(exc)
        })
    })();
    match made {
        Ok(exc) => vm.raised(exc),
        Err(e) => e,
    }
}

pub(crate) fn make_subclass(
    vm: &mut Vm,
    module: &str,
    tp_name: &'static str,
    base: ObjRef,
    methods: &[(&'static str, NativeFnPtr)],
    statics: &[(&'static str, NativeFnPtr)],
) -> Value {
    let short = tp_name.rsplit('.').next().unwrap_or(tp_name);
    let dict = vm.new_dict().as_obj().expect("a dict");
    let entries: Vec<(&str, Value)> = vec![("__module__", vm.new_str(module)), ("__qualname__", vm.new_str(short))];
    for (key, value) in entries {
        let key = Value::Obj(vm.heap.intern(key));
        let _ = vm.dict_set(dict, key, value);
    }
    for &(name, func) in methods {
        let f = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func })));
        let key = Value::Obj(vm.heap.intern(name));
        let _ = vm.dict_set(dict, key, f);
    }
    for &(name, func) in statics {
        let f = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func })));
        let wrapped = Value::Obj(vm.heap.alloc(crate::object::DescriptorObj::new(
            crate::object::DescriptorKind::StaticMethod,
            f,
            Value::None,
            Value::None,
        )));
        let key = Value::Obj(vm.heap.intern(name));
        let _ = vm.dict_set(dict, key, wrapped);
    }
    let bases = vm.heap.new_tuple(&[Value::Obj(base)]);
    let mut mro = vec![];
    mro.extend_from_slice(vm.mro(base));
    let class = vm.heap.alloc(ClassObj::new(tp_name, bases, Vec::new(), dict));
    if let ObjMut::Class(c) = vm.heap.get_mut(class) {
        c.mro.push(class);
        c.mro.extend(mro);
        c.layout.set(Some(tp_name));
    }
    vm.native_layouts.insert(tp_name);
    Value::Obj(class)
}

/// Gives a new instance its state, of layout `layout`: only an instance
/// of a class with that layout takes it (`itertools.count.__init__(d)` of
/// a deque would leave the deque's methods a state of another kind).
pub(crate) fn init_state(vm: &mut Vm, this: Value, layout: &'static str, fields: Vec<Value>) -> Result<(), PyError> {
    if !has_layout(vm, this, layout) {
        return Err(RawError::type_error(format!(
            "descriptor '__init__' requires a '{layout}' object but received a '{}'",
            vm.type_name(this)
        ))
        .into());
    }
    let list = vm.new_list(fields);
    // Names the state and makes the shape `state` looks for.
    vm.native_state_shape();
    let name = vm.native_state_name.expect("named by native_state_shape");
    vm.set_attr(this, name, list)
}

/// Whether `this` is an instance of a class whose MRO holds a native
/// class of state layout `layout`.
pub(crate) fn has_layout(vm: &Vm, this: Value, layout: &str) -> bool {
    this.as_obj()
        .and_then(|r| vm.heap.instance(r))
        .is_some_and(|i| class_has_layout(vm, Value::Obj(i.class), layout))
}

/// Whether two names are one: by address first (a class's `tp_name` and
/// the name its methods pass are the same constant), then by text.
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    (std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()) || a == b
}

/// Whether `class` is a class whose MRO holds a native class of state
/// layout `layout`: one whose instances that state fits.
pub(crate) fn class_has_layout(vm: &Vm, class: Value, layout: &str) -> bool {
    let Some(Obj::Class(c)) = class.as_obj().map(|r| vm.heap.get(r)) else {
        return false;
    };
    let fits = |c: &ClassObj| c.layout.get().is_some_and(|l| same_name(l, layout));
    // The class itself first (the MRO's first entry): nearly always the
    // native class, found with no walk.
    fits(c)
        || c.mro
            .iter()
            .skip(1)
            .any(|&k| matches!(vm.heap.get(k), Obj::Class(k) if fits(k)))
}

/// A new instance of native class `class` holding `fields` as its state,
/// made whole: what `alloc_instance` then `init_state` make in steps (a
/// shape transition, an attribute store), for the objects built-ins make
/// on every call (the awaitable of each `async for` step).
pub(crate) fn new_instance(vm: &mut Vm, class: ObjRef, fields: Vec<Value>) -> Value {
    let shape = vm.native_state_shape();
    // Allocation never collects: `fields` need no rooting meanwhile.
    let list = vm.new_list(fields);
    let mut inst = crate::object::InstanceObj::new(class, shape, 1);
    inst.push_slot(list);
    Value::Obj(vm.heap.alloc(inst))
}

/// The state list of `this`, which must be an instance of a class whose
/// MRO holds a native class of state layout `what` (its `tp_name`, or its
/// family's: `set_layout`): an instance of another native class holds a
/// state of another kind, which these methods must never read
/// (`deque.append(itertools.count(), 1)`). A `what` that is no layout
/// is not checked.
#[inline]
pub(crate) fn state(vm: &Vm, this: Value, what: &str) -> Result<ObjRef, PyError> {
    let found = this.as_obj().and_then(|r| vm.heap.instance(r)).and_then(|i| {
        // The layout first: nearly always the class's own, the very name
        // its methods pass (compared by address), found at once.
        let own = matches!(vm.heap.get(i.class), Obj::Class(c)
            if c.layout.get().is_some_and(|l| std::ptr::eq(l.as_ptr(), what.as_ptr()) && l.len() == what.len()));
        if !own && !fits_otherwise(vm, i.class, what) {
            return None;
        }
        // Nearly every instance holds its state alone, in slot 0 of the
        // shape made for that; others (a subclass's `__init__` may set
        // attributes first) look the name up.
        if vm.native_state_shape == Some(i.shape()) {
            return i.slot(0).as_obj();
        }
        let name = vm.native_state_name?;
        let slot = vm.shapes.slot(i.shape(), name)?;
        i.slot(slot).as_obj()
    });
    found.ok_or_else(|| not_of_layout(vm, this, what))
}

/// `state`'s check past the class's own layout: a base's, or a `what`
/// that is no layout at all (not checked).
#[inline(never)]
fn fits_otherwise(vm: &Vm, class: ObjRef, what: &str) -> bool {
    class_has_layout(vm, Value::Obj(class), what) || !vm.native_layouts.contains(what)
}

#[cold]
#[inline(never)]
fn not_of_layout(vm: &Vm, this: Value, what: &str) -> PyError {
    RawError::type_error(format!(
        "descriptor requires a '{what}' object but received a '{}'",
        vm.type_name(this)
    ))
    .into()
}

/// Field `i` of a state list.
pub(crate) fn field(vm: &Vm, state: ObjRef, i: usize) -> Value {
    // A state a script replaced (`x.__state = []`) may be short.
    vm.heap
        .list(state)
        .and_then(|l| l.get_checked(i))
        .unwrap_or(Value::None)
}

pub(crate) fn set_field(vm: &mut Vm, state: ObjRef, i: usize, v: Value) {
    vm.heap.with_list(state, |l| {
        if i < l.len() {
            l.set(i, v);
        }
    });
}

/// The receiver of a method and its state, from a method's arguments.
pub(crate) fn receiver<'a>(vm: &Vm, args: &'a [Value], what: &str) -> Result<(ObjRef, &'a [Value]), PyError> {
    let Some((&this, rest)) = args.split_first() else {
        return Err(RawError::type_error(format!("descriptor of '{what}' object needs an argument")).into());
    };
    Ok((state(vm, this, what)?, rest))
}

/// Keyword arguments kept in a new dict (`partial`, `methodcaller`).
pub(crate) fn kwargs_dict(vm: &mut Vm, kwargs: &[KwArg]) -> Result<Value, PyError> {
    let dict = vm.new_dict();
    for kw in kwargs {
        let key = vm.new_str(&*kw.name);
        vm.dict_set(dict.as_obj().expect("a dict"), key, kw.value)?;
    }
    Ok(dict)
}

/// The keyword arguments a dict of str keys holds.
pub(crate) fn dict_kwargs(vm: &Vm, dict: Value) -> Vec<KwArg> {
    let Some(d) = dict.as_obj().and_then(|r| vm.heap.dict(r)) else {
        return Vec::new();
    };
    d.table
        .iter()
        .map(|e| KwArg {
            name: vm.as_str(e.key).unwrap_or("?").into(),
            value: e.value,
        })
        .collect()
}

/// What `__next__` returns when an iterator is exhausted.
pub(crate) fn stop() -> PyError {
    args::error(ExcKind::StopIteration, "")
}

/// The next value of iterator `it` (a value `get_iter` made), or None.
pub(crate) fn next_of(vm: &mut Vm, it: Value) -> Result<Option<Value>, PyError> {
    match it.as_obj() {
        Some(r) => vm.iter_next(r),
        None => Ok(None),
    }
}

/// `a < b` as the interpreter decides it, calling `__lt__` of instances.
pub(crate) fn less(vm: &mut Vm, a: Value, b: Value) -> Result<bool, PyError> {
    if let Some(order) = crate::ops::compare::numeric_order(a, b) {
        return Ok(order == Some(std::cmp::Ordering::Less));
    }
    vm.compare_any(crate::ops::compare::OrderOp::Lt, a, b)
}

impl Vm {
    /// Whether `v` is an instance of a native class (or a subclass of one)
    /// that stands for built-in type `t` (`ClassObj::stands_for`).
    pub(crate) fn stands_for(&self, v: Value, t: crate::object::TypeKind) -> bool {
        let Some(class) = self.class_of(v) else {
            return false;
        };
        self.mro(class).iter().any(|&k| match self.heap.get(k) {
            Obj::Class(k) => k.stands_for.get() == Some(t),
            _ => false,
        })
    }
}
