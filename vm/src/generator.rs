//! Generators: a call of a generator function binds its arguments into a
//! frame that is moved off the VM's stack into a `GeneratorObj`; each step
//! moves it back and runs it until `YIELD` moves it out again (or the body
//! returns or raises, which finishes the generator).
//!
//! A `for` over a generator runs its steps in the same dispatch loop, the
//! generator's frame above the loop's (`gen_enter`); the JIT's recorder
//! follows it there, and compiled code runs those steps inline. Any other
//! step (`next`, a built-in consuming it) nests the interpreter on the host
//! stack as `call_value` does, so it has the same guards: the native
//! re-entry limit, the host stack, never from compiled code, and never
//! followed by the recorder.

use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::object::{GenState, GeneratorObj, Obj, ObjMut};
use crate::value::Value;
use crate::vm::{Frame, Vm};

/// Room a new generator's saved frame has beyond its locals, for the
/// operand stack at its first `yield` (a `for`'s iterator or two): compiled
/// code that runs the first step writes the frame back in place when it
/// fits (`layout::generator::SLOTS_CAP`).
const FRAME_SPARE: usize = 8;

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
        let mut slots = Vec::with_capacity(self.stack.len() - frame.base + FRAME_SPARE);
        slots.extend_from_slice(&self.stack[frame.base..]);
        self.stack.truncate(frame.base);
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            gen.slots.put(slots);
        }
        self.stack.truncate(frame.base - 1);
        self.stack.push(Value::Obj(g));
    }

    /// One step of generator `g`, its `yield` evaluating to `sent`: the
    /// value it yields, or None once it has finished (StopIteration). `held`: the caller is a built-in that may
    /// hold values in Rust locals, so no collection may run meanwhile (see
    /// `Vm::callbacks`); the interpreter's own `for` holds none.
    pub(crate) fn gen_resume(&mut self, g: ObjRef, sent: Value, held: bool) -> Result<Option<Value>, PyError> {
        Ok(match self.gen_step(g, sent, held)? {
            GenStep::Yielded(v) => Some(v),
            GenStep::Finished(_) => None,
        })
    }

    /// `gen_resume`, telling what a finished generator returned (None for
    /// one that had finished before).
    fn gen_step(&mut self, g: ObjRef, sent: Value, held: bool) -> Result<GenStep, PyError> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return Err(RawError::type_error("object is not a generator").into());
        };
        let (code, pc, state) = (gen.code, gen.pc, gen.state);
        match state {
            GenState::Running => {
                return Err(RawError::value_error("generator already executing").into());
            }
            GenState::Done => return Ok(GenStep::Finished(Value::None)),
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
        let depth = self.frames.len();
        let stack_len = self.stack.len();
        let base = match self.gen_start(g) {
            Ok(base) => base,
            Err(e) => {
                if held {
                    self.callbacks -= 1;
                }
                return Err(e);
            }
        };
        if state == GenState::Suspended {
            // What the `yield` it stopped at evaluates to.
            self.stack.push(sent);
        }
        self.frames.push(Frame {
            code,
            pc,
            base,
            init: false,
            memo: false,
        });
        self.running_generators.push((g, depth));
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
            drop(gen.slots.take());
        }
        match result {
            Ok(v) if yielded => Ok(GenStep::Yielded(v)),
            Ok(returned) => Ok(GenStep::Finished(returned)),
            Err(mut e) => {
                stop_iteration_escaped(&mut e);
                Err(e)
            }
        }
    }

    /// One step of generator `g` as `send`, `__next__` and `next()` take
    /// it: the value yielded, or StopIteration, carrying what the body
    /// returned (`return x`: StopIteration(x), whose `value` is x).
    pub(crate) fn gen_step_or_stop(&mut self, g: ObjRef, sent: Value) -> Result<Value, PyError> {
        let returned = match self.gen_step(g, sent, true)? {
            GenStep::Yielded(v) => return Ok(v),
            GenStep::Finished(Value::None) => return Err(PyError::new(ExcKind::StopIteration, "")),
            GenStep::Finished(returned) => returned,
        };
        self.temp_roots.push(returned);
        let made = self.str_value(returned).and_then(|text| {
            let exc = self.exception_instance(ExcKind::StopIteration, &[returned]);
            if let Some(exc) = exc {
                self.temp_roots.push(exc);
                let name = self.heap.intern("value");
                let set = self.set_attr(exc, name, returned);
                self.temp_roots.pop();
                set?;
            }
            let mut e = PyError::new(ExcKind::StopIteration, text);
            e.value = exc.map(crate::error::ExcObject);
            Ok(e)
        });
        self.temp_roots.pop();
        Err(made?)
    }

    /// Room on the VM stack for generator `g`'s frame and the tick its
    /// step costs (a step counts as a call: the budget stops an endless
    /// generator even when its body has no loop); then the generator runs,
    /// its saved slots copied onto the stack, above its function (the
    /// frame's base is returned). The buffer keeps its room for the next
    /// `yield`, so a step allocates nothing.
    fn gen_start(&mut self, g: ObjRef) -> Result<usize, PyError> {
        let nslots = match self.heap.get(g) {
            Obj::Generator(gen) => gen.slots.len(),
            _ => 0,
        };
        if self.stack.len() + nslots + 2 + crate::limits::FRAME_HEADROOM > self.stack.capacity() {
            self.grow_stacks(nslots + 2 + crate::limits::FRAME_HEADROOM)?;
        }
        self.tick()?;
        let ObjMut::Generator(gen) = self.heap.get_mut(g) else {
            unreachable!("a generator")
        };
        gen.state = GenState::Running;
        self.stack.push(gen.func);
        let base = self.stack.len();
        self.stack.extend_from_slice(gen.slots.as_slice());
        gen.slots.clear();
        Ok(base)
    }

    /// `YIELD` in the top frame, the frame of the innermost running
    /// generator: its slots (locals, then the operand stack below the
    /// yielded value) go back into the generator object, which resumes
    /// at `pc`. True when a `for` in the frame below stepped it (see
    /// `gen_enter`), false when `gen_resume` did.
    pub(crate) fn yield_frame(&mut self, pc: usize) -> bool {
        let frame = self.frames.pop().expect("the generator's frame");
        let &(g, at) = self.running_generators.last().expect("a running generator");
        debug_assert_eq!(at, self.frames.len(), "the generator's frame is the top one");
        let inline = at > self.exec_floor;
        if inline {
            self.running_generators.pop();
        }
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            gen.slots.assign(&self.stack[frame.base..]);
            gen.pc = pc;
            gen.state = GenState::Suspended;
        }
        self.stack.truncate(frame.base - 1);
        inline
    }

    /// The interpreter's `for` over generator `g`: its frame pushed above
    /// the loop's (true), to run in the same dispatch loop, or false when
    /// it has finished. The checks are `gen_resume`'s, but the host stack
    /// does not grow.
    pub(crate) fn gen_enter(&mut self, g: ObjRef) -> Result<bool, PyError> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            unreachable!("the interpreter checked the kind")
        };
        let (code, pc, state) = (gen.code, gen.pc, gen.state);
        match state {
            GenState::Running => {
                return Err(RawError::value_error("generator already executing").into());
            }
            GenState::Done => return Ok(false),
            GenState::Created | GenState::Suspended => {}
        }
        // A recording follows the generator's frame (the JIT inlines its
        // steps); only `gen_resume`'s nested steps end one.
        if self.frames.len() >= self.limits.max_frames {
            return Err(PyError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // The generator is the loop's iterator, on the stack: a collection
        // here keeps it and what it holds.
        let base = self.gen_start(g)?;
        let at = self.frames.len();
        if state == GenState::Suspended {
            self.stack.push(Value::None);
        }
        self.frames.push(Frame {
            code,
            pc,
            base,
            init: false,
            memo: false,
        });
        self.running_generators.push((g, at));
        Ok(true)
    }

    /// A call of generator function `func` made by compiled code: the new
    /// generator, its frame the arguments and the unbound locals, as the
    /// interpreter's call makes it (`suspend_new_generator`); the trace
    /// counts the call's tick and checks the recursion limit itself. None
    /// (the interpreter makes the call) unless the call is the plain one:
    /// one positional argument per parameter, no closure cells, no strict
    /// `@njit` check to run.
    pub fn new_generator_for_jit(&mut self, func: ObjRef, args: &[Value]) -> Option<Value> {
        let Obj::Function(f) = self.heap.get(func) else {
            return None;
        };
        if f.numba == crate::numba::NumbaMode::Strict {
            return None;
        }
        let code = f.code;
        let locals = &self.codes[code.0 as usize].code.locals;
        let plain = locals.generator
            && args.len() == locals.nparams as usize
            && locals.cells.is_empty()
            && locals.free.is_empty()
            && !locals.extended();
        if !plain {
            return None;
        }
        let mut slots = Vec::with_capacity(locals.names.len() + FRAME_SPARE);
        slots.extend_from_slice(args);
        slots.resize(locals.names.len(), Value::Undef);
        Some(Value::Obj(self.heap.alloc(GeneratorObj::new(
            Value::Obj(func),
            code,
            slots,
        ))))
    }

    /// An exit of compiled code that ran generator steps inline just made
    /// the frame of one (its slots written from the trace's snapshot) on
    /// top of the `for` that steps it, whose iterator is below the frame's
    /// callee slot: the generator becomes the running one, as `gen_enter`
    /// leaves it. Compiled code left it suspended, its saved frame stale.
    /// Making the same frame again (a call out of compiled code that failed
    /// after making the frames around it, then the exit) changes nothing
    /// more.
    pub fn generator_frame_made_for_jit(&mut self) {
        let at = self.frames.len() - 1;
        let base = self.frames[at].base;
        let Value::Obj(g) = self.stack[base - 2] else {
            unreachable!("a generator's frame sits on the `for` stepping it")
        };
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            gen.state = GenState::Running;
            gen.slots.clear();
        }
        if self.running_generators.last() != Some(&(g, at)) {
            self.running_generators.push((g, at));
        }
    }

    /// The generator `GenState::Done`, its saved frame dropped.
    fn gen_finish(&mut self, g: ObjRef) {
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            gen.state = GenState::Done;
            drop(gen.slots.take());
        }
    }

    /// `RETURN` in the top frame: if it is a generator stepped by the `for`
    /// in the frame below (`gen_enter`), the generator finishes, its frame
    /// goes, and that loop ends (the iterator popped, on at the loop's
    /// exit); true then.
    pub(crate) fn gen_returned_inline(&mut self) -> bool {
        let top = self.frames.len() - 1;
        let Some(&(g, at)) = self.running_generators.last() else {
            return false;
        };
        if at != top || at <= self.exec_floor {
            return false;
        }
        self.running_generators.pop();
        self.gen_finish(g);
        let frame = self.frames.pop().expect("the generator's frame");
        self.stack.truncate(frame.base - 1);
        // The iterator, below the frame's callee slot.
        self.stack.pop();
        let caller = self.frames.last_mut().expect("the loop's frame");
        // The caller waits after its `FOR_ITER`, whose argument is the
        // loop's exit.
        let for_iter = self.codes[caller.code.0 as usize].code.instrs[caller.pc - 1];
        debug_assert_eq!(for_iter.op, crate::bytecode::Opcode::ForIter);
        caller.pc = for_iter.arg as usize;
        true
    }

    /// An error unwinds the top frame: a generator stepped by a `for`
    /// (`gen_enter`) whose frame it is finishes, and a StopIteration
    /// leaving it becomes a RuntimeError (PEP 479). A generator stepped by
    /// `gen_resume` is that function's to finish.
    pub(crate) fn gen_frame_unwound(&mut self, e: &mut PyError) {
        let top = self.frames.len() - 1;
        let Some(&(g, at)) = self.running_generators.last() else {
            return;
        };
        if at != top || at <= self.exec_floor {
            return;
        }
        self.running_generators.pop();
        self.gen_finish(g);
        stop_iteration_escaped(e);
    }
}

/// What one step of a generator came to.
enum GenStep {
    /// The value of a `yield`.
    Yielded(Value),
    /// The generator has finished: what its body returned.
    Finished(Value),
}

/// PEP 479: a StopIteration escaping a generator's body is an error, not
/// the generator's end.
fn stop_iteration_escaped(e: &mut PyError) {
    if e.kind == ExcKind::StopIteration {
        e.kind = ExcKind::RuntimeError;
        e.type_name = None;
        e.value = None;
        e.msg = "generator raised StopIteration".into();
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
    fn send(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        let sent = args::exactly_one("generator.send", a, kw)?;
        let g = generator(vm, recv);
        vm.gen_step_or_stop(g, sent)
    }
    fn next(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("generator.__next__", a, kw)?;
        let g = generator(vm, recv);
        vm.gen_step_or_stop(g, Value::None)
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
            drop(gen.slots.take());
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
