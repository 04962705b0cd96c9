//! Generators: a call of a generator function binds its arguments into a
//! frame that is moved off the VM's stack into a `GeneratorObj`; each step
//! moves it back, runs it in a nested `execute` until `YIELD` moves it out
//! again (or the body returns or raises, which finishes the generator).
//!
//! A step nests the interpreter on the host stack as `call_value` does, so
//! it has the same guards: the native re-entry limit, the host stack,
//! never from compiled code, and never followed by the JIT's recorder.

use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::object::{GenState, GeneratorObj, Obj, ObjMut};
use crate::value::Value;
use crate::vm::{Frame, Vm};

impl Vm {
    /// Whether the frame just pushed runs a generator function's code.
    #[inline(always)]
    pub(crate) fn top_frame_is_generator(&self) -> bool {
        let cid = self.frames.last().expect("a frame").code;
        self.codes[cid.0 as usize].code.locals.generator
    }

    /// The frame just pushed for a call of a generator function becomes a
    /// generator, left on the stack where the call's result goes.
    pub(crate) fn suspend_new_generator(&mut self) {
        let frame = self.frames.pop().expect("the generator function's frame");
        let func = self.stack[frame.base - 1];
        // Allocated before the slots leave the stack, where they are rooted
        // (allocation itself never collects).
        let g = self.heap.alloc(GeneratorObj::new(func, frame.code, Vec::new()));
        let slots = self.stack.split_off(frame.base);
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            gen.slots = slots;
        }
        self.stack.truncate(frame.base - 1);
        self.stack.push(Value::Obj(g));
    }

    /// One step of generator `g`, its `yield` evaluating to `sent`: the
    /// value it yields, or None once it has finished (StopIteration). `held`: the caller is a built-in that may
    /// hold values in Rust locals, so no collection may run meanwhile (see
    /// `Vm::callbacks`); the interpreter's own `for` holds none.
    pub(crate) fn gen_resume(&mut self, g: ObjRef, sent: Value, held: bool) -> Result<Option<Value>, PyError> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return Err(RawError::type_error("object is not a generator").into());
        };
        let (func, code, pc, state) = (gen.func, gen.code, gen.pc, gen.state);
        match state {
            GenState::Running => {
                return Err(RawError::value_error("generator already executing").into());
            }
            GenState::Done => return Ok(None),
            GenState::Created if !sent.is_none() => {
                return Err(RawError::type_error("can't send non-None value to a just-started generator").into());
            }
            GenState::Created | GenState::Suspended => {}
        }
        // Each step nests the interpreter's loop on the host stack.
        if self.native_depth >= self.limits.max_native_reentry {
            return Err(PyError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG));
        }
        self.check_host_stack()?;
        // The recorder must not follow the script into the generator's
        // frame (a trace could not resume it).
        if self.recording {
            self.abandon_recording("a generator resumed");
        }
        // Compiled code (or a recording's prediction) asked for the step:
        // refused before anything changed, so the trace exits and the
        // interpreter redoes the operation.
        if self.no_collect > 0 {
            return Err(PyError::new(
                ExcKind::RuntimeError,
                "script code cannot run inside compiled code",
            ));
        }
        if self.frames.len() >= self.limits.max_frames {
            return Err(PyError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // From here on the built-in's values in Rust locals (`held`) must
        // outlive any collection: the tick and the stack's growth may ask
        // for one, and the generator's body may too.
        if held {
            self.callbacks += 1;
        }
        if let Err(e) = self.gen_prepare(g) {
            if held {
                self.callbacks -= 1;
            }
            return Err(e);
        }
        let slots = match self.heap.get_mut(g) {
            ObjMut::Generator(gen) => {
                gen.state = GenState::Running;
                std::mem::take(&mut gen.slots)
            }
            _ => unreachable!("checked above"),
        };
        let depth = self.frames.len();
        let stack_len = self.stack.len();
        self.stack.push(func);
        let base = self.stack.len();
        self.stack.extend_from_slice(&slots);
        if state == GenState::Suspended {
            // What the `yield` it stopped at evaluates to.
            self.stack.push(sent);
        }
        self.frames.push(Frame {
            code,
            pc,
            base,
            init: false,
        });
        self.running_generators.push(g);
        self.native_depth += 1;
        let result = self.execute(depth);
        if held {
            self.callbacks -= 1;
        }
        self.native_depth -= 1;
        self.running_generators.pop();
        self.stack.truncate(stack_len);
        let ObjMut::Generator(gen) = self.heap.get_mut(g) else {
            unreachable!("checked above")
        };
        // `YIELD` left it suspended; a return or an error leaves it running.
        let yielded = gen.state == GenState::Suspended;
        if !yielded {
            gen.state = GenState::Done;
            gen.slots = Vec::new();
        }
        match result {
            Ok(v) if yielded => Ok(Some(v)),
            Ok(_) => Ok(None),
            Err(mut e) => {
                // PEP 479: a StopIteration escaping the body is an error,
                // not the generator's end.
                if e.kind == ExcKind::StopIteration {
                    e.kind = ExcKind::RuntimeError;
                    e.type_name = None;
                    e.value = None;
                    e.msg = "generator raised StopIteration".into();
                }
                Err(e)
            }
        }
    }

    /// Room on the VM stack for generator `g`'s frame, and the tick its
    /// step costs (a step counts as a call: the budget stops an endless
    /// generator even when its body has no loop).
    fn gen_prepare(&mut self, g: ObjRef) -> Result<(), PyError> {
        let nslots = match self.heap.get(g) {
            Obj::Generator(gen) => gen.slots.len(),
            _ => 0,
        };
        if self.stack.len() + nslots + 2 + crate::limits::FRAME_HEADROOM > self.stack.capacity() {
            self.grow_stacks(nslots + 2 + crate::limits::FRAME_HEADROOM)?;
        }
        self.tick()
    }

    /// `YIELD` in the top frame, the frame of the innermost running
    /// generator: its slots (locals, then the operand stack below the
    /// yielded value) go back into the generator object, which resumes
    /// at `pc`.
    pub(crate) fn yield_frame(&mut self, pc: usize) {
        let frame = self.frames.pop().expect("the generator's frame");
        let g = *self.running_generators.last().expect("a running generator");
        let slots = self.stack[frame.base..].to_vec();
        self.stack.truncate(frame.base - 1);
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            gen.slots = slots;
            gen.pc = pc;
            gen.state = GenState::Suspended;
        }
    }
}

/// The methods of generators: `send`, `close`, `__next__`, `__iter__`.
pub(crate) fn lookup(name: &str) -> Option<crate::native::NativeMethodPtr> {
    use crate::builtins::args;
    use crate::native::{KwArg, NativeMethodPtr, NativeResult};
    fn generator(vm: &Vm, recv: Value) -> ObjRef {
        match recv.as_obj() {
            Some(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => r,
            _ => unreachable!("a generator's method has a generator"),
        }
    }
    fn step(vm: &mut Vm, g: ObjRef, sent: Value) -> NativeResult {
        match vm.gen_resume(g, sent, true)? {
            Some(v) => Ok(v),
            None => Err(PyError::new(ExcKind::StopIteration, "")),
        }
    }
    fn send(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        let sent = args::exactly_one("generator.send", a, kw)?;
        step(vm, generator(vm, recv), sent)
    }
    fn next(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("generator.__next__", a, kw)?;
        step(vm, generator(vm, recv), Value::None)
    }
    fn iter(_vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("generator.__iter__", a, kw)?;
        Ok(recv)
    }
    // Nothing can be pending in a suspended generator's frame (a `yield`
    // under `finally`, `with` or a catch-all `except` is refused), so
    // closing it is finishing it.
    fn close(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("generator.close", a, kw)?;
        let g = generator(vm, recv);
        if let ObjMut::Generator(gen) = vm.heap.get_mut(g) {
            if gen.state == GenState::Running {
                return Err(RawError::value_error("generator already executing").into());
            }
            gen.state = GenState::Done;
            gen.slots = Vec::new();
        }
        Ok(Value::None)
    }
    Some(match name {
        "send" => send as NativeMethodPtr,
        "close" => close,
        "__next__" => next,
        "__iter__" => iter,
        _ => return None,
    })
}
