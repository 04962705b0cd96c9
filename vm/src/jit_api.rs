//! What a JIT may see and change in the VM: the surface `JitHook`
//! implementations work through, kept in one place so the interpreter's
//! own fields stay private to it.

use crate::bytecode::CodeId;
use crate::error::PyError;
use crate::native::KwArg;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Frame;
use crate::vm::{Vm, NO_TRACE};

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
    /// may write up to `extra` values past the current top.
    pub fn stack_reserve(&mut self, extra: usize) -> *mut Value {
        self.stack.reserve(extra);
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
        debug_assert!(len <= self.stack.capacity());
        // SAFETY: the caller guarantees the elements are initialized and
        // within capacity (see above).
        unsafe { self.stack.set_len(len) }
    }

    /// Pushes a frame, as a call would have (an exit inside an inlined call).
    pub fn push_frame_for_jit(&mut self, frame: Frame) {
        self.frames.push(frame);
    }

    /// Sets where the top frame resumes.
    pub fn set_top_pc(&mut self, pc: usize) {
        self.frames.last_mut().expect("a running frame").pc = pc;
    }

    /// The global slot code `code` means by its name number `name`.
    pub fn global_slot_of(&self, code: CodeId, name: u32) -> u32 {
        self.codes[code.0 as usize].global_slots[name as usize]
    }

    /// The value of a global slot (Undef when unbound).
    pub fn global(&self, slot: u32) -> Value {
        self.globals[slot as usize]
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

    /// Calls a built-in function (no keywords) for a trace. Built-ins
    /// that could call back into a script are never passed here. No
    /// collection runs meanwhile: the trace's values are in registers.
    /// The built-in charges its work to `ticks`, which the caller sets to
    /// the trace's count first and reads back after (see `limits`).
    pub fn call_native_for_jit(&mut self, callee: Value, args: &[Value]) -> Result<Value, PyError> {
        let no_kwargs: [KwArg; 0] = [];
        self.no_collect += 1;
        let result = match callee.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Native(native)) => {
                let func = native.func;
                func(self, args, &no_kwargs)
            }
            Some(Obj::Type(kind)) => crate::builtins::call_type(self, kind, args, &no_kwargs),
            _ => Err(PyError::new(crate::error::ExcKind::TypeError, "not a built-in")),
        };
        self.no_collect -= 1;
        result
    }

    /// Keeps an object alive for good: a compiled trace refers to it.
    pub fn add_jit_root(&mut self, v: Value) {
        self.jit_roots.push(v);
    }

    /// Whether the heap asks for a collection at the next safe point.
    pub fn wants_collection(&self) -> bool {
        self.heap.wants_collection()
    }
}
