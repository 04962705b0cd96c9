//! The `array` module: `array.array(typecode, initializer)`, a sequence
//! of machine numbers of one type (`'B'` bytes, `'d'` doubles, ...).
//!
//! An array is an instance of a native class (`native_class.rs`) whose
//! state holds its typecode and a list of its values. Every value is
//! converted on the way in as CPython converts it to the C type: ints
//! range-checked with CPython's `OverflowError` texts (which come from
//! the chain of C conversions CPython makes, so `'b'` checks a C long, a
//! short, then a signed char), floats for `'f'` rounded to single
//! precision. What is stored is then exactly what CPython would read
//! back, so indexing, iteration, comparison and `repr` are the list's.
//! The `'u'` (wide character) typecode and the byte views (`tobytes`,
//! `frombytes`, `buffer_info`) are not supported.

use crate::builtins::args;
use crate::error::{ExcKind, PyError, RawError};
use crate::heap::ObjRef;
use crate::native::{KwArg, NativeFnPtr, NativeResult};
use crate::object::Storage;
use crate::ops::arith::BinOp;
use crate::ops::compare::OrderOp;
use crate::value::Value;
use crate::vm::Vm;

use super::native_class::{field, init_state, make_class, receiver, state};

/// The class's name in messages (`unhashable type: 'array.array'`).
const TP_NAME: &str = "array.array";

/// Every typecode CPython knows, in its order (`array.typecodes`).
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Fields of an array's state.
const TYPECODE: usize = 0;
const ITEMS: usize = 1;

pub(super) fn attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    const METHODS: &[(&str, NativeFnPtr)] = &[
        ("__init__", init),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__hash__", unhashable),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("append", append),
        ("extend", extend),
        ("fromlist", fromlist),
        ("insert", insert),
        ("pop", pop),
        ("index", index),
        ("count", count),
        ("remove", remove),
        ("reverse", reverse),
        ("tolist", tolist),
        ("tobytes", bytes_view),
        ("frombytes", bytes_view),
        ("buffer_info", bytes_view),
        ("byteswap", bytes_view),
    ];
    let class = make_class(vm, TP_NAME, METHODS, &[]);
    // `typecode` and `itemsize` read like attributes (properties), and
    // cannot be set.
    for (name, func) in [("typecode", typecode as NativeFnPtr), ("itemsize", itemsize)] {
        super::native_class::define_property(vm, class, name, func);
    }
    vm.array_class = class.as_obj();
    let typecodes = vm.new_str(TYPECODES);
    vec![("array", class), ("ArrayType", class), ("typecodes", typecodes)]
}

/// What a typecode's values are.
#[derive(Clone, Copy, PartialEq)]
enum Elem {
    /// A C integer type, its values checked as `check_int` does.
    Int,
    /// A C float: values rounded to single precision.
    F32,
    /// A C double.
    F64,
}

#[derive(Clone, Copy, PartialEq)]
struct Code {
    letter: char,
    elem: Elem,
    /// Bytes per item (`itemsize`), as on 64-bit Linux.
    size: i64,
}

fn code_of(letter: char) -> Option<Code> {
    let (elem, size) = match letter {
        'b' | 'B' => (Elem::Int, 1),
        'h' | 'H' => (Elem::Int, 2),
        'i' | 'I' => (Elem::Int, 4),
        'l' | 'L' | 'q' | 'Q' => (Elem::Int, 8),
        'f' => (Elem::F32, 4),
        'd' => (Elem::F64, 8),
        _ => return None,
    };
    Some(Code { letter, elem, size })
}

fn type_error(msg: impl Into<String>) -> PyError {
    args::error(ExcKind::TypeError, msg)
}

fn overflow(msg: impl Into<String>) -> PyError {
    args::error(ExcKind::OverflowError, msg)
}

/// The int `v` stands for, clamped to the i128 range (every bound
/// checked below is far inside it), or the TypeError of a non-int.
fn int_arg(vm: &Vm, v: Value) -> Result<i128, PyError> {
    match v {
        Value::Int(n) => Ok(n as i128),
        Value::Bool(b) => Ok(b as i128),
        _ => match vm.big_int(v) {
            Some(x) => Ok(i128::try_from(x).unwrap_or(if x.sign() == dashu_int::Sign::Negative {
                i128::MIN
            } else {
                i128::MAX
            })),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// CPython's check of `n` against the C type named `what`.
fn within(n: i128, lo: i128, hi: i128, what: &str) -> Result<(), PyError> {
    if n < lo {
        return Err(overflow(format!("{what} is less than minimum")));
    }
    if n > hi {
        return Err(overflow(format!("{what} is greater than maximum")));
    }
    Ok(())
}

/// `n` as a C long (the first step of every signed conversion).
fn c_long(n: i128) -> Result<(), PyError> {
    if n < i64::MIN as i128 || n > i64::MAX as i128 {
        return Err(overflow("Python int too large to convert to C long"));
    }
    Ok(())
}

/// Whether int `n` fits the C type of `letter`, with the error CPython's
/// conversion chain for that typecode raises first.
fn check_int(letter: char, n: i128) -> Result<(), PyError> {
    const SHORT: (i128, i128) = (i16::MIN as i128, i16::MAX as i128);
    const INT: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);
    let u64_max = u64::MAX as i128;
    match letter {
        'b' => {
            c_long(n)?;
            within(n, SHORT.0, SHORT.1, "signed short integer")?;
            within(n, i8::MIN as i128, i8::MAX as i128, "signed char")
        }
        'B' => {
            c_long(n)?;
            within(n, 0, u8::MAX as i128, "unsigned byte integer")
        }
        'h' => {
            c_long(n)?;
            within(n, SHORT.0, SHORT.1, "signed short integer")
        }
        'H' => {
            c_long(n)?;
            within(n, INT.0, INT.1, "signed integer")?;
            within(n, 0, u16::MAX as i128, "unsigned short")
        }
        'i' => {
            c_long(n)?;
            within(n, INT.0, INT.1, "signed integer")
        }
        'I' | 'L' if n < 0 => Err(overflow("can't convert negative value to unsigned int")),
        'I' | 'L' if n > u64_max => Err(overflow("Python int too large to convert to C unsigned long")),
        'I' if n > u32::MAX as i128 => Err(overflow("unsigned int is greater than maximum")),
        'l' => c_long(n),
        'q' if n < i64::MIN as i128 || n > i64::MAX as i128 => Err(overflow("int too big to convert")),
        'Q' if n < 0 => Err(overflow("can't convert negative int to unsigned")),
        'Q' if n > u64_max => Err(overflow("int too big to convert")),
        _ => Ok(()),
    }
}

/// `v` as an item of an array of `code`: what CPython stores and reads
/// back.
fn convert(vm: &Vm, code: Code, v: Value) -> Result<Value, PyError> {
    match code.elem {
        Elem::Int => {
            let n = int_arg(vm, v)?;
            check_int(code.letter, n)?;
            Ok(match i64::try_from(n) {
                Ok(small) => Value::Int(small),
                // 'L' and 'Q' above 2**63 - 1: the int as it was.
                Err(_) => v,
            })
        }
        Elem::F32 => Ok(Value::Float(args::real_arg(vm, v)? as f32 as f64)),
        Elem::F64 => Ok(Value::Float(args::real_arg(vm, v)?)),
    }
}

/// Converts every value, charging for the walk.
fn convert_all(vm: &Vm, code: Code, values: &[Value]) -> Result<Vec<Value>, PyError> {
    vm.charge(values.len() as u64 * crate::limits::ITEM_TICKS)?;
    values.iter().map(|&v| convert(vm, code, v)).collect()
}

/// The typecode and the item list of the array a method runs on.
fn parts(vm: &Vm, args: &[Value]) -> Result<(Code, ObjRef), PyError> {
    let (st, _) = receiver(vm, args, TP_NAME)?;
    // Any instance may hold a `__state` (a script can set one): only an
    // array's is an array's.
    if !is_array(vm, args[0]) {
        return Err(not_an_array(vm, args[0]));
    }
    parts_of_state(vm, st)
}

/// Whether `v` is an array (or an instance of a subclass of `array.array`).
fn is_array(vm: &Vm, v: Value) -> bool {
    let (Some(class), Some(array)) = (vm.class_of(v), vm.array_class) else {
        return false;
    };
    class == array || vm.mro(class).contains(&array)
}

fn not_an_array(vm: &Vm, v: Value) -> PyError {
    type_error(format!(
        "descriptor requires a '{TP_NAME}' object but received a '{}'",
        vm.type_name(v)
    ))
}

fn parts_of_state(vm: &Vm, st: ObjRef) -> Result<(Code, ObjRef), PyError> {
    let letter = vm.as_str(field(vm, st, TYPECODE)).and_then(|s| s.chars().next());
    let code = letter.and_then(code_of);
    let items = field(vm, st, ITEMS).as_obj().filter(|&r| vm.heap.list(r).is_some());
    match (code, items) {
        (Some(code), Some(items)) => Ok((code, items)),
        _ => Err(type_error(format!("descriptor requires a '{TP_NAME}' object"))),
    }
}

/// The typecode and items of `v` if it is an array (or an instance of a
/// subclass of `array.array`).
fn array_parts(vm: &Vm, v: Value) -> Option<(Code, ObjRef)> {
    if !is_array(vm, v) {
        return None;
    }
    parts_of_state(vm, state(vm, v, TP_NAME).ok()?).ok()
}

/// A new array of `code` whose items are list `made`: the result of an
/// operation on another array's items (`+`, `*`, a slice), already
/// converted, kept as it is rather than copied item by item. A list that
/// is `from`, the items of the array operated on, is copied (no two arrays
/// share their items).
fn new_array(vm: &mut Vm, code: Code, made: Value, from: ObjRef) -> NativeResult {
    let made = match made.as_obj() {
        Some(r) if r != from && vm.heap.list(r).is_some() => made,
        _ => {
            let values = vm.collect_iterable(made)?;
            vm.new_list(values)
        }
    };
    args::with_roots(vm, &[made], |vm| {
        let class = super::import(vm, "array").and_then(|m| vm.get_attr(m, "array"))?;
        let Some(class) = class.as_obj() else {
            return Err(type_error("array.array is gone"));
        };
        let inst = vm.alloc_instance(class);
        args::with_roots(vm, &[inst], |vm| {
            let letter = vm.new_str(code.letter.to_string());
            init_state(vm, inst, TP_NAME, vec![letter, made])?;
            Ok(inst)
        })
    })
}

/// `array(typecode[, initializer])`.
fn init(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    if !kwargs.is_empty() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let given = args.len().saturating_sub(1);
    if given == 0 {
        return Err(type_error("array() takes at least 1 argument (0 given)"));
    }
    if given > 2 {
        return Err(type_error(format!("array() takes at most 2 arguments ({given} given)")));
    }
    let (this, tc) = (args[0], args[1]);
    let letter = match vm.as_str(tc) {
        Some(s) if s.chars().count() == 1 => s.chars().next().expect("one char"),
        _ => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(tc)
            )))
        }
    };
    if letter == 'u' {
        return Err(args::error(
            ExcKind::NotImplementedError,
            "array typecode 'u' is not supported by Rumba",
        ));
    }
    let Some(code) = code_of(letter) else {
        return Err(args::error(
            ExcKind::ValueError,
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    };
    let items = match args.get(2) {
        None => Vec::new(),
        Some(&v) if vm.as_str(v).is_some() => {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{letter}'"
            )))
        }
        Some(&v) => {
            let values = vm.collect_iterable(v)?;
            convert_all(vm, code, &values)?
        }
    };
    let letter = vm.new_str(letter.to_string());
    let list = vm.new_list(items);
    args::with_roots(vm, &[letter, list], |vm| {
        init_state(vm, this, TP_NAME, vec![letter, list])
    })?;
    Ok(Value::None)
}

fn typecode(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, _) = parts(vm, args)?;
    Ok(vm.new_str(code.letter.to_string()))
}

fn itemsize(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, _) = parts(vm, args)?;
    Ok(Value::Int(code.size))
}

fn length(vm: &Vm, items: ObjRef) -> usize {
    vm.heap.list(items).map_or(0, |l| l.len())
}

fn len(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    Ok(Value::Int(length(vm, items) as i64))
}

/// The one argument after the receiver.
fn one(args: &[Value], name: &str) -> Result<Value, PyError> {
    match args {
        [_, v] => Ok(*v),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// Index `i` of an array of `n` items, negative from the end; `what` is
/// the IndexError's text.
fn position(i: Value, n: usize, what: &str) -> Result<usize, PyError> {
    let Some(i) = i.as_index() else {
        return Err(type_error("array indices must be integers"));
    };
    let at = if i < 0 { i + n as i64 } else { i };
    if at < 0 || at >= n as i64 {
        return Err(args::error(ExcKind::IndexError, what));
    }
    Ok(at as usize)
}

/// The typecode and items of `r` if it is an `array.array` itself, not
/// an instance of a subclass (which may override `__getitem__`): the
/// class is immutable, so its own methods are the ones that run.
fn exact_parts(vm: &Vm, r: ObjRef) -> Option<(Code, ObjRef)> {
    let class = vm.array_class?;
    vm.heap.instance(r).filter(|i| i.class == class)?;
    parts_of_state(vm, state(vm, Value::Obj(r), TP_NAME).ok()?).ok()
}

/// `a[i]` for an array and an int, as `getitem` gives it, without the
/// call of the special method (the interpreter's `get_item` tries this
/// first). None when `r` is no array or `i` no int.
pub(crate) fn get_item_fast(vm: &Vm, r: ObjRef, i: Value) -> Option<NativeResult> {
    let Value::Int(_) = i else { return None };
    let (_, items) = exact_parts(vm, r)?;
    Some(
        position(i, length(vm, items), "array index out of range")
            .map(|at| vm.heap.list(items).map_or(Value::None, |l| l.get(at))),
    )
}

/// `a[i] = v` for an array and an int, as `setitem` makes it (the same
/// checks in the same order), without the call of the special method.
pub(crate) fn set_item_fast(vm: &mut Vm, r: ObjRef, i: Value, v: Value) -> Option<Result<(), PyError>> {
    let Value::Int(_) = i else { return None };
    let (code, items) = exact_parts(vm, r)?;
    Some(store_item(vm, code, items, i, v))
}

fn store_item(vm: &mut Vm, code: Code, items: ObjRef, i: Value, v: Value) -> Result<(), PyError> {
    let at = position(i, length(vm, items), "array assignment index out of range")?;
    let v = convert(vm, code, v)?;
    vm.heap.grow_list(items, Storage::of(v), 0, |l| l.set(at, v))?;
    Ok(())
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let index = one(args, "__getitem__")?;
    // A slice object (`a[slice(1, 3)]`, `super().__getitem__(s)`) slices,
    // as the `a[1:3]` syntax does.
    if let Some(bounds) = vm.slice_bounds(index) {
        return vm
            .array_slice(args[0], bounds)
            .unwrap_or_else(|| Err(not_an_array(vm, args[0])));
    }
    let at = position(index, length(vm, items), "array index out of range")?;
    Ok(vm.heap.list(items).map_or(Value::None, |l| l.get(at)))
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let [this, i, v] = args else {
        return Err(type_error("__setitem__ expected 2 arguments"));
    };
    match vm.slice_bounds(*i) {
        Some(bounds) => match vm.array_set_slice(*this, bounds, *v) {
            Some(done) => done?,
            None => return Err(not_an_array(vm, *this)),
        },
        None => store_item(vm, code, items, *i, *v)?,
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let index = one(args, "__delitem__")?;
    if let Some(bounds) = vm.slice_bounds(index) {
        match vm.array_del_slice(args[0], bounds) {
            Some(done) => done?,
            None => return Err(not_an_array(vm, args[0])),
        }
        return Ok(Value::None);
    }
    let at = position(index, length(vm, items), "array assignment index out of range")?;
    vm.heap.with_list(items, |l| l.remove(at));
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    vm.get_iter(Value::Obj(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let reversed = vm.builtins.get("reversed").copied().expect("the built-in reversed");
    vm.call_value(reversed, &[Value::Obj(items)])
}

fn contains(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let needle = one(args, "__contains__")?;
    Ok(Value::Bool(vm.contains(Value::Obj(items), needle)?))
}

/// `array('B', [1, 2])`, or `array('d')` when empty.
fn repr(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    // The type's own name, a subclass's too (CPython's `_PyType_Name`:
    // the part after the last dot).
    let class = args.first().and_then(|&this| vm.class_of(this));
    let full = class.map_or(TP_NAME, |c| vm.class_name(c));
    let name = full.rsplit('.').next().unwrap_or(full);
    let text = if length(vm, items) == 0 {
        format!("{name}('{}')", code.letter)
    } else {
        format!("{name}('{}', {})", code.letter, vm.repr(Value::Obj(items))?)
    };
    Ok(vm.new_str(text))
}

fn unhashable(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(type_error(format!("unhashable type: '{TP_NAME}'")))
}

fn not_implemented(vm: &Vm) -> Value {
    vm.not_implemented.map_or(Value::None, Value::Obj)
}

/// Comparisons with another array (of any typecode) compare the values;
/// with anything else they decline.
fn compare(vm: &mut Vm, args: &[Value], op: Option<OrderOp>) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let other = args.get(1).copied().unwrap_or(Value::None);
    let Some((_, other)) = array_parts(vm, other) else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = (Value::Obj(items), Value::Obj(other));
    Ok(Value::Bool(match op {
        None => vm.eq(a, b)?,
        Some(op) => vm.compare(op, a, b)?,
    }))
}

fn eq(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, None)
}

fn ne(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    match compare(vm, args, None)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        declined => Ok(declined),
    }
}

fn lt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, Some(OrderOp::Lt))
}

fn le(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, Some(OrderOp::Le))
}

fn gt(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, Some(OrderOp::Gt))
}

fn ge(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    compare(vm, args, Some(OrderOp::Ge))
}

/// The items of `other`, an array of the same typecode as `code`, for
/// `+` and `+=` (`verb` words CPython's error for a non-array).
fn same_kind(vm: &Vm, code: Code, other: Value, verb: &str) -> Result<ObjRef, PyError> {
    match array_parts(vm, other) {
        Some((c, items)) if c == code => Ok(items),
        Some(_) => Err(type_error("bad argument type for built-in operation")),
        None => Err(type_error(format!(
            "can only {verb} array (not \"{}\") to array",
            vm.type_name(other)
        ))),
    }
}

fn add(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let other = same_kind(vm, code, one(args, "__add__")?, "append")?;
    let joined = vm.binary_op(BinOp::Add, Value::Obj(items), Value::Obj(other))?;
    new_array(vm, code, joined, items)
}

fn iadd(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let other = one(args, "__iadd__")?;
    if array_parts(vm, other).is_none() {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(other)
        )));
    }
    let other = same_kind(vm, code, other, "extend")?;
    let values = vm.heap.list(other).map(|l| l.to_vec()).unwrap_or_default();
    push_all(vm, items, values)?;
    Ok(args[0])
}

fn mul(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let repeated = vm.binary_op(BinOp::Mul, Value::Obj(items), one(args, "__mul__")?)?;
    new_array(vm, code, repeated, items)
}

fn imul(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let repeated = vm.binary_op(BinOp::Mul, Value::Obj(items), one(args, "__imul__")?)?;
    let values = vm.collect_iterable(repeated)?;
    vm.heap.with_list(items, |l| l.replace(values));
    Ok(args[0])
}

/// Appends converted values to an array's items (within the heap limit).
fn push_all(vm: &mut Vm, items: ObjRef, values: Vec<Value>) -> Result<(), PyError> {
    let incoming = Storage::of_all(&values);
    vm.heap.grow_list(items, incoming, values.len(), |l| {
        for v in values {
            l.push(v);
        }
    })?;
    Ok(())
}

fn append(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let v = convert(vm, code, one(args, "append")?)?;
    push_all(vm, items, vec![v])?;
    Ok(Value::None)
}

/// `a.extend(iterable)`: another array must be of the same typecode.
fn extend(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let source = one(args, "extend")?;
    let values = match array_parts(vm, source) {
        Some((c, _)) if c != code => return Err(type_error("can only extend with array of same kind")),
        Some((_, other)) => vm.heap.list(other).map(|l| l.to_vec()).unwrap_or_default(),
        None => {
            let values = vm.collect_iterable(source)?;
            convert_all(vm, code, &values)?
        }
    };
    push_all(vm, items, values)?;
    Ok(Value::None)
}

/// `a.fromlist(list)`: all or nothing, as CPython.
fn fromlist(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let source = one(args, "fromlist")?;
    let Some(list) = source.as_obj().and_then(|r| vm.heap.list(r)) else {
        return Err(type_error("arg must be list"));
    };
    let values = list.to_vec();
    let values = convert_all(vm, code, &values)?;
    push_all(vm, items, values)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (code, items) = parts(vm, args)?;
    let [_, i, v] = args else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let Some(i) = i.as_index() else {
        return Err(args::not_an_integer(vm, *i));
    };
    let v = convert(vm, code, *v)?;
    let n = length(vm, items) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    vm.heap.grow_list(items, Storage::of(v), 1, |l| l.insert(at, v))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let n = length(vm, items);
    if n == 0 {
        return Err(args::error(ExcKind::IndexError, "pop from empty array"));
    }
    let i = match args.get(1) {
        Some(&i) => args::index_arg(vm, i)?,
        None => -1,
    };
    let at = position(Value::Int(i), n, "pop index out of range")?;
    Ok(vm.heap.with_list(items, |l| l.remove(at)).unwrap_or(Value::None))
}

/// Where `x` is first among the items (compared with `==`).
fn find(vm: &mut Vm, items: ObjRef, x: Value) -> Result<Option<usize>, PyError> {
    let values = vm.heap.list(items).map(|l| l.to_vec()).unwrap_or_default();
    vm.charge(values.len() as u64 * crate::limits::ITEM_TICKS)?;
    for (i, v) in values.into_iter().enumerate() {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    match find(vm, items, one(args, "index")?)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(args::error(ExcKind::ValueError, "array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let x = one(args, "count")?;
    let values = vm.heap.list(items).map(|l| l.to_vec()).unwrap_or_default();
    vm.charge(values.len() as u64 * crate::limits::ITEM_TICKS)?;
    let mut n = 0;
    for v in values {
        if vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn remove(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    match find(vm, items, one(args, "remove")?)? {
        Some(i) => {
            vm.heap.with_list(items, |l| l.remove(i));
            Ok(Value::None)
        }
        None => Err(args::error(ExcKind::ValueError, "array.remove(x): x not in array")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    vm.heap.with_list(items, |l| l.reverse());
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], _: &[KwArg]) -> NativeResult {
    let (_, items) = parts(vm, args)?;
    let values = vm.heap.list(items).map(|l| l.to_vec()).unwrap_or_default();
    Ok(vm.new_list(values))
}

/// The methods that see an array as machine bytes, which Rumba's
/// arrays (a list of Python numbers) do not have.
fn bytes_view(_: &mut Vm, _: &[Value], _: &[KwArg]) -> NativeResult {
    Err(args::error(
        ExcKind::NotImplementedError,
        "the byte views of an array (tobytes, frombytes, buffer_info, byteswap) are not supported by Rumba",
    ))
}

impl Vm {
    /// `a[lower:upper:step]` of an array: an array of the same typecode
    /// (None: `v` is no array).
    pub(crate) fn array_slice(&mut self, v: Value, bounds: [Value; 3]) -> Option<NativeResult> {
        let (code, items) = array_parts(self, v)?;
        Some((|| {
            let [lower, upper, step] = bounds;
            let sliced = self.get_slice(Value::Obj(items), lower, upper, step)?;
            new_array(self, code, sliced, items)
        })())
    }

    /// `a[lower:upper:step] = value` of an array: `value` must be an
    /// array of the same typecode (None: `v` is no array).
    pub(crate) fn array_set_slice(
        &mut self,
        v: Value,
        bounds: [Value; 3],
        value: Value,
    ) -> Option<Result<(), PyError>> {
        let (code, items) = array_parts(self, v)?;
        let [lower, upper, step] = bounds;
        Some(match array_parts(self, value) {
            Some((c, other)) if c == code => self.set_slice(Value::Obj(items), lower, upper, step, Value::Obj(other)),
            Some(_) => Err(type_error("bad argument type for built-in operation")),
            None => Err(RawError::type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                self.type_name(value)
            ))
            .into()),
        })
    }

    /// `del a[lower:upper:step]` of an array (None: `v` is no array).
    pub(crate) fn array_del_slice(&mut self, v: Value, bounds: [Value; 3]) -> Option<Result<(), PyError>> {
        let (_, items) = array_parts(self, v)?;
        let [lower, upper, step] = bounds;
        Some(self.del_slice(Value::Obj(items), lower, upper, step))
    }
}

#[cfg(test)]
mod tests {
    use super::check_int;

    fn message(letter: char, n: i128) -> String {
        check_int(letter, n).map_or_else(|e| e.last_line(), |_| "ok".into())
    }

    #[test]
    fn conversions_fail_as_cpython_chains_them() {
        assert_eq!(message('b', 127), "ok");
        assert_eq!(message('b', 128), "OverflowError: signed char is greater than maximum");
        assert_eq!(
            message('b', 40000),
            "OverflowError: signed short integer is greater than maximum"
        );
        assert_eq!(
            message('B', -1),
            "OverflowError: unsigned byte integer is less than minimum"
        );
        assert_eq!(
            message('H', 1 << 31),
            "OverflowError: signed integer is greater than maximum"
        );
        assert_eq!(message('H', -1), "OverflowError: unsigned short is less than minimum");
        assert_eq!(
            message('I', -1),
            "OverflowError: can't convert negative value to unsigned int"
        );
        assert_eq!(
            message('I', 1 << 32),
            "OverflowError: unsigned int is greater than maximum"
        );
        assert_eq!(
            message('L', 1 << 64),
            "OverflowError: Python int too large to convert to C unsigned long"
        );
        assert_eq!(
            message('l', 1 << 63),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(message('q', 1 << 63), "OverflowError: int too big to convert");
        assert_eq!(
            message('Q', -1),
            "OverflowError: can't convert negative int to unsigned"
        );
        assert_eq!(message('Q', (1 << 64) - 1), "ok");
    }
}
