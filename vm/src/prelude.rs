//! Built-ins that consume an iterable, written again in Python
//! (`prelude.py`) for a generator argument: `sum(x * x for x in v)`,
//! `max(f(p) for p in ps)`, `list(gen())`. The native built-in steps the
//! generator from Rust (`gen_resume`), where no trace can follow; the
//! Python version steps it with a `for`, whose loop the JIT compiles with
//! the generator's steps inline. The interpreter makes the switch at the
//! call (`Vm::consumer_call`) and the recorder makes the same one, so both
//! run the same code.
//!
//! The VM cannot compile Python itself (the compiler crate builds on this
//! one), so the embedding engine hands it the compiler
//! (`Vm::set_prelude_compiler`); the prelude is compiled at its first use.
//! Without a compiler, every call goes to the native built-ins.

use crate::bytecode::CodeObject;
use crate::error::{PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFn, NativeResult};
use crate::object::{Face, Kind, NativeObj, Obj, TypeKind};
use crate::value::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("prelude.py");

/// The file name of the prelude's code: tracebacks leave its frames out.
pub const FILENAME: &str = "<built-in>";

/// The built-ins the prelude writes again, by their names in both.
const CONSUMERS: [&str; 10] = [
    "sum",
    "any",
    "all",
    "min",
    "max",
    "list",
    "tuple",
    "set",
    "sorted",
    "frozenset",
];

/// Compiles a module's source (file name given; true: as an entry at
/// the interactive prompt) into its code, or None.
pub type Compile = fn(&str, &str, bool) -> Option<CodeObject>;

#[derive(Default)]
pub struct Prelude {
    compile: Option<Compile>,
    /// Once compiled: each built-in (by identity) with its Python version.
    functions: Vec<(ObjRef, Value)>,
    /// The built-ins named `CONSUMERS`, in its order, looked up once (at
    /// the first call that may be theirs, or when the prelude compiles):
    /// the objects `functions` pairs.
    consumers: std::cell::OnceCell<Vec<Option<ObjRef>>>,
    /// Once compiled: the Python version of `str.join`.
    join: Option<Value>,
    /// Once compiled: `min`, `max` and `sorted` (by identity) with the
    /// Python versions of their `key=` calls and the callable each takes
    /// last (the empty iterable's error, the sort by keys).
    keyed: Vec<(ObjRef, Value, Value)>,
    /// The natives `min` and `max` hand their Python versions, which raise
    /// the built-in's error for an empty iterable.
    empties: Vec<Value>,
    /// Once compiled: the Python version of `list.sort(key=...)` and the
    /// two natives it takes last (`ListSort`).
    list_sort: Option<(Value, [Value; 2])>,
    /// Once compiled: the generator functions that step `map` and
    /// `filter` objects of a function the script wrote (`Face`).
    steppers: Option<Steppers>,
    /// Compiling failed (never with the prelude as shipped): natives only.
    failed: bool,
}

/// The prelude's generator functions that step `map`, `filter`,
/// `enumerate` and `zip` objects (`Face`), and the class `StopIteration`
/// the first three are given.
#[derive(Clone, Copy)]
struct Steppers {
    map: ObjRef,
    map_many: ObjRef,
    filter: ObjRef,
    enumerate: ObjRef,
    zip2: ObjRef,
    zip: ObjRef,
    zip_strict: ObjRef,
    stop: Value,
    value_error: Value,
}

impl Prelude {
    /// The values the prelude keeps alive (collection roots).
    pub(crate) fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        self.functions
            .iter()
            .flat_map(|&(b, f)| [Value::Obj(b), f])
            .chain(self.empties.iter().copied())
            .chain(self.join)
            .chain(self.keyed.iter().flat_map(|&(_, f, last)| [f, last]))
            .chain(
                self.list_sort
                    .iter()
                    .flat_map(|&(f, [take, put_back])| [f, take, put_back]),
            )
            .chain(self.steppers.iter().flat_map(|s| {
                [s.map, s.map_many, s.filter, s.enumerate, s.zip2, s.zip, s.zip_strict]
                    .map(Value::Obj)
                    .into_iter()
                    .chain([s.stop, s.value_error])
            }))
    }
}

/// `min(iterable, key=...)`, `max(...)` or `sorted(...)` switched to its
/// Python version (`Vm::key_consumer_call`): the call becomes
/// `function(iter(iterable), key, last)`, and `sorted`'s takes whether in
/// reverse after those.
pub struct KeyedCall {
    pub function: Value,
    /// The callable the version takes after the key.
    last: Value,
    /// Where the key is among the arguments after the iterable.
    key: usize,
    /// `sorted`'s: where `reverse=` is, if given.
    reverse: Option<Option<usize>>,
}

impl KeyedCall {
    /// The arguments after the iterator, from the call's arguments after
    /// the iterable.
    pub fn arguments(&self, rest: &[Value]) -> smallvec::SmallVec<[Value; 3]> {
        let mut arguments = smallvec::smallvec![rest[self.key], self.last];
        if let Some(reverse) = self.reverse {
            arguments.push(reverse.map_or(Value::Bool(false), |r| rest[r]));
        }
        arguments
    }
}

/// `target.sort(key=...)` switched to the prelude's `list_sort`
/// (`Vm::sort_consumer`): the call becomes `function(target, key,
/// reverse, take, put_back)`, the key and reverse taken from the method
/// call's arguments at the places given (False without one).
pub struct ListSort {
    pub function: Value,
    pub key: usize,
    pub reverse: Option<usize>,
    pub take: Value,
    pub put_back: Value,
}

impl ListSort {
    /// The arguments after the target, from the method call's `args`.
    pub fn arguments(&self, args: &[Value]) -> [Value; 4] {
        let reverse = self.reverse.map_or(Value::Bool(false), |r| args[r]);
        [args[self.key], reverse, self.take, self.put_back]
    }
}

fn min_of_nothing(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(PyError::from(RawError::value_error("min() arg is an empty sequence")))
}

fn max_of_nothing(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(PyError::from(RawError::value_error("max() arg is an empty sequence")))
}

/// The kinds of the argument a consumer's Python version may take instead
/// of the built-in (`Vm::consumer_call` decides; an instance must be an
/// iterator).
pub(crate) fn consumed_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Generator | Kind::Iter | Kind::Zip | Kind::Enumerate | Kind::Instance
    )
}

impl Vm {
    /// Lets the VM compile its prelude (the engine passes its compiler).
    pub fn set_prelude_compiler(&mut self, compile: Compile) {
        self.prelude.compile = Some(compile);
    }

    /// `source` compiled with the engine's compiler (None without one, or
    /// when it does not compile).
    pub(crate) fn compile_source(&self, source: &str, filename: &str) -> Option<crate::bytecode::CodeObject> {
        self.prelude
            .compile
            .and_then(|compile| compile(source, filename, false))
    }

    /// `compile_source` as an entry at the interactive prompt (CPython's
    /// "single" mode): expression statements print their values.
    pub(crate) fn compile_interactive(&self, source: &str, filename: &str) -> Option<crate::bytecode::CodeObject> {
        self.prelude.compile.and_then(|compile| compile(source, filename, true))
    }

    /// The call of `callee` with positional arguments `args` (and keyword
    /// arguments, when `keywords`) made by the prelude instead: its
    /// function, and the argument it adds after the given ones, if any.
    /// None for every call but a generator given, alone (or with a number
    /// to start `sum` from), to one of the built-ins the prelude writes;
    /// or an iterator that may step one (`islice(gen, n)`, `map(f, gen)`,
    /// `zip`, `enumerate`, a class's): script code a built-in runs
    /// postpones every collection until the built-in returns, so
    /// `list(islice(gen, n))` made natively would keep all the garbage of
    /// the generator's steps.
    pub fn consumer_call(&mut self, callee: ObjRef, args: &[Value], keywords: bool) -> Option<(Value, Option<Value>)> {
        if keywords {
            return None;
        }
        let at = self.consumer_index(callee)?;
        let generator = args.first().is_some_and(|&g| self.may_step_script(g));
        if !generator || !self.prelude_loaded() {
            return None;
        }
        // `load_prelude` pairs the functions with CONSUMERS, in its order.
        let function = self.prelude.functions[at].1;
        let extra = match (CONSUMERS[at], args) {
            ("sum", [_]) => Some(Value::Int(0)),
            // A str, bytes or list to start from: the native's own checks
            // and its ways of adding.
            ("sum", [_, Value::Int(_) | Value::Float(_) | Value::Bool(_)]) => None,
            ("min", [_]) => Some(self.prelude.empties[0]),
            ("max", [_]) => Some(self.prelude.empties[1]),
            // The built-in makes the frozenset of the set the items fill.
            ("frozenset", [_]) => Some(Value::Obj(callee)),
            (_, [_]) if !matches!(CONSUMERS[at], "sum" | "min" | "max" | "frozenset") => None,
            _ => return None,
        };
        Some((function, extra))
    }

    /// Whether `callee` is one of the built-ins the prelude writes (by
    /// identity). Decided before the argument is looked at, which costs
    /// more (a class's `__next__` looked up): every method of a native
    /// class (`deque.append(q, x)`) is a built-in given an instance.
    #[inline]
    pub(crate) fn may_consume(&self, callee: ObjRef) -> bool {
        self.consumer_index(callee).is_some()
    }

    /// Where `callee` is in `CONSUMERS`, if it is one of those built-ins.
    fn consumer_index(&self, callee: ObjRef) -> Option<usize> {
        self.consumer_builtins().iter().position(|&b| b == Some(callee))
    }

    /// The built-ins named `CONSUMERS`, in its order (`Prelude::consumers`).
    fn consumer_builtins(&self) -> &[Option<ObjRef>] {
        self.prelude.consumers.get_or_init(|| {
            CONSUMERS
                .iter()
                .map(|&name| self.builtins.get(name).and_then(|b| b.as_obj()))
                .collect()
        })
    }

    /// `separator.join(given)`'s Python version, the prelude's `join`,
    /// for a str `separator` and a `given` that may step a generator, as
    /// `consumer_call` switches the built-ins: the method call is made as
    /// a call of that function with `separator` and `given` (method
    /// `name`, of `resolve_method`'s choosing, is a str's `join`).
    pub fn join_consumer(&mut self, separator: Value, name: ObjRef, given: Value) -> Option<Value> {
        let is_str = separator.as_obj().is_some_and(|s| self.heap.kind(s) == Kind::Str);
        if !is_str || !self.may_step_script(given) || self.heap.str_obj(name).map(|n| n.as_str()) != Some("join") {
            return None;
        }
        if !self.prelude_loaded() {
            return None;
        }
        self.prelude.join
    }

    /// `target.sort(key=key)` (with `reverse=` a bool too, or not) of a
    /// list, for a key the script wrote (a function, a bound method): the
    /// prelude's `list_sort` and where its arguments are, for the call of
    /// method `name` with arguments `args` and keyword names `names` (a
    /// tuple). Its loop calls the key where the JIT can follow; a native
    /// key stays with the native sort, which calls no script code.
    pub fn sort_consumer(&mut self, target: Value, name: ObjRef, args: &[Value], names: Value) -> Option<ListSort> {
        let is_list = target.as_obj().is_some_and(|t| self.heap.kind(t) == Kind::List);
        if !is_list || self.heap.str_obj(name).map(|n| n.as_str()) != Some("sort") {
            return None;
        }
        let (key, reverse) = self.key_and_reverse(args, names)?;
        let script_key =
            matches!(args[key], Value::Obj(k) if matches!(self.heap.kind(k), Kind::Function | Kind::Method));
        if !script_key || !self.prelude_loaded() {
            return None;
        }
        let (function, [take, put_back]) = self.prelude.list_sort?;
        Some(ListSort {
            function,
            key,
            reverse,
            take,
            put_back,
        })
    }

    /// `map(func, *iterators)` or `filter(func, iterator)` (`kind` says
    /// which; `iterators` made by the built-in) for a `func` the script
    /// wrote (a function, a bound method): a generator of the prelude that
    /// steps it (`Face`), so that a `for` over it runs the function in its
    /// dispatch loop, where the JIT can follow, instead of from Rust. None
    /// for any other function, which the native object calls.
    pub(crate) fn stepped_by_prelude(&mut self, kind: TypeKind, func: Value, iterators: &[ObjRef]) -> Option<Value> {
        let scripted = matches!(func, Value::Obj(f) if matches!(self.heap.kind(f), Kind::Function | Kind::Method));
        if !scripted || !self.prelude_loaded() {
            return None;
        }
        let steppers = self.prelude.steppers?;
        let (function, iterator) = match (kind, iterators) {
            (TypeKind::Filter, &[it]) => (steppers.filter, Value::Obj(it)),
            (TypeKind::Map, &[it]) => (steppers.map, Value::Obj(it)),
            (TypeKind::Map, many) => (steppers.map_many, self.zip_of(many)),
            _ => return None,
        };
        self.faced_generator(kind, function, &[func, iterator, steppers.stop])
    }

    /// `enumerate(iterable, start)`, given the iterable's iterator `inner`:
    /// when a trace steps that only in a `for` (`stepped_apart`: a
    /// generator, `reversed(xs)`...), a generator of the prelude that steps
    /// it with a `for` (`enumerate_steps`), which the JIT follows; None
    /// otherwise (the native object steps it, and a trace inside it).
    pub(crate) fn enumerate_by_prelude(&mut self, inner: ObjRef, start: Value) -> Option<Value> {
        if !self.stepped_apart(inner) || !self.prelude_loaded() {
            return None;
        }
        let steppers = self.prelude.steppers?;
        // The next count lives outside the frame, which starts again when
        // the generator finishes (`Face`), while the count goes on.
        let counter = self.new_list(vec![start]);
        self.faced_generator(TypeKind::Enumerate, steppers.enumerate, &[Value::Obj(inner), counter])
    }

    /// `zip(*iterators)` (made by the built-in): a generator of the
    /// prelude that steps them with `for`s when a trace steps one only so
    /// (`stepped_apart`), as `enumerate_by_prelude`; else the native
    /// object.
    pub(crate) fn zip_of(&mut self, iterators: &[ObjRef]) -> Value {
        let values: smallvec::SmallVec<[Value; 4]> = iterators.iter().map(|&r| Value::Obj(r)).collect();
        if iterators.iter().any(|&r| self.stepped_apart(r)) && self.prelude_loaded() {
            let stepper = self.prelude.steppers.and_then(|steppers| match values[..] {
                [first, second] => self.faced_generator(TypeKind::Zip, steppers.zip2, &[first, second]),
                _ => {
                    let all = self.heap.new_tuple(&values);
                    self.faced_generator(TypeKind::Zip, steppers.zip, &[Value::Obj(all)])
                }
            });
            if let Some(stepper) = stepper {
                return stepper;
            }
        }
        let iters = self.heap.new_tuple(&values);
        Value::Obj(self.heap.alloc(crate::object::ZipObj::new(iters)))
    }

    /// `zip(*iterators, strict=True)`: the prelude's generator that checks
    /// the lengths, shown as a `zip`; None without the prelude.
    pub(crate) fn strict_zip_of(&mut self, iterators: &[ObjRef]) -> Option<Value> {
        if !self.prelude_loaded() {
            return None;
        }
        let steppers = self.prelude.steppers?;
        let values: Vec<Value> = iterators.iter().map(|&r| Value::Obj(r)).collect();
        let all = Value::Obj(self.heap.new_tuple(&values));
        self.faced_generator(TypeKind::Zip, steppers.zip_strict, &[all, steppers.value_error])
    }

    /// Whether a trace steps iterator `r` only in a `for` of its own, not
    /// inside a native `enumerate` or `zip`: a generator (its frame runs
    /// inline), or a built-in iterator a helper steps once per item
    /// (`reversed(xs)`, `map(int, words)`: `steps_natively`,
    /// `plain_map_func`). An `enumerate` or `zip` of one is the prelude's.
    fn stepped_apart(&self, r: ObjRef) -> bool {
        self.heap.kind(r) == Kind::Generator || self.steps_natively(r) || self.plain_map_func(r).is_some()
    }

    /// A new generator of the prelude's `function` with `args`, shown to
    /// the script as an object of built-in type `kind` (`Face`).
    fn faced_generator(&mut self, kind: TypeKind, function: ObjRef, args: &[Value]) -> Option<Value> {
        let g = self.new_generator_for_jit(function, args)?;
        if let Some(gen) = g.as_obj().and_then(|g| self.heap.generator_mut(g)) {
            let start = gen.slots.as_slice().into();
            gen.face = Some(Box::new(Face { kind, start }));
        }
        Some(g)
    }

    /// Whether `r` is one of the natives `list_sort` calls, which change
    /// the list they are given (a trace calls them once each).
    pub fn is_list_sort_step(&self, r: ObjRef) -> bool {
        self.prelude
            .list_sort
            .is_some_and(|(_, natives)| natives.iter().any(|n| n.as_obj() == Some(r)))
    }

    /// Where `key=` and `reverse=` are among `args`, the values of keyword
    /// names `names` (a tuple): `key` alone, or both with `reverse` a bool.
    fn key_and_reverse(&self, args: &[Value], names: Value) -> Option<(usize, Option<usize>)> {
        let names = names.as_obj().and_then(|n| self.heap.tuple(n))?;
        if names.len() != args.len() {
            return None;
        }
        let at = |name: &str| names.iter().position(|&n| self.as_str(n) == Some(name));
        let key = at("key")?;
        match (names.len(), at("reverse")) {
            (1, _) => Some((key, None)),
            (2, Some(r)) if matches!(args[r], Value::Bool(_)) => Some((key, Some(r))),
            _ => None,
        }
    }

    /// `min(iterable, key=key)`, `max(...)` or `sorted(...)`'s Python
    /// version and the callable it takes after the key, for a call of
    /// `callee` with arguments `args` and keyword names `names` (a
    /// tuple), when the call is one of those (`key` not None; `sorted`
    /// may have `reverse=` a bool too) and `iter(iterable)` is made
    /// without running script code. The caller passes `iter(iterable)` in
    /// the iterable's place, the key, the callable, then for `sorted`
    /// whether in reverse (`Vm::redirect_key_to_prelude`).
    pub fn key_consumer_call(&mut self, callee: ObjRef, args: &[Value], names: Value) -> Option<KeyedCall> {
        let (&Value::Obj(iterable), rest) = args.split_first()? else {
            return None;
        };
        if self.heap.kind(callee) != Kind::Native {
            return None;
        }
        let (key, reverse) = self.key_and_reverse(rest, names)?;
        if rest[key].is_none() {
            return None;
        }
        let iterates_natively = match self.heap.get(iterable) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::Str(_) | Obj::Dict(_) | Obj::DictView(_) => true,
            Obj::Set(_) | Obj::Bytes(_) => true,
            o => o.is_iterator(),
        };
        if !iterates_natively || !self.prelude_loaded() {
            return None;
        }
        let at = self.prelude.keyed.iter().position(|&(b, _, _)| b == callee)?;
        // Only `sorted` (the last) takes `reverse=`.
        if reverse.is_some() && at != self.prelude.keyed.len() - 1 {
            return None;
        }
        let (_, function, last) = self.prelude.keyed[at];
        let sorted = at == self.prelude.keyed.len() - 1;
        Some(KeyedCall {
            function,
            last,
            key,
            reverse: sorted.then_some(reverse),
        })
    }

    /// Whether `v` is an iterator whose steps may run script code: a
    /// generator, a built-in iterator that may step one, an instance with
    /// `__next__`.
    fn may_step_script(&self, v: Value) -> bool {
        match v {
            Value::Obj(g) if consumed_kind(self.heap.kind(g)) => {
                self.heap.kind(g) != Kind::Instance
                    || self
                        .special_method(Value::Obj(g), crate::special::Special::Next)
                        .is_some()
            }
            _ => false,
        }
    }

    /// Whether the prelude is compiled, compiling it at its first use.
    fn prelude_loaded(&mut self) -> bool {
        if self.prelude.compile.is_none() {
            return false;
        }
        if self.prelude.functions.is_empty() {
            self.load_prelude();
        }
        !self.prelude.functions.is_empty()
    }

    /// Compiles the prelude and makes its functions (no module code runs:
    /// they read no globals).
    fn load_prelude(&mut self) {
        let Some(compile) = self.prelude.compile else {
            return;
        };
        if self.prelude.failed {
            return;
        }
        let Some(code) = compile(SOURCE, FILENAME, false) else {
            self.prelude.failed = true;
            return;
        };
        let module = self.load_code(std::rc::Rc::new(code));
        let children = self.codes[module.0 as usize].children.clone();
        let function = |vm: &Vm, python: &str| {
            let child = *children
                .iter()
                .find(|&&c| &*vm.codes[c.0 as usize].code.qualname == python)?;
            Some(vm.function_of(child, &[]))
        };
        // A built-in (by its name) with the function that stands for it.
        let pair = |vm: &Vm, builtin: &str, python: &str| {
            let builtin = vm.builtins.get(builtin).and_then(|b| b.as_obj())?;
            Some((builtin, function(vm, python)?))
        };
        let functions: Option<Vec<_>> = CONSUMERS
            .iter()
            .zip(self.consumer_builtins())
            .map(|(name, builtin)| Some(((*builtin)?, function(self, name)?)))
            .collect();
        let keyed: Option<Vec<_>> = [("min", "min_key"), ("max", "max_key"), ("sorted", "sorted_key")]
            .iter()
            .map(|(builtin, python)| pair(self, builtin, python))
            .collect();
        let steppers = (|| {
            Some(Steppers {
                map: function(self, "map_steps")?.as_obj()?,
                map_many: function(self, "map_many_steps")?.as_obj()?,
                filter: function(self, "filter_steps")?.as_obj()?,
                enumerate: function(self, "enumerate_steps")?.as_obj()?,
                zip2: function(self, "zip2_steps")?.as_obj()?,
                zip: function(self, "zip_steps")?.as_obj()?,
                zip_strict: function(self, "zip_strict_steps")?.as_obj()?,
                stop: *self.builtins.get("StopIteration")?,
                value_error: *self.builtins.get("ValueError")?,
            })
        })();
        let (Some(functions), Some(keyed), Some(join), Some(list_sort), Some(steppers)) = (
            functions,
            keyed,
            function(self, "join"),
            function(self, "list_sort"),
            steppers,
        ) else {
            self.prelude.failed = true;
            return;
        };
        self.prelude.steppers = Some(steppers);
        self.prelude.join = Some(join);
        let [take, put_back] = [
            crate::methods::sort::take_for_sort as crate::native::NativeFnPtr,
            crate::methods::sort::put_back_sorted,
        ]
        .map(|func| Value::Obj(self.heap.alloc(NativeObj::new(NativeFn { name: "sort", func }))));
        self.prelude.list_sort = Some((list_sort, [take, put_back]));
        for (name, func) in [
            ("min", min_of_nothing as crate::native::NativeFnPtr),
            ("max", max_of_nothing),
        ] {
            let native = self.heap.alloc(NativeObj::new(NativeFn { name, func }));
            self.prelude.empties.push(Value::Obj(native));
        }
        let sort_by = NativeFn {
            name: "sorted",
            func: crate::methods::sort::sort_by_keys,
        };
        let lasts = [
            self.prelude.empties[0],
            self.prelude.empties[1],
            Value::Obj(self.heap.alloc(NativeObj::new(sort_by))),
        ];
        self.prelude.keyed = keyed
            .into_iter()
            .zip(lasts)
            .map(|((b, f), last)| (b, f, last))
            .collect();
        self.prelude.functions = functions;
    }

    /// Whether code runs in the prelude (its frames stay out of tracebacks).
    pub fn is_prelude(&self, code: crate::bytecode::CodeId) -> bool {
        &*self.codes[code.0 as usize].code.filename == FILENAME
    }
}
