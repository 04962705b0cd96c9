//! The virtual machine's state: heap, stack, frames, globals, loaded code,
//! limits and output; and the small API native functions use.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::bytecode::CodeId;
pub use crate::codes::CodeEntry;
use crate::codes::CodeMarks;
use crate::cvec::CVec;
use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::heap::{Heap, ObjRef};
use crate::hook::{JitHook, NoJit};
use crate::limits::StackBudget;
use crate::object::{DictObj, DictTable, NativeObj, Obj, Shapes, TypeKind, TypeObj};
use crate::value::Value;

/// An activation of a code object: locals live at `stack[base..]`, the
/// callee value just below them at `stack[base - 1]`.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Frame {
    pub code: CodeId,
    /// Index of the next instruction (saved when the frame calls out or
    /// raises, so the traceback line is that of the instruction running).
    pub pc: usize,
    pub base: usize,
    /// An `__init__` run by instantiating a class: its return must be
    /// None, and the call's result is the instance (kept in the callee
    /// slot, below the frame).
    pub init: bool,
    /// A call of a `functools.lru_cache` wrapper running the wrapped
    /// function: the callee slot holds the wrapper and the call's key, and
    /// the return stores its value in the cache (`functools::memo_return`).
    pub memo: bool,
}

impl Frame {
    /// The frame of a call of `code` about to run its first instruction,
    /// its slots from `base` on.
    pub fn at_entry(code: CodeId, base: usize) -> Frame {
        Frame {
            code,
            pc: 0,
            base,
            init: false,
            memo: false,
        }
    }
}

/// Bounds that keep a script from taking the host down with it.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Deepest call nesting, counting the module frame (CPython: 1000).
    pub max_frames: usize,
    /// The most `sys.setrecursionlimit` may raise `max_frames` to: the
    /// host's limit when it set one (a script cannot lift it), else none.
    pub frames_ceiling: usize,
    /// Ticks (loop iterations plus calls) before the script is stopped.
    pub budget: Option<u64>,
    /// Largest estimated heap size in bytes (default: the machine's memory,
    /// see `limits::machine_memory`).
    pub max_heap_bytes: usize,
    /// Deepest nesting of native code calling back into scripts (a sort
    /// key that sorts with a key...), each of which uses host stack.
    pub max_native_reentry: usize,
    /// Bytes of the host thread's stack that recursion a script drives (a
    /// built-in calling back into it, nested generators resumed by
    /// built-ins) may use, counted from where the engine was entered
    /// (default `limits::STACK_BUDGET`, which a `MIN_HOST_STACK` thread
    /// holds).
    pub host_stack: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_frames: 1000,
            frames_ceiling: usize::MAX,
            budget: None,
            max_heap_bytes: crate::limits::machine_memory(),
            max_native_reentry: 64,
            host_stack: crate::limits::STACK_BUDGET,
        }
    }
}

/// The namespace of the globals of `__main__` (the script the host runs).
pub const MAIN_NAMESPACE: u32 = 0;

/// `LoopState::trace` when the loop has no trace.
pub(crate) const NO_TRACE: u32 = u32::MAX;

/// What the interpreter keeps per loop header for the hook.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LoopState {
    /// Iterations left before the hook hears the loop is hot.
    pub countdown: u32,
    /// The hook's trace for this loop, or `NO_TRACE`.
    pub trace: u32,
}

/// Which call a stashed outcome answers (`Vm::stash_call_outcome`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PendingCall {
    /// The host function of this index.
    Host(u32),
    /// This method object: a built-in function bound to an object (the
    /// functions of `random` are those of one hidden `Random`).
    Method(ObjRef),
    /// This native function, a native class's method called on an
    /// instance (`deque.popleft`, receiver first), or a built-in type
    /// called (`list(it)`).
    Native(ObjRef),
    /// The next step of this iterator (`Vm::iter_step_for_jit`); its
    /// outcome `Value::Undef` when the iterator was exhausted.
    IterStep(ObjRef),
    /// A built-in type's method (its function's address) called on this
    /// receiver (`d.setdefault(k, [])`, `d.pop(k)`).
    BuiltinMethod(ObjRef, usize),
}

pub struct Vm {
    pub heap: Heap,
    pub(crate) stack: CVec<Value>,
    pub(crate) frames: CVec<Frame>,
    pub(crate) codes: Vec<CodeEntry>,
    /// Slots of `codes` whose code was freed, for the next codes loaded.
    pub(crate) free_code_slots: Vec<u32>,
    /// Codes freed since the JIT last looked (`take_freed_codes`): it
    /// forgets what it knew of them before their ids are used again.
    pub(crate) freed_codes: Vec<CodeId>,
    /// Codes the JIT's traces name (their loops, inlined frames, calls):
    /// never freed while those traces exist.
    pub(crate) jit_codes: Vec<CodeId>,
    /// Codes of compiled programs the host holds (`pin_code_for_host`).
    pub(crate) host_codes: Vec<CodeId>,
    /// Hot-loop state, one per `Loop` instruction of each code object.
    pub(crate) loops: Vec<Vec<LoopState>>,
    /// Per code object: the countdown to its entry being hot and the trace
    /// that starts at its entry (recursion, a function called from the
    /// interpreter over and over).
    pub(crate) entries: Vec<LoopState>,
    /// The frame depth the innermost `execute` returns at: a trace may not
    /// return from the frame above it (the interpreter's `Return` must).
    pub(crate) exec_floor: usize,
    pub(crate) globals: Vec<Value>,
    pub(crate) global_names: Vec<Rc<str>>,
    /// The globals of each module, `MAIN_NAMESPACE` first: name -> slot of
    /// `globals`. A code is loaded into one namespace, its global names
    /// resolved to that module's slots, so a function reads the globals of
    /// the module it was defined in (the interpreter and traces index
    /// `globals` alike and never see the namespace).
    namespaces: Vec<HashMap<Rc<str>, u32, ahash::RandomState>>,
    /// For each global slot: its namespace.
    pub(crate) slot_namespace: Vec<u32>,
    /// For each global slot: the built-in of the same name, or Undef.
    pub(crate) builtin_fallback: Vec<Value>,
    pub(crate) builtins: HashMap<Rc<str>, Value, ahash::RandomState>,
    /// The built-in `object`, the root of every class.
    pub(crate) object_class: Option<ObjRef>,
    /// Moves on whenever a class is made or its namespace changes: the
    /// attribute caches of instances are valid for one version.
    pub(crate) class_version: u32,
    /// Instance attribute lookups shared by every instruction, for the
    /// instructions whose own cache sees several classes.
    pub(crate) shared_attrs: crate::shared_attr_cache::SharedAttrCache,
    /// How many calls of script code from native code (`call_value`) are
    /// running: no collection runs meanwhile.
    pub(crate) callbacks: u32,
    /// A collection came due while `callbacks` ran: the first safe point
    /// after the last of them returns collects (`leave_callback`).
    collection_postponed: bool,
    /// The generators whose frames are running, innermost last, each with
    /// its frame's index: `YIELD` saves its frame into the last.
    pub(crate) running_generators: CVec<(ObjRef, usize)>,
    /// The `yield from` chains a step went straight to the end of
    /// (`Vm::skip_delegating`), innermost last.
    pub(crate) skipped_chains: Vec<crate::generator::SkippedChain>,
    /// A collection freed a generator left suspended with cleanup pending
    /// (`Vm::abandoned_generator_error`).
    pub(crate) abandoned_generator: Option<crate::error::TraceEntry>,
    /// The classes whose instances have a `__del__` (`classes.rs`,
    /// `finalizer_error`), and one of them whose instance a collection
    /// freed.
    pub(crate) finalizer_classes: Vec<ObjRef>,
    pub(crate) finalizer_freed: Option<ObjRef>,
    /// What `globals()` returned in each namespace (one view each, so
    /// `globals() is globals()`), and the views' class once made.
    pub(crate) globals_views: Vec<(u32, Value)>,
    pub(crate) globals_view_class: Option<Value>,
    /// The class of the `code` objects `compile()` makes, once made.
    pub(crate) code_class: Option<Value>,
    /// Namespaces `exec()` and `eval()` made and emptied again, for reuse.
    pub(crate) spare_namespaces: Vec<u32>,
    /// The `slice` class (`builtins/slice.rs`).
    pub(crate) slice_class: Option<ObjRef>,
    /// The class of the iterators over instances that have `__getitem__`
    /// and no `__iter__` (`ops/iter.rs`), once one is made.
    pub(crate) index_iter_class: Option<Value>,
    /// The classes of `async_generator_asend` and `async_generator_athrow`
    /// awaitables, made when first needed (`async_generator.rs`).
    pub(crate) async_generator_classes: Option<[Value; 2]>,
    /// The class of what `anext(it, default)` returns.
    pub(crate) anext_awaitable_class: Option<Value>,
    /// Built-ins written again in Python for generator arguments.
    pub(crate) prelude: crate::prelude::Prelude,
    /// The name of a native instance's state attribute, once one was made
    /// (`Vm::native_state_shape`): never interned; shapes keep it alive.
    pub(crate) native_state_name: Option<ObjRef>,
    /// The shape of an instance holding only that attribute, once made
    /// (`Vm::native_state_shape`).
    pub(crate) native_state_shape: Option<crate::object::ShapeId>,
    /// The state layouts of the classes made in Rust (`ClassObj::layout`),
    /// so that `native_class::state` can tell a layout's name from others.
    /// The families' layouts are there from the start: their methods may
    /// run before any class of the family is made.
    pub(crate) native_layouts: std::collections::HashSet<&'static str, ahash::RandomState>,
    /// The hashes of big tuples already hashed, by the tuple, until the
    /// next collection (`ops/dict.rs`, `hash_walk`): each with the items
    /// its walk met, charged again when it is used.
    pub(crate) tuple_hashes: std::cell::RefCell<HashMap<ObjRef, (i64, u64), ahash::RandomState>>,
    /// `re`'s compiled patterns.
    pub(crate) re_programs: crate::modules::re::ProgramCache,
    /// `functools._lru_cache_wrapper`, once `functools` is imported: a
    /// call of one of its instances runs the cached function in a frame
    /// (`functools::memo_call`).
    pub(crate) memo_class: Option<ObjRef>,
    /// `array.array`, once `array` is imported: `a[i]` on one of its
    /// instances is read or written without a special method's call
    /// (`modules/array.rs`, `item_fast`).
    pub(crate) array_class: Option<ObjRef>,
    /// The stand-in for `list` in the MRO of a script class that
    /// subclasses it, once one does (`builtin_bases.rs`).
    pub(crate) list_base: Option<ObjRef>,
    /// The same for `dict` (`modules/collections/dicts.rs`).
    pub(crate) dict_base: Option<ObjRef>,
    /// The stand-in for `type` in the MRO of a metaclass, once a script
    /// defines one (`metaclass.rs`).
    pub(crate) type_base: Option<ObjRef>,
    /// A class that `type.__call__` is instantiating: its next call skips
    /// its metaclass's `__call__` (which is what called it).
    pub(crate) plain_call: Option<ObjRef>,
    /// Whether a class was ever given `__abstractmethods__` (by `abc`):
    /// until then making an instance checks nothing more.
    pub(crate) abstract_methods_set: bool,
    /// While above zero, native code that catches `AttributeError`
    /// (`hasattr`, `getattr` with a default) is looking attributes up: no
    /// suggestion is worked out for errors nobody will see.
    pub(crate) quiet_attr_lookups: u32,
    /// The `NotImplemented` object a special method returns to decline.
    pub(crate) not_implemented: Option<ObjRef>,
    /// `object`'s slot wrappers as a class gives them (`Base.__init__`,
    /// and what compiled code calls for a `super().__init__` past the
    /// script's classes), made once so each lookup finds the same object
    /// (`classes::OBJECT_SLOTS`, in its order).
    pub(crate) object_slots: Vec<ObjRef>,
    /// For str methods compiled code answers for one-byte strs from a
    /// table (`ascii_answers_for_jit`): each method's table, made once.
    pub(crate) ascii_answers: Vec<(&'static str, ObjRef)>,
    /// `str.upper` and the like: a built-in type's method taken from the
    /// type, made once per type and (interned) name, so that every access
    /// gives the same object, as CPython's `str.upper is str.upper`.
    pub(crate) unbound_methods: HashMap<(TypeKind, ObjRef), ObjRef, ahash::RandomState>,
    /// The built-in exception classes, `BaseException` first, each with
    /// the kind the VM raises it as (`exceptions.rs`).
    pub(crate) exception_classes: Vec<(ObjRef, Option<ExcKind>)>,
    /// The shape of an exception made by the VM: just `args`.
    pub(crate) args_shape: crate::object::ShapeId,
    /// Built-in modules by name, created on first import.
    pub(crate) modules: HashMap<Rc<str>, Value, ahash::RandomState>,
    /// The one type object per built-in type, so `type(1) is int`.
    pub(crate) type_objects: HashMap<TypeKind, Value, ahash::RandomState>,
    /// Values native code holds while it calls back into a script.
    pub temp_roots: Vec<Value>,
    /// Objects compiled traces name as constants (a function they inline,
    /// a cell they read): kept alive, so a slot index a trace compares
    /// against is never reused by another object.
    pub(crate) jit_roots: Vec<Value>,
    /// The layouts of objects with attributes (modules).
    pub shapes: Shapes,
    pub limits: Limits,
    /// Ticks used (see `tick`); a cell, so that built-ins that only read
    /// the heap (`repr`, `==`) can charge for their work too.
    pub ticks: Cell<u64>,
    /// The tick at which `tick` next looks at the budget and the interrupt
    /// flag (see `poll`): at most `POLL_INTERVAL` ticks ahead.
    pub(crate) poll_at: Cell<u64>,
    /// The count at which a built-in compiled code called ran out of the
    /// budget (`Vm::exit_with_error_for_jit`): the interpreter's redo of
    /// that call stops at its first charge and reports this count, as the
    /// interpreter alone would have, not the count plus the redo's charge.
    pub(crate) budget_spent_at: Cell<Option<u64>>,
    pub interrupt: Arc<AtomicBool>,
    pub(crate) native_depth: usize,
    /// Above zero while no collection may run (a compiled trace is calling
    /// a built-in: its values are in registers). See `limits`.
    pub(crate) no_collect: u32,
    /// How far down the host stack the current run may recurse.
    pub(crate) stack_budget: StackBudget,
    /// A run of the host's is under way (see `Vm::begin_run`).
    pub(crate) in_run: bool,
    pub out: Box<dyn Write>,
    pub argv: Vec<String>,
    pub(crate) hook: Box<dyn JitHook>,
    /// The host's functions (`HostFunctionObj`), if it registered any.
    pub host_calls: Option<Box<dyn crate::native::HostCalls>>,
    /// The outcome of a call with effects a trace made and exited after
    /// (see `stash_call_outcome`), for the interpreter's redo of that call,
    /// with the tick count when the call returned (which the redo takes:
    /// the call's ticks count once, as the interpreter's own call counts
    /// them).
    pub(crate) pending_call: Option<(PendingCall, Result<Value, PyError>, u64)>,
    /// Compiled code called a built-in that needed the script, and was
    /// refused (`refuse_script_in_compiled_code`): what the built-in
    /// returned is no outcome of the call, which the interpreter must redo.
    pub(crate) refused_script: bool,
    /// The error the last built-in compiled code called failed with (not
    /// a refusal), and the tick count when it failed: what a trace that
    /// catches it takes (`catch_for_jit`).
    pub(crate) jit_error: Option<(PyError, u64)>,
    /// The hook's threshold, cached: it is read on every loop iteration.
    pub(crate) hot_threshold: u32,
    /// `--explain`: instruction counts and the current position.
    pub(crate) profile: Option<Box<crate::profile::Profile>>,
    /// The hook is recording: the interpreter reports every instruction.
    pub(crate) recording: bool,
    /// The recorder follows the next call a built-in makes into the
    /// script (an operator's special method) instead of giving up.
    pub(crate) follow_callback: bool,
    /// Interactive mode: `PrintExpr` echoes values.
    pub interactive: bool,
    /// `sys.get_int_max_str_digits()`: the most decimal digits an int may
    /// be converted to or from (0: no limit).
    pub int_max_str_digits: usize,
    /// Output counts toward the heap limit (captured in memory), and how
    /// many bytes of it do now.
    output_counted: bool,
    output_held: usize,
    /// `numba`'s dispatchers: what passed their check, and its classes.
    pub(crate) numba: crate::numba::State,
    /// Standard input, files and standard error, as far as the host
    /// allowed them (`host_io.rs`).
    pub(crate) io: crate::host_io::HostIo,
    /// Where the script's own modules come from (`import.rs`).
    pub(crate) imports: crate::import::Imports,
}

/// A failed write as CPython reports it: `OSError: [Errno 28] No space
/// left on device`.
fn os_error(e: std::io::Error) -> PyError {
    let text = e.to_string();
    let msg = match e.raw_os_error() {
        Some(code) => {
            let suffix = format!(" (os error {code})");
            format!("[Errno {code}] {}", text.strip_suffix(&suffix).unwrap_or(&text))
        }
        None => text,
    };
    PyError::from(RawError::new(ExcKind::OSError, msg))
}

impl Vm {
    pub fn new(out: Box<dyn Write>, limits: Limits) -> Vm {
        let mut vm = Vm {
            heap: Heap::new(limits.max_heap_bytes),
            stack: CVec::with_capacity(crate::limits::INITIAL_STACK),
            frames: CVec::new(),
            codes: Vec::new(),
            free_code_slots: Vec::new(),
            freed_codes: Vec::new(),
            jit_codes: Vec::new(),
            host_codes: Vec::new(),
            loops: Vec::new(),
            entries: Vec::new(),
            exec_floor: 0,
            globals: Vec::new(),
            global_names: Vec::new(),
            namespaces: vec![HashMap::default()],
            slot_namespace: Vec::new(),
            builtin_fallback: Vec::new(),
            builtins: HashMap::default(),
            object_class: None,
            class_version: 0,
            shared_attrs: Default::default(),
            callbacks: 0,
            collection_postponed: false,
            running_generators: CVec::new(),
            skipped_chains: Vec::new(),
            abandoned_generator: None,
            finalizer_classes: Vec::new(),
            finalizer_freed: None,
            globals_views: Vec::new(),
            globals_view_class: None,
            code_class: None,
            spare_namespaces: Vec::new(),
            slice_class: None,
            index_iter_class: None,
            async_generator_classes: None,
            anext_awaitable_class: None,
            prelude: Default::default(),
            native_state_name: None,
            native_state_shape: None,
            native_layouts: crate::modules::native_class::FAMILY_LAYOUTS.into_iter().collect(),
            re_programs: Default::default(),
            tuple_hashes: Default::default(),
            memo_class: None,
            array_class: None,
            list_base: None,
            dict_base: None,
            type_base: None,
            plain_call: None,
            abstract_methods_set: false,
            quiet_attr_lookups: 0,
            not_implemented: None,
            object_slots: Vec::new(),
            ascii_answers: Vec::new(),
            unbound_methods: HashMap::default(),
            exception_classes: Vec::new(),
            args_shape: crate::object::Shapes::ROOT,
            modules: HashMap::default(),
            type_objects: HashMap::default(),
            temp_roots: Vec::new(),
            jit_roots: Vec::new(),
            shapes: Shapes::default(),
            limits,
            ticks: Cell::new(0),
            poll_at: Cell::new(0),
            budget_spent_at: Cell::new(None),
            interrupt: Arc::new(AtomicBool::new(false)),
            native_depth: 0,
            no_collect: 0,
            stack_budget: StackBudget::unlimited(),
            in_run: false,
            out,
            argv: Vec::new(),
            hook: Box::new(NoJit),
            host_calls: None,
            pending_call: None,
            refused_script: false,
            jit_error: None,
            hot_threshold: u32::MAX,
            profile: None,
            recording: false,
            follow_callback: false,
            interactive: false,
            int_max_str_digits: crate::format::bigint::DEFAULT_MAX_STR_DIGITS,
            output_counted: false,
            output_held: 0,
            numba: Default::default(),
            io: crate::host_io::HostIo::default(),
            imports: Default::default(),
        };
        for kind in TypeKind::NAMED {
            let t = Value::Obj(vm.heap.alloc(TypeObj::new(kind)));
            vm.type_objects.insert(kind, t);
            vm.builtins.insert(kind.name().into(), t);
        }
        for native in crate::builtins::BUILTINS {
            let f = Value::Obj(vm.heap.alloc(NativeObj::new(*native)));
            vm.builtins.insert(native.name.into(), f);
        }
        let object = vm.make_object_class();
        vm.builtins.insert("object".into(), object);
        let slice = vm.make_slice_class();
        vm.builtins.insert("slice".into(), slice);
        vm.make_exception_classes();
        vm.make_not_implemented();
        vm.make_object_slots();
        let ellipsis = crate::typing::ellipsis(&mut vm);
        vm.builtins.insert("Ellipsis".into(), ellipsis);
        let args = vm.heap.intern("args");
        vm.args_shape = vm.shapes.with_attr(crate::object::Shapes::ROOT, args);
        vm.set_global("__name__", Value::None);
        let main = vm.new_str("__main__");
        vm.set_global("__name__", main);
        vm
    }

    /// Installs a JIT (or any observer of hot loops).
    pub fn set_hook(&mut self, hook: Box<dyn JitHook>) {
        self.hot_threshold = hook.threshold();
        self.hook = hook;
        for state in self.loops.iter_mut().flatten().chain(self.entries.iter_mut()) {
            *state = LoopState {
                countdown: self.hot_threshold,
                trace: NO_TRACE,
            };
        }
    }

    /// Tells the hook the program is over.
    pub fn finish_hook(&mut self) {
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        hook.finish(self);
        self.hook = hook;
    }

    /// Has the installed hook drop its traces (`JitHook::flush`).
    pub fn flush_hook(&mut self) {
        let mut hook = std::mem::replace(&mut self.hook, Box::new(NoJit));
        hook.flush(self);
        self.hook = hook;
    }

    /// The `--jit-stats` line of the installed hook.
    pub fn hook_stats_line(&self) -> String {
        self.hook.stats_line()
    }

    /// What the installed hook did, for a learner.
    pub fn hook_report(&self) -> crate::jit_report::JitReport {
        self.hook.report(self)
    }

    // ---- loading code -------------------------------------------------

    /// The slot of a global name of `__main__`, created (unbound) on
    /// first use.
    pub fn global_slot(&mut self, name: &Rc<str>) -> u32 {
        self.global_slot_in(MAIN_NAMESPACE, name)
    }

    /// The slot of a global name of namespace `ns`, created (unbound) on
    /// first use.
    pub fn global_slot_in(&mut self, ns: u32, name: &Rc<str>) -> u32 {
        if let Some(&slot) = self.namespaces[ns as usize].get(name) {
            return slot;
        }
        let slot = self.globals.len() as u32;
        self.globals.push(Value::Undef);
        self.global_names.push(name.clone());
        self.slot_namespace.push(ns);
        self.builtin_fallback
            .push(self.builtins.get(name).copied().unwrap_or(Value::Undef));
        self.namespaces[ns as usize].insert(name.clone(), slot);
        slot
    }

    /// A new, empty namespace for the globals of an imported module.
    pub(crate) fn new_namespace(&mut self) -> u32 {
        self.namespaces.push(HashMap::default());
        self.namespaces.len() as u32 - 1
    }

    /// How many names namespace `ns` has held (bound or not).
    pub(crate) fn namespace_size(&self, ns: u32) -> usize {
        self.namespaces[ns as usize].len()
    }

    /// Whether namespace `ns` was made.
    pub(crate) fn namespace_exists(&self, ns: u32) -> bool {
        (ns as usize) < self.namespaces.len()
    }

    /// The slot of `name` in namespace `ns`, if a code or a store made one.
    pub(crate) fn find_global_slot(&self, ns: u32, name: &str) -> Option<u32> {
        self.namespaces.get(ns as usize)?.get(name).copied()
    }

    /// The bound globals of namespace `ns`, in the order their slots were
    /// made.
    pub(crate) fn namespace_items(&self, ns: u32) -> Vec<(Rc<str>, Value)> {
        let mut slots: Vec<u32> = self.namespaces[ns as usize].values().copied().collect();
        slots.sort_unstable();
        slots
            .into_iter()
            .filter(|&s| !matches!(self.globals[s as usize], Value::Undef))
            .map(|s| (self.global_names[s as usize].clone(), self.globals[s as usize]))
            .collect()
    }

    /// Makes `value` a built-in: every script sees it under `name` unless
    /// it binds a global of that name.
    pub fn add_builtin(&mut self, name: &str, value: Value) {
        let name: Rc<str> = Rc::from(name);
        for ns in &self.namespaces {
            if let Some(&slot) = ns.get(&name) {
                self.builtin_fallback[slot as usize] = value;
            }
        }
        self.builtins.insert(name, value);
    }

    pub fn set_global(&mut self, name: &str, value: Value) {
        self.set_global_in(MAIN_NAMESPACE, name, value);
    }

    /// Binds global `name` of namespace `ns`.
    pub(crate) fn set_global_in(&mut self, ns: u32, name: &str, value: Value) {
        let slot = self.global_slot_in(ns, &Rc::from(name));
        self.globals[slot as usize] = value;
    }

    pub fn get_global(&self, name: &str) -> Option<Value> {
        self.get_global_in(MAIN_NAMESPACE, name)
    }

    /// Global `name` of namespace `ns`, if bound.
    pub(crate) fn get_global_in(&self, ns: u32, name: &str) -> Option<Value> {
        let slot = self.find_global_slot(ns, name)?;
        match self.globals[slot as usize] {
            Value::Undef => None,
            v => Some(v),
        }
    }

    // ---- allocation ---------------------------------------------------

    pub fn new_str(&self, text: impl AsRef<str>) -> Value {
        Value::Obj(self.heap.new_str(text.as_ref()))
    }

    /// A one-character str: shared for ASCII, so iterating a str allocates
    /// nothing for it.
    #[inline]
    pub fn char_value(&self, c: char) -> Value {
        Value::Obj(self.heap.char_str(c))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.new_list(items))
    }

    /// `LIST_TO_TUPLE`: a new tuple of a list's items; None if `v` is no
    /// list.
    pub fn list_to_tuple(&self, v: Value) -> Option<Value> {
        let items: smallvec::SmallVec<[Value; 16]> = self.heap.list(v.as_obj()?)?.items().iter().collect();
        Some(self.new_tuple(&items[..]))
    }

    pub fn new_tuple(&self, items: impl AsRef<[Value]>) -> Value {
        Value::Obj(self.heap.new_tuple(items.as_ref()))
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.heap.alloc(DictObj::new(DictTable::default())))
    }

    pub fn type_object(&mut self, kind: TypeKind) -> Value {
        if let Some(t) = self.type_objects.get(&kind) {
            return *t;
        }
        let t = Value::Obj(self.heap.alloc(TypeObj::new(kind)));
        self.type_objects.insert(kind, t);
        t
    }

    // ---- reading objects ----------------------------------------------

    /// The text of a str value, if it is one.
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => self.heap.str_obj(r).map(|s| s.as_str()),
            _ => None,
        }
    }

    /// The text of a str value as an owned `Rc<str>` (a copy).
    pub fn as_str_rc(&self, v: Value) -> Option<Rc<str>> {
        self.as_str(v).map(Rc::from)
    }

    pub fn obj(&self, r: ObjRef) -> Obj<'_> {
        self.heap.get(r)
    }

    // ---- output -------------------------------------------------------

    /// Writes what a script prints. Output an embedder captures in memory
    /// counts toward the heap limit until it is taken (`set_output_counted`).
    pub fn write_out(&mut self, text: &str) -> Result<(), PyError> {
        self.write_out_bytes(text.as_bytes())
    }

    /// `write_out` for bytes (`sys.stdout.buffer.write`).
    pub(crate) fn write_out_bytes(&mut self, text: &[u8]) -> Result<(), PyError> {
        self.charge_bytes(text.len())?;
        if self.output_counted {
            // The text is no object and the arguments it came from are on
            // the stack: a collection here is safe, and garbage must not
            // decide when captured output meets the limit.
            self.make_room(text.len())?;
            self.heap.hold(text.len())?;
            self.output_held += text.len();
        }
        self.out.write_all(text).map_err(os_error)
    }

    /// Runs `run` with what the script prints kept, not written: its
    /// result and the text (doctest compares an example's output). The
    /// kept text counts toward the heap limit while it is kept.
    pub(crate) fn capture_output<R>(&mut self, run: impl FnOnce(&mut Vm) -> R) -> (R, String) {
        #[derive(Clone, Default)]
        struct Kept(Rc<std::cell::RefCell<Vec<u8>>>);
        impl Write for Kept {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.borrow_mut().extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let kept = Kept::default();
        let out = std::mem::replace(&mut self.out, Box::new(kept.clone()));
        let counted = std::mem::replace(&mut self.output_counted, true);
        let held = std::mem::take(&mut self.output_held);
        let result = run(self);
        self.out = out;
        self.output_counted = counted;
        self.heap.unhold(std::mem::replace(&mut self.output_held, held));
        let text = String::from_utf8_lossy(&kept.0.borrow()).into_owned();
        (result, text)
    }

    /// Flushes the output, ignoring a failure (see `flush_output`).
    pub fn flush_out(&mut self) {
        let _ = self.flush_output();
    }

    /// Flushes the output: `OSError` if it cannot be written (`> /dev/full`).
    pub fn flush_output(&mut self) -> Result<(), PyError> {
        self.out.flush().map_err(os_error)
    }

    /// Makes printed output count toward the heap limit: the embedder
    /// keeps it in memory until it takes it.
    pub fn set_output_counted(&mut self, counted: bool) {
        self.output_counted = counted;
    }

    /// The embedder took the output printed so far: it no longer counts.
    pub fn output_taken(&mut self) {
        self.heap.unhold(std::mem::take(&mut self.output_held));
    }

    // ---- limits and safe points ---------------------------------------

    /// Counts one tick (a loop iteration or a call) and checks the heap;
    /// every `POLL_INTERVAL` ticks, and at the budget, also the budget and
    /// the interrupt flag (an atomic load per loop iteration is measurable
    /// in the interpreter, and a thousand iterations are microseconds).
    /// Called only where every live value is rooted, so it may collect.
    #[inline(always)]
    pub(crate) fn tick(&mut self) -> Result<(), PyError> {
        if self.tick_quietly() {
            return Ok(());
        }
        self.ticks.set(self.ticks.get() + 1);
        self.poll()
    }

    /// Counts a tick if it needs no poll (the budget not reached, no
    /// interrupt or collection asked for); false, counting nothing, if it
    /// does.
    #[inline(always)]
    pub(crate) fn tick_quietly(&self) -> bool {
        let ticks = self.ticks.get() + 1;
        if ticks >= self.poll_at.get() || self.heap.wants_collection() {
            return false;
        }
        self.ticks.set(ticks);
        true
    }

    #[cold]
    #[inline(never)]
    fn poll(&mut self) -> Result<(), PyError> {
        self.check_budget_and_interrupt()?;
        if self.heap.wants_collection() {
            self.collect_garbage();
            if self.heap.over_limit() {
                return Err(RawError::new(ExcKind::MemoryError, "").into());
            }
        }
        Ok(())
    }

    /// Stops scripts once `ticks` passes `budget` (None: never).
    pub fn set_budget(&mut self, budget: Option<u64>) {
        self.limits.budget = budget;
        self.poll_at.set(0);
    }

    /// A call of script code from native code returned. A collection
    /// postponed while it ran is asked for again once none runs: were it
    /// only pushed further on, a loop that spends most of its safe points
    /// inside callbacks (an instance's `__getitem__` run by each `c[i]`)
    /// would postpone it every time, and its garbage would pile up.
    pub(crate) fn leave_callback(&mut self) {
        self.callbacks -= 1;
        if self.callbacks == 0 && std::mem::take(&mut self.collection_postponed) {
            self.heap.request_collection();
        }
    }

    pub fn collect_garbage(&mut self) {
        // Script code a built-in called (a `__next__` for `zip`, a `key`
        // for `sorted`): the built-in may hold objects no root reaches.
        // The collection waits until it returns.
        if self.callbacks > 0 {
            self.heap.postpone_collection();
            self.collection_postponed = true;
            return;
        }
        // The roots are borrowed field by field, beside the heap itself.
        let roots = self
            .stack
            .iter()
            .chain(self.globals.iter())
            .chain(self.builtin_fallback.iter())
            .chain(self.builtins.values())
            .chain(self.modules.values())
            .chain(self.type_objects.values())
            .chain(self.temp_roots.iter())
            .chain(self.jit_roots.iter())
            .chain(
                self.pending_call
                    .iter()
                    .filter_map(|(_, outcome, _)| outcome.as_ref().ok()),
            )
            .copied()
            .chain(self.object_class.map(Value::Obj))
            // Compared by identity with instances' classes: kept alive so
            // that no other class is ever made at their address.
            .chain(self.memo_class.map(Value::Obj))
            .chain(self.array_class.map(Value::Obj))
            .chain(self.list_base.map(Value::Obj))
            .chain(self.dict_base.map(Value::Obj))
            .chain(self.type_base.map(Value::Obj))
            .chain(self.not_implemented.map(Value::Obj))
            .chain(self.object_slots.iter().map(|&s| Value::Obj(s)))
            .chain(self.ascii_answers.iter().map(|&(_, t)| Value::Obj(t)))
            // Each holds its name, which keeps the key's interned str.
            .chain(self.unbound_methods.values().map(|&m| Value::Obj(m)))
            .chain(self.running_generators.iter().map(|(g, _)| Value::Obj(*g)))
            .chain(self.globals_views.iter().map(|&(_, view)| view))
            .chain(self.globals_view_class)
            .chain(self.code_class)
            .chain(self.index_iter_class)
            .chain(self.async_generator_classes.into_iter().flatten())
            .chain(self.anext_awaitable_class)
            .chain(self.finalizer_classes.iter().map(|&c| Value::Obj(c)))
            .chain(self.prelude.roots())
            .chain(self.exception_classes.iter().map(|(c, _)| Value::Obj(*c)))
            .chain(self.shapes.all_names().map(Value::Obj));
        // Code objects are not heap objects: a code is live while a frame
        // runs it, a trace names it, or a live function runs it, and its
        // constants live while it does (`codes.rs`).
        let mut live = CodeMarks::new(self);
        let codes = &self.codes;
        let mut code_roots = Vec::new();
        for cid in live.roots(self) {
            live.reach(codes, cid, &mut code_roots);
        }
        let mut abandoned = None;
        let mut finalized = None;
        let finalizer_classes = &self.finalizer_classes;
        self.heap.collect_noting(
            roots.chain(code_roots),
            |cid, values| live.reach(codes, cid, values),
            |heap, gen| {
                if abandoned.is_none() {
                    abandoned = crate::generator::pending_cleanup_place(codes, heap, gen);
                }
            },
            |i| {
                if finalized.is_none() && finalizer_classes.contains(&i.class) {
                    finalized = Some(i.class);
                }
            },
        );
        if self.abandoned_generator.is_none() {
            self.abandoned_generator = abandoned;
        }
        if self.finalizer_freed.is_none() {
            self.finalizer_freed = finalized;
        }
        // Names, classes and tuples may have died, and their addresses may
        // come back as other objects: the caches keyed by them go.
        self.class_version = self.class_version.wrapping_add(1);
        self.tuple_hashes.get_mut().clear();
        self.re_programs.forget_text(&self.heap);
        self.free_dead_codes(live);
    }
}
