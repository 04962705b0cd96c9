//! Calls: binding arguments to a script function's parameters and pushing
//! its frame, calling built-ins and methods, building functions, and
//! attribute lookup on modules and built-in types.

use crate::special::Special;
use std::cell::Cell;

use smallvec::SmallVec;

use crate::bytecode::{CodeId, CodeObject};
use crate::codes::PlainFrame;
use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeMethodPtr};
use crate::object::{BoundMethodObj, CellObj, DescriptorKind, FunctionObj, Kind, Obj, ShapeId, TypeKind};
use crate::shared_attr_cache::Role;
use crate::value::Value;
use crate::vm::{Frame, PendingCall, Vm};

/// What an instruction that looks a name up on a value (`LOAD_ATTR`,
/// `CHECK_METHOD`, `CALL_METHOD`) found the last time it ran, so the next
/// run with the same kind of receiver compares a tag instead of searching.
#[derive(Clone, Copy, Default)]
pub(crate) enum AttrCache {
    #[default]
    Empty,
    /// The method of a built-in type.
    Method { kind: TypeKind, method: NativeMethodPtr },
    /// The method of built-in type `kind` taken from the type (`str.upper`
    /// in `str.upper(w)`): the receiver is type object `owner`.
    TypeMethod {
        owner: ObjRef,
        kind: TypeKind,
        method: NativeMethodPtr,
    },
    /// An attribute in slot `slot` of objects of shape `shape` (modules).
    Slot { shape: ShapeId, slot: u32 },
    /// A global of a script's module (`m.f`): global slot `slot` of
    /// `module` (modules stay in `sys.modules`, so the address names no
    /// other object later), while it is bound.
    ModuleGlobal { module: ObjRef, slot: u32 },
    /// An instance's own attribute: instances of `class` with shape
    /// `shape` hold it in slot `slot`, while no class has changed since
    /// (`Vm::class_version`; a class that died and another made at its
    /// address changed it too).
    InstanceSlot {
        class: ObjRef,
        shape: ShapeId,
        version: u32,
        slot: u32,
    },
    /// A function of the class, called as a method: instances of `class`
    /// with shape `shape` (which has no attribute of that name), while no
    /// class has changed.
    InstanceMethod {
        class: ObjRef,
        shape: ShapeId,
        version: u32,
        func: Value,
    },
    /// A class attribute read through an instance that gives it as stored
    /// (`self.limit` of a class constant, `self.__class__`): instances of
    /// `class` with shape `shape` (which has no attribute of that name)
    /// give `value`, while no class has changed. Only `LOAD_ATTR` fills it.
    InstanceClassValue {
        class: ObjRef,
        shape: ShapeId,
        version: u32,
        value: Value,
    },
    /// An attribute store into instances of `class` with shape `shape`
    /// (and no property of that name), while no class has changed: slot
    /// `slot`, which is new when the store moves the instance to shape
    /// `grown` (else `grown` is `shape`).
    StoreSlot {
        class: ObjRef,
        shape: ShapeId,
        version: u32,
        slot: u32,
        grown: ShapeId,
    },
    /// An attribute of class `class` itself (`object.__new__`,
    /// `Cls.helper`) that its lookup gives as stored, unbound: `value`,
    /// while no class has changed.
    ClassAttr { class: ObjRef, version: u32, value: Value },
}

impl AttrCache {
    /// The class and shape of the instances this answer is for, while it
    /// holds (no class changed since it was made).
    fn instance_key(self, class_version: u32) -> Option<(ObjRef, ShapeId)> {
        match self {
            AttrCache::InstanceSlot {
                class, shape, version, ..
            }
            | AttrCache::InstanceMethod {
                class, shape, version, ..
            }
            | AttrCache::InstanceClassValue {
                class, shape, version, ..
            }
            | AttrCache::StoreSlot {
                class, shape, version, ..
            } if version == class_version => Some((class, shape)),
            _ => None,
        }
    }
}

/// How many earlier answers an instruction that meets instances of
/// several classes keeps beside its own cache. richards-style schedulers
/// run a base class's methods on four or five subclasses; past that the
/// shared cache (`shared_attr_cache`) answers.
pub(crate) const POLY_WAYS: usize = 3;

/// The instruction whose cache a lookup uses.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CacheSite {
    pub code: CodeId,
    pub pc: usize,
}

/// What a method call's name resolves to on its receiver.
pub(crate) enum Resolved {
    /// A method of a built-in type, called with the receiver.
    Native(NativeMethodPtr),
    /// An attribute that holds a callable (a module's function).
    Attr(Value),
    /// A function of an instance's class, called with the instance first
    /// (no bound method is made).
    Method(Value),
    /// A method of a built-in type taken from the type, called with its
    /// receiver first (`str.upper(w)`).
    Unbound(TypeKind, NativeMethodPtr),
}

impl Vm {
    pub(crate) fn make_function(&mut self, parent: CodeId, child: usize) -> Value {
        let cid = self.codes[parent.0 as usize].children[child];
        let code = self.codes[cid.0 as usize].code.clone();
        let taken = code.ndefaults as usize + code.locals.free.len();
        let start = self.stack.len() - taken;
        let f = self.function_of(cid, &self.stack[start..]);
        self.stack.truncate(start);
        f
    }

    /// A function of code `cid` with `values`: its defaults, then the cells
    /// of its free variables (the order `MakeFunction` pops them in).
    pub(crate) fn function_of(&self, cid: CodeId, values: &[Value]) -> Value {
        let ndefaults = self.codes[cid.0 as usize].code.ndefaults as usize;
        let (defaults, cells) = values.split_at(ndefaults.min(values.len()));
        let cells = (!cells.is_empty()).then(|| self.heap.new_tuple(cells));
        Value::Obj(self.heap.alloc(FunctionObj::new(cid, defaults.into(), cells)))
    }

    /// A built-in given a generator, which its Python version in the
    /// prelude consumes instead (`Vm::consumer_call`): that function goes
    /// where the callee was, with its added argument after the others.
    #[inline(always)]
    fn redirect_to_prelude(&mut self, callee: ObjRef, callee_at: usize, argc: usize, keywords: bool) -> bool {
        // The cheap checks inline: every call of a built-in passes here.
        use crate::object::Kind;
        if argc == 0 || argc > 2 || !matches!(self.heap.kind(callee), Kind::Native | Kind::Type) {
            return false;
        }
        if !matches!(self.stack[callee_at + 1], Value::Obj(g) if crate::prelude::consumed_kind(self.heap.kind(g))) {
            return false;
        }
        self.redirect_consumer(callee, callee_at, argc, keywords)
    }

    /// `redirect_to_prelude` for a built-in whose first argument is one
    /// the prelude may consume.
    #[inline(never)]
    fn redirect_consumer(&mut self, callee: ObjRef, callee_at: usize, argc: usize, keywords: bool) -> bool {
        // Compiled code made this call, which took items, and left its
        // outcome for this redo (`stash_call_outcome`): the built-in takes it.
        if matches!(self.pending_call, Some((crate::vm::PendingCall::Native(r), _, _)) if r == callee) {
            return false;
        }
        if !self.may_consume(callee) {
            return false;
        }
        let args: smallvec::SmallVec<[Value; 2]> = self.stack[callee_at + 1..callee_at + 1 + argc].into();
        let Some((function, extra)) = self.consumer_call(callee, &args, keywords) else {
            return false;
        };
        self.stack[callee_at] = function;
        if let Some(extra) = extra {
            self.stack.push(extra);
        }
        true
    }

    /// `min(iterable, key=f)`, `max(...)` or `sorted(...)` (`callee` at
    /// `callee_at`, its `argc` arguments above it, keyword names `names`):
    /// switched to the prelude's Python version (`Vm::key_consumer_call`),
    /// whose loop the JIT compiles with the key's calls inline, by putting
    /// that function in the callee's place and its positional arguments
    /// above it (`KeyedCall::arguments`), `iter(iterable)` first. False,
    /// with nothing changed, for any other call.
    fn redirect_key_to_prelude(&mut self, callee: ObjRef, callee_at: usize, argc: usize, names: Value) -> bool {
        if !(2..=3).contains(&argc) || self.heap.kind(callee) != crate::object::Kind::Native {
            return false;
        }
        // Compiled code made this call and left its outcome for this redo
        // (`stash_call_outcome`): the built-in takes it.
        if matches!(self.pending_call, Some((crate::vm::PendingCall::Native(r), _, _)) if r == callee) {
            return false;
        }
        let args: SmallVec<[Value; 3]> = self.stack[callee_at + 1..callee_at + 1 + argc].into();
        let Some(call) = self.key_consumer_call(callee, &args, names) else {
            return false;
        };
        // Kinds whose iterator is made without script code, as checked:
        // no error, no collection of the arguments (they stay on the
        // stack, rooted, while it is made).
        let Ok(iterator) = self.get_iter(args[0]) else {
            return false;
        };
        self.stack.truncate(callee_at);
        self.stack.extend([call.function, iterator]);
        self.stack.extend(call.arguments(&args[1..]));
        true
    }

    /// `redirect_to_prelude` (or, for a keyword call with names `names`,
    /// `redirect_key_to_prelude`) for a call compiled code makes through
    /// the entry trace of a built-in's Python version: the built-in at
    /// `callee_at`, its `argc` arguments above it at the stack's top, is
    /// switched as the interpreter's call would switch it, to a function
    /// of `code` (the one the trace enters). The new argument count; None
    /// when the interpreter would not switch, or would switch to another
    /// function: the callee and its arguments are as they were then (the
    /// names, which the switch may overwrite above the arguments, the
    /// caller puts back).
    pub fn redirect_consumer_for_jit(
        &mut self,
        callee_at: usize,
        argc: usize,
        code: CodeId,
        names: Option<Value>,
    ) -> Option<usize> {
        debug_assert_eq!(self.stack.len(), callee_at + 1 + argc, "the arguments at the top");
        let Value::Obj(callee) = self.stack[callee_at] else {
            return None;
        };
        let args: SmallVec<[Value; 3]> = self.stack.get(callee_at + 1..)?.into();
        let switched = match names {
            None => self.redirect_to_prelude(callee, callee_at, argc, false),
            Some(names) => self.redirect_key_to_prelude(callee, callee_at, argc, names),
        };
        if !switched {
            return None;
        }
        let function = self.stack[callee_at].as_obj().map(|f| self.heap.get(f));
        if !matches!(function, Some(Obj::Function(f)) if f.code == code) {
            self.stack.truncate(callee_at);
            self.stack.push(Value::Obj(callee));
            self.stack.extend(args);
            return None;
        }
        Some(self.stack.len() - callee_at - 1)
    }

    /// Calls instance `r` (at `callee_at`) through its class's `__call__`.
    fn call_instance(
        &mut self,
        r: ObjRef,
        callee_at: usize,
        argc: usize,
        kwnames: Option<Value>,
    ) -> Result<bool, PyError> {
        match self.special_method(Value::Obj(r), Special::Call) {
            Some(f) => {
                self.stack.insert(callee_at + 1, Value::Obj(r));
                self.stack[callee_at] = f;
                self.call_from_stack(argc + 1, kwnames)
            }
            None => Err(self.not_callable(Value::Obj(r)).into()),
        }
    }

    /// Pushes the frame of a call of script function `func` with `argc`
    /// positional arguments on the stack (`functools::memo_call`).
    pub(crate) fn push_call_frame(&mut self, func: ObjRef, argc: usize) -> Result<(), PyError> {
        self.push_frame(func, argc, None)
    }

    pub(crate) fn mark_top_frame_memo(&mut self) {
        self.frames.last_mut().expect("just pushed").memo = true;
    }

    /// Calls the callee below `argc` arguments on the stack. Returns true
    /// when a script frame was pushed (the caller must start running it),
    /// false when the result is already on the stack.
    pub(crate) fn call_from_stack(&mut self, argc: usize, kwnames: Option<Value>) -> Result<bool, PyError> {
        let callee_at = self.stack.len() - argc - 1;
        // Matched in place, not copied out whole (see `Vm::operand_refs`).
        let r = match self.stack[callee_at] {
            Value::Obj(r) => r,
            callee => return Err(self.not_callable(callee).into()),
        };
        // Script functions first, on one header byte, ahead of the jump on
        // the object's kind.
        if self.heap.kind(r) == crate::object::Kind::Function {
            if kwnames.is_none() && self.push_plain_frame(r, argc) {
                return Ok(true);
            }
            self.push_frame(r, argc, kwnames)?;
            if self.top_frame_is_generator() {
                self.suspend_new_generator();
                return Ok(false);
            }
            return Ok(true);
        }
        if self.redirect_to_prelude(r, callee_at, argc, kwnames.is_some()) {
            return self.call_from_stack(self.stack.len() - callee_at - 1, None);
        }
        if let Some(names) = kwnames {
            if self.redirect_key_to_prelude(r, callee_at, argc, names) {
                return self.call_from_stack(self.stack.len() - callee_at - 1, None);
            }
        }
        match self.heap.get(r) {
            Obj::Class(c) => {
                // A metaclass's `__call__` makes the class's instances,
                // unless it is what is calling (through `type.__call__`).
                if let Some(meta) = c.meta.get() {
                    if self.plain_call.take() != Some(r) {
                        if let Some(call) = self.meta_attr(meta, "__call__") {
                            self.stack.insert(callee_at + 1, Value::Obj(r));
                            self.stack[callee_at] = call;
                            return self.call_from_stack(argc + 1, kwnames);
                        }
                    }
                }
                self.instantiate(r, callee_at, argc, kwnames)
            }
            Obj::Method(m) => {
                let (func, receiver) = (m.func, m.receiver);
                // A trace made this very call and exited with its outcome
                // (as `call_host` takes a host function's).
                if let Some(outcome) = self.take_pending(PendingCall::Method(r)) {
                    self.call_native(argc, kwnames, |_, _, _| outcome)?;
                    return Ok(false);
                }
                self.stack[callee_at] = func;
                self.stack.insert(callee_at + 1, receiver);
                self.call_from_stack(argc + 1, kwnames)
            }
            Obj::Instance(i) if kwnames.is_none() && self.memo_class == Some(i.class) => {
                match crate::modules::functools::memo_call(self, r, callee_at, argc)? {
                    Some(pushed) => Ok(pushed),
                    None => self.call_instance(r, callee_at, argc, kwnames),
                }
            }
            Obj::Instance(_) => self.call_instance(r, callee_at, argc, kwnames),
            Obj::Descriptor(d) if d.kind == crate::object::DescriptorKind::StaticMethod => {
                self.stack[callee_at] = d.func;
                self.call_from_stack(argc, kwnames)
            }
            Obj::Native(native) => {
                let func = native.func;
                self.call_native_fn(r, func, argc, kwnames)?;
                Ok(false)
            }
            Obj::Type(kind) => {
                self.call_native_fn(
                    r,
                    |vm, args, kwargs| crate::builtins::call_type(vm, kind, args, kwargs),
                    argc,
                    kwnames,
                )?;
                Ok(false)
            }
            Obj::HostFunction(h) => {
                let index = h.index;
                self.call_native(argc, kwnames, |vm, args, kwargs| vm.call_host(index, args, kwargs))?;
                Ok(false)
            }
            Obj::BoundMethod(m) => {
                let (receiver, name) = (m.receiver, m.name);
                if let Some(Obj::Type(kind)) = receiver.as_obj().map(|t| self.heap.get(t)) {
                    return self.call_unbound_method(kind, name, argc, kwnames);
                }
                // Put the receiver where the callee was and call the method.
                self.stack[callee_at] = receiver;
                match self.resolve_method(receiver, name, None)? {
                    Resolved::Native(method) => {
                        self.call_native(argc, kwnames, |vm, args, kwargs| method(vm, receiver, args, kwargs))?;
                        Ok(false)
                    }
                    Resolved::Attr(attr) => {
                        self.stack[callee_at] = attr;
                        self.call_from_stack(argc, kwnames)
                    }
                    Resolved::Method(func) => {
                        self.stack.insert(callee_at, func);
                        self.call_from_stack(argc + 1, kwnames)
                    }
                    Resolved::Unbound(kind, method) => {
                        self.call_native(argc, kwnames, |vm, args, kwargs| {
                            vm.unbound_call(kind, method, name, args, kwargs)
                        })?;
                        Ok(false)
                    }
                }
            }
            Obj::Typing(_) => crate::typing::call_from_stack(self, argc, kwnames),
            _ => Err(self.not_callable(Value::Obj(r)).into()),
        }
    }

    /// `str.upper(s)`: a built-in type's method taken from the type, its
    /// receiver the first argument.
    fn call_unbound_method(
        &mut self,
        kind: TypeKind,
        name: ObjRef,
        argc: usize,
        kwnames: Option<Value>,
    ) -> Result<bool, PyError> {
        self.call_native(argc, kwnames, |vm, args, kwargs| {
            vm.unbound_method_call(kind, name, args, kwargs)
        })?;
        Ok(false)
    }

    /// `call_unbound_method` on arguments as values (a native's callback:
    /// `map(str.upper, words)`).
    pub(crate) fn unbound_method_call(
        &mut self,
        kind: TypeKind,
        name: ObjRef,
        args: &[Value],
        kwargs: &[KwArg],
    ) -> crate::native::NativeResult {
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        let method = crate::methods::find_method(kind, text).expect("found when the attribute was taken");
        self.unbound_call(kind, method, name, args, kwargs)
    }

    /// `unbound_method_call` of method `method` (`name`) of type `kind`,
    /// found already (`AttrCache::TypeMethod`).
    fn unbound_call(
        &mut self,
        kind: TypeKind,
        method: NativeMethodPtr,
        name: ObjRef,
        args: &[Value],
        kwargs: &[KwArg],
    ) -> crate::native::NativeResult {
        let Some((&receiver, rest)) = args.split_first() else {
            let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
            return Err(
                RawError::type_error(format!("unbound method {}.{text}() needs an argument", kind.name())).into(),
            );
        };
        // `list.append(sub, x)` on a `list` subclass: the list inside.
        let receiver = if kind == TypeKind::List {
            self.list_inside(receiver)
        } else {
            receiver
        };
        let fits = match (kind, self.type_kind(receiver)) {
            (TypeKind::Int, TypeKind::Bool) => true,
            (want, got) => want == got,
        };
        if !fits {
            let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
            // CPython words a slot wrapper's refusal (`int.__add__`) apart
            // from a method's (`str.upper`).
            let message = if crate::methods::is_slot_wrapper(kind, text) {
                format!(
                    "descriptor '{text}' requires a '{}' object but received a '{}'",
                    kind.name(),
                    self.type_name(receiver)
                )
            } else {
                format!(
                    "descriptor '{text}' for '{}' objects doesn't apply to a '{}' object",
                    kind.name(),
                    self.type_name(receiver)
                )
            };
            return Err(RawError::type_error(message).into());
        }
        // A trace made this very call as the receiver's own method call
        // (`call_method_once_for_jit`) and exited with its outcome: the
        // interpreter's redo takes it instead of calling again.
        if let (Some(_), Value::Obj(r)) = (&self.pending_call, receiver) {
            if let Some(outcome) = self.take_pending(PendingCall::BuiltinMethod(r, method as usize)) {
                return outcome;
            }
        }
        method(self, receiver, rest, kwargs)
    }

    /// Runs host function `index`. The host's table is lifted out of the
    /// VM while it runs (it gets the VM to convert values with).
    pub(crate) fn call_host(&mut self, index: u32, args: &[Value], kwargs: &[KwArg]) -> Result<Value, PyError> {
        // A trace made this very call and exited with its outcome: the
        // interpreter redoes the instruction, the host is not called twice.
        if let Some(outcome) = self.take_pending(PendingCall::Host(index)) {
            return outcome;
        }
        let Some(mut host) = self.host_calls.take() else {
            return Err(RawError::new(ExcKind::RuntimeError, "host functions are not available here").into());
        };
        let result = host.call(self, index, args, kwargs);
        self.host_calls = Some(host);
        result
    }

    fn not_callable(&self, v: Value) -> RawError {
        RawError::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Calls built-in `r` (a native function or a type; `func` is what it
    /// does) with the top `argc` values. A trace that made this very call
    /// and exited with its outcome (`Helper::CallNativeOnce`) left that
    /// outcome instead: the call ran once, and may have taken items from
    /// an iterator.
    #[inline]
    fn call_native_fn(
        &mut self,
        r: ObjRef,
        func: impl FnOnce(&mut Vm, &[Value], &[KwArg]) -> Result<Value, PyError>,
        argc: usize,
        kwnames: Option<Value>,
    ) -> Result<(), PyError> {
        if self.pending_call.is_some() {
            if let Some(outcome) = self.take_pending(PendingCall::Native(r)) {
                return self.call_native(argc, kwnames, |_, _, _| outcome);
            }
        }
        self.call_native(argc, kwnames, func)
    }

    /// Runs `call` on the `argc` arguments above the callee (or receiver)
    /// and replaces them all with its result. They stay on the stack while
    /// the built-in runs, so they are rooted there: a built-in may ask for
    /// a collection before it has made anything (`Vm::make_room`). Up to
    /// three positional arguments (nearly every built-in call) travel in
    /// an array, without `take_args`'s copies.
    #[inline]
    fn call_native(
        &mut self,
        argc: usize,
        kwnames: Option<Value>,
        call: impl FnOnce(&mut Vm, &[Value], &[KwArg]) -> Result<Value, PyError>,
    ) -> Result<(), PyError> {
        let start = self.stack.len() - argc;
        let v = if kwnames.is_none() && argc <= 3 {
            let mut args = [Value::Undef; 3];
            for (i, a) in args.iter_mut().enumerate().take(argc) {
                *a = self.stack[start + i];
            }
            let r = call(self, &args[..argc], &[]);
            match &r {
                Ok(v) => Value::copied_by_halves(v),
                Err(_) => r?,
            }
        } else {
            let (args, kwargs) = self.take_args(argc, kwnames);
            call(self, &args, &kwargs)?
        };
        // The callee's slot too; the stack is above it again whether the
        // built-in called back into the script or not.
        self.stack.truncate(start - 1);
        self.stack.push(v);
        Ok(())
    }

    /// Copies the `argc` arguments (leaving them on the stack) and splits
    /// off the keyword arguments.
    pub(crate) fn take_args(&self, argc: usize, kwnames: Option<Value>) -> (SmallVec<[Value; 8]>, Vec<KwArg>) {
        let start = self.stack.len() - argc;
        let mut args: SmallVec<[Value; 8]> = SmallVec::from_slice(&self.stack[start..]);
        let mut kwargs = Vec::new();
        if let Some(names) = kwnames.and_then(|n| n.as_obj()) {
            if let Some(names) = self.heap.tuple(names) {
                let nkw = names.len();
                let values: Vec<Value> = args.drain(args.len() - nkw..).collect();
                for (name, value) in names.iter().zip(values) {
                    let name = self.as_str_rc(*name).unwrap_or_else(|| "?".into());
                    kwargs.push(KwArg { name, value });
                }
            }
        }
        (args, kwargs)
    }

    /// Whether the instruction at `site` cached a built-in method (for
    /// some receiver).
    #[inline(always)]
    pub(crate) fn caches_native_method(&self, site: CacheSite) -> bool {
        matches!(
            self.codes[site.code.0 as usize].caches[site.pc].get(),
            AttrCache::Method { .. }
        )
    }

    /// The built-in method the instruction at `site` cached, called on the
    /// receiver below `argc` positional arguments: the commonest case of
    /// `call_method_from_stack` without the checks for its others. None,
    /// with nothing changed, when the cache does not apply, when a trace
    /// left a call's outcome to take, or for `sep.join(gen)` (which the
    /// prelude takes over). Out of line: the dispatch loop keeps its
    /// registers for the instructions that need no call.
    #[inline(never)]
    pub(crate) fn call_cached_native_method(
        &mut self,
        name: ObjRef,
        argc: usize,
        site: CacheSite,
    ) -> Option<Result<(), PyError>> {
        if self.pending_call.is_some() {
            return None;
        }
        let recv_at = self.stack.len() - argc - 1;
        let receiver = self.stack[recv_at];
        let method = self.cached_native_method(site, receiver)?;
        if argc == 1
            && receiver
                .as_obj()
                .is_some_and(|r| self.heap.kind(r) == crate::object::Kind::Str)
            && self.join_consumer(receiver, name, self.stack[recv_at + 1]).is_some()
        {
            return None;
        }
        Some(self.call_native(argc, None, |vm, args, kwargs| method(vm, receiver, args, kwargs)))
    }

    /// Calls method `name` (an interned str) on the receiver below `argc`
    /// arguments, using the cache of the instruction at `site`.
    pub(crate) fn call_method_from_stack(
        &mut self,
        name: ObjRef,
        argc: usize,
        kwnames: Option<Value>,
        site: CacheSite,
    ) -> Result<bool, PyError> {
        let recv_at = self.stack.len() - argc - 1;
        let receiver = self.stack[recv_at];
        match self.resolve_method(receiver, name, Some(site))? {
            Resolved::Native(method) => {
                // `"".join(gen)`: the prelude's `join` steps the generator
                // where the JIT can follow.
                if argc == 1 && kwnames.is_none() {
                    if let Some(join) = self.join_consumer(receiver, name, self.stack[recv_at + 1]) {
                        self.stack.insert(recv_at, join);
                        return self.call_from_stack(2, None);
                    }
                }
                // `xs.sort(key=f)`: the prelude's `list_sort` calls the
                // key where the JIT can follow.
                if let Some(names) = kwnames {
                    let args: SmallVec<[Value; 2]> = self.stack[recv_at + 1..].into();
                    if let Some(sort) = self.sort_consumer(receiver, name, &args, names) {
                        self.stack.truncate(recv_at);
                        self.stack.extend([sort.function, receiver]);
                        self.stack.extend(sort.arguments(&args));
                        return self.call_from_stack(5, None);
                    }
                }
                // A trace made this very call and exited with its outcome
                // (`call_method_once_for_jit`): the call ran once.
                if let (Some(_), Value::Obj(r)) = (&self.pending_call, receiver) {
                    if let Some(outcome) = self.take_pending(PendingCall::BuiltinMethod(r, method as usize)) {
                        self.call_native(argc, kwnames, |_, _, _| outcome)?;
                        return Ok(false);
                    }
                }
                self.call_native(argc, kwnames, |vm, args, kwargs| method(vm, receiver, args, kwargs))?;
                Ok(false)
            }
            Resolved::Attr(attr) => {
                self.stack[recv_at] = attr;
                // A module's built-in function (`math.sqrt(x)`), without
                // `call_from_stack`'s view of every callable kind.
                if let Value::Obj(r) = attr {
                    if let Obj::Native(native) = self.heap.get(r) {
                        let func = native.func;
                        self.call_native_fn(r, func, argc, kwnames)?;
                        return Ok(false);
                    }
                }
                self.call_from_stack(argc, kwnames)
            }
            Resolved::Method(func) => {
                self.stack.insert(recv_at, func);
                self.call_from_stack(argc + 1, kwnames)
            }
            Resolved::Unbound(kind, method) => {
                self.call_native(argc, kwnames, |vm, args, kwargs| {
                    vm.unbound_call(kind, method, name, args, kwargs)
                })?;
                Ok(false)
            }
        }
    }

    /// `f(*args, **kwargs)`: the list (and dict) on top of the stack,
    /// above the callee, spread into arguments and keyword names as a
    /// plain call takes them.
    pub(crate) fn spread_call_args(&mut self, has_kw: bool) -> Result<(usize, Option<Value>), PyError> {
        // Both stay on the stack (rooted) while a generator's items are
        // collected; the items are rooted again below, as arguments.
        let list = self.stack[self.stack.len() - 1 - has_kw as usize];
        let positional = match list.as_obj().and_then(|r| self.heap.list(r)) {
            Some(l) => l.to_vec(),
            // `f(*it)` alone: the iterable itself, not a list built for it.
            None => {
                if !self.is_iterable(list) {
                    let callee = self.stack[self.stack.len() - 2 - has_kw as usize];
                    return Err(RawError::type_error(format!(
                        "{}() argument after * must be an iterable, not {}",
                        self.callable_name(callee),
                        self.type_name(list)
                    ))
                    .into());
                }
                self.collect_iterable(list)?
            }
        };
        let kwargs = if has_kw { self.stack.pop() } else { None };
        self.stack.pop();
        let mut names = Vec::new();
        let mut values = Vec::new();
        if let Some(d) = kwargs.and_then(|d| d.as_obj()).and_then(|d| self.heap.dict(d)) {
            for e in d.table.iter() {
                names.push(e.key);
                values.push(e.value);
            }
        }
        let n = positional.len() + values.len();
        self.charge(n as u64)?;
        if self.stack.len() + n + crate::limits::FRAME_HEADROOM > self.stack.capacity() {
            self.grow_stacks(n + crate::limits::FRAME_HEADROOM)?;
        }
        self.stack.extend(positional);
        self.stack.extend(values);
        let kwnames = (!names.is_empty()).then(|| self.new_tuple(&names));
        Ok((n, kwnames))
    }

    /// The entries of what `**mapping` unpacks, in order: a dict's, the
    /// dict's inside a `dict` subclass or `Counter`, or those `keys()`
    /// and `[]` give for any other object with a `keys` method (as
    /// CPython takes a mapping); None for an object that is no mapping.
    pub(crate) fn mapping_entries(&mut self, mapping: Value) -> Result<Option<Vec<(Value, Value)>>, PyError> {
        let inner = self.dict_inside(mapping);
        if let Some(d) = inner.as_obj().and_then(|r| self.heap.dict(r)) {
            return Ok(Some(d.table.iter().map(|e| (e.key, e.value)).collect()));
        }
        if self.class_of(mapping).is_none() || self.special_method(mapping, Special::Keys).is_none() {
            return Ok(None);
        }
        let keys = self.get_attr(mapping, "keys")?;
        let keys = self.call_value(keys, &[])?;
        let keys = crate::builtins::args::with_roots(self, &[keys], |vm| vm.collect_iterable(keys))?;
        let mut entries = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.get_item(mapping, k)?;
            entries.push((k, v));
        }
        Ok(Some(entries))
    }

    /// A `**mapping` of a call added to its keywords.
    pub(crate) fn merge_keywords(&mut self, callee: Value, dict: Value, mapping: Value) -> Result<(), PyError> {
        let entries: Vec<(Value, Value)> = match self.mapping_entries(mapping)? {
            Some(entries) => entries,
            None => {
                return Err(RawError::type_error(format!(
                    "{}() argument after ** must be a mapping, not {}",
                    self.callable_name(callee),
                    self.type_name(mapping)
                ))
                .into())
            }
        };
        for (k, v) in entries {
            self.merge_keyword(callee, dict, k, v)?;
        }
        Ok(())
    }

    /// One keyword argument added: a str, named once.
    pub(crate) fn merge_keyword(
        &mut self,
        callee: Value,
        dict: Value,
        key: Value,
        value: Value,
    ) -> Result<(), PyError> {
        let Some(name) = self.as_str(key).map(str::to_string) else {
            return Err(RawError::type_error("keywords must be strings").into());
        };
        let d = dict.as_obj().expect("a dict");
        if self.dict_get(d, key)?.is_some() {
            return Err(RawError::type_error(format!(
                "{}() got multiple values for keyword argument '{name}'",
                self.callable_name(callee)
            ))
            .into());
        }
        self.dict_set(d, key, value)?;
        Ok(())
    }

    /// The `__name__` of the module a code was loaded in (`__main__` for
    /// the script the host runs).
    pub(crate) fn module_of_code(&self, code: CodeId) -> String {
        self.get_global_in(self.code(code).namespace, "__name__")
            .and_then(|m| self.as_str(m).map(str::to_string))
            .unwrap_or_else(|| "__main__".to_string())
    }

    /// A callable as CPython's call errors name it: `__main__.f`,
    /// `__main__.P.move`, `max`.
    pub(crate) fn callable_name(&self, v: Value) -> String {
        match v.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((_, Obj::Function(f))) => {
                format!("{}.{}", self.module_of_code(f.code), self.code(f.code).code.qualname)
            }
            Some((_, Obj::Method(m))) => self.callable_name(m.func),
            Some((_, Obj::Native(n))) => n.name.to_string(),
            Some((r, Obj::Class(_))) => self.class_path(r),
            Some((_, Obj::Type(k))) => k.name().to_string(),
            _ => self.type_name(v).to_string(),
        }
    }

    /// Whether `iter(v)` could succeed without calling script code first
    /// (an instance counts if its class defines `__iter__`).
    pub(crate) fn is_iterable(&self, v: Value) -> bool {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Range(_)
                | Obj::Str(_)
                | Obj::Dict(_)
                | Obj::DictView(_)
                | Obj::Set(_)
                | Obj::Bytes(_)
                | Obj::BigRange(_),
            ) => true,
            Some(Obj::Instance(_)) => {
                self.special_method(v, Special::Iter).is_some() || self.special_method(v, Special::GetItem).is_some()
            }
            Some(Obj::Class(_)) => self.special_method(v, Special::Iter).is_some(),
            Some(o) => o.is_iterator(),
            None => false,
        }
    }

    /// Calls class `class` (at `callee_at`, under `argc` arguments): a new
    /// instance replaces the class in the callee slot, and its `__init__`
    /// runs in a frame marked `init`, whose return leaves the instance
    /// there as the call's result.
    fn instantiate(
        &mut self,
        class: ObjRef,
        callee_at: usize,
        argc: usize,
        kwnames: Option<Value>,
    ) -> Result<bool, PyError> {
        let (init, new) = self.constructors(class)?;
        if let Some(new) = new {
            // No `__init__` can follow: the call is `__new__(Class, args)`,
            // a frame as any function's.
            if let Some(func) = self.new_only(class, init, Some(new)) {
                self.stack[callee_at] = Value::Obj(func);
                self.stack.insert(callee_at + 1, Value::Obj(class));
                return self.call_from_stack(argc + 1, kwnames);
            }
            self.instantiate_with_new(class, new, callee_at, argc, kwnames)?;
            return Ok(false);
        }
        let inst = self.instance_for_call(class, init, argc)?;
        self.stack[callee_at] = inst;
        match init.map(|f| (f, f.as_obj().map(|r| self.heap.get(r)))) {
            None => {
                self.stack.truncate(callee_at + 1);
                Ok(false)
            }
            Some((Value::Obj(f), Some(Obj::Function(_)))) => {
                self.stack.insert(callee_at + 1, inst);
                if kwnames.is_none() && self.push_plain_frame(f, argc + 1) {
                    self.frames.last_mut().expect("just pushed").init = true;
                    return Ok(true);
                }
                self.push_frame(f, argc + 1, kwnames)?;
                if self.top_frame_is_generator() {
                    // CPython checks what `__init__` returned: a generator.
                    self.suspend_new_generator();
                    return Err(RawError::type_error("__init__() should return None, not 'generator'").into());
                }
                self.frames.last_mut().expect("just pushed").init = true;
                Ok(true)
            }
            Some((init, _)) => {
                // Anything else callable: called with the instance, then
                // checked as a frame's return would be.
                let (args, kwargs) = self.take_args(argc, kwnames);
                let native = match init.as_obj().map(|r| self.heap.get(r)) {
                    Some(Obj::Native(n)) => Some(n.func),
                    _ => None,
                };
                let r = match native {
                    // A native class's `__init__` (`native_class.rs`) takes
                    // keywords as any built-in does.
                    Some(func) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(inst);
                        all.extend_from_slice(&args);
                        let roots = crate::builtins::args::all_values(&all, &kwargs);
                        crate::builtins::args::with_roots(self, &roots, |vm| func(vm, &all, &kwargs))
                    }
                    None if !kwargs.is_empty() => {
                        return Err(RawError::type_error("keyword arguments to this __init__ are not supported").into())
                    }
                    None => {
                        let bound = Value::Obj(self.heap.alloc(crate::object::MethodObj::new(init, inst)));
                        self.temp_roots.push(bound);
                        let r = self.call_value(bound, &args);
                        self.temp_roots.pop();
                        r
                    }
                };
                self.check_init_result(r?)?;
                self.stack.truncate(callee_at + 1);
                Ok(false)
            }
        }
    }

    /// What `receiver.name` is as the callee of a method call: a built-in
    /// type's method, or an attribute. With a site, its cache is used and
    /// updated.
    #[inline(always)]
    pub(crate) fn resolve_method(
        &mut self,
        receiver: Value,
        name: ObjRef,
        site: Option<CacheSite>,
    ) -> Result<Resolved, PyError> {
        if let Some(site) = site {
            let cached = self.codes[site.code.0 as usize].caches[site.pc].get();
            if let Some(hit) = self.cache_hit(cached, receiver) {
                return Ok(hit);
            }
            match self.poly_answer(site, receiver) {
                Some((AttrCache::InstanceMethod { func, .. }, _)) => return Ok(Resolved::Method(func)),
                Some((AttrCache::InstanceSlot { slot, .. }, i)) => return Ok(Resolved::Attr(i.slot(slot as usize))),
                _ => {}
            }
        }
        self.resolve_method_uncached(receiver, name, site)
    }

    /// The built-in method the instruction at `site` cached for receivers
    /// like `receiver` (`xs.append`, `d.get`, `s.strip`), if it applies.
    #[inline(always)]
    pub(crate) fn cached_native_method(&self, site: CacheSite, receiver: Value) -> Option<NativeMethodPtr> {
        let cached = self.codes[site.code.0 as usize].caches[site.pc].get();
        if !matches!(cached, AttrCache::Method { .. }) {
            return None;
        }
        match self.cache_hit(cached, receiver) {
            Some(Resolved::Native(method)) => Some(method),
            _ => None,
        }
    }

    /// `resolve_method` past its cache: kept out of line, so the hit that
    /// nearly every call takes is a few instructions inline.
    #[inline(never)]
    fn resolve_method_uncached(
        &mut self,
        receiver: Value,
        name: ObjRef,
        site: Option<CacheSite>,
    ) -> Result<Resolved, PyError> {
        if let Some(func) = self.instance_method(receiver, name, site)? {
            return Ok(Resolved::Method(func));
        }
        let kind = self.type_kind(receiver);
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
        if let Some(method) = crate::methods::find_method(kind, text) {
            self.fill_cache(site, AttrCache::Method { kind, method });
            return Ok(Resolved::Native(method));
        }
        let attr = self.get_attr_cached(receiver, name, site)?;
        // `str.upper`: the one object the VM keeps for the type and name.
        if let (Value::Obj(owner), Value::Obj(a)) = (receiver, attr) {
            if let Obj::Type(kind) = self.heap.get(owner) {
                let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
                let method = crate::methods::find_method(kind, text);
                if let (Some(method), true) = (method, self.unbound_methods.get(&(kind, name)) == Some(&a)) {
                    self.fill_cache(site, AttrCache::TypeMethod { owner, kind, method });
                    return Ok(Resolved::Unbound(kind, method));
                }
            }
        }
        Ok(Resolved::Attr(attr))
    }

    /// The class and shape of an instance (the key of the shared cache).
    #[inline]
    pub(crate) fn instance_key(&self, v: Value) -> Option<(ObjRef, ShapeId)> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(i)) => Some((i.class, i.shape())),
            _ => None,
        }
    }

    /// What a cache says about this receiver, if it applies.
    #[inline(always)]
    fn cache_hit(&self, cached: AttrCache, receiver: Value) -> Option<Resolved> {
        match cached {
            AttrCache::Empty | AttrCache::StoreSlot { .. } => None,
            AttrCache::Method { kind, method } => {
                // The receivers of nearly every method call compare one
                // header byte, without a view of the object.
                let hit = match (kind, receiver) {
                    (TypeKind::Str, Value::Obj(r)) => self.heap.kind(r) == Kind::Str,
                    (TypeKind::List, Value::Obj(r)) => self.heap.kind(r) == Kind::List,
                    (TypeKind::Dict, Value::Obj(r)) => self.heap.kind(r) == Kind::Dict,
                    (TypeKind::Set | TypeKind::FrozenSet, Value::Obj(r)) => self
                        .heap
                        .set(r)
                        .is_some_and(|s| s.frozen == (kind == TypeKind::FrozenSet)),
                    _ => self.type_kind(receiver) == kind,
                };
                hit.then_some(Resolved::Native(method))
            }
            AttrCache::TypeMethod { owner, kind, method } => {
                matches!(receiver, Value::Obj(r) if r == owner).then_some(Resolved::Unbound(kind, method))
            }
            AttrCache::ModuleGlobal { module, slot } => match (receiver, self.globals[slot as usize]) {
                (_, Value::Undef) => None,
                (Value::Obj(r), v) if r == module => Some(Resolved::Attr(v)),
                _ => None,
            },
            AttrCache::Slot { shape, slot } => match receiver {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Module(m) if m.shape() == shape => Some(Resolved::Attr(m.slots[slot as usize])),
                    _ => None,
                },
                _ => None,
            },
            AttrCache::InstanceSlot {
                class,
                shape,
                version,
                slot,
            } => self
                .cached_instance(receiver, class, shape, version)
                .map(|i| Resolved::Attr(i.slot(slot as usize))),
            AttrCache::InstanceMethod {
                class,
                shape,
                version,
                func,
            } => self
                .cached_instance(receiver, class, shape, version)
                .map(|_| Resolved::Method(func)),
            AttrCache::InstanceClassValue {
                class,
                shape,
                version,
                value,
            } => self
                .cached_instance(receiver, class, shape, version)
                .map(|_| Resolved::Attr(value)),
            AttrCache::ClassAttr { class, version, value } => {
                (receiver.as_obj() == Some(class) && version == self.class_version).then_some(Resolved::Attr(value))
            }
        }
    }

    /// `receiver` as an instance that an answer for instances of `class`
    /// with `shape`, made at class version `version`, holds for.
    #[inline(always)]
    fn cached_instance(
        &self,
        receiver: Value,
        class: ObjRef,
        shape: ShapeId,
        version: u32,
    ) -> Option<&crate::object::InstanceObj> {
        let i = self.heap.instance(receiver.as_obj()?)?;
        (i.class == class && i.shape() == shape && version == self.class_version).then_some(i)
    }

    pub(crate) fn cache_applies(&self, cached: AttrCache, receiver: Value) -> bool {
        self.cache_hit(cached, receiver).is_some()
    }

    /// The earlier answers instruction `site` keeps (`POLY_WAYS` of them,
    /// newest first), or none if it never met a second class.
    #[inline(always)]
    pub(crate) fn poly_ways(&self, site: CacheSite) -> &[Cell<AttrCache>] {
        match self.codes[site.code.0 as usize].poly_caches.get() {
            Some(all) => all.get(site.pc * POLY_WAYS..(site.pc + 1) * POLY_WAYS).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The earlier answer of instruction `site` for instance `receiver`'s
    /// class and shape, if it keeps one that holds, with the instance.
    #[inline]
    pub(crate) fn poly_answer(
        &self,
        site: CacheSite,
        receiver: Value,
    ) -> Option<(AttrCache, &crate::object::InstanceObj)> {
        let i = self.heap.instance(receiver.as_obj()?)?;
        let key = Some((i.class, i.shape()));
        let version = self.class_version;
        let ways = self.poly_ways(site).iter().map(Cell::get);
        ways.into_iter()
            .find(|way| way.instance_key(version) == key)
            .map(|way| (way, i))
    }

    /// Makes `cache` the answer of instruction `site`. An answer for
    /// instances of another class or shape that still holds moves to the
    /// instruction's earlier answers while one of them is free, stale or
    /// for the incoming instances, so that a site which alternates between
    /// classes finds each of them again. Once they are full they stay: a
    /// site cycling through more classes than it keeps still finds those
    /// it kept (evicting the oldest would make every lookup miss).
    pub(crate) fn fill_cache(&self, site: Option<CacheSite>, cache: AttrCache) {
        let Some(site) = site else { return };
        let entry = &self.codes[site.code.0 as usize];
        let own = &entry.caches[site.pc];
        let old = own.get();
        let version = self.class_version;
        if let (Some(was), Some(now)) = (old.instance_key(version), cache.instance_key(version)) {
            if was != now {
                let all = entry
                    .poly_caches
                    .get_or_init(|| vec![Cell::new(AttrCache::Empty); entry.caches.len() * POLY_WAYS].into());
                let ways = &all[site.pc * POLY_WAYS..(site.pc + 1) * POLY_WAYS];
                let open = ways.iter().find(|way| match way.get().instance_key(version) {
                    Some(key) => key == now,
                    None => true,
                });
                if let Some(way) = open {
                    way.set(old);
                }
            }
        }
        own.set(cache);
    }

    /// `v.name` for a name given as text (`getattr`).
    pub fn get_attr(&mut self, v: Value, name: &str) -> Result<Value, PyError> {
        // Attribute names of objects are interned; a text never interned
        // names no attribute of a module or an instance, but may name a
        // built-in type's method (`list.insert`, asked for by `bisect`).
        match self.heap.find_interned(name) {
            Some(name) => self.get_attr_cached(v, name, None),
            // Or a special attribute that is computed, never stored
            // (`__dict__`, `__class__`: `vars(x)` in a program that
            // never spells it).
            None if crate::methods::find_method(self.type_kind(v), name).is_some() || name.starts_with("__") => {
                let name = self.heap.intern(name);
                self.get_attr_cached(v, name, None)
            }
            None => self.attr_fallback(v, name),
        }
    }

    /// `v.name` as the cache of the attribute instruction at `site` has
    /// it (a module's global, an instance's or a module's slot), or else
    /// the cache all instructions share: a read, no call. None on a miss.
    #[inline(always)]
    pub(crate) fn cached_attr(&self, site: CacheSite, v: Value) -> Option<Value> {
        // An instance's own attribute, the answer nearly every attribute
        // instruction holds, without a call.
        if let AttrCache::InstanceSlot {
            class,
            shape,
            version,
            slot,
        } = self.codes[site.code.0 as usize].caches[site.pc].get()
        {
            if let Some(i) = self.cached_instance(v, class, shape, version) {
                return Some(i.slot(slot as usize));
            }
        }
        self.cached_attr_elsewhere(site, v)
    }

    /// `cached_attr` past an instance slot in the instruction's own cache.
    #[inline(never)]
    fn cached_attr_elsewhere(&self, site: CacheSite, v: Value) -> Option<Value> {
        let cached = self.codes[site.code.0 as usize].caches[site.pc].get();
        if let AttrCache::Slot { .. }
        | AttrCache::InstanceSlot { .. }
        | AttrCache::InstanceClassValue { .. }
        | AttrCache::ModuleGlobal { .. }
        | AttrCache::ClassAttr { .. } = cached
        {
            if let Some(Resolved::Attr(v)) = self.cache_hit(cached, v) {
                return Some(v);
            }
        }
        match self.poly_answer(site, v) {
            Some((AttrCache::InstanceSlot { slot, .. }, i)) => return Some(i.slot(slot as usize)),
            Some((AttrCache::InstanceClassValue { value, .. }, _)) => return Some(value),
            _ => {}
        }
        self.shared_attr_at(site, v)
    }

    /// `v.name` of an instance as the attribute cache all instructions
    /// share has it (a base class's method reading `self.x` on each
    /// subclass's instances misses the instruction's own cache whenever
    /// the class changes); the instruction's cache takes the entry. None
    /// on a miss.
    #[inline]
    pub(crate) fn shared_instance_attr(&self, v: Value, name: ObjRef, site: Option<CacheSite>) -> Option<Value> {
        let i = self.heap.instance(v.as_obj()?)?;
        let shared = self.shared_attrs.get(i.class, i.shape(), name, Role::Load);
        match self.cache_hit(shared, v) {
            Some(Resolved::Attr(found)) => {
                self.fill_cache(site, shared);
                Some(found)
            }
            _ => None,
        }
    }

    /// `shared_instance_attr` for the `LOAD_ATTR` at `site` (None for
    /// another instruction).
    #[inline(never)]
    fn shared_attr_at(&self, site: CacheSite, v: Value) -> Option<Value> {
        let entry = &self.codes[site.code.0 as usize];
        let ins = entry.code.instrs[site.pc];
        if ins.op != crate::bytecode::Opcode::LoadAttr {
            return None;
        }
        self.shared_instance_attr(v, entry.names[ins.arg as usize], Some(site))
    }

    /// Whether `found`, what `inst.name` gave for an instance of `class`
    /// that has no attribute `name` of its own, is what every such
    /// instance gets while no class changes: the class attribute as stored
    /// (nothing that binds or computes: a function, a property, a
    /// descriptor, a native method), or the class itself for `__class__`.
    fn gives_as_stored(&self, class: ObjRef, name: ObjRef, found: Value) -> Result<bool, PyError> {
        Ok(match self.class_attr(class, name)? {
            Some(stored) => {
                stored.is(found)
                    && !matches!(
                        stored.as_obj().map(|s| self.heap.kind(s)),
                        Some(Kind::Function | Kind::Descriptor | Kind::Native)
                    )
                    && !self.is_descriptor(stored, true)
                    && !self.is_descriptor(stored, false)
            }
            None => found.as_obj() == Some(class) && self.heap.str_obj(name).is_some_and(|s| s.as_str() == "__class__"),
        })
    }

    /// `v.name`, `name` an interned str; with a site, through its cache.
    pub(crate) fn get_attr_cached(
        &mut self,
        v: Value,
        name: ObjRef,
        site: Option<CacheSite>,
    ) -> Result<Value, PyError> {
        if let Some(found) = site.and_then(|site| self.cached_attr(site, v)) {
            return Ok(found);
        }
        if let Some(found) = self.shared_instance_attr(v, name, site) {
            return Ok(found);
        }
        match v.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Obj::Instance(i))) => {
                let (class, shape) = (i.class, i.shape());
                if let Some(slot) = self.shapes.slot(shape, name) {
                    // The instance's own attribute, unless a property of
                    // the class takes the name.
                    let found = if self.has_properties(class) {
                        self.class_attr(class, name)?
                    } else {
                        None
                    };
                    if !found.is_some_and(|f| self.is_property(f) || self.is_descriptor(f, false)) {
                        let version = self.class_version;
                        let slot = slot as u32;
                        let cache = AttrCache::InstanceSlot {
                            class,
                            shape,
                            version,
                            slot,
                        };
                        self.fill_cache(site, cache);
                        self.shared_attrs.put(class, shape, name, Role::Load, cache);
                    }
                    return self.instance_attr(r, name);
                }
                let found = self.instance_attr(r, name)?;
                if site.is_some() && self.gives_as_stored(class, name, found)? {
                    let version = self.class_version;
                    let cache = AttrCache::InstanceClassValue {
                        class,
                        shape,
                        version,
                        value: found,
                    };
                    self.fill_cache(site, cache);
                }
                return Ok(found);
            }
            Some((r, Obj::Class(_))) => {
                let found = self.class_get(r, name)?;
                // What the lookup gives as stored (no binding), or a
                // static method's function, it gives again while no class
                // changes.
                let stable = |vm: &Vm, stored: Value| {
                    stored.is(found)
                        || matches!(stored.as_obj().map(|s| vm.heap.get(s)),
                            Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::StaticMethod && d.func.is(found))
                };
                if site.is_some() && self.class_attr(r, name)?.is_some_and(|stored| stable(self, stored)) {
                    let version = self.class_version;
                    self.fill_cache(
                        site,
                        AttrCache::ClassAttr {
                            class: r,
                            version,
                            value: found,
                        },
                    );
                }
                return Ok(found);
            }
            Some((r, Obj::Super(_))) => return self.super_get(r, name),
            _ => {}
        }
        if let Some((r, Obj::Module(m))) = v.as_obj().map(|r| (r, self.heap.get(r))) {
            if let Some(ns) = m.script_namespace() {
                let text = self.heap.str_obj(name).map_or("", |s| s.as_str());
                let slot = self.find_global_slot(ns, text);
                return match slot.map(|s| (s, self.globals[s as usize])) {
                    Some((slot, attr)) if !matches!(attr, Value::Undef) => {
                        self.fill_cache(site, AttrCache::ModuleGlobal { module: r, slot });
                        Ok(attr)
                    }
                    _ => {
                        let text = text.to_string();
                        Err(self.no_attribute(v, &text))
                    }
                };
            }
            let shape = m.shape();
            return match self.shapes.slot(shape, name) {
                Some(slot) => {
                    let attr = m.slots[slot];
                    self.fill_cache(
                        site,
                        AttrCache::Slot {
                            shape,
                            slot: slot as u32,
                        },
                    );
                    Ok(attr)
                }
                None => {
                    let text = self.heap.str_obj(name).map_or("", |s| s.as_str()).to_string();
                    self.attr_fallback(v, &text)
                }
            };
        }
        if let Some(Obj::Function(FunctionObj {
            attrs: Value::Obj(d), ..
        })) = v.as_obj().map(|r| self.heap.get(r))
        {
            if let Some(attr) = self.dict_get(*d, Value::Obj(name))? {
                return Ok(attr);
            }
        }
        if let Some(bound) = self.bind_native_method(v, name) {
            return Ok(bound);
        }
        let text = self.heap.str_obj(name).map_or("", |s| s.as_str()).to_string();
        self.attr_fallback(v, &text)
    }

    /// An attribute no lookup above found: the type-hint objects' own
    /// (`list[int].__origin__`, `f.__annotations__`), else the error.
    fn attr_fallback(&mut self, v: Value, name: &str) -> Result<Value, PyError> {
        if let Some(attr) = self.number_attr(v, name) {
            return Ok(attr);
        }
        // `[].__hash__` is None in CPython: mutable containers are unhashable.
        if name == "__hash__" && crate::methods::unhashable_hash(self.type_kind(v)) {
            return Ok(Value::None);
        }
        // Every value's `__class__` is its `type()` (instances and classes
        // answer above).
        if name == "__class__" {
            return Ok(match self.class_of(v) {
                Some(class) => Value::Obj(class),
                None => self.type_object(self.type_kind(v)),
            });
        }
        if let (Some(Obj::Type(k)), "__name__" | "__qualname__") = (v.as_obj().map(|r| self.heap.get(r)), name) {
            // Messages name some types with their module
            // (`types.UnionType`); `__name__` never has it.
            let text = k.name().rsplit('.').next().unwrap_or_default();
            return Ok(self.new_str(text));
        }
        // A built-in type's bases and MRO: `object`'s, with `bool`'s `int`.
        if let (Some(Obj::Type(k)), "__mro__" | "__bases__") = (v.as_obj().map(|r| self.heap.get(r)), name) {
            let object = Value::Obj(self.object_class.expect("the object class"));
            let base = match k {
                TypeKind::Bool => self.type_object(TypeKind::Int),
                _ => object,
            };
            let items = match (name, k) {
                ("__bases__", _) => vec![base],
                (_, TypeKind::Bool) => vec![v, base, object],
                _ => vec![v, object],
            };
            return Ok(self.new_tuple(items));
        }
        if let (Some(Obj::Type(k)), "__module__") = (v.as_obj().map(|r| self.heap.get(r)), name) {
            let module = match k {
                TypeKind::Typing(t) => t.qualified_name().rsplit_once('.').map_or("builtins", |(m, _)| m),
                _ => "builtins",
            };
            return Ok(self.new_str(module));
        }
        // `str.upper`: the method, to be called with its receiver first.
        if let Some(Obj::Type(k)) = v.as_obj().map(|r| self.heap.get(r)) {
            if let Some(f) = crate::methods::find_static(k, name) {
                return Ok(Value::Obj(self.heap.alloc(crate::object::NativeObj::new(f))));
            }
            if crate::methods::find_method(k, name).is_some() {
                let name = self.heap.intern(name);
                let heap = &self.heap;
                let method = *(self.unbound_methods.entry((k, name)))
                    .or_insert_with(|| heap.alloc(BoundMethodObj::new(v, name)));
                return Ok(Value::Obj(method));
            }
            // `list.__init__`, `list.__len__`: the stand-in's special
            // methods, which take their receiver first.
            if let Some(stand_in) = self.builtin_base(k) {
                let key = self.heap.intern(name);
                if let Some(Obj::Class(c)) = Some(self.heap.get(stand_in)) {
                    if let Some(f) = self.dict_get(c.dict, Value::Obj(key))? {
                        return Ok(f);
                    }
                }
            }
        }
        // A static method of the value's type, reached through the value
        // (`"abc".maketrans(...)`, `{}.fromkeys(...)`): unbound.
        if !matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Obj::Type(_))) {
            if let Some(f) = crate::methods::find_static(self.type_kind(v), name) {
                return Ok(Value::Obj(self.heap.alloc(crate::object::NativeObj::new(f))));
            }
        }
        if let (Some(Obj::Native(n)), "__name__" | "__qualname__") = (v.as_obj().map(|r| self.heap.get(r)), name) {
            let text = n.name;
            return Ok(self.new_str(text));
        }
        // A built-in method bound to its receiver (`[].append`).
        if let Some(Obj::BoundMethod(m)) = v.as_obj().map(|r| self.heap.get(r)) {
            let (receiver, method) = (m.receiver, m.name);
            let method_name = || {
                self.heap
                    .str_obj(method)
                    .map_or(String::new(), |s| s.as_str().to_string())
            };
            match name {
                "__name__" => return Ok(Value::Obj(method)),
                "__qualname__" => {
                    // `str.upper` taken from its type is named by that type too.
                    let owner = match receiver.as_obj().map(|r| self.heap.get(r)) {
                        Some(Obj::Type(kind)) => kind.name(),
                        _ => self.type_name(receiver),
                    };
                    let text = format!("{owner}.{}", method_name());
                    return Ok(self.new_str(text));
                }
                "__self__" => return Ok(receiver),
                _ => {}
            }
        }
        // A function bound to an instance: its own names and docstring.
        if let Some(Obj::Method(m)) = v.as_obj().map(|r| self.heap.get(r)) {
            let (func, receiver) = (m.func, m.receiver);
            match name {
                "__func__" => return Ok(func),
                "__self__" => return Ok(receiver),
                // A native class's method (`random.random`) is named
                // after the receiver's class, as a script method is.
                "__qualname__" if matches!(func.as_obj().map(|r| self.heap.get(r)), Some(Obj::Native(_))) => {
                    let method = self.get_attr(func, "__name__")?;
                    let class = self.type_name(receiver);
                    let class = class.rsplit('.').next().unwrap_or(class);
                    let text = format!("{class}.{}", self.as_str(method).unwrap_or(""));
                    return Ok(self.new_str(text));
                }
                "__name__" | "__qualname__" | "__doc__" | "__module__" => return self.get_attr(func, name),
                _ => {}
            }
        }
        if let Some(attr) = crate::typing::get_attr(self, v, name) {
            return attr;
        }
        // What the wrappers wrap (doctest reads them to find docstrings).
        if let Some(Obj::Descriptor(d)) = v.as_obj().map(|r| self.heap.get(r)) {
            use crate::object::DescriptorKind::{ClassMethod, Property, StaticMethod};
            let (kind, func, setter, deleter) = (d.kind, d.func, d.setter, d.deleter);
            match (kind, name) {
                (Property, "fget") | (StaticMethod | ClassMethod, "__func__" | "__wrapped__") => return Ok(func),
                (Property, "fset") => return Ok(setter),
                (Property, "fdel") => return Ok(deleter),
                (_, "__doc__") if func.is_none() => return Ok(Value::None),
                (_, "__doc__") => return self.get_attr(func, "__doc__"),
                _ => {}
            }
        }
        if let Some(Obj::Function(f)) = v.as_obj().map(|r| self.heap.get(r)) {
            // A function's names (`functools.wraps` copies them) and
            // docstring.
            let code = &self.code(f.code).code;
            let text = match name {
                "__name__" => Some(code.name.to_string()),
                "__qualname__" => Some(code.qualname.to_string()),
                "__module__" => Some(self.module_of_code(f.code)),
                "__doc__" => match &code.doc {
                    Some(doc) => Some(doc.to_string()),
                    None => return Ok(Value::None),
                },
                _ => None,
            };
            if let Some(text) = text {
                return Ok(self.new_str(text));
            }
        }
        if let Some(found) = self.generator_attr(v, name) {
            return Ok(found);
        }
        Err(self.no_attribute(v, name))
    }

    /// `v.name` of a built-in type's method (`d.get`, `s.upper`) taken as a
    /// value: a new bound method; None if `v`'s type has no such method.
    /// Compiled code binds through this too (`bind_method_for_jit`).
    pub(crate) fn bind_native_method(&self, v: Value, name: ObjRef) -> Option<Value> {
        let text = self.heap.str_obj(name)?.as_str();
        crate::methods::find_method(self.type_kind(v), text)?;
        Some(Value::Obj(self.heap.alloc(BoundMethodObj::new(v, name))))
    }

    /// A generator's or coroutine's attributes that say where it is: its
    /// function's names, whether it runs, whether it waits at a `yield`,
    /// and what it delegates to (`yield from`, `await`) while it waits.
    fn generator_attr(&mut self, v: Value, name: &str) -> Option<Value> {
        let Some(Obj::Generator(gen)) = v.as_obj().map(|r| self.heap.get(r)) else {
            return None;
        };
        if gen.face.is_some() {
            // A `map` or `filter` object shows none of it.
            return None;
        }
        let (coroutine, async_generator) = (gen.is_coroutine(), gen.is_async_generator());
        // Each kind has its own prefix: gi_, cr_, ag_.
        let own = |plain: &str, co: &str, ag: &str| match (coroutine, async_generator) {
            (true, _) => name == co,
            (_, true) => name == ag,
            _ => name == plain,
        };
        let state = gen.state;
        if own("gi_running", "cr_running", "") {
            return Some(Value::Bool(state == crate::object::GenState::Running));
        }
        if async_generator && name == "ag_running" {
            return Some(Value::Bool(gen.running_async));
        }
        if own("gi_suspended", "cr_suspended", "") {
            return Some(Value::Bool(state == crate::object::GenState::Suspended));
        }
        if own("gi_yieldfrom", "cr_await", "ag_await") {
            let delegate = self
                .delegating(gen)
                .then(|| *gen.slots.as_slice().last().expect("the delegate"));
            return Some(delegate.unwrap_or(Value::None));
        }
        let code = &self.code(gen.code).code;
        let text = match name {
            "__name__" => code.name.to_string(),
            "__qualname__" => code.qualname.to_string(),
            _ => return None,
        };
        Some(self.new_str(text))
    }

    fn no_attribute(&self, v: Value, name: &str) -> PyError {
        let e: PyError = match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Module(m)) => {
                let module = self.heap.str_obj(m.name).map_or("?", |s| s.as_str());
                crate::modules::missing_attr(module, name)
                    .unwrap_or_else(|| crate::typing::missing_module_attr(module, name))
                    .into()
            }
            // A built-in type's own attribute (`int.x`), as a class's.
            Some(Obj::Type(kind)) => RawError::new(
                ExcKind::AttributeError,
                format!("type object '{}' has no attribute '{name}'", kind.name()),
            )
            .into(),
            _ => RawError::new(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", self.type_name(v)),
            )
            .into(),
        };
        match e.kind {
            ExcKind::AttributeError => {
                let suggestion = self.attr_suggestion(v, name);
                e.suggesting(suggestion)
            }
            _ => e,
        }
    }

    /// The commonest call of script function `func`: `argc` positional
    /// arguments on the stack, one per parameter, nothing else to bind
    /// (`CodeEntry::plain_frame`), not a generator function, not `@njit`,
    /// with room for the frame and a tick that needs no poll. Pushes the
    /// frame, counting the call's tick, and returns true; in any other case
    /// changes nothing and returns false, and `push_frame` makes the call.
    #[inline(always)]
    pub(crate) fn push_plain_frame(&mut self, func: ObjRef, argc: usize) -> bool {
        match self.plain_call(func, argc) {
            Some((cid, plain)) => {
                self.enter_plain_frame(func, cid, plain, argc);
                true
            }
            None => false,
        }
    }

    /// `push_plain_frame` with the method that instruction `site`'s cache
    /// holds for the receiver below the `argc` arguments on the stack: the
    /// function goes below the receiver, its first argument.
    #[inline(always)]
    pub(crate) fn push_cached_method_frame(&mut self, argc: usize, site: CacheSite) -> bool {
        let recv_at = self.stack.len() - argc - 1;
        let receiver = self.stack[recv_at];
        // Where `resolve_method` finds it: the instruction's own answer,
        // else one of its earlier ones (a base class's method called on
        // each subclass's instances).
        let cached = self.codes[site.code.0 as usize].caches[site.pc].get();
        // Built-in methods and modules' functions: not a frame's call.
        if !matches!(cached, AttrCache::InstanceMethod { .. }) {
            return false;
        }
        let func = match self.cache_hit(cached, receiver) {
            Some(Resolved::Method(func)) => func,
            Some(_) => return false,
            None => match self.poly_method(site, receiver) {
                Some(func) => func,
                None => return false,
            },
        };
        let Value::Obj(func) = func else {
            return false;
        };
        let Some((cid, plain)) = self.plain_call(func, argc + 1) else {
            return false;
        };
        // `Vec::insert` moves the arguments with a call of `memmove`;
        // these are a few values.
        let top = self.stack.len();
        self.stack.push(Value::Obj(func));
        for i in (recv_at..top).rev() {
            self.stack.swap(i, i + 1);
        }
        self.enter_plain_frame(func, cid, plain, argc + 1);
        true
    }

    /// The method function one of instruction `site`'s earlier answers
    /// holds for `receiver`: out of line, so the call that its own answer
    /// serves stays short.
    #[inline(never)]
    fn poly_method(&self, site: CacheSite, receiver: Value) -> Option<Value> {
        match self.poly_answer(site, receiver) {
            Some((AttrCache::InstanceMethod { func, .. }, _)) => Some(func),
            _ => None,
        }
    }

    /// Whether a call of `func` with `argc` arguments can be
    /// `push_plain_frame`'s; if so, its tick is counted and its code and
    /// frame are returned.
    #[inline(always)]
    fn plain_call(&self, func: ObjRef, argc: usize) -> Option<(CodeId, PlainFrame)> {
        let Obj::Function(f) = self.heap.get(func) else {
            return None;
        };
        let cid = f.code;
        let plain = self.codes[cid.0 as usize].plain_frame?;
        let ready = f.numba != crate::numba::NumbaMode::Strict
            && !plain.suspends
            && plain.binds(argc, f.defaults.len())
            && self.frames.len() < self.limits.max_frames
            && self.stack.len() + crate::limits::FRAME_HEADROOM <= self.stack.capacity()
            && self.tick_quietly();
        ready.then_some((cid, plain))
    }

    /// Pushes the frame of function `func` (code `cid`) as `plain` makes
    /// it, its `argc` arguments on top of the stack its first slots: the
    /// parameters past them take their defaults, a closure's slots its
    /// cells, the other slots start unbound.
    #[inline(always)]
    fn enter_plain_frame(&mut self, func: ObjRef, cid: CodeId, plain: PlainFrame, argc: usize) {
        let base = self.stack.len() - argc;
        let nslots = plain.nslots as usize;
        // A few slots, often none: `extend` of a counted repeat is inline
        // stores, where `resize` is a call.
        if nslots > argc {
            self.stack.extend(std::iter::repeat_n(Value::Undef, nslots - argc));
        }
        let nparams = plain.nparams as usize;
        if argc < nparams {
            let Obj::Function(f) = self.heap.get(func) else {
                unreachable!("a function's plain frame")
            };
            let first_default = nparams - f.defaults.len();
            self.stack[base + argc..base + nparams].copy_from_slice(&f.defaults[argc - first_default..]);
        }
        if plain.nfree > 0 {
            let Obj::Function(f) = self.heap.get(func) else {
                unreachable!("a function's plain frame")
            };
            let cells = f
                .cells
                .and_then(|t| self.heap.tuple(t))
                .expect("a closure holds its cells");
            let (at, n) = (base + plain.free_at as usize, plain.nfree as usize);
            self.stack[at..at + n].copy_from_slice(&cells[..n]);
        }
        self.frames.push(Frame::at_entry(cid, base));
    }

    /// Binds arguments to a script function's parameters and pushes its
    /// frame. The arguments are already on the stack where the new frame's
    /// locals begin.
    fn push_frame(&mut self, func: ObjRef, argc: usize, kwnames: Option<Value>) -> Result<(), PyError> {
        if self.frames.len() >= self.limits.max_frames {
            return Err(PyError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        if self.stack.len() + crate::limits::FRAME_HEADROOM > self.stack.capacity() {
            self.grow_stacks(crate::limits::FRAME_HEADROOM)?;
        }
        match kwnames {
            // The names of a `**mapping` call are a tuple made for the
            // call (`spread_call_args`), held nowhere else: rooted while
            // the tick may collect.
            Some(names) => {
                self.temp_roots.push(names);
                let ticked = self.tick();
                self.temp_roots.pop();
                ticked?;
            }
            None => self.tick()?,
        }
        let Obj::Function(f) = self.heap.get(func) else {
            unreachable!("checked by the caller")
        };
        let cid = f.code;
        // An `@njit` function is checked, as Numba compiles it, for each
        // new tuple of argument types (once its frame holds them).
        let strict = f.numba == crate::numba::NumbaMode::Strict;
        match self.codes[cid.0 as usize].plain_frame {
            Some(plain) if kwnames.is_none() && plain.binds(argc, f.defaults.len()) => {
                self.enter_plain_frame(func, cid, plain, argc);
                if strict {
                    // The parameters are the frame's first slots here.
                    let base = self.frames.last().expect("just pushed").base;
                    return crate::numba::on_call_with(self, func, base, plain.nparams as usize);
                }
                Ok(())
            }
            _ => self.bind_frame(func, argc, kwnames),
        }
    }

    /// Binds arguments to script function `func`'s parameters in every
    /// case (defaults, keywords, `*args`, `**kwargs`, keyword-only ones,
    /// cells and closure cells) and pushes its frame: the `argc` values on
    /// top of the stack (the last of them the values of the keywords
    /// `kwnames` names) become the frame's first slots. On an error the
    /// frame is not pushed (the slots above the frame's base may have
    /// changed).
    pub(crate) fn bind_frame(&mut self, func: ObjRef, argc: usize, kwnames: Option<Value>) -> Result<(), PyError> {
        let Obj::Function(f) = self.heap.get(func) else {
            unreachable!("checked by the caller")
        };
        let cid = f.code;
        let strict = f.numba == crate::numba::NumbaMode::Strict;
        let code = self.codes[cid.0 as usize].code.clone();
        let locals = &code.locals;
        let nparams = locals.nparams as usize;
        let base = self.stack.len() - argc;
        // (name, value) of each keyword argument, the name an interned str
        // (the call's constant tuple holds it); a few, so no allocation.
        let mut kw: SmallVec<[(Value, Value); 4]> = SmallVec::new();
        if let Some(names) = kwnames.and_then(|n| n.as_obj()) {
            let names = self.heap.tuple(names).map_or(&[][..], |t| &t[..]);
            let at = self.stack.len() - names.len();
            for (i, &name) in names.iter().enumerate() {
                kw.push((name, self.stack[at + i]));
            }
            self.stack.truncate(at);
        }
        let npos = argc - kw.len();
        if npos > nparams && !locals.varargs {
            return Err(self.too_many_positional(&code, func, npos).into());
        }
        // Positional arguments past the parameters go to `*args`.
        let extra: Vec<Value> = if npos > nparams {
            self.stack.split_off(base + nparams)
        } else {
            Vec::new()
        };
        self.stack.resize(base + locals.names.len(), Value::Undef);
        let nkwonly = locals.kwonly.len();
        let mut slot = nparams + nkwonly;
        if locals.varargs {
            self.stack[base + slot] = self.new_tuple(&extra);
            slot += 1;
        }
        let varkw = if locals.varkw {
            let d = self.new_dict();
            self.stack[base + slot] = d;
            d.as_obj()
        } else {
            None
        };
        let mut posonly_as_keyword = Vec::new();
        for &(key, value) in kw.iter() {
            let name = key
                .as_obj()
                .and_then(|k| self.heap.str_obj(k))
                .map_or("?", |s| s.as_str());
            let named = locals.names[..nparams + nkwonly]
                .iter()
                .position(|p| **p == *name)
                .filter(|&i| i >= locals.nposonly as usize);
            match (named, varkw) {
                (Some(i), _) => {
                    if !matches!(self.stack[base + i], Value::Undef) {
                        return Err(RawError::type_error(format!(
                            "{}() got multiple values for argument '{name}'",
                            code.qualname
                        ))
                        .into());
                    }
                    self.stack[base + i] = value;
                }
                (None, Some(d)) => self.dict_set(d, key, value)?,
                (None, None) if locals.names[..locals.nposonly as usize].iter().any(|p| **p == *name) => {
                    posonly_as_keyword.push(name.to_string());
                }
                (None, None) => {
                    return Err(RawError::type_error(format!(
                        "{}() got an unexpected keyword argument '{name}'",
                        code.qualname
                    ))
                    .into())
                }
            }
        }
        if !posonly_as_keyword.is_empty() {
            let names: Vec<String> = posonly_as_keyword.iter().map(|n| format!("'{n}'")).collect();
            return Err(RawError::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: {}",
                code.qualname,
                names.join(", ")
            ))
            .into());
        }
        let Obj::Function(f) = self.heap.get(func) else {
            unreachable!()
        };
        let nkwdefaults = locals.nkwdefaults();
        let (defaults, kwdefaults) = f.defaults.split_at(f.defaults.len() - nkwdefaults);
        let first_default = nparams - defaults.len();
        let mut missing = Vec::new();
        for i in npos.min(nparams)..nparams {
            if let Value::Undef = self.stack[base + i] {
                if i >= first_default {
                    self.stack[base + i] = defaults[i - first_default];
                } else {
                    missing.push(locals.names[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(&code.qualname, &missing, "positional").into());
        }
        let mut kwdefaults = kwdefaults.iter();
        for (k, has_default) in locals.kwonly.iter().enumerate() {
            let default = if *has_default { kwdefaults.next().copied() } else { None };
            let at = base + nparams + k;
            if let Value::Undef = self.stack[at] {
                match default {
                    Some(d) => self.stack[at] = d,
                    None => missing.push(locals.names[nparams + k].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(&code.qualname, &missing, "keyword-only").into());
        }
        let Obj::Function(f) = self.heap.get(func) else {
            unreachable!()
        };
        let cells: SmallVec<[Value; 4]> = f
            .cells
            .and_then(|t| self.heap.tuple(t))
            .map(|t| t.iter().copied().collect())
            .unwrap_or_default();
        for &slot in &locals.cells {
            let slot = base + slot as usize;
            self.stack[slot] = self.new_cell(self.stack[slot]);
        }
        for (i, &slot) in locals.free.iter().enumerate() {
            self.stack[base + slot as usize] = cells[i];
        }
        self.frames.push(Frame::at_entry(cid, base));
        if strict {
            return crate::numba::on_call(self, func);
        }
        Ok(())
    }

    /// A new closure cell holding `v` (`Undef`: empty), for a frame's cell
    /// variable: the interpreter's call, a generator's first frame and
    /// the JIT's inlined call all make them here.
    pub fn new_cell(&self, v: Value) -> Value {
        Value::Obj(self.heap.alloc(CellObj::new(v)))
    }

    fn too_many_positional(&self, code: &CodeObject, func: ObjRef, given: usize) -> RawError {
        let nparams = code.locals.nparams as usize;
        let ndefaults = match self.heap.get(func) {
            Obj::Function(f) => f.defaults.len() - code.locals.nkwdefaults(),
            _ => 0,
        };
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", nparams - ndefaults, nparams)
        } else {
            format!("{} positional argument{}", nparams, if nparams == 1 { "" } else { "s" })
        };
        RawError::type_error(format!(
            "{}() takes {} but {} {} given",
            code.qualname,
            takes,
            given,
            if given == 1 { "was" } else { "were" }
        ))
    }
}

/// CPython's "f() missing 2 required positional arguments: 'a' and 'b'".
pub(crate) fn missing_arguments(qualname: &str, missing: &[impl AsRef<str>], what: &str) -> RawError {
    let quoted: Vec<String> = missing.iter().map(|n| format!("'{}'", n.as_ref())).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    RawError::type_error(format!(
        "{qualname}() missing {} required {what} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}
