//! The script's own modules: `import m` runs the file `m.py` (or the
//! package `m/__init__.py`) found in the directory the host allowed
//! imports from (CPython's `sys.path[0]`, the directory of the main
//! script), once; its module object is cached in `vm.modules`
//! (`sys.modules`) before its body runs, so circular imports see the
//! partly initialised module as CPython's do.
//!
//! Each module has globals of its own: a namespace of global slots
//! (`Vm::new_namespace`) that its code is loaded into, so a function
//! reads the globals of the module that defined it wherever it is
//! called from, and `m.x = 5` writes the slot m's functions read.
//!
//! Which module a name means, as CPython 3.11 decides: the modules
//! CPython has built or frozen into its interpreter (`sys`, `time`,
//! `itertools`, `io`) and the host's modules (`Engine::register_module`)
//! first; then a file beside the script; then Rumba's other built-in
//! modules (so a `json.py` beside the script hides `json`, as it does in
//! CPython).
//!
//! Reading files is off until the host allows a directory
//! (`Vm::allow_imports_from`): then a file module is not found, and
//! `import m` is `ModuleNotFoundError`, as in CPython when no such file
//! exists.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::NativeFn;
use crate::object::{ModuleObj, NativeObj, Obj};
use crate::value::Value;
use crate::vm::Vm;

/// Turns a module's source into code (the root crate's compiler: the VM
/// does not depend on it). A syntax error is the `SyntaxError` to raise.
/// `Send`, as all a host puts into an engine must be (the engine moves
/// between threads).
pub trait SourceCompiler: Send {
    /// Compiles the bytes of file `filename`, decoded as CPython decodes
    /// source files.
    fn compile(&self, vm: &Vm, bytes: &[u8], filename: &str) -> Result<CodeObject, PyError>;

    /// Compiles text given to `compile()`, `exec()` or `eval()`.
    fn compile_text(&self, vm: &Vm, source: &str, filename: &str, mode: CompileMode) -> Result<CodeObject, PyError>;
}

/// How source text given at run time is compiled (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// Statements, as a module's body.
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// An entry at the interactive prompt: expression values printed.
    Single,
}

/// What the VM needs to import the script's modules.
#[derive(Default)]
pub(crate) struct Imports {
    /// The directory modules are read from; None: no file is read.
    root: Option<PathBuf>,
    compiler: Option<Box<dyn SourceCompiler>>,
    /// The modules whose bodies are running, innermost last.
    initializing: Vec<ObjRef>,
}

/// The modules CPython 3.11 has built into its interpreter or frozen
/// into it (found before the script's directory is looked at): a file of
/// the same name beside the script does not hide them.
/// (Those Rumba lacks are refused as not supported, never read from a
/// file CPython would not read.)
const INTERPRETER_MODULES: &[&str] = &[
    // Built in (`sys.builtin_module_names`).
    "sys",
    "time",
    "itertools",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "marshal",
    "posix",
    "pwd",
    // Frozen.
    "io",
    "abc",
    "codecs",
    "os",
    "stat",
    "genericpath",
    "posixpath",
    "ntpath",
    "site",
    "runpy",
    "zipimport",
];

/// A package or module name longer than this is refused before any
/// file is looked for: the nesting of packages stays bounded.
const MAX_DOTTED_PARTS: usize = 64;

impl Vm {
    /// Lets scripts import the modules in directory `dir` (`.py` files and
    /// packages), compiled by `compiler`.
    pub fn allow_imports_from(&mut self, dir: PathBuf, compiler: Box<dyn SourceCompiler>) {
        self.imports.root = Some(dir);
        self.imports.compiler = Some(compiler);
    }

    /// The compiler `compile()`, `exec()` and `eval()` use (and imports,
    /// once allowed). Without one they are refused.
    pub fn set_source_compiler(&mut self, compiler: Box<dyn SourceCompiler>) {
        self.imports.compiler = Some(compiler);
    }

    /// `source` compiled by the engine's compiler in `mode`; a syntax
    /// error is CPython's `SyntaxError`, with its details.
    pub(crate) fn compile_text(
        &mut self,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> Result<CodeObject, PyError> {
        let Some(compiler) = self.imports.compiler.take() else {
            return Err(PyError::new(
                ExcKind::NotImplementedError,
                "compiling source text is not supported by this engine (it has no compiler)",
            ));
        };
        let code = compiler.compile_text(self, source, filename, mode);
        self.imports.compiler = Some(compiler);
        code.map_err(|e| with_syntax_details(self, e))
    }

    /// Whether `module` is a script module whose body is still running.
    pub(crate) fn is_initializing(&self, module: Value) -> bool {
        module.as_obj().is_some_and(|m| self.imports.initializing.contains(&m))
    }
}

/// `import name` (or the module of `from name import ...`) in code whose
/// globals are namespace `ns`: the module `name` means, imported with its
/// parent packages. A name with leading dots is relative to the package
/// of that module.
pub fn import(vm: &mut Vm, name: &str, ns: u32) -> Result<Value, PyError> {
    let absolute = absolute_name(vm, name, ns)?;
    let parts: Vec<&str> = absolute.split('.').collect();
    if parts.len() > MAX_DOTTED_PARTS || parts.iter().any(|p| p.is_empty()) {
        return Err(not_found(&absolute));
    }
    let mut module = Value::None;
    for k in 1..=parts.len() {
        let full = parts[..k].join(".");
        let parent = (k > 1).then_some(module);
        module = import_one(vm, &full, parent)?;
    }
    Ok(module)
}

/// `from m import name` found no attribute `name`: the submodule
/// `m.name` of a package, if there is one (CPython's `_handle_fromlist`).
/// An error running it is the import's error.
pub fn import_submodule(vm: &mut Vm, package: Value, name: &str) -> Result<Option<Value>, PyError> {
    let Some(ns) = script_namespace(vm, package) else {
        return Ok(None);
    };
    if vm.get_global_in(ns, "__path__").is_none() {
        return Ok(None);
    }
    let pkg = vm
        .get_global_in(ns, "__name__")
        .and_then(|n| vm.as_str(n).map(str::to_string));
    let (Some(pkg), Some(dir)) = (pkg, package_dir(vm, ns)) else {
        return Ok(None);
    };
    let full = format!("{pkg}.{name}");
    if !vm.modules.contains_key(full.as_str()) && find_module(&dir, name).is_none() {
        return Ok(None);
    }
    import_one(vm, &full, Some(package)).map(Some)
}

/// `name` with its leading dots resolved against the package of the
/// importing module (`__package__`).
fn absolute_name(vm: &Vm, name: &str, ns: u32) -> Result<String, PyError> {
    let rest = name.trim_start_matches('.');
    let level = name.len() - rest.len();
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = vm
        .get_global_in(ns, "__package__")
        .and_then(|p| vm.as_str(p).map(str::to_string))
        .unwrap_or_default();
    if package.is_empty() {
        return Err(RawError::new(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        )
        .into());
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(RawError::new(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        )
        .into());
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if rest.is_empty() {
        base
    } else {
        format!("{base}.{rest}")
    })
}

/// The module `full` (its parent, if any, imported already).
fn import_one(vm: &mut Vm, full: &str, parent: Option<Value>) -> Result<Value, PyError> {
    if let Some(&m) = vm.modules.get(full) {
        return Ok(m);
    }
    if full == "__main__" {
        // The script itself (`from __main__ import f` in `timeit`'s
        // setup text): a module object over the main globals.
        let name = vm.heap.intern(full);
        let module = Value::Obj(vm.heap.alloc(ModuleObj::script(name, crate::vm::MAIN_NAMESPACE)));
        vm.modules.insert(Rc::from(full), module);
        return Ok(module);
    }
    let parent_dir = match parent {
        None => None,
        Some(p) => match script_namespace(vm, p) {
            // A built-in package's submodule (`numba.core`).
            None => return crate::modules::import(vm, full),
            // A submodule of a module Rumba writes in Python (`os.path`,
            // `concurrent.futures`), an attribute of its parent as a
            // package's submodule is.
            Some(ns) if is_rumba_module(vm, ns) => {
                let module = crate::modules::import(vm, full)?;
                let leaf = full.rsplit('.').next().unwrap_or(full);
                vm.set_global_in(ns, leaf, module);
                return Ok(module);
            }
            Some(ns) => match vm.get_global_in(ns, "__path__").and_then(|_| package_dir(vm, ns)) {
                Some(dir) => Some(dir),
                None => {
                    let parent_name = &full[..full.rfind('.').unwrap_or(0)];
                    return Err(RawError::new(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{full}'; '{parent_name}' is not a package"),
                    )
                    .into());
                }
            },
        },
    };
    if parent.is_none() && INTERPRETER_MODULES.contains(&full) {
        return crate::modules::import(vm, full);
    }
    let dir = match parent_dir {
        Some(dir) => Some(dir),
        None => vm.imports.root.clone(),
    };
    let leaf = full.rsplit('.').next().unwrap_or(full);
    match dir.and_then(|d| find_module(&d, leaf)) {
        Some((file, is_package)) => load(vm, full, &file, is_package, parent),
        None if parent.is_none() => crate::modules::import(vm, full),
        None => Err(not_found(full)),
    }
}

/// `ModuleNotFoundError: No module named 'name'`.
fn not_found(name: &str) -> PyError {
    RawError::new(ExcKind::ModuleNotFoundError, format!("No module named '{name}'")).into()
}

/// The file of module `leaf` in `dir`: a package's `__init__.py` (true)
/// before a module's `.py` (false), as CPython's path finder looks.
fn find_module(dir: &Path, leaf: &str) -> Option<(PathBuf, bool)> {
    let init = dir.join(leaf).join("__init__.py");
    if init.is_file() {
        return Some((init, true));
    }
    let file = dir.join(format!("{leaf}.py"));
    file.is_file().then_some((file, false))
}

/// Whether the module whose globals are namespace `ns` is one of Rumba's
/// own, written in Python (`source_module`: its file is `<rumba NAME>`).
fn is_rumba_module(vm: &Vm, ns: u32) -> bool {
    vm.get_global_in(ns, "__file__")
        .and_then(|f| vm.as_str(f))
        .is_some_and(|f| f.starts_with("<rumba "))
}

/// The directory of the package whose globals are namespace `ns`.
fn package_dir(vm: &Vm, ns: u32) -> Option<PathBuf> {
    let file = vm.get_global_in(ns, "__file__")?;
    Some(Path::new(vm.as_str(file)?).parent()?.to_path_buf())
}

/// The namespace of a script's module value.
fn script_namespace(vm: &Vm, module: Value) -> Option<u32> {
    match vm.heap.get(module.as_obj()?) {
        Obj::Module(m) => m.script_namespace(),
        _ => None,
    }
}

/// Module `full` from `file` (`run_as_module`).
fn load(vm: &mut Vm, full: &str, file: &Path, is_package: bool, parent: Option<Value>) -> Result<Value, PyError> {
    let filename = file.to_string_lossy().into_owned();
    // The file's bytes count toward the heap limit while it is compiled
    // (a huge file is a MemoryError, as any huge value is).
    let size = std::fs::metadata(file)
        .map_or(0, |m| m.len())
        .try_into()
        .unwrap_or(usize::MAX);
    vm.heap.hold(size)?;
    let compiled = read_source(file, &filename).and_then(|source| {
        let compiler = vm.imports.compiler.take().ok_or_else(|| not_found(full))?;
        let code = compiler.compile(vm, &source, &filename);
        vm.imports.compiler = Some(compiler);
        code.map_err(|e| with_syntax_details(vm, e))
    });
    vm.heap.unhold(size);
    let code = compiled?;
    run_as_module(vm, full, &filename, code, is_package, parent, &[])
}

/// A module of the standard library that Rumba writes in Python
/// (`dataclasses`, `doctest`, `fractions`, `contextlib`): `source` compiled with the prelude's compiler and run
/// as a script's module is, with `natives` among its globals before its
/// body runs.
pub(crate) fn source_module(
    vm: &mut Vm,
    full: &str,
    source: &str,
    natives: &[(&'static str, crate::native::NativeFnPtr)],
) -> Result<Value, PyError> {
    let filename = format!("<rumba {full}>");
    let code = vm.compile_source(source, &filename).ok_or_else(|| {
        RawError::new(
            ExcKind::NotImplementedError,
            format!("'{full}' is not supported by Rumba"),
        )
    })?;
    run_as_module(vm, full, &filename, code, false, None, natives)
}

/// Makes module `full` of `code`, caches it and runs its body; on an
/// error the module leaves the cache again (as CPython's does).
fn run_as_module(
    vm: &mut Vm,
    full: &str,
    filename: &str,
    code: CodeObject,
    is_package: bool,
    parent: Option<Value>,
    natives: &[(&'static str, crate::native::NativeFnPtr)],
) -> Result<Value, PyError> {
    if vm.native_depth >= vm.limits.max_native_reentry {
        return Err(PyError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG));
    }
    vm.check_host_stack()?;
    let ns = vm.new_namespace();
    let name = vm.heap.intern(full);
    let module = Value::Obj(vm.heap.alloc(ModuleObj::script(name, ns)));
    vm.modules.insert(Rc::from(full), module);
    let package = match (is_package, full.rfind('.')) {
        (true, _) => full,
        (false, Some(dot)) => &full[..dot],
        (false, None) => "",
    };
    let dunders = [("__name__", full), ("__file__", filename), ("__package__", package)];
    for (key, text) in dunders {
        let v = vm.new_str(text);
        vm.set_global_in(ns, key, v);
    }
    for &(name, func) in natives {
        let native = Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func })));
        vm.set_global_in(ns, name, native);
    }
    if is_package {
        let dir = vm.new_str(
            Path::new(filename)
                .parent()
                .map_or(String::new(), |d| d.to_string_lossy().into_owned()),
        );
        vm.temp_roots.push(dir);
        let path = vm.new_list(vec![dir]);
        vm.temp_roots.pop();
        vm.set_global_in(ns, "__path__", path);
    }

    let id = vm.load_code_in(Rc::new(code), ns);
    if vm.recording {
        vm.abandon_recording("an import ran a module's body");
    }
    vm.imports.initializing.push(module.as_obj().expect("a module"));
    vm.native_depth += 1;
    let ran = vm.run_module(id);
    vm.native_depth -= 1;
    vm.imports.initializing.pop();
    if let Err(e) = ran {
        vm.modules.remove(full);
        return Err(e);
    }
    // The package gets its submodule as an attribute once it is loaded.
    if let Some(ns) = parent.and_then(|p| script_namespace(vm, p)) {
        let leaf = full.rsplit('.').next().unwrap_or(full);
        vm.set_global_in(ns, leaf, module);
    }
    Ok(module)
}

/// A syntax error in a module's file, its exception object made as
/// CPython's: `args` is `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))` (so `str(e)` names the file and line). Its
/// place is the traceback's innermost entry.
fn with_syntax_details(vm: &mut Vm, mut e: PyError) -> PyError {
    let Some(place) = e.traceback.first() else { return e };
    if e.value.is_some() || !matches!(e.kind, ExcKind::SyntaxError | ExcKind::IndentationError) {
        return e;
    }
    let text = place
        .source
        .as_deref()
        .and_then(|s| s.lines().nth((place.line as usize).saturating_sub(1)))
        .map_or(Value::None, |l| vm.new_str(format!("{l}\n")));
    let offset = place.position.map_or(0, |p| p.col as i64 + 1);
    let line = Value::Int(place.line as i64);
    let details = [
        vm.new_str(&*place.filename),
        line,
        Value::Int(offset),
        text,
        line,
        Value::Int(offset + 1),
    ];
    let tuple = vm.new_tuple(details);
    let msg = vm.new_str(&e.msg);
    let made = vm.exception_instance(e.kind, &[msg, tuple]);
    if let Some(exc) = made {
        // Made without `__init__`: its attributes as that would set them.
        let msg_name = vm.heap.intern("msg");
        if vm.set_attr(exc, msg_name, msg).is_err() || crate::exceptions::set_syntax_place(vm, exc, &details).is_err() {
            return e;
        }
    }
    e.value = made.map(crate::error::ExcObject);
    e
}

/// The bytes of a module's file.
fn read_source(file: &Path, filename: &str) -> Result<Vec<u8>, PyError> {
    std::fs::read(file).map_err(|e| {
        let code = e.raw_os_error().unwrap_or(0);
        let text = e.to_string();
        let text = text
            .strip_suffix(&format!(" (os error {code})"))
            .unwrap_or(&text)
            .to_string();
        PyError::new(ExcKind::OSError, format!("[Errno {code}] {text}: '{filename}'"))
    })
}
