//! Script classes: building a class from the namespace its body left
//! (with its C3 method resolution order), attribute lookup on classes,
//! instances and `super()` proxies, binding methods, instantiation, and
//! the special methods (`__repr__`, `__eq__`, `__add__`, ...) the
//! interpreter calls for instances.
//!
//! An instance keeps its attributes in slots laid out by a shape (shared
//! by instances that set the same names in the same order); a class keeps
//! its namespace as a dict. Special methods are looked up on the class,
//! never on the instance, as in CPython.

use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeResult};
use crate::object::{
    static_name, ClassObj, DescriptorKind, DescriptorObj, InstanceObj, MethodObj, Obj, ObjMut, ShapeId, Shapes,
    SuperObj, TypeKind,
};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

fn attribute_error(msg: String) -> PyError {
    RawError::new(ExcKind::AttributeError, msg).into()
}

/// `object.__new__(cls)`: a new instance of script class `cls`, with no
/// attributes. Further arguments are CPython's errors unless the class
/// has an `__init__` and no `__new__` of its own to take them.
fn object_setattr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__setattr__", kwargs)?;
    let [obj, name, value] = args[..] else {
        return Err(RawError::type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))).into());
    };
    let name = attr_name(vm, name)?;
    vm.store_attr(obj, name, value, None, false)?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__delattr__", kwargs)?;
    let [obj, name] = args[..] else {
        return Err(RawError::type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))).into());
    };
    let name = attr_name(vm, name)?;
    vm.delete_attr(obj, name, false)?;
    Ok(Value::None)
}

/// `object`'s slot wrappers that a class gives when nothing along its MRO
/// defines the name (`Base.__init__(self)`, `object.__repr__(self)`), each
/// called with the instance first. They are not in `object`'s namespace,
/// which instance and special-method lookups walk: there, finding no
/// method keeps its meaning (`==` by identity, the default repr).
const OBJECT_SLOTS: &[(&str, crate::native::NativeFnPtr)] = &[
    ("__init__", object_init_slot),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__format__", object_format),
    ("__hash__", object_hash),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__lt__", object_lt),
    ("__le__", object_le),
    ("__gt__", object_gt),
    ("__ge__", object_ge),
];

/// Whether `f` is one of `object`'s slot wrappers, which print as such
/// (`<slot wrapper '__init__' of 'object' objects>`).
pub(crate) fn is_object_slot(f: &crate::native::NativeFn) -> bool {
    let func = f.func as usize;
    OBJECT_SLOTS.iter().any(|&(_, slot)| slot as usize == func)
        || [object_setattr as crate::native::NativeFnPtr, object_delattr]
            .iter()
            .any(|&slot| slot as usize == func)
}

/// An `object` slot wrapper called without the instance.
fn needs_instance(name: &str) -> PyError {
    RawError::type_error(format!("descriptor '{name}' of 'object' object needs an argument")).into()
}

/// The instance and the `n` arguments an `object` slot wrapper takes.
fn slot_args<'a>(name: &str, args: &'a [Value], n: usize) -> Result<(Value, &'a [Value]), PyError> {
    let Some((&this, rest)) = args.split_first() else {
        return Err(needs_instance(name));
    };
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(RawError::type_error(format!("expected {n} argument{s}, got {}", rest.len())).into());
    }
    Ok((this, rest))
}

/// `object.__init__(inst)` taken from a class: the instance first, then
/// `object_init`'s answers for the rest.
fn object_init_slot(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some((&this, rest)) = args.split_first() else {
        return Err(needs_instance("__init__"));
    };
    if rest.is_empty() && kwargs.is_empty() {
        return Ok(Value::None);
    }
    // CPython's rule for extra arguments: a class with an `__init__` of
    // its own is told of `object.__init__`; one with only a `__new__` of
    // its own passes them; any other is named.
    let defines = |vm: &Vm, name: &str| {
        let (Some(class), Some(key)) = (vm.class_of(this), vm.heap.find_interned(name)) else {
            return false;
        };
        vm.mro(class)
            .iter()
            .filter(|&&c| Some(c) != vm.object_class)
            .any(|&c| match vm.heap.get(c) {
                Obj::Class(k) => matches!(vm.dict_get(k.dict, Value::Obj(key)), Ok(Some(_))),
                _ => false,
            })
    };
    if defines(vm, "__init__") {
        return Err(object_init(vm, rest, kwargs).expect_err("extra arguments"));
    }
    if defines(vm, "__new__") {
        return Ok(Value::None);
    }
    Err(RawError::type_error(format!(
        "{}.__init__() takes exactly one argument (the instance to initialize)",
        vm.type_name(this)
    ))
    .into())
}

fn object_repr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__repr__", kwargs)?;
    let (this, _) = slot_args("__repr__", args, 0)?;
    let text = match (this.as_obj(), vm.class_of(this)) {
        (Some(inst), Some(class)) => vm.default_instance_repr(inst, class),
        (r, _) => format!(
            "<{} object at 0x{:012x}>",
            vm.type_name(this),
            r.map_or(0, |r| r.addr())
        ),
    };
    Ok(vm.new_str(text))
}

/// `object.__str__`: the object's repr, through its class's `__repr__`.
fn object_str(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__str__", kwargs)?;
    let (this, _) = slot_args("__str__", args, 0)?;
    let text = vm.repr_of(this)?;
    Ok(vm.new_str(text))
}

fn object_format(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__format__", kwargs)?;
    let (this, rest) = slot_args("__format__", args, 1)?;
    let Some(spec) = vm.as_str(rest[0]).map(str::to_string) else {
        let got = vm.type_name(rest[0]);
        return Err(RawError::type_error(format!("__format__() argument must be str, not {got}")).into());
    };
    if !spec.is_empty() {
        let name = vm.type_name(this);
        return Err(RawError::type_error(format!("unsupported format string passed to {name}.__format__")).into());
    }
    let text = vm.str_value(this)?;
    Ok(vm.new_str(text))
}

/// `object.__hash__`: by identity, whatever the class says of equality.
fn object_hash(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__hash__", kwargs)?;
    let (this, _) = slot_args("__hash__", args, 0)?;
    Ok(Value::Int(vm.scalar_hash(this)))
}

/// `object.__eq__`: the same object, else NotImplemented.
fn object_eq(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__eq__", kwargs)?;
    let (this, rest) = slot_args("__eq__", args, 1)?;
    Ok(identity_or_not_implemented(vm, this, rest[0]))
}

fn identity_or_not_implemented(vm: &Vm, a: Value, b: Value) -> Value {
    if a.is(b) {
        Value::Bool(true)
    } else {
        crate::builtin_bases::not_implemented(vm)
    }
}

/// `object.__ne__`: the negation of what the class's `__eq__` (or
/// `object.__eq__`) says, NotImplemented staying NotImplemented.
fn object_ne(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("__ne__", kwargs)?;
    let (this, rest) = slot_args("__ne__", args, 1)?;
    let other = rest[0];
    let eq = match vm.call_special(this, Special::Eq, &[other])? {
        Some(v) => v,
        None => identity_or_not_implemented(vm, this, other),
    };
    if vm.is_not_implemented(eq) {
        return Ok(eq);
    }
    Ok(Value::Bool(!vm.truth(eq)?))
}

/// `object.__lt__` and the other orderings: NotImplemented, once the
/// arguments are right.
fn object_order(vm: &Vm, name: &str, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs(name, kwargs)?;
    slot_args(name, args, 1)?;
    Ok(crate::builtin_bases::not_implemented(vm))
}

fn object_lt(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    object_order(vm, "__lt__", args, kwargs)
}

fn object_le(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    object_order(vm, "__le__", args, kwargs)
}

fn object_gt(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    object_order(vm, "__gt__", args, kwargs)
}

fn object_ge(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    object_order(vm, "__ge__", args, kwargs)
}

/// The interned name an attribute argument gives (`object.__setattr__(x,
/// 'n', v)`).
fn attr_name(vm: &Vm, name: Value) -> Result<ObjRef, PyError> {
    match vm.as_str(name) {
        Some(text) => Ok(vm.heap.intern(text)),
        None => {
            Err(RawError::type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))).into())
        }
    }
}

fn object_new(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some(&cls) = args.first() else {
        return Err(RawError::type_error("object.__new__(): not enough arguments").into());
    };
    let class = match cls.as_obj().map(|r| (r, vm.heap.get(r))) {
        Some((r, Obj::Class(_))) => r,
        Some((_, Obj::Type(kind))) => {
            let name = kind.name();
            return Err(
                RawError::type_error(format!("object.__new__({name}) is not safe, use {name}.__new__()")).into(),
            );
        }
        _ => {
            return Err(RawError::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(cls)
            ))
            .into())
        }
    };
    if args.len() > 1 || !kwargs.is_empty() {
        let (init, new) = vm.constructors(class)?;
        if new.is_some() {
            return Err(
                RawError::type_error("object.__new__() takes exactly one argument (the type to instantiate)").into(),
            );
        }
        if init.is_none() {
            return Err(RawError::type_error(format!("{}() takes no arguments", vm.class_name(class))).into());
        }
    }
    vm.check_not_abstract(class)?;
    Ok(vm.alloc_instance(class))
}

/// `object.__init_subclass__()` bound to a class: does nothing, and takes
/// no arguments.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.len() <= 1 && kwargs.is_empty() {
        return Ok(Value::None);
    }
    let name = args
        .first()
        .and_then(|c| c.as_obj())
        .map_or("object", |c| vm.class_name(c));
    Err(RawError::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")).into())
}

/// `object.__init__` bound to an instance: takes no further arguments.
fn object_init(_: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if args.is_empty() && kwargs.is_empty() {
        return Ok(Value::None);
    }
    Err(RawError::type_error("object.__init__() takes exactly one argument (the instance to initialize)").into())
}

impl Vm {
    /// The built-in `object`: the last class of every MRO.
    pub(crate) fn make_object_class(&mut self) -> Value {
        let bases = self.heap.new_tuple(&[]);
        let dict = self.new_dict().as_obj().expect("a dict");
        let class = self.heap.alloc(ClassObj::new("object", bases, Vec::new(), dict));
        if let ObjMut::Class(c) = self.heap.get_mut(class) {
            c.mro.push(class);
        }
        self.object_class = Some(class);
        // `object.__new__`, which a class's own `__new__` calls (through
        // `super()`) to make the instance.
        let new = crate::native::NativeFn {
            name: "__new__",
            func: object_new,
        };
        let new = Value::Obj(self.heap.alloc(crate::object::NativeObj::new(new)));
        // And `object.__init_subclass__`, which the hooks of classes end
        // their chain with (`super().__init_subclass__()`).
        let hook = crate::native::NativeFn {
            name: "__init_subclass__",
            func: object_init_subclass,
        };
        let hook = Value::Obj(self.heap.alloc(crate::object::NativeObj::new(hook)));
        // `object.__setattr__` and `object.__delattr__`: the plain store
        // and deletion a class's own hooks end with.
        for (name, func) in [
            ("__setattr__", object_setattr as crate::native::NativeFnPtr),
            ("__delattr__", object_delattr),
        ] {
            let f = Value::Obj(
                self.heap
                    .alloc(crate::object::NativeObj::new(crate::native::NativeFn { name, func })),
            );
            let name = Value::Obj(self.heap.intern(name));
            let _ = self.dict_set(dict, name, f);
        }
        for (name, func, kind) in [
            ("__new__", new, DescriptorKind::StaticMethod),
            ("__init_subclass__", hook, DescriptorKind::ClassMethod),
        ] {
            let descriptor = Value::Obj(
                self.heap
                    .alloc(DescriptorObj::new(kind, func, Value::None, Value::None)),
            );
            let name = Value::Obj(self.heap.intern(name));
            // Made at start-up, within any heap limit; were one refused,
            // the only loss would be that method of `object`.
            let _ = self.dict_set(dict, name, descriptor);
        }
        Value::Obj(class)
    }

    /// Whether `f` is `object.__setattr__` (a frozen dataclass's
    /// `__init__` stores with it), which compiled code does as the plain
    /// store it is.
    pub fn is_object_setattr(&self, f: ObjRef) -> bool {
        crate::builtins::native_is(self, f, object_setattr)
    }

    /// Whether `f` is `object.__init__` as a class gives it (the instance
    /// first).
    pub fn is_object_init(&self, f: ObjRef) -> bool {
        crate::builtins::native_is(self, f, object_init_slot)
    }

    /// The class a `class` statement makes: `name`, its `bases` (a tuple)
    /// and the namespace `ns` (a dict) its body left. A base's metaclass
    /// makes it, if one has a metaclass (`metaclass.rs`).
    pub(crate) fn build_class(&mut self, name: &str, bases: Value, ns: Value) -> Result<Value, PyError> {
        self.build_class_kw(name, bases, ns, Vec::new())
    }

    /// What `type.__new__` makes: class `name` of `bases` and namespace
    /// `ns`, whose metaclass is `meta` (None: `type`); `kwargs` go to the
    /// nearest base's `__init_subclass__`.
    pub(crate) fn make_class_of(
        &mut self,
        name: &str,
        bases: Value,
        ns: Value,
        meta: Option<ObjRef>,
        kwargs: &[KwArg],
    ) -> Result<Value, PyError> {
        let bases = match crate::typing::class_bases(self, name, bases, ns)? {
            crate::typing::ClassBases::Made(class) => return Ok(class),
            crate::typing::ClassBases::Bases(bases) => bases,
        };
        let object = self.object_class.expect("the object class");
        let mut base_refs = Vec::new();
        let written: Vec<Value> = bases
            .as_obj()
            .and_then(|b| self.heap.tuple(b))
            .map(|t| t.iter().copied().collect())
            .unwrap_or_default();
        {
            for b in written {
                match b.as_obj().map(|r| (r, self.heap.get(r))) {
                    Some((r, Obj::Class(_))) => {
                        if base_refs.contains(&r) {
                            let n = self.class_name(r);
                            return Err(RawError::type_error(format!("duplicate base class {n}")).into());
                        }
                        base_refs.push(r);
                    }
                    Some((_, Obj::Type(kind))) => match self.builtin_base(kind) {
                        Some(stand_in) if !base_refs.contains(&stand_in) => base_refs.push(stand_in),
                        Some(_) => {
                            return Err(RawError::type_error(format!("duplicate base class {}", kind.name())).into())
                        }
                        None => {
                            return Err(RawError::new(
                                ExcKind::NotImplementedError,
                                format!("subclassing the built-in type '{}' is not supported", kind.name()),
                            )
                            .into())
                        }
                    },
                    _ if crate::typing::as_abc(self, b).is_some() => {
                        let s = crate::typing::as_abc(self, b).expect("matched");
                        return Err(RawError::new(
                            ExcKind::NotImplementedError,
                            format!(
                                "subclassing collections.abc.{} is not supported by Rumba",
                                crate::typing::abc_name(s)
                            ),
                        )
                        .into());
                    }
                    _ => {
                        return Err(RawError::type_error(format!(
                            "a class's bases must be classes, not '{}'",
                            self.type_name(b)
                        ))
                        .into())
                    }
                }
            }
        }
        let bases = if base_refs.is_empty() {
            self.heap.new_tuple(&[Value::Obj(object)])
        } else {
            bases.as_obj().expect("a tuple")
        };
        if base_refs.is_empty() {
            base_refs.push(object);
        }
        let merged = self.c3_merge(&base_refs)?;
        self.check_layouts(&base_refs)?;
        let dict = ns.as_obj().expect("the namespace dict");
        let class = self
            .heap
            .alloc(ClassObj::new(static_name(name), bases, Vec::new(), dict));
        self.class_changed();
        if let ObjMut::Class(c) = self.heap.get_mut(class) {
            c.mro.push(class);
            c.mro.extend(merged);
            c.meta.set(meta);
        }
        // `super()` in a method finds the class through this cell.
        let cell_name = Value::Obj(self.heap.intern("__classcell__"));
        if let Some(Value::Obj(cell)) = self.dict_remove(dict, cell_name)? {
            if let ObjMut::Cell(c) = self.heap.get_mut(cell) {
                c.value = Value::Obj(class);
            }
        }
        // Its own `__init__` or one it inherits (a native base's too).
        if self.class_attr(class, self.heap.intern("__init__"))?.is_some() {
            self.note_init_below(class);
        }
        self.set_names(class, dict)?;
        if self.class_attr(class, self.heap.intern("__del__"))?.is_some() {
            self.finalizer_classes.push(class);
        }
        self.init_subclass(class, dict, kwargs)?;
        Ok(Value::Obj(class))
    }

    /// CPython's class creation tells each descriptor of the body its
    /// owner and name: `value.__set_name__(class, name)` for every value
    /// whose class defines it, in the body's order. A class that defines
    /// `__getattribute__` is refused: Rumba's attribute lookups do not call
    /// it, and running without it would give other answers.
    fn set_names(&mut self, class: ObjRef, dict: ObjRef) -> Result<(), PyError> {
        let entries: Vec<(Value, Value)> = self
            .heap
            .dict(dict)
            .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        for (key, value) in entries {
            if self.as_str(key) == Some("__getattribute__") {
                return Err(RawError::new(
                    ExcKind::NotImplementedError,
                    "a class's own __getattribute__ is not supported by Rumba",
                )
                .into());
            }
            if self.class_of(value).is_some() {
                if let Err(mut e) = self.call_special(value, Special::SetName, &[Value::Obj(class), key]) {
                    // CPython 3.11 names the descriptor, its cause below;
                    // a limit of the host's stays as it is.
                    if Vm::catchable(&e) && !self.budget_spent() {
                        let msg = format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            self.type_name(value),
                            self.repr_of(key)?,
                            self.class_name(class)
                        );
                        self.convert_with_cause(&mut e, ExcKind::RuntimeError, msg);
                    }
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// CPython's `__slots__`: when every class of `class`'s MRO but
    /// `object` lists its instances' attributes (and none lists
    /// `__dict__`), a new attribute outside those lists is an
    /// AttributeError. Asked when an instance grows an attribute.
    pub(crate) fn check_slots(&self, class: ObjRef, name: ObjRef) -> Result<(), PyError> {
        let Some(key) = self.heap.find_interned("__slots__") else {
            return Ok(());
        };
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        let mut listed = false;
        for &k in self.mro(class) {
            if Some(k) == self.object_class {
                break;
            }
            let Obj::Class(c) = self.heap.get(k) else {
                return Ok(());
            };
            // A class without `__slots__` gives its instances a dict.
            let Ok(Some(slots)) = self.dict_get(c.dict, Value::Obj(key)) else {
                return Ok(());
            };
            let names: Vec<Value> = match slots.as_obj().map(|r| self.heap.get(r)) {
                Some(Obj::Str(_)) => vec![slots],
                Some(Obj::Tuple(_) | Obj::List(_)) => self
                    .heap
                    .seq_items(slots.as_obj().expect("a sequence"))
                    .map(|items| items.iter().collect())
                    .unwrap_or_default(),
                _ => return Ok(()),
            };
            for n in names {
                match self.as_str(n) {
                    Some("__dict__") => return Ok(()),
                    Some(s) if s == text => listed = true,
                    _ => {}
                }
            }
        }
        if listed {
            return Ok(());
        }
        let class_name = self.class_name(class);
        Err(attribute_error(format!(
            "'{class_name}' object has no attribute '{text}'"
        )))
    }

    /// An instance of a class with `__del__` was freed during the run, or
    /// is alive at its end: CPython calls `__del__` when an instance is
    /// freed (at the latest, at exit), at moments a tracing collector
    /// cannot tell. Refused then, never run at another moment or skipped
    /// without a word. Reported once.
    pub(crate) fn finalizer_error(&mut self) -> Option<PyError> {
        if self.finalizer_classes.is_empty() {
            return None;
        }
        let classes = std::mem::take(&mut self.finalizer_classes);
        let class = self.finalizer_freed.take().or_else(|| {
            let live = self
                .heap
                .objects_where(|obj| matches!(obj, Obj::Instance(i) if classes.contains(&i.class)));
            live.first().and_then(|&r| self.class_of(Value::Obj(r)))
        })?;
        let name = self.class_name(class);
        let mut e = PyError::new(
            ExcKind::NotImplementedError,
            format!(
                "class '{name}' defines __del__, which CPython calls when an instance is freed (or at exit); \
                 Rumba does not call it, so the run is refused rather than run without it"
            ),
        );
        // Placed at the `__del__` the run would have needed.
        let del = self.heap.find_interned("__del__");
        let func = del.and_then(|d| self.class_attr(class, d).ok().flatten());
        if let Some(Obj::Function(f)) = func.and_then(|f| f.as_obj()).map(|r| self.heap.get(r)) {
            e.record_frame(crate::interp::frame_entry(&self.codes[f.code.0 as usize].code, 0));
        }
        Some(e)
    }

    /// Whether `v` is a descriptor of the script's: an instance whose
    /// class defines `__get__` (`get`), or `__set__` or `__delete__`
    /// (`!get`, a data descriptor, which comes before an instance's own
    /// attribute of its name).
    pub(crate) fn is_descriptor(&self, v: Value, get: bool) -> bool {
        if self.class_of(v).is_none() {
            return false;
        }
        if get {
            self.special_method(v, Special::Get).is_some()
        } else {
            self.special_method(v, Special::Set).is_some() || self.special_method(v, Special::Delete).is_some()
        }
    }

    /// `descriptor.__get__(instance, owner)` (instance None for a class's
    /// attribute).
    fn descriptor_get(&mut self, descriptor: Value, instance: Value, owner: ObjRef) -> Result<Value, PyError> {
        let got = self.call_special(descriptor, Special::Get, &[instance, Value::Obj(owner)])?;
        Ok(got.unwrap_or(descriptor))
    }

    /// Class `class` has (or got) an `__init__`: it and every class of its
    /// MRO may now see one run after their `__new__` (see
    /// `ClassObj::inits_below`). A class that learns it moves its version,
    /// so traces that relied on the opposite end.
    fn note_init_below(&self, class: ObjRef) {
        for &k in self.mro(class) {
            if let Obj::Class(c) = self.heap.get(k) {
                if !c.inits_below.replace(true) {
                    c.version.set(c.version.get() + 1);
                }
            }
        }
    }

    /// The function a call of `class` runs when it has a `__new__` of its
    /// own (a plain function) and no `__init__` can follow it (none in the
    /// class, its bases or any class derived from it): calling the class
    /// is calling that function with the class first.
    /// `init` and `new` are what `constructors` gives for `class`.
    pub(crate) fn new_only(&self, class: ObjRef, init: Option<Value>, new: Option<Value>) -> Option<ObjRef> {
        let below = matches!(self.heap.get(class), Obj::Class(c) if c.inits_below.get());
        new.filter(|_| init.is_none() && !below)?
            .as_obj()
            .filter(|&f| matches!(self.heap.get(f), Obj::Function(_)))
    }

    /// What CPython's class creation does last: a plain `__new__` of the
    /// body becomes a static method and `__init_subclass__` a class
    /// method (as if decorated), then the nearest base's
    /// `__init_subclass__` (not `object`'s, which does nothing) runs with
    /// the new class.
    fn init_subclass(&mut self, class: ObjRef, dict: ObjRef, kwargs: &[KwArg]) -> Result<(), PyError> {
        for (name, kind) in [
            ("__new__", DescriptorKind::StaticMethod),
            ("__init_subclass__", DescriptorKind::ClassMethod),
        ] {
            let key = Value::Obj(self.heap.intern(name));
            if let Some(f) = self.dict_get(dict, key)? {
                if matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Obj::Function(_))) {
                    let wrapped = Value::Obj(self.heap.alloc(DescriptorObj::new(kind, f, Value::None, Value::None)));
                    self.dict_set(dict, key, wrapped)?;
                }
            }
        }
        let name = Value::Obj(self.heap.intern("__init_subclass__"));
        let mut hook = None;
        for &k in &self.mro(class)[1..] {
            if Some(k) == self.object_class {
                break;
            }
            if let Obj::Class(c) = self.heap.get(k) {
                if let Some(found) = self.dict_get(c.dict, name)? {
                    hook = Some(found);
                    break;
                }
            }
        }
        let Some(hook) = hook else {
            if !kwargs.is_empty() {
                let name = self.class_name(class);
                return Err(
                    RawError::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")).into(),
                );
            }
            return Ok(());
        };
        let func = match hook.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::ClassMethod => d.func,
            _ => hook,
        };
        self.temp_roots.push(Value::Obj(class));
        let result = self.call_value_kw(func, &[Value::Obj(class)], kwargs);
        self.temp_roots.pop();
        result.map(|_| ())
    }

    /// C3 linearization of the bases' MROs (without the new class).
    /// Refuses bases whose instances hold native states of two layouts
    /// (`class M(deque, itertools.count)`), as CPython refuses bases of two
    /// C layouts: each class's methods would read the other's state.
    fn check_layouts(&self, bases: &[ObjRef]) -> Result<(), PyError> {
        let layout = |k: &ObjRef| match self.heap.get(*k) {
            Obj::Class(c) => c.layout.get(),
            _ => None,
        };
        let mut found = None;
        for &b in bases {
            let Some(l) = self.mro(b).iter().find_map(layout) else {
                continue;
            };
            if found.is_some_and(|f| f != l) {
                return Err(RawError::type_error("multiple bases have instance lay-out conflict").into());
            }
            found = Some(l);
        }
        Ok(())
    }

    fn c3_merge(&self, bases: &[ObjRef]) -> Result<Vec<ObjRef>, PyError> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| self.mro(b).to_vec()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            // A deep hierarchy makes each step scan long sequences.
            self.charge(seqs.iter().map(|s| s.len() as u64).sum())?;
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|&h| seqs.iter().all(|s| !s[1..].contains(&h)));
            let Some(head) = head else {
                let names: Vec<&str> = bases.iter().map(|&b| self.class_name(b)).collect();
                return Err(RawError::type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                ))
                .into());
            };
            out.push(head);
            for s in seqs.iter_mut() {
                if s[0] == head {
                    s.remove(0);
                }
            }
        }
    }

    /// A class's MRO (itself first).
    pub(crate) fn mro(&self, class: ObjRef) -> &[ObjRef] {
        match self.heap.get(class) {
            Obj::Class(c) => &c.mro,
            _ => &[],
        }
    }

    pub(crate) fn class_name(&self, class: ObjRef) -> &'static str {
        match self.heap.get(class) {
            Obj::Class(c) => c.name,
            _ => "?",
        }
    }

    /// The class of an instance, or None for other values.
    pub(crate) fn class_of(&self, v: Value) -> Option<ObjRef> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(i)) => Some(i.class),
            _ => None,
        }
    }

    /// `name` (an interned str) looked up along a class's MRO.
    /// Remembered per class (see `ClassObj::lookups`): a call site that
    /// sees instances of several classes misses its own cache, not this.
    pub(crate) fn class_attr(&self, class: ObjRef, name: ObjRef) -> Result<Option<Value>, PyError> {
        let Obj::Class(c) = self.heap.get(class) else {
            return Ok(None);
        };
        {
            let lookups = c.lookups.borrow();
            if lookups.0 == self.class_version {
                if let Some(found) = lookups.1.get(&name) {
                    return Ok(*found);
                }
            }
        }
        let mut found = None;
        for &k in &c.mro {
            if let Obj::Class(k) = self.heap.get(k) {
                if let Some(v) = self.dict_get(k.dict, Value::Obj(name))? {
                    found = Some(v);
                    break;
                }
            }
        }
        let mut lookups = c.lookups.borrow_mut();
        if lookups.0 != self.class_version {
            lookups.0 = self.class_version;
            lookups.1.clear();
        }
        lookups.1.insert(name, found);
        Ok(found)
    }

    /// A special method of `v`'s class, if `v` is an instance whose class
    /// (not `object`) defines it.
    /// A class made by a metaclass has the special methods its metaclass
    /// defines (`metaclass.rs`).
    pub(crate) fn special_method(&self, v: Value, name: Special) -> Option<Value> {
        let Some(class) = self.class_of(v) else {
            return self.meta_attr(self.meta_of(v)?, name.name());
        };
        self.class_special(class, name)
    }

    /// Special method `name` looked up along a class's MRO, remembered
    /// per class in a table by name (`ClassObj::specials`).
    pub(crate) fn class_special(&self, class: ObjRef, name: Special) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(class) else {
            return None;
        };
        {
            let specials = c.specials.borrow();
            if specials.0 == self.class_version {
                if let Some(found) = specials.1[name as usize] {
                    return found;
                }
            }
        }
        let found = self.class_attr(class, self.heap.special_name(name)).ok().flatten();
        let mut specials = c.specials.borrow_mut();
        if specials.0 != self.class_version {
            specials.0 = self.class_version;
            specials.1.clear();
            specials.1.resize(Special::COUNT, None);
        }
        specials.1[name as usize] = Some(found);
        found
    }

    /// Calls special method `name` of instance `v` with `args`; None if
    /// its class does not define it.
    pub(crate) fn call_special(&mut self, v: Value, name: Special, args: &[Value]) -> Result<Option<Value>, PyError> {
        let Some(attr) = self.special_method(v, name) else {
            return Ok(None);
        };
        self.call_special_found(v, attr, args).map(Some)
    }

    /// Calls `attr`, the special method `special_method` found for `v`,
    /// with `args`.
    fn call_special_found(&mut self, v: Value, attr: Value, args: &[Value]) -> Result<Value, PyError> {
        let with_receiver = || {
            let mut all = smallvec::SmallVec::<[Value; 4]>::new();
            all.push(v);
            all.extend_from_slice(args);
            all
        };
        match attr.as_obj().map(|r| self.heap.get(r)) {
            // A native class's method (`modules/native_class.rs`): called
            // with the receiver first, without making a bound method.
            Some(Obj::Native(n)) => {
                let func = n.func;
                return func(self, &with_receiver(), &[]);
            }
            // A plain function of the class: the same call a bound method
            // would make, without allocating one.
            Some(Obj::Function(_)) => return self.call_value(attr, &with_receiver()),
            _ => {}
        }
        let class = self
            .class_of(v)
            .or_else(|| self.meta_of(v))
            .expect("an instance or a class");
        let bound = self.bind(attr, v, class);
        self.temp_roots.push(bound);
        let result = self.call_value(bound, args);
        self.temp_roots.pop();
        result
    }

    /// What a class attribute is when looked up through an instance (or
    /// a class, with `receiver` the class): functions bind to the
    /// receiver, static methods stay plain, class methods bind to the
    /// class.
    fn bind(&self, attr: Value, receiver: Value, class: ObjRef) -> Value {
        match attr.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Function(_) | Obj::Native(_))
                if self.class_of(receiver).is_some() || receiver.as_obj() != Some(class) =>
            {
                Value::Obj(self.heap.alloc(MethodObj::new(attr, receiver)))
            }
            Some(Obj::Descriptor(d)) => match d.kind {
                DescriptorKind::StaticMethod => d.func,
                DescriptorKind::ClassMethod => Value::Obj(self.heap.alloc(MethodObj::new(d.func, Value::Obj(class)))),
                DescriptorKind::Property => attr,
            },
            _ => attr,
        }
    }

    /// `inst.name`: a property, then the instance's own attribute, then
    /// the class's (bound).
    pub(crate) fn instance_attr(&mut self, inst: ObjRef, name: ObjRef) -> Result<Value, PyError> {
        let Obj::Instance(i) = self.heap.get(inst) else {
            unreachable!("an instance")
        };
        let (class, shape) = (i.class, i.shape());
        if shape == Shapes::DICT {
            return self.dict_instance_attr(inst, class, name);
        }
        let own = self.shapes.slot(shape, name);
        if let (Some(slot), false) = (own, self.has_properties(class)) {
            if let Obj::Instance(i) = self.heap.get(inst) {
                return Ok(i.slot(slot));
            }
        }
        let found = self.class_attr(class, name)?;
        if let Some(getter) = self.property_part(found, |d| d.func) {
            return self.call_value(getter, &[Value::Obj(inst)]);
        }
        // A data descriptor before the instance's own attribute, any
        // other descriptor after it.
        let getter = found.filter(|&f| self.is_descriptor(f, true));
        if let Some(d) = getter.filter(|&f| self.is_descriptor(f, false)) {
            return self.descriptor_get(d, Value::Obj(inst), class);
        }
        if let Some(slot) = own {
            if let Obj::Instance(i) = self.heap.get(inst) {
                return Ok(i.slot(slot));
            }
        }
        if let Some(d) = getter {
            return self.descriptor_get(d, Value::Obj(inst), class);
        }
        if let Some(attr) = found {
            return Ok(self.bind(attr, Value::Obj(inst), class));
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        match text {
            "__class__" => Ok(Value::Obj(class)),
            "__dict__" => self.instance_dict(inst),
            _ => self.instance_getattr_hook(inst, class, name),
        }
    }

    /// `inst.name` found nowhere: the class's `__getattr__` decides, or
    /// it is an AttributeError.
    fn instance_getattr_hook(&mut self, inst: ObjRef, class: ObjRef, name: ObjRef) -> Result<Value, PyError> {
        if let Some(v) = self.call_special(Value::Obj(inst), Special::GetAttr, &[Value::Obj(name)])? {
            return Ok(v);
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        Err(self.no_instance_attr(class, Value::Obj(inst), text))
    }

    /// `inst.name` for an instance whose attributes live in its dict: a
    /// property of the class first, then the dict, then the class.
    fn dict_instance_attr(&mut self, inst: ObjRef, class: ObjRef, name: ObjRef) -> Result<Value, PyError> {
        let found = self.class_attr(class, name)?;
        if let Some(getter) = self.property_part(found, |d| d.func) {
            return self.call_value(getter, &[Value::Obj(inst)]);
        }
        let getter = found.filter(|&f| self.is_descriptor(f, true));
        if let Some(d) = getter.filter(|&f| self.is_descriptor(f, false)) {
            return self.descriptor_get(d, Value::Obj(inst), class);
        }
        let dict = self.attribute_dict(inst).expect("a dict-backed instance");
        if let Some(v) = self.dict_get_any(dict, Value::Obj(name))? {
            return Ok(v);
        }
        if let Some(d) = getter {
            return self.descriptor_get(d, Value::Obj(inst), class);
        }
        if let Some(attr) = found {
            return Ok(self.bind(attr, Value::Obj(inst), class));
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        match text {
            "__class__" => Ok(Value::Obj(class)),
            "__dict__" => Ok(Value::Obj(dict)),
            _ => self.instance_getattr_hook(inst, class, name),
        }
    }

    /// The dict an instance keeps its attributes in, once it has one
    /// (shape `Shapes::DICT`).
    pub(crate) fn attribute_dict(&self, inst: ObjRef) -> Option<ObjRef> {
        match self.heap.get(inst) {
            Obj::Instance(i) if i.shape() == Shapes::DICT => i.slot(0).as_obj(),
            _ => None,
        }
    }

    /// `inst.__dict__`: the dict of its attributes, which from now on is
    /// where they live (a store to the dict is a store to the instance, as
    /// in CPython). The instance leaves its shape for `Shapes::DICT`, so
    /// the caches and traces that know its old shape no longer match it;
    /// under compiled code the move is refused (the interpreter redoes the
    /// operation). An exception's or a native class's instance, whose
    /// attributes the runtime itself reads by slot, gives a copy.
    fn instance_dict(&mut self, inst: ObjRef) -> Result<Value, PyError> {
        if let Some(d) = self.attribute_dict(inst) {
            return Ok(Value::Obj(d));
        }
        let Obj::Instance(i) = self.heap.get(inst) else {
            unreachable!("an instance")
        };
        let (class, shape) = (i.class, i.shape());
        let names = self.shapes.names(shape).to_vec();
        let values = i.slots().to_vec();
        let state = self.native_state_name;
        let exception = self.is_exception_class(class);
        let keeps_slots = exception || names.iter().any(|n| Some(*n) == state);
        if !keeps_slots && self.no_collect > 0 {
            return Err(self.refuse_script_in_compiled_code());
        }
        // What CPython keeps outside an exception's `__dict__`.
        let outside = |vm: &Vm, n: ObjRef| {
            Some(n) == state
                || (exception
                    && vm.heap.str_obj(n).is_some_and(|s| {
                        matches!(
                            s.as_str(),
                            "args" | "__context__" | "__cause__" | "__suppress_context__" | "__traceback__"
                        )
                    }))
        };
        // The names are strs: filling the dict runs no script code, so no
        // collection can come between.
        let d = self.new_dict();
        let r = d.as_obj().expect("a dict");
        let kept: Vec<(ObjRef, Value)> = names
            .into_iter()
            .zip(values)
            .filter(|(n, _)| !outside(self, *n))
            .collect();
        for (n, v) in kept {
            self.dict_set(r, Value::Obj(n), v)?;
        }
        if !keeps_slots {
            self.make_dict_backed(inst, d);
        }
        Ok(d)
    }

    /// `inst.__dict__ = value`: the instance's attributes become those of
    /// dict `value` (the very dict, as in CPython).
    fn set_instance_dict(&mut self, inst: ObjRef, value: Value) -> Result<(), PyError> {
        if value.as_obj().and_then(|d| self.heap.dict(d)).is_none() {
            return Err(RawError::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                self.type_name(value)
            ))
            .into());
        }
        let Obj::Instance(i) = self.heap.get(inst) else {
            unreachable!("an instance")
        };
        let class = i.class;
        let state = self.native_state_name;
        if self.shapes.names(i.shape()).iter().any(|n| Some(*n) == state) || self.is_exception_class(class) {
            return Err(RawError::new(
                ExcKind::NotImplementedError,
                "replacing the __dict__ of an exception or a built-in type's instance is not supported by Rumba",
            )
            .into());
        }
        if self.no_collect > 0 {
            return Err(self.refuse_script_in_compiled_code());
        }
        self.make_dict_backed(inst, value);
        Ok(())
    }

    /// Moves instance `inst` to keep its attributes in `dict`.
    fn make_dict_backed(&mut self, inst: ObjRef, dict: Value) {
        if let ObjMut::Instance(i) = self.heap.get_mut(inst) {
            i.replace_slots(vec![dict]);
            i.set_shape(Shapes::DICT);
        }
    }

    /// Whether `class` derives from `BaseException`.
    pub(crate) fn is_exception_class(&self, class: ObjRef) -> bool {
        self.exception_classes
            .first()
            .is_some_and(|&(base, _)| self.mro(class).contains(&base))
    }

    /// `AttributeError` for an instance without attribute `text`, with a
    /// suggestion; `NotImplementedError` where CPython's class of that
    /// name has it and Rumba's does not (`sys.stdout.buffer`).
    fn no_instance_attr(&self, class: ObjRef, v: Value, text: &str) -> PyError {
        let class_name = self.class_name(class);
        if let Some(e) = crate::modules::missing_attr(class_name, text) {
            return e.into();
        }
        attribute_error(format!("'{class_name}' object has no attribute '{text}'"))
            .suggesting(self.attr_suggestion(v, text))
    }

    /// An AttributeError unless instance `v` has attribute `name`.
    pub(crate) fn check_instance_attr(&self, v: Value, name: ObjRef) -> Result<(), PyError> {
        let Some(Obj::Instance(i)) = v.as_obj().map(|r| self.heap.get(r)) else {
            return Ok(());
        };
        let class = i.class;
        if self.shapes.slot(i.shape(), name).is_some() || self.class_attr(class, name)?.is_some() {
            return Ok(());
        }
        let own = v.as_obj().and_then(|r| self.attribute_dict(r));
        if own.is_some_and(|d| self.dict_get(d, Value::Obj(name)).ok().flatten().is_some()) {
            return Ok(());
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        if matches!(text, "__class__" | "__dict__") || self.special_method(v, Special::GetAttr).is_some() {
            return Ok(());
        }
        Err(self.no_instance_attr(class, v, text))
    }

    /// Whether any class of `class`'s MRO holds a property or a script's
    /// descriptor, or one other than `object` defines `__setattr__` or
    /// `__delattr__`: whether
    /// instance attributes need more than their slots (remembered per
    /// class version).
    pub(crate) fn has_properties(&self, class: ObjRef) -> bool {
        let Obj::Class(c) = self.heap.get(class) else {
            return false;
        };
        let (version, known) = c.has_properties.get();
        if version == self.class_version {
            return known;
        }
        let is_hook = |key: Value| {
            self.as_str(key)
                .is_some_and(|k| k == "__setattr__" || k == "__delattr__")
        };
        let found = c.mro.iter().any(|&k| match self.heap.get(k) {
            Obj::Class(kc) => self.heap.dict(kc.dict).is_some_and(|d| {
                d.table.iter().any(|e| {
                    self.is_property(e.value)
                        || self.is_descriptor(e.value, true)
                        || self.is_descriptor(e.value, false)
                        || (Some(k) != self.object_class && is_hook(e.key))
                })
            }),
            _ => false,
        });
        c.has_properties.set((self.class_version, found));
        found
    }

    /// The `__setattr__` or `__delattr__` (`name`) a class of `class`'s
    /// MRO other than `object` defines, which instance attribute stores
    /// and deletions then go through.
    pub(crate) fn instance_hook(&self, class: ObjRef, name: &str) -> Option<Value> {
        if !self.has_properties(class) {
            return None;
        }
        let key = Value::Obj(self.heap.find_interned(name)?);
        for &k in self.mro(class) {
            if Some(k) == self.object_class {
                return None;
            }
            if let Obj::Class(c) = self.heap.get(k) {
                if let Ok(Some(v)) = self.dict_get(c.dict, key) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Invalidates every instance attribute cache.
    fn class_changed(&mut self) {
        self.class_version = self.class_version.wrapping_add(1);
    }

    pub(crate) fn is_property(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::Property)
    }

    /// The function of instance `receiver`'s class that `receiver.name`
    /// calls as a method (no attribute of the instance shadows it); the
    /// cache at `site` remembers it.
    pub(crate) fn instance_method(
        &mut self,
        receiver: Value,
        name: ObjRef,
        site: Option<crate::call::CacheSite>,
    ) -> Result<Option<Value>, PyError> {
        use crate::call::AttrCache;
        use crate::shared_attr_cache::Role;
        let Some(Obj::Instance(i)) = receiver.as_obj().map(|r| self.heap.get(r)) else {
            return Ok(None);
        };
        let (class, shape) = (i.class, i.shape());
        if let Some(site) = site {
            let shared = self.shared_attrs.get(class, shape, name, Role::Method);
            if let AttrCache::InstanceMethod { func, version, .. } = shared {
                if version == self.class_version {
                    self.fill_cache(Some(site), shared);
                    return Ok(Some(func));
                }
            }
        }
        if self.shapes.slot(shape, name).is_some() {
            return Ok(None);
        }
        // An instance that keeps a dict: a key of it may shadow the
        // method at any time, so no cache remembers the method.
        let dict_backed = shape == Shapes::DICT;
        if let Some(d) = receiver.as_obj().and_then(|r| self.attribute_dict(r)) {
            if self.dict_get_any(d, Value::Obj(name))?.is_some() {
                return Ok(None);
            }
        }
        let Some(attr) = self.class_attr(class, name)? else {
            return Ok(None);
        };
        // A native class's functions bind as a script's do: the call
        // puts the receiver first, with no bound method made.
        if !matches!(
            attr.as_obj().map(|r| self.heap.get(r)),
            Some(Obj::Function(_) | Obj::Native(_))
        ) {
            return Ok(None);
        }
        if let Some(site) = site.filter(|_| !dict_backed) {
            let cache = AttrCache::InstanceMethod {
                class,
                shape,
                version: self.class_version,
                func: attr,
            };
            self.fill_cache(Some(site), cache);
            self.shared_attrs.put(class, shape, name, Role::Method, cache);
        }
        Ok(Some(attr))
    }

    /// Whether the method cache of the call at `site` holds for this
    /// receiver.
    #[inline]
    pub(crate) fn method_cached(&self, receiver: Value, site: crate::call::CacheSite) -> bool {
        let cached = self.codes[site.code.0 as usize].caches[site.pc].get();
        self.caches_method_for(cached, receiver) || self.poly_method_cached(receiver, site)
    }

    /// `method_cached` for the instruction's earlier answers.
    #[inline(never)]
    fn poly_method_cached(&self, receiver: Value, site: crate::call::CacheSite) -> bool {
        matches!(
            self.poly_answer(site, receiver),
            Some((crate::call::AttrCache::InstanceMethod { .. }, _))
        )
    }

    #[inline(always)]
    fn caches_method_for(&self, cached: crate::call::AttrCache, receiver: Value) -> bool {
        matches!(cached, crate::call::AttrCache::InstanceMethod { .. }) && self.cache_applies(cached, receiver)
    }

    /// A part of a property found on a class (its getter, setter or
    /// deleter), or None if `found` is no property.
    fn property_part(&self, found: Option<Value>, part: impl Fn(&DescriptorObj) -> Value) -> Option<Value> {
        match found?.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::Property => Some(part(d)),
            _ => None,
        }
    }

    /// `cls.name`.
    pub(crate) fn class_get(&mut self, class: ObjRef, name: ObjRef) -> Result<Value, PyError> {
        if self.heap.str_obj(name).is_some_and(|s| s.as_str() == "__annotations__") {
            return self.class_annotations(class, name);
        }
        // CPython gives every class a `__doc__` (None without a docstring)
        // and a name of its own: a base's are not inherited. A name
        // assigned (`C.__name__ = ...`) is in the class's namespace.
        let own = self.heap.str_obj(name).map_or("", |s| s.as_str());
        if matches!(own, "__doc__" | "__name__" | "__qualname__") {
            let Obj::Class(c) = self.heap.get(class) else {
                unreachable!("a class")
            };
            let named = own != "__doc__";
            let cname = c.name;
            return Ok(match self.dict_get(c.dict, Value::Obj(name))? {
                Some(v) => v,
                // A native class's name in messages carries its module
                // (`array.array`); its `__name__` does not.
                None if named => self.new_str(cname.rsplit('.').next().unwrap_or(cname)),
                None => Value::None,
            });
        }
        if let Some(attr) = self.class_attr(class, name)? {
            if self.is_descriptor(attr, true) {
                return self.descriptor_get(attr, Value::None, class);
            }
            return Ok(self.bind(attr, Value::Obj(class), class));
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str()).to_string();
        let Obj::Class(c) = self.heap.get(class) else {
            unreachable!("a class")
        };
        let (cname, bases, dict) = (c.name, c.bases, c.dict);
        match text.as_str() {
            "__bases__" => Ok(Value::Obj(bases)),
            "__mro__" => {
                let mro: Vec<Value> = self.mro(class).iter().map(|&c| Value::Obj(c)).collect();
                Ok(self.new_tuple(mro))
            }
            // A copy: a class's namespace changes only through its
            // attributes, which keeps the attribute caches right.
            "__dict__" => {
                let copy = self.new_dict();
                let entries: Vec<(Value, Value)> = match self.heap.dict(dict) {
                    Some(d) => d.table.iter().map(|e| (e.key, e.value)).collect(),
                    None => Vec::new(),
                };
                let r = copy.as_obj().expect("a dict");
                for (k, v) in entries {
                    self.dict_set(r, k, v)?;
                }
                Ok(copy)
            }
            "__class__" => Ok(self.type_of(Value::Obj(class))),
            _ => match self.meta_class_attr(class, &text)? {
                Some(v) => Ok(v),
                None => match self.object_slot(&text) {
                    Some(slot) => Ok(Value::Obj(slot)),
                    None => Err(
                        attribute_error(format!("type object '{cname}' has no attribute '{text}'"))
                            .suggesting(self.attr_suggestion(Value::Obj(class), &text)),
                    ),
                },
            },
        }
    }

    /// `C.__annotations__`, as CPython 3.10+ reads it: from the class's
    /// own namespace only (a base's annotations are not the subclass's),
    /// and where the body annotated nothing, an empty dict made on first
    /// use and kept in the namespace.
    fn class_annotations(&mut self, class: ObjRef, name: ObjRef) -> Result<Value, PyError> {
        let Obj::Class(c) = self.heap.get(class) else {
            unreachable!("a class")
        };
        if let Some(own) = self.dict_get(c.dict, Value::Obj(name))? {
            return Ok(own);
        }
        let empty = self.new_dict();
        self.set_attr(Value::Obj(class), name, empty)?;
        Ok(empty)
    }

    /// `super().name`: the MRO of the receiver's class after `after`.
    pub(crate) fn super_get(&mut self, sup: ObjRef, name: ObjRef) -> Result<Value, PyError> {
        let Obj::Super(s) = self.heap.get(sup) else {
            unreachable!("a super object")
        };
        let (after, receiver) = (s.after, s.receiver);
        let start = self.super_start(after, receiver);
        let mro = self.mro(start).to_vec();
        let from = mro.iter().position(|&c| c == after).map_or(mro.len(), |i| i + 1);
        for &c in &mro[from..] {
            let Obj::Class(cls) = self.heap.get(c) else { continue };
            if let Some(attr) = self.dict_get(cls.dict, Value::Obj(name))? {
                if let Some(getter) = self.property_part(Some(attr), |d| d.func) {
                    return self.call_value(getter, &[receiver]);
                }
                return Ok(self.bind(attr, receiver, start));
            }
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        if text == "__init__" {
            // `super().__init__()` reaching `object`, whose namespace here
            // is empty: its `__init__`, already bound (it takes nothing
            // more).
            let init = crate::native::NativeFn {
                name: "__init__",
                func: object_init,
            };
            return Ok(Value::Obj(self.heap.alloc(crate::object::NativeObj::new(init))));
        }
        Err(attribute_error(format!("'super' object has no attribute '{text}'")))
    }

    /// The class whose MRO `super(after, receiver)` walks: the receiver's
    /// class, or a class receiver itself (in a class method), or its
    /// metaclass (in a method of the metaclass).
    pub(crate) fn super_start(&self, after: ObjRef, receiver: Value) -> ObjRef {
        if let Some(class) = self.class_of(receiver) {
            return class;
        }
        let class = receiver.as_obj().expect("an instance or a class");
        match self.meta_of(receiver) {
            Some(meta) if !self.mro(class).contains(&after) => meta,
            _ => class,
        }
    }

    /// `cls.name = value` as `type` makes it: into the class's namespace.
    pub(crate) fn class_set(&mut self, class: ObjRef, name: ObjRef, value: Value) -> Result<(), PyError> {
        let Obj::Class(c) = self.heap.get(class) else {
            unreachable!("a class")
        };
        if c.immutable.get() {
            return Err(self.immutable_type_error(name, c.name));
        }
        let dict = c.dict;
        c.version.set(c.version.get() + 1);
        self.class_changed();
        match self.heap.str_obj(name).map(|s| s.as_str()) {
            Some("__init__") => self.note_init_below(class),
            Some("__abstractmethods__") => self.abstract_methods_set = true,
            _ => {}
        }
        self.dict_set(dict, Value::Obj(name), value)?;
        Ok(())
    }

    /// CPython's refusal to set or delete (its words are the same for
    /// both) an attribute of a built-in type or of a native class sealed
    /// as one.
    fn immutable_type_error(&self, name: ObjRef, type_name: &str) -> PyError {
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        RawError::type_error(format!("cannot set '{text}' attribute of immutable type '{type_name}'")).into()
    }

    /// `del cls.name` as `type` makes it.
    pub(crate) fn class_del(&mut self, class: ObjRef, name: ObjRef) -> Result<(), PyError> {
        let Obj::Class(c) = self.heap.get(class) else {
            unreachable!("a class")
        };
        if c.immutable.get() {
            return Err(self.immutable_type_error(name, c.name));
        }
        let (dict, cname) = (c.dict, c.name);
        c.version.set(c.version.get() + 1);
        self.class_changed();
        match self.dict_remove(dict, Value::Obj(name))? {
            Some(_) => Ok(()),
            None => {
                let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
                Err(attribute_error(format!(
                    "type object '{cname}' has no attribute '{text}'"
                )))
            }
        }
    }

    /// `obj.name = value`.
    pub(crate) fn set_attr(&mut self, obj: Value, name: ObjRef, value: Value) -> Result<(), PyError> {
        self.set_attr_cached(obj, name, value, None)
    }

    /// The store a `StoreSlot` cache describes, made if it applies to
    /// instance `r` (its class and shape, while no class has changed).
    #[inline]
    fn store_cached(&mut self, cached: crate::call::AttrCache, r: ObjRef, value: Value) -> bool {
        if self.store_cached_in_place(cached, r, value) {
            return true;
        }
        let crate::call::AttrCache::StoreSlot {
            class,
            shape,
            version,
            grown,
            ..
        } = cached
        else {
            return false;
        };
        match self.heap.get(r) {
            Obj::Instance(i) if version == self.class_version && i.class == class && i.shape() == shape => {
                self.grow_instance(r, grown, value);
                true
            }
            _ => false,
        }
    }

    /// `store_cached` for a store that keeps the instance's shape: a slot
    /// written, nothing allocated.
    #[inline(always)]
    pub(crate) fn store_cached_in_place(&mut self, cached: crate::call::AttrCache, r: ObjRef, value: Value) -> bool {
        let crate::call::AttrCache::StoreSlot {
            class,
            shape,
            version,
            slot,
            grown,
        } = cached
        else {
            return false;
        };
        if grown != shape || version != self.class_version {
            return false;
        }
        match self.heap.get_mut(r) {
            ObjMut::Instance(i) if i.class == class && i.shape() == shape => {
                i.set_slot(slot as usize, value);
                true
            }
            _ => false,
        }
    }

    /// `obj.name = value`; with a site, through its cache: an instance of
    /// the class and shape seen last time, while no class changed, is
    /// written (or grown to its next shape) without a lookup.
    pub(crate) fn set_attr_cached(
        &mut self,
        obj: Value,
        name: ObjRef,
        value: Value,
        site: Option<crate::call::CacheSite>,
    ) -> Result<(), PyError> {
        self.store_attr(obj, name, value, site, true)
    }

    /// `obj.name = value`, through the class's `__setattr__` when `hooks`
    /// and it has one (`object.__setattr__` stores without it).
    fn store_attr(
        &mut self,
        obj: Value,
        name: ObjRef,
        value: Value,
        site: Option<crate::call::CacheSite>,
        hooks: bool,
    ) -> Result<(), PyError> {
        use crate::call::AttrCache;
        use crate::shared_attr_cache::Role;
        if let (Some(site), Some(r)) = (site, obj.as_obj()) {
            let cached = self.codes[site.code.0 as usize].caches[site.pc].get();
            if self.store_cached(cached, r, value) {
                return Ok(());
            }
            if let Some((cached, _)) = self.poly_answer(site, obj) {
                if self.store_cached(cached, r, value) {
                    return Ok(());
                }
            }
            if let Some((class, shape)) = self.instance_key(obj) {
                let shared = self.shared_attrs.get(class, shape, name, Role::Store);
                if self.store_cached(shared, r, value) {
                    self.fill_cache(Some(site), shared);
                    return Ok(());
                }
            }
        }
        let text = || self.heap.str_obj(name).map_or("", |s| s.as_str()).to_string();
        match obj.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Obj::Instance(i))) => {
                let class = i.class;
                if let Some(hook) = self.instance_hook(class, "__setattr__").filter(|_| hooks) {
                    self.call_value(hook, &[obj, Value::Obj(name), value])?;
                    return Ok(());
                }
                let found = if self.has_properties(class) {
                    self.class_attr(class, name)?
                } else {
                    None
                };
                if let Some(setter) = self.property_part(found, |d| d.setter) {
                    if setter.is_none() {
                        let (n, c) = (text(), self.class_name(class));
                        // A native class's property stands for a C type's
                        // read-only attribute (`deque.maxlen`).
                        let native = self
                            .property_part(found, |d| d.func)
                            .and_then(|g| g.as_obj())
                            .is_some_and(|g| self.heap.kind(g) == crate::object::Kind::Native);
                        return Err(attribute_error(if native {
                            format!("attribute '{n}' of '{c}' objects is not writable")
                        } else {
                            format!("property '{n}' of '{c}' object has no setter")
                        }));
                    }
                    self.call_value(setter, &[obj, value])?;
                    return Ok(());
                }
                if let Some(d) = found.filter(|&f| self.is_descriptor(f, false)) {
                    return match self.call_special(d, Special::Set, &[obj, value])? {
                        Some(_) => Ok(()),
                        None => Err(attribute_error("__set__".to_string())),
                    };
                }
                if self.heap.str_obj(name).is_some_and(|s| s.as_str() == "__dict__") {
                    return self.set_instance_dict(r, value);
                }
                if let Some(dict) = self.attribute_dict(r) {
                    return self.dict_set(dict, Value::Obj(name), value);
                }
                let Obj::Instance(i) = self.heap.get(r) else {
                    unreachable!()
                };
                let shape = i.shape();
                let (slot, grown) = match self.shapes.slot(shape, name) {
                    Some(slot) => {
                        if let ObjMut::Instance(i) = self.heap.get_mut(r) {
                            i.set_slot(slot, value);
                        }
                        (slot, shape)
                    }
                    None => {
                        self.check_slots(class, name)?;
                        let grown = self.shapes.with_attr(shape, name);
                        (self.grow_instance(r, grown, value), grown)
                    }
                };
                if let Some(site) = site {
                    let cache = AttrCache::StoreSlot {
                        class,
                        shape,
                        version: self.class_version,
                        slot: slot as u32,
                        grown,
                    };
                    self.fill_cache(Some(site), cache);
                    self.shared_attrs.put(class, shape, name, Role::Store, cache);
                }
                Ok(())
            }
            Some((r, Obj::Class(c))) => {
                if let Some(hook) = c.meta.get().and_then(|meta| self.meta_attr(meta, "__setattr__")) {
                    self.call_value(hook, &[obj, Value::Obj(name), value])?;
                    return Ok(());
                }
                self.class_set(r, name, value)
            }
            Some((_, Obj::Type(kind))) => Err(self.immutable_type_error(name, kind.name())),
            Some((r, Obj::Function(f))) => {
                let dict = match f.attrs {
                    Value::Obj(d) => d,
                    _ => {
                        let d = self.new_dict().as_obj().expect("a dict");
                        if let ObjMut::Function(f) = self.heap.get_mut(r) {
                            f.attrs = Value::Obj(d);
                        }
                        d
                    }
                };
                self.dict_set(dict, Value::Obj(name), value)?;
                Ok(())
            }
            Some((_, Obj::Module(m))) if m.script_namespace().is_some() => {
                let ns = m.namespace;
                let slot = self.global_slot_in(ns, &std::rc::Rc::from(text()));
                self.globals[slot as usize] = value;
                Ok(())
            }
            _ => {
                let n = text();
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{n}'",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// Adds attribute `value` to instance `inst`, which moves to shape
    /// `grown` (its shape and one more name); returns the new slot. The
    /// class remembers how many slots its instances grew to, for the next
    /// ones to start with.
    pub(crate) fn grow_instance(&mut self, inst: ObjRef, grown: ShapeId, value: Value) -> usize {
        let ObjMut::Instance(i) = self.heap.get_mut(inst) else {
            unreachable!("an instance")
        };
        let slot = i.slots().len();
        let room = i.slots.capacity();
        i.push_slot(value);
        i.set_shape(grown);
        // The heap counted the buffer's room when it was made; only a
        // bigger buffer is new memory (a trace adds in place uncounted).
        let more = i.slots.capacity().saturating_sub(room) * 16;
        let class = i.class;
        self.heap.note_growth(more);
        if let Obj::Class(c) = self.heap.get(class) {
            let hint = c.slot_hint.get().max(slot as u32 + 1).min(64);
            c.slot_hint.set(hint);
        }
        slot
    }

    /// `del obj.name`.
    pub(crate) fn del_attr(&mut self, obj: Value, name: ObjRef) -> Result<(), PyError> {
        self.delete_attr(obj, name, true)
    }

    /// `del obj.name`, through the class's `__delattr__` when `hooks` and
    /// it has one (`object.__delattr__` deletes without it).
    fn delete_attr(&mut self, obj: Value, name: ObjRef, hooks: bool) -> Result<(), PyError> {
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str()).to_string();
        match obj.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Obj::Instance(i))) => {
                let class = i.class;
                if let Some(hook) = self.instance_hook(class, "__delattr__").filter(|_| hooks) {
                    self.call_value(hook, &[obj, Value::Obj(name)])?;
                    return Ok(());
                }
                let found = self.class_attr(class, name)?;
                if let Some(d) = found.filter(|&f| self.is_descriptor(f, false)) {
                    return match self.call_special(d, Special::Delete, &[obj])? {
                        Some(_) => Ok(()),
                        None => Err(attribute_error("__delete__".to_string())),
                    };
                }
                if let Some(deleter) = self.property_part(found, |d| d.deleter) {
                    if deleter.is_none() {
                        let c = self.class_name(class);
                        return Err(attribute_error(format!(
                            "property '{text}' of '{c}' object has no deleter"
                        )));
                    }
                    self.call_value(deleter, &[obj])?;
                    return Ok(());
                }
                if let Some(dict) = self.attribute_dict(r) {
                    return match self.dict_remove(dict, Value::Obj(name))? {
                        Some(_) => Ok(()),
                        None => Err(attribute_error(format!(
                            "'{}' object has no attribute '{text}'",
                            self.class_name(class)
                        ))),
                    };
                }
                let Obj::Instance(i) = self.heap.get(r) else {
                    unreachable!()
                };
                let shape = i.shape();
                let Some(slot) = self.shapes.slot(shape, name) else {
                    return Err(attribute_error(format!(
                        "'{}' object has no attribute '{text}'",
                        self.class_name(class)
                    )));
                };
                // Shapes only grow: the instance takes the shape of its
                // remaining names, added again in order.
                let names = self.shapes.names(shape).to_vec();
                let mut new_shape = Shapes::ROOT;
                for (k, n) in names.iter().enumerate() {
                    if k != slot {
                        new_shape = self.shapes.with_attr(new_shape, *n);
                    }
                }
                if let ObjMut::Instance(i) = self.heap.get_mut(r) {
                    i.remove_slot(slot);
                    i.set_shape(new_shape);
                }
                Ok(())
            }
            Some((r, Obj::Class(c))) => {
                if let Some(hook) = c.meta.get().and_then(|meta| self.meta_attr(meta, "__delattr__")) {
                    self.call_value(hook, &[obj, Value::Obj(name)])?;
                    return Ok(());
                }
                self.class_del(r, name)
            }
            Some((_, Obj::Type(kind))) => Err(self.immutable_type_error(name, kind.name())),
            Some((_, Obj::Module(m))) if m.script_namespace().is_some() => {
                match self.find_global_slot(m.namespace, &text) {
                    Some(slot) if !matches!(self.globals[slot as usize], Value::Undef) => {
                        self.globals[slot as usize] = Value::Undef;
                        Ok(())
                    }
                    // CPython's words for a module too.
                    _ => Err(attribute_error(format!("'module' object has no attribute '{text}'"))),
                }
            }
            _ => Err(attribute_error(format!(
                "'{}' object has no attribute '{text}'",
                self.type_name(obj)
            ))),
        }
    }

    /// A new instance of `class` for a call with `argc` arguments: the
    /// instance and the `__init__` to run on it (None when the class has
    /// none but `object`'s).
    pub(crate) fn new_instance(&mut self, class: ObjRef, argc: usize) -> Result<(Value, Option<Value>), PyError> {
        let (init, _) = self.constructors(class)?;
        Ok((self.instance_for_call(class, init, argc)?, init))
    }

    /// A new instance of `class` for a call with `argc` arguments, whose
    /// `__init__` (from `constructors`) is `init`: with none but
    /// `object`'s, arguments are CPython's error.
    pub(crate) fn instance_for_call(
        &mut self,
        class: ObjRef,
        init: Option<Value>,
        argc: usize,
    ) -> Result<Value, PyError> {
        self.check_not_abstract(class)?;
        if init.is_none() && argc > 0 {
            let name = self.class_name(class);
            let what = if Some(class) == self.object_class {
                "object() takes no arguments".to_string()
            } else {
                format!("{name}() takes no arguments")
            };
            return Err(RawError::type_error(what).into());
        }
        Ok(self.alloc_instance(class))
    }

    /// CPython's refusal to make an instance of a class with abstract
    /// methods left (an ABC whose `__abstractmethods__` is not empty).
    pub(crate) fn check_not_abstract(&mut self, class: ObjRef) -> Result<(), PyError> {
        if !self.is_abstract_class(class) {
            return Ok(());
        }
        let name = self.heap.intern("__abstractmethods__");
        let found = self.class_attr(class, name)?.expect("abstract methods");
        let mut names: Vec<String> = self
            .collect_iterable(found)?
            .into_iter()
            .filter_map(|v| self.as_str(v).map(str::to_string))
            .collect();
        names.sort();
        let plural = if names.len() == 1 { "" } else { "s" };
        Err(RawError::type_error(format!(
            "Can't instantiate abstract class {} with abstract method{plural} {}",
            self.class_name(class),
            names.join(", ")
        ))
        .into())
    }

    /// Whether making an instance of `class` is refused for its abstract
    /// methods.
    pub fn is_abstract_class(&self, class: ObjRef) -> bool {
        // Programs that never use `abc` pay one test per instance.
        if !self.abstract_methods_set {
            return false;
        }
        let Some(name) = self.heap.find_interned("__abstractmethods__") else {
            return false;
        };
        matches!(self.class_attr(class, name), Ok(Some(found)) if self.len_of(found).unwrap_or(0) > 0)
    }

    /// What a call of `class` runs: its `__init__` (None for `object`'s)
    /// and its `__new__` (None for `object`'s; a static method's function
    /// itself), remembered per class.
    pub(crate) fn constructors(&mut self, class: ObjRef) -> Result<(Option<Value>, Option<Value>), PyError> {
        let Obj::Class(c) = self.heap.get(class) else {
            unreachable!("a class")
        };
        let (version, init, new) = c.init_cache.get();
        if version == self.class_version {
            return Ok((init, new));
        }
        let name = self.heap.intern("__init__");
        let init = self.class_attr(class, name)?;
        let name = self.heap.intern("__new__");
        let mut new = None;
        for &k in self.mro(class) {
            if Some(k) == self.object_class {
                break;
            }
            if let Obj::Class(c) = self.heap.get(k) {
                if let Some(found) = self.dict_get(c.dict, Value::Obj(name))? {
                    new = Some(match found.as_obj().map(|r| self.heap.get(r)) {
                        Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::StaticMethod => d.func,
                        _ => found,
                    });
                    break;
                }
            }
        }
        if let Obj::Class(c) = self.heap.get(class) {
            c.init_cache.set((self.class_version, init, new));
        }
        Ok((init, new))
    }

    /// `Class(args)` of a class with a `__new__` of its own, the `argc`
    /// arguments (`kwnames` naming the last ones) above the class at
    /// `callee_at`: `__new__(Class, args)`, then, if that made an instance
    /// of the class, its class's `__init__` on it with the same arguments.
    /// The result replaces the class and the arguments.
    pub(crate) fn instantiate_with_new(
        &mut self,
        class: ObjRef,
        new: Value,
        callee_at: usize,
        argc: usize,
        kwnames: Option<Value>,
    ) -> Result<(), PyError> {
        // The arguments stay on the stack (rooted) through both calls.
        let (args, kwargs) = self.take_args(argc, kwnames);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(Value::Obj(class));
        all.extend_from_slice(&args);
        let made = self.call_value_kw(new, &all, &kwargs)?;
        self.stack[callee_at] = made;
        let made_class = self.class_of(made).or_else(|| self.meta_of(made));
        if let Some(made_class) = made_class.filter(|_| self.is_instance_of(made, class)) {
            if let (Some(init), _) = self.constructors(made_class)? {
                all[0] = made;
                let r = self.call_value_kw(init, &all, &kwargs)?;
                self.check_init_result(r)?;
            }
        }
        self.stack.truncate(callee_at + 1);
        Ok(())
    }

    /// What an `__init__` returned must be None (CPython's `TypeError`).
    pub(crate) fn check_init_result(&self, r: Value) -> Result<(), RawError> {
        if r.is_none() {
            return Ok(());
        }
        Err(RawError::type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        )))
    }

    /// A new instance of `class` with no attributes yet, with room for as
    /// many as its instances grew to so far.
    pub(crate) fn alloc_instance(&mut self, class: ObjRef) -> Value {
        let capacity = match self.heap.get(class) {
            Obj::Class(c) => c.slot_hint.get() as usize,
            _ => 0,
        };
        let inst = self.heap.alloc(InstanceObj::new(class, Shapes::ROOT, capacity));
        match self.holds_builtin(class) {
            Some(TypeKind::List) => self.give_list(inst),
            Some(_) => self.give_dict(inst),
            None => {}
        }
        Value::Obj(inst)
    }

    /// Whether `v` is an instance of class `class` (through its MRO).
    pub(crate) fn is_instance_of(&self, v: Value, class: ObjRef) -> bool {
        if Some(class) == self.object_class {
            return true;
        }
        match self.class_of(v).or_else(|| self.meta_of(v)) {
            Some(c) => self.mro(c).contains(&class),
            None => false,
        }
    }

    /// `super()` inside a method: the class from the method's `__class__`
    /// cell and its first argument.
    fn implicit_super(&mut self) -> Result<Value, PyError> {
        let no_args = || PyError::new(ExcKind::RuntimeError, "super(): no arguments");
        let frame = *self.frames.last().ok_or_else(no_args)?;
        let code = self.codes[frame.code.0 as usize].code.clone();
        let locals = &code.locals;
        let class_slot = locals
            .free
            .iter()
            .copied()
            .find(|&s| &*locals.names[s as usize] == "__class__")
            .ok_or_else(|| PyError::new(ExcKind::RuntimeError, "super(): __class__ cell not found"))?;
        if locals.nparams == 0 {
            return Err(no_args());
        }
        let deref = |vm: &Vm, v: Value| match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Cell(c)) => c.value,
            _ => v,
        };
        let class = deref(self, self.stack[frame.base + class_slot as usize]);
        let mut receiver = self.stack[frame.base];
        if locals.cells.contains(&0) {
            receiver = deref(self, receiver);
        }
        let Some(class) = class.as_obj().filter(|&c| matches!(self.heap.get(c), Obj::Class(_))) else {
            return Err(PyError::new(ExcKind::RuntimeError, "super(): empty __class__ cell"));
        };
        self.make_super(class, receiver)
    }

    pub(crate) fn make_super(&mut self, class: ObjRef, receiver: Value) -> Result<Value, PyError> {
        let ok = self.is_instance_of(receiver, class)
            || receiver
                .as_obj()
                .is_some_and(|r| matches!(self.heap.get(r), Obj::Class(_)) && self.mro(r).contains(&class));
        if !ok {
            return Err(RawError::type_error("super(type, obj): obj must be an instance or subtype of type").into());
        }
        Ok(Value::Obj(self.heap.alloc(SuperObj::new(class, receiver))))
    }

    /// `repr(inst)` without a `__repr__` of the class's own:
    /// `<__main__.Vec object at 0x...>`.
    pub(crate) fn default_instance_repr(&self, inst: ObjRef, class: ObjRef) -> String {
        if Some(inst) == self.not_implemented {
            return "NotImplemented".to_string();
        }
        format!("<{} object at 0x{:012x}>", self.class_path(class), inst.addr())
    }

    /// The `NotImplemented` singleton (an instance of a class of its own).
    /// Makes `object`'s slot wrappers (`Vm::object_slots`).
    pub(crate) fn make_object_slots(&mut self) {
        self.object_slots = OBJECT_SLOTS
            .iter()
            .map(|&(name, func)| {
                let slot = crate::native::NativeFn { name, func };
                self.heap.alloc(crate::object::NativeObj::new(slot))
            })
            .collect();
    }

    /// `object`'s slot wrapper named `name`, which a class gives when
    /// nothing along its MRO defines the name.
    pub(crate) fn object_slot(&self, name: &str) -> Option<ObjRef> {
        let at = OBJECT_SLOTS.iter().position(|(slot, _)| *slot == name)?;
        self.object_slots.get(at).copied()
    }

    pub(crate) fn make_not_implemented(&mut self) {
        let object = self.object_class.expect("object first");
        let bases = self.heap.new_tuple(&[Value::Obj(object)]);
        let dict = self.new_dict().as_obj().expect("a dict");
        let builtins = self.new_str("builtins");
        let key = Value::Obj(self.heap.intern("__module__"));
        let _ = self.dict_set(dict, key, builtins);
        let class = self
            .heap
            .alloc(ClassObj::new("NotImplementedType", bases, Vec::new(), dict));
        if let ObjMut::Class(c) = self.heap.get_mut(class) {
            c.mro.extend([class, object]);
        }
        let inst = self.heap.alloc(InstanceObj::new(class, Shapes::ROOT, 0));
        self.not_implemented = Some(inst);
        self.builtins.insert("NotImplemented".into(), Value::Obj(inst));
    }

    /// A special method's result, None when it declined (`NotImplemented`).
    fn accepted(&self, r: Option<Value>) -> Option<Value> {
        r.filter(|v| v.as_obj().is_none() || v.as_obj() != self.not_implemented)
    }

    /// `module.Name` as reprs show a class (just `Name` for built-ins).
    pub(crate) fn class_path(&self, class: ObjRef) -> String {
        let Obj::Class(c) = self.heap.get(class) else {
            return "?".into();
        };
        let module = self
            .heap
            .find_interned("__module__")
            .and_then(|k| self.dict_get(c.dict, Value::Obj(k)).ok().flatten())
            .and_then(|m| self.as_str(m).map(str::to_string));
        let qualname = self
            .heap
            .find_interned("__qualname__")
            .and_then(|k| self.dict_get(c.dict, Value::Obj(k)).ok().flatten())
            .and_then(|m| self.as_str(m).map(str::to_string))
            .unwrap_or_else(|| c.name.to_string());
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}"),
            _ => qualname,
        }
    }
}

/// `super()` and `super(cls, obj)`.
pub(crate) fn super_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("super", kwargs)?;
    match args {
        [] => vm.implicit_super(),
        [cls, obj] => match cls.as_obj().filter(|&c| matches!(vm.heap.get(c), Obj::Class(_))) {
            Some(c) => vm.make_super(c, *obj),
            None => Err(
                RawError::type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(*cls))).into(),
            ),
        },
        _ => Err(RawError::type_error("super() takes 0 or 2 arguments here").into()),
    }
}

fn wrap(vm: &mut Vm, name: &str, kind: DescriptorKind, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let f = crate::builtins::args::exactly_one(name, args, kwargs)?;
    Ok(Value::Obj(vm.heap.alloc(DescriptorObj::new(
        kind,
        f,
        Value::None,
        Value::None,
    ))))
}

pub(crate) fn staticmethod_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrap(vm, "staticmethod", DescriptorKind::StaticMethod, args, kwargs)
}

pub(crate) fn classmethod_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    wrap(vm, "classmethod", DescriptorKind::ClassMethod, args, kwargs)
}

/// `property(fget=None, fset=None, fdel=None)`.
pub(crate) fn property_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("property", kwargs)?;
    if args.len() > 3 {
        return Err(
            RawError::type_error(format!("property() takes at most 4 arguments ({} given)", args.len())).into(),
        );
    }
    let part = |i: usize| args.get(i).copied().unwrap_or(Value::None);
    Ok(Value::Obj(vm.heap.alloc(DescriptorObj::new(
        DescriptorKind::Property,
        part(0),
        part(1),
        part(2),
    ))))
}

/// `prop.setter(f)` / `prop.getter(f)` / `prop.deleter(f)`: a new
/// property with that part replaced.
pub(crate) fn property_with(vm: &mut Vm, prop: Value, part: &str, f: Value) -> NativeResult {
    let Some(Obj::Descriptor(d)) = prop.as_obj().map(|r| vm.heap.get(r)) else {
        return Err(RawError::type_error("not a property").into());
    };
    let (mut getter, mut setter, mut deleter) = (d.func, d.setter, d.deleter);
    match part {
        "getter" => getter = f,
        "setter" => setter = f,
        _ => deleter = f,
    }
    Ok(Value::Obj(vm.heap.alloc(DescriptorObj::new(
        DescriptorKind::Property,
        getter,
        setter,
        deleter,
    ))))
}

/// `issubclass(cls, classinfo)`.
pub(crate) fn issubclass_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("issubclass", kwargs)?;
    crate::builtins::args::count("issubclass", args, 2, 2)?;
    let sub = args[0];
    let mut pending = vec![args[1]];
    while let Some(cls) = pending.pop() {
        if let Some(answer) = vm.meta_check(cls, "__subclasscheck__", sub)? {
            if answer {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        match (
            sub.as_obj().map(|r| vm.heap.get(r)),
            cls.as_obj().map(|r| vm.heap.get(r)),
        ) {
            (Some(Obj::Class(_)), Some(Obj::Class(_))) => {
                let (s, c) = (sub.as_obj().expect("a class"), cls.as_obj().expect("a class"));
                if vm.mro(s).contains(&c) {
                    return Ok(Value::Bool(true));
                }
            }
            (Some(Obj::Type(a)), Some(Obj::Type(b))) => {
                if a == b || (a == TypeKind::Bool && b == TypeKind::Int) {
                    return Ok(Value::Bool(true));
                }
            }
            (Some(Obj::Type(_)), Some(Obj::Class(c))) if Some(c.mro[0]) == vm.object_class => {
                return Ok(Value::Bool(true));
            }
            // `issubclass(OrderedCollection, list)`: through the stand-in.
            (Some(Obj::Class(c)), Some(Obj::Type(b)))
                if c.mro
                    .iter()
                    .any(|&k| matches!(vm.heap.get(k), Obj::Class(k) if k.stands_for.get() == Some(b))) =>
            {
                return Ok(Value::Bool(true));
            }
            (Some(Obj::Class(_) | Obj::Type(_)), Some(Obj::Tuple(items))) => pending.extend(items.iter().rev()),
            (Some(Obj::Class(_) | Obj::Type(_)), Some(Obj::Class(_) | Obj::Type(_))) => {}
            (Some(Obj::Class(_) | Obj::Type(_)), _) => {
                return Err(
                    RawError::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union").into(),
                )
            }
            _ => return Err(RawError::type_error("issubclass() arg 1 must be a class").into()),
        }
    }
    Ok(Value::Bool(false))
}

/// The attribute name argument of `setattr` and `delattr`, interned.
fn interned_name(vm: &Vm, v: Value) -> Result<ObjRef, PyError> {
    match vm.as_str(v) {
        Some(s) => Ok(vm.heap.intern(s)),
        None => Err(RawError::type_error(format!("attribute name must be string, not '{}'", vm.type_name(v))).into()),
    }
}

/// `setattr(obj, name, value)`.
pub(crate) fn setattr_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("setattr", kwargs)?;
    crate::builtins::args::count("setattr", args, 3, 3)?;
    let name = interned_name(vm, args[1])?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::None)
}

/// `delattr(obj, name)`.
pub(crate) fn delattr_builtin(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    crate::builtins::args::no_kwargs("delattr", kwargs)?;
    crate::builtins::args::count("delattr", args, 2, 2)?;
    let name = interned_name(vm, args[1])?;
    vm.del_attr(args[0], name)?;
    Ok(Value::None)
}

/// How deep `script_repr` goes into nested containers (as `write_repr`).
const MAX_SCRIPT_REPR_DEPTH: usize = 200;

impl Vm {
    /// `repr(v)`, calling the `__repr__` of script classes, inside
    /// containers too.
    pub fn repr_of(&mut self, v: Value) -> Result<String, PyError> {
        match self.repr(v) {
            Err(e) if e.msg == crate::ops::repr::SCRIPT_REPR => self.script_repr(v, &mut Vec::new()),
            r => Ok(r?),
        }
    }

    /// `str(v)`: an instance's `__str__`, else its repr.
    pub fn str_value(&mut self, v: Value) -> Result<String, PyError> {
        if self.class_of(v).is_some() || self.meta_of(v).is_some() {
            if let Some(s) = self.call_special(v, Special::Str, &[])? {
                return self.text_result(s, "__str__");
            }
            return self.repr_of(v);
        }
        match self.str_of(v) {
            Err(e) if e.msg == crate::ops::repr::SCRIPT_REPR => self.script_repr(v, &mut Vec::new()),
            r => Ok(r?),
        }
    }

    fn text_result(&self, s: Value, what: &str) -> Result<String, PyError> {
        match self.as_str(s) {
            Some(t) => Ok(t.to_string()),
            None => {
                Err(RawError::type_error(format!("{what} returned non-string (type {})", self.type_name(s))).into())
            }
        }
    }

    /// The repr of a value that holds instances with a `__repr__`: the
    /// containers are walked here, where script code may run, each
    /// container's items rooted while they are written.
    fn script_repr(&mut self, v: Value, open: &mut Vec<ObjRef>) -> Result<String, PyError> {
        self.check_host_stack()?;
        if open.len() >= MAX_SCRIPT_REPR_DEPTH {
            return Err(PyError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        let Some(r) = v.as_obj() else {
            return Ok(self.repr(v)?);
        };
        let (open_text, close_text, items, is_dict) = match self.heap.get(r) {
            Obj::Instance(i) => {
                let class = i.class;
                return match self.call_special(v, Special::Repr, &[])? {
                    Some(s) => self.text_result(s, "__repr__"),
                    None => Ok(self.default_instance_repr(r, class)),
                };
            }
            // A class whose metaclass defines `__repr__`.
            Obj::Class(_) => {
                return match self.call_special(v, Special::Repr, &[])? {
                    Some(s) => self.text_result(s, "__repr__"),
                    None => Ok(self.repr(v)?),
                };
            }
            Obj::List(l) => ("[", "]", l.to_vec(), false),
            Obj::Tuple(t) => ("(", if t.len() == 1 { ",)" } else { ")" }, t.to_vec(), false),
            Obj::Dict(d) => {
                let mut items = Vec::new();
                for e in d.table.iter() {
                    items.push(e.key);
                    items.push(e.value);
                }
                ("{", "}", items, true)
            }
            _ => {
                return match self.repr(v) {
                    Err(e) if e.msg == crate::ops::repr::SCRIPT_REPR => Err(PyError::new(
                        ExcKind::NotImplementedError,
                        "this value's repr needs a __repr__ of a script class, which is not supported here yet",
                    )),
                    r => Ok(r?),
                };
            }
        };
        if open.contains(&r) {
            return Ok(if is_dict {
                "{...}"
            } else if open_text == "[" {
                "[...]"
            } else {
                "(...)"
            }
            .to_string());
        }
        let mark = self.temp_roots.len();
        self.temp_roots.extend_from_slice(&items);
        open.push(r);
        let mut out = String::from(open_text);
        let mut result = Ok(());
        for (k, item) in items.iter().enumerate() {
            let sep = match (is_dict, k) {
                (_, 0) => "",
                (true, k) if k % 2 == 1 => ": ",
                _ => ", ",
            };
            match self.script_repr(*item, open) {
                Ok(text) => {
                    out.push_str(sep);
                    out.push_str(&text);
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        open.pop();
        self.temp_roots.truncate(mark);
        result?;
        out.push_str(close_text);
        Ok(out)
    }
}

/// A comparison an instance may define: the order operators and `==`,
/// `!=`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RichOp {
    Order(crate::ops::compare::OrderOp),
    Eq,
    Ne,
}

impl RichOp {
    /// The comparison a `COMPARE_JUMP` (or a trace) makes.
    pub(crate) fn of(cmp: crate::bytecode::CompareKind) -> RichOp {
        match cmp.order_op() {
            Some(op) => RichOp::Order(op),
            None if cmp == crate::bytecode::CompareKind::Eq => RichOp::Eq,
            None => RichOp::Ne,
        }
    }

    /// The special method of the comparison and its reflected one.
    pub(crate) fn special_names(self) -> (Special, Special) {
        use crate::ops::compare::OrderOp;
        match self {
            RichOp::Order(OrderOp::Lt) => (Special::Lt, Special::Gt),
            RichOp::Order(OrderOp::Le) => (Special::Le, Special::Ge),
            RichOp::Order(OrderOp::Gt) => (Special::Gt, Special::Lt),
            RichOp::Order(OrderOp::Ge) => (Special::Ge, Special::Le),
            RichOp::Eq => (Special::Eq, Special::Eq),
            RichOp::Ne => (Special::Ne, Special::Ne),
        }
    }
}

/// The in-place special method of an augmented assignment (`-=`:
/// `__isub__`).
pub(crate) fn inplace_name(op: crate::ops::arith::BinOp) -> Special {
    use crate::ops::arith::BinOp::*;
    match op {
        Add => Special::Iadd,
        Sub => Special::Isub,
        Mul => Special::Imul,
        TrueDiv => Special::ItrueDiv,
        FloorDiv => Special::IfloorDiv,
        Mod => Special::Imod,
        Pow => Special::Ipow,
        LShift => Special::IlShift,
        RShift => Special::IrShift,
        BitAnd => Special::Iand,
        BitOr => Special::Ior,
        BitXor => Special::Ixor,
    }
}

/// The special method of a binary operator and its reflected one.
pub(crate) fn special_names(op: crate::ops::arith::BinOp) -> (Special, Special) {
    use crate::ops::arith::BinOp::*;
    match op {
        Add => (Special::Add, Special::Radd),
        Sub => (Special::Sub, Special::Rsub),
        Mul => (Special::Mul, Special::Rmul),
        TrueDiv => (Special::TrueDiv, Special::RtrueDiv),
        FloorDiv => (Special::FloorDiv, Special::RfloorDiv),
        Mod => (Special::Mod, Special::Rmod),
        Pow => (Special::Pow, Special::Rpow),
        LShift => (Special::LShift, Special::RlShift),
        RShift => (Special::RShift, Special::RrShift),
        BitAnd => (Special::And, Special::Rand),
        BitOr => (Special::Or, Special::Ror),
        BitXor => (Special::Xor, Special::Rxor),
    }
}

impl Vm {
    /// Whether either value is an instance of a script class.
    #[inline]
    pub(crate) fn either_instance(&self, a: Value, b: Value) -> bool {
        self.class_of(a).is_some() || self.class_of(b).is_some()
    }

    /// `a op b` with an instance on either side: `a.__op__(b)`, else
    /// `b.__rop__(a)`, else the TypeError the built-in types give.
    pub(crate) fn instance_binary(
        &mut self,
        op: crate::ops::arith::BinOp,
        a: Value,
        b: Value,
    ) -> Result<Value, PyError> {
        let (name, reflected) = special_names(op);
        if let Some(v) = self.either_side(a, b, name, reflected)? {
            return Ok(v);
        }
        Err(self.unsupported(op, a, b).into())
    }

    /// `a.name(b)`, else `b.reflected(a)`: the first that is defined and
    /// does not decline with `NotImplemented`.
    pub(crate) fn either_side(
        &mut self,
        a: Value,
        b: Value,
        name: Special,
        reflected: Special,
    ) -> Result<Option<Value>, PyError> {
        let r = self.call_special(a, name, &[b])?;
        if let Some(v) = self.accepted(r) {
            return Ok(Some(v));
        }
        let r = self.call_special(b, reflected, &[a])?;
        Ok(self.accepted(r))
    }

    /// What an instance's conversion method gives for `float(v)` (and the
    /// built-ins that take any real number): `__float__`, else
    /// `__index__`, checked as CPython checks them. None for anything
    /// else, or a class that defines neither.
    pub(crate) fn instance_to_float(&mut self, v: Value) -> Result<Option<f64>, PyError> {
        if let Some(f) = self.call_special(v, Special::Float, &[])? {
            return match f {
                Value::Float(f) => Ok(Some(f)),
                other => Err(RawError::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    self.type_name(v),
                    self.type_name(other)
                ))
                .into()),
            };
        }
        match self.instance_to_int(v, &[Special::Index])? {
            Some(i) => Ok(Some(crate::builtins::args::real_arg(self, i)?)),
            None => Ok(None),
        }
    }

    /// The int the first of `names` (`__int__`, `__index__`,
    /// `__trunc__`) that an instance's class defines gives, checked to be
    /// an int; None if it defines none of them.
    pub(crate) fn instance_to_int(&mut self, v: Value, names: &[Special]) -> Result<Option<Value>, PyError> {
        for &name in names {
            if let Some(i) = self.call_special(v, name, &[])? {
                if !self.is_int(i) {
                    return Err(RawError::type_error(format!(
                        "{} returned non-int (type {})",
                        name.name(),
                        self.type_name(i)
                    ))
                    .into());
                }
                return Ok(Some(match i {
                    Value::Bool(b) => Value::Int(b as i64),
                    _ => i,
                }));
            }
        }
        Ok(None)
    }

    /// `-v`, `+v`, `~v` of an instance.
    pub(crate) fn instance_unary(
        &mut self,
        op: crate::ops::arith::UnaryOp,
        v: Value,
    ) -> Result<Option<Value>, PyError> {
        use crate::ops::arith::UnaryOp::*;
        let name = match op {
            Neg => Special::Neg,
            Pos => Special::Pos,
            Invert => Special::Invert,
        };
        self.call_special(v, name, &[])
    }

    /// `a op b` with an instance on either side: its rich comparison (or
    /// the other's reflected one); without one, `==` and `!=` compare
    /// identity and the order operators raise.
    pub(crate) fn rich_compare(&mut self, op: RichOp, a: Value, b: Value) -> Result<Value, PyError> {
        let (name, reflected) = op.special_names();
        if let Some(v) = self.either_side(a, b, name, reflected)? {
            return Ok(v);
        }
        match op {
            // `!=` is the negation of a defined `==`.
            RichOp::Ne
                if self.special_method(a, Special::Eq).is_some() || self.special_method(b, Special::Eq).is_some() =>
            {
                let eq = self.rich_compare(RichOp::Eq, a, b)?;
                Ok(Value::Bool(!self.truth(eq)?))
            }
            RichOp::Eq => Ok(Value::Bool(a.is(b))),
            RichOp::Ne => Ok(Value::Bool(!a.is(b))),
            RichOp::Order(op) => Err(RawError::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))
            .into()),
        }
    }

    /// Python truthiness, calling an instance's `__bool__` or `__len__`.
    pub(crate) fn truth(&mut self, v: Value) -> Result<bool, PyError> {
        if self.class_of(v).is_none() && self.meta_of(v).is_none() {
            return Ok(self.truthy(v));
        }
        // `__bool__`, else `__len__`, each looked up once; most instances
        // have neither: true, with no call set up.
        if let Some(method) = self.special_method(v, Special::Bool) {
            return match self.call_special_found(v, method, &[])? {
                Value::Bool(b) => Ok(b),
                other => Err(RawError::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(other)
                ))
                .into()),
            };
        }
        match self.special_method(v, Special::Len) {
            Some(method) => {
                let n = self.call_special_found(v, method, &[])?;
                Ok(self.len_result(n)? != 0)
            }
            None => Ok(true),
        }
    }

    /// `len(inst)`: its `__len__`, which must give a non-negative int.
    pub(crate) fn instance_len(&mut self, v: Value) -> Result<Option<i64>, PyError> {
        match self.call_special(v, Special::Len, &[])? {
            Some(n) => Ok(Some(self.len_result(n)?)),
            None => Ok(None),
        }
    }

    fn len_result(&self, n: Value) -> Result<i64, PyError> {
        match n.as_index() {
            Some(i) if i >= 0 => Ok(i),
            Some(_) => Err(RawError::value_error("__len__() should return >= 0").into()),
            None => Err(RawError::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(n)
            ))
            .into()),
        }
    }

    /// The error where a built-in meets an instance whose special method
    /// `name` it would have to call, and cannot yet (inside a container's
    /// comparison, hash or sort).
    pub(crate) fn needs_script(&self, v: Value, name: &str) -> RawError {
        RawError::new(
            ExcKind::NotImplementedError,
            format!(
                "'{}' defines {name}, which is not called from inside a container's comparison, hash or sort yet",
                self.type_name(v)
            ),
        )
    }
}

impl Vm {
    /// `needle in haystack` where the haystack is an instance: its
    /// `__contains__`, else a walk of its iterator comparing with `==`.
    pub(crate) fn instance_contains(&mut self, haystack: Value, needle: Value) -> Result<bool, PyError> {
        if let Some(r) = self.call_special(haystack, Special::Contains, &[needle])? {
            return self.truth(r);
        }
        let it = self.get_iter(haystack)?;
        let Some(it_ref) = it.as_obj() else {
            return Ok(false);
        };
        self.temp_roots.push(it);
        let found = loop {
            if let Err(e) = self.charge(crate::limits::ITEM_TICKS) {
                break Err(e.into());
            }
            let item = match self.iter_next(it_ref) {
                Ok(Some(item)) => item,
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            };
            let same = if item.is(needle) {
                Ok(true)
            } else {
                self.eq_any(item, needle)
            };
            match same {
                Ok(true) => break Ok(true),
                Ok(false) => {}
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.pop();
        found
    }

    /// `hash(inst)`: its `__hash__` (an int), else by identity (or
    /// unhashable, for a class with `__eq__` alone or `__hash__ = None`).
    pub(crate) fn instance_hash(&mut self, v: Value) -> Result<Option<i64>, PyError> {
        if matches!(self.special_method(v, Special::Hash), Some(Value::None)) {
            return Err(self.unhashable(v).into());
        }
        let h = match self.call_special(v, Special::Hash, &[])? {
            // An int that fits is the hash itself (CPython's rule).
            Some(Value::Int(h)) => h,
            Some(Value::Bool(b)) => b as i64,
            // One too big for that is hashed as an int is.
            Some(h) if self.big_int(h).is_some() => self.hash_value(h)?,
            Some(_) => return Err(RawError::type_error("__hash__ method should return an integer").into()),
            None => return Ok(None),
        };
        Ok(Some(if h == -1 { -2 } else { h }))
    }
}

impl Vm {
    /// A context manager's bound `__exit__` (`__aexit__` for `async
    /// with`), looked up (as CPython does) before `__enter__` runs.
    pub(crate) fn context_exit(&mut self, mgr: Value, is_async: bool) -> Result<Value, PyError> {
        let (enter, exit, protocol) = if is_async {
            (Special::AEnter, Special::AExit, "asynchronous context manager")
        } else {
            (Special::Enter, Special::Exit, "context manager")
        };
        let unsupported = |vm: &Vm, extra: &str| -> PyError {
            RawError::type_error(format!(
                "'{}' object does not support the {protocol} protocol{extra}",
                vm.type_name(mgr)
            ))
            .into()
        };
        let Some(class) = self.class_of(mgr) else {
            return Err(unsupported(self, ""));
        };
        if self.special_method(mgr, enter).is_none() {
            return Err(unsupported(self, ""));
        }
        match self.special_method(mgr, exit) {
            Some(found) => Ok(self.bind(found, mgr, class)),
            None => Err(unsupported(self, &format!(" (missed {} method)", exit.name()))),
        }
    }

    /// `mgr.__enter__()` (`mgr.__aenter__()`, the awaitable it returns).
    pub(crate) fn context_enter(&mut self, mgr: Value, is_async: bool) -> Result<Value, PyError> {
        let enter = if is_async { Special::AEnter } else { Special::Enter };
        Ok(self.call_special(mgr, enter, &[])?.unwrap_or(Value::None))
    }
}
