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

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

pub use rumba_compiler::SyntaxError;
pub use rumba_jit::JitOptions;
use rumba_vm::error::PyError;
pub use rumba_vm::heap::GcStats;
use rumba_vm::value::Value;
pub use rumba_vm::vm::Limits;
use rumba_vm::vm::Vm;

mod source;

/// An error a script ended with: an uncaught exception or a syntax error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// The exception type's name: `ZeroDivisionError`, `SyntaxError`, ...
    pub kind: String,
    pub message: String,
    /// Exactly what CPython would print on stderr for it.
    pub report: String,
    /// The process exit status this error stands for (1, or `sys.exit`'s).
    pub exit_status: i32,
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

/// A value passed between the host and scripts (`Engine::set_global`,
/// `Engine::global`, `Engine::call`).
#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<HostValue>),
    Tuple(Vec<HostValue>),
    /// A value of any other type (a dict, a function, ...), shown by its
    /// `repr`: scripts can hand it out, but it cannot be passed back in.
    Other(String),
}

/// How many values `Engine::global` converts at most, and how deeply
/// nested: past either (a huge list, or one that holds itself) the value
/// comes back as `Other`. The depth bounds the host stack the conversion
/// uses.
const MAX_CONVERTED: usize = 1 << 20;
const MAX_CONVERTED_DEPTH: usize = 100;

/// A `Write` that appends to a buffer the engine can hand back. It grows
/// by chunks, never by copying what it holds into a buffer twice as big:
/// the bytes it holds are what the heap limit counts (`Vm::write_out`).
#[derive(Clone, Default)]
struct SharedBuffer(Rc<RefCell<Vec<Vec<u8>>>>);

/// The size of a chunk of captured output.
const OUTPUT_CHUNK: usize = 64 << 10;

impl SharedBuffer {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut()).concat()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut chunks = self.0.borrow_mut();
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

/// One interpreter with its globals; scripts run in it one after another
/// share them, as entries at a Python prompt do.
pub struct Engine {
    vm: Vm,
    captured: Option<SharedBuffer>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// An engine whose scripts print to the process's standard output.
    pub fn new() -> Engine {
        let out = Box::new(std::io::BufWriter::new(std::io::stdout()));
        Engine {
            vm: Vm::new(out, Limits::default()),
            captured: None,
        }
    }

    /// An engine whose scripts print into a buffer (see `take_output`).
    /// What the buffer holds counts toward the heap limit until it is
    /// taken, so a script cannot fill the host's memory by printing.
    pub fn with_captured_output() -> Engine {
        let buffer = SharedBuffer::default();
        let mut vm = Vm::new(Box::new(buffer.clone()), Limits::default());
        vm.set_output_counted(true);
        Engine {
            vm,
            captured: Some(buffer),
        }
    }

    /// An engine whose scripts print into any writer (a file, a socket, a
    /// sink that keeps only the first kilobytes of an untrusted script's
    /// output). The engine buffers nothing itself.
    pub fn with_output(out: Box<dyn Write>) -> Engine {
        Engine {
            vm: Vm::new(out, Limits::default()),
            captured: None,
        }
    }

    /// What scripts printed since the last call (captured engines only).
    pub fn take_output(&mut self) -> String {
        self.vm.output_taken();
        match &self.captured {
            Some(b) => String::from_utf8_lossy(&b.take()).into_owned(),
            None => String::new(),
        }
    }

    /// Stops scripts after this many ticks (loop iterations plus calls).
    pub fn set_budget(&mut self, ticks: Option<u64>) {
        let budget = ticks.map(|t| self.vm.ticks.get().saturating_add(t));
        self.vm.set_budget(budget);
    }

    /// Deepest call nesting allowed (default 1000, as CPython).
    pub fn set_recursion_limit(&mut self, frames: usize) {
        self.vm.limits.max_frames = frames.max(2);
    }

    /// Largest heap, in (estimated) bytes, before `MemoryError`.
    pub fn set_heap_limit(&mut self, bytes: usize) {
        self.vm.limits.max_heap_bytes = bytes;
        self.vm.heap.set_limit(bytes);
    }

    /// Makes the garbage collector run at every safe point after any
    /// allocation: slow, for testing that every live value is rooted.
    pub fn set_gc_stress(&mut self, on: bool) {
        self.vm.heap.stress = on;
    }

    /// Ticks counted in this engine's life (loop iterations, calls and
    /// built-ins' work, in the unit `set_budget` takes): the difference
    /// across a run is what the run cost, the same with the JIT on or off.
    pub fn ticks_used(&self) -> u64 {
        self.vm.ticks.get()
    }

    /// What the heap holds now, in the bytes `set_heap_limit` counts
    /// (garbage not yet collected included).
    pub fn heap_bytes(&self) -> usize {
        self.vm.heap.estimated_bytes()
    }

    /// Code objects this engine holds: each run's module body and the
    /// functions defined in it, until nothing can run them (no frame, no
    /// live function, no compiled trace); a collection frees the rest.
    pub fn loaded_codes(&self) -> usize {
        self.vm.loaded_codes()
    }

    /// How many garbage collections have run in this engine.
    pub fn collections(&self) -> u64 {
        self.vm.heap.stats.collections
    }

    /// The collector's counters: collections, pause times, peak heap size.
    pub fn gc_stats(&mut self) -> GcStats {
        self.vm.heap.note_peak();
        self.vm.heap.stats
    }

    /// A flag another thread may set to stop the running script with
    /// `KeyboardInterrupt` at its next loop iteration or call.
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.vm.interrupt.clone()
    }

    /// `sys.argv` for the scripts this engine runs.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.vm.argv = argv;
    }

    /// Installs the JIT (or anything else) behind the VM's hot-loop hook.
    pub fn set_jit_hook(&mut self, hook: Box<dyn rumba_vm::hook::JitHook>) {
        self.vm.set_hook(hook);
    }

    /// Turns the tracing JIT on (on x86-64; elsewhere loops stay
    /// interpreted). Without this call an engine only interprets.
    pub fn enable_jit(&mut self, options: JitOptions) {
        self.vm.set_hook(rumba_jit::new_hook(options));
    }

    /// Ends the JIT's log (exit counts) for the runs so far.
    pub fn finish_jit(&mut self) {
        self.vm.finish_hook();
    }

    /// Drops every compiled trace and the objects they kept alive (a
    /// long-lived engine that has run many different scripts); hot loops
    /// compile again. The JIT also does this by itself when its trace
    /// count or machine code reaches its limit.
    pub fn flush_jit(&mut self) {
        self.vm.flush_hook();
    }

    /// The `--jit-stats` line of the installed hook.
    pub fn jit_stats_line(&self) -> String {
        self.vm.hook_stats_line()
    }

    /// Runs source text as the `__main__` module, named `<string>`.
    pub fn run(&mut self, source: &str) -> Result<(), ScriptError> {
        self.run_named(source, "<string>")
    }

    /// Runs a file's contents as the `__main__` module.
    pub fn run_file(&mut self, path: &Path) -> Result<(), ScriptError> {
        let name = path.to_string_lossy().into_owned();
        let bytes = std::fs::read(path).map_err(|e| ScriptError {
            kind: "FileNotFoundError".into(),
            message: format!("[Errno 2] {e}: '{name}'"),
            report: format!("rumba: can't open file '{name}': {e}\n"),
            exit_status: 2,
        })?;
        let source = decode_source(&bytes, &name)?;
        self.run_named(&source, &name)
    }

    /// Runs source text under a file name used by tracebacks.
    pub fn run_named(&mut self, source: &str, filename: &str) -> Result<(), ScriptError> {
        let code = self.compile(source, filename, false)?;
        self.execute(code)
    }

    /// Compiles under this engine's limits: the compile's work counts
    /// toward the budget, its memory toward the heap limit, and the
    /// interrupt flag stops it.
    fn compile(
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
    pub fn run_interactive(&mut self, source: &str) -> Result<(), ScriptError> {
        let code = self.compile(source, "<stdin>", true)?;
        self.vm.interactive = true;
        let result = self.execute(code);
        self.vm.interactive = false;
        result
    }

    fn execute(&mut self, code: rumba_vm::bytecode::CodeObject) -> Result<(), ScriptError> {
        let id = self.vm.load_code(Rc::new(code));
        let result = self.vm.run_module(id);
        if let (Ok(()), Err(e)) = (&result, self.vm.flush_output()) {
            return Err(unwritten_output(e));
        }
        result.map_err(script_error)
    }

    /// Binds a global of the scripts this engine runs to a host value.
    ///
    /// ```
    /// use rumba::HostValue;
    /// let mut engine = rumba::Engine::with_captured_output();
    /// engine.set_global("data", &HostValue::List(vec![HostValue::Int(2), HostValue::Float(0.5)])).unwrap();
    /// engine.run("total = sum(data)\ndef scale(k):\n    return [v * k for v in data]").unwrap();
    /// assert_eq!(engine.global("total"), Some(HostValue::Float(2.5)));
    /// let scaled = engine.call("scale", &[HostValue::Int(2)]).unwrap();
    /// assert_eq!(scaled, HostValue::List(vec![HostValue::Int(4), HostValue::Float(1.0)]));
    /// assert_eq!(engine.call("scale", &[]).unwrap_err().kind, "TypeError");
    /// ```
    ///
    /// `HostValue::Other` cannot be passed in: that is a `TypeError`.
    pub fn set_global(&mut self, name: &str, value: &HostValue) -> Result<(), ScriptError> {
        let value = self.script_value(value)?;
        self.vm.set_global(name, value);
        Ok(())
    }

    /// A global's value, if it is bound.
    pub fn global(&mut self, name: &str) -> Option<HostValue> {
        let v = self.vm.get_global(name)?;
        let mut budget = MAX_CONVERTED;
        Some(self.host_value(v, &mut budget, 0))
    }

    /// Calls the callable bound to a global with positional arguments, as
    /// a script would; an exception comes back as its report, with the
    /// traceback of the frames it left.
    pub fn call(&mut self, name: &str, args: &[HostValue]) -> Result<HostValue, ScriptError> {
        let Some(callee) = self.vm.get_global(name) else {
            return Err(script_error(PyError::new(
                rumba_vm::error::ExcKind::NameError,
                format!("name '{name}' is not defined"),
            )));
        };
        let args = args
            .iter()
            .map(|a| self.script_value(a))
            .collect::<Result<Vec<_>, _>>()?;
        // The arguments are not rooted until the call pushes them, which is
        // safe: only a safe point inside the call can collect.
        let result = self.vm.call_value(callee, &args);
        self.vm.flush_out();
        let v = result.map_err(script_error)?;
        let mut budget = MAX_CONVERTED;
        Ok(self.host_value(v, &mut budget, 0))
    }

    fn script_value(&mut self, value: &HostValue) -> Result<Value, ScriptError> {
        Ok(match value {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(*b),
            HostValue::Int(i) => Value::Int(*i),
            HostValue::Float(f) => Value::Float(*f),
            HostValue::Str(s) => self.vm.new_str(s.as_str()),
            HostValue::List(items) | HostValue::Tuple(items) => {
                let values = items
                    .iter()
                    .map(|v| self.script_value(v))
                    .collect::<Result<Vec<_>, _>>()?;
                if matches!(value, HostValue::List(_)) {
                    self.vm.new_list(values)
                } else {
                    self.vm.new_tuple(values)
                }
            }
            HostValue::Other(repr) => {
                return Err(script_error(PyError::new(
                    rumba_vm::error::ExcKind::TypeError,
                    format!("cannot pass an opaque value ({repr}) into a script"),
                )))
            }
        })
    }

    /// `budget` bounds the values converted, so a list that holds itself
    /// (or a tower of shared lists) cannot make this loop for ever.
    fn host_value(&mut self, v: Value, budget: &mut usize, depth: usize) -> HostValue {
        *budget = budget.saturating_sub(1);
        match v {
            Value::Undef | Value::None => return HostValue::None,
            Value::Bool(b) => return HostValue::Bool(b),
            Value::Int(i) => return HostValue::Int(i),
            Value::Float(f) => return HostValue::Float(f),
            Value::Obj(_) => {}
        }
        if let Some(s) = self.vm.as_str(v) {
            return HostValue::Str(s.to_string());
        }
        let type_name = self.vm.type_name(v);
        if matches!(type_name, "list" | "tuple") {
            let len = self.vm.len_of(v).unwrap_or(0) as usize;
            if len < *budget && depth < MAX_CONVERTED_DEPTH {
                // Read as they are: a conversion for the host charges no
                // ticks (the budget may be spent after the run it limited).
                let items = (v.as_obj())
                    .and_then(|r| self.vm.heap.seq_items(r))
                    .map(|items| items.to_vec())
                    .unwrap_or_default();
                let items: Vec<HostValue> = items
                    .into_iter()
                    .map(|item| self.host_value(item, budget, depth + 1))
                    .collect();
                if *budget > 0 {
                    return if type_name == "list" {
                        HostValue::List(items)
                    } else {
                        HostValue::Tuple(items)
                    };
                }
            }
            *budget = 0;
            return HostValue::Other(format!("<{type_name} too large or too deep to convert>"));
        }
        HostValue::Other(self.vm.repr(v).unwrap_or_else(|_| format!("<{type_name} object>")))
    }

    /// The bytecode listing of a source text, as `rumba --dis` prints it.
    pub fn disassemble(source: &str, filename: &str) -> Result<String, ScriptError> {
        let code = rumba_compiler::compile(source, filename).map_err(|e| syntax_error(&e, source, filename))?;
        Ok(rumba_vm::dis::disassemble(&code))
    }

    /// The `repr` of a global variable, if it is bound.
    pub fn global_repr(&self, name: &str) -> Option<String> {
        let v = self.vm.get_global(name)?;
        self.vm.repr(v).ok()
    }

    /// Source text from a file's bytes: UTF-8 (a leading BOM dropped), else
    /// the `SyntaxError` CPython reports for undecodable source.
    pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, ScriptError> {
        decode_source(bytes, filename)
    }

    /// Whether an interactive entry is unfinished and needs more lines.
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
        message: e.msg,
        exit_status: 120,
    }
}

/// An uncaught exception as the embedder sees it.
fn script_error(e: PyError) -> ScriptError {
    ScriptError {
        kind: e.kind.name().to_string(),
        message: e.msg.clone(),
        report: if e.kind == rumba_vm::error::ExcKind::SystemExit {
            if e.msg.is_empty() {
                String::new()
            } else {
                format!("{}\n", e.msg)
            }
        } else {
            e.report()
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
        };
    }
    let mut report = format!("  File \"{filename}\", line {}\n", e.line);
    if let Some(line) = source.lines().nth((e.line as usize).saturating_sub(1)) {
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
            let col = (e.col as usize).saturating_sub(indent).min(trimmed.chars().count());
            report.push_str(&format!("    {trimmed}\n    {}^\n", " ".repeat(col)));
        }
    }
    report.push_str(&format!("{}: {}\n", e.type_name(), e.msg));
    ScriptError {
        kind: e.type_name().to_string(),
        message: e.msg.clone(),
        report,
        exit_status: 1,
    }
}
