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

use crate::bytecode::{Opcode, YIELD_DELEGATING, YIELD_IN_CLEANUP};
use crate::codes::CodeEntry;
use crate::error::{ExcKind, PyError, RawError, TraceEntry};
use crate::heap::{Heap, ObjRef};
use crate::object::{GenState, GeneratorObj, Obj, ObjMut};
use crate::special::Special;
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
        let kind = self.codes[frame.code.0 as usize].code.locals.generator_kind();
        let g = self.heap.alloc(GeneratorObj::new(func, frame.code, Vec::new(), kind));
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
        Ok(match self.gen_step(g, Resume::Send(sent), held)? {
            GenStep::Yielded(v) => Some(v),
            GenStep::Finished(_) => None,
        })
    }

    /// `gen_resume`, telling what a finished generator returned (None for
    /// one that had finished before), or resuming it with an exception
    /// raised at its `yield` (`throw`, `close`).
    // Not inlined: `gen_throw` and `gen_close` recurse down a chain of
    // delegating generators, and this frame is large.
    #[inline(never)]
    pub(crate) fn gen_step(&mut self, g: ObjRef, resume: Resume, held: bool) -> Result<GenStep, PyError> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return Err(RawError::type_error("object is not a generator").into());
        };
        let (code, pc, state, noun) = (gen.code, gen.pc, gen.state, gen_noun(gen));
        match (state, &resume) {
            (GenState::Running, _) => return Err(already_executing(noun)),
            (GenState::Done, _) if gen.is_coroutine() => return Err(reused_coroutine()),
            (GenState::Done, Resume::Send(_)) => return Ok(GenStep::Finished(Value::None)),
            // Thrown into a finished generator, the exception is raised
            // where `throw` was called.
            (GenState::Done, Resume::Throw(_)) => {
                let Resume::Throw(e) = resume else { unreachable!() };
                return Err(e);
            }
            (GenState::Created, Resume::Send(sent)) if !sent.is_none() => return Err(non_none_to_new(noun)),
            // Before its first line runs, the body has no handler for it:
            // the generator finishes, its frame in the traceback at the
            // `def` (as CPython's).
            (GenState::Created, Resume::Throw(_)) => {
                let Resume::Throw(mut e) = resume else { unreachable!() };
                self.gen_finish(g);
                let code = self.codes[code.0 as usize].code.clone();
                self.record_frame_at_def(&mut e, &code);
                self.stop_iteration_escaped(&mut e, noun, None);
                return Err(e);
            }
            (GenState::Created | GenState::Suspended, _) => {}
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
            return Err(self.refuse_script_in_compiled_code());
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
                    self.leave_callback();
                }
                return Err(e);
            }
        };
        let thrown = match resume {
            Resume::Send(sent) => {
                if state == GenState::Suspended {
                    // What the `yield` it stopped at evaluates to.
                    self.stack.push(sent);
                }
                None
            }
            Resume::Throw(e) => Some(e),
        };
        self.push_generator_frame(g, code, pc, base);
        self.native_depth += 1;
        let result = match thrown {
            None => self.execute(depth),
            Some(e) => self.execute_raising(depth, e),
        };
        if held {
            self.leave_callback();
        }
        self.native_depth -= 1;
        self.running_generators.pop();
        self.stack.truncate(stack_len);
        let Obj::Generator(gen) = self.heap.get(g) else {
            unreachable!("checked above")
        };
        // `YIELD` left it suspended; a return or an error leaves it running.
        let yielded = gen.state == GenState::Suspended;
        if !yielded {
            self.gen_finish(g);
        }
        match result {
            Ok(v) if yielded => Ok(GenStep::Yielded(v)),
            Ok(returned) => Ok(GenStep::Finished(returned)),
            Err(mut e) => {
                self.stop_iteration_escaped(&mut e, noun, None);
                Err(e)
            }
        }
    }

    /// One step of generator `g` as `send`, `__next__` and `next()` take
    /// it: the value yielded, or StopIteration, carrying what the body
    /// returned (`return x`: StopIteration(x), whose `value` is x).
    ///
    /// The step may collect (not `held`): those three hold nothing but
    /// their receiver and arguments, which stay on the VM stack while a
    /// built-in runs, and the generator is a root while it runs. So an
    /// asyncio program, which runs inside a task's `send`, is collected
    /// as it goes.
    pub(crate) fn gen_step_or_stop(&mut self, g: ObjRef, sent: Value) -> Result<Value, PyError> {
        let step = self.gen_step(g, Resume::Send(sent), false)?;
        self.yielded_or_stop(step)
    }

    /// What a step came to as `send`, `throw` and `next()` give it: the
    /// value yielded, or StopIteration carrying what the body returned.
    pub(crate) fn yielded_or_stop(&mut self, step: GenStep) -> Result<Value, PyError> {
        let returned = match step {
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
        let nslots = self.heap.generator(g).map_or(0, |gen| gen.slots.len());
        if self.stack.len() + nslots + 2 + crate::limits::FRAME_HEADROOM > self.stack.capacity() {
            self.grow_stacks(nslots + 2 + crate::limits::FRAME_HEADROOM)?;
        }
        self.tick()?;
        let gen = self.heap.generator_mut(g).expect("a generator");
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
    pub(crate) fn yield_frame(&mut self, pc: usize) -> Yielded {
        let frame = self.frames.pop().expect("the generator's frame");
        let &(g, at) = self.running_generators.last().expect("a running generator");
        debug_assert_eq!(at, self.frames.len(), "the generator's frame is the top one");
        let inline = at > self.exec_floor;
        if inline {
            self.running_generators.pop();
        }
        let mut own_async_yield = false;
        if let Some(gen) = self.heap.generator_mut(g) {
            gen.slots.assign(&self.stack[frame.base..]);
            gen.pc = pc;
            gen.state = GenState::Suspended;
            own_async_yield = gen.is_async_generator()
                && self.codes[frame.code.0 as usize].code.instrs[pc - 1].arg & YIELD_DELEGATING == 0;
        }
        self.stack.truncate(frame.base - 1);
        if inline {
            self.chain_passed_through(at);
        }
        match (inline, own_async_yield) {
            (false, _) => Yielded::Out,
            (true, false) => Yielded::ToFrameBelow,
            (true, true) => Yielded::AsAwaitResult,
        }
    }

    /// The interpreter's `for` over generator `g` (or a `yield from` in
    /// a generator sending `sent` into it): its frame pushed above the
    /// loop's (true), to run in the same dispatch loop, or false when it
    /// has finished. The checks are `gen_resume`'s, but the host stack
    /// does not grow. `sent` must be rooted (None, or on `temp_roots`).
    pub(crate) fn gen_enter(&mut self, g: ObjRef, sent: Value) -> Result<bool, PyError> {
        // A recording follows every frame of a chain (the trace inlines
        // the steps); compiled code makes the same ticks either way.
        let g = if sent.is_none() && !self.recording {
            self.skip_delegating(g)
        } else {
            g
        };
        let gen = self.heap.generator(g).expect("the interpreter checked the kind");
        let (code, pc, state) = (gen.code, gen.pc, gen.state);
        match state {
            GenState::Running => return Err(already_executing(gen_noun(gen))),
            GenState::Done if gen.is_coroutine() => return Err(reused_coroutine()),
            GenState::Done => return Ok(false),
            GenState::Created if !sent.is_none() => return Err(non_none_to_new(gen_noun(gen))),
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
        if state == GenState::Suspended {
            self.stack.push(sent);
        }
        self.push_generator_frame(g, code, pc, base);
        Ok(true)
    }

    /// Generator `g` runs in a new top frame (its code from `pc`, its slots
    /// from `base`), the innermost running generator.
    fn push_generator_frame(&mut self, g: ObjRef, code: crate::bytecode::CodeId, pc: usize, base: usize) {
        self.running_generators.push((g, self.frames.len()));
        self.frames.push(Frame {
            code,
            pc,
            base,
            init: false,
            memo: false,
        });
    }

    /// Generator `g`, about to be stepped with None (a `for`, `next`, a
    /// `yield from` sending None), may wait in a `yield from` of another
    /// generator, which may wait in one too: a chain. The long way, each
    /// generator's frame is entered, its `SEND` steps the next, and the
    /// value the last one yields comes back up through each `YIELD`,
    /// which saves the frame just as it was: nothing but ticks and
    /// copies. So the step goes straight to the last generator of the
    /// chain, returned here: the ones passed over count their ticks, are
    /// running, and have frames on the frame stack that stand for theirs
    /// (the same code and place, no slots: their frames stay in the
    /// generator objects). When the last one yields, those frames go
    /// (`chain_passed_through`); when it returns or raises, the innermost
    /// of them becomes the frame the long way had made (`unskip_chain`),
    /// and the value or the error goes on into it as it would have.
    ///
    /// Taken only when the long way would do nothing else: plain
    /// generators, none passed over waiting inside an `except` (whose
    /// exception a frame reads from its slots), the chain's ticks short of
    /// the next poll (no stop, interrupt or collection inside it), its
    /// frames within the recursion limit, and the stack's room for all of
    /// them already there (the long way would not grow it).
    fn skip_delegating(&mut self, g: ObjRef) -> ObjRef {
        use crate::object::Kind;
        let plain = |vm: &Vm, r: ObjRef| vm.heap.kind(r) == Kind::Generator;
        if !plain(self, g) {
            return g;
        }
        // Most steps are of a generator at a plain `yield` or not started:
        // no chain, and nothing more to look at.
        if !self.heap.generator(g).is_some_and(|gen| self.waits_in_yield_from(gen)) {
            return g;
        }
        let depth = self.frames.len();
        let room = self.stack.capacity();
        // The stack's height as the long way would have it at each step.
        let mut height = self.stack.len();
        let mut passed: smallvec::SmallVec<[ObjRef; 16]> = smallvec::SmallVec::new();
        let mut at = g;
        loop {
            let Obj::Generator(gen) = self.heap.get(at) else {
                return g;
            };
            let nslots = gen.slots.len();
            if height + nslots + 2 + crate::limits::FRAME_HEADROOM > room {
                return g;
            }
            let next = match gen.state {
                GenState::Suspended if self.waits_in_yield_from(gen) => {
                    let code = &self.codes[gen.code.0 as usize].code;
                    let send = (gen.pc - 2) as u32;
                    let handling = || code.handling.iter().any(|h| h.start <= send && send < h.end);
                    match gen.slots.as_slice().last().and_then(|v| v.as_obj()) {
                        Some(d) if plain(self, d) && !handling() => Some(d),
                        _ => None,
                    }
                }
                GenState::Suspended | GenState::Created => None,
                GenState::Running | GenState::Done => return g,
            };
            let Some(next) = next else { break };
            // The last generator's frame must fit under the limit too.
            if depth + passed.len() + 1 >= self.limits.max_frames {
                return g;
            }
            passed.push(at);
            height += 1 + nslots;
            at = next;
        }
        let skipped = passed.len();
        if skipped == 0 || self.ticks.get() + skipped as u64 + 1 >= self.poll_at.get() || self.heap.wants_collection() {
            return g;
        }
        self.ticks.set(self.ticks.get() + skipped as u64);
        let base = self.stack.len() + 1;
        for &p in &passed {
            let ObjMut::Generator(gen) = self.heap.get_mut(p) else {
                unreachable!("checked above")
            };
            gen.state = GenState::Running;
            // Where the long way's frame waits: after its `SEND`.
            let (code, pc) = (gen.code, gen.pc - 1);
            self.push_generator_frame(p, code, pc, base);
        }
        self.skipped_chains.push(SkippedChain {
            last: self.frames.len(),
            skipped,
        });
        at
    }

    /// Whether generator `gen` is suspended at the `yield` of a `yield
    /// from` (its `SEND` just before), waiting for what it delegates to.
    fn waits_in_yield_from(&self, gen: &crate::object::GeneratorObj) -> bool {
        gen.state == GenState::Suspended && gen.pc >= 2 && {
            let stopped = self.codes[gen.code.0 as usize].code.instrs[gen.pc - 1];
            stopped.op == Opcode::Yield && stopped.arg & YIELD_DELEGATING != 0
        }
    }

    /// The frame at index `at`, a generator's, just yielded: if it ended
    /// a chain a step skipped (`skip_delegating`), the frames standing for
    /// the generators passed over go too, and they are suspended again
    /// where they were, the value going on to the frame below them.
    fn chain_passed_through(&mut self, at: usize) {
        let Some(&SkippedChain { last, skipped }) = self.skipped_chains.last() else {
            return;
        };
        if last != at {
            return;
        }
        self.skipped_chains.pop();
        for _ in 0..skipped {
            let (g, _) = self.running_generators.pop().expect("a generator passed over");
            self.frames.pop();
            if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
                gen.state = GenState::Suspended;
            }
        }
    }

    /// The frame at index `at`, a generator's, has just gone (returned, or
    /// unwound by an error): if it ended a chain a step skipped, the
    /// innermost generator passed over gets the frame the long way had
    /// made for it, waiting after its `SEND`, so the value returned or the
    /// error goes on into it; the others stay passed over, the chain now
    /// ending at that frame.
    pub(crate) fn unskip_chain(&mut self, at: usize) {
        let Some(chain) = self.skipped_chains.last_mut() else {
            return;
        };
        if chain.last != at {
            return;
        }
        chain.last -= 1;
        chain.skipped -= 1;
        if chain.skipped == 0 {
            self.skipped_chains.pop();
        }
        let &(g, index) = self.running_generators.last().expect("a generator passed over");
        debug_assert_eq!(index, at - 1, "the innermost generator passed over");
        let ObjMut::Generator(gen) = self.heap.get_mut(g) else {
            unreachable!("a generator passed over")
        };
        // `skip_delegating` checked that the stack has the room.
        self.stack.push(gen.func);
        let base = self.stack.len();
        self.stack.extend_from_slice(gen.slots.as_slice());
        gen.slots.clear();
        self.frames[index].base = base;
    }

    /// A call of generator function `func` made by compiled code: the new
    /// generator, its frame the arguments and the unbound locals, as the
    /// interpreter's call makes it (`suspend_new_generator`); the trace
    /// counts the call's tick and checks the recursion limit itself. None
    /// (the interpreter makes the call) unless the call is the plain one:
    /// positional arguments only, the parameters past them having
    /// defaults, no strict `@njit` check to run.
    pub fn new_generator_for_jit(&mut self, func: ObjRef, args: &[Value]) -> Option<Value> {
        if !self.plain_generator_call(func, args.len()) {
            return None;
        }
        let Obj::Function(f) = self.heap.get(func) else {
            return None;
        };
        let (code, closure) = (f.code, f.cells);
        let locals = &self.codes[code.0 as usize].code.locals;
        let mut slots = Vec::with_capacity(locals.names.len() + FRAME_SPARE);
        slots.extend_from_slice(args);
        // The parameters past the arguments take their defaults.
        let nparams = locals.nparams as usize;
        if args.len() < nparams {
            slots.extend_from_slice(&f.defaults[f.defaults.len() - (nparams - args.len())..]);
        }
        slots.resize(locals.names.len(), Value::Undef);
        // Cells and closure cells as the interpreter's call sets them up
        // (`push_frame`); allocation never collects.
        let (cells, free) = (locals.cells.clone(), locals.free.clone());
        for slot in cells {
            slots[slot as usize] = self.new_cell(slots[slot as usize]);
        }
        if !free.is_empty() {
            let closure: Vec<Value> = closure
                .and_then(|t| self.heap.tuple(t))
                .map_or_else(Vec::new, |t| t.to_vec());
            for (i, slot) in free.into_iter().enumerate() {
                slots[slot as usize] = *closure.get(i)?;
            }
        }
        let kind = self.codes[code.0 as usize].code.locals.generator_kind();
        Some(Value::Obj(self.heap.alloc(GeneratorObj::new(
            Value::Obj(func),
            code,
            slots,
            kind,
        ))))
    }

    /// Whether a call of `func` with `argc` positional arguments only
    /// makes a generator, as `new_generator_for_jit` makes it: a generator
    /// function, an argument or a default for each parameter, no strict
    /// `@njit` check.
    pub(crate) fn plain_generator_call(&self, func: ObjRef, argc: usize) -> bool {
        let Obj::Function(f) = self.heap.get(func) else {
            return false;
        };
        let locals = &self.codes[f.code.0 as usize].code.locals;
        let nparams = locals.nparams as usize;
        f.numba != crate::numba::NumbaMode::Strict
            && locals.generator
            && argc <= nparams
            && argc + f.defaults.len() >= nparams
            && !locals.extended()
    }

    /// Compiled code ran a generator's step to its `return`: it is done,
    /// as the interpreter's `gen_returned_inline` leaves it.
    pub fn generator_finished_for_jit(&mut self, g: ObjRef) {
        self.gen_finish(g);
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

    /// `SEND` in the top frame, `yield from`'s step: pops the value to
    /// send, the iterator below it staying on the stack. A generator runs
    /// inline (`gen_enter`, no host recursion however deep the delegation
    /// goes); another iterator gets `next()` for None, else its `send`.
    pub(crate) fn yield_from_send(&mut self) -> Result<Sent, PyError> {
        let sent = *self.stack.last().expect("the value to send");
        let iter = self.stack[self.stack.len() - 2];
        if let Some(g) = iter.as_obj().filter(|&r| matches!(self.heap.get(r), Obj::Generator(_))) {
            // Rooted while the step may collect.
            self.temp_roots.push(sent);
            self.stack.pop();
            let entered = self.gen_enter(g, sent);
            self.temp_roots.pop();
            return Ok(if entered? {
                Sent::Entered
            } else {
                Sent::Returned(Value::None)
            });
        }
        if let Some(g) = crate::async_generator::awaited_generator(self, iter) {
            // An `asend` (an `async for`'s step): its generator runs
            // inline too, as a delegate generator does.
            self.stack.pop();
            return self.async_step_inline(iter, g, sent);
        }
        let step = match iter.as_obj() {
            Some(r) if sent.is_none() && !matches!(self.heap.get(r), Obj::Instance(_)) => {
                // A built-in iterator ends without a value.
                self.stack.pop();
                return Ok(match self.iter_next(r)? {
                    Some(v) => Sent::Yielded(v),
                    None => Sent::Returned(Value::None),
                });
            }
            _ if sent.is_none() => self.call_method_named(iter, "__next__", &[]),
            _ => self.call_method_named(iter, "send", &[sent]),
        };
        self.stack.pop();
        match step {
            Ok(v) => Ok(Sent::Yielded(v)),
            Err(e) if e.kind == ExcKind::StopIteration => Ok(Sent::Returned(self.stop_iteration_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// `recv.name(*args)`, the method looked up as an attribute.
    fn call_method_named(&mut self, recv: Value, name: &str, args: &[Value]) -> Result<Value, PyError> {
        let method = self.get_attr(recv, name)?;
        self.temp_roots.push(method);
        let result = self.call_value(method, args);
        self.temp_roots.pop();
        result
    }

    /// What a StopIteration carries (`return value` in a generator).
    fn stop_iteration_value(&mut self, e: &PyError) -> Value {
        match e.value {
            Some(crate::error::ExcObject(exc)) => self.get_attr(exc, "value").unwrap_or(Value::None),
            None => Value::None,
        }
    }

    /// The iterator a generator suspended in a `yield from` delegates to
    /// (the top of its saved operand stack), if it is suspended in one.
    fn delegate_of(&self, g: ObjRef) -> Option<Value> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return None;
        };
        let yielded_at = suspended_yield(&self.codes, gen)?;
        (yielded_at.arg & YIELD_DELEGATING != 0).then(|| *gen.slots.as_slice().last().expect("the delegate"))
    }

    /// Some generator was left suspended with cleanup pending and was
    /// freed, or still is at the end of the run: CPython runs that cleanup
    /// when the generator's last reference goes (or at exit), at a moment
    /// a tracing collector cannot tell. Refused then, never a cleanup run
    /// at another moment or skipped.
    pub(crate) fn abandoned_generator_error(&mut self) -> Option<PyError> {
        let cleanup_place = |obj: Obj| match obj {
            Obj::Generator(gen) => pending_cleanup_place(&self.codes, &self.heap, gen),
            _ => None,
        };
        let pending = self.heap.objects_where(|obj| cleanup_place(obj).is_some());
        let place = self
            .abandoned_generator
            .take()
            .or_else(|| cleanup_place(self.heap.get(*pending.first()?)))?;
        // Reported once: an engine's next run starts clean.
        for g in pending {
            self.gen_finish(g);
        }
        let mut e = PyError::new(
            ExcKind::NotImplementedError,
            "a generator was left suspended here, inside 'with', 'try'/'finally' or a catch-all 'except', \
             without being closed or run to its end: CPython runs that cleanup when the generator is freed, \
             which Rumba does not do (call its close(), or await an asynchronous generator's aclose())",
        );
        e.record_frame(place);
        Some(e)
    }

    /// `g.throw(e)`: raised at the `yield` where `g` stopped. In a `yield
    /// from`, the iterator delegated to gets it first (its `throw`, or
    /// for GeneratorExit its `close`), as CPython does.
    pub(crate) fn gen_throw(&mut self, g: ObjRef, e: PyError) -> Result<GenStep, PyError> {
        let Some(inner) = self.delegate_of(g) else {
            return self.gen_step(g, Resume::Throw(e), true);
        };
        // Down a chain of delegating generators one host frame a link (a
        // chain as long as the recursion limit allows).
        self.check_host_stack()?;
        let inner_gen = inner
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Obj::Generator(_)));
        if e.kind == ExcKind::GeneratorExit {
            let closed = match inner_gen {
                Some(r) => self.gen_close(r),
                None => match self.get_attr(inner, "close") {
                    Ok(close) => {
                        self.temp_roots.push(close);
                        let done = self.call_value(close, &[]);
                        self.temp_roots.pop();
                        done.map(|_| ())
                    }
                    Err(_) => Ok(()),
                },
            };
            // An error closing the delegate is raised in `g` instead.
            let e = match closed {
                Ok(()) => e,
                Err(other) => other,
            };
            return self.gen_step(g, Resume::Throw(e), true);
        }
        let outcome = match inner_gen {
            Some(r) => match self.gen_throw(r, e) {
                Ok(GenStep::Yielded(v)) => Ok(v),
                Ok(GenStep::Finished(v)) => return self.end_delegation(g, v),
                Err(other) => Err(other),
            },
            None => match self.get_attr(inner, "throw") {
                // Without a `throw`, the exception is `g`'s own.
                Err(_) => return self.gen_step(g, Resume::Throw(e), true),
                Ok(throw) => {
                    let exc = self.exception_object(&e);
                    self.temp_roots.push(throw);
                    self.temp_roots.push(exc);
                    let thrown = self.call_value(throw, &[exc]);
                    self.temp_roots.truncate(self.temp_roots.len() - 2);
                    match thrown {
                        Err(stop) if stop.kind == ExcKind::StopIteration => {
                            let v = self.stop_iteration_value(&stop);
                            return self.end_delegation(g, v);
                        }
                        other => other,
                    }
                }
            },
        };
        match outcome {
            Ok(v) => Ok(GenStep::Yielded(v)),
            Err(other) => self.gen_step(g, Resume::Throw(other), true),
        }
    }

    /// The iterator `g` delegates to finished (returning `returned`) while
    /// a `throw` went to it: `g` resumes after its `yield from`, which
    /// evaluates to `returned`.
    fn end_delegation(&mut self, g: ObjRef, returned: Value) -> Result<GenStep, PyError> {
        let ObjMut::Generator(gen) = self.heap.get_mut(g) else {
            unreachable!("a generator")
        };
        let mut slots = gen.slots.take();
        slots.pop();
        gen.slots.put(slots);
        // The `SEND` before the `yield`, whose argument is the exit.
        let send = self.codes[gen.code.0 as usize].code.instrs[gen.pc - 2];
        debug_assert_eq!(send.op, Opcode::Send);
        gen.pc = send.arg as usize;
        self.temp_roots.push(returned);
        let step = self.gen_step(g, Resume::Send(returned), true);
        self.temp_roots.pop();
        step
    }

    /// The exception `throw(typ[, val[, tb]])` raises: an instance, or a
    /// class made into one (from `val`), checked as CPython checks them.
    pub(crate) fn thrown_error(&mut self, a: &[Value]) -> Result<PyError, PyError> {
        let typ = a[0];
        let val = a.get(1).copied().unwrap_or(Value::None);
        if !a.get(2).copied().unwrap_or(Value::None).is_none() {
            // Rumba makes no traceback objects.
            return Err(RawError::type_error("throw() third argument must be a traceback object").into());
        }
        let base = self.exception_classes[0].0;
        let class = typ
            .as_obj()
            .filter(|&r| matches!(self.heap.get(r), Obj::Class(_)) && self.mro(r).contains(&base));
        if let Some(class) = class {
            let exc = if self.is_instance_of(val, class) {
                val
            } else {
                let args = match val.as_obj().and_then(|r| self.heap.tuple(r)) {
                    Some(items) => items.to_vec(),
                    None if val.is_none() => Vec::new(),
                    None => vec![val],
                };
                self.call_value(typ, &args)?
            };
            return Ok(self.raised(exc));
        }
        if self.is_exception(typ) {
            if !val.is_none() {
                return Err(RawError::type_error("instance exception may not have a separate value").into());
            }
            return Ok(self.raised(typ));
        }
        Err(RawError::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            self.type_name(typ)
        ))
        .into())
    }

    /// `g.close()`: GeneratorExit raised where it stopped, so its
    /// `finally` bodies and `__exit__`s run; the generator ends.
    fn gen_close(&mut self, g: ObjRef) -> Result<(), PyError> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            unreachable!("a generator")
        };
        let noun = gen_noun(gen);
        match gen.state {
            GenState::Running => return Err(already_executing(noun)),
            GenState::Suspended => {}
            GenState::Created | GenState::Done => {
                self.gen_finish(g);
                return Ok(());
            }
        }
        match self.gen_throw(g, PyError::new(ExcKind::GeneratorExit, "")) {
            Ok(GenStep::Yielded(_)) => {
                Err(RawError::new(ExcKind::RuntimeError, format!("{noun} ignored GeneratorExit")).into())
            }
            Ok(GenStep::Finished(_)) => Ok(()),
            Err(e) if matches!(e.kind, ExcKind::GeneratorExit | ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// The generator `GenState::Done`, its saved frame dropped; or, for
    /// one that stands for a `map` or `filter` (`Face`), new again.
    fn gen_finish(&mut self, g: ObjRef) {
        if let ObjMut::Generator(gen) = self.heap.get_mut(g) {
            drop(gen.slots.take());
            match &gen.face {
                Some(face) => {
                    let mut slots = Vec::with_capacity(face.start.len() + FRAME_SPARE);
                    slots.extend_from_slice(&face.start);
                    gen.slots.put(slots);
                    gen.state = GenState::Created;
                    gen.pc = 0;
                }
                None => gen.state = GenState::Done,
            }
        }
    }

    /// `RETURN` in the top frame: if it is a generator stepped by the `for`
    /// (or the `yield from`) in the frame below (`gen_enter`), the
    /// generator finishes, its frame goes, and that loop ends (the iterator
    /// popped, on at the loop's exit; a `yield from` evaluates to
    /// `returned`); true then.
    ///
    /// An asynchronous generator (stepped by an `asend` its caller awaits,
    /// `yield_from_send`) ends the `await` with StopAsyncIteration instead:
    /// the error to raise in the caller's frame.
    pub(crate) fn gen_returned_inline(&mut self, returned: Value) -> Result<bool, PyError> {
        let top = self.frames.len() - 1;
        let Some(&(g, at)) = self.running_generators.last() else {
            return Ok(false);
        };
        if at != top || at <= self.exec_floor {
            return Ok(false);
        }
        self.running_generators.pop();
        let is_async = matches!(self.heap.get(g), Obj::Generator(gen) if gen.is_async_generator());
        self.gen_finish(g);
        let frame = self.frames.pop().expect("the generator's frame");
        self.stack.truncate(frame.base - 1);
        self.unskip_chain(at);
        if is_async {
            // The caller's frame waits after its `SEND`: the error is
            // raised there, the awaitable still below.
            let asend = *self.stack.last().expect("the awaited asend");
            self.async_step_ended(asend, g, ExcKind::StopAsyncIteration);
            return Err(PyError::new(ExcKind::StopAsyncIteration, ""));
        }
        // The iterator, below the frame's callee slot.
        self.stack.pop();
        let caller = self.frames.last_mut().expect("the loop's frame");
        // The caller waits after its `FOR_ITER` or `SEND`, whose argument
        // is the loop's exit.
        let stepper = self.codes[caller.code.0 as usize].code.instrs[caller.pc - 1];
        debug_assert!(matches!(stepper.op, Opcode::ForIter | Opcode::Send));
        caller.pc = stepper.arg as usize;
        if stepper.op == Opcode::Send {
            self.stack.push(returned);
        }
        Ok(true)
    }

    /// An asynchronous generator stepped inline yielded `v` itself (not
    /// an `await` inside it): the `await` of the `asend` below (on top of
    /// the stack now) evaluates to `v`, its `SEND` leaving the loop.
    pub(crate) fn async_yield_inline(&mut self, v: Value) {
        let asend = *self.stack.last().expect("the awaited asend");
        if let Some(g) = crate::async_generator::awaited_generator(self, asend) {
            self.async_step_ended(asend, g, ExcKind::StopIteration);
        }
        *self.stack.last_mut().expect("the awaited asend") = v;
        let caller = self.frames.last_mut().expect("the awaiting frame");
        let send = self.codes[caller.code.0 as usize].code.instrs[caller.pc - 1];
        debug_assert_eq!(send.op, Opcode::Send);
        caller.pc = send.arg as usize;
    }

    /// An error unwinds the top frame: a generator stepped by a `for`
    /// (`gen_enter`) whose frame it is finishes, and a StopIteration
    /// leaving it becomes a RuntimeError (PEP 479): true then, the frame
    /// being in the StopIteration's traceback already, not the
    /// RuntimeError's. A generator stepped by `gen_resume` is that
    /// function's to finish.
    pub(crate) fn gen_frame_unwound(&mut self, e: &mut PyError) -> bool {
        let top = self.frames.len() - 1;
        let Some(&(g, at)) = self.running_generators.last() else {
            return false;
        };
        if at != top || at <= self.exec_floor {
            return false;
        }
        self.running_generators.pop();
        let (noun, is_async) = match self.heap.get(g) {
            Obj::Generator(gen) => (gen_noun(gen), gen.is_async_generator()),
            _ => ("generator", false),
        };
        self.gen_finish(g);
        let frame = self.frames[top];
        let escaped = self.stop_iteration_escaped(e, noun, Some(frame));
        if is_async {
            // The `asend` the caller awaits, below the frame's callee slot.
            let asend = self.stack[frame.base - 2];
            self.async_step_ended(asend, g, e.kind);
        }
        escaped
    }

    /// PEP 479: a StopIteration escaping a generator's body is an error,
    /// not the generator's end (and a StopAsyncIteration escaping an
    /// asynchronous generator's): `e` becomes a RuntimeError whose cause
    /// (and context) is the StopIteration, with the traceback it has so
    /// far, and the generator's frame if it is given (that frame is the
    /// StopIteration's alone, as in CPython). True if it was converted.
    fn stop_iteration_escaped(&mut self, e: &mut PyError, noun: &str, frame: Option<Frame>) -> bool {
        let escaped = match e.kind {
            ExcKind::StopIteration => "StopIteration",
            ExcKind::StopAsyncIteration if noun == "async generator" => "StopAsyncIteration",
            _ => return false,
        };
        if let Some(frame) = frame {
            let code = self.codes[frame.code.0 as usize].code.clone();
            crate::interp::record_frame(e, &code, frame.pc);
        }
        self.convert_with_cause(e, ExcKind::RuntimeError, format!("{noun} raised {escaped}"));
        true
    }
}

/// A `yield from` chain a step went straight to the end of
/// (`Vm::skip_delegating`): the frame at index `last` is the last
/// generator's (or, once it has gone, the innermost one passed over that
/// took its place: `unskip_chain`), and the `skipped` frames below it
/// stand for the generators passed over.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SkippedChain {
    last: usize,
    skipped: usize,
}

/// How a generator is resumed.
pub(crate) enum Resume {
    /// Its `yield` evaluates to this (None for `next`).
    Send(Value),
    /// This is raised at its `yield` (`throw`, `close`).
    Throw(PyError),
}

/// Where a `YIELD` handed its value (`yield_frame`).
pub(crate) enum Yielded {
    /// To the `for` or `yield from` in the frame below, which stepped the
    /// generator inline.
    ToFrameBelow,
    /// An asynchronous generator's own value, for the frame below that
    /// awaits its `asend` (`async_yield_inline`).
    AsAwaitResult,
    /// Out of the dispatch loop, to whoever resumed the generator.
    Out,
}

/// What `SEND` (a step of `yield from`) came to.
pub(crate) enum Sent {
    /// The iterator is a generator whose frame now runs above the
    /// delegating one, in the same dispatch loop.
    Entered,
    /// The iterator gave this value, for the delegating frame to yield.
    Yielded(Value),
    /// The iterator has finished: the `yield from` evaluates to this.
    Returned(Value),
}

/// What one step of a generator came to.
pub(crate) enum GenStep {
    /// The value of a `yield`.
    Yielded(Value),
    /// The generator has finished: what its body returned.
    Finished(Value),
}

/// The `yield` a suspended generator stopped at.
fn suspended_yield(codes: &[CodeEntry], gen: &GeneratorObj) -> Option<crate::bytecode::Instr> {
    if gen.state != GenState::Suspended {
        return None;
    }
    let ins = codes[gen.code.0 as usize].code.instrs[gen.pc - 1];
    (ins.op == Opcode::Yield).then_some(ins)
}

/// If `obj` is a suspended generator whose closing would run code of the
/// script (it stopped inside a `with`, a `finally` or a catch-all
/// `except`, or delegates to an iterator of the script's own class, whose
/// `close` would be called): where it stopped, as a traceback entry.
/// Freeing one skips cleanup CPython would run (see
/// `Vm::abandoned_generator_error`).
pub(crate) fn pending_cleanup_place(codes: &[CodeEntry], heap: &Heap, gen: &GeneratorObj) -> Option<TraceEntry> {
    let ins = suspended_yield(codes, gen)?;
    let pending = ins.arg & YIELD_IN_CLEANUP != 0
        || (ins.arg & YIELD_DELEGATING != 0
            && matches!(
                gen.slots
                    .as_slice()
                    .last()
                    .and_then(|v| v.as_obj())
                    .map(|r| heap.get(r)),
                Some(Obj::Instance(_))
            ));
    pending.then(|| crate::interp::frame_entry(&codes[gen.code.0 as usize].code, gen.pc))
}

/// The arguments of `throw(typ[, val[, tb]])` (and `athrow`) counted as
/// CPython counts them; `method` names it in the error for keywords.
pub(crate) fn check_throw_args(
    method: &str,
    name: &str,
    a: &[Value],
    kw: &[crate::native::KwArg],
) -> Result<(), PyError> {
    if !kw.is_empty() {
        return Err(RawError::type_error(format!("{method}() takes no keyword arguments")).into());
    }
    match a.len() {
        0 => Err(RawError::type_error(format!("{name} expected at least 1 argument, got 0")).into()),
        1..=3 => Ok(()),
        n => Err(RawError::type_error(format!("{name} expected at most 3 arguments, got {n}")).into()),
    }
}

/// How errors name a generator object: "generator" or "coroutine".
fn gen_noun(gen: &crate::object::GeneratorObj) -> &'static str {
    if gen.is_coroutine() {
        "coroutine"
    } else if gen.is_async_generator() {
        "async generator"
    } else {
        "generator"
    }
}

fn already_executing(noun: &str) -> PyError {
    RawError::value_error(format!("{noun} already executing")).into()
}

fn non_none_to_new(noun: &str) -> PyError {
    RawError::type_error(format!("can't send non-None value to a just-started {noun}")).into()
}

/// A finished coroutine cannot run again (a generator just stops).
fn reused_coroutine() -> PyError {
    RawError::new(ExcKind::RuntimeError, "cannot reuse already awaited coroutine").into()
}

/// The methods of coroutines: a generator's, less the iterator's.
pub(crate) fn coroutine_lookup(name: &str) -> Option<crate::native::NativeMethodPtr> {
    match name {
        "send" | "throw" | "close" => lookup(name),
        _ => None,
    }
}

impl Vm {
    /// What `await v` runs as `yield from` does: a coroutine itself, or the
    /// iterator an instance's `__await__` returns (CPython's checks and
    /// messages).
    pub(crate) fn get_awaitable(&mut self, v: Value) -> Result<Value, PyError> {
        if let Some(Obj::Generator(gen)) = v.as_obj().map(|r| self.heap.get(r)) {
            if gen.is_coroutine() {
                if self.delegating(gen) {
                    return Err(RawError::new(ExcKind::RuntimeError, "coroutine is being awaited already").into());
                }
                return Ok(v);
            }
        }
        if let Some(it) = self.call_special(v, Special::Await, &[])? {
            let is_coroutine =
                matches!(it.as_obj().map(|r| self.heap.get(r)), Some(Obj::Generator(g)) if g.is_coroutine());
            if is_coroutine {
                return Err(RawError::type_error("__await__() returned a coroutine").into());
            }
            if !self.is_iterator(it) {
                return Err(RawError::type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    self.type_name(it)
                ))
                .into());
            }
            return Ok(it);
        }
        Err(RawError::type_error(format!(
            "object {} can't be used in 'await' expression",
            self.type_name(v)
        ))
        .into())
    }

    /// Whether a suspended generator or coroutine waits in a `yield from`
    /// or `await` (CPython's `gi_yieldfrom` is set).
    pub(crate) fn delegating(&self, gen: &crate::object::GeneratorObj) -> bool {
        if gen.state != GenState::Suspended || gen.pc == 0 {
            return false;
        }
        let at = self.codes[gen.code.0 as usize].code.instrs[gen.pc - 1];
        at.op == Opcode::Yield && at.arg & YIELD_DELEGATING != 0
    }

    /// Whether `v` is an iterator: a built-in one, or an instance whose
    /// class defines `__next__`.
    fn is_iterator(&self, v: Value) -> bool {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Instance(_)) => self.special_method(v, Special::Next).is_some(),
            Some(obj) => obj.is_iterator(),
            None => false,
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
    fn close(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        args::no_args("generator.close", a, kw)?;
        let g = generator(vm, recv);
        vm.gen_close(g)?;
        Ok(Value::None)
    }
    fn throw(vm: &mut Vm, recv: Value, a: &[Value], kw: &[KwArg]) -> NativeResult {
        check_throw_args("generator.throw", "throw", a, kw)?;
        let g = generator(vm, recv);
        let e = vm.thrown_error(a)?;
        let step = vm.gen_throw(g, e)?;
        vm.yielded_or_stop(step)
    }
    Some(match name {
        "send" => send as NativeMethodPtr,
        "throw" => throw,
        "close" => close,
        "__next__" => next,
        "__iter__" => iter,
        _ => return None,
    })
}
