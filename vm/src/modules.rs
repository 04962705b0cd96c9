//! The built-in modules a script can import: `math`, `sys`, `time`,
//! `numba` (its strict `@njit` is `crate::numba`) and the others below.
//! Each module is created on its first import and cached in `vm.modules`
//! (a GC root).

pub(crate) mod array;
mod binascii;
mod bisect;
pub(crate) mod collections;
mod copy;
mod cpython_names;
mod dataclasses;
mod doctest;
pub(crate) mod functools;
mod hashlib;
mod heapq;
pub(crate) mod io;
pub(crate) mod itertools;
mod json;
mod logging;
mod math;
pub(crate) mod native_class;
mod operator;
mod os;
mod random;
pub(crate) mod re;
mod statistics;
mod r#struct;

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::args;
use crate::error::PyError;
use crate::error::{ExcKind, RawError};
use crate::native::{KwArg, NativeFn, NativeFnPtr, NativeResult};
use crate::object::{ModuleObj, NativeObj, Obj, Shapes};
use crate::value::Value;
use crate::vm::Vm;

/// `import name`: the module object.
pub fn import(vm: &mut Vm, name: &str) -> Result<Value, PyError> {
    if let Some(module) = vm.modules.get(name) {
        return Ok(*module);
    }
    let attrs = match name {
        "math" => math::attrs(vm),
        "itertools" => itertools::attrs(vm),
        "collections" => collections::attrs(vm),
        "collections.abc" => crate::typing::abc_attrs(vm),
        "functools" => functools::attrs(vm)?,
        "heapq" => heapq::attrs(vm),
        "bisect" => bisect::attrs(vm),
        "array" => array::attrs(vm),
        "io" => io::attrs(vm),
        "random" => random::attrs(vm),
        "operator" => operator::attrs(vm),
        "copy" => copy::attrs(vm),
        // Written in Python: a module of its own, cached by its import.
        "dataclasses" => return dataclasses::import(vm),
        "doctest" => return doctest::import(vm),
        "fractions" => return crate::import::source_module(vm, name, include_str!("modules/fractions.py"), &[]),
        "decimal" => return crate::import::source_module(vm, name, include_str!("modules/decimal.py"), &[]),
        "contextlib" => return crate::import::source_module(vm, name, include_str!("modules/contextlib.py"), &[]),
        "queue" => return crate::import::source_module(vm, name, include_str!("modules/queue.py"), &[]),
        "timeit" => return crate::import::source_module(vm, name, include_str!("modules/timeit.py"), &[]),
        "asyncio" => return crate::import::source_module(vm, name, include_str!("modules/asyncio.py"), &[]),
        "gc" => {
            return crate::import::source_module(
                vm,
                name,
                include_str!("modules/gc.py"),
                &[("_native_request_collection", request_collection)],
            )
        }
        "base64" => return binascii::import_base64(vm),
        "struct" => return r#struct::import(vm),
        "datetime" => return crate::import::source_module(vm, name, include_str!("modules/datetime.py"), &[]),
        "abc" => return crate::import::source_module(vm, name, include_str!("modules/abc.py"), &[]),
        "hashlib" => return hashlib::import(vm),
        "enum" => return crate::import::source_module(vm, name, include_str!("modules/enum.py"), &[]),
        "pprint" => return crate::import::source_module(vm, name, include_str!("modules/pprint.py"), &[]),
        "logging" => return logging::import(vm),
        // CPython's submodules of `logging` are not there (their handlers
        // write files, sockets and queues across threads).
        "logging.handlers" | "logging.config" => {
            return Err(args::error(
                ExcKind::NotImplementedError,
                format!("'{name}' is not supported by Rumba"),
            ))
        }
        "binascii" => binascii::attrs(vm),
        "re" => return re::import(vm),
        "os" => return os::import_os(vm),
        "os.path" | "posixpath" => return os::import_posixpath(vm),
        "pathlib" => return os::import_pathlib(vm),
        "unittest" => {
            return crate::import::source_module(
                vm,
                name,
                include_str!("modules/unittest.py"),
                &[("_main_items", doctest::main_items)],
            )
        }
        "argparse" => return crate::import::source_module(vm, name, include_str!("modules/argparse.py"), &[]),
        "textwrap" => return crate::import::source_module(vm, name, include_str!("modules/textwrap.py"), &[]),
        "multiprocessing" => {
            return crate::import::source_module(vm, name, include_str!("modules/multiprocessing.py"), &[])
        }
        "threading" => return crate::import::source_module(vm, name, include_str!("modules/threading.py"), &[]),
        // A package of one module here.
        "concurrent" => return crate::import::source_module(vm, name, "", &[]),
        "concurrent.futures" => {
            return crate::import::source_module(vm, name, include_str!("modules/concurrent_futures.py"), &[])
        }
        "stat" => return crate::import::source_module(vm, name, include_str!("modules/stat.py"), &[]),
        "json" => json::attrs(vm),
        "statistics" => statistics::attrs(vm),
        "string" => return crate::import::source_module(vm, name, include_str!("modules/string.py"), &[]),
        "types" => return crate::import::source_module(vm, name, include_str!("modules/types.py"), &[]),
        "cmath" => {
            return crate::import::source_module(vm, name, include_str!("modules/cmath.py"), &[("_c_hypot", c_hypot)])
        }
        "sys" => sys_attrs(vm),
        "time" => time_attrs(vm),
        "numba" => crate::numba::attrs(vm),
        "numba.core" => crate::numba::core_attrs(vm),
        "numba.core.errors" => crate::numba::errors_attrs(vm),
        "numba.types" | "numba.core.types" => crate::numba::types_attrs(vm),
        "typing" => crate::typing::typing_attrs(vm),
        "__future__" => crate::typing::future_attrs(vm),
        _ if cpython_names::CPYTHON_ONLY.contains(&name) => {
            return Err(args::error(
                ExcKind::NotImplementedError,
                format!("'{name}' is not supported by Rumba"),
            ))
        }
        _ => {
            return Err(args::error(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ))
        }
    };
    Ok(add_module(vm, name, attrs))
}

/// Names CPython 3.11's modules have and Rumba's do not: reading one is
/// `NotImplementedError` naming it (the program is not wrong), where any
/// other missing name is CPython's `AttributeError`.
const CPYTHON_ONLY_ATTRS: &[(&str, &[&str])] = &[
    ("math", &["cbrt", "gamma", "lgamma"]),
    // What would reach the host's processes, users or terminal.
    (
        "os",
        &[
            "getpid",
            "getppid",
            "system",
            "popen",
            "fork",
            "kill",
            "execv",
            "execvp",
            "spawnv",
            "getuid",
            "getgid",
            "getlogin",
            "uname",
            "putenv",
            "unsetenv",
            "open",
            "read",
            "write",
            "close",
            "pipe",
            "dup",
            "dup2",
            "get_terminal_size",
            "times",
            "nice",
            "umask",
            "getloadavg",
            "startfile",
            "waitpid",
            "setsid",
            "sched_getaffinity",
        ],
    ),
    // The type of `sys.stdout` and of files `open()` gives, by its name.
    (
        "_io.TextIOWrapper",
        &[
            "buffer",
            "detach",
            "errors",
            "fileno",
            "isatty",
            "line_buffering",
            "newlines",
            "reconfigure",
            "truncate",
            "write_through",
            "writelines",
        ],
    ),
    ("io", &["FileIO", "IOBase", "TextIOBase"]),
    (
        "collections",
        &["ChainMap", "UserDict", "UserList", "UserString", "abc"],
    ),
    ("functools", &["reduce_ex"]),
    (
        "random",
        &[
            "SystemRandom",
            "betavariate",
            "gammavariate",
            "getstate",
            "lognormvariate",
            "paretovariate",
            "setstate",
            "vonmisesvariate",
            "weibullvariate",
        ],
    ),
    (
        "operator",
        &[
            "countOf",
            "iadd",
            "iand",
            "iconcat",
            "ifloordiv",
            "ilshift",
            "imatmul",
            "imod",
            "imul",
            "indexOf",
            "ior",
            "ipow",
            "irshift",
            "isub",
            "itruediv",
            "ixor",
            "length_hint",
            "matmul",
        ],
    ),
    ("string", &["Formatter"]),
    ("copy", &["Error", "error"]),
    (
        "statistics",
        &[
            "NormalDist",
            "correlation",
            "covariance",
            "geometric_mean",
            "harmonic_mean",
            "linear_regression",
            "median_grouped",
        ],
    ),
    (
        "json",
        &[
            "JSONDecoder",
            "JSONEncoder",
            "decoder",
            "encoder",
            "scanner",
            "detect_encoding",
        ],
    ),
    (
        "sys",
        &[
            "path",
            "version",
            "platform",
            "modules",
            "getsizeof",
            "executable",
            "set_int_max_str_digits",
            "get_int_max_str_digits",
        ],
    ),
    (
        "time",
        &[
            "strftime",
            "localtime",
            "gmtime",
            "ctime",
            "asctime",
            "mktime",
            "strptime",
        ],
    ),
];

/// The error for `module.name` (or `instance.name`, `module` then its
/// class's name) where Rumba lacks the name.
pub(crate) fn missing_attr(module: &str, name: &str) -> Option<crate::error::RawError> {
    let (_, names) = CPYTHON_ONLY_ATTRS.iter().find(|(m, _)| *m == module)?;
    names.contains(&name).then(|| {
        crate::error::RawError::new(
            ExcKind::NotImplementedError,
            format!("'{module}.{name}' is not supported by Rumba"),
        )
    })
}

/// Makes a module of these attributes and keeps it as the one `import
/// name` gives from now on.
pub fn add_module<S: AsRef<str>>(vm: &mut Vm, name: &str, attrs: Vec<(S, Value)>) -> Value {
    // The module's shape: its attribute names, in order, from the root.
    let mut shape = Shapes::ROOT;
    let mut slots = Vec::with_capacity(attrs.len());
    for (attr, value) in attrs {
        let attr = vm.heap.intern(attr.as_ref());
        shape = vm.shapes.with_attr(shape, attr);
        slots.push(value);
    }
    let module_name = vm.heap.intern(name);
    let module = Value::Obj(vm.heap.alloc(ModuleObj::new(module_name, shape, slots)));
    vm.modules.insert(name.into(), module);
    module
}

/// `from name import *` at module level, in the module of namespace
/// `ns`: every name in the module's `__all__`, or else every attribute not
/// starting with `_`, becomes a global of the same name.
pub fn import_star(vm: &mut Vm, module: Value, ns: u32) -> Result<(), PyError> {
    let attrs: Vec<(String, Value)> = match module.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Module(m)) if m.script_namespace().is_some() => script_public_names(vm, module, m.namespace)?,
        Some(Obj::Module(m)) => vm
            .shapes
            .names(m.shape())
            .iter()
            .zip(&m.slots)
            .filter_map(|(name, v)| {
                let name = vm.heap.str_obj(*name)?.as_str();
                (!name.starts_with('_')).then(|| (name.to_string(), *v))
            })
            .collect(),
        _ => Vec::new(),
    };
    for (name, v) in attrs {
        vm.set_global_in(ns, &name, v);
    }
    Ok(())
}

/// What `from m import *` takes from a script's module: the names its
/// `__all__` lists (each must exist), else its globals not starting
/// with `_`.
fn script_public_names(vm: &mut Vm, module: Value, ns: u32) -> Result<Vec<(String, Value)>, PyError> {
    let Some(all) = vm.get_global_in(ns, "__all__") else {
        let items = vm.namespace_items(ns).into_iter();
        return Ok(items
            .filter(|(name, _)| !name.starts_with('_'))
            .map(|(name, v)| (name.to_string(), v))
            .collect());
    };
    let names = args::with_roots(vm, &[all], |vm| vm.collect_iterable(all))?;
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let Some(text) = vm.as_str(name).map(str::to_string) else {
            let module = vm
                .get_global_in(ns, "__name__")
                .and_then(|n| vm.as_str(n))
                .unwrap_or("?");
            return Err(args::error(
                ExcKind::TypeError,
                format!("Item in {module}.__all__ must be str, not {}", vm.type_name(name)),
            ));
        };
        let v = vm.get_attr(module, &text)?;
        out.push((text, v));
    }
    Ok(out)
}

/// A module attribute holding a native function.
fn function(vm: &mut Vm, name: &'static str, func: NativeFnPtr) -> (&'static str, Value) {
    (name, Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func }))))
}

// ---- sys ----------------------------------------------------------------

/// At the start of a run: `sys.argv` holds the host's arguments again
/// (`Engine::set_argv` after an earlier run imported `sys`, or a run that
/// changed the list). The list stays the same object, refilled, so a
/// compiled trace that took `sys.argv` as a constant stays right.
pub(crate) fn reset_argv(vm: &mut Vm) {
    let Some(&sys) = vm.modules.get("sys") else { return };
    let argv = match sys.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Module(m)) => {
            let names = vm.shapes.names(m.shape());
            let at = names
                .iter()
                .position(|n| vm.heap.str_obj(*n).is_some_and(|s| s.as_str() == "argv"));
            at.and_then(|i| m.slots.get(i).copied())
        }
        _ => None,
    };
    let Some(list) = argv.and_then(|v| v.as_obj()) else {
        return;
    };
    let items: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    vm.heap.with_list(list, |l| l.replace(items));
}

fn sys_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    // Making them can only fail at the heap limit, which the import's
    // next safe point reports anyway.
    let [stdin, stdout, stderr] =
        args::with_roots(vm, &[argv], crate::host_io::standard_streams).unwrap_or([Value::None; 3]);
    let numbers = args::with_roots(vm, &[argv, stdin, stdout, stderr], sys_numbers).unwrap_or_default();
    let mut attrs = vec![
        ("argv", argv),
        ("stdin", stdin),
        ("stdout", stdout),
        ("stderr", stderr),
        ("maxsize", Value::Int(i64::MAX)),
        function(vm, "exit", sys_exit),
        function(vm, "getrecursionlimit", getrecursionlimit),
        function(vm, "setrecursionlimit", setrecursionlimit),
        function(vm, "get_int_max_str_digits", get_int_max_str_digits),
        function(vm, "set_int_max_str_digits", set_int_max_str_digits),
        function(vm, "intern", intern),
    ];
    attrs.extend(numbers);
    attrs
}

/// `sys.version_info` (the CPython whose meaning Rumba follows, and whose
/// output its tests compare with: 3.11.7), `sys.float_info` and
/// `sys.byteorder`. Failing only at the heap limit, when they are left
/// out and the import's next safe point reports it.
fn sys_numbers(vm: &mut Vm) -> Result<Vec<(&'static str, Value)>, PyError> {
    use collections::namedtuple::struct_sequence;
    let level = vm.new_str("final");
    let version = struct_sequence(
        vm,
        "sys",
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        &[Value::Int(3), Value::Int(11), Value::Int(7), level, Value::Int(0)],
    )?;
    let float_info = args::with_roots(vm, &[version], |vm| {
        struct_sequence(
            vm,
            "sys",
            "sys.float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            &[
                Value::Float(f64::MAX),
                Value::Int(f64::MAX_EXP as i64),
                Value::Int(f64::MAX_10_EXP as i64),
                Value::Float(f64::MIN_POSITIVE),
                Value::Int(f64::MIN_EXP as i64),
                Value::Int(f64::MIN_10_EXP as i64),
                Value::Int(f64::DIGITS as i64),
                Value::Int(f64::MANTISSA_DIGITS as i64),
                Value::Float(f64::EPSILON),
                Value::Int(2),
                Value::Int(1),
            ],
        )
    })?;
    let byteorder = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    Ok(vec![
        ("version_info", version),
        ("float_info", float_info),
        ("byteorder", byteorder),
    ])
}

/// `sys.intern(s)`: the one str of the heap's interned table with this
/// text, so equal interned strs are the same object.
fn intern(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let s = args::exactly_one("intern", args, kwargs)?;
    let Some(text) = vm.as_str_rc(s) else {
        return Err(args::error(
            ExcKind::TypeError,
            format!("intern() argument must be str, not {}", vm.type_name(s)),
        ));
    };
    vm.room_for_bytes(text.len())?;
    Ok(Value::Obj(vm.heap.intern(&text)))
}

/// `sys.getrecursionlimit()`: the deepest call nesting allowed.
fn getrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("sys.getrecursionlimit", args, kwargs)?;
    Ok(Value::Int(vm.limits.max_frames as i64))
}

/// `sys.setrecursionlimit(limit)`. Raising it is safe for the host: script
/// frames live on the VM's stacks, whose growth the heap limit bounds
/// (`Vm::grow_stacks`); but never past a limit the host set
/// (`Limits::frames_ceiling`), which the script cannot lift. The depth in
/// the "too low" message counts the frames and this call, as CPython
/// 3.11's does.
fn setrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let limit = args::exactly_one("sys.setrecursionlimit", args, kwargs)?;
    let limit = args::index_arg(vm, limit)?;
    if limit < 1 {
        return Err(args::error(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.frames.len() as i64 + 1;
    if limit <= depth {
        return Err(args::error(
            ExcKind::RecursionError,
            format!("cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.limits.max_frames = usize::try_from(limit)
        .unwrap_or(usize::MAX)
        .min(vm.limits.frames_ceiling);
    Ok(Value::None)
}

/// `sys.get_int_max_str_digits()`: the decimal digit limit of int/str
/// conversion (0: none).
fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("get_int_max_str_digits", kwargs)?;
    args::count("get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0, or more than CPython's
/// threshold of 640.
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let [maxdigits] = args::bind_required("set_int_max_str_digits", args, kwargs, ["maxdigits"], 1)?;
    let n = args::index_arg(vm, maxdigits.unwrap_or(Value::None))?;
    let threshold = crate::format::bigint::STR_DIGITS_CHECK_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(args::error(
            ExcKind::ValueError,
            format!("maxdigits must be 0 or larger than {threshold}"),
        ));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

/// `sys.exit(code=None)`, also the built-ins `exit` and `quit`: raises
/// SystemExit. None exits with status 0, an
/// int with itself; anything else is printed (by the host, to stderr)
/// and exits with status 1, as CPython does.
pub(crate) fn sys_exit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("exit", kwargs)?;
    args::count("exit", args, 0, 1)?;
    let mut exit = args::error(ExcKind::SystemExit, "");
    // What a handler gets: `SystemExit(code)`, its `code` the argument.
    if let Some(made) = vm.exception_instance(ExcKind::SystemExit, args) {
        let code = args.first().copied().unwrap_or(Value::None);
        let name = vm.heap.intern("code");
        vm.set_attr(made, name, code)?;
        exit.value = Some(crate::error::ExcObject(made));
    }
    match args.first().copied().unwrap_or(Value::None) {
        Value::None => exit.exit_status = 0,
        code => match code.as_index() {
            // The status the process exits with: C's `exit` keeps the low
            // byte of the int CPython passes it (`sys.exit(-1)` is 255,
            // `sys.exit(256)` is 0).
            Some(status) => exit.exit_status = (status as i32) & 0xff,
            None => {
                exit.exit_status = 1;
                exit.msg = vm.str_of(code)?;
            }
        },
    }
    Err(exit)
}

// ---- gc -----------------------------------------------------------------

fn request_collection(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("gc.collect", args, kwargs)?;
    vm.heap.request_collection();
    Ok(Value::None)
}

/// `cmath`'s `hypot`: the C library's, which CPython's cmath calls (the
/// `math.hypot` scripts see is CPython's own algorithm, a bit apart).
fn c_hypot(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("hypot", kwargs)?;
    args::count("hypot", args, 2, 2)?;
    let x = args::real_arg(vm, args[0])?;
    let y = args::real_arg(vm, args[1])?;
    Ok(Value::Float(x.hypot(y)))
}

// ---- time ---------------------------------------------------------------

fn time_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        function(vm, "perf_counter", perf_counter),
        function(vm, "perf_counter_ns", perf_counter_ns),
        function(vm, "monotonic", monotonic),
        function(vm, "process_time", process_time),
        function(vm, "time", time),
        function(vm, "time_ns", time_ns),
        function(vm, "sleep", sleep),
    ]
}

/// Longest wait between two checks of the interrupt flag while sleeping.
const SLEEP_SLICE: std::time::Duration = std::time::Duration::from_millis(10);

/// `time.sleep(secs)`: waits in slices of at most `SLEEP_SLICE`, charging
/// a tick per microsecond waited (about what a microsecond of work
/// costs), so the host's interrupt (and with it `--timeout`) ends a long
/// sleep within a slice, and a budget bounds sleeping as it bounds work.
fn sleep(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("sleep", kwargs)?;
    args::count("sleep", args, 1, 1)?;
    let (secs, is_float) = match args[0] {
        Value::Int(i) => (i as f64, false),
        Value::Bool(b) => (b as u8 as f64, false),
        Value::Float(f) => (f, true),
        v if vm.int_to_f64(v).is_some() => (f64::INFINITY, false),
        v => {
            return Err(RawError::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
            .into())
        }
    };
    if secs.is_nan() {
        return Err(RawError::new(ExcKind::ValueError, "Invalid value NaN (not a number)").into());
    }
    // CPython keeps times as 64-bit nanosecond counts, and says so in
    // one way for an int and in another for a float.
    if (secs * 1e9).abs() >= 9.223_372_036_854_775e18 {
        let why = match is_float {
            true => "timestamp out of range for platform time_t",
            false => "timestamp too large to convert to C _PyTime_t",
        };
        return Err(RawError::new(ExcKind::OverflowError, why).into());
    }
    if secs < 0.0 {
        return Err(RawError::new(ExcKind::ValueError, "sleep length must be non-negative").into());
    }
    let end = Instant::now() + std::time::Duration::from_secs_f64(secs);
    loop {
        vm.check_budget_and_interrupt()?;
        let now = Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        let slice = (end - now).min(SLEEP_SLICE);
        std::thread::sleep(slice);
        vm.charge(slice.as_micros().max(1) as u64)?;
    }
}

/// Seconds on a monotonic clock from a fixed point in this process (the
/// reference point of `perf_counter` is unspecified in Python too).
fn monotonic_seconds() -> std::time::Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn perf_counter(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("time.perf_counter", args, kwargs)?;
    Ok(Value::Float(monotonic_seconds().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("time.perf_counter_ns", args, kwargs)?;
    Ok(Value::Int(monotonic_seconds().as_nanos() as i64))
}

fn monotonic(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("time.monotonic", args, kwargs)?;
    Ok(Value::Float(monotonic_seconds().as_secs_f64()))
}

/// CPU time is not available without platform calls; the monotonic clock
/// stands in (they agree for a single-threaded script that does not wait).
fn process_time(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("time.process_time", args, kwargs)?;
    Ok(Value::Float(monotonic_seconds().as_secs_f64()))
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("time.time", args, kwargs)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("time.time_ns", args, kwargs)?;
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::testing::{new_vm, s, settled, shown};

    /// Calls `module.name(*args)`.
    fn call(vm: &mut Vm, module: &str, name: &str, args: &[Value]) -> String {
        let m = import(vm, module).unwrap();
        let f = vm.get_attr(m, name).unwrap();
        let result = vm.call_value(f, args);
        let result = settled(vm, result);
        shown(vm, result)
    }

    #[test]
    fn modules_are_created_once() {
        let (mut vm, _) = new_vm();
        let a = import(&mut vm, "math").unwrap();
        let b = import(&mut vm, "math").unwrap();
        assert!(a.is(b));
        assert_eq!(
            import(&mut vm, "tkinter").unwrap_err().last_line(),
            "NotImplementedError: 'tkinter' is not supported by Rumba"
        );
        assert_eq!(
            import(&mut vm, "no_such_module").unwrap_err().last_line(),
            "ModuleNotFoundError: No module named 'no_such_module'"
        );
    }

    #[test]
    fn sys_exit_statuses() {
        let (mut vm, _) = new_vm();
        let exit = |vm: &mut Vm, args: &[Value]| sys_exit(vm, args, &[]).unwrap_err();
        assert_eq!(exit(&mut vm, &[]).exit_status, 0);
        assert_eq!(exit(&mut vm, &[Value::Int(3)]).exit_status, 3);
        let msg = s(&mut vm, "bye");
        let e = exit(&mut vm, &[msg]);
        assert_eq!((e.kind, e.exit_status, e.msg.as_str()), (ExcKind::SystemExit, 1, "bye"));
        vm.argv = vec!["prog.py".into(), "x".into()];
        let sys = import(&mut vm, "sys").unwrap();
        let argv = vm.get_attr(sys, "argv").unwrap();
        assert_eq!(vm.repr(argv).unwrap(), "['prog.py', 'x']");
    }

    #[test]
    fn math_results_and_errors() {
        let (mut vm, _) = new_vm();
        assert_eq!(
            call(&mut vm, "math", "sqrt", &[Value::Int(-1)]),
            "ValueError: math domain error"
        );
        assert_eq!(
            call(&mut vm, "math", "exp", &[Value::Int(1000)]),
            "OverflowError: math range error"
        );
        assert_eq!(
            call(&mut vm, "math", "log", &[Value::Int(0)]),
            "ValueError: math domain error"
        );
        assert_eq!(call(&mut vm, "math", "log", &[Value::Int(8), Value::Int(2)]), "3.0");
        assert_eq!(
            call(&mut vm, "math", "log", &[Value::Int(1), Value::Int(1)]),
            "ZeroDivisionError: float division by zero"
        );
        assert_eq!(
            call(&mut vm, "math", "log", &[]),
            "TypeError: math.log requires 1 to 2 arguments"
        );
        assert_eq!(
            call(&mut vm, "math", "pow", &[Value::Int(0), Value::Int(-1)]),
            "ValueError: math domain error"
        );
        assert_eq!(
            call(&mut vm, "math", "pow", &[Value::Int(10), Value::Int(400)]),
            "OverflowError: math range error"
        );
        assert_eq!(call(&mut vm, "math", "floor", &[Value::Float(-2.5)]), "-3");
        assert_eq!(call(&mut vm, "math", "ceil", &[Value::Bool(true)]), "1");
        let a = s(&mut vm, "a");
        assert_eq!(
            call(&mut vm, "math", "sqrt", &[a]),
            "TypeError: must be real number, not str"
        );
        assert_eq!(
            call(&mut vm, "math", "trunc", &[a]),
            "TypeError: type str doesn't define __trunc__ method"
        );
        assert_eq!(
            call(&mut vm, "math", "sqrt", &[]),
            "TypeError: math.sqrt() takes exactly one argument (0 given)"
        );
        assert_eq!(
            call(&mut vm, "math", "atan2", &[Value::Int(1)]),
            "TypeError: atan2 expected 2 arguments, got 1"
        );
        assert_eq!(
            call(&mut vm, "math", "factorial", &[Value::Int(20)]),
            "2432902008176640000"
        );
        assert_eq!(
            call(&mut vm, "math", "factorial", &[Value::Int(21)]),
            "51090942171709440000"
        );
        assert_eq!(
            call(
                &mut vm,
                "math",
                "gcd",
                &[Value::Int(12), Value::Int(-18), Value::Int(8)]
            ),
            "2"
        );
        assert_eq!(call(&mut vm, "math", "isqrt", &[Value::Int(i64::MAX)]), "3037000499");
        assert_eq!(
            call(&mut vm, "math", "comb", &[Value::Int(62), Value::Int(31)]),
            "465428353255261088"
        );
        assert_eq!(
            call(&mut vm, "math", "comb", &[Value::Int(68), Value::Int(34)]),
            "28453041475240576740"
        );
        assert_eq!(
            call(&mut vm, "math", "fmod", &[Value::Int(1), Value::Int(0)]),
            "ValueError: math domain error"
        );
        assert_eq!(
            call(&mut vm, "math", "copysign", &[Value::Int(3), Value::Float(-0.0)]),
            "-3.0"
        );
    }
}
