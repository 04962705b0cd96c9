//! Rumba: an embeddable engine for a subset of Python 3.
//!
//! ```
//! let mut engine = rumba::Engine::with_captured_output();
//! engine.run("print(sum([i * i for i in range(4)]))").unwrap();
//! assert_eq!(engine.take_output(), "14\n");
//! ```
//!
//! Errors come back as values, shaped like CPython's:
//!
//! ```
//! let mut engine = rumba::Engine::with_captured_output();
//! let err = engine.run("x = 1 // 0").unwrap_err();
//! assert_eq!(err.kind, "ZeroDivisionError");
//! assert_eq!(err.message, "integer division or modulo by zero");
//! assert!(err.report.ends_with("ZeroDivisionError: integer division or modulo by zero\n"));
//! ```
//!
//! A script can be bounded in time (ticks: loop iterations plus calls),
//! memory and recursion, and interrupted from another thread:
//!
//! ```
//! let mut engine = rumba::Engine::with_captured_output();
//! engine.set_budget(Some(10_000));
//! let err = engine.run("while True:\n    pass\n").unwrap_err();
//! assert_eq!(err.kind, "RuntimeError");
//! assert_eq!(err.message, "execution budget exhausted");
//! ```

#![warn(missing_docs)]

use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

pub use rumba_compiler::SyntaxError;
use rumba_vm::error::PyError;
pub use rumba_vm::heap::GcStats;
pub use rumba_vm::hook::JitOptions;
pub use rumba_vm::jit_report::{
    ExitReport, JitEvent, JitReport, LoopReport, Row, TimeSlice, TraceReport, TIMELINE_SLICE,
};
pub use rumba_vm::limits::{MIN_HOST_STACK, STACK_BUDGET};
pub use rumba_vm::vm::Limits;
use rumba_vm::vm::Vm;

mod host;
mod import;
#[cfg(feature = "serde")]
mod serde_value;
mod source;
mod traceback;
mod value;

pub use host::{HostFn, HostResult, Module};
#[cfg(feature = "serde")]
pub use serde_value::{from_value, to_value};
pub use value::{FromValue, HostError, IntoArgs, IntoValue, Value};

/// An error a script ended with: an uncaught exception or a syntax error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// The exception type's name: `ZeroDivisionError`, `SyntaxError`, ...
    pub kind: String,
    /// The exception's message (`integer division or modulo by zero`).
    pub message: String,
    /// Exactly what CPython would print on stderr for it.
    pub report: String,
    /// The process exit status this error stands for (1, or `sys.exit`'s).
    pub exit_status: i32,
    /// The source line it was raised at (the innermost frame's), or the
    /// syntax error's line; `None` where no line applies (a limit hit
    /// while compiling, a host-side conversion).
    pub line: Option<u32>,
}

impl std::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl std::error::Error for ScriptError {}

/// A `Write` that appends to a buffer the engine can hand back. It grows
/// by chunks, never by copying what it holds into a buffer twice as big:
/// the bytes it holds are what the heap limit counts (`Vm::write_out`).
#[derive(Clone, Default)]
struct SharedBuffer(Arc<Mutex<Vec<Vec<u8>>>>);

/// The size of a chunk of captured output.
const OUTPUT_CHUNK: usize = 64 << 10;

impl SharedBuffer {
    /// The chunks; a panic while they were held left them whole.
    fn chunks(&self) -> std::sync::MutexGuard<'_, Vec<Vec<u8>>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.chunks()).concat()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut chunks = self.chunks();
        match chunks.last_mut() {
            Some(last) if last.capacity() - last.len() >= buf.len() => last.extend_from_slice(buf),
            _ => {
                let mut chunk = Vec::with_capacity(buf.len().max(OUTPUT_CHUNK));
                chunk.extend_from_slice(buf);
                chunks.push(chunk);
            }
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `print` handed to a host closure, one call per printed text.
struct PrintSink<F: FnMut(&str) + Send>(F);

impl<F: FnMut(&str) + Send> Write for PrintSink<F> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // The VM writes each printed text whole, as UTF-8.
        (self.0)(&String::from_utf8_lossy(buf));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One interpreter with its globals; scripts run in it one after another
/// share them, as entries at a Python prompt do.
pub struct Engine {
    vm: Vm,
    captured: Option<SharedBuffer>,
    /// Ticks each run, program run or call may use (`set_budget`).
    budget: Option<u64>,
    /// Programs run here and still alive on the host's side, with their
    /// loaded code: run again, they start at once (`run_program`).
    programs: Vec<(std::sync::Weak<()>, rumba_vm::bytecode::CodeId)>,
}

// SAFETY: an engine owns everything its `Rc`s and raw pointers point to,
// and hands none of them out: values, errors and output leave as owned
// copies (`value::from_script`), programs are copied in whole
// (`Program`), and the JIT's pointers into the VM are set and cleared
// within one call. So every reference count and pointer moves with the
// engine, and no other thread can reach them. What the host puts in
// (the output and error writers, standard input, host functions, the
// print closure, a JIT hook, the compiler of imported modules) is
// required to be `Send`, and the files
// scripts open are `std::fs::File`s. The interrupt flag is an `Arc<AtomicBool>`,
// meant to be shared.
unsafe impl Send for Engine {}

/// A compiled script, run with `Engine::run_program` as many times as
/// needed without compiling again.
pub struct Program {
    code: rumba_vm::bytecode::CodeObject,
    /// Alive while the program is: an engine keeps the program loaded
    /// (its code, the traces of its loops) until this is dropped.
    alive: Arc<()>,
}

// SAFETY: a program's `Rc<str>`s are its own: `compile` made them, and
// `run_program` copies the code (`CodeObject::deep_clone`) instead of
// sharing them with the engine, so moving a program moves every owner.
unsafe impl Send for Program {}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

/// A VM that can compile the built-ins written in Python (`prelude.py`).
fn new_vm(out: Box<dyn Write + Send>) -> Vm {
    let mut vm = Vm::new(out, Limits::default());
    vm.set_prelude_compiler(|source, filename, interactive| {
        rumba_compiler::compile_metered(source, filename, interactive, &rumba_vm::limits::Unmetered).ok()
    });
    vm.set_source_compiler(Box::new(import::ModuleCompiler));
    vm
}

impl Engine {
    /// An engine whose scripts print to the process's standard output.
    ///
    /// ```
    /// let mut engine = rumba::Engine::new();
    /// engine.run("print('to stdout')").unwrap();
    /// ```
    pub fn new() -> Engine {
        let out = Box::new(std::io::BufWriter::new(std::io::stdout()));
        Engine {
            vm: new_vm(out),
            captured: None,
            budget: None,
            programs: Vec::new(),
        }
    }

    /// An engine whose scripts print into a buffer (see `take_output`).
    /// What the buffer holds counts toward the heap limit until it is
    /// taken, so a script cannot fill the host's memory by printing.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("print(1, 2)").unwrap();
    /// assert_eq!(engine.take_output(), "1 2\n");
    /// ```
    pub fn with_captured_output() -> Engine {
        let buffer = SharedBuffer::default();
        let mut vm = new_vm(Box::new(buffer.clone()));
        vm.set_output_counted(true);
        Engine {
            vm,
            captured: Some(buffer),
            budget: None,
            programs: Vec::new(),
        }
    }

    /// An engine whose scripts print into any writer (a file, a socket, a
    /// sink that keeps only the first kilobytes of an untrusted script's
    /// output). The engine buffers nothing itself.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_output(Box::new(std::io::sink()));
    /// engine.run("print('dropped')").unwrap();
    /// ```
    pub fn with_output(out: Box<dyn Write + Send>) -> Engine {
        Engine {
            vm: new_vm(out),
            captured: None,
            budget: None,
            programs: Vec::new(),
        }
    }

    /// What scripts printed since the last call (captured engines only).
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("print('a')").unwrap();
    /// assert_eq!(engine.take_output(), "a\n");
    /// assert_eq!(engine.take_output(), "");
    /// ```
    pub fn take_output(&mut self) -> String {
        self.vm.output_taken();
        match &self.captured {
            Some(b) => String::from_utf8_lossy(&b.take()).into_owned(),
            None => String::new(),
        }
    }

    /// Stops each run, program run or call after this many ticks (loop
    /// iterations, calls and built-ins' work, the same with the JIT on or
    /// off), counted afresh each time; `None`: no limit.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_budget(Some(1_000));
    /// assert!(engine.run("for i in range(10 ** 6):\n    pass").is_err());
    /// engine.run("for i in range(500):\n    pass").unwrap(); // afresh
    /// ```
    pub fn set_budget(&mut self, ticks: Option<u64>) {
        self.budget = ticks;
        self.start_budget();
    }

    /// The budget counts from here.
    fn start_budget(&mut self) {
        let budget = self.budget.map(|t| self.vm.ticks.get().saturating_add(t));
        self.vm.set_budget(budget);
    }

    /// Deepest call nesting allowed (default 1000, as CPython). A script's
    /// `sys.setrecursionlimit` may lower it, and raise it again up to this
    /// value but not past it; without this call a script may raise it as
    /// far as the heap limit lets its frames grow.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_recursion_limit(50);
    /// let err = engine.run("def f(n):\n    return f(n + 1)\nf(0)").unwrap_err();
    /// assert_eq!(err.kind, "RecursionError");
    /// ```
    pub fn set_recursion_limit(&mut self, frames: usize) {
        self.vm.limits.max_frames = frames.max(2);
        self.vm.limits.frames_ceiling = self.vm.limits.max_frames;
    }

    /// How much of the host thread's stack the recursion a script drives
    /// may use: built-ins that call back into the script (`min` over a
    /// generator whose items call a cached function, `sorted` with a key
    /// that sorts), each nesting the interpreter on the host stack. Past it
    /// a script gets `RecursionError`. The default, `STACK_BUDGET` (160
    /// KiB), is safe on any thread of `MIN_HOST_STACK` (256 KiB) and allows
    /// about ten such nestings; a host that runs the engine on a thread of
    /// N bytes may give it `N - (MIN_HOST_STACK - STACK_BUDGET)`. The
    /// count of nestings is bounded too, at one per 4 KiB given (at least
    /// 64), and calls at any depth by `set_recursion_limit`.
    ///
    /// ```
    /// use rumba::{MIN_HOST_STACK, STACK_BUDGET};
    /// const STACK: usize = 64 << 20;
    /// let out = std::thread::Builder::new()
    ///     .stack_size(STACK)
    ///     .spawn(|| {
    ///         let mut engine = rumba::Engine::with_captured_output();
    ///         engine.set_host_stack(STACK - (MIN_HOST_STACK - STACK_BUDGET));
    ///         let script = "def f(n):\n    return 0 if n == 0 else min(f(n - 1) for _ in [0])\nprint(f(200))";
    ///         engine.run(script).unwrap();
    ///         engine.take_output()
    ///     })
    ///     .unwrap()
    ///     .join()
    ///     .unwrap();
    /// assert_eq!(out, "0\n");
    /// ```
    pub fn set_host_stack(&mut self, bytes: usize) {
        self.vm.limits.host_stack = bytes;
        self.vm.limits.max_native_reentry = (bytes >> 12).max(64);
    }

    /// Largest heap, in (estimated) bytes, before `MemoryError`.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_heap_limit(8 << 20);
    /// assert_eq!(engine.run("x = [0] * 10 ** 8").unwrap_err().kind, "MemoryError");
    /// engine.run("x = [0] * 10").unwrap(); // still usable
    /// ```
    pub fn set_heap_limit(&mut self, bytes: usize) {
        self.vm.limits.max_heap_bytes = bytes;
        self.vm.heap.set_limit(bytes);
    }

    /// Makes the garbage collector run at every safe point after any
    /// allocation: slow, for testing that every live value is rooted.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_gc_stress(true);
    /// engine.run("x = [[i] for i in range(100)]").unwrap();
    /// assert!(engine.collections() > 0);
    /// ```
    pub fn set_gc_stress(&mut self, on: bool) {
        self.vm.heap.stress = on;
    }

    /// Ticks counted in this engine's life (loop iterations, calls and
    /// built-ins' work, in the unit `set_budget` takes): the difference
    /// across a run is what the run cost, the same with the JIT on or off.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// let before = engine.ticks_used();
    /// engine.run("for i in range(1000):\n    pass").unwrap();
    /// assert!(engine.ticks_used() - before >= 1000);
    /// ```
    pub fn ticks_used(&self) -> u64 {
        self.vm.ticks.get()
    }

    /// What the heap holds now, in the bytes `set_heap_limit` counts
    /// (garbage not yet collected included).
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("big = [0.5] * 100000").unwrap();
    /// assert!(engine.heap_bytes() >= 100_000 * 8);
    /// ```
    pub fn heap_bytes(&self) -> usize {
        self.vm.heap.estimated_bytes()
    }

    /// Code objects this engine holds: each run's module body and the
    /// functions defined in it, until nothing can run them (no frame, no
    /// live function, no compiled trace); a collection frees the rest.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("def f():\n    return 1").unwrap();
    /// assert!(engine.loaded_codes() >= 1); // f's code, while f lives
    /// ```
    pub fn loaded_codes(&self) -> usize {
        self.vm.loaded_codes()
    }

    /// How many garbage collections have run in this engine.
    ///
    /// ```
    /// let engine = rumba::Engine::with_captured_output();
    /// assert_eq!(engine.collections(), 0);
    /// ```
    pub fn collections(&self) -> u64 {
        self.vm.heap.stats.collections
    }

    /// The collector's counters: collections, pause times, peak heap size.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("x = [str(i) for i in range(1000)]").unwrap();
    /// assert!(engine.gc_stats().peak_bytes > 0);
    /// ```
    pub fn gc_stats(&mut self) -> GcStats {
        self.vm.heap.note_peak();
        self.vm.heap.stats
    }

    /// A flag another thread may set to stop the running script with
    /// `KeyboardInterrupt` at its next loop iteration or call.
    ///
    /// ```
    /// use std::sync::atomic::Ordering;
    /// let mut engine = rumba::Engine::with_captured_output();
    /// let stop = engine.interrupt_handle();
    /// // An interrupt set while no script runs is dropped when the next
    /// // run starts, so the thread sets it again until the run sees it.
    /// std::thread::spawn(move || loop {
    ///     std::thread::sleep(std::time::Duration::from_millis(5));
    ///     stop.store(true, Ordering::Relaxed);
    /// });
    /// let err = engine.run("while True:\n    pass").unwrap_err();
    /// assert_eq!(err.kind, "KeyboardInterrupt");
    /// ```
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.vm.interrupt.clone()
    }

    /// Lets scripts read `input` as their standard input: `input()` and
    /// `sys.stdin`. Without this call both raise a `PermissionError`
    /// saying the host did not allow them (the `rumba` command allows the
    /// process's standard input).
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// assert_eq!(engine.run("input()").unwrap_err().kind, "PermissionError");
    /// engine.allow_stdin(Box::new(std::io::Cursor::new("Ada\n")));
    /// engine.run("print('hello', input('name? '))").unwrap();
    /// assert_eq!(engine.take_output(), "name? hello Ada\n");
    /// ```
    pub fn allow_stdin(&mut self, input: Box<dyn std::io::BufRead + Send>) {
        self.vm.allow_stdin(input);
    }

    /// Lets scripts `open()` the host's files for reading (never for
    /// writing). Off by default: `open()` raises a `PermissionError`.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// assert_eq!(engine.run("open('Cargo.toml')").unwrap_err().kind, "PermissionError");
    /// engine.allow_files(true);
    /// engine.run("with open('Cargo.toml') as f:\n    print(f.readline().strip())").unwrap();
    /// assert_eq!(engine.take_output(), "[workspace]\n");
    /// ```
    pub fn allow_files(&mut self, allowed: bool) {
        self.vm.allow_files(allowed);
    }

    /// Lets scripts import their own modules from directory `dir`: `import
    /// m` runs `dir/m.py` (or the package `dir/m/__init__.py`) once, as
    /// CPython does with the directory of the main script first on
    /// `sys.path`. Off by default: reading modules is file access, and an
    /// `import` of a module that is no built-in or host module is then
    /// `ModuleNotFoundError`, as in CPython when no such file exists. The
    /// `rumba` command allows the directory of the script it runs.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("rumba-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("shapes.py"), "def area(w, h):\n    return w * h\n").unwrap();
    /// let mut engine = rumba::Engine::with_captured_output();
    /// assert_eq!(engine.run("import shapes").unwrap_err().kind, "ModuleNotFoundError");
    /// engine.allow_imports_from(&dir);
    /// engine.run("from shapes import area\nprint(area(3, 4))").unwrap();
    /// assert_eq!(engine.take_output(), "12\n");
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn allow_imports_from(&mut self, dir: impl AsRef<Path>) {
        let dir = dir.as_ref();
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        self.vm.allow_imports_from(dir, Box::new(import::ModuleCompiler));
    }

    /// Where `sys.stderr.write` and `print(..., file=sys.stderr)` write:
    /// the process's standard error unless set here.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_error_output(Box::new(std::io::sink()));
    /// engine.run("import sys\nprint('dropped', file=sys.stderr)").unwrap();
    /// assert_eq!(engine.take_output(), "");
    /// ```
    pub fn set_error_output(&mut self, err: Box<dyn Write + Send>) {
        self.vm.set_error_output(err);
    }

    /// `sys.argv` for the scripts this engine runs.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_argv(vec!["prog.py".into(), "7".into()]);
    /// engine.run("import sys\nprint(sys.argv[1])").unwrap();
    /// assert_eq!(engine.take_output(), "7\n");
    /// ```
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.vm.argv = argv;
    }

    /// Installs the JIT (or anything else) behind the VM's hot-loop hook.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_jit_hook(Box::new(rumba_vm::hook::NoJit)); // interpret only
    /// engine.run("print(1)").unwrap();
    /// ```
    pub fn set_jit_hook(&mut self, hook: Box<dyn rumba_vm::hook::JitHook + Send>) {
        self.vm.set_hook(hook);
    }

    /// Turns the tracing JIT on (on x86-64 and with the `jit` feature;
    /// otherwise loops stay interpreted). Without this call an engine
    /// only interprets.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.enable_jit(rumba::JitOptions { threshold: 10, ..Default::default() });
    /// engine.run("t = 0\nfor i in range(1000):\n    t += i\nprint(t)").unwrap();
    /// assert_eq!(engine.take_output(), "499500\n");
    /// ```
    pub fn enable_jit(&mut self, options: JitOptions) {
        #[cfg(feature = "jit")]
        self.vm.set_hook(rumba_jit::new_hook(options));
        #[cfg(not(feature = "jit"))]
        let _ = options;
    }

    /// Ends the JIT's log (exit counts) for the runs so far.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.enable_jit(Default::default());
    /// engine.run("for i in range(100):\n    pass").unwrap();
    /// engine.finish_jit();
    /// ```
    pub fn finish_jit(&mut self) {
        self.vm.finish_hook();
    }

    /// Drops every compiled trace and the objects they kept alive (a
    /// long-lived engine that has run many different scripts); hot loops
    /// compile again. The JIT also does this by itself when its trace
    /// count or machine code reaches its limit.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.enable_jit(rumba::JitOptions { threshold: 1, ..Default::default() });
    /// engine.run("for i in range(100):\n    pass").unwrap();
    /// engine.flush_jit();
    /// engine.run("for i in range(100):\n    pass").unwrap(); // compiles again
    /// ```
    pub fn flush_jit(&mut self) {
        self.vm.flush_hook();
    }

    /// The `--jit-stats` line of the installed hook.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.enable_jit(rumba::JitOptions { threshold: 1, ..Default::default() });
    /// engine.run("for i in range(100):\n    pass").unwrap();
    /// assert!(engine.jit_stats_line().starts_with("jit-stats: traces="));
    /// ```
    pub fn jit_stats_line(&self) -> String {
        self.vm.hook_stats_line()
    }

    /// What the JIT did so far, in plain words and plain data: every hot
    /// loop and function, every trace with its IR, machine code and exits
    /// (what `rumba --explain` shows). Events and the timeline are kept
    /// only when the JIT was enabled with `explain: true`.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.enable_jit(rumba::JitOptions { threshold: 1, ..Default::default() });
    /// engine.run("t = 0\nfor i in range(100):\n    t += i").unwrap();
    /// let report = engine.jit_report();
    /// assert_eq!(report.loops[0].status, "compiled as trace 0");
    /// ```
    pub fn jit_report(&self) -> JitReport {
        self.vm.hook_report()
    }

    /// Starts counting how often each instruction runs in the interpreter
    /// (it then runs slower), and returns the position word a sampling
    /// thread may read (`rumba_vm::profile`).
    pub fn start_profile(&mut self) -> Arc<std::sync::atomic::AtomicU64> {
        self.vm.start_profile()
    }

    /// After `start_profile`: how many times each line of `filename` ran
    /// in the interpreter.
    pub fn profile_lines(&self, filename: &str) -> std::collections::HashMap<u32, u64> {
        self.vm.profile_lines(filename)
    }

    /// The line of `filename` a sampled position word stands for, if the
    /// interpreter was running that file there.
    pub fn line_of_position(&self, here: u64, filename: &str) -> Option<u32> {
        self.vm.line_of_position(here, filename)
    }

    /// The trace a sampled position word stands for, if compiled code
    /// was running.
    pub fn trace_of_position(here: u64) -> Option<u32> {
        use rumba_vm::profile::{IN_TRACE, NOWHERE};
        (here != NOWHERE && here & IN_TRACE != 0).then_some(here as u32)
    }

    /// Runs source text as the `__main__` module, named `<string>`.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("x = 6 * 7").unwrap();
    /// assert_eq!(engine.get_global::<i64>("x").unwrap(), 42);
    /// ```
    pub fn run(&mut self, source: &str) -> Result<(), ScriptError> {
        self.run_named(source, "<string>")
    }

    /// Runs a file's contents as the `__main__` module.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// let err = engine.run_file(std::path::Path::new("no/such/file.py")).unwrap_err();
    /// assert_eq!((err.kind.as_str(), err.exit_status), ("FileNotFoundError", 2));
    /// ```
    pub fn run_file(&mut self, path: &Path) -> Result<(), ScriptError> {
        let name = path.to_string_lossy().into_owned();
        let bytes = std::fs::read(path).map_err(|e| ScriptError {
            kind: "FileNotFoundError".into(),
            message: format!("[Errno 2] {e}: '{name}'"),
            report: format!("rumba: can't open file '{name}': {e}\n"),
            exit_status: 2,
            line: None,
        })?;
        let source = decode_source(&bytes, &name)?;
        self.run_script(&source, &name)
    }

    /// Runs source text read from file `path` as the `__main__` module,
    /// with `__file__` set to `path` as CPython sets it for a script, so
    /// the script can find what lies beside it (`Path(__file__).parent`;
    /// reading it still needs [`Engine::allow_files`]).
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run_script("print(__file__)", "tools/report.py").unwrap();
    /// assert_eq!(engine.take_output(), "tools/report.py\n");
    /// ```
    pub fn run_script(&mut self, source: &str, path: &str) -> Result<(), ScriptError> {
        let file = self.vm.new_str(path);
        self.vm.set_global("__file__", file);
        self.run_named(source, path)
    }

    /// Runs source text under a file name used by tracebacks.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// let err = engine.run_named("x = 1 / 0", "calc.py").unwrap_err();
    /// assert!(err.report.contains("File \"calc.py\", line 1"));
    /// ```
    pub fn run_named(&mut self, source: &str, filename: &str) -> Result<(), ScriptError> {
        self.start_budget();
        let code = self.compile_source(source, filename, false)?;
        self.execute(code)
    }

    /// Compiles under this engine's limits: the compile's work counts
    /// toward the budget, its memory toward the heap limit, and the
    /// interrupt flag stops it.
    fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        interactive: bool,
    ) -> Result<rumba_vm::bytecode::CodeObject, ScriptError> {
        self.vm.begin_compile();
        let meter = rumba_vm::limits::VmMeter::new(&self.vm);
        let code = rumba_compiler::compile_metered(source, filename, interactive, &meter);
        drop(meter);
        code.map_err(|e| {
            self.vm.end_run();
            syntax_error(&e, source, filename)
        })
    }

    /// Compiles and runs one interactive entry: expression values are
    /// printed, as at Python's prompt.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run_interactive("1 + 2").unwrap();
    /// assert_eq!(engine.take_output(), "3\n");
    /// ```
    pub fn run_interactive(&mut self, source: &str) -> Result<(), ScriptError> {
        self.start_budget();
        let code = self.compile_source(source, "<stdin>", true)?;
        self.vm.interactive = true;
        let result = self.execute(code);
        self.vm.interactive = false;
        result
    }

    fn execute(&mut self, code: rumba_vm::bytecode::CodeObject) -> Result<(), ScriptError> {
        self.forget_dropped_programs();
        let id = self.vm.load_code(Rc::new(code));
        self.run_loaded(id)
    }

    fn run_loaded(&mut self, id: rumba_vm::bytecode::CodeId) -> Result<(), ScriptError> {
        let result = self.vm.run_module(id);
        if let (Ok(()), Err(e)) = (&result, self.vm.flush_output()) {
            return Err(unwritten_output(e));
        }
        result.map_err(script_error)
    }

    /// Binds a global of the scripts this engine runs to a copy of a host
    /// value (anything `IntoValue`: numbers, strings, vectors, options,
    /// tuples, string-keyed maps, `Value`).
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_global("data", vec![2.0, 0.5]).unwrap();
    /// engine.run("total = sum(data)\ndef scale(k):\n    return [v * k for v in data]").unwrap();
    /// let total: f64 = engine.get_global("total").unwrap();
    /// assert_eq!(total, 2.5);
    /// let scaled: Vec<f64> = engine.call("scale", (2,)).unwrap();
    /// assert_eq!(scaled, vec![4.0, 1.0]);
    /// assert_eq!(engine.call::<_, rumba::Value>("scale", ()).unwrap_err().kind, "TypeError");
    /// ```
    ///
    /// `Value::Other` cannot be passed in: that is a `TypeError`.
    pub fn set_global(&mut self, name: &str, value: impl IntoValue) -> Result<(), ScriptError> {
        let value = value::into_script(&mut self.vm, &value.into_value()).map_err(script_error)?;
        self.vm.set_global(name, value);
        Ok(())
    }

    /// A global's value, converted to `T`: a `NameError` if it is not
    /// bound, a `TypeError` (naming both types) if it does not convert.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("names = ['a', 'b']").unwrap();
    /// let names: Vec<String> = engine.get_global("names").unwrap();
    /// assert_eq!(names, ["a", "b"]);
    /// assert_eq!(engine.get_global::<i64>("names").unwrap_err().kind, "TypeError");
    /// assert_eq!(engine.get_global::<i64>("nope").unwrap_err().kind, "NameError");
    /// ```
    pub fn get_global<T: FromValue>(&self, name: &str) -> Result<T, ScriptError> {
        let Some(v) = self.vm.get_global(name) else {
            return Err(script_error(PyError::new(
                rumba_vm::error::ExcKind::NameError,
                format!("name '{name}' is not defined"),
            )));
        };
        T::from_value(value::from_script(&self.vm, v))
    }

    /// Calls the callable bound to a global with positional arguments (a
    /// tuple of up to six values, or a `Vec<Value>`), as a script would,
    /// and converts its result to `R`. An exception comes back as its
    /// report, with the traceback of the frames it left. The budget
    /// applies to the call afresh.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("def pair(n, s):\n    return (s * n, n)").unwrap();
    /// let pair: (String, i64) = engine.call("pair", (3, "ab")).unwrap();
    /// assert_eq!(pair, ("ababab".to_string(), 3));
    /// ```
    pub fn call<A: IntoArgs, R: FromValue>(&mut self, name: &str, args: A) -> Result<R, ScriptError> {
        let Some(callee) = self.vm.get_global(name) else {
            return Err(script_error(PyError::new(
                rumba_vm::error::ExcKind::NameError,
                format!("name '{name}' is not defined"),
            )));
        };
        // Each argument is rooted before the next is made (making one may
        // collect); the callee is a global.
        let roots = self.vm.temp_roots.len();
        let mut made = Ok(());
        let vm = &mut self.vm;
        args.each_arg(&mut |a| match value::into_script_owned(vm, a) {
            Ok(v) => {
                vm.temp_roots.push(v);
                true
            }
            Err(e) => {
                made = Err(e);
                false
            }
        });
        // Copied off the roots (the call takes the VM): up to six, the
        // tuples' most, without an allocation. The callee roots its
        // arguments itself.
        let made_args = &self.vm.temp_roots[roots..];
        let mut few = [rumba_vm::value::Value::None; 6];
        let many: Vec<rumba_vm::value::Value>;
        let args = if made_args.len() <= few.len() {
            few[..made_args.len()].copy_from_slice(made_args);
            &few[..made_args.len()]
        } else {
            many = made_args.to_vec();
            &many[..]
        };
        self.vm.temp_roots.truncate(roots);
        made.map_err(script_error)?;
        self.start_budget();
        let mut result = self.vm.call_value(callee, args);
        if let Err(e) = &mut result {
            // A built-in called directly leaves its message to its caller.
            self.vm.settle_message(e);
        }
        self.vm.flush_out();
        let v = result.map_err(script_error)?;
        R::from_value(value::from_script(&self.vm, v))
    }

    /// Gives scripts a function of the host's, as a built-in named `name`:
    /// a closure of 0 to 6 arguments whose types are `FromValue`,
    /// returning an `IntoValue` or a `Result<_, HostError>`. A wrong
    /// argument count or type is a `TypeError` in the script, a
    /// `HostError` the exception it names, a panic a `RuntimeError`; the
    /// engine stays usable. Host functions cannot reach the engine.
    ///
    /// ```
    /// use rumba::HostError;
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.register_fn("clamp", |x: f64, lo: f64, hi: f64| x.max(lo).min(hi));
    /// engine.register_fn("checked", |x: i64| -> Result<i64, HostError> {
    ///     if x < 0 { Err(HostError::new("ValueError", "negative input")) } else { Ok(x * 10) }
    /// });
    /// engine.run("print(clamp(7, 0, 5), checked(4))").unwrap();
    /// assert_eq!(engine.take_output(), "5.0 40\n");
    /// let err = engine.run("checked(-1)").unwrap_err();
    /// assert_eq!(err.to_string(), "ValueError: negative input");
    /// ```
    pub fn register_fn<Args, F: HostFn<Args>>(&mut self, name: &str, f: F) {
        let function = host::HostTable::add(&mut self.vm, host::HostEntry::new(name, f));
        self.vm.add_builtin(name, function);
    }

    /// Gives scripts a module of host functions and constants, found by
    /// `import` (see `Module`).
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.register_module(rumba::Module::new("units").constant("KM", 1000)).unwrap();
    /// engine.run("from units import KM\nprint(3 * KM)").unwrap();
    /// assert_eq!(engine.take_output(), "3000\n");
    /// ```
    pub fn register_module(&mut self, module: Module) -> Result<(), ScriptError> {
        // Each attribute is rooted as it is made (a constant dict's
        // insertions may collect).
        let roots = self.vm.temp_roots.len();
        let mut names = Vec::with_capacity(module.attrs.len());
        let mut made = Ok(());
        for (name, attr) in module.attrs {
            let v = match attr {
                host::ModuleAttr::Function(entry) => host::HostTable::add(&mut self.vm, entry),
                host::ModuleAttr::Constant(c) => match value::into_script(&mut self.vm, &c) {
                    Ok(v) => v,
                    Err(e) => {
                        made = Err(e);
                        break;
                    }
                },
            };
            self.vm.temp_roots.push(v);
            names.push(name);
        }
        let values: Vec<_> = self.vm.temp_roots.drain(roots..).collect();
        made.map_err(script_error)?;
        rumba_vm::modules::add_module(&mut self.vm, &module.name, names.into_iter().zip(values).collect());
        Ok(())
    }

    /// Sends every text scripts print to `f` (one call per `print`, its
    /// end included) instead of the engine's output.
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// let log = Arc::new(Mutex::new(String::new()));
    /// let mut engine = rumba::Engine::new();
    /// let sink = log.clone();
    /// engine.on_print(move |text: &str| sink.lock().unwrap().push_str(text));
    /// engine.run("print('a', 1)\nprint('b', end='!')").unwrap();
    /// assert_eq!(*log.lock().unwrap(), "a 1\nb!");
    /// ```
    pub fn on_print(&mut self, f: impl FnMut(&str) + Send + 'static) {
        self.vm.out = Box::new(PrintSink(f));
        self.vm.set_output_counted(false);
        self.captured = None;
    }

    /// Compiles a script once, to run with `run_program` as often as
    /// needed. The compile counts toward the budget as a run's does.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// let program = engine.compile("total = total + 1", "count.py").unwrap();
    /// engine.set_global("total", 0).unwrap();
    /// for _ in 0..3 {
    ///     engine.run_program(&program).unwrap();
    /// }
    /// assert_eq!(engine.get_global::<i64>("total").unwrap(), 3);
    /// ```
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Program, ScriptError> {
        self.start_budget();
        let code = self.compile_source(source, filename, false)?;
        self.vm.end_run();
        Ok(Program {
            code,
            alive: Arc::new(()),
        })
    }

    /// Runs a compiled program as the `__main__` module.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// let program = engine.compile("print('again')", "p.py").unwrap();
    /// engine.run_program(&program).unwrap();
    /// engine.run_program(&program).unwrap();
    /// assert_eq!(engine.take_output(), "again\nagain\n");
    /// ```
    pub fn run_program(&mut self, program: &Program) -> Result<(), ScriptError> {
        self.start_budget();
        self.forget_dropped_programs();
        let known = self
            .programs
            .iter()
            .find(|(alive, _)| std::ptr::eq(alive.as_ptr(), Arc::as_ptr(&program.alive)))
            .map(|&(_, code)| code);
        let code = match known {
            Some(code) => code,
            None => {
                let code = self.vm.load_code(Rc::new(program.code.deep_clone()));
                self.vm.pin_code_for_host(code);
                self.programs.push((Arc::downgrade(&program.alive), code));
                code
            }
        };
        self.run_loaded(code)
    }

    /// Lets the collector free the code of programs the host dropped.
    fn forget_dropped_programs(&mut self) {
        let vm = &mut self.vm;
        self.programs.retain(|(alive, code)| {
            let live = alive.strong_count() > 0;
            if !live {
                vm.unpin_code_for_host(*code);
            }
            live
        });
    }

    /// The bytecode listing of a source text, as `rumba --dis` prints it.
    ///
    /// ```
    /// let listing = rumba::Engine::disassemble("x = 1 + 2", "<demo>").unwrap();
    /// assert!(listing.contains("STORE_GLOBAL"));
    /// ```
    pub fn disassemble(source: &str, filename: &str) -> Result<String, ScriptError> {
        let code = rumba_compiler::compile(source, filename).map_err(|e| syntax_error(&e, source, filename))?;
        Ok(rumba_vm::dis::disassemble(&code))
    }

    /// The `repr` of a global variable, if it is bound.
    ///
    /// ```
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.run("d = {'k': (1, 'x')}").unwrap();
    /// assert_eq!(engine.global_repr("d").as_deref(), Some("{'k': (1, 'x')}"));
    /// ```
    pub fn global_repr(&self, name: &str) -> Option<String> {
        let v = self.vm.get_global(name)?;
        self.vm.repr(v).ok()
    }

    /// Source text from a file's bytes: UTF-8 (a leading BOM dropped), else
    /// the `SyntaxError` CPython reports for undecodable source.
    ///
    /// ```
    /// assert_eq!(rumba::Engine::decode_source(b"\xef\xbb\xbfx = 1", "a.py").unwrap(), "x = 1");
    /// assert_eq!(rumba::Engine::decode_source(b"x = '\xff'", "a.py").unwrap_err().kind, "SyntaxError");
    /// ```
    pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, ScriptError> {
        decode_source(bytes, filename)
    }

    /// Whether an interactive entry is unfinished and needs more lines.
    ///
    /// ```
    /// assert!(rumba::Engine::is_incomplete("def f():"));
    /// assert!(!rumba::Engine::is_incomplete("x = 1"));
    /// ```
    pub fn is_incomplete(source: &str) -> bool {
        rumba_compiler::parse::is_incomplete(source)
    }
}

/// Output that could not be written when the run ended (`> /dev/full`):
/// CPython's report when flushing stdout fails at exit, and its status.
fn unwritten_output(e: rumba_vm::error::PyError) -> ScriptError {
    ScriptError {
        kind: e.kind.name().to_string(),
        report: format!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}\n",
            e.last_line()
        ),
        message: e.into_data().msg,
        exit_status: 120,
        line: None,
    }
}

/// An uncaught exception as the embedder sees it.
fn script_error(e: PyError) -> ScriptError {
    ScriptError {
        line: e.traceback.first().map(|t| t.line),
        kind: e.type_name().to_string(),
        message: e.msg.clone(),
        report: if e.kind == rumba_vm::error::ExcKind::SystemExit {
            if e.msg.is_empty() {
                String::new()
            } else {
                format!("{}\n", e.msg)
            }
        } else {
            traceback::report(&e)
        },
        exit_status: e.exit_status,
    }
}

/// Source files are UTF-8 unless a coding cookie says otherwise (see
/// `source.rs`).
fn decode_source(bytes: &[u8], filename: &str) -> Result<String, ScriptError> {
    source::decode(bytes, filename)
}

/// CPython's report for a syntax error: the file and line, the source
/// line, a caret under the column, and the message.
fn syntax_error(e: &SyntaxError, source: &str, filename: &str) -> ScriptError {
    if e.is_limit() {
        // A limit is not about one place in the source: CPython prints
        // just `RecursionError: maximum recursion depth exceeded during
        // compilation`, or `MemoryError`.
        return ScriptError {
            kind: e.type_name().to_string(),
            message: e.msg.clone(),
            report: format!("{e}\n"),
            exit_status: 1,
            line: None,
        };
    }
    let mut report = syntax_place(filename, e.line, e.col, source);
    report.push_str(&format!("{}: {}\n", e.type_name(), e.msg));
    ScriptError {
        kind: e.type_name().to_string(),
        message: e.msg.clone(),
        report,
        exit_status: 1,
        line: Some(e.line),
    }
}

/// Where a syntax error is, as CPython reports it: the file and line,
/// the source line and a caret under the column.
fn syntax_place(filename: &str, line_no: u32, col: u32, source: &str) -> String {
    let mut report = format!("  File \"{filename}\", line {line_no}\n");
    if let Some(line) = source.lines().nth((line_no as usize).saturating_sub(1)) {
        // As CPython (which reads the line as a C string), the echo stops
        // at a NUL byte, and then shows no caret.
        let (text, cut) = match line.split_once('\0') {
            Some((before, _)) => (before, true),
            None => (line, false),
        };
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        if cut {
            report.push_str(&format!("    {trimmed}\n"));
        } else if !trimmed.is_empty() {
            let col = (col as usize).saturating_sub(indent).min(trimmed.chars().count());
            report.push_str(&format!("    {trimmed}\n    {}^\n", " ".repeat(col)));
        }
    }
    report
}
