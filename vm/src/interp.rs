//! The interpreter: one loop that decodes and runs instructions, with
//! script calls handled by pushing frames (never by host recursion), so a
//! deep Python recursion cannot overflow the host stack.

use std::rc::Rc;

use crate::bytecode::{CodeId, CodeObject, CompareKind, Opcode};
use crate::call::CacheSite;
use crate::classes::RichOp;
use crate::error::{ExcKind, OpResult, PyError, RawError, TraceEntry};
use crate::hook::{HotLoop, NoJit, TraceRun};
use crate::native::KwArg;
use crate::numeric::{float_add, float_mul};
use crate::object::{ListObj, Obj, ObjMut};
use crate::ops::arith::{BinOp, UnaryOp};
use crate::ops::compare::OrderOp;
use crate::special::Special;
use crate::stack_top::StackTop;
use crate::value::Value;
use crate::vm::{Frame, Vm, NO_TRACE};

mod fast;

/// Saves the pc into the current frame and returns the error, so the
/// traceback shows the line of the failing instruction.
macro_rules! throw {
    ($vm:ident, $pc:ident, $e:expr) => {{
        let e: PyError = $e.into();
        $vm.frames.last_mut().expect("a running frame").pc = $pc;
        return Err(e);
    }};
}

/// Evaluates a fallible expression inside the dispatch loop.
macro_rules! tri {
    ($vm:ident, $pc:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => throw!($vm, $pc, e),
        }
    };
}

/// `NameError: name 'x' is not defined`; for a built-in of CPython's that
/// Rumba lacks, `NotImplementedError: 'x' is not supported by Rumba`
/// (the program is not wrong).
fn name_error(name: &str) -> RawError {
    if CPYTHON_ONLY_BUILTINS.contains(&name) {
        return RawError::new(
            ExcKind::NotImplementedError,
            format!("'{name}' is not supported by Rumba"),
        );
    }
    RawError::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

impl Vm {
    /// `name_error` raised by the running frame, with the name CPython
    /// would suggest.
    fn name_error_here(&self, name: &str) -> PyError {
        let e = name_error(name);
        let suggestion = match e.kind {
            ExcKind::NameError => self.name_suggestion(name),
            _ => None,
        };
        PyError::from(e).suggesting(suggestion)
    }
}

/// CPython's built-in names that Rumba does not define (yet).
const CPYTHON_ONLY_BUILTINS: &[&str] = &[
    "aiter",
    "anext",
    "breakpoint",
    "copyright",
    "credits",
    "help",
    "license",
    "memoryview",
];

/// Adds the frame of `code` stopped at `pc` to `e`'s traceback, unless it
/// runs a built-in written in Python (`prelude.rs`), whose frames stay out
/// as a native built-in's do.
pub(crate) fn record_frame(e: &mut PyError, code: &CodeObject, pc: usize) {
    if &*code.filename != crate::prelude::FILENAME {
        e.record_frame(frame_entry(code, pc));
    } else {
        // Re-raised there (`list_sort`'s `raise`), the error has the frame
        // already: the mark is the prelude frame's, not its caller's.
        e.frame_recorded = false;
    }
}

impl Vm {
    /// Adds the frame of a generator that has not started (stopped at its
    /// `def`, as CPython's traceback shows it) to `e`'s traceback.
    pub(crate) fn record_frame_at_def(&self, e: &mut PyError, code: &CodeObject) {
        if &*code.filename != crate::prelude::FILENAME {
            let mut entry = frame_entry(code, 0);
            entry.line = code.first_line;
            entry.position = code.positions.get(usize::MAX, code.first_line);
            e.record_frame(entry);
        }
    }
}

/// The traceback entry of a frame of `code` stopped at `pc` (the
/// instruction before it is the one running).
pub(crate) fn frame_entry(code: &CodeObject, pc: usize) -> TraceEntry {
    let pc = pc.saturating_sub(1).min(code.lines.len().saturating_sub(1));
    let line = code.lines.get(pc).copied().unwrap_or(code.first_line);
    TraceEntry {
        filename: code.filename.clone(),
        line,
        name: code.name.clone(),
        repeated: 0,
        position: code.positions.get(pc, line),
        source: code.source.clone(),
    }
}

/// The value in local slot `slot`, or UnboundLocalError if it is unbound.
macro_rules! local {
    ($vm:ident, $pc:ident, $code:ident, $base:ident, $slot:expr) => {{
        let slot: u32 = $slot;
        let v = $vm.stack[$base + slot as usize];
        if let Value::Undef = v {
            throw!($vm, $pc, $vm.unbound_local(&$code, slot));
        }
        v
    }};
}

/// `a op b` for `+`, `-` and `*`: the int (checked) and float fast paths
/// inline, anything else (an int result past i64 too) through `$slow`, which names the operands
/// `|a, b|`. The result replaces `a` on the stack or, for an arithmetic
/// superinstruction (`into instrs[base]`), goes straight into the local
/// slot the next instruction names, and that instruction is skipped:
/// writing the result to the stack and copying it back out would read 16
/// bytes just written as two 8-byte halves, which stalls the load until
/// the stores retire (measured: int loops 17% slower).
macro_rules! arith {
    ($vm:ident, $pc:ident, |$a:ident, $b:ident| $checked:ident, $float:expr, $slow:expr) => {{
        let v = arith!(@value $vm, $pc, |$a, $b| $checked, $float, $slow);
        $vm.replace_two(v);
    }};
    ($vm:ident, $pc:ident, |$a:ident, $b:ident| $checked:ident, $float:expr, $slow:expr, into $instrs:ident[$base:ident]) => {{
        let v = arith!(@value $vm, $pc, |$a, $b| $checked, $float, $slow);
        $vm.discard(2);
        let slot = $instrs[$pc].arg as usize;
        $pc += 1;
        $vm.stack[$base + slot] = v;
    }};
    (@value $vm:ident, $pc:ident, |$a:ident, $b:ident| $checked:ident, $float:expr, $slow:expr) => {{
        let fast = match $vm.operand_refs() {
            (&Value::Int(x), &Value::Int(y)) => x.$checked(y).map(Value::Int),
            (&Value::Float(x), &Value::Float(y)) => Some(Value::Float($float(x, y))),
            (&Value::Float(x), &Value::Int(y)) => Some(Value::Float($float(x, y as f64))),
            (&Value::Int(x), &Value::Float(y)) => Some(Value::Float($float(x as f64, y))),
            _ => None,
        };
        match fast {
            Some(v) => v,
            // Anything else, an int result past i64 included: the one
            // call of the slow path (a second call site for the overflow
            // cost the Collatz loop 3.4% more instructions).
            None => {
                let (&$a, &$b) = $vm.operand_refs();
                tri!($vm, $pc, $slow)
            }
        }
    }};
}

/// `a - b` for the `arith!` cases (subtraction has one operand order:
/// its NaN is the processor's, as compiled code's).
#[inline(always)]
fn float_sub(a: f64, b: f64) -> f64 {
    a - b
}

impl Vm {
    /// Runs a module-level code object to completion.
    pub fn run_module(&mut self, code: CodeId) -> Result<(), PyError> {
        self.run_module_value(code).map(|_| ())
    }

    /// `run_module`, giving what the code returned (an `eval()`'s value).
    pub(crate) fn run_module_value(&mut self, code: CodeId) -> Result<Value, PyError> {
        let depth = self.frames.len();
        let stack_len = self.stack.len();
        self.stack.push(Value::None);
        let base = self.stack.len();
        let nlocals = self.code(code).code.locals.names.len();
        self.stack.resize(base + nlocals, Value::Undef);
        self.frames.push(Frame::at_entry(code, base));
        if depth == 0 {
            // After the frame is pushed: it may collect, and the frame is
            // what keeps the code just loaded.
            self.begin_run();
        }
        let mut result = self.execute(depth);
        self.stack.truncate(stack_len);
        if depth == 0 {
            // An error the run ended with is the one to report.
            if let (Ok(_), Some(refused)) = (&result, self.abandoned_generator_error()) {
                result = Err(refused);
            }
            if let (Ok(_), Some(refused)) = (&result, self.finalizer_error()) {
                result = Err(refused);
            }
            if let Err(e) = &mut result {
                self.describe_chain(e);
            }
            self.end_run();
        }
        result
    }

    /// Calls any callable value from native code (a sort key, say), or
    /// from the host.
    pub fn call_value(&mut self, callee: Value, args: &[Value]) -> Result<Value, PyError> {
        self.call_value_kw(callee, args, &[])
    }

    /// `call_value` with keyword arguments (`partial`, a native class's
    /// `__init__` passing its keywords on).
    pub fn call_value_kw(&mut self, callee: Value, args: &[Value], kwargs: &[KwArg]) -> Result<Value, PyError> {
        enum NativeCallee {
            Function(crate::native::NativeFnPtr),
            Type(crate::object::TypeKind),
            Method(crate::native::NativeMethodPtr, Value),
            Unbound(crate::object::TypeKind, crate::heap::ObjRef),
        }
        let from_host = self.frames.is_empty();
        if !from_host {
            // Each built-in that calls back into the script nests the
            // interpreter's loop on the host stack.
            if self.native_depth >= self.limits.max_native_reentry {
                return Err(PyError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG));
            }
            self.check_host_stack()?;
        }
        // A built-in given another (`sorted(xs, key=len)`, a `defaultdict`
        // whose factory is `list`, a native class's method forwarded to
        // the dict inside it) runs no script through it: neither a
        // recording nor compiled code need refuse it. (One given a
        // generator runs its Python version instead.)
        let given_generator =
            matches!(args.first(), Some(Value::Obj(g)) if self.heap.kind(*g) == crate::object::Kind::Generator);
        let native = match callee.as_obj().map(|r| self.heap.get(r)) {
            _ if from_host || given_generator => None,
            Some(Obj::Native(n)) => Some(NativeCallee::Function(n.func)),
            Some(Obj::Type(kind)) => Some(NativeCallee::Type(kind)),
            // A built-in value's method (not a type's, not an instance's).
            Some(Obj::BoundMethod(m))
                if !matches!(
                    m.receiver.as_obj().map(|r| self.heap.kind(r)),
                    Some(crate::object::Kind::Type | crate::object::Kind::Instance)
                ) =>
            {
                let text = self.heap.str_obj(m.name).map_or("", |s| s.as_str());
                crate::methods::find_method(self.type_kind(m.receiver), text)
                    .map(|method| NativeCallee::Method(method, m.receiver))
            }
            // A built-in type's method taken from the type (`str.upper`).
            Some(Obj::BoundMethod(m)) => match m.receiver.as_obj().map(|r| self.heap.get(r)) {
                Some(Obj::Type(kind)) => Some(NativeCallee::Unbound(kind, m.name)),
                _ => None,
            },
            _ => None,
        };
        if native.is_none() && self.recording && !std::mem::take(&mut self.follow_callback) {
            self.abandon_recording("a built-in called back into the script");
        }
        // Compiled code (or a recording's prediction) called a built-in
        // that needs the script (a `__repr__`, an `__eq__`): refused, so
        // the trace exits and the interpreter redoes the whole operation.
        if self.no_collect > 0 {
            return match native {
                // Nothing collects meanwhile; the caller's values stay
                // where it keeps them.
                Some(NativeCallee::Function(func)) => func(self, args, kwargs),
                Some(NativeCallee::Type(kind)) => crate::builtins::call_type(self, kind, args, kwargs),
                Some(NativeCallee::Method(method, receiver)) => method(self, receiver, args, kwargs),
                Some(NativeCallee::Unbound(kind, name)) => self.unbound_method_call(kind, name, args, kwargs),
                None => Err(self.refuse_script_in_compiled_code()),
            };
        }
        let depth = self.frames.len();
        let stack_len = self.stack.len();
        self.stack.push(callee);
        self.stack.extend_from_slice(args);
        let kwnames = if kwargs.is_empty() {
            None
        } else {
            self.stack.extend(kwargs.iter().map(|k| k.value));
            let names: Vec<Value> = kwargs.iter().map(|k| Value::Obj(self.heap.intern(&k.name))).collect();
            Some(self.new_tuple(names))
        };
        if let Some(names) = kwnames {
            self.stack.push(names);
        }
        if from_host {
            // After the arguments are rooted on the stack: it may collect.
            self.begin_run();
        }
        self.native_depth += 1;
        if !from_host {
            self.callbacks += 1;
        }
        if kwnames.is_some() {
            // The names were on the stack only to root them meanwhile.
            self.stack.pop();
        }
        let result = match self.call_from_stack(args.len() + kwargs.len(), kwnames) {
            Ok(true) => self.execute(depth),
            Ok(false) => Ok(self.stack.pop().expect("the call's result")),
            Err(e) => Err(e),
        };
        if !from_host {
            self.leave_callback();
        }
        self.native_depth -= 1;
        self.stack.truncate(stack_len);
        if from_host {
            self.end_run();
        }
        result
    }

    /// Runs frames until the frame stack is back to `stop_depth`; returns
    /// the value the last frame returned. On error the frames above
    /// `stop_depth` are unwound into the traceback.
    pub(crate) fn execute(&mut self, stop_depth: usize) -> Result<Value, PyError> {
        let outer_floor = std::mem::replace(&mut self.exec_floor, stop_depth);
        let result = self.execute_frames(stop_depth);
        self.exec_floor = outer_floor;
        result
    }

    fn execute_frames(&mut self, stop_depth: usize) -> Result<Value, PyError> {
        let result = loop {
            // The two dispatch loops differ only in reporting each
            // instruction to the recorder; `None` means switch loops.
            let step = if self.recording {
                self.dispatch::<true, false>(stop_depth)
            } else if self.profile.is_some() {
                self.dispatch::<false, true>(stop_depth)
            } else {
                self.dispatch::<false, false>(stop_depth)
            };
            match step {
                Ok(Some(v)) => break Ok(v),
                Ok(None) => {}
                Err(mut e) => {
                    if self.recording && !self.recording_follows(&e) {
                        self.abandon_recording(&format!("{} raised", e.kind.name()));
                    }
                    self.settle_context(&mut e);
                    if !self.unwind_to_handler(&mut e, stop_depth) {
                        break Err(e);
                    }
                }
            }
        };
        result.map_err(|e| self.unwind_all(e, stop_depth))
    }

    /// An error no handler may catch: every frame above `stop_depth`
    /// unwinds into its traceback.
    fn unwind_all(&mut self, mut e: PyError, stop_depth: usize) -> PyError {
        self.settle_message(&mut e);
        while self.frames.len() > stop_depth {
            let recorded = self.gen_frame_unwound(&mut e);
            let frame = self.frames.pop().expect("checked above");
            if !recorded {
                let code = &self.codes[frame.code.0 as usize].code;
                record_frame(&mut e, code, frame.pc);
            }
            self.stack.truncate(frame.base.saturating_sub(1));
            self.unskip_chain(self.frames.len());
        }
        e
    }

    /// The message of an error that deferred it (`PyError::msg_deferred`):
    /// `str()` of its exception object, as CPython prints it (`<exception
    /// str() failed>` if that raises).
    pub fn settle_message(&mut self, e: &mut PyError) {
        if !std::mem::take(&mut e.msg_deferred) {
            return;
        }
        let Some(obj) = e.value else { return };
        self.temp_roots.push(obj.0);
        let text = self.str_value(obj.0);
        self.temp_roots.pop();
        e.msg = text.unwrap_or_else(|_| "<exception str() failed>".into());
    }

    /// `execute`, the top frame first raising `e` where it stands (a
    /// generator resumed by `throw` raises it at its `yield`), so its
    /// handlers may catch it.
    pub(crate) fn execute_raising(&mut self, stop_depth: usize, mut e: PyError) -> Result<Value, PyError> {
        let outer_floor = std::mem::replace(&mut self.exec_floor, stop_depth);
        self.settle_context(&mut e);
        let result = if self.unwind_to_handler(&mut e, stop_depth) {
            self.execute_frames(stop_depth)
        } else {
            Err(self.unwind_all(e, stop_depth))
        };
        self.exec_floor = outer_floor;
        result
    }

    /// Looks for a handler of `e` in the frames above `stop_depth`,
    /// innermost first, popping (into the traceback) each frame that has
    /// none. Found, the frame continues at the handler with the exception
    /// on its operand stack, and `e` is spent (the caller drops it).
    fn unwind_to_handler(&mut self, e: &mut PyError, stop_depth: usize) -> bool {
        if !Vm::catchable(e) {
            return false;
        }
        while self.frames.len() > stop_depth {
            let frame = *self.frames.last().expect("checked above");
            let code = self.codes[frame.code.0 as usize].code.clone();
            let at = frame.pc.saturating_sub(1) as u32;
            if let Some(h) = code.handlers.iter().find(|h| h.start <= at && at < h.end) {
                let exc = self.exception_object(e);
                // The caller drops `e` once it is caught: its traceback and
                // suggestion move into the exception object.
                record_frame(e, &code, frame.pc);
                if let Some(crate::object::ObjMut::Instance(i)) = exc.as_obj().map(|r| self.heap.get_mut(r)) {
                    i.traceback = Some(Box::new(crate::object::class::Caught {
                        traceback: std::mem::take(&mut e.traceback).into(),
                        suggestion: e.suggestion.take(),
                    }));
                }
                self.stack
                    .truncate(frame.base + code.locals.names.len() + h.depth as usize);
                self.stack.push(exc);
                self.frames.last_mut().expect("checked above").pc = h.target as usize;
                return true;
            }
            let recorded = self.gen_frame_unwound(e);
            self.frames.pop();
            if !recorded {
                record_frame(e, &code, frame.pc);
            }
            self.stack.truncate(frame.base.saturating_sub(1));
            self.unskip_chain(self.frames.len());
        }
        false
    }

    /// Global name `arg` of code `cid`, else the built-in of that name,
    /// else Undef.
    #[inline(always)]
    fn global_or_builtin(&self, cid: CodeId, arg: u32) -> Value {
        let slot = self.codes[cid.0 as usize].global_slots[arg as usize] as usize;
        match self.globals[slot] {
            Value::Undef => self.builtin_fallback[slot],
            v => v,
        }
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.stack
            .pop()
            .expect("stack underflow: the compiler's stack effects are wrong")
    }

    #[inline(always)]
    fn top(&self) -> Value {
        *self.stack.last().expect("stack underflow")
    }

    #[inline(always)]
    fn pop2(&mut self) -> (Value, Value) {
        let b = self.pop();
        let a = self.pop();
        (a, b)
    }

    /// The two operands of a binary operator, leaving the left one in
    /// place for `replace_top`: one stack adjustment instead of three.
    #[inline(always)]
    fn operands(&mut self) -> (Value, Value) {
        let b = self.pop();
        (self.top(), b)
    }

    /// The top two values where they lie. Matched by reference, their tags
    /// and payloads are read as the 8-byte halves they were written as;
    /// copying out a value an instruction just computed would read 16 bytes
    /// over two 8-byte stores, and that load waits for the stores to retire.
    #[inline(always)]
    fn operand_refs(&self) -> (&Value, &Value) {
        let n = self.stack.len();
        (&self.stack[n - 2], &self.stack[n - 1])
    }

    /// The top value where it lies (see `operand_refs`).
    #[inline(always)]
    fn operand_ref(&self) -> &Value {
        self.stack
            .last()
            .expect("stack underflow: the compiler's stack effects are wrong")
    }

    /// Replaces the top two values with `v`.
    #[inline(always)]
    fn replace_two(&mut self, v: Value) {
        let n = self.stack.len();
        self.stack.truncate(n - 1);
        self.stack[n - 2] = v;
    }

    #[inline(always)]
    fn discard(&mut self, n: usize) {
        let len = self.stack.len();
        assert!(n <= len, "stack underflow: the compiler's stack effects are wrong");
        self.stack.truncate(len - n);
    }

    #[inline(always)]
    fn replace_top(&mut self, v: Value) {
        *self.stack.last_mut().expect("an operand") = v;
    }

    /// Runs instructions until the frame stack is back to `stop_depth`
    /// (`Some(value returned)`) or the hook asks to start or stop recording
    /// (`None`, with the top frame's pc saved). `REC`: report every
    /// instruction to the recorder first. `PROF`: count every instruction
    /// in the profile (`--explain`).
    fn dispatch<const REC: bool, const PROF: bool>(&mut self, stop_depth: usize) -> Result<Option<Value>, PyError> {
        'frames: loop {
            let frame = *self.frames.last().expect("a frame to run");
            let cid = frame.code;
            let base = frame.base;
            let mut pc = frame.pc;
            let code: Rc<CodeObject> = self.codes[cid.0 as usize].code.clone();
            let instrs = &code.instrs[..];
            // The stack's top in registers for `fast_step`; `self.stack`
            // holds it again around every general arm (see `StackTop`).
            let mut top = StackTop::load(&mut self.stack);
            loop {
                if REC {
                    self.frames.last_mut().expect("a running frame").pc = pc;
                    if !self.record_step(pc) {
                        return Ok(None);
                    }
                }
                if PROF || (REC && self.profile.is_some()) {
                    if let Some(profile) = &mut self.profile {
                        profile.step(cid, pc, instrs.len());
                    }
                }
                let mut ins = instrs[pc];
                if REC {
                    // Recording sees each half of a superinstruction as an
                    // instruction of its own (the second one's slot runs
                    // it alone), so the recorder knows nothing of fusion.
                    if let Some((first, _)) = ins.op.halves() {
                        ins.op = first;
                    }
                }
                pc += 1;
                if !REC && self.fast_step(&mut top, ins, &mut pc, cid, base, instrs) {
                    continue;
                }
                top.store(&mut self.stack);
                let arg = ins.arg;
                match ins.op {
                    Opcode::Nop => {}
                    Opcode::Pop => {
                        self.pop();
                    }
                    Opcode::Dup => {
                        let v = self.top();
                        self.stack.push(v);
                    }
                    Opcode::DupTwo => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Opcode::RotTwo => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Opcode::RotThree => {
                        let n = self.stack.len();
                        let top = self.stack[n - 1];
                        self.stack[n - 1] = self.stack[n - 2];
                        self.stack[n - 2] = self.stack[n - 3];
                        self.stack[n - 3] = top;
                    }
                    Opcode::LoadConst => {
                        let v = self.codes[cid.0 as usize].consts[arg as usize];
                        self.stack.push(v);
                    }
                    Opcode::LoadLocal => {
                        let v = local!(self, pc, code, base, arg);
                        self.stack.push(v);
                    }
                    Opcode::StoreLocal => {
                        let v = self.pop();
                        self.stack[base + arg as usize] = v;
                    }
                    // Superinstructions: the second half's argument is in
                    // the next slot, which is then skipped; an error in it
                    // is reported at that slot's line. Two pushes, not one
                    // `extend_from_slice`: the latter copies through a
                    // temporary array, and reading it back before its stores
                    // retire stalls (measured: 15% slower loops).
                    Opcode::LoadLocalLocal => {
                        let v = local!(self, pc, code, base, arg);
                        let second = instrs[pc].arg;
                        pc += 1;
                        let w = local!(self, pc, code, base, second);
                        self.stack.push(v);
                        self.stack.push(w);
                    }
                    Opcode::LoadLocalConst => {
                        let v = local!(self, pc, code, base, arg);
                        let w = self.codes[cid.0 as usize].consts[instrs[pc].arg as usize];
                        pc += 1;
                        self.stack.push(v);
                        self.stack.push(w);
                    }
                    Opcode::LoadConstLocal => {
                        let v = self.codes[cid.0 as usize].consts[arg as usize];
                        let second = instrs[pc].arg;
                        pc += 1;
                        let w = local!(self, pc, code, base, second);
                        self.stack.push(v);
                        self.stack.push(w);
                    }
                    Opcode::StoreLocalLoadLocal => {
                        let v = self.pop();
                        self.stack[base + arg as usize] = v;
                        let second = instrs[pc].arg;
                        pc += 1;
                        let w = local!(self, pc, code, base, second);
                        self.stack.push(w);
                    }
                    Opcode::DeleteLocal => {
                        if let Value::Undef = self.stack[base + arg as usize] {
                            throw!(self, pc, self.unbound_local(&code, arg));
                        }
                        self.stack[base + arg as usize] = Value::Undef;
                    }
                    Opcode::LoadDeref => {
                        let cell = self.stack[base + arg as usize];
                        let v = self.cell_get(cell);
                        if let Value::Undef = v {
                            let name = &code.locals.names[arg as usize];
                            throw!(
                                self,
                                pc,
                                RawError::new(
                                    ExcKind::NameError,
                                    format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
                                )
                            );
                        }
                        self.stack.push(v);
                    }
                    Opcode::StoreDeref => {
                        let v = self.pop();
                        let cell = self.stack[base + arg as usize];
                        self.cell_set(cell, v);
                    }
                    Opcode::DeleteDeref => {
                        let cell = self.stack[base + arg as usize];
                        self.cell_set(cell, Value::Undef);
                    }
                    Opcode::LoadCell => {
                        let cell = self.stack[base + arg as usize];
                        self.stack.push(cell);
                    }
                    Opcode::LoadGlobal => {
                        let v = self.global_or_builtin(cid, arg);
                        if let Value::Undef = v {
                            throw!(self, pc, self.name_error_here(&code.names[arg as usize]));
                        }
                        self.stack.push(v);
                    }
                    Opcode::StoreGlobal => {
                        let slot = self.codes[cid.0 as usize].global_slots[arg as usize] as usize;
                        self.globals[slot] = self.pop();
                    }
                    Opcode::DeleteGlobal => {
                        let slot = self.codes[cid.0 as usize].global_slots[arg as usize] as usize;
                        if let Value::Undef = self.globals[slot] {
                            throw!(self, pc, self.name_error_here(&code.names[arg as usize]));
                        }
                        self.globals[slot] = Value::Undef;
                    }
                    Opcode::LoadAttr => {
                        let v = self.pop();
                        let name = self.codes[cid.0 as usize].names[arg as usize];
                        let site = CacheSite { code: cid, pc: pc - 1 };
                        let attr = tri!(self, pc, self.get_attr_cached(v, name, Some(site)));
                        self.stack.push(attr);
                    }
                    Opcode::StoreAttr => {
                        let obj = self.pop();
                        let value = self.pop();
                        let name = self.codes[cid.0 as usize].names[arg as usize];
                        // Rooted while a property's setter runs.
                        self.temp_roots.extend([obj, value]);
                        let site = CacheSite { code: cid, pc: pc - 1 };
                        let r = self.set_attr_cached(obj, name, value, Some(site));
                        self.temp_roots.truncate(self.temp_roots.len() - 2);
                        tri!(self, pc, r);
                    }
                    Opcode::DeleteAttr => {
                        let obj = self.top();
                        let name = self.codes[cid.0 as usize].names[arg as usize];
                        tri!(self, pc, self.del_attr(obj, name));
                        self.pop();
                    }
                    Opcode::LoadName | Opcode::StoreName | Opcode::DeleteName => {
                        let ns = self.stack[self.frames.last().expect("a frame").base];
                        let ns = ns.as_obj().expect("a class namespace");
                        let name = Value::Obj(self.codes[cid.0 as usize].names[arg as usize]);
                        match ins.op {
                            Opcode::LoadName => {
                                let mut v = tri!(self, pc, self.dict_get(ns, name)).unwrap_or(Value::Undef);
                                if let Value::Undef = v {
                                    v = self.global_or_builtin(cid, arg);
                                    if let Value::Undef = v {
                                        throw!(self, pc, self.name_error_here(&code.names[arg as usize]));
                                    }
                                }
                                self.stack.push(v);
                            }
                            Opcode::StoreName => {
                                let v = self.top();
                                tri!(self, pc, self.dict_set(ns, name, v));
                                self.pop();
                            }
                            _ => {
                                if tri!(self, pc, self.dict_remove(ns, name)).is_none() {
                                    throw!(self, pc, self.name_error_here(&code.names[arg as usize]));
                                }
                            }
                        }
                    }
                    Opcode::BuildClass => {
                        let (&bases, &ns) = self.operand_refs();
                        let name = code.names[arg as usize].clone();
                        let class = tri!(self, pc, self.build_class(&name, bases, ns));
                        self.replace_two(class);
                    }
                    Opcode::BuildClassKw => {
                        let n = self.stack.len();
                        let (bases, keywords, ns) = (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                        let name = code.names[arg as usize].clone();
                        let kwargs = tri!(self, pc, self.keyword_args(keywords));
                        let class = tri!(self, pc, self.build_class_kw(&name, bases, ns, kwargs));
                        self.stack.truncate(n - 3);
                        self.stack.push(class);
                    }
                    Opcode::CheckMethod => {
                        // Looks the method up before the arguments are
                        // evaluated, as CPython does (an AttributeError comes
                        // first); the call finds it again in the cache.
                        let receiver = self.top();
                        let name = self.codes[cid.0 as usize].names[arg as usize];
                        let site = CacheSite { code: cid, pc: pc - 1 };
                        if self.class_of(receiver).is_some() {
                            // Only whether it exists: a property's getter
                            // runs once, when the call looks it up.
                            if !self.method_cached(receiver, site)
                                && tri!(self, pc, self.instance_method(receiver, name, Some(site))).is_none()
                            {
                                tri!(self, pc, self.check_instance_attr(receiver, name));
                            }
                        } else {
                            tri!(self, pc, self.resolve_method(receiver, name, Some(site)));
                        }
                    }
                    Opcode::LoadSubscr => {
                        let v = match self.operand_refs() {
                            (&Value::Obj(r), &Value::Int(i)) => match self.heap.list(r) {
                                Some(l) if i >= 0 && (i as usize) < l.len() => Ok(l.get(i as usize)),
                                _ => Err((Value::Obj(r), Value::Int(i))),
                            },
                            (&container, &index) => Err((container, index)),
                        };
                        let v = match v {
                            Ok(v) => v,
                            Err((container, index)) => tri!(self, pc, self.get_item(container, index)),
                        };
                        self.replace_two(v);
                    }
                    Opcode::StoreSubscr => {
                        let index = self.pop();
                        let container = self.pop();
                        let value = self.pop();
                        tri!(self, pc, self.store_subscr(container, index, value));
                    }
                    // `c[i] op= v` leaves [c, i, result]: stored in place,
                    // without rotating the result under c and i. The result
                    // was just computed: it is copied by halves (see
                    // `operand_refs`).
                    Opcode::RotThreeStoreSubscr => {
                        let n = self.stack.len();
                        let value = Value::copied_by_halves(&self.stack[n - 1]);
                        let (container, index) = (self.stack[n - 3], self.stack[n - 2]);
                        self.discard(3);
                        pc += 1;
                        tri!(self, pc, self.store_subscr(container, index, value));
                    }
                    Opcode::DeleteSubscr => {
                        let (container, index) = self.pop2();
                        tri!(self, pc, self.del_item(container, index));
                    }
                    Opcode::LoadSlice => {
                        let step = self.pop();
                        let upper = self.pop();
                        let lower = self.pop();
                        let container = self.pop();
                        let v = tri!(self, pc, self.get_slice(container, lower, upper, step));
                        self.stack.push(v);
                    }
                    Opcode::BuildSlice => {
                        let step = self.pop();
                        let upper = self.pop();
                        let lower = self.pop();
                        let v = tri!(self, pc, self.new_slice([lower, upper, step]));
                        self.stack.push(v);
                    }
                    Opcode::StoreSlice => {
                        let step = self.pop();
                        let upper = self.pop();
                        let lower = self.pop();
                        let container = self.pop();
                        let value = self.pop();
                        tri!(self, pc, self.set_slice(container, lower, upper, step, value));
                    }
                    Opcode::DeleteSlice => {
                        let step = self.pop();
                        let upper = self.pop();
                        let lower = self.pop();
                        let container = self.pop();
                        tri!(self, pc, self.del_slice(container, lower, upper, step));
                    }
                    Opcode::Add => {
                        arith!(
                            self,
                            pc,
                            |a, b| checked_add,
                            float_add,
                            self.binary_op_as_written(BinOp::Add, arg, a, b)
                        )
                    }
                    Opcode::Sub => {
                        arith!(
                            self,
                            pc,
                            |a, b| checked_sub,
                            float_sub,
                            self.binary_op_as_written(BinOp::Sub, arg, a, b)
                        )
                    }
                    Opcode::Mul => {
                        arith!(
                            self,
                            pc,
                            |a, b| checked_mul,
                            float_mul,
                            self.binary_op_as_written(BinOp::Mul, arg, a, b)
                        )
                    }
                    Opcode::InplaceAdd => arith!(self, pc, |a, b| checked_add, float_add, self.inplace_add(a, b)),
                    Opcode::AddStoreLocal => {
                        arith!(self, pc, |a, b| checked_add, float_add, self.binary_op_as_written(BinOp::Add, arg, a, b), into instrs[base])
                    }
                    Opcode::SubStoreLocal => {
                        arith!(self, pc, |a, b| checked_sub, float_sub, self.binary_op_as_written(BinOp::Sub, arg, a, b), into instrs[base])
                    }
                    Opcode::MulStoreLocal => {
                        arith!(self, pc, |a, b| checked_mul, float_mul, self.binary_op_as_written(BinOp::Mul, arg, a, b), into instrs[base])
                    }
                    Opcode::InplaceAddStoreLocal => {
                        arith!(self, pc, |a, b| checked_add, float_add, self.inplace_add(a, b), into instrs[base])
                    }
                    Opcode::InplaceMul => {
                        arith!(self, pc, |a, b| checked_mul, float_mul, self.inplace_mul(a, b))
                    }
                    Opcode::FloorDiv => {
                        let fast = match self.operand_refs() {
                            (&Value::Int(x), &Value::Int(y)) => crate::numeric::int_floordiv(x, y).ok().flatten(),
                            _ => None,
                        };
                        // Else (a zero divisor and MIN // -1 too) the one
                        // call of the slow path, as in `arith!`.
                        let v = match fast {
                            Some(q) => Value::Int(q),
                            None => {
                                let (&a, &b) = self.operand_refs();
                                tri!(self, pc, self.binary_op_as_written(BinOp::FloorDiv, arg, a, b))
                            }
                        };
                        self.replace_two(v);
                    }
                    Opcode::Mod => {
                        let v = match self.operand_refs() {
                            (&Value::Int(x), &Value::Int(y)) => {
                                Value::Int(tri!(self, pc, crate::numeric::int_mod(x, y)))
                            }
                            (&Value::Float(x), &Value::Float(y)) => {
                                Value::Float(tri!(self, pc, crate::numeric::float_mod(x, y)))
                            }
                            (&a, &b) => tri!(self, pc, self.binary_op_as_written(BinOp::Mod, arg, a, b)),
                        };
                        self.replace_two(v);
                    }
                    Opcode::CompareJump => {
                        let cmp = CompareKind::from_arg(arg);
                        let holds = match self.operand_refs() {
                            (&Value::Int(x), &Value::Int(y)) => cmp.holds(Some(x.cmp(&y))),
                            (&Value::Float(x), &Value::Float(y)) => cmp.holds(x.partial_cmp(&y)),
                            (&a, &b) if self.either_instance(a, b) => {
                                let v = tri!(self, pc, self.rich_compare(RichOp::of(cmp), a, b));
                                tri!(self, pc, self.truth(v))
                            }
                            (&a, &b) => tri!(self, pc, self.compare_kind_any(cmp, a, b)),
                        };
                        self.discard(2);
                        if !holds {
                            pc = CompareKind::target(arg);
                        }
                    }
                    Opcode::TrueDiv
                    | Opcode::Pow
                    | Opcode::LShift
                    | Opcode::RShift
                    | Opcode::BitAnd
                    | Opcode::BitOr
                    | Opcode::BitXor => {
                        let op = match ins.op {
                            Opcode::TrueDiv => BinOp::TrueDiv,
                            Opcode::Pow => BinOp::Pow,
                            Opcode::LShift => BinOp::LShift,
                            Opcode::RShift => BinOp::RShift,
                            Opcode::BitAnd => BinOp::BitAnd,
                            Opcode::BitOr => BinOp::BitOr,
                            _ => BinOp::BitXor,
                        };
                        let v = match (op, self.operand_refs()) {
                            (BinOp::TrueDiv, (&Value::Float(x), &Value::Float(y))) if y != 0.0 => Value::Float(x / y),
                            (BinOp::TrueDiv, (&Value::Float(x), &Value::Int(y))) if y != 0 => {
                                Value::Float(x / y as f64)
                            }
                            // A negative base to a fractional power is a
                            // complex: the general way makes it.
                            (BinOp::Pow, (&Value::Float(x), &Value::Float(y)))
                                if !(x < 0.0 && y.is_finite() && y.fract() != 0.0) =>
                            {
                                Value::Float(tri!(self, pc, crate::numeric::float_pow(x, y)))
                            }
                            (_, (&a, &b)) => tri!(self, pc, self.binary_op_as_written(op, arg, a, b)),
                        };
                        self.replace_two(v);
                    }
                    Opcode::Neg | Opcode::Pos | Opcode::Invert => {
                        let v = self.pop();
                        let op = match ins.op {
                            Opcode::Neg => UnaryOp::Neg,
                            Opcode::Pos => UnaryOp::Pos,
                            _ => UnaryOp::Invert,
                        };
                        let r = tri!(self, pc, self.unary_op(op, v));
                        self.stack.push(r);
                    }
                    Opcode::Not => {
                        let v = self.pop();
                        let t = tri!(self, pc, self.truth(v));
                        self.stack.push(Value::Bool(!t));
                    }
                    Opcode::Lt | Opcode::Le | Opcode::Gt | Opcode::Ge => {
                        let op = OrderOp::of_ordering_opcode(ins.op);
                        let r = match self.operand_refs() {
                            (&Value::Int(x), &Value::Int(y)) => Value::Bool(op.holds(Some(x.cmp(&y)))),
                            (&Value::Float(x), &Value::Float(y)) => Value::Bool(op.holds(x.partial_cmp(&y))),
                            (&a, &b) if self.either_instance(a, b) => {
                                tri!(self, pc, self.rich_compare(RichOp::Order(op), a, b))
                            }
                            (&a, &b) => Value::Bool(tri!(self, pc, self.compare_any(op, a, b))),
                        };
                        self.replace_two(r);
                    }
                    Opcode::Eq | Opcode::Ne => {
                        let is_eq = ins.op == Opcode::Eq;
                        let r = match self.operand_refs() {
                            (&Value::Int(x), &Value::Int(y)) => Value::Bool((x == y) == is_eq),
                            (&Value::Float(x), &Value::Float(y)) => Value::Bool((x == y) == is_eq),
                            (&a, &b) if self.either_instance(a, b) => {
                                let op = if is_eq { RichOp::Eq } else { RichOp::Ne };
                                tri!(self, pc, self.rich_compare(op, a, b))
                            }
                            (&a, &b) => Value::Bool(tri!(self, pc, self.eq_any(a, b)) == is_eq),
                        };
                        self.replace_two(r);
                    }
                    Opcode::Is | Opcode::IsNot => {
                        let (a, b) = self.operands();
                        self.replace_top(Value::Bool(a.is(b) == (ins.op == Opcode::Is)));
                    }
                    Opcode::In | Opcode::NotIn => {
                        let (a, b) = self.operands();
                        let steps_script = self.class_of(b).is_some()
                            || self.meta_of(b).is_some()
                            || matches!(b.as_obj().map(|r| self.heap.get(r)), Some(Obj::Generator(_)));
                        let r = if steps_script {
                            tri!(self, pc, self.instance_contains(b, a))
                        } else {
                            tri!(self, pc, self.contains_any(b, a))
                        };
                        self.replace_top(Value::Bool(r == (ins.op == Opcode::In)));
                    }
                    Opcode::Jump => pc = arg as usize,
                    Opcode::PopJumpIfFalse => {
                        let t = match *self.operand_ref() {
                            Value::Bool(b) => b,
                            v => tri!(self, pc, self.truth(v)),
                        };
                        self.discard(1);
                        if !t {
                            pc = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfTrue => {
                        let t = match *self.operand_ref() {
                            Value::Bool(b) => b,
                            v => tri!(self, pc, self.truth(v)),
                        };
                        self.discard(1);
                        if t {
                            pc = arg as usize;
                        }
                    }
                    Opcode::JumpIfFalseOrPop => {
                        if tri!(self, pc, self.truth(self.top())) {
                            self.pop();
                        } else {
                            pc = arg as usize;
                        }
                    }
                    Opcode::JumpIfTrueOrPop => {
                        if tri!(self, pc, self.truth(self.top())) {
                            pc = arg as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Opcode::Loop => {
                        tri!(self, pc, self.tick());
                        // Without a JIT there is nobody to tell: skip the
                        // count. While recording, loops are not counted.
                        if self.hot_threshold != u32::MAX && !REC {
                            let state = &mut self.loops[cid.0 as usize][arg as usize];
                            if state.trace != NO_TRACE {
                                let trace = state.trace;
                                self.frames.last_mut().expect("a running frame").pc = pc;
                                if self.run_trace(trace) == TraceRun::ResumeRecording {
                                    self.recording = true;
                                    return Ok(None);
                                }
                                continue 'frames;
                            }
                            state.countdown -= 1;
                            if state.countdown == 0 {
                                self.frames.last_mut().expect("a running frame").pc = pc;
                                if self.loop_is_hot(cid, arg, pc) {
                                    self.recording = true;
                                    return Ok(None);
                                }
                            }
                        }
                    }
                    Opcode::GetIter => {
                        let v = self.pop();
                        let it = tri!(self, pc, self.get_iter(v));
                        self.stack.push(it);
                    }
                    Opcode::ForIter => {
                        let it = self.top().as_obj().expect("ForIter needs an iterator");
                        let next = match self.iter_next_inline(it) {
                            Some(next) => next,
                            None => {
                                // `for i, x in enumerate(...)` and the like:
                                // the items go straight onto the stack, no
                                // tuple made for the unpacking to take apart
                                // (a recording sees both instructions).
                                let unpack = instrs[pc];
                                if !REC && unpack.op == Opcode::UnpackSequence {
                                    match tri!(self, pc, self.iter_next_unpacked(it, unpack.arg as usize)) {
                                        Some(true) => {
                                            pc += 1;
                                            top = StackTop::load(&mut self.stack);
                                            continue;
                                        }
                                        Some(false) => {
                                            self.pop();
                                            pc = arg as usize;
                                            top = StackTop::load(&mut self.stack);
                                            continue;
                                        }
                                        None => {}
                                    }
                                }
                                if let Obj::Generator(_) = self.heap.get(it) {
                                    // The generator's frame runs above this
                                    // one, in this loop (no host recursion);
                                    // its `yield` comes back to the next
                                    // instruction, its end to the loop's exit.
                                    self.frames.last_mut().expect("running frame").pc = pc;
                                    if tri!(self, pc, self.gen_enter(it, Value::None)) {
                                        continue 'frames;
                                    }
                                    None
                                } else {
                                    // The loop holds nothing outside the
                                    // stack: the step may collect.
                                    tri!(self, pc, self.iter_next_rooted(it))
                                }
                            }
                        };
                        match next {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.pop();
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::UnpackSequence => {
                        // A tuple of the right length (`a, b = pair`, a
                        // returned pair), inline: no call, no view of the
                        // object's kind.
                        if let Value::Obj(r) = *self.operand_ref() {
                            if let Some(t) = self.heap.tuple(r) {
                                if t.len() == arg as usize {
                                    let n = self.stack.len();
                                    self.stack.truncate(n - 1);
                                    self.stack.extend(t.iter().rev());
                                    top = StackTop::load(&mut self.stack);
                                    continue;
                                }
                            }
                        }
                        let v = self.pop();
                        tri!(self, pc, self.unpack(v, arg as usize));
                    }
                    Opcode::BuildTuple => {
                        let start = self.stack.len() - arg as usize;
                        let t = self.new_tuple(&self.stack[start..]);
                        self.stack.truncate(start);
                        self.stack.push(t);
                    }
                    Opcode::BuildList => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        let l = self.new_list(items);
                        self.stack.push(l);
                    }
                    Opcode::BuildDict => {
                        let items = self.stack.split_off(self.stack.len() - 2 * arg as usize);
                        let d = self.new_dict();
                        self.stack.push(d);
                        for pair in items.chunks(2) {
                            tri!(self, pc, self.set_item(d, pair[0], pair[1]));
                        }
                    }
                    Opcode::ListAppend => {
                        let v = self.pop();
                        let list = self.stack[self.stack.len() - 1 - arg as usize];
                        if let Some(r) = list.as_obj() {
                            tri!(self, pc, self.heap.append(r, v));
                        }
                    }
                    Opcode::ListExtend => {
                        // The items stay on the stack (rooted) meanwhile.
                        let (items, list) = (self.top(), self.stack[self.stack.len() - 2 - arg as usize]);
                        tri!(self, pc, self.list_extend(list, items));
                        self.pop();
                    }
                    Opcode::DictMerge => {
                        if arg == 2 {
                            let value = self.pop();
                            let key = self.pop();
                            let dict = self.top();
                            let callee = self.stack[self.stack.len() - 3];
                            tri!(self, pc, self.merge_keyword(callee, dict, key, value));
                        } else {
                            let (dict, mapping) = {
                                let (&d, &m) = self.operand_refs();
                                (d, m)
                            };
                            let callee = self.stack[self.stack.len() - 4];
                            tri!(self, pc, self.merge_keywords(callee, dict, mapping));
                            self.pop();
                        }
                    }
                    Opcode::DictInsert => {
                        let value = self.pop();
                        let key = self.pop();
                        let dict = self.stack[self.stack.len() - 1 - arg as usize];
                        tri!(self, pc, self.set_item(dict, key, value));
                    }
                    Opcode::BuildSet => {
                        let items = self.stack.split_off(self.stack.len() - arg as usize);
                        let s = self.new_set(crate::object::SetTable::default(), false);
                        self.stack.push(s);
                        for v in items {
                            tri!(self, pc, self.set_add(s.as_obj().expect("a set"), v));
                        }
                    }
                    Opcode::SetAdd => {
                        let v = self.pop();
                        let set = self.stack[self.stack.len() - 1 - arg as usize];
                        if let Some(r) = set.as_obj() {
                            tri!(self, pc, self.set_add(r, v));
                        }
                    }
                    Opcode::SetUpdate => {
                        // The iterable stays on the stack while its items are
                        // added (a generator's run may collect).
                        let items = self.top();
                        let set = self.stack[self.stack.len() - 2 - arg as usize];
                        if let Some(r) = set.as_obj() {
                            tri!(self, pc, self.set_update(r, items));
                        }
                        self.pop();
                    }
                    Opcode::DictUpdate => {
                        let mapping = self.top();
                        let dict = self.stack[self.stack.len() - 2 - arg as usize];
                        tri!(self, pc, self.dict_update_from(dict, mapping));
                        self.pop();
                    }
                    Opcode::ListToTuple => {
                        // The compiler puts a list there (else: an empty tuple).
                        let t = self.list_to_tuple(self.top()).unwrap_or_else(|| self.new_tuple([]));
                        *self.stack.last_mut().expect("the list") = t;
                    }
                    Opcode::UnpackEx => {
                        let v = self.pop();
                        tri!(
                            self,
                            pc,
                            self.unpack_starred(v, (arg & 0xff) as usize, (arg >> 8) as usize)
                        );
                    }
                    Opcode::FormatValue => {
                        let spec = self.pop();
                        let v = self.pop();
                        // `{s}` and `{n}` without a spec, nearly every
                        // field: a str is its own text (strs are immutable,
                        // no copy), an int's digits go straight into the
                        // new str, without a `String` in between.
                        if arg <= 1 && self.as_str(spec).is_some_and(str::is_empty) {
                            if self.as_str(v).is_some() {
                                self.stack.push(v);
                                top = StackTop::load(&mut self.stack);
                                continue;
                            }
                            if let Value::Int(i) = v {
                                let s = Value::Obj(self.heap.new_str_of_int(i));
                                self.stack.push(s);
                                top = StackTop::load(&mut self.stack);
                                continue;
                            }
                        }
                        let text = tri!(self, pc, self.format_field(v, arg, spec));
                        let s = self.new_str(text);
                        self.stack.push(s);
                    }
                    Opcode::BuildString => {
                        let start = self.stack.len() - arg as usize;
                        let s = tri!(self, pc, self.build_string(&self.stack[start..]));
                        self.stack.truncate(start);
                        self.stack.push(s);
                    }
                    Opcode::MakeFunction => {
                        let f = self.make_function(cid, arg as usize);
                        self.stack.push(f);
                    }
                    Opcode::Call | Opcode::CallKw | Opcode::CallEx => {
                        let (argc, kwnames) = match ins.op {
                            Opcode::CallKw => (arg as usize, Some(self.pop())),
                            Opcode::Call => (arg as usize, None),
                            _ => tri!(self, pc, self.spread_call_args(arg == 1)),
                        };
                        self.frames.last_mut().expect("running frame").pc = pc;
                        match self.call_from_stack(argc, kwnames) {
                            Ok(true) => {
                                if !REC && self.hot_threshold != u32::MAX && self.entered() {
                                    return Ok(None);
                                }
                                continue 'frames;
                            }
                            Ok(false) => {}
                            Err(e) => throw!(self, pc, e),
                        }
                    }
                    Opcode::CallMethod | Opcode::CallMethodKw => {
                        let kwnames = if ins.op == Opcode::CallMethodKw {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let argc = (arg & 0xff) as usize;
                        let name = self.codes[cid.0 as usize].names[(arg >> 8) as usize];
                        let site = CacheSite { code: cid, pc: pc - 1 };
                        self.frames.last_mut().expect("running frame").pc = pc;
                        // A built-in method or a script method the
                        // instruction met before, called plainly.
                        let native = match kwnames {
                            None if self.caches_native_method(site) => self.call_cached_native_method(name, argc, site),
                            _ => None,
                        };
                        let pushed = if let Some(called) = native {
                            called.map(|()| false)
                        } else if kwnames.is_none() && self.push_cached_method_frame(argc, site) {
                            Ok(true)
                        } else {
                            self.call_method_from_stack(name, argc, kwnames, site)
                        };
                        match pushed {
                            Ok(true) => {
                                if !REC && self.hot_threshold != u32::MAX && self.entered() {
                                    return Ok(None);
                                }
                                continue 'frames;
                            }
                            Ok(false) => {}
                            Err(e) => throw!(self, pc, e),
                        }
                    }
                    Opcode::Return => {
                        // Often a result computed just before (`return a + b`).
                        let mut v = Value::copied_by_halves(self.operand_ref());
                        if self.frames.last().expect("returning frame").init {
                            if let Err(e) = self.check_init_result(v) {
                                throw!(self, pc, e);
                            }
                            // The instance, kept in the callee slot.
                            v = self.stack[self.frames.last().expect("returning frame").base - 1];
                        }
                        if self.frames.last().expect("returning frame").memo {
                            let memo = self.stack[self.frames.last().expect("returning frame").base - 1];
                            tri!(self, pc, crate::modules::functools::memo_return(self, memo, v));
                        }
                        if !self.running_generators.is_empty() {
                            match self.gen_returned_inline(v) {
                                Ok(true) => continue 'frames,
                                Ok(false) => {}
                                // Raised in the frame below, which waits
                                // at its `SEND` (its pc is set).
                                Err(e) => return Err(e),
                            }
                        }
                        let frame = self.frames.pop().expect("returning frame");
                        self.stack.truncate(frame.base - 1);
                        if self.frames.len() == stop_depth {
                            return Ok(Some(v));
                        }
                        self.stack.push(v);
                        continue 'frames;
                    }
                    Opcode::ImportName => {
                        // A module's body runs above this frame.
                        self.frames.last_mut().expect("a running frame").pc = pc;
                        let ns = self.codes[cid.0 as usize].namespace;
                        let m = tri!(self, pc, crate::import::import(self, &code.names[arg as usize], ns));
                        self.stack.push(m);
                    }
                    Opcode::ImportFrom => {
                        let m = self.top();
                        let name = &code.names[arg as usize];
                        let interned = self.codes[cid.0 as usize].names[arg as usize];
                        let v = match self.get_attr_cached(m, interned, None) {
                            Ok(v) => v,
                            // `from typing import NamedTuple` names what is missing.
                            Err(e) if e.kind == ExcKind::NotImplementedError => throw!(self, pc, e),
                            Err(_) => {
                                self.frames.last_mut().expect("a running frame").pc = pc;
                                match tri!(self, pc, crate::import::import_submodule(self, m, name)) {
                                    Some(sub) => sub,
                                    None => throw!(self, pc, self.cannot_import(m, name)),
                                }
                            }
                        };
                        self.stack.push(v);
                    }
                    Opcode::ImportStar => {
                        let m = self.pop();
                        let ns = self.codes[cid.0 as usize].namespace;
                        tri!(self, pc, crate::modules::import_star(self, m, ns));
                    }
                    Opcode::SetupAnnotations => {
                        let slot = self.codes[cid.0 as usize].global_slots[arg as usize] as usize;
                        crate::typing::setup_annotations(self, slot);
                    }
                    Opcode::AnnotateFunction => {
                        let annotations = self.pop();
                        crate::typing::annotate_function(self, self.top(), annotations);
                    }
                    Opcode::Raise => {
                        if arg == 0 {
                            // A bare `raise` outside an `except` clause of
                            // its own function: what a caller is handling.
                            self.frames.last_mut().expect("a running frame").pc = pc;
                            let Some(exc) = self.handled_exception(0) else {
                                throw!(
                                    self,
                                    pc,
                                    RawError::new(ExcKind::RuntimeError, "No active exception to reraise")
                                );
                            };
                            let e = self.reraised(exc);
                            throw!(self, pc, e);
                        }
                        let cause = if arg == 2 { Some(self.pop()) } else { None };
                        let exc = self.top();
                        let e = self.raised(exc);
                        if let (Some(cause), Some(made)) = (cause, e.value) {
                            self.temp_roots.push(made.0);
                            let set = self.set_cause(made.0, cause);
                            self.temp_roots.pop();
                            tri!(self, pc, set);
                        }
                        self.pop();
                        throw!(self, pc, e);
                    }
                    Opcode::Reraise => {
                        let exc = self.top();
                        let e = self.reraised(exc);
                        self.pop();
                        throw!(self, pc, e);
                    }
                    Opcode::WithEnter | Opcode::AsyncWithEnter => {
                        let is_async = ins.op == Opcode::AsyncWithEnter;
                        let mgr = self.top();
                        let exit = tri!(self, pc, self.context_exit(mgr, is_async));
                        self.stack.push(exit);
                        let entered = tri!(self, pc, self.context_enter(mgr, is_async));
                        let n = self.stack.len();
                        self.stack[n - 2] = exit;
                        self.stack[n - 1] = entered;
                    }
                    Opcode::WithExit | Opcode::AsyncWithExit => {
                        let (&exc, &exit) = self.operand_refs();
                        let class = match self.class_of(exc) {
                            Some(c) => Value::Obj(c),
                            None => Value::None,
                        };
                        let r = tri!(self, pc, self.call_value(exit, &[class, exc, Value::None]));
                        if ins.op == Opcode::AsyncWithExit {
                            // Awaited next; `ExitResult` then decides.
                            self.replace_top(r);
                        } else {
                            if !tri!(self, pc, self.truth(r)) {
                                let e = self.reraised(exc);
                                throw!(self, pc, e);
                            }
                            self.discard(2);
                        }
                    }
                    Opcode::ExitResult => {
                        let (&exc, &r) = self.operand_refs();
                        if !tri!(self, pc, self.truth(r)) {
                            let e = self.reraised(exc);
                            throw!(self, pc, e);
                        }
                        self.discard(2);
                    }
                    Opcode::ExcMatch => {
                        let (&exc, &classes) = self.operand_refs();
                        let m = tri!(self, pc, self.exception_matches(exc, classes));
                        self.replace_two(Value::Bool(m));
                    }
                    Opcode::RaiseAssert => {
                        let msg = if arg == 1 {
                            let m = self.pop();
                            tri!(self, pc, self.str_value(m))
                        } else {
                            String::new()
                        };
                        throw!(self, pc, RawError::new(ExcKind::AssertionError, msg));
                    }
                    Opcode::Yield => {
                        let v = self.pop();
                        match self.yield_frame(pc) {
                            crate::generator::Yielded::ToFrameBelow => {
                                // To the `for` (or `yield from`) below, as
                                // its next value.
                                self.stack.push(v);
                                continue 'frames;
                            }
                            crate::generator::Yielded::AsAwaitResult => {
                                self.async_yield_inline(v);
                                continue 'frames;
                            }
                            crate::generator::Yielded::Out => {
                                debug_assert_eq!(self.frames.len(), stop_depth, "a generator's frame runs alone");
                                return Ok(Some(v));
                            }
                        }
                    }
                    Opcode::GetAwaitable => {
                        // The awaitable stays on the stack (rooted) while
                        // its `__await__` runs.
                        let it = tri!(self, pc, self.get_awaitable(self.top()));
                        self.replace_top(it);
                    }
                    Opcode::GetAIter => {
                        let it = tri!(self, pc, self.async_iter(self.top()));
                        self.replace_top(it);
                    }
                    Opcode::GetANext => {
                        // The iterator stays on the stack (rooted) below.
                        let awaitable = tri!(self, pc, self.async_next(self.top()));
                        self.stack.push(awaitable);
                    }
                    Opcode::EndAsyncFor => {
                        let exc = self.top();
                        if !self.ends_async_for(exc) {
                            let e = self.reraised(exc);
                            self.pop();
                            throw!(self, pc, e);
                        }
                        self.stack.truncate(self.stack.len() - 2);
                    }
                    Opcode::Send => {
                        self.frames.last_mut().expect("a running frame").pc = pc;
                        match tri!(self, pc, self.yield_from_send()) {
                            crate::generator::Sent::Entered => continue 'frames,
                            crate::generator::Sent::Yielded(v) => self.stack.push(v),
                            crate::generator::Sent::Returned(v) => {
                                self.replace_top(v);
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::MatchSequence => {
                        let v = self.top();
                        let m = tri!(self, pc, self.match_sequence(v, arg));
                        self.stack.push(Value::Bool(m));
                    }
                    Opcode::MatchMapping => {
                        let v = self.top();
                        let m = tri!(self, pc, self.match_mapping(v, arg));
                        self.stack.push(Value::Bool(m));
                    }
                    Opcode::MatchKeys => {
                        // The operands stay on the stack (rooted) while the
                        // lookups run.
                        let (&subject, &keys) = self.operand_refs();
                        let values = tri!(self, pc, self.match_keys(subject, keys, arg == 1));
                        self.replace_top(values);
                    }
                    Opcode::MatchClass => {
                        let n = self.stack.len();
                        let (subject, cls, names) = (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                        let attrs = tri!(self, pc, self.match_class(subject, cls, arg as usize, names));
                        self.discard(2);
                        self.replace_top(attrs);
                    }
                    Opcode::PrintExpr => {
                        let v = self.pop();
                        if self.interactive && !v.is_none() {
                            let text = tri!(self, pc, self.repr_of(v));
                            tri!(self, pc, self.write_out(&text));
                            tri!(self, pc, self.write_out("\n"));
                        }
                    }
                }
                top = StackTop::load(&mut self.stack);
            }
        }
    }

    /// Runs one recorder step with the hook lifted out of the VM, so the
    /// hook can see the whole VM.
    fn record_step(&mut self, pc: usize) -> bool {
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        let go = hook.record(self, pc);
        self.hook = hook;
        if !go {
            self.recording = false;
            self.follow_callback = false;
        }
        go
    }

    /// An f-string's pieces (strs) joined, in one allocation, which the
    /// heap limit and the budget count (`f"{s}{s}"` doubles a str).
    pub fn build_string(&self, parts: &[Value]) -> OpResult<Value> {
        let heap = &self.heap;
        // The compiler gives only strs (FORMAT_VALUE made them).
        let (bytes, nchars) = parts
            .iter()
            .filter_map(|p| p.as_obj().and_then(|r| heap.str_obj(r)))
            .fold((0, 0), |(b, c), s| (b + s.byte_len(), c + s.nchars()));
        heap.reserve(bytes)?;
        self.charge_bytes(bytes)?;
        Ok(Value::Obj(heap.new_str_joined(parts, bytes, nchars)))
    }

    /// Whether the recording follows error `e` into its handler (see
    /// `JitHook::raised`).
    fn recording_follows(&mut self, e: &PyError) -> bool {
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        let follows = hook.raised(self, e);
        self.hook = hook;
        follows
    }

    /// Ends a recording the recorder did not end itself.
    pub(crate) fn abandon_recording(&mut self, why: &str) {
        self.recording = false;
        self.follow_callback = false;
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        hook.abandon(self, why);
        self.hook = hook;
    }

    fn run_trace(&mut self, trace: u32) -> TraceRun {
        if let Some(profile) = &self.profile {
            profile.in_trace(trace);
        }
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        let run = hook.run_trace(self, trace);
        self.hook = hook;
        run
    }

    /// A script function's frame was just pushed: runs the trace at its
    /// entry, or counts down toward recording one. True when recording
    /// starts (the caller switches to the recording loop).
    fn entered(&mut self) -> bool {
        let cid = self.frames.last().expect("the new frame").code;
        let state = &mut self.entries[cid.0 as usize];
        if state.trace != NO_TRACE {
            let trace = state.trace;
            if self.run_trace(trace) == TraceRun::ResumeRecording {
                self.recording = true;
                return true;
            }
            return false;
        }
        state.countdown -= 1;
        if state.countdown > 0 {
            return false;
        }
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        let answer = hook.function_hot(self, cid);
        self.hook = hook;
        match answer {
            HotLoop::Record => {
                self.entries[cid.0 as usize].countdown = self.hot_threshold.max(1);
                self.recording = true;
                true
            }
            HotLoop::Wait(n) => {
                self.entries[cid.0 as usize].countdown = n.max(1);
                false
            }
        }
    }

    /// A loop's countdown ran out: true if the hook wants to record.
    fn loop_is_hot(&mut self, cid: CodeId, loop_id: u32, pc: usize) -> bool {
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        let answer = hook.loop_hot(self, cid, loop_id, pc);
        self.hook = hook;
        match answer {
            HotLoop::Record => {
                // Should the recording fail, count a full threshold again.
                self.loops[cid.0 as usize][loop_id as usize].countdown = self.hot_threshold.max(1);
                true
            }
            HotLoop::Wait(n) => {
                self.loops[cid.0 as usize][loop_id as usize].countdown = n.max(1);
                false
            }
        }
    }

    fn unbound_local(&self, code: &CodeObject, slot: u32) -> RawError {
        let name = &code.locals.names[slot as usize];
        RawError::new(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    fn cell_get(&self, cell: Value) -> Value {
        match cell.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Cell(c)) => c.value,
            _ => Value::Undef,
        }
    }

    fn cell_set(&mut self, cell: Value, v: Value) {
        if let Some(ObjMut::Cell(c)) = cell.as_obj().map(|r| self.heap.get_mut(r)) {
            c.value = v;
        }
    }

    /// CPython's error for `from m import name` of a name m lacks: the
    /// file of a script's module named, and a module whose body is still
    /// running called partially initialised.
    fn cannot_import(&self, m: Value, name: &str) -> RawError {
        let module = self.module_name(m);
        let ns = m.as_obj().and_then(|r| match self.heap.get(r) {
            Obj::Module(m) => m.script_namespace(),
            _ => None,
        });
        let file = ns.and_then(|ns| self.get_global_in(ns, "__file__"));
        let place = file.and_then(|f| self.as_str(f)).unwrap_or("unknown location");
        let msg = if self.is_initializing(m) {
            format!(
                "cannot import name '{name}' from partially initialized module '{module}' \
                 (most likely due to a circular import) ({place})"
            )
        } else {
            format!("cannot import name '{name}' from '{module}' ({place})")
        };
        RawError::new(ExcKind::ImportError, msg)
    }

    fn module_name(&self, m: Value) -> Rc<str> {
        match m.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Module(m)) => self.heap.str_obj(m.name).map_or("?".into(), |s| s.as_str().into()),
            _ => "?".into(),
        }
    }

    /// `a += b`: lists extend in place; everything else is `a + b`.
    /// `container[index] = value`; in-range list stores, the common case
    /// in loops, inline.
    #[inline(always)]
    fn store_subscr(&mut self, container: Value, index: Value, value: Value) -> Result<(), PyError> {
        if let (Value::Obj(r), Value::Int(i)) = (container, index) {
            if let Some(l) = self.heap.list_mut(r) {
                // A value the storage holds is stored in place (nothing
                // grows); one it does not goes by `set_item`, which counts
                // the switch to object storage.
                if i >= 0 && (i as usize) < l.len() && l.holds(value) {
                    l.set(i as usize, value);
                    return Ok(());
                }
            }
        }
        self.set_item(container, index, value)
    }

    /// `a op b` where argument 1 marks an augmented assignment (the
    /// binary opcodes) or the in-place add and multiply: CPython names the
    /// operator as written, `+=`, in "unsupported operand" errors.
    ///
    /// The operands are still on the stack, and a built-in operator that
    /// fails changed nothing, so a `MemoryError` (`[0] * n` after the last
    /// big list became garbage) is retried once after a collection.
    pub(crate) fn binary_op_as_written(&mut self, op: BinOp, arg: u32, a: Value, b: Value) -> Result<Value, PyError> {
        if arg == 1 {
            if let Some(done) = self.set_inplace(op, a, b) {
                return done.map(|()| a);
            }
            // An instance's own in-place method (`+=` and `*=` asked
            // theirs already, in `inplace_add` and `inplace_mul`).
            if !matches!(op, BinOp::Add | BinOp::Mul) {
                if let Some(v) = self.instance_inplace(a, b, crate::classes::inplace_name(op))? {
                    return Ok(v);
                }
            }
        }
        let result = match self.binary_op(op, a, b) {
            Err(e) if e.kind == ExcKind::MemoryError && self.no_collect == 0 => {
                self.collect_garbage();
                self.binary_op(op, a, b)
            }
            result => result,
        };
        result.map_err(|mut e| {
            if arg == 1 && e.kind == ExcKind::TypeError {
                let binary = format!("unsupported operand type(s) for {}:", op.symbol());
                if let Some(rest) = e.msg.strip_prefix(&binary) {
                    e.msg = format!("unsupported operand type(s) for {}:{rest}", op.inplace_symbol());
                }
            }
            e
        })
    }

    pub(crate) fn inplace_add(&mut self, a: Value, b: Value) -> Result<Value, PyError> {
        // A str is never changed in place; the checks below all fail for it.
        if a.as_obj().is_some_and(|r| self.heap.str_obj(r).is_some()) {
            return self.binary_op_as_written(BinOp::Add, 1, a, b);
        }
        if let Some(done) = self.instance_inplace(a, b, Special::Iadd)? {
            return Ok(done);
        }
        if let Some(result) = self.bytearray_iadd(a, b) {
            return result;
        }
        if let Some(r) = a.as_obj() {
            if self.heap.list(r).is_some() {
                let extra = self.collect_iterable(b)?;
                let extra = ListObj::new(extra);
                self.heap
                    .grow_list(r, extra.storage(), extra.len(), |l| l.extend(extra.items()))?;
                return Ok(a);
            }
        }
        self.binary_op_as_written(BinOp::Add, 1, a, b)
    }

    /// `a *= b`: lists repeat in place; everything else is `a * b`.
    pub(crate) fn inplace_mul(&mut self, a: Value, b: Value) -> Result<Value, PyError> {
        if let Some(done) = self.instance_inplace(a, b, Special::Imul)? {
            return Ok(done);
        }
        if let (Some(r), Some(n)) = (a.as_obj(), b.as_index()) {
            // A bytearray repeats in place too (the same object after).
            if self.is_bytearray(a) {
                let count = n.max(0) as usize;
                let len = self.bytes_of(a).map_or(0, <[u8]>::len);
                let total = len.saturating_mul(count);
                self.room_for_bytes(total)?;
                self.heap.note_growth(total.saturating_sub(len));
                let data = self.heap.bytearray_mut(r).expect("a bytearray");
                let once = std::mem::take(data);
                *data = once.repeat(count);
                return Ok(a);
            }
            if let Some(l) = self.heap.list(r) {
                let count = n.max(0) as usize;
                let total = l.len().saturating_mul(count);
                let item = l.storage().item_size();
                self.heap.reserve(total.saturating_mul(item))?;
                self.heap.with_list(r, |l| l.repeat_in_place(count));
                return Ok(a);
            }
        }
        self.binary_op_as_written(BinOp::Mul, 1, a, b)
    }

    /// `a += b` (`name` `__iadd__`) or `a *= b` where `a` is an instance
    /// whose class defines the in-place method: what it returns, or None
    /// (no such method, or it declined), for the binary operator to
    /// decide.
    fn instance_inplace(&mut self, a: Value, b: Value, name: Special) -> Result<Option<Value>, PyError> {
        if self.class_of(a).is_none() {
            return Ok(None);
        }
        let r = self.call_special(a, name, &[b])?;
        Ok(r.filter(|v| v.as_obj().is_none() || v.as_obj() != self.not_implemented))
    }

    /// The items an unpacking assignment takes from `v`.
    fn unpack_items(&mut self, v: Value) -> Result<Vec<Value>, PyError> {
        if !self.is_iterable(v) {
            return Err(
                RawError::type_error(format!("cannot unpack non-iterable {} object", self.type_name(v))).into(),
            );
        }
        self.collect_iterable(v)
    }

    /// `a, *rest, z = v`: pushes the `after` last items, a list of the
    /// middle ones and the `before` first, so the first ends on top.
    fn unpack_starred(&mut self, v: Value, before: usize, after: usize) -> Result<(), PyError> {
        let mut items = self.unpack_items(v)?;
        if items.len() < before + after {
            return Err(RawError::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            ))
            .into());
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        self.stack.extend(tail.iter().rev());
        let middle = self.new_list(middle);
        self.stack.push(middle);
        self.stack.extend(items.iter().rev());
        Ok(())
    }

    /// `LIST_EXTEND` (`[*a, *b]`, the list of `f(x, *rest)`'s arguments):
    /// the items of iterable `items` appended to `list`.
    pub(crate) fn list_extend(&mut self, list: Value, items: Value) -> Result<(), PyError> {
        if !self.is_iterable(items) {
            return Err(RawError::type_error(format!(
                "Value after * must be an iterable, not {}",
                self.type_name(items)
            ))
            .into());
        }
        let items = self.collect_iterable(items)?;
        if let Some(r) = list.as_obj() {
            for v in items {
                self.heap.append(r, v)?;
            }
        }
        Ok(())
    }

    /// `{**mapping}`: the mapping's items added to `dict` in its order.
    fn dict_update_from(&mut self, dict: Value, mapping: Value) -> Result<(), PyError> {
        let Some(entries) = self.mapping_entries(mapping)? else {
            return Err(RawError::type_error(format!("'{}' object is not a mapping", self.type_name(mapping))).into());
        };
        self.charge((entries.len() as u64).saturating_mul(crate::limits::ITEM_TICKS))?;
        for (k, v) in entries {
            self.set_item(dict, k, v)?;
        }
        Ok(())
    }

    /// Pushes the `n` items of a sequence, last first, so the first item
    /// ends on top (the order the stores that follow expect).
    fn unpack(&mut self, v: Value, n: usize) -> Result<(), PyError> {
        let items = match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Tuple(items)) if items.len() == n => {
                self.stack.extend(items.iter().rev());
                return Ok(());
            }
            Some(Obj::List(l)) if l.len() == n => {
                self.stack.extend(l.items().iter().rev());
                return Ok(());
            }
            _ => self.unpack_items(v)?,
        };
        if items.len() > n {
            return Err(RawError::value_error(format!("too many values to unpack (expected {n})")).into());
        }
        if items.len() < n {
            return Err(RawError::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ))
            .into());
        }
        self.stack.extend(items.iter().rev());
        Ok(())
    }
}
