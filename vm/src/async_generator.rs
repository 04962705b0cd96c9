//! Asynchronous generators (an `async def` that yields) and `async for`.
//!
//! An asynchronous generator is a `GeneratorObj` of kind `AsyncGenerator`.
//! Its frame runs as a coroutine's does and suspends in two ways: at an
//! `await`, a delegating `yield` whose value goes out to whoever drives
//! the task (an event loop), and at its own `yield`, whose value becomes
//! the result of the `await agen.__anext__()` that asked for it. Each
//! step tells the two apart by the `yield` the frame stopped at, so no
//! value is wrapped on the way out (CPython wraps its own yields).
//!
//! `__anext__()` and `asend()` make an `async_generator_asend` awaitable,
//! `athrow()` and `aclose()` an `async_generator_athrow`: instances of
//! native classes whose state is the generator, what to send or throw,
//! and where the awaitable is (not started, stepping, done). They follow
//! CPython 3.11's `genobject.c`, messages included.
//!
//! The interpreter's `await` of an `asend` (every `async for` step) runs
//! the generator's frame inline, above the awaiting one, as `yield from`
//! runs a generator: a chain of nested `async for`s costs no host stack.
//! The native `send` serves everyone else (an event loop's `send`).

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::generator::{GenStep, Resume};
use crate::heap::ObjRef;
use crate::modules::native_class::{field, make_class, new_instance, receiver, set_field};
use crate::native::{KwArg, NativeFnPtr, NativeMethodPtr, NativeResult};
use crate::object::{GenState, Obj, ObjMut};
use crate::special::Special;
use crate::value::Value;
use crate::vm::Vm;

/// The fields of an awaitable's state.
const GEN: usize = 0;
/// `asend`: the value its first step sends. `athrow`: the arguments of
/// `athrow()` as a tuple, or None for `aclose()`.
const ARG: usize = 1;
const PHASE: usize = 2;

/// Where an awaitable is.
const NOT_STARTED: i64 = 0;
const STEPPING: i64 = 1;
const DONE: i64 = 2;

const ASEND: &str = "async_generator_asend";
const ATHROW: &str = "async_generator_athrow";
const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

impl Vm {
    /// `GetAIter`: what `async for` steps, the iterable's `__aiter__()`.
    pub(crate) fn async_iter(&mut self, v: Value) -> Result<Value, PyError> {
        match self.aiter_of(v)? {
            Ok(it) => Ok(it),
            Err(None) => Err(RawError::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            ))
            .into()),
            Err(Some(it)) => Err(RawError::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(it)
            ))
            .into()),
        }
    }

    /// `v.__aiter__()` checked to be an asynchronous iterator (an
    /// asynchronous generator is its own): `Err(None)` when `v` has no
    /// `__aiter__`, `Err(Some(it))` when what it returned has no
    /// `__anext__`. The callers word the errors.
    fn aiter_of(&mut self, v: Value) -> Result<Result<Value, Option<Value>>, PyError> {
        if self.async_generator_of(v).is_some() {
            return Ok(Ok(v));
        }
        let Some(it) = self.call_special(v, Special::AIter, &[])? else {
            return Ok(Err(None));
        };
        if self.async_generator_of(it).is_none() && self.special_method(it, Special::ANext).is_none() {
            return Ok(Err(Some(it)));
        }
        Ok(Ok(it))
    }

    /// `GetANext`: what `async for` awaits for its next item, as `await`
    /// takes it (an iterator to delegate to).
    pub(crate) fn async_next(&mut self, it: Value) -> Result<Value, PyError> {
        if let Some(g) = self.async_generator_of(it) {
            return Ok(self.new_asend(g, Value::None));
        }
        let Some(awaitable) = self.call_special(it, Special::ANext, &[])? else {
            return Err(RawError::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(it)
            ))
            .into());
        };
        self.temp_roots.push(awaitable);
        let delegate = self.get_awaitable(awaitable);
        self.temp_roots.pop();
        delegate.map_err(|e| match e.kind {
            ExcKind::TypeError => RawError::type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(awaitable)
            ))
            .into(),
            _ => e,
        })
    }

    /// Whether the exception `EndAsyncFor` finds ends the loop.
    pub(crate) fn ends_async_for(&self, exc: Value) -> bool {
        let class = self
            .exception_classes
            .iter()
            .find(|(_, k)| *k == Some(ExcKind::StopAsyncIteration));
        class.is_some_and(|&(c, _)| self.is_instance_of(exc, c))
    }

    fn async_generator_of(&self, v: Value) -> Option<ObjRef> {
        v.as_obj()
            .filter(|&r| matches!(self.heap.get(r), Obj::Generator(g) if g.is_async_generator()))
    }

    fn async_classes(&mut self) -> [Value; 2] {
        if let Some(classes) = self.async_generator_classes {
            return classes;
        }
        let methods = |send: NativeFnPtr, throw: NativeFnPtr, close: NativeFnPtr| {
            [
                ("send", send),
                ("throw", throw),
                ("close", close),
                ("__next__", next_of_awaitable as NativeFnPtr),
                ("__iter__", crate::modules::itertools::self_iter),
                ("__await__", crate::modules::itertools::self_iter),
            ]
        };
        // Allocation never collects: the first class needs no rooting.
        let asend = make_class(self, ASEND, &methods(asend_send, asend_throw, awaitable_close), &[]);
        let athrow = make_class(self, ATHROW, &methods(athrow_send, athrow_throw, awaitable_close), &[]);
        let classes = [asend, athrow];
        self.async_generator_classes = Some(classes);
        classes
    }

    fn new_awaitable(&mut self, class: Value, g: ObjRef, arg: Value) -> Value {
        let class = class.as_obj().expect("a class");
        new_instance(self, class, vec![Value::Obj(g), arg, Value::Int(NOT_STARTED)])
    }

    fn new_asend(&mut self, g: ObjRef, sent: Value) -> Value {
        let [asend, _] = self.async_classes();
        self.new_awaitable(asend, g, sent)
    }

    fn with_async_flags(&mut self, g: ObjRef, f: impl FnOnce(&mut crate::object::GeneratorObj)) {
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            f(gen);
        }
    }

    /// What a step of the generator comes to for the awaitable that made
    /// it (CPython's `async_gen_unwrap_value`): an `await`'s value goes
    /// out; the generator's own `yield` finishes the awaitable with the
    /// value (StopIteration); its end is StopAsyncIteration.
    fn unwrap_step(&mut self, g: ObjRef, step: Result<GenStep, PyError>) -> NativeResult {
        let outcome = match step {
            Ok(GenStep::Yielded(v)) => {
                let awaiting = matches!(self.heap.get(g), Obj::Generator(gen) if self.delegating(gen));
                if awaiting {
                    return Ok(v);
                }
                self.with_async_flags(g, |gen| gen.running_async = false);
                return self.yielded_or_stop(GenStep::Finished(v));
            }
            Ok(GenStep::Finished(_)) => PyError::new(ExcKind::StopAsyncIteration, ""),
            Err(e) => e,
        };
        self.async_run_stopped(g, outcome.kind);
        Err(outcome)
    }

    /// The generator's asynchronous step stopped on an exception of `kind`:
    /// it may take another step, and it is closed when the exception ended it.
    fn async_run_stopped(&mut self, g: ObjRef, kind: ExcKind) {
        let closes = matches!(kind, ExcKind::StopAsyncIteration | ExcKind::GeneratorExit);
        self.with_async_flags(g, |gen| {
            gen.running_async = false;
            gen.async_closed |= closes;
        });
    }

    /// Whether the awaitable's generator yielded its own value (not an
    /// `await`'s) in the step just taken.
    fn yielded_own(&self, g: ObjRef, step: &Result<GenStep, PyError>) -> bool {
        matches!(step, Ok(GenStep::Yielded(_)))
            && matches!(self.heap.get(g), Obj::Generator(gen) if !self.delegating(gen))
    }
}

/// The generator of `v` if `v` is an `asend` awaitable that may step it
/// (the interpreter's `await` runs it inline then: `async_step_inline`).
pub(crate) fn awaited_generator(vm: &Vm, v: Value) -> Option<ObjRef> {
    let [asend, _] = vm.async_generator_classes?;
    if vm.class_of(v) != asend.as_obj() {
        return None;
    }
    let st = crate::modules::native_class::state(vm, v, ASEND).ok()?;
    if phase(vm, st) == DONE {
        return None;
    }
    field(vm, st, GEN)
        .as_obj()
        .filter(|&r| matches!(vm.heap.get(r), Obj::Generator(g) if g.is_async_generator()))
}

impl Vm {
    /// `SEND` of `sent` into `asend`, an awaitable of generator `g`: the
    /// checks and the first value as `asend_send` takes them, then the
    /// generator's frame entered above the awaiting one.
    pub(crate) fn async_step_inline(
        &mut self,
        asend: Value,
        g: ObjRef,
        mut sent: Value,
    ) -> Result<crate::generator::Sent, PyError> {
        let st = crate::modules::native_class::state(self, asend, ASEND)?;
        sent = asend_begins(self, st, g, sent)?;
        // Rooted while the step may collect.
        self.temp_roots.push(sent);
        let entered = self.gen_enter(g, sent);
        self.temp_roots.pop();
        match entered {
            Ok(true) => Ok(crate::generator::Sent::Entered),
            Ok(false) => {
                self.async_step_ended(asend, g, ExcKind::StopAsyncIteration);
                Err(PyError::new(ExcKind::StopAsyncIteration, ""))
            }
            Err(e) => {
                self.async_step_ended(asend, g, e.kind);
                Err(e)
            }
        }
    }

    /// The inline step of `asend` ended: by the generator's own yield
    /// (StopIteration) or by an exception of `kind`. The awaitable is done;
    /// the generator takes another step; it is closed when it ended.
    pub(crate) fn async_step_ended(&mut self, asend: Value, g: ObjRef, kind: ExcKind) {
        if let Ok(st) = crate::modules::native_class::state(self, asend, ASEND) {
            set_field(self, st, PHASE, Value::Int(DONE));
        }
        self.async_run_stopped(g, kind);
    }
}

/// The awaitable's state and generator, and the rest of the arguments.
fn awaitable<'a>(vm: &Vm, a: &'a [Value], what: &str) -> Result<(ObjRef, ObjRef, &'a [Value]), PyError> {
    let (st, rest) = receiver(vm, a, what)?;
    let g = field(vm, st, GEN)
        .as_obj()
        .filter(|&r| matches!(vm.heap.get(r), Obj::Generator(_)))
        .ok_or_else(|| PyError::from(RawError::type_error(format!("a broken '{what}' object"))))?;
    Ok((st, g, rest))
}

fn phase(vm: &Vm, st: ObjRef) -> i64 {
    match field(vm, st, PHASE) {
        Value::Int(p) => p,
        _ => DONE,
    }
}

fn running_async(vm: &Vm, g: ObjRef) -> bool {
    matches!(vm.heap.get(g), Obj::Generator(gen) if gen.running_async)
}

fn next_of_awaitable(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let this = *a
        .first()
        .ok_or_else(|| PyError::from(RawError::type_error("__next__ needs an argument")))?;
    let send = vm.get_attr(this, "send")?;
    args::no_args("__next__", &a[1..], kw)?;
    args::with_roots(vm, &[send], |vm| vm.call_value(send, &[Value::None]))
}

fn awaitable_close(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    // Both awaitables' `close`: the name only shows in a stray call's error.
    let (st, _) = receiver(vm, a, ASEND)?;
    args::no_args("close", &a[1..], kw)?;
    set_field(vm, st, PHASE, Value::Int(DONE));
    Ok(Value::None)
}

/// The argument of `send(value)`.
fn sent(a: &[Value], kw: &[KwArg]) -> Result<Value, PyError> {
    args::exactly_one("send", a, kw)
}

fn asend_send(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let (st, g, rest) = awaitable(vm, a, ASEND)?;
    let v = sent(rest, kw)?;
    if phase(vm, st) == DONE {
        return Err(RawError::new(
            ExcKind::RuntimeError,
            "cannot reuse already awaited __anext__()/asend()",
        )
        .into());
    }
    let v = asend_begins(vm, st, g, v)?;
    let step = vm.gen_step(g, Resume::Send(v), true);
    let done = vm.unwrap_step(g, step);
    if done.is_err() {
        set_field(vm, st, PHASE, Value::Int(DONE));
    }
    done
}

/// The checks and the value of an `asend` awaitable's step (not done):
/// its first step refuses a generator another awaitable is stepping and
/// sends the value `asend()` was given in place of None; the generator is
/// then stepping.
fn asend_begins(vm: &mut Vm, st: ObjRef, g: ObjRef, mut v: Value) -> Result<Value, PyError> {
    if phase(vm, st) == NOT_STARTED {
        if running_async(vm, g) {
            return Err(RawError::new(
                ExcKind::RuntimeError,
                "anext(): asynchronous generator is already running",
            )
            .into());
        }
        if v.is_none() {
            v = field(vm, st, ARG);
        }
        set_field(vm, st, PHASE, Value::Int(STEPPING));
    }
    vm.with_async_flags(g, |gen| gen.running_async = true);
    Ok(v)
}

fn asend_throw(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let (st, g, rest) = awaitable(vm, a, ASEND)?;
    if phase(vm, st) == DONE {
        return Err(RawError::new(
            ExcKind::RuntimeError,
            "cannot reuse already awaited __anext__()/asend()",
        )
        .into());
    }
    let e = thrown(vm, rest, kw)?;
    let step = vm.gen_throw(g, e);
    let done = vm.unwrap_step(g, step);
    if done.is_err() {
        set_field(vm, st, PHASE, Value::Int(DONE));
    }
    done
}

/// The exception `throw(typ[, val[, tb]])` raises, its arguments checked
/// as a generator's `throw` checks them.
fn thrown(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> Result<PyError, PyError> {
    crate::generator::check_throw_args("throw", "throw", a, kw)?;
    vm.thrown_error(a)
}

fn athrow_send(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let (st, g, rest) = awaitable(vm, a, ATHROW)?;
    let v = sent(rest, kw)?;
    let throw_args = field(vm, st, ARG);
    let closing = throw_args.is_none();
    if phase(vm, st) == DONE {
        return Err(RawError::new(ExcKind::RuntimeError, "cannot reuse already awaited aclose()/athrow()").into());
    }
    let finished = matches!(vm.heap.get(g), Obj::Generator(gen) if gen.state == GenState::Done);
    if finished {
        set_field(vm, st, PHASE, Value::Int(DONE));
        return Err(PyError::new(ExcKind::StopIteration, ""));
    }
    let step = if phase(vm, st) == NOT_STARTED {
        if running_async(vm, g) {
            set_field(vm, st, PHASE, Value::Int(DONE));
            let msg = if closing {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            };
            return Err(RawError::new(ExcKind::RuntimeError, msg).into());
        }
        if matches!(vm.heap.get(g), Obj::Generator(gen) if gen.async_closed) {
            set_field(vm, st, PHASE, Value::Int(DONE));
            return Err(PyError::new(ExcKind::StopAsyncIteration, ""));
        }
        if !v.is_none() {
            return Err(RawError::new(
                ExcKind::RuntimeError,
                "can't send non-None value to a just-started coroutine",
            )
            .into());
        }
        set_field(vm, st, PHASE, Value::Int(STEPPING));
        vm.with_async_flags(g, |gen| {
            gen.running_async = true;
            gen.async_closed |= closing;
        });
        let e = if closing {
            PyError::new(ExcKind::GeneratorExit, "")
        } else {
            let items = throw_args
                .as_obj()
                .and_then(|t| vm.heap.tuple(t))
                .map_or_else(Vec::new, |t| t.to_vec());
            match vm.thrown_error(&items) {
                Ok(e) => e,
                Err(e) => return athrow_failed(vm, st, g, closing, e),
            }
        };
        vm.gen_throw(g, e)
    } else {
        vm.gen_step(g, Resume::Send(v), true)
    };
    athrow_outcome(vm, st, g, closing, step)
}

fn athrow_throw(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let (st, g, rest) = awaitable(vm, a, ATHROW)?;
    if phase(vm, st) == DONE {
        return Err(RawError::new(ExcKind::RuntimeError, "cannot reuse already awaited aclose()/athrow()").into());
    }
    let closing = field(vm, st, ARG).is_none();
    let e = thrown(vm, rest, kw)?;
    let step = vm.gen_throw(g, e);
    athrow_outcome(vm, st, g, closing, step)
}

/// What a step under `athrow()` or `aclose()` comes to: `athrow` as
/// `asend` does; `aclose` passes an `await`'s value out, refuses a value
/// the generator yields itself (it ignored GeneratorExit), and finishes
/// quietly when the generator ends.
fn athrow_outcome(vm: &mut Vm, st: ObjRef, g: ObjRef, closing: bool, step: Result<GenStep, PyError>) -> NativeResult {
    if !closing {
        let done = vm.unwrap_step(g, step);
        if done.is_err() {
            set_field(vm, st, PHASE, Value::Int(DONE));
        }
        return done;
    }
    if vm.yielded_own(g, &step) {
        vm.with_async_flags(g, |gen| gen.running_async = false);
        set_field(vm, st, PHASE, Value::Int(DONE));
        return Err(RawError::new(ExcKind::RuntimeError, IGNORED_EXIT).into());
    }
    match step {
        Ok(GenStep::Yielded(v)) => Ok(v),
        Ok(GenStep::Finished(_)) => athrow_failed(vm, st, g, closing, PyError::new(ExcKind::StopAsyncIteration, "")),
        Err(e) => athrow_failed(vm, st, g, closing, e),
    }
}

/// The end of an `athrow()` or `aclose()` by an exception: `aclose` takes
/// the generator's end (StopAsyncIteration, GeneratorExit) as done.
fn athrow_failed(vm: &mut Vm, st: ObjRef, g: ObjRef, closing: bool, e: PyError) -> NativeResult {
    vm.with_async_flags(g, |gen| gen.running_async = false);
    set_field(vm, st, PHASE, Value::Int(DONE));
    if closing && matches!(e.kind, ExcKind::StopAsyncIteration | ExcKind::GeneratorExit) {
        return Err(PyError::new(ExcKind::StopIteration, ""));
    }
    Err(e)
}

/// The methods of asynchronous generators.
pub(crate) fn lookup(name: &str) -> Option<NativeMethodPtr> {
    fn generator(vm: &Vm, recv: Value) -> ObjRef {
        vm.async_generator_of(recv)
            .expect("an asynchronous generator's method has one")
    }
    fn aiter(_vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("async_generator.__aiter__", a, kw)?;
        Ok(recv)
    }
    fn anext(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("async_generator.__anext__", a, kw)?;
        let g = generator(vm, recv);
        Ok(vm.new_asend(g, Value::None))
    }
    fn asend(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        let v = args::exactly_one("async_generator.asend", a, kw)?;
        let g = generator(vm, recv);
        Ok(vm.new_asend(g, v))
    }
    fn athrow(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        crate::generator::check_throw_args("async_generator.athrow", "athrow", a, kw)?;
        let g = generator(vm, recv);
        let [_, athrow] = vm.async_classes();
        let throw_args = Value::Obj(vm.heap.new_tuple(a));
        Ok(vm.new_awaitable(athrow, g, throw_args))
    }
    fn aclose(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("async_generator.aclose", a, kw)?;
        let g = generator(vm, recv);
        let [_, athrow] = vm.async_classes();
        Ok(vm.new_awaitable(athrow, g, Value::None))
    }
    Some(match name {
        "__aiter__" => aiter as NativeMethodPtr,
        "__anext__" => anext,
        "asend" => asend,
        "athrow" => athrow,
        "aclose" => aclose,
        _ => return None,
    })
}

/// `aiter(obj)`: `obj.__aiter__()`, checked to be an asynchronous iterator.
pub(crate) fn builtin_aiter(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("aiter", a, kw)?;
    match vm.aiter_of(v)? {
        Ok(it) => Ok(it),
        Err(None) => Err(RawError::type_error(format!("'{}' object is not an async iterable", vm.type_name(v))).into()),
        Err(Some(it)) => Err(RawError::type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(it)
        ))
        .into()),
    }
}

/// `anext(iterator[, default])`: `iterator.__anext__()`; with a default,
/// an awaitable that gives the default where the iterator would raise
/// StopAsyncIteration.
pub(crate) fn builtin_anext(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    if !kw.is_empty() {
        return Err(RawError::type_error("anext() takes no keyword arguments").into());
    }
    let (it, default) = match a {
        [it] => (*it, None),
        [it, d] => (*it, Some(*d)),
        [] => return Err(RawError::type_error("anext expected at least 1 argument, got 0").into()),
        _ => return Err(RawError::type_error(format!("anext expected at most 2 arguments, got {}", a.len())).into()),
    };
    let awaitable = match vm.async_generator_of(it) {
        Some(g) => vm.new_asend(g, Value::None),
        None => match vm.call_special(it, Special::ANext, &[])? {
            Some(aw) => aw,
            None => {
                return Err(
                    RawError::type_error(format!("'{}' object is not an async iterator", vm.type_name(it))).into(),
                )
            }
        },
    };
    let Some(default) = default else {
        return Ok(awaitable);
    };
    args::with_roots(vm, &[awaitable, default], |vm| {
        let delegate = vm.get_awaitable(awaitable)?;
        let class = vm.anext_with_default_class();
        Ok(new_instance(
            vm,
            class.as_obj().expect("a class"),
            vec![delegate, default],
        ))
    })
}

impl Vm {
    /// The class of what `anext(it, default)` returns (CPython's
    /// `anext_awaitable`): it steps the awaitable of `it.__anext__()`
    /// and turns a StopAsyncIteration into the default.
    fn anext_with_default_class(&mut self) -> Value {
        if let Some(class) = self.anext_awaitable_class {
            return class;
        }
        let class = make_class(
            self,
            "anext_awaitable",
            &[
                ("send", anext_default_send as NativeFnPtr),
                ("throw", anext_default_throw),
                ("close", anext_default_close),
                ("__next__", next_of_awaitable),
                ("__iter__", crate::modules::itertools::self_iter),
                ("__await__", crate::modules::itertools::self_iter),
            ],
            &[],
        );
        self.anext_awaitable_class = Some(class);
        class
    }
}

fn anext_default_step(vm: &mut Vm, a: &[Value], method: &str, rest_args: &[Value]) -> NativeResult {
    let (st, _) = receiver(vm, a, "anext_awaitable")?;
    let (delegate, default) = (field(vm, st, 0), field(vm, st, 1));
    let step = match vm.get_attr(delegate, method) {
        Ok(m) => args::with_roots(vm, &[m], |vm| vm.call_value(m, rest_args)),
        Err(e) => Err(e),
    };
    match step {
        Err(e) if e.kind == ExcKind::StopAsyncIteration => vm.yielded_or_stop(GenStep::Finished(default)),
        other => other,
    }
}

fn anext_default_send(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    let v = sent(a.get(1..).unwrap_or_default(), kw)?;
    anext_default_step(vm, a, "send", &[v])
}

fn anext_default_throw(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    if !kw.is_empty() {
        return Err(RawError::type_error("throw() takes no keyword arguments").into());
    }
    let rest = a.get(1..).unwrap_or_default().to_vec();
    anext_default_step(vm, a, "throw", &rest)
}

fn anext_default_close(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_args("close", a.get(1..).unwrap_or_default(), kw)?;
    let (st, _) = receiver(vm, a, "anext_awaitable")?;
    let delegate = field(vm, st, 0);
    match vm.get_attr(delegate, "close") {
        Ok(m) => args::with_roots(vm, &[m], |vm| vm.call_value(m, &[])),
        Err(_) => Ok(Value::None),
    }
}
