//! Host functions and host modules: Rust closures that scripts call as
//! built-ins (`Engine::register_fn`) or import (`Engine::register_module`).
//!
//! A closure of 0 to 6 arguments whose types are `FromValue` and whose
//! result is `IntoValue` (or `Result<_, HostError>`) is a `HostFn`. The
//! VM routes a call of a `HostFunctionObj` to the engine's `HostTable`,
//! which copies the arguments out, checks their count and types with
//! CPython's wording, runs the closure (a panic in it becomes a
//! `RuntimeError` in the script) and copies the result in.

use std::panic::{catch_unwind, AssertUnwindSafe};

use rumba_vm::error::{ExcKind, PyError};
use rumba_vm::native::{HostCalls, KwArg, NativeResult};
use rumba_vm::object::HostFunctionObj;
use rumba_vm::value::Value as VmValue;
use rumba_vm::vm::Vm;

use crate::value::{from_script, into_script_owned, FromValue, HostError, IntoValue, Value};

/// What a host function may return: a value, or a `HostError` the script
/// sees as an exception.
pub trait HostResult {
    /// The value, or the error the script raises.
    fn into_result(self) -> Result<Value, HostError>;
}

impl<T: IntoValue> HostResult for T {
    fn into_result(self) -> Result<Value, HostError> {
        Ok(self.into_value())
    }
}

impl<T: IntoValue> HostResult for Result<T, HostError> {
    fn into_result(self) -> Result<Value, HostError> {
        self.map(IntoValue::into_value)
    }
}

/// A Rust function scripts can call, with the argument types `Args` (a
/// tuple of `FromValue` types). Implemented for closures of 0 to 6
/// arguments.
pub trait HostFn<Args>: Send + 'static {
    /// How many arguments it takes.
    fn arity(&self) -> usize;
    /// Converts the script's arguments (`args` has `arity` of them), runs
    /// the function, and converts its result into a script value. `name`
    /// is for error messages.
    fn call(&self, vm: &mut Vm, name: &str, args: &[VmValue]) -> Result<VmValue, PyError>;
}

/// Argument `position` (from 1) as `T`, or CPython's `TypeError`.
#[inline]
fn argument<T: FromValue>(vm: &Vm, name: &str, position: usize, arg: VmValue) -> Result<T, PyError> {
    let v = from_script(vm, arg);
    // The found type's name is kept before the value moves; only an
    // opaque object's is not a constant.
    let found: std::borrow::Cow<'static, str> = match &v {
        Value::Other { type_name, .. } => type_name.clone().into(),
        v => v.builtin_type_name().into(),
    };
    T::from_value(v).map_err(|_| {
        PyError::new(
            ExcKind::TypeError,
            format!("{name}() argument {position} must be {}, not {found}", T::expected()),
        )
    })
}

macro_rules! host_fns {
    ($(($n:expr; $($t:ident $i:tt),*))+) => {$(
        impl<Func, R, $($t,)*> HostFn<($($t,)*)> for Func
        where
            Func: Fn($($t),*) -> R + Send + 'static,
            R: HostResult,
            $($t: FromValue,)*
        {
            fn arity(&self) -> usize {
                $n
            }
            #[allow(unused_variables, clippy::unused_unit)]
            fn call(&self, vm: &mut Vm, name: &str, args: &[VmValue]) -> Result<VmValue, PyError> {
                let converted = ($(argument::<$t>(vm, name, $i + 1, args[$i])?,)*);
                let result = (self)($(converted.$i),*).into_result().map_err(HostError::into_py_error)?;
                into_script_owned(vm, result)
            }
        }
    )+};
}

host_fns! {
    (0;)
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
    (5; A 0, B 1, C 2, D 3, E 4)
    (6; A 0, B 1, C 2, D 3, E 4, F 5)
}

type ErasedCall = Box<dyn Fn(&mut Vm, &str, &[VmValue]) -> Result<VmValue, PyError> + Send>;

/// One registered function, its types erased.
pub(crate) struct HostEntry {
    name: String,
    arity: usize,
    call: ErasedCall,
}

impl HostEntry {
    pub(crate) fn new<Args, F: HostFn<Args>>(name: &str, f: F) -> HostEntry {
        HostEntry {
            name: name.to_string(),
            arity: f.arity(),
            call: Box::new(move |vm, name, args| f.call(vm, name, args)),
        }
    }
}

/// The engine's host functions, by the index their objects carry.
#[derive(Default)]
pub(crate) struct HostTable {
    entries: Vec<HostEntry>,
}

impl HostTable {
    /// Adds a function and makes its script object (not yet rooted: the
    /// caller stores it before anything can collect).
    pub(crate) fn add(vm: &mut Vm, entry: HostEntry) -> VmValue {
        let name = vm.heap.intern(&entry.name);
        let host = vm.host_calls.get_or_insert_with(|| Box::new(HostTable::default()));
        let table = host
            .as_any_mut()
            .downcast_mut::<HostTable>()
            .expect("the engine installs only its own host table");
        table.entries.push(entry);
        let index = (table.entries.len() - 1) as u32;
        VmValue::Obj(vm.heap.alloc(HostFunctionObj::new(index, name)))
    }
}

impl HostCalls for HostTable {
    fn call(&mut self, vm: &mut Vm, index: u32, args: &[VmValue], kwargs: &[KwArg]) -> NativeResult {
        let entry = &self.entries[index as usize];
        let name = entry.name.as_str();
        if !kwargs.is_empty() {
            return Err(PyError::new(
                ExcKind::TypeError,
                format!("{name}() takes no keyword arguments"),
            ));
        }
        if args.len() != entry.arity {
            let plural = if entry.arity == 1 { "" } else { "s" };
            return Err(PyError::new(
                ExcKind::TypeError,
                format!(
                    "{name}() takes exactly {} argument{plural} ({} given)",
                    entry.arity,
                    args.len()
                ),
            ));
        }
        // The arguments are converted straight from the script's values,
        // the result straight into one: no vector or host `Value` in
        // between for numbers. A panic anywhere in that is the script's
        // RuntimeError (the conversions only read the heap until the
        // function has returned).
        catch_unwind(AssertUnwindSafe(|| (entry.call)(vm, name, args))).unwrap_or_else(|panic| {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".to_string());
            Err(PyError::new(
                ExcKind::RuntimeError,
                format!("host function {name}() panicked: {why}"),
            ))
        })
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// A module the host gives its scripts: `import NAME` finds its functions
/// and constants.
///
/// ```
/// let mut engine = rumba::Engine::with_captured_output();
/// engine.register_module(rumba::Module::new("geo").function("double", |x: i64| x * 2).constant("UNIT", 1.5));
/// engine.run("import geo\nprint(geo.double(21), geo.UNIT)").unwrap();
/// assert_eq!(engine.take_output(), "42 1.5\n");
/// ```
pub struct Module {
    pub(crate) name: String,
    pub(crate) attrs: Vec<(String, ModuleAttr)>,
}

pub(crate) enum ModuleAttr {
    Function(HostEntry),
    Constant(Value),
}

impl Module {
    /// An empty module that `import name` will find.
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            attrs: Vec::new(),
        }
    }

    /// Adds a host function (as `Engine::register_fn` takes).
    pub fn function<Args, F: HostFn<Args>>(mut self, name: &str, f: F) -> Module {
        self.attrs
            .push((name.to_string(), ModuleAttr::Function(HostEntry::new(name, f))));
        self
    }

    /// Adds a constant, copied into the module.
    pub fn constant(mut self, name: &str, value: impl IntoValue) -> Module {
        self.attrs
            .push((name.to_string(), ModuleAttr::Constant(value.into_value())));
        self
    }
}
