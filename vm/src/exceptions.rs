//! The built-in exception classes (CPython's tree, from `BaseException`
//! down) and `raise`: turning a raised value into the `PyError` the
//! interpreter unwinds with.
//!
//! The classes are script classes like any other, so a script subclasses
//! them (`class ParseError(ValueError)`) and `isinstance` sees the tree.
//! An error the VM raises itself is still a kind and a message; a raised
//! instance of a script's own class keeps its class name for the report.

use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFn, NativeResult};
use crate::object::{ClassObj, NativeObj, Obj, ObjMut};
use crate::value::Value;
use crate::vm::Vm;

/// The tree: each class, its base (None for `BaseException`) and the
/// kind the VM raises it as, if it raises it.
const TREE: &[(&str, Option<&str>, Option<ExcKind>)] = &[
    ("BaseException", None, None),
    ("SystemExit", Some("BaseException"), Some(ExcKind::SystemExit)),
    (
        "KeyboardInterrupt",
        Some("BaseException"),
        Some(ExcKind::KeyboardInterrupt),
    ),
    ("GeneratorExit", Some("BaseException"), Some(ExcKind::GeneratorExit)),
    ("Exception", Some("BaseException"), Some(ExcKind::Exception)),
    ("ArithmeticError", Some("Exception"), Some(ExcKind::ArithmeticError)),
    ("OverflowError", Some("ArithmeticError"), Some(ExcKind::OverflowError)),
    (
        "ZeroDivisionError",
        Some("ArithmeticError"),
        Some(ExcKind::ZeroDivisionError),
    ),
    ("AssertionError", Some("Exception"), Some(ExcKind::AssertionError)),
    ("AttributeError", Some("Exception"), Some(ExcKind::AttributeError)),
    ("ImportError", Some("Exception"), Some(ExcKind::ImportError)),
    (
        "ModuleNotFoundError",
        Some("ImportError"),
        Some(ExcKind::ModuleNotFoundError),
    ),
    ("LookupError", Some("Exception"), Some(ExcKind::LookupError)),
    ("IndexError", Some("LookupError"), Some(ExcKind::IndexError)),
    ("KeyError", Some("LookupError"), Some(ExcKind::KeyError)),
    ("MemoryError", Some("Exception"), Some(ExcKind::MemoryError)),
    ("NameError", Some("Exception"), Some(ExcKind::NameError)),
    ("UnboundLocalError", Some("NameError"), Some(ExcKind::UnboundLocalError)),
    ("OSError", Some("Exception"), Some(ExcKind::OSError)),
    ("FileNotFoundError", Some("OSError"), Some(ExcKind::FileNotFoundError)),
    ("IsADirectoryError", Some("OSError"), Some(ExcKind::IsADirectoryError)),
    ("PermissionError", Some("OSError"), Some(ExcKind::PermissionError)),
    ("NotADirectoryError", Some("OSError"), Some(ExcKind::NotADirectoryError)),
    ("FileExistsError", Some("OSError"), None),
    ("BlockingIOError", Some("OSError"), None),
    ("ChildProcessError", Some("OSError"), None),
    ("InterruptedError", Some("OSError"), None),
    ("ProcessLookupError", Some("OSError"), None),
    ("TimeoutError", Some("OSError"), None),
    ("ConnectionError", Some("OSError"), None),
    ("BrokenPipeError", Some("ConnectionError"), None),
    ("ConnectionAbortedError", Some("ConnectionError"), None),
    ("ConnectionRefusedError", Some("ConnectionError"), None),
    ("ConnectionResetError", Some("ConnectionError"), None),
    ("EOFError", Some("Exception"), Some(ExcKind::EOFError)),
    ("RuntimeError", Some("Exception"), Some(ExcKind::RuntimeError)),
    (
        "NotImplementedError",
        Some("RuntimeError"),
        Some(ExcKind::NotImplementedError),
    ),
    ("RecursionError", Some("RuntimeError"), Some(ExcKind::RecursionError)),
    ("StopIteration", Some("Exception"), Some(ExcKind::StopIteration)),
    (
        "StopAsyncIteration",
        Some("Exception"),
        Some(ExcKind::StopAsyncIteration),
    ),
    ("SyntaxError", Some("Exception"), Some(ExcKind::SyntaxError)),
    ("IndentationError", Some("SyntaxError"), Some(ExcKind::IndentationError)),
    ("TypeError", Some("Exception"), Some(ExcKind::TypeError)),
    ("ValueError", Some("Exception"), Some(ExcKind::ValueError)),
    ("UnicodeError", Some("ValueError"), None),
    (
        "UnicodeDecodeError",
        Some("UnicodeError"),
        Some(ExcKind::UnicodeDecodeError),
    ),
    (
        "UnicodeEncodeError",
        Some("UnicodeError"),
        Some(ExcKind::UnicodeEncodeError),
    ),
];

impl Vm {
    /// Makes the exception classes and binds them as built-ins.
    pub(crate) fn make_exception_classes(&mut self) {
        let object = self.object_class.expect("object first");
        let mut made: Vec<(&str, ObjRef)> = Vec::new();
        for &(name, base, kind) in TREE {
            let base = base.map_or(object, |b| {
                made.iter().find(|(n, _)| *n == b).expect("bases come first").1
            });
            let dict = self.new_dict().as_obj().expect("a dict");
            let key = |vm: &Vm, k: &str| Value::Obj(vm.heap.intern(k));
            let builtins = self.new_str("builtins");
            // Each class is made before the next asks for a dict: nothing
            // collects while the VM is being built.
            let _ = self.dict_set(dict, key(self, "__module__"), builtins);
            if name == "BaseException" {
                // What an exception has not set (its chain, its
                // traceback, which Rumba does not make objects of).
                for (attr, v) in [
                    ("__cause__", Value::None),
                    ("__context__", Value::None),
                    ("__suppress_context__", Value::Bool(false)),
                    ("__traceback__", Value::None),
                ] {
                    let _ = self.dict_set(dict, key(self, attr), v);
                }
            }
            if name == "OSError" {
                // What one made with fewer than two arguments has.
                for attr in ["errno", "strerror", "filename", "filename2"] {
                    let _ = self.dict_set(dict, key(self, attr), Value::None);
                }
            }
            if name == "SyntaxError" {
                // What one made without the place has.
                for attr in SYNTAX_ERROR_PLACE.iter().chain(&["msg", "print_file_and_line"]) {
                    let _ = self.dict_set(dict, key(self, attr), Value::None);
                }
            }
            if name == "SystemExit" {
                // The `code` of one made without `__init__`.
                let _ = self.dict_set(dict, key(self, "code"), Value::None);
            }
            if name == "StopIteration" {
                // The `value` of one made without `__init__` (an iterator's
                // end): None, as CPython's.
                let _ = self.dict_set(dict, key(self, "value"), Value::None);
            }
            let methods: &[(&'static str, crate::native::NativeFnPtr)] = match name {
                "BaseException" => &[
                    ("__init__", exc_init),
                    ("__str__", exc_str),
                    ("__repr__", exc_repr),
                    ("with_traceback", exc_with_traceback),
                ],
                "KeyError" => &[("__str__", key_error_str)],
                "OSError" => &[("__init__", os_error_init), ("__str__", os_error_str)],
                "StopIteration" => &[("__init__", stop_iteration_init)],
                "SystemExit" => &[("__init__", system_exit_init)],
                "SyntaxError" => &[("__init__", syntax_error_init), ("__str__", syntax_error_str)],
                _ => &[],
            };
            {
                for &(method, func) in methods {
                    let f = Value::Obj(self.heap.alloc(NativeObj::new(NativeFn { name: method, func })));
                    let _ = self.dict_set(dict, key(self, method), f);
                }
            }
            let bases = self.heap.new_tuple(&[Value::Obj(base)]);
            let mut mro = vec![];
            mro.extend_from_slice(self.mro(base));
            let class = self.heap.alloc(ClassObj::new(name, bases, Vec::new(), dict));
            if let ObjMut::Class(c) = self.heap.get_mut(class) {
                c.mro.push(class);
                c.mro.extend(mro);
            }
            self.exception_classes.push((class, kind));
            self.builtins.insert(name.into(), Value::Obj(class));
            made.push((name, class));
        }
        // CPython's old names of `OSError`, kept for old code.
        let os_error = self.builtins["OSError"];
        self.builtins.insert("IOError".into(), os_error);
        self.builtins.insert("EnvironmentError".into(), os_error);
    }

    /// The error `raise exc` raises: `exc` an exception class (made with
    /// no arguments) or an instance of one.
    pub(crate) fn raised(&mut self, exc: Value) -> PyError {
        match self.try_raised(exc) {
            Ok(e) | Err(e) => e,
        }
    }

    /// The error a bare `raise` raises for `exc`, an exception caught
    /// before: its traceback as it was (the frame re-raising it adds no
    /// entry), its context unchanged.
    pub(crate) fn reraised(&mut self, exc: Value) -> PyError {
        let mut e = self.raised(exc);
        e.frame_recorded = !e.traceback.is_empty();
        e.context_settled = true;
        e
    }

    fn try_raised(&mut self, exc: Value) -> Result<PyError, PyError> {
        let mut exc = exc;
        if let Some(Obj::Class(_)) = exc.as_obj().map(|r| self.heap.get(r)) {
            exc = self.call_value(exc, &[])?;
        }
        let base = self.exception_classes[0].0;
        let Some(class) = self.class_of(exc).filter(|_| self.is_instance_of(exc, base)) else {
            return Err(RawError::type_error("exceptions must derive from BaseException").into());
        };
        self.temp_roots.push(exc);
        let msg = self.str_value(exc);
        self.temp_roots.pop();
        let msg = msg?;
        let mro = self.mro(class).to_vec();
        let kind = mro
            .iter()
            .find_map(|c| {
                self.exception_classes
                    .iter()
                    .find(|(k, _)| k == c)
                    .and_then(|(_, kind)| *kind)
            })
            .unwrap_or(ExcKind::Exception);
        if kind == ExcKind::SystemExit {
            // `raise SystemExit(code)` exits as `sys.exit(code)` does.
            let args = self.exception_args(exc);
            return match crate::modules::sys_exit(self, &args[..args.len().min(1)], &[]) {
                Ok(_) => Ok(PyError::new(kind, msg)),
                Err(mut e) => {
                    // A handler gets the object raised.
                    e.value = Some(crate::error::ExcObject(exc));
                    Ok(e)
                }
            };
        }
        let mut e = PyError::new(kind, msg);
        e.value = Some(crate::error::ExcObject(exc));
        // Raised again, it goes on from where it was (the frame raising
        // it adds its own entry, as CPython's `raise e` does).
        if let Some(Obj::Instance(i)) = exc.as_obj().map(|r| self.heap.get(r)) {
            if let Some(saved) = &i.traceback {
                e.traceback = saved.traceback.to_vec();
                e.suggestion = saved.suggestion.clone();
            }
        }
        let builtin = self.exception_classes.iter().any(|(c, k)| *c == class && k.is_some());
        if !builtin {
            e.type_name = Some(self.report_name(class));
        }
        Ok(e)
    }

    /// The name a report gives an exception class: `module.Name` when its
    /// `__module__` is neither `__main__` nor `builtins`, as CPython prints
    /// `numba.core.errors.TypingError`.
    fn report_name(&self, class: ObjRef) -> &'static str {
        let name = self.class_name(class);
        let Obj::Class(c) = self.heap.get(class) else {
            return name;
        };
        let module = self
            .heap
            .find_interned("__module__")
            .and_then(|k| self.dict_get(c.dict, Value::Obj(k)).ok().flatten())
            .and_then(|m| self.as_str_rc(m));
        match module.as_deref() {
            None | Some("__main__" | "builtins") => name,
            Some(m) => qualified(m, name),
        }
    }

    /// An exception's `args` (empty when a subclass's `__init__` never
    /// called the base's).
    fn exception_args(&mut self, exc: Value) -> Vec<Value> {
        let Some(r) = exc.as_obj() else { return Vec::new() };
        let name = self.heap.intern("args");
        let Obj::Instance(i) = self.heap.get(r) else {
            return Vec::new();
        };
        match self.shapes.slot(i.shape(), name).map(|s| i.slot(s)) {
            Some(t) => t
                .as_obj()
                .and_then(|t| self.heap.tuple(t))
                .map_or_else(Vec::new, |t| t.to_vec()),
            None => Vec::new(),
        }
    }
}

/// `BaseException.__init__(self, *args)`: keeps the arguments as `args`.
fn exc_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if !kwargs.is_empty() {
        return Err(RawError::type_error("BaseException() takes no keyword arguments").into());
    }
    let Some((&this, rest)) = args.split_first() else {
        return Err(RawError::type_error("descriptor '__init__' of 'BaseException' object needs an argument").into());
    };
    let t = vm.new_tuple(rest);
    let name = vm.heap.intern("args");
    vm.set_attr(this, name, t)?;
    Ok(Value::None)
}

/// `StopIteration.__init__(self, *args)`: `args` as every exception keeps
/// them, and `value`, the first of them or None (what a generator's
/// `return x` gives `next()`'s caller).
fn stop_iteration_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    exc_init(vm, args, kwargs)?;
    let (this, value) = (args[0], args.get(1).copied().unwrap_or(Value::None));
    let name = vm.heap.intern("value");
    vm.set_attr(this, name, value)?;
    Ok(Value::None)
}

/// The attributes a `SyntaxError`'s second argument sets, in order.
const SYNTAX_ERROR_PLACE: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

/// `SyntaxError.__init__(self, msg, (filename, lineno, offset, text[,
/// end_lineno, end_offset]))`: `msg` and the place as attributes (the
/// compiler's errors are made with both).
fn syntax_error_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    exc_init(vm, args, kwargs)?;
    let this = args[0];
    if let Some(&msg) = args.get(1) {
        let name = vm.heap.intern("msg");
        vm.set_attr(this, name, msg)?;
    }
    if args.len() != 3 {
        return Ok(Value::None);
    }
    let place = match args[2].as_obj().and_then(|t| vm.heap.tuple(t)) {
        Some(items) if (4..=6).contains(&items.len()) => items.to_vec(),
        _ => return Err(RawError::type_error("SyntaxError's second argument must be a tuple of 4 to 6 items").into()),
    };
    set_syntax_place(vm, this, &place)?;
    Ok(Value::None)
}

/// Sets the attributes of a `SyntaxError` that say where it is: `place`
/// as its constructor's second argument lists them.
pub(crate) fn set_syntax_place(vm: &mut Vm, this: Value, place: &[Value]) -> Result<(), PyError> {
    for (field, &v) in SYNTAX_ERROR_PLACE.iter().zip(place) {
        let name = vm.heap.intern(field);
        vm.set_attr(this, name, v)?;
    }
    Ok(())
}

/// `OSError.__init__(self, errno, strerror, filename=None, winerror=None,
/// filename2=None)`: with two to five arguments, the first two are
/// `errno` and `strerror` and they alone stay in `args`; otherwise
/// `args` as for every exception.
fn os_error_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    exc_init(vm, args, kwargs)?;
    let this = args[0];
    let rest = &args[1..];
    if !(2..=5).contains(&rest.len()) {
        return Ok(Value::None);
    }
    let fields = [
        ("errno", rest.first()),
        ("strerror", rest.get(1)),
        ("filename", rest.get(2)),
        ("filename2", rest.get(4)),
    ];
    for (field, v) in fields {
        if let Some(&v) = v {
            let name = vm.heap.intern(field);
            vm.set_attr(this, name, v)?;
        }
    }
    if rest.len() > 2 {
        let t = vm.new_tuple(&rest[..2]);
        let name = vm.heap.intern("args");
        vm.set_attr(this, name, t)?;
    }
    Ok(Value::None)
}

/// `str(os_error)`: `[Errno 2] No such file or directory: 'data.txt'`
/// when it has an errno and a strerror.
fn os_error_str(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let errno = vm.get_attr(this, "errno")?;
    let strerror = vm.get_attr(this, "strerror")?;
    if errno.is_none() || strerror.is_none() {
        return exc_str(vm, args, kwargs);
    }
    let mut text = format!("[Errno {}] {}", vm.str_value(errno)?, vm.str_value(strerror)?);
    let filename = vm.get_attr(this, "filename")?;
    if !filename.is_none() {
        text.push_str(&format!(": {}", vm.repr_of(filename)?));
        let filename2 = vm.get_attr(this, "filename2")?;
        if !filename2.is_none() {
            text.push_str(&format!(" -> {}", vm.repr_of(filename2)?));
        }
    }
    Ok(vm.new_str(text))
}

/// `SystemExit.__init__(self, *args)`: `args`, and `code`: None for no
/// argument, the argument for one, all of them (a tuple) for more.
fn system_exit_init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    exc_init(vm, args, kwargs)?;
    let this = args[0];
    let code = match &args[1..] {
        [] => Value::None,
        [one] => *one,
        more => vm.new_tuple(more),
    };
    let name = vm.heap.intern("code");
    vm.set_attr(this, name, code)?;
    Ok(Value::None)
}

/// `exc.with_traceback(tb)`: Rumba makes no traceback objects, so `tb` is
/// None (what `__traceback__` gives), which forgets where `exc` was raised.
fn exc_with_traceback(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let [this, tb] = args[..] else {
        return Err(RawError::type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))
        .into());
    };
    if !tb.is_none() {
        return Err(RawError::type_error("__traceback__ must be a traceback or None").into());
    }
    if let Some(ObjMut::Instance(i)) = this.as_obj().map(|r| vm.heap.get_mut(r)) {
        i.traceback = None;
    }
    Ok(this)
}

/// `str(exc)`: nothing for no arguments, the one argument's str, or the
/// tuple of them.
fn exc_str(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let items = vm.exception_args(this);
    let text = match items[..] {
        [] => String::new(),
        [one] => vm.str_value(one)?,
        _ => {
            let t = vm.new_tuple(&items);
            vm.repr_of(t)?
        }
    };
    Ok(vm.new_str(text))
}

/// `str(syntax_error)`: with its place, `invalid syntax (m.py, line 3)`,
/// when it has one (`args[1]`, `(filename, lineno, offset, text, ...)`,
/// as an import's syntax error has).
fn syntax_error_str(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let items = vm.exception_args(this);
    if let [msg, details] = items[..] {
        let place: Vec<Value> = details
            .as_obj()
            .and_then(|r| vm.heap.tuple(r))
            .map_or(Vec::new(), |t| t.to_vec());
        if let (Some(file), Some(&Value::Int(line))) = (place.first().and_then(|&f| vm.as_str(f)), place.get(1)) {
            let base = file.rsplit('/').next().unwrap_or(file).to_string();
            let msg = vm.str_value(msg)?;
            return Ok(vm.new_str(format!("{msg} ({base}, line {line})")));
        }
    }
    exc_str(vm, args, kwargs)
}

/// `str(key_error)`: a single argument (the missing key) as its repr.
fn key_error_str(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    match vm.exception_args(this)[..] {
        [one] => {
            let text = vm.repr_of(one)?;
            Ok(vm.new_str(text))
        }
        _ => exc_str(vm, args, kwargs),
    }
}

/// `repr(exc)`: `ValueError('bad')`.
fn exc_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let this = args.first().copied().unwrap_or(Value::None);
    let items = vm.exception_args(this);
    let name = vm.type_name(this);
    let inner = match items[..] {
        [] => String::new(),
        [one] => vm.repr_of(one)?,
        _ => {
            let t = vm.new_tuple(&items);
            let text = vm.repr_of(t)?;
            text[1..text.len() - 1].to_string()
        }
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

impl Vm {
    /// An instance of the built-in exception class of `kind` with `args`,
    /// made without running script code (so where only `&self` is at
    /// hand: a `KeyError` carries its key this way).
    pub(crate) fn exception_instance(&self, kind: ExcKind, args: &[Value]) -> Option<Value> {
        let class = self.exception_classes.iter().find(|(_, k)| *k == Some(kind))?.0;
        let args = Value::Obj(self.heap.new_tuple(args));
        let mut inst = crate::object::InstanceObj::new(class, self.args_shape, 1);
        inst.push_slot(args);
        Some(Value::Obj(self.heap.alloc(inst)))
    }

    /// `KeyError(key)`, as the VM raises it for a missing key.
    pub(crate) fn key_error(&self, key: Value, repr: String) -> RawError {
        let mut e = RawError::new(ExcKind::KeyError, repr);
        e.value = self
            .exception_instance(ExcKind::KeyError, &[key])
            .map(crate::error::ExcObject);
        e
    }

    /// The object a handler receives for `e`: the one raised, or one made
    /// for the VM's error (its message the only argument).
    pub(crate) fn exception_object(&mut self, e: &PyError) -> Value {
        if let Some(v) = e.value {
            return v.0;
        }
        if let Some(made) = self.os_error_object(e) {
            return made;
        }
        let args: Vec<Value> = if e.msg.is_empty() {
            Vec::new()
        } else {
            vec![self.new_str(&e.msg)]
        };
        self.temp_roots.extend_from_slice(&args);
        let made = self.exception_instance(e.kind, &args);
        self.temp_roots.truncate(self.temp_roots.len() - args.len());
        made.unwrap_or(Value::None)
    }

    /// The object for an error of the host's file system, which the VM
    /// raises with CPython's text (`[Errno 2] No such file or directory:
    /// 'x'`): made as `OSError(2, 'No such file or directory', 'x')` is,
    /// so a handler reads its `errno`, `strerror` and `filename`.
    fn os_error_object(&mut self, e: &PyError) -> Option<Value> {
        let class = self.exception_classes.iter().find(|(_, k)| *k == Some(e.kind))?.0;
        let os_error = self
            .exception_classes
            .iter()
            .find(|(_, k)| *k == Some(ExcKind::OSError))?
            .0;
        if !self.mro(class).contains(&os_error) {
            return None;
        }
        let rest = e.msg.strip_prefix("[Errno ")?;
        let (errno, rest) = rest.split_once("] ")?;
        let errno: i64 = errno.parse().ok()?;
        let (strerror, filename) = match rest.split_once(": '") {
            Some((s, f)) if f.ends_with('\'') && !f[..f.len() - 1].contains(['\\', '\'']) => {
                (s, Some(&f[..f.len() - 1]))
            }
            _ => (rest, None),
        };
        let mut args = vec![Value::Int(errno), self.new_str(strerror)];
        self.temp_roots.extend_from_slice(&args);
        if let Some(f) = filename {
            let f = self.new_str(f);
            args.push(f);
            self.temp_roots.push(f);
        }
        let pushed = args.len();
        let made = self.exception_instance(e.kind, &[]);
        if let Some(made) = made {
            self.temp_roots.push(made);
            let _ = os_error_init(self, &[&[made][..], &args].concat(), &[]);
            self.temp_roots.pop();
        }
        self.temp_roots.truncate(self.temp_roots.len() - pushed);
        made
    }

    /// Whether exception `exc` is an instance of `classes` (a class or a
    /// tuple of them), for `except classes:`.
    pub(crate) fn exception_matches(&self, exc: Value, classes: Value) -> Result<bool, PyError> {
        let base = self.exception_classes[0].0;
        let mut pending = vec![classes];
        let mut matched = false;
        while let Some(c) = pending.pop() {
            match c.as_obj().map(|r| (r, self.heap.get(r))) {
                Some((_, Obj::Tuple(items))) => pending.extend(items.iter().copied()),
                Some((r, Obj::Class(_))) if self.mro(r).contains(&base) => {
                    matched |= self.is_instance_of(exc, r);
                }
                _ => {
                    return Err(RawError::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    )
                    .into())
                }
            }
        }
        Ok(matched)
    }

    /// Whether a handler may catch `e`. The limits the host set (the
    /// budget, an interrupt, the heap limit) end the run even inside
    /// `try`.
    pub(crate) fn catchable(e: &PyError) -> bool {
        !matches!(e.kind, ExcKind::KeyboardInterrupt | ExcKind::MemoryError)
    }
}

/// `module.name`, kept for the process (one per class name a report
/// qualifies, so a handful).
fn qualified(module: &str, name: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let full = format!("{module}.{name}");
    let mut names = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(n) = names.get(&full) {
        return n;
    }
    let leaked: &'static str = Box::leak(full.clone().into_boxed_str());
    names.insert(full, leaked);
    leaked
}
