//! What a JIT may see and change in the VM: the surface `JitHook`
//! implementations work through, kept in one place so the interpreter's
//! own fields stay private to it.

use crate::bytecode::{CodeId, Opcode};
use crate::error::{ExcKind, PyError};
use crate::heap::ObjRef;
use crate::native::KwArg;
use crate::object::{DescriptorKind, IterObj, IterState, Kind, Obj, ObjMut};
use crate::ops::arith::BinOp;
use crate::special::Special;
use crate::value::Value;
use crate::vm::Frame;
use crate::vm::{PendingCall, Vm, NO_TRACE};
use smallvec::SmallVec;

impl Vm {
    /// The frames, outermost first.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// The whole value stack (frames' locals and operands).
    pub fn stack(&self) -> &[Value] {
        &self.stack
    }

    /// Makes room for `extra` more values above the top without moving
    /// them again, and returns the stack's first element, so native code
    /// may write up to `extra` values past the current top. None when the
    /// growth would pass the heap limit (the stacks count toward it).
    pub fn stack_reserve(&mut self, extra: usize) -> Option<*mut Value> {
        if self.stack.len() + extra > self.stack.capacity() && self.grow_stacks(extra).is_err() {
            return None;
        }
        Some(self.stack.as_mut_ptr())
    }

    /// The stack's first element, where native code writes values within
    /// the room `stack_reserve` made.
    pub fn stack_ptr(&mut self) -> *mut Value {
        self.stack.as_mut_ptr()
    }

    /// Sets the stack's length after native code wrote the values up to
    /// `len` directly.
    ///
    /// # Safety
    /// Every element below `len` must hold a value written as a `Value`
    /// (tag word and matching payload), and `len` must be within the
    /// capacity reserved by `stack_reserve`.
    pub unsafe fn set_stack_len(&mut self, len: usize) {
        // Checked in every build: a length past the room would expose
        // memory no value was written to.
        assert!(len <= self.stack.capacity(), "the stack's length past its room");
        // SAFETY: the caller guarantees the elements are initialized and
        // within capacity (see above).
        unsafe { self.stack.set_len(len) }
    }

    /// Puts the built-in, its arguments and any keyword names back from
    /// slot `at` up (`call`, as they were) after a call that switched the
    /// built-in to its Python version (`redirect_consumer_for_jit`) could
    /// not be made: the exit's interpreter redoes the call.
    pub fn put_back_call_for_jit(&mut self, at: usize, call: &[Value]) {
        self.stack.truncate(at);
        // The trace wrote as many values there before the call, within
        // the room it reserved: no reallocation moves the stack.
        debug_assert!(at + call.len() <= self.stack.capacity());
        self.stack.extend_from_slice(call);
    }

    /// Pushes a frame, as a call would have (an exit inside an inlined call).
    pub fn push_frame_for_jit(&mut self, frame: Frame) {
        self.frames.push(frame);
    }

    /// Takes back a frame `push_frame_for_jit` pushed (its slots stay).
    pub fn pop_frame_for_jit(&mut self) {
        self.frames.pop();
    }

    /// Sets where the top frame resumes.
    pub fn set_top_pc(&mut self, pc: usize) {
        self.frames.last_mut().expect("a running frame").pc = pc;
    }

    /// The global slot code `code` means by its name number `name`.
    pub fn global_slot_of(&self, code: CodeId, name: u32) -> u32 {
        self.codes[code.0 as usize].global_slots[name as usize]
    }

    /// Whether `o` is a module of the script's own (its attributes are
    /// global slots, which change).
    pub fn is_script_module(&self, o: ObjRef) -> bool {
        matches!(self.heap.get(o), Obj::Module(m) if m.script_namespace().is_some())
    }

    /// The global slot attribute `name` of script module `o` is, if the
    /// module has one of that name.
    pub fn module_global_slot(&self, o: ObjRef, name: ObjRef) -> Option<u32> {
        let Obj::Module(m) = self.heap.get(o) else { return None };
        let text = self.heap.str_obj(name)?.as_str();
        self.find_global_slot(m.script_namespace()?, text)
    }

    /// The value of a global slot (Undef when unbound).
    pub fn global(&self, slot: u32) -> Value {
        self.globals[slot as usize]
    }

    /// The name of a global slot (for dumps and logs).
    pub fn global_name(&self, slot: u32) -> &str {
        &self.global_names[slot as usize]
    }

    /// The built-in a global slot falls back to when unbound (or Undef).
    pub fn builtin_for_slot(&self, slot: u32) -> Value {
        self.builtin_fallback[slot as usize]
    }

    /// The global slots as one array, for native code to read and write
    /// in place. Valid until code is loaded again (which adds slots).
    pub fn globals_ptr(&mut self) -> *mut Value {
        self.globals.as_mut_ptr()
    }

    /// Constant `i` of a code object, as a value.
    pub fn const_value(&self, code: CodeId, i: u32) -> Value {
        self.codes[code.0 as usize].consts[i as usize]
    }

    /// Installs (or with None removes) the trace the interpreter enters at
    /// loop `loop_id` of `code`.
    pub fn set_loop_trace(&mut self, code: CodeId, loop_id: u32, trace: Option<u32>) {
        let state = &mut self.loops[code.0 as usize][loop_id as usize];
        state.trace = trace.unwrap_or(NO_TRACE);
        state.countdown = self.hot_threshold.max(1);
    }

    /// Sets how many more iterations a loop runs before `loop_hot`.
    pub fn set_loop_countdown(&mut self, code: CodeId, loop_id: u32, countdown: u32) {
        self.loops[code.0 as usize][loop_id as usize].countdown = countdown.max(1);
    }

    /// The trace installed at a loop, if any.
    pub fn loop_trace(&self, code: CodeId, loop_id: u32) -> Option<u32> {
        let t = self.loops[code.0 as usize][loop_id as usize].trace;
        (t != NO_TRACE).then_some(t)
    }

    /// Installs (or with None removes) the trace that runs when a call of
    /// `code` has pushed its frame.
    pub fn set_entry_trace(&mut self, code: CodeId, trace: Option<u32>) {
        let state = &mut self.entries[code.0 as usize];
        state.trace = trace.unwrap_or(NO_TRACE);
        state.countdown = self.hot_threshold.max(1);
    }

    /// Sets how many more calls of `code` come before `function_hot`.
    pub fn set_entry_countdown(&mut self, code: CodeId, countdown: u32) {
        self.entries[code.0 as usize].countdown = countdown.max(1);
    }

    /// The trace installed at the entry of `code`, if any.
    pub fn entry_trace(&self, code: CodeId) -> Option<u32> {
        let t = self.entries[code.0 as usize].trace;
        (t != NO_TRACE).then_some(t)
    }

    /// Whether `code` has a loop of its own.
    pub fn has_loops(&self, code: CodeId) -> bool {
        !self.loops[code.0 as usize].is_empty()
    }

    /// The frame depth the running `execute` returns at (see `exec_floor`).
    pub fn exec_floor(&self) -> usize {
        // A generator's frame returns to the `for` stepping it, which the
        // interpreter ends: a trace must not take that return either.
        match self.running_generators.last() {
            Some(&(_, at)) => self.exec_floor.max(at),
            None => self.exec_floor,
        }
    }

    /// How many slots the frame of a call of `code` with `argc`
    /// positional arguments (no keywords) has when binding is only their
    /// copying (no defaults, cells, `*args` or keyword-only parameters):
    /// the frame `push_call_for_jit` makes then, and the one compiled code
    /// makes itself. None when binding takes more.
    pub fn plain_frame_size(&self, code: CodeId, argc: usize) -> Option<usize> {
        let locals = &self.codes[code.0 as usize].code.locals;
        let plain =
            argc == locals.nparams as usize && locals.cells.is_empty() && locals.free.is_empty() && !locals.extended();
        plain.then(|| locals.names.len().max(argc))
    }

    /// A call made by compiled code: the caller (the top frame) resumes at
    /// `caller_pc`, and a frame for `code` starts at stack index `base`
    /// with its `argc` arguments written there already (the last of them
    /// the values of the keywords `kwnames` names), bound as the
    /// interpreter's call binds them (defaults, keywords, `*args`,
    /// `**kwargs`, cells); its other locals start unbound. The stack's length becomes the new frame's height,
    /// with `reserve` more values of room above it. Returns `base`; None,
    /// with nothing changed, when the call would pass the recursion limit
    /// (`margin` frames are kept free for the trace's inlined calls) or
    /// the heap limit.
    #[allow(clippy::too_many_arguments)]
    pub fn push_call_for_jit(
        &mut self,
        code: CodeId,
        caller_pc: usize,
        base: usize,
        argc: usize,
        kwnames: Option<Value>,
        margin: usize,
        reserve: usize,
    ) -> Option<usize> {
        if self.frames.len() + margin + 1 >= self.limits.max_frames {
            return None;
        }
        let nlocals = self.codes[code.0 as usize].code.locals.names.len();
        let plain = kwnames.is_none() && self.plain_frame_size(code, argc).is_some();
        // The values the trace wrote must be inside the stack before it
        // can grow: a reallocation moves only the stack's length.
        assert!(
            base + argc <= self.stack.capacity(),
            "a call's arguments beyond the stack's room"
        );
        // SAFETY: the trace wrote every value below base + argc before the
        // call (the write-back of its snapshot; the slots below the entry
        // height were the interpreter's), all within the capacity checked
        // just above, which the trace's entry (or the last `enter_call`)
        // reserved.
        unsafe { self.stack.set_len(base + argc) };
        // The growth counts toward the heap limit; past it the exit redoes
        // the call in the interpreter, which raises the MemoryError.
        let room = reserve + nlocals.max(argc);
        if self.stack.len() + room > self.stack.capacity() && self.grow_stacks(room).is_err() {
            return None;
        }
        self.frames.last_mut().expect("a caller").pc = caller_pc;
        if !plain {
            // Defaults, `*args`, keyword-only parameters and cells: bound
            // as the interpreter's call binds them, for the function below
            // the arguments (the trace checked the binding cannot fail).
            let func = self.stack[base - 1]
                .as_obj()
                .filter(|&f| matches!(self.heap.get(f), Obj::Function(f) if f.code == code))?;
            return self.bind_frame(func, argc, kwnames).ok().map(|()| base);
        }
        self.stack.resize(base + nlocals.max(argc), Value::Undef);
        self.frames.push(Frame::at_entry(code, base));
        Some(base)
    }

    /// As `push_call_for_jit`, for a method call: the receiver and the
    /// other `argc - 1` arguments were written from stack index `recv_at`
    /// on, and `func` goes in below the receiver (as the interpreter's
    /// call of a method does), so the frame starts at `recv_at + 1`.
    /// Returns that base; None, with nothing changed, as
    /// `push_call_for_jit` fails.
    #[allow(clippy::too_many_arguments)]
    pub fn push_method_call_for_jit(
        &mut self,
        code: CodeId,
        caller_pc: usize,
        recv_at: usize,
        func: Value,
        argc: usize,
        margin: usize,
        reserve: usize,
    ) -> Option<usize> {
        // The function the trace names is the method of `code` (a cheap
        // check on what the trace passed, where a wrong value would sit
        // in a stack slot the collector walks).
        match func.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Function(f)) if f.code == code => {}
            _ => return None,
        }
        // One more value than the trace wrote: within the room its entry
        // reserved above everything it writes.
        assert!(
            recv_at + argc < self.stack.capacity(),
            "a call's arguments beyond the stack's room"
        );
        // SAFETY: the trace wrote every value below recv_at + argc (its
        // snapshot's write-back), within the capacity checked above.
        unsafe { self.stack.set_len(recv_at + argc) };
        self.stack.insert(recv_at, func);
        let base = self.push_call_for_jit(code, caller_pc, recv_at + 1, argc, None, margin, reserve);
        if base.is_none() {
            self.stack.remove(recv_at);
        }
        base
    }

    /// A return made by compiled code: the top frame is gone; the stack
    /// ends below its callee slot (the trace holds the result).
    pub fn pop_call_for_jit(&mut self) {
        let frame = self.frames.pop().expect("a returning frame");
        self.stack.truncate(frame.base - 1);
    }

    /// `pop_call_for_jit` of an `__init__`'s frame that returned None:
    /// the instance, in the callee's slot, is the caller's result.
    pub fn pop_init_call_for_jit(&mut self) {
        let frame = self.frames.pop().expect("a returning frame");
        self.stack.truncate(frame.base);
    }

    /// While compiled code runs, values live in registers the collector
    /// cannot see: what it calls must not collect (`settle` in the JIT asks
    /// for a collection at the next exit instead). Calls nest.
    pub fn hold_collections(&mut self, held: bool) {
        if held {
            self.no_collect += 1;
        } else {
            self.no_collect -= 1;
        }
    }

    /// Calls a built-in function (no keywords) for a trace. Built-ins
    /// that could call back into a script are never passed here. No
    /// collection runs meanwhile: the trace's values are in registers.
    /// The built-in charges its work to `ticks`, which the caller sets to
    /// the trace's count first and reads back after (see `limits`).
    pub fn call_native_for_jit(&mut self, callee: Value, args: &[Value]) -> Result<Value, PyError> {
        self.call_native_with_for_jit(callee, args, &[])
    }

    /// `call_native_for_jit` of a call with keywords (`CALL_KW`): the
    /// last `names.len()` of `args` are the values of the keywords that
    /// tuple `names` (the call's constant) names, in order.
    pub fn call_native_named_for_jit(
        &mut self,
        callee: Value,
        args: &[Value],
        names: ObjRef,
    ) -> Result<Value, PyError> {
        let (npos, kwargs) = self.keywords_for_jit(args, names)?;
        self.call_native_with_for_jit(callee, &args[..npos], &kwargs)
    }

    /// How many of `args` are positional, and the keyword arguments the
    /// rest are the values of (named by tuple `names`, in order).
    pub fn keywords_for_jit(&self, args: &[Value], names: ObjRef) -> Result<(usize, Vec<KwArg>), PyError> {
        let names: Vec<Value> = self.heap.tuple(names).map_or_else(Vec::new, |t| t.to_vec());
        let Some(npos) = args.len().checked_sub(names.len()) else {
            return Err(PyError::new(crate::error::ExcKind::TypeError, "keyword values missing"));
        };
        let kwargs = names
            .iter()
            .zip(&args[npos..])
            .map(|(&n, &value)| KwArg {
                name: self.as_str_rc(n).unwrap_or_else(|| "?".into()),
                value,
            })
            .collect();
        Ok((npos, kwargs))
    }

    fn call_native_with_for_jit(&mut self, callee: Value, args: &[Value], kwargs: &[KwArg]) -> Result<Value, PyError> {
        self.no_collect += 1;
        let result = match callee.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Native(native)) => {
                let func = native.func;
                func(self, args, kwargs)
            }
            Some(Obj::Type(kind)) => crate::builtins::call_type(self, kind, args, kwargs),
            Some(Obj::Class(_)) if kwargs.is_empty() => {
                self.new_filled_for_jit(callee.as_obj().expect("a class"), args)
            }
            _ => Err(PyError::new(crate::error::ExcKind::TypeError, "not a built-in")),
        };
        self.no_collect -= 1;
        result
    }

    /// The native `__init__` of a class whose instances it only fills
    /// from its arguments: a `namedtuple`'s class (its own namespace holds
    /// `_fields`; the fields are set) or an exception class without an
    /// `__init__` of the script's (`args` is set). None for any other.
    pub fn plain_native_init(&self, class: ObjRef) -> Option<crate::native::NativeFnPtr> {
        let init = self.native_init_for_jit(class)?;
        let Obj::Class(c) = self.heap.get(class) else {
            return None;
        };
        let record = self.heap.find_interned("_fields").is_some_and(|fields| {
            self.heap
                .dict(c.dict)
                .is_some_and(|d| d.table.iter().any(|e| e.key.is(Value::Obj(fields))))
        });
        let exception = self
            .exception_classes
            .first()
            .is_some_and(|&(base, _)| self.mro(class).contains(&base));
        (record || exception).then_some(init)
    }

    /// The native `__init__` that makes the instances of `class` (a
    /// native class's: `deque`, `Counter`, `defaultdict`; or a subclass
    /// that keeps it). It takes what its arguments hold and changes
    /// nothing else, unless they are iterators it consumes or objects
    /// whose methods it calls (which the caller rules out). None when
    /// `__init__` is the script's or there is none.
    pub fn native_init_for_jit(&self, class: ObjRef) -> Option<crate::native::NativeFnPtr> {
        let init = self.heap.find_interned("__init__")?;
        match self.class_attr(class, init).ok()??.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Native(n)) => Some(n.func),
            _ => None,
        }
    }

    /// `Class(*args)` of a class with a native `__init__` for a trace: a
    /// new instance filled by it (the caller passes arguments through
    /// which no script code runs and nothing else changes, so an exit may
    /// make it again).
    fn new_filled_for_jit(&mut self, class: ObjRef, args: &[Value]) -> Result<Value, PyError> {
        let Some(init) = self.native_init_for_jit(class) else {
            return Err(PyError::new(
                crate::error::ExcKind::TypeError,
                "not a class a trace makes",
            ));
        };
        let (inst, _) = self.new_instance(class, args.len())?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(inst);
        all.extend_from_slice(args);
        init(self, &all, &[])?;
        Ok(inst)
    }

    /// The classes of `class`'s MRO and their versions, which a trace
    /// guards to keep what it found on them.
    pub fn class_versions_for_jit(&self, class: ObjRef) -> ClassVersions {
        self.mro_versions(class)
    }

    /// Calls a host function for a trace (no keywords, no collection
    /// meanwhile: the trace's values are in registers).
    pub fn call_host_for_jit(&mut self, callee: Value, args: &[Value]) -> Result<Value, PyError> {
        let index = match callee.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::HostFunction(h)) => h.index,
            _ => return Err(PyError::new(crate::error::ExcKind::TypeError, "not a host function")),
        };
        self.refused_script = false;
        self.no_collect += 1;
        let result = self.call_host(index, args, &[]);
        self.no_collect -= 1;
        result
    }

    /// Calls a built-in function bound to an object (a `Method` whose
    /// function is native: `random.random`) for a trace, with the receiver
    /// first; no keywords, no collection meanwhile.
    /// A call whose outcome a trace stashed (`stash_call_outcome`) takes
    /// that outcome instead: the side trace that grows from the exit makes
    /// the call again, and the method must not run twice.
    pub fn call_native_method_for_jit(&mut self, callee: Value, args: &[Value]) -> Result<Value, PyError> {
        let Some((r, Obj::Method(m))) = callee.as_obj().map(|r| (r, self.heap.get(r))) else {
            return Err(PyError::new(crate::error::ExcKind::TypeError, "not a method"));
        };
        let (func, receiver) = (m.func, m.receiver);
        if let Some(outcome) = self.take_pending(PendingCall::Method(r)) {
            return outcome;
        }
        self.refused_script = false;
        let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
        all.push(receiver);
        all.extend_from_slice(args);
        self.call_native_for_jit(func, &all)
    }

    /// Calls a native function with effects for a trace: a native class's
    /// method (`deque.popleft`, the receiver first in `args`) or a
    /// module's function (`heapq.heappush`); no keywords, no collection
    /// meanwhile.
    /// As `call_native_method_for_jit`, a call whose outcome a trace
    /// stashed takes that outcome.
    pub fn call_native_once_for_jit(&mut self, callee: Value, args: &[Value]) -> Result<Value, PyError> {
        if let Some(outcome) = callee.as_obj().and_then(|r| self.take_pending(PendingCall::Native(r))) {
            return outcome;
        }
        self.refused_script = false;
        self.call_native_for_jit(callee, args)
    }

    /// Whether `r` is a `functools.cache`/`lru_cache` wrapper, whose calls
    /// the interpreter makes itself (`functools::memo_call`).
    pub fn is_memo_wrapper(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Instance(i) if self.memo_class == Some(i.class))
    }

    /// For the recorder: what a call of cache wrapper `wrapper` with
    /// `args` finds in its cache, without counting it (`functools::memo_peek`).
    pub fn memo_peek_for_jit(&mut self, wrapper: ObjRef, args: &[Value]) -> Option<Value> {
        crate::modules::functools::memo_peek(self, wrapper, args)
    }

    /// For compiled code: a call of cache wrapper `wrapper` with `args`
    /// that finds a value `accept` takes, counted as a hit; None when the
    /// interpreter must make the call (`functools::memo_hit`).
    pub fn memo_hit_for_jit(
        &mut self,
        wrapper: ObjRef,
        args: &[Value],
        accept: impl Fn(Value) -> bool,
    ) -> Result<Option<Value>, PyError> {
        crate::modules::functools::memo_hit(self, wrapper, args, accept)
    }

    /// `slice(lower, upper, step)` for compiled code (`BUILD_SLICE`).
    pub fn new_slice_for_jit(&mut self, bounds: [Value; 3]) -> Result<Value, PyError> {
        self.new_slice(bounds)
    }

    /// Whether compiled code may step iterator `it` through
    /// `iter_step_for_jit`: an instance of a built-in iterator class whose
    /// steps never run script code; its class, for the trace to guard.
    pub fn steps_without_script(&self, it: ObjRef) -> Option<ObjRef> {
        let Obj::Instance(i) = self.heap.get(it) else {
            return None;
        };
        match self.heap.get(i.class) {
            Obj::Class(c) if c.steps_without_script.get() => Some(i.class),
            _ => None,
        }
    }

    /// The class of instance `r` when `iter(r)` runs no code of the
    /// script's: the class's `__iter__` is a built-in's (a `list`
    /// subclass's, which iterates the list inside). A trace that guards the
    /// class and its versions makes the iterator with `get_iter`.
    pub fn native_iter_class(&self, r: ObjRef) -> Option<ObjRef> {
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        let f = self.class_special(i.class, Special::Iter)?;
        matches!(f.as_obj().map(|f| self.heap.get(f)), Some(Obj::Native(_))).then_some(i.class)
    }

    /// One step of an iterator `steps_without_script` allows, for a
    /// trace: the item, or None when it is exhausted. The step runs once:
    /// when the trace cannot go on with its outcome (an item of another
    /// type, the end, an error), the trace stashes it
    /// (`stash_iter_step`) and the interpreter's redo of the `for` takes
    /// it, as does this function when a side trace makes the step again.
    pub fn iter_step_for_jit(&mut self, it: ObjRef) -> Result<Option<Value>, PyError> {
        if let Some(outcome) = self.take_pending(PendingCall::IterStep(it)) {
            return outcome.map(|v| (!matches!(v, Value::Undef)).then_some(v));
        }
        // A trace guards no more than the kind of a built-in iterator: one
        // whose step could run the script (a `filter` of a lambda) is
        // refused before it changes anything, and the interpreter steps it.
        if self.steps_without_script(it).is_none() && !self.steps_natively(it) {
            return Err(self.refuse_script_in_compiled_code());
        }
        // A filter takes items until one passes: where an item's test
        // needed the script (an instance's `__bool__`), the inner iterator
        // and the tick count go back to where they were, so that the
        // interpreter's redo takes the same items and charges them once.
        let inner = match self.heap.get(it) {
            Obj::Iter(IterObj {
                state: IterState::Filter { iter, .. },
                ..
            }) => Some(*iter),
            _ => None,
        };
        let saved = inner.and_then(|inner| Some((inner, self.walk_position(inner)?, self.ticks.get())));
        self.refused_script = false;
        let outcome = self.iter_next(it);
        if let (true, Some((inner, at, ticks))) = (self.refused_script, saved) {
            self.set_walk_position(inner, at);
            self.ticks.set(ticks);
        }
        outcome
    }

    /// Whether the steps of built-in iterator `it` run no script code,
    /// whatever it walks: `reversed()` of a list, tuple, str or bytes, a
    /// set's iterator, a bytes iterator, a `filter` of None or a built-in
    /// type (`filter(None, words)`, `filter(bool, flags)`) over a list,
    /// tuple, str or range (an item whose test needs the script is
    /// refused, the step undone). A trace steps those once each
    /// (`iter_step_for_jit`).
    pub fn steps_natively(&self, it: ObjRef) -> bool {
        match self.heap.get(it) {
            Obj::Iter(i) => match i.state {
                IterState::Reversed { seq, .. } => {
                    matches!(self.heap.kind(seq), Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes)
                }
                IterState::Set { .. } | IterState::Bytes { .. } => true,
                IterState::Filter { func, iter } => {
                    let plain = match func {
                        Value::None => true,
                        Value::Obj(f) => self.heap.kind(f) == Kind::Type,
                        _ => false,
                    };
                    plain && self.walk_position(iter).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `str.upper` (receiver `v` a built-in type, `name` interned) as the
    /// interpreter's `LOAD_ATTR` finds it, when that is the one object the
    /// VM keeps for the type and name (`Vm::unbound_methods`, never
    /// dropped): a constant a trace may use behind a check of the type.
    pub fn unbound_method_for_jit(&mut self, v: Value, name: ObjRef) -> Option<ObjRef> {
        let Some(Obj::Type(kind)) = v.as_obj().map(|t| self.heap.get(t)) else {
            return None;
        };
        let text = self.heap.str_obj(name)?.as_str().to_string();
        let found = self.get_attr(v, &text).ok()?.as_obj()?;
        (self.unbound_methods.get(&(kind, name)) == Some(&found)).then_some(found)
    }

    /// The function of `map(func, xs)` iterator `it` when its steps can be
    /// made for compiled code (`map_step_for_jit`): one iterable, walked
    /// by a built-in sequence, range or str iterator, and a built-in
    /// function, type or type's method (`str.upper`) to call (which the
    /// trace checks is pure).
    pub fn plain_map_func(&self, it: ObjRef) -> Option<ObjRef> {
        self.plain_map(it).map(|(func, _)| func)
    }

    /// `plain_map_func`'s function, and the inner iterator.
    fn plain_map(&self, it: ObjRef) -> Option<(ObjRef, ObjRef)> {
        let Obj::Iter(IterObj {
            state: IterState::Map { func, iters },
            ..
        }) = self.heap.get(it)
        else {
            return None;
        };
        let func = func.as_obj().filter(|&f| match self.heap.get(f) {
            Obj::Native(_) | Obj::Type(_) => true,
            Obj::BoundMethod(m) => m.receiver.as_obj().is_some_and(|t| self.heap.kind(t) == Kind::Type),
            _ => false,
        })?;
        match &self.heap.tuple(*iters)?[..] {
            [Value::Obj(inner)] if self.walk_position(*inner).is_some() => Some((func, *inner)),
            _ => None,
        }
    }

    /// A step of `map(func, xs)` iterator `it` for a trace, `iter_step_for_jit`
    /// as it applies to a map: None, nothing done, unless `it` is a plain
    /// map (`plain_map_func`) of `func`. Where `func` needed the script
    /// (`int()` of an instance), the inner iterator is put back where it
    /// was, so the interpreter's redo takes the same item.
    pub fn map_step_for_jit(&mut self, it: ObjRef, func: ObjRef) -> Option<Result<Option<Value>, PyError>> {
        if let Some(outcome) = self.take_pending(PendingCall::IterStep(it)) {
            return Some(outcome.map(|v| (!matches!(v, Value::Undef)).then_some(v)));
        }
        let inner = self.plain_map(it).filter(|&(f, _)| f == func)?.1;
        let saved = self.walk_position(inner)?;
        self.refused_script = false;
        let outcome = self.iter_next(it);
        if self.refused_script {
            self.set_walk_position(inner, saved);
        }
        Some(outcome)
    }

    /// Whether a step compiled code made of iterator `it` found its end
    /// and left it for the interpreter's redo (`stash_iter_step`).
    pub fn pending_iter_end(&self, it: ObjRef) -> bool {
        matches!(&self.pending_call, Some((PendingCall::IterStep(k), Ok(Value::Undef), _)) if *k == it)
    }

    /// A side trace taking that end instead of the interpreter's redo:
    /// the stashed outcome and its ticks taken, as the redo takes them.
    /// False, nothing changed, when no end of `it` waits.
    pub fn take_iter_end_for_jit(&mut self, it: ObjRef) -> bool {
        self.pending_iter_end(it) && self.take_pending(PendingCall::IterStep(it)).is_some()
    }

    /// Where a built-in sequence, range or str iterator stands (None for
    /// other iterators), for `set_walk_position` to put it back.
    fn walk_position(&self, it: ObjRef) -> Option<(usize, i64)> {
        match self.heap.get(it) {
            Obj::SeqIter(s) => Some((s.index, 0)),
            Obj::StrIter(s) => Some((s.byte, 0)),
            Obj::RangeIter(r) => Some((r.next as usize, r.remaining)),
            _ => None,
        }
    }

    fn set_walk_position(&mut self, it: ObjRef, (at, remaining): (usize, i64)) {
        match self.heap.get_mut(it) {
            ObjMut::SeqIter(s) => s.index = at,
            ObjMut::StrIter(s) => s.byte = at,
            ObjMut::RangeIter(r) => {
                r.next = at as i64;
                r.remaining = remaining;
            }
            _ => {}
        }
    }

    /// The outcome of an iterator's step compiled code made and cannot use
    /// (see `iter_step_for_jit`), kept for the interpreter's redo.
    pub fn stash_iter_step(&mut self, it: ObjRef, outcome: Result<Option<Value>, PyError>) {
        if std::mem::take(&mut self.refused_script) {
            // It stopped before changing anything: the redo steps it.
            return;
        }
        let outcome = outcome.map(|v| v.unwrap_or(Value::Undef));
        self.pending_call = Some((PendingCall::IterStep(it), outcome, self.ticks.get()));
    }

    /// A trace made a call with effects (a host function, a built-in
    /// method) and cannot use what it got: the interpreter, redoing the
    /// call at the exit, takes this outcome instead of calling a second
    /// time.
    pub fn stash_call_outcome(&mut self, callee: Value, outcome: Result<Value, PyError>) {
        let key = match callee.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((_, Obj::HostFunction(h))) => PendingCall::Host(h.index),
            Some((r, Obj::Method(_))) => PendingCall::Method(r),
            Some((r, Obj::Native(_) | Obj::Type(_))) => PendingCall::Native(r),
            _ => {
                self.refused_script = false;
                return;
            }
        };
        self.stash(key, outcome);
    }

    /// `stash_call_outcome` for built-in type method `method` called on
    /// `receiver` (`call_method_once_for_jit`).
    pub fn stash_method_outcome(
        &mut self,
        method: crate::native::NativeMethodPtr,
        receiver: Value,
        outcome: Result<Value, PyError>,
    ) {
        match receiver {
            Value::Obj(r) => self.stash(PendingCall::BuiltinMethod(r, method as usize), outcome),
            _ => self.refused_script = false,
        }
    }

    fn stash(&mut self, key: PendingCall, outcome: Result<Value, PyError>) {
        if std::mem::take(&mut self.refused_script) {
            // The built-in stopped where it needed the script: the
            // interpreter redoes the call whole (built-ins call back before
            // they change anything), so there is no outcome to keep.
            return;
        }
        self.pending_call = Some((key, outcome, self.ticks.get()));
    }

    /// For compiled code: built-in type method `method` called on
    /// `receiver` with `args`, a call with effects that must run once
    /// (`d.setdefault(k, [])`): a side trace that redoes the call its
    /// parent made and stashed takes that outcome instead.
    pub fn call_method_once_for_jit(
        &mut self,
        method: crate::native::NativeMethodPtr,
        receiver: Value,
        args: &[Value],
    ) -> Result<Value, PyError> {
        if let Some(outcome) = receiver
            .as_obj()
            .and_then(|r| self.take_pending(PendingCall::BuiltinMethod(r, method as usize)))
        {
            return outcome;
        }
        self.refused_script = false;
        method(self, receiver, args, &[])
    }

    /// A built-in compiled code called failed with `e`: kept for a trace
    /// that catches it (a refusal, which the interpreter must redo, is
    /// not kept).
    pub fn note_error_for_jit(&mut self, e: PyError) {
        let ticks = self.ticks.get();
        self.jit_error = (!std::mem::take(&mut self.refused_script)).then_some((e, ticks));
    }

    /// No error is kept for a catch (a call succeeded, or compiled code
    /// exited).
    pub fn clear_error_for_jit(&mut self) {
        self.jit_error = None;
    }

    /// Compiled code exited: the error kept for a catch is dropped, but a
    /// built-in that failed because the budget ran out keeps the ticks it
    /// counted, so the interpreter's redo of the instruction stops at
    /// once, in that very instruction, and reports that count
    /// (`budget_spent_at`). (Redone from the ticks before it, the redo
    /// would not meet the same state: the built-in may have taken items
    /// from an iterator before it stopped, and the redo would go on with
    /// fewer.)
    pub fn exit_with_error_for_jit(&mut self) {
        if let Some((_, ticks)) = self.jit_error.take() {
            if self.limits.budget.is_some_and(|b| ticks > b) {
                self.ticks.set(ticks);
                self.budget_spent_at.set(Some(ticks));
            }
        }
    }

    /// The frame a trace runs in (the top one) catches the error the
    /// built-in it just called at `pc` failed with, which must be of kind
    /// `kind`: the exception object, as the interpreter's unwinding makes
    /// it (its `__context__` settled, its traceback this frame's line), for
    /// the trace to push where the handler finds it. None, with nothing
    /// changed, when it is another error, one no handler may catch, or
    /// raised while the frame handles another exception (whose object may
    /// be in a slot the trace has not written back): the trace exits and
    /// the interpreter raises it again. Caught, the ticks the built-in
    /// charged before it failed count, as they do in the interpreter.
    pub fn catch_for_jit(&mut self, pc: usize, kind: ExcKind) -> Option<Value> {
        let (e, ticks) = self.jit_error.take()?;
        if e.kind != kind || !Vm::catchable(&e) || e.kind == ExcKind::RuntimeError {
            return None;
        }
        let frame = *self.frames.last()?;
        let code = self.codes[frame.code.0 as usize].code.clone();
        let at = pc as u32;
        if code.handling.iter().any(|h| h.start <= at && at < h.end) {
            return None;
        }
        code.handlers.iter().find(|h| h.start <= at && at < h.end)?;
        self.ticks.set(ticks);
        let mut e = e;
        self.frames.last_mut()?.pc = pc + 1;
        self.settle_context(&mut e);
        let exc = self.exception_object(&e);
        crate::interp::record_frame(&mut e, &code, pc + 1);
        if let Some(crate::object::ObjMut::Instance(i)) = exc.as_obj().map(|r| self.heap.get_mut(r)) {
            i.traceback = Some(Box::new(crate::object::class::Caught {
                traceback: std::mem::take(&mut e.traceback).into(),
                suggestion: e.suggestion.take(),
            }));
        }
        Some(exc)
    }

    /// `LIST_EXTEND` for a trace, the interpreter's own (no collection
    /// meanwhile: the trace's values are in registers).
    pub fn list_extend_for_jit(&mut self, list: Value, items: Value) -> Result<(), PyError> {
        self.no_collect += 1;
        let result = self.list_extend(list, items);
        self.no_collect -= 1;
        result
    }

    /// `except classes:` of exception `exc` (`EXC_MATCH`); None where the
    /// interpreter raises (no exception class named).
    pub fn exception_matches_for_jit(&self, exc: Value, classes: Value) -> Option<bool> {
        self.exception_matches(exc, classes).ok()
    }

    /// Whether an error the interpreter is about to unwind, raised by the
    /// instruction before the top frame's pc, is one a trace may catch
    /// the way `catch_for_jit` does, in that frame.
    pub fn catchable_in_trace(&self, e: &PyError) -> bool {
        let Some(frame) = self.frames.last() else {
            return false;
        };
        let code = &self.codes[frame.code.0 as usize].code;
        let at = frame.pc.saturating_sub(1) as u32;
        Vm::catchable(e)
            && e.kind != ExcKind::RuntimeError
            && !code.handling.iter().any(|h| h.start <= at && at < h.end)
            && code.handlers.iter().any(|h| h.start <= at && at < h.end)
    }

    /// Whether a built-in called for the JIT since the last look stopped
    /// where it needed the script (a callback such as `key=`), cleared.
    pub fn take_refused_script_for_jit(&mut self) -> bool {
        std::mem::take(&mut self.refused_script)
    }

    /// The error that stops script code from running under compiled code
    /// (a built-in a trace called needed a `__eq__`, a generator's step):
    /// the trace exits and the interpreter redoes the operation. Noted, so
    /// that a call with effects is redone rather than given this error
    /// as its outcome (`stash_call_outcome`).
    pub(crate) fn refuse_script_in_compiled_code(&mut self) -> PyError {
        self.refused_script = true;
        PyError::new(
            crate::error::ExcKind::RuntimeError,
            "script code cannot run inside compiled code",
        )
    }

    /// The outcome a trace stashed for this very call, taken: the call it
    /// answers is the next one the interpreter (or a side trace) makes of
    /// `key`. The one check every kind of stashed call goes through. The
    /// ticks the call counted in compiled code, which the exit gave back,
    /// count again here (a budget then stops where the interpreter's own
    /// call would have).
    pub(crate) fn take_pending(&mut self, key: PendingCall) -> Option<Result<Value, PyError>> {
        match self.pending_call {
            Some((k, _, _)) if k == key => {
                let (_, outcome, ticks) = self.pending_call.take()?;
                self.ticks.set(ticks);
                Some(outcome)
            }
            _ => None,
        }
    }

    /// What a binary opcode (argument `arg`) makes of two values: the
    /// interpreter's own slow path, for a trace that meets values it has no
    /// instruction for. Errors are the interpreter's (a trace that gets one
    /// exits, and the interpreter raises it on the instruction).
    pub fn binary_for_jit(&mut self, op: Opcode, arg: u32, a: Value, b: Value) -> Result<Value, PyError> {
        match op {
            Opcode::InplaceAdd => self.inplace_add(a, b),
            Opcode::InplaceMul => self.inplace_mul(a, b),
            _ => match BinOp::of_opcode(op) {
                Some(bin) => self.binary_op_as_written(bin, arg, a, b),
                None => Err(PyError::new(crate::error::ExcKind::TypeError, "not a binary opcode")),
            },
        }
    }

    /// `MAKE_FUNCTION child` of code `parent` with the values it pops (the
    /// defaults, then the closure's cells).
    pub fn function_for_jit(&self, parent: CodeId, child: usize, values: &[Value]) -> Option<Value> {
        let cid = *self.codes[parent.0 as usize].children.get(child)?;
        Some(self.function_of(cid, values))
    }

    /// `receiver.name` of a built-in type's method taken as a value (`d.get`),
    /// bound as `get_attr` binds it; None if `name` is no such method.
    pub fn bind_method_for_jit(&self, receiver: Value, name: Value) -> Option<Value> {
        self.bind_native_method(receiver, name.as_obj()?)
    }

    /// The code a `MAKE_FUNCTION child` of code `parent` makes a function of.
    pub fn child_code(&self, parent: CodeId, child: usize) -> Option<CodeId> {
        self.codes[parent.0 as usize].children.get(child).copied()
    }

    /// An f-string field (`FORMAT_VALUE`): the value converted and
    /// formatted, as a new str.
    pub fn format_for_jit(&mut self, v: Value, conversion: u32, spec: Value) -> Result<Value, PyError> {
        // No spec (`str(n)`, `f"{n}"`, `f"{s}"`): an int's digits, no
        // String; a str is its own text (strs are immutable).
        if conversion <= 1 && self.as_str(spec).is_none_or(str::is_empty) {
            if let Value::Int(i) = v {
                return Ok(Value::Obj(self.heap.new_str_of_int(i)));
            }
            if self.as_str(v).is_some() {
                return Ok(v);
            }
        }
        let text = self.format_field(v, conversion, spec)?;
        Ok(self.new_str(text))
    }

    /// A built-in type's method for a trace to call: the method of that
    /// name, found as `CALL_METHOD` finds it.
    pub fn method_for_jit(&self, receiver: Value, name: &str) -> Option<crate::native::NativeMethodPtr> {
        crate::methods::find_method(self.type_kind(receiver), name)
    }

    /// For str method `name` without arguments (`isalpha`, `lower`, ...),
    /// a str of 128 bytes whose byte `c` is the method's answer for the
    /// one-character str `chr(c)`: 0 or 1 for a test, the character's
    /// byte for a case change. Made once by calling the method itself on
    /// each character, so compiled code that reads it for a one-byte str
    /// gives the interpreter's answer. None for other methods.
    pub fn ascii_answers_for_jit(&mut self, name: &str) -> Option<ObjRef> {
        const METHODS: [&str; 11] = [
            "isalpha",
            "isdigit",
            "isspace",
            "isupper",
            "islower",
            "isalnum",
            "isdecimal",
            "isnumeric",
            "isprintable",
            "lower",
            "upper",
        ];
        let name = *METHODS.iter().find(|&&m| m == name)?;
        if let Some(&(_, table)) = self.ascii_answers.iter().find(|(m, _)| *m == name) {
            return Some(table);
        }
        let method = crate::methods::find_method(crate::object::TypeKind::Str, name)?;
        let mut answers = Vec::with_capacity(128);
        for c in 0..128u8 {
            let ch = Value::Obj(self.heap.ascii_table()[c as usize]);
            let byte = match method(self, ch, &[], &[]).ok()? {
                Value::Bool(b) => b as u8,
                Value::Obj(o) => match self.heap.str_obj(o)?.as_str().as_bytes() {
                    &[b] => b,
                    _ => return None,
                },
                _ => return None,
            };
            answers.push(byte);
        }
        // Every byte is below 128: the text is ASCII.
        let text = String::from_utf8(answers).ok()?;
        let table = self.heap.new_str(&text);
        self.ascii_answers.push((name, table));
        Some(table)
    }

    /// The table a trace reads `c in s` from, for an all-ASCII str `s` it
    /// holds as a constant (`"+-*/"`): a str of the 128 ASCII bytes' answers,
    /// 1 where `s` holds the byte, else 0, kept alive with the traces. None
    /// for a str with other characters.
    pub fn ascii_membership_for_jit(&mut self, s: ObjRef) -> Option<ObjRef> {
        let text = self.heap.str_obj(s)?.as_str();
        if !text.is_ascii() {
            return None;
        }
        let mut answers = [0u8; 128];
        for b in text.bytes() {
            answers[b as usize] = 1;
        }
        // Every byte is 0 or 1: the text is ASCII.
        let table = self.heap.new_str(std::str::from_utf8(&answers).ok()?);
        self.add_jit_root(Value::Obj(table));
        Some(table)
    }

    /// Keeps an object alive while the JIT's traces may refer to it (until
    /// `clear_jit_roots`).
    pub fn add_jit_root(&mut self, v: Value) {
        self.jit_roots.push(v);
    }

    /// The JIT dropped every trace: what they kept alive (objects and
    /// codes) may be collected.
    pub fn clear_jit_roots(&mut self) {
        self.jit_roots = Vec::new();
        self.jit_codes = Vec::new();
    }

    /// Whether the heap asks for a collection at the next safe point.
    pub fn wants_collection(&self) -> bool {
        self.heap.wants_collection()
    }

    /// What `inst.name` finds (`LOAD_ATTR`, `CHECK_METHOD`) on instance
    /// `inst`, for a trace to rely on: the answer holds while the
    /// instance keeps its class and shape and each class of the MRO keeps
    /// its version. None when `inst` is no instance.
    pub fn instance_attr_for_jit(&self, inst: ObjRef, name: ObjRef) -> Option<AttrPlan> {
        let Obj::Instance(i) = self.heap.get(inst) else {
            return None;
        };
        let (class, shape) = (i.class, i.shape());
        let own = self.shapes.slot(shape, name);
        // As `instance_attr` decides: a property first, then the
        // instance's own attribute, then the class's.
        let found = self.class_attr(class, name).ok()?;
        let getter = |v: Value| match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Descriptor(d)) if matches!(d.func.as_obj().map(|f| self.heap.get(f)), Some(Obj::Function(_))) => {
                AttrFound::Property(d.func)
            }
            _ => AttrFound::Other,
        };
        let found = match (own, found) {
            // Attributes kept in a dict: nothing a trace may rely on.
            _ if shape == crate::object::Shapes::DICT => AttrFound::Other,
            // A script's descriptor: its `__get__` runs in the interpreter.
            (_, Some(v)) if self.is_descriptor(v, true) || self.is_descriptor(v, false) => AttrFound::Other,
            (_, Some(v)) if self.is_property(v) => getter(v),
            (Some(slot), _) => AttrFound::Slot(slot),
            (None, Some(v)) => match v.as_obj().map(|r| self.heap.get(r)) {
                Some(Obj::Function(_)) => AttrFound::Function(v),
                Some(Obj::Descriptor(d)) => match d.kind {
                    DescriptorKind::StaticMethod => AttrFound::ClassValue(d.func),
                    DescriptorKind::ClassMethod => AttrFound::ClassMethod(d.func),
                    DescriptorKind::Property => getter(v),
                },
                Some(Obj::Native(_)) => AttrFound::Native(v),
                _ => AttrFound::ClassValue(v),
            },
            // `inst.__class__`, which nothing of the class's or the
            // instance's hides: its class (`instance_attr`'s last answer).
            (None, None) if self.heap.str_obj(name).is_some_and(|s| s.as_str() == "__class__") => {
                AttrFound::ClassValue(Value::Obj(class))
            }
            (None, None) => AttrFound::Other,
        };
        Some(AttrPlan {
            class,
            shape: shape.0,
            classes: self.mro_versions(class),
            found,
        })
    }

    /// What `hasattr(inst, name)` answers for instance `inst` (and so
    /// whether `getattr(inst, name, default)` finds the attribute), for a
    /// trace to rely on as `instance_attr_for_jit`'s plan does. None where
    /// the answer could run script code (a property's getter,
    /// `__getattr__`), for dunder names (found in places a plan does not
    /// look), and where the plan's answer is not the one the built-in
    /// gives now.
    pub fn instance_hasattr_for_jit(&mut self, inst: ObjRef, name: ObjRef) -> Option<(AttrPlan, bool)> {
        let plan = self.instance_attr_for_jit(inst, name)?;
        let text = self.heap.str_obj(name)?.as_str().to_string();
        if text.starts_with("__") || self.class_special(plan.class, Special::GetAttr).is_some() {
            return None;
        }
        let has = match plan.found {
            AttrFound::Slot(_)
            | AttrFound::Function(_)
            | AttrFound::ClassValue(_)
            | AttrFound::ClassMethod(_)
            | AttrFound::Native(_) => true,
            AttrFound::Other
                if plan.shape != crate::object::Shapes::DICT.0
                    && self.shapes.slot(crate::object::ShapeId(plan.shape), name).is_none()
                    && matches!(self.class_attr(plan.class, name), Ok(None)) =>
            {
                false
            }
            _ => return None,
        };
        self.quiet_attr_lookups += 1;
        let now = self.get_attr(Value::Obj(inst), &text);
        self.quiet_attr_lookups -= 1;
        match now {
            Ok(_) if has => Some((plan, true)),
            Err(e) if !has && e.kind == ExcKind::AttributeError => Some((plan, false)),
            _ => None,
        }
    }

    /// Where `inst.name = v` (`STORE_ATTR`) writes on instance `inst`,
    /// as `instance_attr_for_jit` answers for loads: an existing slot, or
    /// a new one that moves the instance to the shape in `grown`. None
    /// when `inst` is no instance, a property of that name intervenes, or
    /// (with `hooks`) its class has a `__setattr__`: `object.__setattr__`
    /// stores past it, without `hooks`.
    pub fn store_attr_for_jit(&mut self, inst: ObjRef, name: ObjRef, hooks: bool) -> Option<(AttrPlan, Option<u32>)> {
        let Obj::Instance(i) = self.heap.get(inst) else {
            return None;
        };
        let (class, shape) = (i.class, i.shape());
        let dict_name = self.heap.str_obj(name).is_some_and(|s| s.as_str() == "__dict__");
        if shape == crate::object::Shapes::DICT || dict_name {
            return None;
        }
        let found = self.class_attr(class, name).ok()?;
        if found.is_some_and(|v| self.is_property(v) || self.is_descriptor(v, false))
            || (hooks && self.instance_hook(class, "__setattr__").is_some())
        {
            return None;
        }
        let (slot, grown) = match self.shapes.slot(shape, name) {
            Some(slot) => (slot, None),
            None if self.check_slots(class, name).is_err() => return None,
            None => (
                self.shapes.names(shape).len(),
                Some(self.shapes.with_attr(shape, name).0),
            ),
        };
        let plan = AttrPlan {
            class,
            shape: shape.0,
            classes: self.mro_versions(class),
            found: AttrFound::Slot(slot),
        };
        Some((plan, grown))
    }

    /// What calling class `class` runs (the `__init__` function found
    /// along its MRO, or None for `object`'s), with the classes of that
    /// MRO and their versions, which keep the answer true. None when
    /// `class` is no class, has a `__new__` of its own or its `__init__`
    /// is no plain function.
    pub fn init_for_jit(&mut self, class: ObjRef) -> Option<(Option<Value>, ClassVersions)> {
        // A `list` or `dict` subclass's instance is made with its list or
        // dict inside, which the trace's allocation would not give it.
        if !matches!(self.heap.get(class), Obj::Class(_)) || self.holds_builtin(class).is_some() {
            return None;
        }
        let (init, new) = self.constructors(class).ok()?;
        if new.is_some() {
            return None;
        }
        if let Some(f) = init {
            if !matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Obj::Function(_))) {
                return None;
            }
        }
        Some((init, self.mro_versions(class)))
    }

    /// The `__new__` function that is the whole of a call of class
    /// `class` (`Vm::new_only`), with the classes of its MRO and their
    /// versions, which keep that so.
    pub fn new_only_for_jit(&mut self, class: ObjRef) -> Option<(ObjRef, ClassVersions)> {
        if !matches!(self.heap.get(class), Obj::Class(_)) {
            return None;
        }
        let (init, new) = self.constructors(class).ok()?;
        let func = self.new_only(class, init, new)?;
        Some((func, self.mro_versions(class)))
    }

    /// The function a call of `class` runs when its metaclass defines
    /// `__call__` as a plain function (called with the class first), with
    /// the metaclass's MRO and versions, which keep it so (a class's
    /// metaclass never changes).
    pub fn meta_call_for_jit(&self, class: ObjRef) -> Option<(ObjRef, ClassVersions)> {
        let meta = self.meta_of(Value::Obj(class))?;
        let call = self
            .meta_attr(meta, "__call__")?
            .as_obj()
            .filter(|&f| matches!(self.heap.get(f), Obj::Function(_)))?;
        Some((call, self.mro_versions(meta)))
    }

    /// Whether `object.__new__(class)` gives what `NewInstance` makes: a
    /// script class's instance with no attributes (a `list` subclass's
    /// starts with its list, which a trace's allocation would not give;
    /// a `dict` subclass's the same).
    pub fn makes_bare_instances(&self, class: ObjRef) -> bool {
        matches!(self.heap.get(class), Obj::Class(_))
            && self.holds_builtin(class).is_none()
            && !self.is_abstract_class(class)
    }

    /// Whether calling script class `class` runs a `__new__` of its own.
    pub fn has_own_new(&mut self, class: ObjRef) -> bool {
        matches!(self.heap.get(class), Obj::Class(_)) && matches!(self.constructors(class), Ok((_, Some(_))))
    }

    /// What `Class.name` finds on class `class`: a value the same every
    /// time (`ClassValue`: a function, which a class does not bind, a
    /// static method's function, a plain value) or a class method, with
    /// the classes of the MRO and their versions, which keep it so. None
    /// for a missing name or `class` no class.
    pub fn class_attr_for_jit(&self, class: ObjRef, name: ObjRef) -> Option<(AttrFound, ClassVersions)> {
        if !matches!(self.heap.get(class), Obj::Class(_)) {
            return None;
        }
        let found = match self.class_attr(class, name).ok()? {
            Some(found) => found,
            // `Base.__init__(self)` where nothing along the MRO defines
            // it: `object`'s slot wrapper, as `class_get` gives it (unless
            // a metaclass has the name).
            None => {
                let text = self.heap.str_obj(name)?.as_str();
                let meta = matches!(self.heap.get(class), Obj::Class(c) if c.meta.get().is_some());
                return match (meta, self.object_slot(text)) {
                    (false, Some(slot)) => Some((AttrFound::ClassValue(Value::Obj(slot)), self.mro_versions(class))),
                    _ => None,
                };
            }
        };
        if self.is_descriptor(found, true) {
            return None;
        }
        let found = match found.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::StaticMethod => AttrFound::ClassValue(d.func),
            Some(Obj::Descriptor(d)) if d.kind == DescriptorKind::ClassMethod => AttrFound::ClassMethod(d.func),
            _ => AttrFound::ClassValue(found),
        };
        Some((found, self.mro_versions(class)))
    }

    /// The native `__len__` of instance `v`'s class (a `deque`, an
    /// `array`) when the class has no `__bool__`: what both `len(v)` and
    /// the truth of `v` call, with the classes of its MRO and their
    /// versions.
    pub fn native_length_for_jit(&mut self, v: Value) -> Option<(ObjRef, ClassVersions)> {
        let class = self.class_of(v)?;
        if self.class_special(class, Special::Bool).is_some() {
            return None;
        }
        self.native_special_for_jit(v, Special::Len)
    }

    /// Whether `v` is an instance whose class has special method `name`
    /// (of any kind).
    pub fn defines_special_for_jit(&self, v: Value, name: Special) -> bool {
        self.class_of(v).is_some() && self.special_method(v, name).is_some()
    }

    /// The built-in function `name` (the interpreter's own, whatever a
    /// script binds to that name).
    pub fn builtin_for_jit(&self, name: &str) -> Option<ObjRef> {
        self.builtins.get(name)?.as_obj()
    }

    /// The script method that decides the truth of instance `v`, as
    /// `truth` picks it: its class's `__bool__`, else its `__len__` (the
    /// flag), when that is a plain function; with the classes of its MRO
    /// and their versions. None when neither is one (no such method, or a
    /// native or other callable).
    pub fn truth_method_for_jit(&mut self, v: Value) -> Option<(ObjRef, bool, ClassVersions)> {
        let class = self.class_of(v)?;
        for (special, by_length) in [("__bool__", false), ("__len__", true)] {
            let name = self.heap.intern(special);
            if let Some(found) = self.class_attr(class, name).ok()? {
                let f = found.as_obj()?;
                return matches!(self.heap.get(f), Obj::Function(_)).then(|| (f, by_length, self.mro_versions(class)));
            }
        }
        None
    }

    /// Whether instances of `class` are always true (no `__bool__` or
    /// `__len__` along its MRO), with the classes of that MRO and their
    /// versions, which keep it so; None if they are not.
    pub fn always_true_for_jit(&mut self, class: ObjRef) -> Option<ClassVersions> {
        for special in ["__bool__", "__len__"] {
            let name = self.heap.intern(special);
            if self.class_attr(class, name).ok()?.is_some() {
                return None;
            }
        }
        Some(self.mro_versions(class))
    }

    /// `super()` in a method of class `class` whose first argument is
    /// `receiver` (the interpreter finds both in the running frame).
    pub fn super_for_jit(&mut self, class: ObjRef, receiver: Value) -> Result<Value, PyError> {
        self.make_super(class, receiver)
    }

    /// What `super().name` finds for a method of class `after` called on
    /// `receiver`, an instance or a class: along the MRO of the
    /// instance's class (or of the class), after `after`. With the classes
    /// of that MRO and their versions, which keep it so (the receiver's
    /// class, or the class, is guarded by the caller). None for what a
    /// trace does not handle (a property, a missing name, a receiver that
    /// is neither).
    pub fn super_attr_for_jit(
        &self,
        after: ObjRef,
        receiver: Value,
        name: ObjRef,
    ) -> Option<(AttrFound, ClassVersions)> {
        // An instance's class, or the class itself (`super()` in a
        // `__new__` or a class method).
        let on_class = receiver.as_obj().filter(|&r| matches!(self.heap.get(r), Obj::Class(_)));
        // `super()` in a metaclass's method walks the metaclass's MRO:
        // left to the interpreter.
        if on_class.is_some_and(|class| !self.mro(class).contains(&after)) {
            return None;
        }
        let start = match on_class {
            Some(class) => class,
            None => {
                let inst = receiver
                    .as_obj()
                    .filter(|&r| matches!(self.heap.get(r), Obj::Instance(_)))?;
                self.class_of(Value::Obj(inst))?
            }
        };
        let mro = self.mro(start);
        let from = mro.iter().position(|&c| c == after).map_or(mro.len(), |i| i + 1);
        for &c in &mro[from..] {
            let Obj::Class(cls) = self.heap.get(c) else { continue };
            if let Some(attr) = self.dict_get(cls.dict, Value::Obj(name)).ok()? {
                let found = match attr.as_obj().map(|r| self.heap.get(r)) {
                    // Through a class, a function binds to nothing.
                    Some(Obj::Function(_) | Obj::Native(_)) if on_class.is_some() => AttrFound::ClassValue(attr),
                    Some(Obj::Function(_)) => AttrFound::Function(attr),
                    Some(Obj::Descriptor(d)) => match d.kind {
                        DescriptorKind::StaticMethod => AttrFound::ClassValue(d.func),
                        DescriptorKind::ClassMethod => AttrFound::ClassMethod(d.func),
                        DescriptorKind::Property => return None,
                    },
                    // A native class's method (`Exception.__init__` for
                    // `super().__init__(message)`).
                    Some(Obj::Native(_)) => AttrFound::Native(attr),
                    _ => AttrFound::ClassValue(attr),
                };
                return Some((found, self.mro_versions(start)));
            }
        }
        // `super().__init__` past the script's classes: `object`'s, which
        // the interpreter's `super_get` makes (a class that later defines
        // `__init__` changes a version).
        if on_class.is_none() && self.heap.str_obj(name).is_some_and(|s| s.as_str() == "__init__") {
            return Some((
                AttrFound::Native(Value::Obj(self.object_slot("__init__")?)),
                self.mro_versions(start),
            ));
        }
        None
    }

    /// The special method binary opcode `op` calls on `a` and `b` (at
    /// least one an instance), as `instance_binary` picks it: `a`'s
    /// method, or (`a` having none) `b`'s reflected one, called with the
    /// operands swapped. With the classes whose lookups decided it and
    /// their versions. None when it is no plain function, or there is
    /// none (the operator raises).
    pub fn operator_for_jit(&mut self, op: Opcode, a: Value, b: Value) -> Option<OperatorPlan> {
        let bin = match op {
            Opcode::InplaceAdd => BinOp::Add,
            Opcode::InplaceMul => BinOp::Mul,
            _ => BinOp::of_opcode(op)?,
        };
        if !self.either_instance(a, b) || self.formats(bin, a) {
            return None;
        }
        // An in-place method (`__iadd__`) is left to the interpreter's
        // slow path, which calls it.
        let inplace = match op {
            Opcode::InplaceAdd => Some(Special::Iadd),
            Opcode::InplaceMul => Some(Special::Imul),
            _ => None,
        };
        if inplace.is_some_and(|name| self.special_method(a, name).is_some()) {
            return None;
        }
        let (name, reflected) = crate::classes::special_names(bin);
        let is_function = |vm: &Vm, f: Value| matches!(f.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Function(_)));
        let mut classes = Vec::new();
        if let Some(class) = self.class_of(a) {
            classes.extend(self.mro_versions(class));
            match self.class_special(class, name) {
                Some(f) if is_function(self, f) => {
                    return Some(OperatorPlan {
                        func: f.as_obj()?,
                        reflected: false,
                        classes,
                    })
                }
                Some(_) => return None,
                None => {}
            }
        }
        let class = self.class_of(b)?;
        classes.extend(self.mro_versions(class));
        match self.class_special(class, reflected) {
            Some(f) if is_function(self, f) => Some(OperatorPlan {
                func: f.as_obj()?,
                reflected: true,
                classes,
            }),
            _ => None,
        }
    }

    /// The special method `-v`, `+v` or `~v` (opcode `op`) calls on
    /// instance `v` when it is a plain function, with the classes of its
    /// MRO and their versions.
    pub fn unary_operator_for_jit(&mut self, op: Opcode, v: Value) -> Option<(ObjRef, ClassVersions)> {
        let name = match op {
            Opcode::Neg => Special::Neg,
            Opcode::Pos => Special::Pos,
            Opcode::Invert => Special::Invert,
            _ => return None,
        };
        self.special_method_for_jit(v, name)
    }

    /// Special method `name` of instance `v`'s class when it is a plain
    /// function, with the classes of its MRO and their versions.
    pub fn special_method_for_jit(&mut self, v: Value, name: Special) -> Option<(ObjRef, ClassVersions)> {
        self.special_for_jit(v, name, false)
    }

    /// Special method `name` of instance `v`'s class when it is a native
    /// function (a native class's `__getitem__`: an `array`, a `deque`),
    /// with the classes of its MRO and their versions. A trace calls it
    /// as `call_special` does: the receiver first, no bound method.
    pub fn native_special_for_jit(&mut self, v: Value, name: Special) -> Option<(ObjRef, ClassVersions)> {
        self.special_for_jit(v, name, true)
    }

    fn special_for_jit(&mut self, v: Value, name: Special, native: bool) -> Option<(ObjRef, ClassVersions)> {
        let class = self.class_of(v)?;
        let f = self.class_special(class, name)?.as_obj()?;
        let wanted = match self.heap.get(f) {
            Obj::Function(_) => !native,
            Obj::Native(_) => native,
            _ => false,
        };
        wanted.then(|| (f, self.mro_versions(class)))
    }

    /// What comparison `cmp` of `a` and `b` (at least one an instance)
    /// runs, as `rich_compare` picks it: `a`'s special method, else `b`'s
    /// reflected one (called with the operands swapped), else identity
    /// for `==` and `!=` (`!=` through a defined `__eq__` is the opposite
    /// of its truth). With the classes whose lookups decided it and their
    /// versions. None for what a trace does not handle (a method that is
    /// no plain function, an order comparison that raises).
    pub fn rich_compare_for_jit(&mut self, cmp: crate::bytecode::CompareKind, a: Value, b: Value) -> Option<RichPlan> {
        use crate::bytecode::CompareKind::*;
        if !self.either_instance(a, b) {
            return None;
        }
        let (name, reflected) = crate::classes::RichOp::of(cmp).special_names();
        let mut classes = Vec::new();
        for v in [a, b] {
            if let Some(class) = self.class_of(v) {
                classes.extend(self.mro_versions(class));
            }
        }
        // The method `first` of `a`'s class, else `second` of `b`'s
        // (reflected); Err for one that is no plain function.
        let find = |vm: &mut Vm, first: Special, second: Special| -> Result<Option<(ObjRef, bool)>, ()> {
            for (v, name, reflected) in [(a, first, false), (b, second, true)] {
                let Some(class) = vm.class_of(v) else { continue };
                if let Some(f) = vm.class_special(class, name) {
                    return match f.as_obj() {
                        Some(r) if matches!(vm.heap.get(r), Obj::Function(_)) => Ok(Some((r, reflected))),
                        _ => Err(()),
                    };
                }
            }
            Ok(None)
        };
        if let Some((func, reflected)) = find(self, name, reflected).ok()? {
            return Some(RichPlan::Method {
                func,
                reflected,
                negated: false,
                classes,
            });
        }
        match cmp {
            Eq => Some(RichPlan::Identity(classes)),
            Ne => match find(self, Special::Eq, Special::Eq).ok()? {
                Some((func, reflected)) => Some(RichPlan::Method {
                    func,
                    reflected,
                    negated: true,
                    classes,
                }),
                None => Some(RichPlan::Identity(classes)),
            },
            _ => None,
        }
    }

    /// Whether `v` is the `NotImplemented` object.
    pub fn is_not_implemented(&self, v: Value) -> bool {
        v.as_obj().is_some() && v.as_obj() == self.not_implemented
    }

    /// Whether the recorder follows the next call a built-in makes into
    /// the script (the special method of the operator being recorded)
    /// rather than giving up the recording.
    pub fn follow_callback_for_jit(&mut self, follow: bool) {
        self.follow_callback = follow;
    }

    /// Each class of `class`'s MRO with its version now.
    fn mro_versions(&self, class: ObjRef) -> ClassVersions {
        self.mro(class)
            .iter()
            .map(|&k| match self.heap.get(k) {
                Obj::Class(c) => (k, c.version.get()),
                _ => (k, 0),
            })
            .collect()
    }

    /// A new instance of `class` with no attributes, as calling the class
    /// makes it (for a trace that runs the `__init__` itself).
    pub fn alloc_instance_for_jit(&mut self, class: ObjRef) -> Value {
        self.alloc_instance(class)
    }

    /// Adds attribute `value` to instance `inst`, moving it to shape
    /// `grown` (which has one name more than its shape now).
    pub fn grow_instance_for_jit(&mut self, inst: ObjRef, grown: u32, value: Value) {
        self.grow_instance(inst, crate::object::ShapeId(grown), value);
    }

    /// Whether instance `inst`'s slot buffer has room for another
    /// attribute (a trace then adds it in place, `layout::instance`).
    pub fn instance_has_room(&self, inst: ObjRef) -> bool {
        match self.heap.get(inst) {
            Obj::Instance(i) => i.slots.len() < i.slots.capacity(),
            _ => false,
        }
    }
}

/// Every class of an MRO with its version (`layout::class::VERSION`):
/// what a lookup along it found holds while these stay.
pub type ClassVersions = Vec<(ObjRef, u64)>;

/// What a comparison with an instance runs; see `Vm::rich_compare_for_jit`.
pub enum RichPlan {
    /// `==`/`!=` by identity: no class defines the methods.
    Identity(ClassVersions),
    /// A special method, reflected (called as `f(b, a)`) or not;
    /// `negated`: `!=` by a class's `__eq__`, the opposite of its truth.
    Method {
        func: ObjRef,
        reflected: bool,
        negated: bool,
        classes: ClassVersions,
    },
}

/// The special method an operator calls; see `Vm::operator_for_jit`.
pub struct OperatorPlan {
    pub func: ObjRef,
    /// The reflected method of the right operand (called as `f(b, a)`).
    pub reflected: bool,
    /// The classes of both operands' lookups, with their versions.
    pub classes: ClassVersions,
}

/// What an instance's attribute lookup finds; see
/// `Vm::instance_attr_for_jit`.
pub struct AttrPlan {
    /// The instance's class and shape (`header::SHAPE`).
    pub class: ObjRef,
    pub shape: u32,
    pub classes: ClassVersions,
    pub found: AttrFound,
}

pub enum AttrFound {
    /// The instance's own attribute, in this slot.
    Slot(usize),
    /// A function of the class: called as a method, or bound.
    Function(Value),
    /// A class attribute that binds to nothing (a number, a str, a
    /// class, a static method's function...): the same value for every
    /// instance.
    ClassValue(Value),
    /// A class method's function: called with the class first.
    ClassMethod(Value),
    /// A native class's function (`deque.popleft`): called as a method,
    /// with the receiver first.
    Native(Value),
    /// A property whose getter is this script function: `inst.name`
    /// calls it with the instance.
    Property(Value),
    /// Anything else: a property without a script getter, a built-in, no
    /// such attribute.
    Other,
}
