//! `numba`: `jit` and `njit` as Numba 0.68 has them, with its type
//! objects, `prange` and its exception classes.
//!
//! `@njit` (and `@jit`, the same since Numba 0.59) makes a *dispatcher*: a
//! copy of the function marked strict (`FunctionObj::numba`), callable
//! everywhere a function is and run exactly as the function (the tracing
//! JIT compiles it when hot), whose original is `f.py_func`. At the first
//! call with a tuple of argument types (where Numba compiles), the
//! function is checked for those types (`typing`), and what Numba's
//! nopython mode refuses raises Numba's error with Numba's message:
//! `numba.core.errors.TypingError: Failed in nopython mode pipeline (step:
//! nopython frontend)`, the reason, and the file, line and source as Numba
//! prints them. A signature (`@njit("f8(f8)")`, `@njit(float64(float64))`)
//! checks at once, for its types, as Numba compiles eagerly.
//! `@jit(forceobj=True)` and `@jit(nopython=False)` are lenient: the
//! function runs unchecked, as Numba's object mode runs anything.

pub mod typing;

use std::collections::HashSet;
use std::rc::Rc;

use crate::builtins::args;
use crate::bytecode::{CodeId, CodeObject};
use crate::error::{ExcKind, ExcObject, PyError, RawError};
use crate::heap::ObjRef;
use crate::modules::native_class::{field, init_state, make_class_in, receiver};
use crate::native::{KwArg, NativeFn, NativeFnPtr, NativeResult};
use crate::object::{ClassObj, FunctionObj, InstanceObj, NativeObj, Obj, ObjMut, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

use typing::{Callee, Global, Refusal, Ty};

/// What `numba.njit`/`numba.jit` made of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[repr(u8)]
pub enum NumbaMode {
    /// Any other function.
    #[default]
    Plain,
    /// Nopython mode: checked at the first call with each tuple of
    /// argument types.
    Strict,
    /// Object mode (`forceobj=True`, `nopython=False`): never refused.
    Lenient,
    /// Nopython mode with signatures, checked for them when decorated.
    Compiled,
}

/// The VM's Numba state: which (code, argument types) passed the check,
/// and the classes the module made.
#[derive(Default)]
pub struct State {
    checked: HashSet<(CodeId, u64)>,
    classes: Option<Classes>,
}

/// The classes of the numba modules (reachable from the modules, which
/// are roots: kept here to be found without a lookup).
#[derive(Clone, Copy)]
struct Classes {
    typing_error: ObjRef,
    unsupported_error: ObjRef,
    compiler_error: ObjRef,
    bytecode_error: ObjRef,
    factory: ObjRef,
    ty: ObjRef,
    signature: ObjRef,
}

// ---- the modules ----------------------------------------------------------

/// The `numba` module's attributes.
pub(crate) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let core = crate::modules::import(vm, "numba.core").unwrap_or(Value::None);
    let types = crate::modules::import(vm, "numba.types").unwrap_or(Value::None);
    let classes = classes(vm);
    // `prange` is `range`: a `parallel=True` loop runs serially.
    let prange = vm.type_object(TypeKind::Range);
    let mut attrs = vec![
        function(vm, "jit", jit),
        function(vm, "njit", njit),
        ("prange", prange),
        ("core", core),
        ("types", types),
        ("TypingError", Value::Obj(classes.typing_error)),
        function(vm, "typeof", typeof_),
    ];
    attrs.extend(type_objects(vm, classes.ty));
    attrs
}

/// `numba.core`: its `errors` module.
pub(crate) fn core_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let errors = crate::modules::import(vm, "numba.core.errors").unwrap_or(Value::None);
    let types = crate::modules::import(vm, "numba.types").unwrap_or(Value::None);
    vec![("errors", errors), ("types", types)]
}

/// `numba.core.errors`: the exception classes.
pub(crate) fn errors_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let c = classes(vm);
    let numba_error = base_of(vm, c.typing_error);
    vec![
        ("NumbaError", numba_error),
        ("TypingError", Value::Obj(c.typing_error)),
        ("UnsupportedError", Value::Obj(c.unsupported_error)),
        ("CompilerError", Value::Obj(c.compiler_error)),
        ("UnsupportedBytecodeError", Value::Obj(c.bytecode_error)),
    ]
}

/// `numba.types`: the type objects.
pub(crate) fn types_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let c = classes(vm);
    type_objects(vm, c.ty)
}

fn function(vm: &mut Vm, name: &'static str, func: NativeFnPtr) -> (&'static str, Value) {
    (name, Value::Obj(vm.heap.alloc(NativeObj::new(NativeFn { name, func }))))
}

fn base_of(vm: &Vm, class: ObjRef) -> Value {
    match vm.heap.get(class) {
        Obj::Class(c) => c.mro.get(1).map_or(Value::None, |b| Value::Obj(*b)),
        _ => Value::None,
    }
}

/// The classes, made the first time they are asked for.
fn classes(vm: &mut Vm) -> Classes {
    if let Some(c) = vm.numba.classes {
        return c;
    }
    let exception = vm
        .exception_classes
        .iter()
        .find(|(_, k)| *k == Some(ExcKind::Exception))
        .expect("the exception classes")
        .0;
    let numba_error = exception_class(vm, "NumbaError", exception);
    let typing_error = exception_class(vm, "TypingError", numba_error);
    let unsupported_error = exception_class(vm, "UnsupportedError", numba_error);
    let compiler_error = exception_class(vm, "CompilerError", numba_error);
    let bytecode_error = exception_class(vm, "UnsupportedBytecodeError", exception);
    let factory = make_class_in(
        vm,
        "numba.core.decorators",
        "_jit_decorator",
        &[("__init__", factory_init), ("__call__", factory_call)],
        &[],
    );
    let ty = make_class_in(
        vm,
        "numba.core.types",
        "Type",
        &[
            ("__init__", type_init),
            ("__repr__", type_repr),
            ("__call__", type_call),
            ("__getitem__", type_getitem),
        ],
        &[],
    );
    let signature = make_class_in(
        vm,
        "numba.core.typing.templates",
        "Signature",
        &[("__init__", signature_init), ("__repr__", signature_repr)],
        &[],
    );
    let obj = |v: Value| v.as_obj().expect("a class");
    let c = Classes {
        typing_error,
        unsupported_error,
        compiler_error,
        bytecode_error,
        factory: obj(factory),
        ty: obj(ty),
        signature: obj(signature),
    };
    vm.numba.classes = Some(c);
    // Rooted: the collector reaches them through these module slots only
    // once the modules exist, so until then they are kept here.
    for v in [
        numba_error,
        typing_error,
        unsupported_error,
        compiler_error,
        bytecode_error,
    ] {
        vm.jit_roots.push(Value::Obj(v));
    }
    for v in [factory, ty, signature] {
        vm.jit_roots.push(v);
    }
    c
}

/// An exception class of `numba.core.errors` deriving from `base`.
fn exception_class(vm: &mut Vm, name: &'static str, base: ObjRef) -> ObjRef {
    let dict = vm.new_dict().as_obj().expect("a dict");
    let module = vm.new_str("numba.core.errors");
    let key = Value::Obj(vm.heap.intern("__module__"));
    let _ = vm.dict_set(dict, key, module);
    let bases = vm.heap.new_tuple(&[Value::Obj(base)]);
    let mro: Vec<ObjRef> = vm.mro(base).to_vec();
    let class = vm.heap.alloc(ClassObj::new(name, bases, Vec::new(), dict));
    if let ObjMut::Class(c) = vm.heap.get_mut(class) {
        c.mro.push(class);
        c.mro.extend(mro);
    }
    class
}

// ---- the decorators -----------------------------------------------------

fn jit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    decorate(vm, args, kwargs, false)
}

fn njit(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    decorate(vm, args, kwargs, true)
}

/// `@njit` on a function makes its dispatcher; `@njit(...)` with options
/// or signatures returns the decorator that will.
fn decorate(vm: &mut Vm, args: &[Value], kwargs: &[KwArg], nopython_always: bool) -> NativeResult {
    let mut mode = NumbaMode::Strict;
    if !nopython_always {
        for k in kwargs {
            let on = vm.truthy(k.value);
            match &*k.name {
                "forceobj" if on => mode = NumbaMode::Lenient,
                "nopython" if !on => mode = NumbaMode::Lenient,
                _ => {}
            }
        }
    }
    let (first, sigs) = match args {
        [] => (None, Value::None),
        [f] if is_function(vm, *f) => (Some(*f), Value::None),
        [sigs] => (None, *sigs),
        [sigs, ..] => (None, *sigs),
    };
    if let Some(kw) = kwargs.iter().find(|k| &*k.name == "signature_or_function") {
        if is_function(vm, kw.value) {
            return make_dispatcher(vm, kw.value, mode, Value::None);
        }
    }
    match first {
        Some(f) => make_dispatcher(vm, f, mode, Value::None),
        None => {
            let c = classes(vm);
            let m = Value::Int(mode as i64);
            vm.call_value(Value::Obj(c.factory), &[m, sigs])
        }
    }
}

fn is_function(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Function(_)))
}

fn factory_init(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let [this, mode, sigs] = args else {
        return Err(RawError::type_error("_jit_decorator() takes 2 arguments").into());
    };
    init_state(vm, *this, "_jit_decorator", vec![*mode, *sigs])?;
    Ok(Value::None)
}

/// The decorator `@njit(...)` returned, applied to the function.
fn factory_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, "_jit_decorator")?;
    let f = args::exactly_one("wrapper", rest, kwargs)?;
    let mode = match field(vm, st, 0) {
        Value::Int(1) => NumbaMode::Strict,
        _ => NumbaMode::Lenient,
    };
    let sigs = field(vm, st, 1);
    if !is_function(vm, f) {
        // Numba refuses anything else; a callable passes through.
        return Ok(f);
    }
    make_dispatcher(vm, f, mode, sigs)
}

/// The dispatcher of function `f`: a copy marked with `mode`, whose
/// `py_func` is `f`. With signatures, checked for each at once.
fn make_dispatcher(vm: &mut Vm, f: Value, mode: NumbaMode, sigs: Value) -> NativeResult {
    let Some(Obj::Function(func)) = f.as_obj().map(|r| vm.heap.get(r)) else {
        return Ok(f);
    };
    let mut copy = FunctionObj::new(func.code, func.defaults.clone(), func.cells);
    copy.annotations = func.annotations;
    let code = func.code;
    let signatures = if mode == NumbaMode::Strict {
        parse_signatures(vm, sigs)
    } else {
        Vec::new()
    };
    copy.numba = if signatures.is_empty() {
        mode
    } else {
        NumbaMode::Compiled
    };
    let d = Value::Obj(vm.heap.alloc(copy));
    vm.temp_roots.push(d);
    let attrs = vm.new_dict();
    if let (Some(Value::Obj(dict)), Some(ObjMut::Function(copy))) =
        (Some(attrs), d.as_obj().map(|r| vm.heap.get_mut(r)))
    {
        copy.attrs = Value::Obj(dict);
        let key = Value::Obj(vm.heap.intern("py_func"));
        let _ = vm.dict_set(dict, key, f);
    }
    let mut result = Ok(d);
    let source = vm.code(code).code.clone();
    for sig in signatures {
        if sig.len() != source.locals.nslots_params() {
            continue;
        }
        if let Err(e) = check_types(vm, code, &source, &sig) {
            result = Err(e);
            break;
        }
    }
    vm.temp_roots.pop();
    result
}

/// `numba.typeof(value)`: the Numba type's name.
fn typeof_(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let v = args::exactly_one("typeof", args, kwargs)?;
    let name = match arg_type(vm, v) {
        Ok(Ty::List(t)) => format!("reflected list({})", t.numba_name()),
        Ok(Ty::Tuple(items)) => tuple_name(&items),
        Ok(t) => t.numba_name(),
        Err(_) => {
            return Err(RawError::value_error(format!("cannot determine Numba type of {}", class_text(vm, v))).into())
        }
    };
    Ok(vm.new_str(name))
}

fn tuple_name(items: &[Ty]) -> String {
    let names: Vec<String> = items.iter().map(Ty::numba_name).collect();
    if !names.is_empty() && names.iter().all(|n| *n == names[0]) {
        format!("UniTuple({} x {})", names[0], names.len())
    } else {
        format!("Tuple({})", names.join(", "))
    }
}

// ---- type objects and signatures ------------------------------------------

/// The type objects: each name, the type it stands for (aliases print
/// the canonical name), and its kind for the check.
const TYPES: &[(&str, &str, &str)] = &[
    ("int8", "int8", "int"),
    ("int16", "int16", "int"),
    ("int32", "int32", "int"),
    ("int64", "int64", "int"),
    ("uint8", "uint8", "int"),
    ("uint16", "uint16", "int"),
    ("uint32", "uint32", "int"),
    ("uint64", "uint64", "int"),
    ("intp", "int64", "int"),
    ("uintp", "uint64", "int"),
    ("intc", "int32", "int"),
    ("uintc", "uint32", "int"),
    ("i1", "int8", "int"),
    ("i2", "int16", "int"),
    ("i4", "int32", "int"),
    ("i8", "int64", "int"),
    ("u1", "uint8", "int"),
    ("u2", "uint16", "int"),
    ("u4", "uint32", "int"),
    ("u8", "uint64", "int"),
    ("float32", "float32", "float"),
    ("float64", "float64", "float"),
    ("f4", "float32", "float"),
    ("f8", "float64", "float"),
    ("double", "float64", "float"),
    ("boolean", "bool", "bool"),
    ("bool_", "bool", "bool"),
    ("b1", "bool", "bool"),
    ("complex64", "complex64", "other"),
    ("complex128", "complex128", "other"),
    ("c8", "complex64", "other"),
    ("c16", "complex128", "other"),
    ("void", "none", "none"),
    ("none", "none", "none"),
    ("unicode_type", "unicode_type", "str"),
];

fn type_objects(vm: &mut Vm, class: ObjRef) -> Vec<(&'static str, Value)> {
    let mut out = Vec::with_capacity(TYPES.len());
    for &(name, canonical, kind) in TYPES {
        let t = new_type(vm, class, canonical, kind);
        out.push((name, t));
    }
    out
}

fn new_type(vm: &mut Vm, class: ObjRef, name: &str, kind: &str) -> Value {
    let v = Value::Obj(vm.heap.alloc(InstanceObj::new(class, crate::object::Shapes::ROOT, 1)));
    let name = vm.new_str(name);
    let kind = vm.new_str(kind);
    let _ = init_state(vm, v, "Type", vec![name, kind]);
    v
}

fn type_init(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let [this, name, kind] = args else {
        return Err(RawError::type_error("Type() takes 2 arguments").into());
    };
    init_state(vm, *this, "Type", vec![*name, *kind])?;
    Ok(Value::None)
}

fn type_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "Type")?;
    Ok(field(vm, st, 0))
}

/// `float64(int64)` is a signature; `int64(2.7)` converts a number.
fn type_call(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, "Type")?;
    let c = classes(vm);
    let is_type = |vm: &Vm, v: Value| vm.class_of(v) == Some(c.ty);
    if rest.iter().all(|v| is_type(vm, *v)) && kwargs.is_empty() {
        let t = vm.new_tuple(rest);
        return vm.call_value(Value::Obj(c.signature), &[args[0], t]);
    }
    let kind = vm.as_str_rc(field(vm, st, 1)).unwrap_or_else(|| "".into());
    let v = args::exactly_one("type", rest, kwargs)?;
    let ty = match &*kind {
        "int" => TypeKind::Int,
        "float" => TypeKind::Float,
        "bool" => TypeKind::Bool,
        _ => return Ok(v),
    };
    crate::builtins::call_type(vm, ty, &[v], &[])
}

/// `float64[:]`: an array type.
fn type_getitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, rest) = receiver(vm, args, "Type")?;
    let dims = match rest.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(items)) => items.len(),
        _ => 1,
    };
    let name = vm.as_str_rc(field(vm, st, 0)).unwrap_or_else(|| "?".into());
    let c = classes(vm);
    Ok(new_type(vm, c.ty, &format!("array({name}, {dims}d, A)"), "array"))
}

fn signature_init(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let [this, ret, params] = args else {
        return Err(RawError::type_error("Signature() takes 2 arguments").into());
    };
    init_state(vm, *this, "Signature", vec![*ret, *params])?;
    Ok(Value::None)
}

/// `(float64,) -> float64`, as Numba prints a signature.
fn signature_repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (st, _) = receiver(vm, args, "Signature")?;
    let ret = field(vm, st, 0);
    let params = field(vm, st, 1);
    let ret = vm.repr_of(ret)?;
    let params = vm.repr_of(params)?;
    Ok(vm.new_str(format!("{params} -> {ret}")))
}

/// The argument types of each signature given to `@njit` (strings such
/// as `"f8(f8, i8)"`, signature objects, or a list of them). A signature
/// the parser does not understand is left out (not checked).
fn parse_signatures(vm: &mut Vm, sigs: Value) -> Vec<Vec<Ty>> {
    let items: Vec<Value> = match sigs.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(l)) => l.to_vec(),
        Some(Obj::Tuple(t)) => t.to_vec(),
        None => return Vec::new(),
        _ => vec![sigs],
    };
    let c = classes(vm);
    let mut out = Vec::new();
    for sig in items {
        if let Some(text) = vm.as_str_rc(sig) {
            if let Some(types) = parse_signature_text(&text) {
                out.push(types);
            }
        } else if vm.class_of(sig) == Some(c.signature) {
            let Ok(st) = crate::modules::native_class::state(vm, sig, "Signature") else {
                continue;
            };
            let params = field(vm, st, 1);
            let params: Vec<Value> = params
                .as_obj()
                .and_then(|r| vm.heap.tuple(r))
                .map_or_else(Vec::new, |t| t.to_vec());
            let mut types = Vec::new();
            for p in params {
                let kind = crate::modules::native_class::state(vm, p, "Type")
                    .ok()
                    .and_then(|s| vm.as_str_rc(field(vm, s, 1)));
                types.push(kind.map_or(Ty::Unknown, |k| kind_ty(&k)));
            }
            out.push(types);
        }
    }
    out
}

fn kind_ty(kind: &str) -> Ty {
    match kind {
        "int" => Ty::Int(None),
        "float" => Ty::Float,
        "bool" => Ty::Bool(None),
        "str" => Ty::Str(None),
        "none" => Ty::NoneT,
        "array" => Ty::Array,
        _ => Ty::Unknown,
    }
}

/// `"f8(f8, i8[:])"`: the types of the arguments.
fn parse_signature_text(text: &str) -> Option<Vec<Ty>> {
    let open = text.find('(')?;
    let inner = text[open + 1..].trim_end().strip_suffix(')')?;
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, ch) in inner.char_indices() {
        match ch {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner[start..].trim().is_empty() {
        parts.push(&inner[start..]);
    }
    Some(
        parts
            .into_iter()
            .map(|p| {
                let p = p.trim();
                if p.contains('[') {
                    return Ty::Array;
                }
                TYPES
                    .iter()
                    .find(|(name, _, _)| *name == p)
                    .map_or(Ty::Unknown, |(_, _, kind)| kind_ty(kind))
            })
            .collect(),
    )
}

// ---- the check at a call --------------------------------------------------

/// Called by `push_frame` once a strict dispatcher's frame holds its
/// arguments: checks the function for their types, unless a call with
/// the same types passed. A refusal pops the frame (Numba raises it
/// before the function runs) and is raised.
pub(crate) fn on_call(vm: &mut Vm, func: ObjRef) -> Result<(), PyError> {
    let frame = *vm.frames.last().expect("just pushed");
    let n = vm.codes[frame.code.0 as usize].code.locals.nslots_params();
    on_call_with(vm, func, frame.base, n)
}

/// `on_call` for a frame whose `n` parameters start at `base`: the
/// common call, where the types are those of the last call, costs a
/// hash of the argument types and one compare.
#[inline]
pub(crate) fn on_call_with(vm: &mut Vm, func: ObjRef, base: usize, n: usize) -> Result<(), PyError> {
    let key = signature_key(vm, &vm.stack[base..base + n]);
    match vm.heap.get(func) {
        Obj::Function(f) if f.numba_seen.get() != key => check_call(vm, func, key),
        _ => Ok(()),
    }
}

/// `on_call` for argument types the dispatcher did not see last time.
#[cold]
#[inline(never)]
fn check_call(vm: &mut Vm, func: ObjRef, key: u64) -> Result<(), PyError> {
    let frame = *vm.frames.last().expect("just pushed");
    let code = vm.codes[frame.code.0 as usize].code.clone();
    let n = code.locals.nslots_params();
    if !vm.numba.checked.contains(&(frame.code, key)) {
        let args: Vec<Value> = vm.stack[frame.base..frame.base + n].to_vec();
        let result = check_values(vm, frame.code, &code, &args);
        if let Err(e) = result {
            vm.frames.pop();
            return Err(e);
        }
        vm.numba.checked.insert((frame.code, key));
    }
    if let Obj::Function(f) = vm.heap.get(func) {
        f.numba_seen.set(key);
    }
    Ok(())
}

/// A key of the argument types, as far as the check tells them apart
/// (never 0). Numbers, bools and None alone (the common call) make it
/// from three bits each, below bit 63, without a hash; other arguments
/// hash, with bit 63 set, so the two kinds of key never meet.
#[inline]
pub fn signature_key(vm: &Vm, args: &[Value]) -> u64 {
    let mut key: u64 = 1;
    if args.len() <= 20 {
        for &v in args {
            let t = match v {
                Value::Int(_) => 1,
                Value::Float(_) => 2,
                Value::Bool(_) => 3,
                Value::None => 4,
                _ => return hashed_signature_key(vm, args),
            };
            key = key << 3 | t;
        }
        return key;
    }
    hashed_signature_key(vm, args)
}

/// `signature_key` of arguments that are not all scalars.
fn hashed_signature_key(vm: &Vm, args: &[Value]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |x: u64| {
        h ^= x;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for &v in args {
        value_tag(vm, v, 2, &mut mix);
    }
    h | 1 << 63
}

fn value_tag(vm: &Vm, v: Value, depth: u32, mix: &mut impl FnMut(u64)) {
    match v {
        Value::Int(_) => mix(1),
        Value::Float(_) => mix(2),
        Value::Bool(_) => mix(3),
        Value::None => mix(4),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => mix(5),
            Obj::List(l) => {
                mix(6);
                mix(l.len().min(1) as u64);
                if depth > 0 && !l.is_empty() {
                    value_tag(vm, l.get(0), depth - 1, mix);
                }
            }
            Obj::Tuple(t) => {
                mix(7);
                mix(t.len() as u64);
                if depth > 0 {
                    for &x in t.iter() {
                        value_tag(vm, x, depth - 1, mix);
                    }
                }
            }
            Obj::Function(f) => {
                mix(8);
                mix(f.numba as u64);
            }
            Obj::Instance(i) => {
                mix(9);
                mix(i.class.addr());
            }
            _ => {
                mix(10);
                mix(vm.type_name(v).as_ptr() as u64);
            }
        },
        _ => mix(11),
    }
}

/// Checks code `cid` for the types of argument values: Numba's typing of
/// the arguments first, then the code.
fn check_values(vm: &mut Vm, cid: CodeId, code: &Rc<CodeObject>, args: &[Value]) -> Result<(), PyError> {
    let mut types = Vec::with_capacity(args.len());
    let mut untyped = Vec::new();
    let varkw = code.locals.varkw.then(|| code.locals.nslots_params() - 1);
    for (i, &v) in args.iter().enumerate() {
        if Some(i) == varkw {
            // Numba binds `**kwargs` its own way: not followed.
            types.push(Ty::Unknown);
            continue;
        }
        match arg_type(vm, v) {
            Ok(t) => types.push(t),
            Err(ArgError::Untyped(reason)) => {
                untyped.push(format!("- argument {i}: {reason}"));
                types.push(Ty::Unknown);
            }
            Err(ArgError::EmptyList) => {
                return Err(RawError::value_error("cannot compute fingerprint of empty list").into())
            }
            Err(ArgError::Heterogeneous(a, b)) => {
                return Err(RawError::type_error(format!("can't unbox heterogeneous list: {a} != {b}")).into())
            }
        }
    }
    if !untyped.is_empty() {
        let src = Source::of(code);
        let line = src.decorator_line(code.first_line);
        let msg = format!(
            "{FRONTEND}\nnon-precise type pyobject\nDuring: typing of argument at {} ({line})\n{}\n\nDuring: Pass nopython_type_inference \n\nThis error may have been caused by the following argument(s):\n{}\n",
            src.absolute,
            src.strformat(line, false),
            untyped.join("\n")
        );
        return Err(numba_error(vm, "TypingError", msg));
    }
    check_types(vm, cid, code, &types)
}

/// Checks code `cid` for argument types `types`.
fn check_types(vm: &mut Vm, cid: CodeId, code: &Rc<CodeObject>, types: &[Ty]) -> Result<(), PyError> {
    let mut host = VmHost { vm };
    match typing::check(&mut host, cid, code, types) {
        Ok(()) => Ok(()),
        Err(refusal) => {
            let (class, msg) = message(code, &refusal);
            Err(numba_error(vm, class, msg))
        }
    }
}

const FRONTEND: &str = "Failed in nopython mode pipeline (step: nopython frontend)";
const TYPE_INFERENCE: &str = "During: Pass nopython_type_inference";

/// The class and message Numba raises for a refusal.
fn message(code: &CodeObject, refusal: &Refusal) -> (&'static str, String) {
    let src = Source::of(code);
    let abs = &src.absolute;
    match refusal {
        Refusal::UntypedGlobal { name, reason, line } => (
            "TypingError",
            format!(
                "{FRONTEND}\nUntyped global name '{name}': {reason}\n{}\n\n{TYPE_INFERENCE}",
                src.strformat(*line, false)
            ),
        ),
        Refusal::Undefined { name, line } => (
            "TypingError",
            format!(
                "{FRONTEND}\nNameError: name '{name}' is not defined\n{}\n\n{TYPE_INFERENCE}",
                src.strformat(*line, false)
            ),
        ),
        Refusal::CannotUnify {
            first,
            second,
            var,
            line,
        } => {
            let snippet = src.strformat(*line, false);
            (
                "TypingError",
                format!(
                    "{FRONTEND}\nCannot unify {first} and {second} for '{var}', defined at {abs} ({line})\n{snippet}\n\nDuring: typing of assignment at {abs} ({line})\n{snippet}\n\n{TYPE_INFERENCE}"
                ),
            )
        }
        Refusal::UnknownAttr { module, attr, line } => {
            let snippet = src.strformat(*line, false);
            (
                "TypingError",
                format!(
                    "{FRONTEND}\nUnknown attribute '{attr}' of type Module(<module '{module}' (built-in)>)\n{snippet}\n\nDuring: typing of get attribute at {abs} ({line})\n{snippet}\n\n{TYPE_INFERENCE}"
                ),
            )
        }
        Refusal::Bytecode { text, line } => ("UnsupportedBytecodeError", format!("{text}. Raised from {abs} ({line})")),
        Refusal::WithAs => (
            "UnsupportedBytecodeError",
            "The 'with (context manager) as (variable):' construct is not supported.. Raised from None".into(),
        ),
        Refusal::With { line } => (
            "CompilerError",
            format!(
                "Failed in nopython mode pipeline (step: Handle with contexts)\nUnsupported context manager in use\n{}\n\nDuring: Pass with_lifting",
                src.strformat(*line, false)
            ),
        ),
        Refusal::Del { name, line } => (
            "CompilerError",
            format!(
                "Failed in nopython mode pipeline (step: analyzing bytecode)\nIllegal IR, del found at: del {name}\n{}\n",
                src.strformat(*line, false)
            ),
        ),
        Refusal::YieldInClosure { line } => (
            "UnsupportedError",
            format!(
                "Failed in nopython mode pipeline (step: inline calls to locally defined closures)\nThe use of yield in a closure is unsupported.\n{}\n\nDuring: Pass inline_closure_likes",
                src.strformat(*line, false)
            ),
        ),
        Refusal::ReflectedGlobal { name, ty, line } => (
            "TypingError",
            format!(
                "Failed in nopython mode pipeline (step: ensure features that are in use are in a valid form)\nThe use of a {ty} type, assigned to variable '{name}' in globals, is not supported as globals are considered compile-time constants and there is no known way to compile a {ty} type as a constant.\n{}\n\nDuring: Pass nopython_supported_feature_validation",
                src.strformat(*line, false)
            ),
        ),
    }
}

/// The exception Numba raises: an instance of its class in
/// `numba.core.errors`, reported by its full name.
fn numba_error(vm: &mut Vm, class: &'static str, msg: String) -> PyError {
    let c = classes(vm);
    let (class_ref, full) = match class {
        "UnsupportedError" => (c.unsupported_error, "numba.core.errors.UnsupportedError"),
        "CompilerError" => (c.compiler_error, "numba.core.errors.CompilerError"),
        "UnsupportedBytecodeError" => (c.bytecode_error, "numba.core.errors.UnsupportedBytecodeError"),
        _ => (c.typing_error, "numba.core.errors.TypingError"),
    };
    let text = vm.new_str(&msg);
    let args = Value::Obj(vm.heap.new_tuple(&[text]));
    let mut inst = InstanceObj::new(class_ref, vm.args_shape, 1);
    inst.push_slot(args);
    let exc = Value::Obj(vm.heap.alloc(inst));
    let mut e = PyError::new(ExcKind::Exception, msg);
    e.value = Some(ExcObject(exc));
    e.type_name = Some(full);
    e
}

/// Why Numba cannot take an argument.
enum ArgError {
    /// `Cannot determine Numba type of <class 'dict'>` and the like.
    Untyped(String),
    EmptyList,
    Heterogeneous(String, String),
}

/// Numba's type of an argument value (`typeof`).
fn arg_type(vm: &Vm, v: Value) -> Result<Ty, ArgError> {
    Ok(match v {
        Value::Int(_) => Ty::Int(None),
        Value::Float(_) => Ty::Float,
        Value::Bool(_) => Ty::Bool(None),
        Value::None => Ty::NoneT,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => Ty::Str(None),
            Obj::BigInt(b) => return Err(ArgError::Untyped(format!("Int value is too large: {b}"))),
            Obj::List(l) => {
                if l.is_empty() {
                    return Err(ArgError::EmptyList);
                }
                let first = arg_type(vm, l.get(0)).unwrap_or(Ty::Unknown);
                for i in 1..l.len() {
                    let t = arg_type(vm, l.get(i)).unwrap_or(Ty::Unknown);
                    let scalar = |t: &Ty| matches!(t, Ty::Int(_) | Ty::Float | Ty::Bool(_) | Ty::Str(_));
                    if scalar(&first) && scalar(&t) && first != t {
                        return Err(ArgError::Heterogeneous(first.numba_name(), t.numba_name()));
                    }
                }
                Ty::List(Box::new(first))
            }
            Obj::Tuple(t) => Ty::Tuple(t.iter().map(|x| arg_type(vm, *x).unwrap_or(Ty::Unknown)).collect()),
            Obj::Set(_) => Ty::Set(Box::new(Ty::Unknown)),
            Obj::Range(_) => Ty::Range,
            Obj::Function(f) if f.numba != NumbaMode::Plain => Ty::Func(Callee::Script),
            Obj::Function(_) | Obj::Dict(_) | Obj::Class(_) | Obj::Generator(_) | Obj::Instance(_) => {
                if is_numba_object(vm, v) {
                    Ty::Unknown
                } else {
                    return Err(ArgError::Untyped(format!(
                        "Cannot determine Numba type of {}",
                        class_text(vm, v)
                    )));
                }
            }
            _ => Ty::Unknown,
        },
        _ => Ty::Unknown,
    })
}

/// Numba's type objects and signatures (typed as themselves).
fn is_numba_object(vm: &Vm, v: Value) -> bool {
    let Some(c) = vm.numba.classes else { return false };
    vm.class_of(v)
        .is_some_and(|k| k == c.ty || k == c.signature || k == c.factory)
}

/// `<class 'dict'>`, `<class '__main__.P'>`: the class of a value as
/// CPython's repr names it.
fn class_text(vm: &Vm, v: Value) -> String {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Class(_) | Obj::Type(_)) => "<class 'type'>".into(),
        Some(Obj::Instance(i)) => {
            let name = vm.class_name(i.class);
            let module = class_module(vm, i.class);
            match module.as_deref() {
                Some("builtins") | None => format!("<class '{name}'>"),
                Some(m) => format!("<class '{m}.{name}'>"),
            }
        }
        _ => format!("<class '{}'>", vm.type_name(v)),
    }
}

/// A class's `__module__`, from its own namespace.
fn class_module(vm: &Vm, class: ObjRef) -> Option<String> {
    let Obj::Class(c) = vm.heap.get(class) else { return None };
    let key = vm.heap.find_interned("__module__")?;
    let v = vm.dict_get(c.dict, Value::Obj(key)).ok().flatten()?;
    vm.as_str_rc(v).map(|s| s.to_string())
}

/// The checker's view of the VM.
struct VmHost<'a> {
    vm: &'a mut Vm,
}

impl typing::Host for VmHost<'_> {
    fn global(&mut self, code: CodeId, name: &str) -> Global {
        let vm = &*self.vm;
        let entry = &vm.codes[code.0 as usize];
        let Some(index) = entry.code.names.iter().position(|n| &**n == name) else {
            return Global::Typed(Ty::Unknown);
        };
        let slot = entry.global_slots[index] as usize;
        match vm.globals[slot] {
            Value::Undef => match vm.builtin_fallback[slot] {
                Value::Undef => Global::Undefined,
                b => builtin_global(vm, name, b),
            },
            v => script_global(vm, v),
        }
    }

    fn child(&self, code: CodeId, index: usize) -> Option<(CodeId, Rc<CodeObject>)> {
        let id = *self.vm.codes[code.0 as usize].children.get(index)?;
        Some((id, self.vm.codes[id.0 as usize].code.clone()))
    }
}

/// A built-in name: typed if Numba has it (the exception classes too).
fn builtin_global(vm: &Vm, name: &str, v: Value) -> Global {
    if let Some(&b) = typing::NUMBA_BUILTINS.iter().find(|b| **b == name) {
        return Global::Typed(Ty::Func(Callee::Builtin(b)));
    }
    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Global::Typed(Ty::Unknown);
    }
    // CPython's built-in classes (Rumba has some as functions).
    const CLASSES: &[&str] = &[
        "bytearray",
        "classmethod",
        "frozenset",
        "memoryview",
        "object",
        "property",
        "reversed",
        "staticmethod",
        "super",
    ];
    let class = match v.as_obj().map(|r| vm.heap.get(r)) {
        _ if CLASSES.contains(&name) => "type",
        Some(Obj::Type(_) | Obj::Class(_)) => "type",
        _ => "builtin_function_or_method",
    };
    Global::Untyped(format!("Cannot determine Numba type of <class '{class}'>"))
}

/// A global of the script's: Numba types it by its value now.
fn script_global(vm: &Vm, v: Value) -> Global {
    let untyped = |what: String| Global::Untyped(format!("Cannot determine Numba type of {what}"));
    match v {
        Value::Int(_) => Global::Typed(Ty::Int(None)),
        Value::Float(_) => Global::Typed(Ty::Float),
        Value::Bool(_) => Global::Typed(Ty::Bool(None)),
        Value::None => Global::Typed(Ty::NoneT),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => Global::Typed(Ty::Str(None)),
            Obj::BigInt(b) => Global::Untyped(format!("Int value is too large: {b}")),
            Obj::Tuple(t) => Global::Typed(Ty::Tuple(
                t.iter().map(|x| arg_type(vm, *x).unwrap_or(Ty::Unknown)).collect(),
            )),
            Obj::List(l) if !l.is_empty() => {
                let item = arg_type(vm, l.get(0)).unwrap_or(Ty::Unknown);
                match item {
                    Ty::Int(_) | Ty::Float | Ty::Bool(_) | Ty::Str(_) => {
                        Global::Reflected(format!("reflected list({})<iv=None>", item.numba_name()))
                    }
                    _ => Global::Typed(Ty::Unknown),
                }
            }
            Obj::Set(s) if s.frozen => untyped("<class 'frozenset'>".into()),
            Obj::Set(s) if !s.table.is_empty() => {
                let first = s.table.iter().next();
                match first.map(|x| arg_type(vm, x.key)) {
                    Some(Ok(item @ (Ty::Int(_) | Ty::Float | Ty::Str(_)))) => {
                        Global::Reflected(format!("reflected set({})", item.numba_name()))
                    }
                    _ => Global::Typed(Ty::Unknown),
                }
            }
            Obj::Function(f) => match f.numba {
                NumbaMode::Plain => untyped("<class 'function'>".into()),
                _ => Global::Dispatcher,
            },
            Obj::Module(m) => {
                let name = vm.heap.str_obj(m.name).map_or("?", |s| s.as_str());
                Global::Typed(Ty::Module(name.into()))
            }
            Obj::Type(kind) => match kind.name() {
                "range" => Global::Typed(Ty::Func(Callee::Builtin("range"))),
                n => match typing::NUMBA_BUILTINS.iter().find(|b| **b == n) {
                    Some(b) => Global::Typed(Ty::Func(Callee::Builtin(b))),
                    None => untyped("<class 'type'>".into()),
                },
            },
            Obj::Native(nf) => {
                let math = vm.modules.get("math").copied();
                let is_math = math.is_some_and(|m| module_attr(vm, m, nf.name).is_some_and(|a| a.as_obj() == Some(r)));
                if !is_math {
                    Global::Typed(Ty::Unknown)
                } else if typing::NUMBA_MATH.contains(&nf.name) {
                    Global::Typed(Ty::Func(Callee::Math(nf.name.into())))
                } else {
                    untyped("<class 'builtin_function_or_method'>".into())
                }
            }
            Obj::Dict(_) | Obj::Class(_) | Obj::Range(_) | Obj::Generator(_) | Obj::Instance(_) => {
                if is_numba_object(vm, v) || is_exception_class(vm, v) {
                    Global::Typed(Ty::Unknown)
                } else {
                    untyped(class_text(vm, v))
                }
            }
            Obj::Set(_) => untyped("<class 'set'>".into()),
            _ => Global::Typed(Ty::Unknown),
        },
        _ => Global::Typed(Ty::Unknown),
    }
}

/// A class deriving from BaseException (Numba types those: `raise`).
fn is_exception_class(vm: &Vm, v: Value) -> bool {
    let Some(r) = v.as_obj() else { return false };
    matches!(vm.heap.get(r), Obj::Class(_))
        && vm
            .exception_classes
            .first()
            .is_some_and(|(base, _)| vm.mro(r).contains(base))
}

fn module_attr(vm: &Vm, module: Value, name: &str) -> Option<Value> {
    let Obj::Module(m) = vm.heap.get(module.as_obj()?) else {
        return None;
    };
    let names = vm.shapes.names(m.shape());
    let at = names
        .iter()
        .position(|n| vm.heap.str_obj(*n).is_some_and(|s| s.as_str() == name))?;
    m.slots.get(at).copied()
}

// ---- where: the source as Numba shows it ------------------------------------

/// A code object's file, as Numba names it: the absolute path in
/// `defined at` and `Raised from`, the path relative to the working
/// directory in `File "..."`, and its lines.
struct Source {
    absolute: String,
    relative: String,
    lines: Vec<String>,
}

impl Source {
    fn of(code: &CodeObject) -> Source {
        let file = std::path::Path::new(&*code.filename);
        let absolute = std::path::absolute(file)
            .map(|p| normalize(&p))
            .unwrap_or_else(|_| file.to_path_buf());
        let relative = std::env::current_dir()
            .ok()
            .and_then(|cwd| relpath(&absolute, &normalize(&cwd)))
            .unwrap_or_else(|| absolute.display().to_string());
        let lines = std::fs::read_to_string(&absolute)
            .map(|text| text.split_inclusive('\n').map(str::to_string).collect())
            .unwrap_or_default();
        Source {
            absolute: absolute.display().to_string(),
            relative,
            lines,
        }
    }

    /// The line of a `def`'s first decorator (CPython's
    /// `co_firstlineno`, where Numba places a function's own location).
    fn decorator_line(&self, def_line: u32) -> u32 {
        let mut line = def_line;
        while line > 1 {
            let above = self.lines.get(line as usize - 2).map_or("", |l| l.trim_start());
            if above.starts_with('@') {
                line -= 1;
            } else {
                break;
            }
        }
        line
    }

    /// Numba's `Loc.strformat`: `\nFile "f.py", line N:\n` and the lines
    /// up to line N, the `def` above them if they hold none (then
    /// `<source elided>`), and a caret under line N's indentation.
    fn strformat(&self, line: u32, maybe_decorator: bool) -> String {
        let lines = &self.lines;
        let mut use_line = line as usize;
        if maybe_decorator && !lines.is_empty() && use_line > 0 {
            let tmp: Vec<&str> = std::iter::once("").chain(lines.iter().map(String::as_str)).collect();
            if !tmp.get(use_line).is_some_and(|l| l.contains("def ")) {
                let end = (use_line + 10).min(tmp.len());
                if let Some(i) = tmp[use_line.min(end)..end].iter().position(|l| l.contains("def ")) {
                    use_line += i;
                }
            }
        }
        let mut ret = String::new();
        if !lines.is_empty() && use_line > 0 {
            let spaces = |s: &str| s.chars().take_while(|c| c.is_whitespace()).count();
            let from = use_line.saturating_sub(2);
            let selected = &lines[from.min(lines.len())..use_line.min(lines.len())];
            if !selected.iter().any(|l| l.contains("def ")) {
                let upto = use_line.saturating_sub(1).min(lines.len());
                if let Some(def) = lines[..upto].iter().rev().find(|l| l.contains("def ")) {
                    ret.push_str(def);
                    ret.push_str(&" ".repeat(4 + spaces(def)));
                    ret.push_str("<source elided>\n");
                }
            }
            if let Some((last, before)) = selected.split_last() {
                for l in before {
                    ret.push_str(l);
                }
                ret.push_str(last);
                ret.push_str(&" ".repeat(spaces(last)));
                ret.push('^');
            }
        }
        if ret.is_empty() {
            ret = if lines.is_empty() {
                "<source missing, REPL/exec in use?>".into()
            } else {
                "<source line number missing>".into()
            };
        }
        format!("\nFile \"{}\", line {}:\n{}", self.relative, use_line, ret)
    }
}

/// A path with `.` and `..` taken out, as `os.path.normpath` does.
fn normalize(p: &std::path::Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `os.path.relpath(path, start)` for two absolute paths.
fn relpath(path: &std::path::Path, start: &std::path::Path) -> Option<String> {
    let p: Vec<_> = path.components().collect();
    let s: Vec<_> = start.components().collect();
    let common = p.iter().zip(&s).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut parts: Vec<String> = vec!["..".into(); s.len() - common];
    parts.extend(p[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    Some(if parts.is_empty() { ".".into() } else { parts.join("/") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_texts() {
        assert_eq!(parse_signature_text("f8(f8)"), Some(vec![Ty::Float]));
        assert_eq!(
            parse_signature_text("int64(int64, float64[:], boolean)"),
            Some(vec![Ty::Int(None), Ty::Array, Ty::Bool(None)])
        );
        assert_eq!(
            parse_signature_text("void(f8[:, :], i8)"),
            Some(vec![Ty::Array, Ty::Int(None)])
        );
        assert_eq!(parse_signature_text("f8()"), Some(vec![]));
        assert_eq!(parse_signature_text("nonsense"), None);
    }

    #[test]
    fn relative_paths() {
        let p = |s: &str| std::path::PathBuf::from(s);
        assert_eq!(relpath(&p("/a/b/c.py"), &p("/a/b")).as_deref(), Some("c.py"));
        assert_eq!(relpath(&p("/a/x/c.py"), &p("/a/b")).as_deref(), Some("../x/c.py"));
        assert_eq!(normalize(&p("/a/./b/../c.py")), p("/a/c.py"));
    }

    #[test]
    fn snippets_as_numba_prints_them() {
        let src = Source {
            absolute: "/t/t1.py".into(),
            relative: "t1.py".into(),
            lines: "from numba import njit\n\ndef helper(x):\n    return x + 1\n\n@njit\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += helper(i)\n    return s\n"
                .split_inclusive('\n')
                .map(str::to_string)
                .collect(),
        };
        assert_eq!(
            src.strformat(10, false),
            "\nFile \"t1.py\", line 10:\ndef f(n):\n    <source elided>\n    for i in range(n):\n        s += helper(i)\n        ^"
        );
        assert_eq!(
            src.strformat(8, false),
            "\nFile \"t1.py\", line 8:\ndef f(n):\n    s = 0\n    ^"
        );
        assert_eq!(src.decorator_line(7), 6);
    }
}
