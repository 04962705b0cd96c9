//! `os`, `os.path` (`posixpath`) and `pathlib`: paths as text, and the
//! host's file system read, never written.
//!
//! The modules a script sees are Python (`os.py`, `posixpath.py`,
//! `pathlib.py`) over five natives: `_native_stat(path, follow)`,
//! `_native_listdir(path)`, `_native_getcwd()`,
//! `_native_files_allowed()` and `_native_urandom(n)`. Each asks the host's
//! permission first, as `open()` does (`Vm::allow_files`): an embedded
//! engine that was not given file access cannot learn what the host's
//! disk holds, not even whether a file exists. Writing (`mkdir`,
//! `remove`, `Path.write_text`, ...) is refused with `NotImplementedError`.
//! The host's environment and process are not a script's to see:
//! `os.environ` is empty and `os.cpu_count()` is 1, the one thread a
//! script runs on.

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::host_io::{check_files_allowed, os_error};
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn import_os(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(
        vm,
        "os",
        include_str!("os.py"),
        &[
            ("_native_stat", stat),
            ("_native_listdir", listdir),
            ("_native_getcwd", getcwd),
            ("_native_files_allowed", files_allowed),
            ("_native_urandom", urandom),
        ],
    )
}

/// `os.path` is `posixpath`, under both names.
pub(super) fn import_posixpath(vm: &mut Vm) -> Result<Value, PyError> {
    if let Some(&module) = vm.modules.get("posixpath") {
        return Ok(module);
    }
    let module = crate::import::source_module(vm, "posixpath", include_str!("posixpath.py"), &[])?;
    vm.modules.insert("os.path".into(), module);
    Ok(module)
}

pub(super) fn import_pathlib(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(vm, "pathlib", include_str!("pathlib.py"), &[])
}

fn path_arg(vm: &Vm, name: &str, v: Value) -> Result<String, PyError> {
    match vm.as_str(v) {
        Some(path) => Ok(path.to_string()),
        None => Err(args::error(
            ExcKind::TypeError,
            format!(
                "{name}: path should be string, bytes or os.PathLike, not {}",
                vm.type_name(v)
            ),
        )),
    }
}

/// `_native_stat(path, follow)`: the ten fields of CPython's
/// `os.stat_result` as a tuple (`st_mode st_ino st_dev st_nlink st_uid
/// st_gid st_size st_atime st_mtime st_ctime`, the times as floats).
fn stat(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("stat", kwargs)?;
    args::count("stat", args, 2, 2)?;
    check_files_allowed(vm, "os.stat()")?;
    let path = path_arg(vm, "stat", args[0])?;
    let follow = vm.truthy(args[1]);
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    let meta = meta.map_err(|e| os_error(&e, &path))?;
    let fields = stat_fields(&meta);
    Ok(vm.new_tuple(fields))
}

#[cfg(unix)]
fn stat_fields(meta: &std::fs::Metadata) -> [Value; 10] {
    use std::os::unix::fs::MetadataExt;
    let time = |secs: i64, nanos: i64| Value::Float(secs as f64 + nanos as f64 * 1e-9);
    let int = |n: u64| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    [
        int(u64::from(meta.mode())),
        int(meta.ino()),
        int(meta.dev()),
        int(meta.nlink()),
        int(u64::from(meta.uid())),
        int(u64::from(meta.gid())),
        int(meta.size()),
        time(meta.atime(), meta.atime_nsec()),
        time(meta.mtime(), meta.mtime_nsec()),
        time(meta.ctime(), meta.ctime_nsec()),
    ]
}

#[cfg(not(unix))]
fn stat_fields(meta: &std::fs::Metadata) -> [Value; 10] {
    let mode = if meta.is_dir() { 0o040755 } else { 0o100644 };
    let secs = |t: std::io::Result<std::time::SystemTime>| {
        let t = t.ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
        Value::Float(t.map_or(0.0, |d| d.as_secs_f64()))
    };
    [
        Value::Int(mode),
        Value::Int(0),
        Value::Int(0),
        Value::Int(1),
        Value::Int(0),
        Value::Int(0),
        Value::Int(i64::try_from(meta.len()).unwrap_or(i64::MAX)),
        secs(meta.accessed()),
        secs(meta.modified()),
        secs(meta.modified()),
    ]
}

/// `_native_listdir(path)`: the names in a directory, in the order the
/// file system gives them (CPython's order too), each charged a tick and
/// held against the heap limit.
fn listdir(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("listdir", kwargs)?;
    let path = args::exactly_one("listdir", args, &[])?;
    check_files_allowed(vm, "os.listdir()")?;
    let path = path_arg(vm, "listdir", path)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(&e, &path))?;
    let list = vm.new_list(Vec::new());
    args::with_roots(vm, &[list], |vm| {
        for entry in entries {
            let entry = entry.map_err(|e| os_error(&e, &path))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            vm.charge(1)?;
            vm.room_for_bytes(name.len())?;
            let name = vm.new_str(name);
            vm.heap.append(list.as_obj().expect("a list"), name)?;
        }
        Ok(list)
    })
}

/// `_native_getcwd()`: the host process's working directory.
fn getcwd(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("getcwd", args, kwargs)?;
    check_files_allowed(vm, "os.getcwd()")?;
    let dir = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(vm.new_str(&*dir.to_string_lossy()))
}

/// `_native_files_allowed()`: whether the host gave file access, so that
/// `os.path.exists` and its kind answer False for a missing file but
/// pass the host's refusal on.
fn files_allowed(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_args("files_allowed", args, kwargs)?;
    Ok(Value::Bool(crate::host_io::files_allowed(vm)))
}

/// `_native_urandom(n)`: `n` unpredictable bytes (`os.urandom`). They come
/// from SipHash keyed by the operating system's randomness (what
/// `RandomState` draws for each hasher), over a counter: they reveal
/// nothing of the host, and are as unpredictable as those keys.
fn urandom(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    use std::hash::{BuildHasher, Hasher};
    let n = args::exactly_one("urandom", args, kwargs)?;
    let n = args::index_arg(vm, n)?;
    let Ok(n) = usize::try_from(n) else {
        return Err(args::error(ExcKind::ValueError, "negative argument not allowed"));
    };
    vm.room_for_bytes(n)?;
    vm.charge_bytes(n)?;
    let keys = std::collections::hash_map::RandomState::new();
    let mut out = Vec::with_capacity(n);
    let mut counter = 0u64;
    while out.len() < n {
        let mut hasher = keys.build_hasher();
        hasher.write_u64(counter);
        counter += 1;
        let word = hasher.finish().to_le_bytes();
        let take = (n - out.len()).min(8);
        out.extend_from_slice(&word[..take]);
    }
    Ok(vm.new_bytes(out, false))
}
