//! Metaclasses: `class Meta(type)` and `class C(metaclass=Meta)`.
//!
//! A class made by a metaclass other than `type` keeps it in
//! `ClassObj::meta`, set once when the class is made. The class is then an
//! instance of its metaclass: `type(C)` is `Meta`, `isinstance(C, Meta)`
//! holds, `C.name` falls back to the metaclass's attributes (its methods
//! bound to `C`, its properties read with `C`), and the special methods
//! the metaclass defines serve the class: `C(...)` calls `Meta.__call__`,
//! and `iter(C)`, `len(C)`, `x in C`, `C[k]`, `reversed(C)`, `repr(C)`,
//! `bool(C)`, `C.x = v`, `del C.x` and (for a name found nowhere else)
//! `C.x` call theirs (what an enum needs).
//!
//! `type` cannot stand in an MRO itself (a type object has no namespace),
//! so `class Meta(type)` gets a stand-in class named `type` (as a `list`
//! subclass gets one, `builtin_bases.rs`) whose `__new__` makes a class,
//! whose `__call__` makes an instance of one without going back to the
//! metaclass, whose `__setattr__` and `__delattr__` change the class's
//! namespace, and whose `__init__` does nothing: what `super().__new__`,
//! `super().__call__`, `super().__setattr__` and `super().__init__` reach
//! in a metaclass.
//! Only what a metaclass defines below that stand-in changes how its
//! classes behave. `__prepare__` is not called: a class body always
//! fills a plain dict, in the order it ran.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::modules::native_class::make_class_in;
use crate::native::{KwArg, NativeResult};
use crate::object::{DescriptorKind, MethodObj, Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The metaclass of `v` if `v` is a class made by one other than
    /// `type`.
    pub fn meta_of(&self, v: Value) -> Option<ObjRef> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Class(c)) => c.meta.get(),
            _ => None,
        }
    }

    /// `name` as metaclass `meta` or one of its bases defines it, short
    /// of `type` and `object`: what the metaclass adds to its classes.
    pub fn meta_attr(&self, meta: ObjRef, name: &str) -> Option<Value> {
        let name = self.heap.find_interned(name)?;
        for &k in self.mro(meta) {
            if Some(k) == self.type_base || Some(k) == self.object_class {
                return None;
            }
            if let Obj::Class(c) = self.heap.get(k) {
                if let Ok(Some(v)) = self.dict_get(c.dict, Value::Obj(name)) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// What the metaclass of class `cls` answers through hook `name`
    /// (`__instancecheck__`, `__subclasscheck__`) about `arg`; None when
    /// `cls` is no class with such a metaclass.
    pub(crate) fn meta_check(&mut self, cls: Value, name: &str, arg: Value) -> Result<Option<bool>, PyError> {
        let Some(hook) = self.meta_of(cls).and_then(|meta| self.meta_attr(meta, name)) else {
            return Ok(None);
        };
        let answer = self.call_value(hook, &[cls, arg])?;
        Ok(Some(self.truth(answer)?))
    }

    /// Whether `isinstance(x, cls)` asks the metaclass of `cls`.
    pub fn meta_checks_instances(&self, cls: Value) -> bool {
        self.meta_of(cls)
            .is_some_and(|meta| self.meta_attr(meta, "__instancecheck__").is_some())
    }

    /// Whether calling `class` runs its metaclass's `__call__`.
    pub fn meta_calls(&self, class: ObjRef) -> bool {
        self.meta_of(Value::Obj(class))
            .is_some_and(|meta| self.meta_attr(meta, "__call__").is_some())
    }

    /// `type(v)`: an instance's class, a class's metaclass, else the type
    /// object of the value's kind.
    pub fn type_of(&mut self, v: Value) -> Value {
        if let Some(class) = self.class_of(v).or_else(|| self.meta_of(v)) {
            return Value::Obj(class);
        }
        self.type_object(self.type_kind(v))
    }

    /// `cls.name` for a name the class's MRO does not have: the
    /// metaclass's attribute, as seen from the class (a method bound to
    /// it, a property read with it).
    pub(crate) fn meta_class_attr(&mut self, class: ObjRef, name: &str) -> Result<Option<Value>, PyError> {
        let Some(meta) = self.meta_of(Value::Obj(class)) else {
            return Ok(None);
        };
        let Some(attr) = self.meta_attr(meta, name) else {
            // The metaclass's `__getattr__` answers for names found nowhere.
            let Some(hook) = self.meta_attr(meta, "__getattr__") else {
                return Ok(None);
            };
            let name = self.new_str(name);
            let found = args::with_roots(self, &[name], |vm| vm.call_value(hook, &[Value::Obj(class), name]))?;
            return Ok(Some(found));
        };
        let descriptor = match attr.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Descriptor(d)) => Some((d.kind, d.func)),
            Some(Obj::Function(_) | Obj::Native(_)) => {
                return Ok(Some(Value::Obj(
                    self.heap.alloc(MethodObj::new(attr, Value::Obj(class))),
                )));
            }
            _ => None,
        };
        Ok(Some(match descriptor {
            Some((DescriptorKind::Property, getter)) => self.call_value(getter, &[Value::Obj(class)])?,
            Some((DescriptorKind::StaticMethod, func)) => func,
            Some((DescriptorKind::ClassMethod, func)) => {
                Value::Obj(self.heap.alloc(MethodObj::new(func, Value::Obj(meta))))
            }
            None => attr,
        }))
    }

    /// A `class` statement: its metaclass (the `metaclass=` keyword, else
    /// the most derived of its bases') makes the class; without one,
    /// `type` does. The other keywords go to the metaclass, and from
    /// `type.__new__` to `__init_subclass__`.
    pub(crate) fn build_class_kw(
        &mut self,
        name: &str,
        bases: Value,
        ns: Value,
        mut kwargs: Vec<KwArg>,
    ) -> Result<Value, PyError> {
        let explicit = kwargs
            .iter()
            .position(|k| &*k.name == "metaclass")
            .map(|i| kwargs.remove(i).value);
        let meta = self.derived_meta(explicit, bases)?;
        let Some(meta) = meta else {
            return self.make_class_of(name, bases, ns, None, &kwargs);
        };
        let name = self.new_str(name);
        args::with_roots(self, &[name, bases, ns, meta], |vm| {
            vm.call_value_kw(meta, &[name, bases, ns], &kwargs)
        })
    }

    /// A class statement's keywords, from the dict `BuildClassKw` pops
    /// (its keys are the names as written).
    pub(crate) fn keyword_args(&self, keywords: Value) -> Result<Vec<KwArg>, PyError> {
        let entries = keywords
            .as_obj()
            .and_then(|r| self.heap.dict(r))
            .map(|d| d.table.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>())
            .unwrap_or_default();
        Ok(entries
            .into_iter()
            .filter_map(|(k, value)| {
                self.as_str(k).map(|name| KwArg {
                    name: name.into(),
                    value,
                })
            })
            .collect())
    }

    /// The metaclass that makes a class: the written one and those of the
    /// bases, the one that derives from all others (CPython's "metaclass
    /// conflict" otherwise). None for `type`. A written metaclass that is
    /// no class (a function) is called as it is.
    fn derived_meta(&self, explicit: Option<Value>, bases: Value) -> Result<Option<Value>, PyError> {
        let is_type = |v: Value| matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Obj::Type(TypeKind::Type)));
        let mut winner: Option<ObjRef> = None;
        if let Some(m) = explicit {
            match m.as_obj().map(|r| (r, self.heap.get(r))) {
                Some((r, Obj::Class(_))) => winner = Some(r),
                _ if is_type(m) => {}
                _ => return Ok(Some(m)),
            }
        }
        let written: Vec<Value> = bases
            .as_obj()
            .and_then(|b| self.heap.tuple(b))
            .map(|t| t.to_vec())
            .unwrap_or_default();
        for base in written {
            let Some(candidate) = self.meta_of(base) else {
                continue;
            };
            winner = match winner {
                None => Some(candidate),
                Some(w) if self.mro(candidate).contains(&w) => Some(candidate),
                Some(w) if self.mro(w).contains(&candidate) => Some(w),
                Some(_) => {
                    return Err(RawError::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                         subclass of the metaclasses of all its bases",
                    )
                    .into())
                }
            };
        }
        // A metaclass that is `type`'s stand-in itself is `type`.
        Ok(winner.filter(|&w| Some(w) != self.type_base).map(Value::Obj))
    }

    /// The stand-in for `type` in metaclasses' MROs, made on first use.
    pub(crate) fn type_base(&mut self) -> ObjRef {
        if let Some(class) = self.type_base {
            return class;
        }
        let class = make_class_in(
            self,
            "builtins",
            "type",
            &[
                ("__init__", type_init),
                ("__call__", type_call),
                ("__setattr__", type_setattr),
                ("__delattr__", type_delattr),
            ],
            &[("__new__", type_new)],
        )
        .as_obj()
        .expect("a class");
        if let Obj::Class(c) = self.heap.get(class) {
            c.stands_for.set(Some(TypeKind::Type));
        }
        self.type_base = Some(class);
        class
    }
}

/// `type.__new__(mcs, name, bases, ns, **kwargs)`: a class whose
/// metaclass is `mcs`.
fn type_new(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [mcs, name, bases, ns] = args else {
        return Err(args::error(
            ExcKind::TypeError,
            "type.__new__() takes exactly 3 arguments",
        ));
    };
    let meta = mcs
        .as_obj()
        .filter(|&m| matches!(vm.heap.get(m), Obj::Class(_)) && vm.type_base.is_some_and(|t| vm.mro(m).contains(&t)));
    let Some(meta) = meta else {
        let is_type = matches!(mcs.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Class(_) | Obj::Type(_)));
        let msg = if is_type {
            let name = vm.callable_name(*mcs);
            let short = name.rsplit('.').next().unwrap_or(&name).to_string();
            format!("type.__new__({short}): {short} is not a subtype of type")
        } else {
            format!("type.__new__(X): X is not a type object ({})", vm.type_name(*mcs))
        };
        return Err(args::error(ExcKind::TypeError, msg));
    };
    let text = class_parts(vm, *name, *bases, *ns)?;
    let meta = Some(meta).filter(|&m| Some(m) != vm.type_base);
    vm.make_class_of(&text, *bases, *ns, meta, kwargs)
}

/// The name of `type(name, bases, dict)` (or `type.__new__`'s), its
/// arguments checked as CPython checks them.
pub(crate) fn class_parts(vm: &Vm, name: Value, bases: Value, ns: Value) -> Result<String, PyError> {
    let Some(text) = vm.as_str(name).map(str::to_string) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("type.__new__() argument 1 must be str, not {}", vm.type_name(name)),
        ));
    };
    if !matches!(bases.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_))) {
        return Err(args::error(
            ExcKind::TypeError,
            format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(bases)),
        ));
    }
    if !matches!(ns.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Dict(_))) {
        return Err(args::error(
            ExcKind::TypeError,
            format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(ns)),
        ));
    }
    Ok(text)
}

/// `type.__init__(cls, ...)`: the class is made already.
fn type_init(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: an instance of `cls` made by its
/// `__new__` and `__init__`, as if it had no metaclass.
fn type_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let Some((&class, rest)) = args.split_first() else {
        return Err(args::error(ExcKind::TypeError, "type.__call__() needs an argument"));
    };
    if !matches!(class.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Class(_))) {
        return vm.call_value_kw(class, rest, kwargs);
    }
    vm.plain_call = class.as_obj();
    let made = vm.call_value_kw(class, rest, kwargs);
    vm.plain_call = None;
    made
}

/// The class and attribute name of `type.__setattr__(cls, name, ...)`.
fn class_and_name(
    vm: &mut Vm,
    args: &[Value],
    what: &str,
) -> Result<(crate::heap::ObjRef, crate::heap::ObjRef), PyError> {
    let class = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|&c| matches!(vm.heap.get(c), Obj::Class(_)));
    let Some(class) = class else {
        return Err(args::error(ExcKind::TypeError, format!("type.{what}() needs a class")));
    };
    let Some(text) = args.get(1).and_then(|n| vm.as_str(*n)).map(str::to_string) else {
        return Err(args::error(ExcKind::TypeError, "attribute name must be string"));
    };
    Ok((class, vm.heap.intern(&text)))
}

/// `type.__setattr__(cls, name, value)`: into the class's namespace.
fn type_setattr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("__setattr__", kwargs)?;
    args::count("__setattr__", args, 3, 3)?;
    let (class, name) = class_and_name(vm, args, "__setattr__")?;
    vm.class_set(class, name, args[2])?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("__delattr__", kwargs)?;
    args::count("__delattr__", args, 2, 2)?;
    let (class, name) = class_and_name(vm, args, "__delattr__")?;
    vm.class_del(class, name)?;
    Ok(Value::None)
}
