//! `compile()`, `exec()` and `eval()`: source text compiled at run time
//! (by the engine's compiler, `Vm::compile_text`) and run as a module's
//! body is.
//!
//! CPython runs such code against dicts. Rumba's globals live in slots
//! that the interpreter and compiled code index (a namespace per module),
//! so the namespaces are arranged around the run instead:
//! - No globals given, called from a module's body: the code runs in that
//!   module's namespace, exactly as CPython runs it in the module's dict
//!   (a `def` or an assignment is the module's). `globals()` as globals is
//!   the same.
//! - Called from a function with no globals: the code reads the function's
//!   locals and the module's globals (a new namespace holding both, locals
//!   winning); afterwards, each module global the code rebound is written
//!   back. A name the code binds that was no global is dropped, as a
//!   binding in CPython's snapshot of the locals is never seen by the
//!   function. (The locals are globals of that namespace, so a
//!   comprehension or lambda in the code sees them too, where CPython's
//!   raises NameError.)
//! - A dict as globals (and optionally another as locals): the code runs
//!   in a new namespace holding their str-keyed entries, and afterwards
//!   each name it bound, rebound or deleted is written back into the dict
//!   (the locals dict when one is given). A function the code defines
//!   keeps reading that namespace, not the dict (CPython's reads the
//!   dict), and `__builtins__` is not added to the dict.
//!
//! `compile()` returns a `code` object holding the text, the file name and
//! the mode; `exec()` and `eval()` compile it again when they run it.

use std::rc::Rc;

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::import::CompileMode;
use crate::modules::native_class::{field, init_state, make_class_in, receiver};
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// A `code` object's state: its source text, file name and mode.
const SOURCE: usize = 0;
const FILENAME: usize = 1;
const MODE: usize = 2;

/// `eval(expression, globals=None, locals=None, /)`.
pub(super) fn eval(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_kwargs("eval", kw)?;
    args::count("eval", a, 1, 3)?;
    run(vm, "eval", a, CompileMode::Eval)
}

/// `exec(object, globals=None, locals=None, /)`: None.
pub(super) fn exec(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    if let Some(k) = kw.first() {
        return Err(args::error(
            ExcKind::NotImplementedError,
            format!(
                "exec() with the keyword argument '{}' is not supported by Rumba",
                k.name
            ),
        ));
    }
    args::count("exec", a, 1, 3)?;
    run(vm, "exec", a, CompileMode::Exec)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: a `code` object, once the text compiles (a syntax error
/// is raised here, as CPython raises it).
pub(super) fn compile(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::at_most_total("compile", a, kw, 6)?;
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    let [source, filename, mode, flags, _, _] = args::bind_required("compile", a, kw, names, 3)?;
    let (source, filename, mode) = (
        source.expect("required"),
        filename.expect("required"),
        mode.expect("required"),
    );
    if flags.is_some_and(|f| !matches!(f, Value::Int(0) | Value::Bool(false))) {
        return Err(args::error(
            ExcKind::NotImplementedError,
            "compile() with flags is not supported by Rumba",
        ));
    }
    let text = source_text(vm, source, "compile")?;
    let Some(file) = vm.as_str(filename).map(str::to_owned) else {
        return Err(RawError::type_error(format!(
            "compile() argument 'filename' must be str, not {}",
            vm.type_name(filename)
        ))
        .into());
    };
    let how = match vm.as_str(mode) {
        Some("exec") => CompileMode::Exec,
        Some("eval") => CompileMode::Eval,
        Some("single") => CompileMode::Single,
        Some(_) => {
            return Err(RawError::value_error("compile() mode must be 'exec', 'eval' or 'single'").into());
        }
        None => {
            return Err(RawError::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(mode)
            ))
            .into())
        }
    };
    vm.compile_text(&text, &file, how)?;
    let class = code_class(vm);
    let code = vm.alloc_instance(class);
    vm.temp_roots.push(code);
    let fields = vec![vm.new_str(&text), filename, mode];
    let done = init_state(vm, code, "code", fields);
    vm.temp_roots.pop();
    done?;
    Ok(code)
}

/// The text of `source` given to `what`: a str, or bytes in UTF-8.
fn source_text(vm: &Vm, source: Value, what: &str) -> Result<String, PyError> {
    if let Some(s) = vm.as_str(source) {
        return Ok(s.to_owned());
    }
    if let Some(b) = source.as_obj().and_then(|r| vm.heap.bytes(r)) {
        return match std::str::from_utf8(&b.data) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(PyError::new(
                ExcKind::SyntaxError,
                "(unicode error) 'utf-8' codec can't decode bytes",
            )),
        };
    }
    let expected = match what {
        "compile" => "string, bytes or AST object",
        _ => "a string, bytes or code object",
    };
    Err(RawError::type_error(format!("{what}() arg 1 must be {expected}")).into())
}

/// What `exec()` or `eval()` runs: the text, file name and mode of a
/// `code` object, or the text given (file `<string>`, the caller's mode).
fn what_to_run(vm: &Vm, v: Value, what: &str, mode: CompileMode) -> Result<(String, String, CompileMode), PyError> {
    if is_code(vm, v) {
        let (st, _) = receiver(vm, std::slice::from_ref(&v), "code")?;
        let text = vm.as_str(field(vm, st, SOURCE)).unwrap_or("").to_owned();
        let file = vm.as_str(field(vm, st, FILENAME)).unwrap_or("<string>").to_owned();
        let mode = match vm.as_str(field(vm, st, MODE)) {
            Some("eval") => CompileMode::Eval,
            Some("single") => CompileMode::Single,
            _ => CompileMode::Exec,
        };
        return Ok((text, file, mode));
    }
    let text = source_text(vm, v, what)?;
    Ok((text, "<string>".into(), mode))
}

/// Where the code runs, and what is written back once it has.
enum Place {
    /// A module's own namespace: nothing to write back.
    Module(u32),
    /// A namespace made for the run: the names bound in it afterwards go
    /// to `dict` (those `before` held otherwise), or, with no dict, the
    /// module globals it rebound go back to module `ns`.
    Made {
        ns: u32,
        before: Vec<(Rc<str>, Value)>,
        dict: Option<ObjRef>,
        module: Option<u32>,
        locals: Vec<Rc<str>>,
    },
}

/// Bytes a global slot takes outside the heap (its value, its name, its
/// entry in the namespace's map; measured: about 175): slots are never
/// freed, so the ones a run adds count toward the heap limit for good.
const GLOBAL_SLOT_BYTES: usize = 256;

/// Bytes a loaded code object takes outside the heap (its instructions,
/// positions, caches), counted for good when the code made functions that
/// may keep it (measured: about 1.5 KB per run of a text defining one
/// small function, counted as two codes).
const CODE_BYTES: usize = 1024;

/// How many code objects `code` loads: itself and its nested ones.
fn codes_in(code: &crate::bytecode::CodeObject) -> usize {
    1 + code.children.iter().map(|c| codes_in(c)).sum::<usize>()
}

fn run(vm: &mut Vm, what: &str, a: &[Value], mode: CompileMode) -> Result<Value, PyError> {
    let slots_before = vm.globals.len();
    let (text, file, mode) = what_to_run(vm, a[0], what, mode)?;
    let globals = a.get(1).copied().filter(|v| !v.is_none());
    let locals = a.get(2).copied().filter(|v| !v.is_none());
    let place = arrange(vm, what, globals, locals)?;
    let ns = match &place {
        Place::Module(ns) | Place::Made { ns, .. } => *ns,
    };
    let code = vm.compile_text(&text, &file, mode)?;
    // Code that makes no function, class or comprehension leaves nothing
    // that reads its namespace once it has run.
    let leaves_nothing = code.children.is_empty();
    let kept_code = if leaves_nothing {
        0
    } else {
        codes_in(&code) * CODE_BYTES
    };
    if vm.native_depth >= vm.limits.max_native_reentry {
        return Err(PyError::new(ExcKind::RecursionError, crate::limits::RECURSION_MSG));
    }
    let id = vm.load_code_in(Rc::new(code), ns);
    if vm.recording {
        vm.abandon_recording("exec() or eval() ran source text");
    }
    // "single" echoes expression values, as the interactive prompt does.
    let interactive = std::mem::replace(&mut vm.interactive, mode == CompileMode::Single);
    vm.native_depth += 1;
    let ran = vm.run_module_value(id);
    vm.native_depth -= 1;
    vm.interactive = interactive;
    let value = ran?;
    vm.temp_roots.push(value);
    let written = write_back(vm, place, leaves_nothing);
    vm.temp_roots.pop();
    written?;
    // A script that runs text binding new names (or keeping namespaces
    // alive) over and over meets the heap limit.
    let grown = vm.globals.len().saturating_sub(slots_before);
    vm.heap.hold(grown * GLOBAL_SLOT_BYTES + kept_code)?;
    Ok(value)
}

/// The namespace the code runs in, from `globals` and `locals` as given.
fn arrange(vm: &mut Vm, what: &str, globals: Option<Value>, locals: Option<Value>) -> Result<Place, PyError> {
    let dict_of = |vm: &Vm, v: Value| v.as_obj().filter(|&r| vm.heap.dict(r).is_some());
    if let Some(l) = locals {
        if dict_of(vm, l).is_none() {
            return Err(args::error(
                ExcKind::NotImplementedError,
                format!("{what}() with locals that are not a dict is not supported by Rumba"),
            ));
        }
    }
    match globals {
        None => {
            let Some(frame) = vm.frames.last().copied() else {
                return Ok(Place::Module(crate::vm::MAIN_NAMESPACE));
            };
            let entry = &vm.codes[frame.code.0 as usize];
            let module = entry.namespace;
            if entry.code.is_module && locals.is_none() {
                return Ok(Place::Module(module));
            }
            // A function's (or a class body's) locals over the globals.
            let ns = empty_namespace(vm);
            for (name, value) in vm.namespace_items(module) {
                vm.set_global_in(ns, &name, value);
            }
            let mut names = Vec::new();
            for (name, value) in frame_locals(vm) {
                vm.set_global_in(ns, &name, value);
                names.push(name);
            }
            let dict = match locals {
                Some(l) => {
                    copy_dict_into(vm, l, ns)?;
                    dict_of(vm, l)
                }
                None => None,
            };
            let before = vm.namespace_items(ns);
            Ok(Place::Made {
                ns,
                before,
                dict,
                module: dict.is_none().then_some(module),
                locals: names,
            })
        }
        Some(g) if crate::builtins::globals::is_view(vm, g) && locals.is_none() => {
            Ok(Place::Module(crate::builtins::globals::view_namespace(vm, g)?))
        }
        Some(g) => {
            // `globals()` with separate locals: the module's globals are
            // read as a dict's would be (the code's bindings go to the
            // locals).
            let view = crate::builtins::globals::is_view(vm, g);
            if dict_of(vm, g).is_none() && !view {
                return Err(
                    RawError::type_error(format!("{what}() globals must be a dict, not {}", vm.type_name(g))).into(),
                );
            }
            let ns = empty_namespace(vm);
            // CPython adds `__builtins__` to the dict, through which a
            // missing `__name__` is the builtins module's.
            let builtins = vm.new_str("builtins");
            vm.set_global_in(ns, "__name__", builtins);
            if view {
                let module = crate::builtins::globals::view_namespace(vm, g)?;
                for (name, value) in vm.namespace_items(module) {
                    vm.set_global_in(ns, &name, value);
                }
            } else {
                copy_dict_into(vm, g, ns)?;
            }
            if let Some(l) = locals {
                copy_dict_into(vm, l, ns)?;
            }
            let before = vm.namespace_items(ns);
            let dict = dict_of(vm, locals.unwrap_or(g));
            Ok(Place::Made {
                ns,
                before,
                dict,
                module: None,
                locals: Vec::new(),
            })
        }
    }
}

/// The bound locals of the running function, by name, in slot order
/// (cells read through): what CPython's `locals()` snapshot holds.
pub(super) fn frame_locals(vm: &Vm) -> Vec<(Rc<str>, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Vec::new();
    };
    let code = &vm.codes[frame.code.0 as usize].code;
    let mut found = Vec::new();
    for (slot, name) in code.locals.names.iter().enumerate() {
        if name.starts_with('.') {
            continue;
        }
        let mut value = vm.stack[frame.base + slot];
        if code.locals.cells.contains(&(slot as u32)) || code.locals.free.contains(&(slot as u32)) {
            value = match value.as_obj().map(|r| vm.heap.get(r)) {
                Some(Obj::Cell(c)) => c.value,
                _ => Value::Undef,
            };
        }
        if !matches!(value, Value::Undef) {
            found.push((name.clone(), value));
        }
    }
    found
}

/// `locals()`: at a module's top level its globals (`globals()`); in a
/// class body the namespace being filled; in a function a new dict of its
/// bound locals (a snapshot: changing it changes no variable).
pub(super) fn locals(vm: &mut Vm, a: &[Value], kw: &[KwArg]) -> NativeResult {
    args::no_args("locals", a, kw)?;
    let Some(frame) = vm.frames.last().copied() else {
        return crate::builtins::globals::globals(vm, a, kw);
    };
    let code = vm.codes[frame.code.0 as usize].code.clone();
    if code.is_module {
        return crate::builtins::globals::globals(vm, a, kw);
    }
    if code.locals.names.first().is_some_and(|n| &**n == ".ns") {
        return Ok(vm.stack[frame.base]);
    }
    let found = frame_locals(vm);
    let d = vm.new_dict();
    vm.temp_roots.push(d);
    let filled = (|| {
        let dict = d.as_obj().expect("a dict");
        for (name, value) in found {
            let key = vm.new_str(&*name);
            vm.temp_roots.push(key);
            let set = vm.dict_set(dict, key, value);
            vm.temp_roots.pop();
            set?;
        }
        Ok(())
    })();
    vm.temp_roots.pop();
    filled.map(|()| d)
}

/// Binds each str-keyed entry of dict `d` as a global of `ns`.
fn copy_dict_into(vm: &mut Vm, d: Value, ns: u32) -> Result<(), PyError> {
    let Some(dict) = d.as_obj().and_then(|r| vm.heap.dict(r)) else {
        return Ok(());
    };
    let entries: Vec<(Value, Value)> = dict
        .table
        .iter()
        .filter(|e| !matches!(e.key, Value::Undef))
        .map(|e| (e.key, e.value))
        .collect();
    for (key, value) in entries {
        if let Some(name) = vm.as_str_rc(key) {
            vm.set_global_in(ns, &name, value);
        }
    }
    Ok(())
}

/// After the run: what the code bound goes where `place` says. A made
/// namespace nothing reads any more (`done`) is emptied and kept for the
/// next run (a loop calling `eval` makes no namespace per call).
fn write_back(vm: &mut Vm, place: Place, done: bool) -> Result<(), PyError> {
    let Place::Made {
        ns,
        before,
        dict,
        module,
        locals,
    } = place
    else {
        return Ok(());
    };
    let after = vm.namespace_items(ns);
    let unchanged = |name: &Rc<str>, value: Value| before.iter().any(|(n, v)| n == name && v.is(value));
    if let Some(d) = dict {
        for (name, value) in &after {
            if !unchanged(name, *value) {
                let key = vm.new_str(&**name);
                vm.temp_roots.push(key);
                let set = vm.dict_set(d, key, *value);
                vm.temp_roots.pop();
                set?;
            }
        }
        for (name, _) in &before {
            if !after.iter().any(|(n, _)| n == name) {
                let key = vm.new_str(&**name);
                vm.temp_roots.push(key);
                let removed = vm.dict_remove(d, key);
                vm.temp_roots.pop();
                removed?;
            }
        }
    }
    if let Some(module) = module {
        for (name, value) in &after {
            let global = !locals.contains(name) && vm.get_global_in(module, name).is_some();
            if global && !unchanged(name, *value) {
                vm.set_global_in(module, name, *value);
            }
        }
    }
    if done {
        for (name, _) in after {
            vm.set_global_in(ns, &name, Value::Undef);
        }
        // One that has held many names (text binding a new name each
        // time) is dropped: every run lists all of them.
        if vm.namespace_size(ns) <= MAX_SPARE_NAMES {
            vm.spare_namespaces.push(ns);
        }
    }
    Ok(())
}

/// The most names a namespace kept for reuse may have held.
const MAX_SPARE_NAMES: usize = 256;

/// An empty namespace for a run: a spare one, or a new one.
fn empty_namespace(vm: &mut Vm) -> u32 {
    vm.spare_namespaces.pop().unwrap_or_else(|| vm.new_namespace())
}

/// The `code` class, made on first use.
fn code_class(vm: &mut Vm) -> ObjRef {
    if let Some(class) = vm.code_class.and_then(|c| c.as_obj()) {
        return class;
    }
    const METHODS: &[(&str, NativeFnPtr)] = &[("__repr__", code_repr)];
    let class = make_class_in(vm, "builtins", "code", METHODS, &[]);
    vm.code_class = Some(class);
    class.as_obj().expect("a class")
}

/// Whether `v` is a `code` object `compile()` made.
fn is_code(vm: &Vm, v: Value) -> bool {
    match (
        vm.code_class.and_then(|c| c.as_obj()),
        v.as_obj().map(|r| vm.heap.get(r)),
    ) {
        (Some(class), Some(Obj::Instance(i))) => i.class == class,
        _ => false,
    }
}

/// CPython's `<code object <module> at 0x..., file "<string>", line 1>`.
fn code_repr(vm: &mut Vm, a: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, a, "code")?;
    let file = vm.as_str(field(vm, st, FILENAME)).unwrap_or("").to_owned();
    let addr = a[0].as_obj().map_or(0, |r| r.addr());
    Ok(vm.new_str(format!("<code object <module> at {addr:#x}, file \"{file}\", line 1>")))
}
