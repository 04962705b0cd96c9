//! The built-in functions, checked against what CPython 3.11 prints.

use super::testing::{call, call_type, ints, new_vm, s, strs, tuple};
use crate::native::NativeFn;
use crate::object::TypeKind;
use crate::value::Value;
use crate::vm::Vm;

fn builtin(vm: &mut Vm, name: &str) -> Value {
    let f = super::BUILTINS
        .iter()
        .find(|f| f.name == name)
        .copied()
        .expect("a built-in");
    Value::Obj(vm.heap.alloc(crate::object::NativeObj::new(NativeFn {
        name: f.name,
        func: f.func,
    })))
}

#[test]
fn print_joins_with_sep_and_end() {
    let (mut vm, out) = new_vm();
    let (a, b) = (s(&mut vm, "a"), s(&mut vm, "b"));
    call(&mut vm, "print", &[a, Value::Int(1), b], &[]);
    let (dash, bang) = (s(&mut vm, "-"), s(&mut vm, "!"));
    call(&mut vm, "print", &[a, b], &[("sep", dash), ("end", bang)]);
    call(&mut vm, "print", &[a, b], &[("sep", Value::None), ("end", Value::None)]);
    call(&mut vm, "print", &[], &[]);
    assert_eq!(out.text(), "a 1 b\na-b!a b\n\n");
    assert_eq!(
        call(&mut vm, "print", &[], &[("sep", Value::Int(1))]),
        "TypeError: sep must be None or a string, not int"
    );
    assert_eq!(
        call(&mut vm, "print", &[], &[("foo", Value::Int(1))]),
        "TypeError: 'foo' is an invalid keyword argument for print()"
    );
}

#[test]
fn len_and_argument_errors() {
    let (mut vm, _) = new_vm();
    let xs = ints(&mut vm, &[1, 2, 3]);
    assert_eq!(call(&mut vm, "len", &[xs], &[]), "3");
    assert_eq!(
        call(&mut vm, "len", &[xs, xs], &[]),
        "TypeError: len() takes exactly one argument (2 given)"
    );
    assert_eq!(
        call(&mut vm, "len", &[Value::Int(5)], &[]),
        "TypeError: object of type 'int' has no len()"
    );
    assert_eq!(
        call(&mut vm, "len", &[], &[("x", xs)]),
        "TypeError: len() takes no keyword arguments"
    );
}

#[test]
fn abs_round_divmod_pow() {
    let (mut vm, _) = new_vm();
    assert_eq!(call(&mut vm, "abs", &[Value::Int(-3)], &[]), "3");
    assert_eq!(call(&mut vm, "abs", &[Value::Bool(true)], &[]), "1");
    assert_eq!(
        call(&mut vm, "abs", &[Value::Int(i64::MIN)], &[]),
        "9223372036854775808"
    );
    let a = s(&mut vm, "a");
    assert_eq!(
        call(&mut vm, "abs", &[a], &[]),
        "TypeError: bad operand type for abs(): 'str'"
    );
    assert_eq!(
        call(&mut vm, "round", &[], &[]),
        "TypeError: round() missing required argument 'number' (pos 1)"
    );
    assert_eq!(
        call(&mut vm, "round", &[a], &[]),
        "TypeError: type str doesn't define __round__ method"
    );
    assert_eq!(call(&mut vm, "round", &[Value::Int(5)], &[]), "5");
    assert_eq!(call(&mut vm, "round", &[Value::Bool(true), Value::Int(1)], &[]), "1");
    assert_eq!(
        call(&mut vm, "round", &[Value::Float(1.5), Value::Float(1.5)], &[]),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    assert_eq!(
        call(&mut vm, "round", &[Value::Float(1.5)], &[("number", Value::Int(2))]),
        "TypeError: argument for round() given by name ('number') and position (1)"
    );
    assert_eq!(
        call(&mut vm, "divmod", &[Value::Int(1)], &[]),
        "TypeError: divmod expected 2 arguments, got 1"
    );
    assert_eq!(
        call(&mut vm, "divmod", &[a, Value::Int(1)], &[]),
        "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"
    );
    assert_eq!(
        call(&mut vm, "pow", &[Value::Int(3), Value::Int(-1), Value::Int(7)], &[]),
        "5"
    );
    assert_eq!(
        call(&mut vm, "pow", &[Value::Int(2), Value::Int(3), Value::Int(0)], &[]),
        "ValueError: pow() 3rd argument cannot be 0"
    );
    assert_eq!(
        call(&mut vm, "pow", &[Value::Float(2.0), Value::Int(3), Value::Int(5)], &[]),
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
    );
    assert_eq!(
        call(&mut vm, "pow", &[], &[("base", Value::Int(2)), ("exp", Value::Int(10))]),
        "1024"
    );
    assert_eq!(
        call(&mut vm, "pow", &[Value::Int(1)], &[]),
        "TypeError: pow() missing required argument 'exp' (pos 2)"
    );
}

#[test]
fn sum_adds_left_to_right() {
    let (mut vm, _) = new_vm();
    let tenths = vm.new_list(vec![Value::Float(0.1); 10]);
    assert_eq!(call(&mut vm, "sum", &[tenths], &[]), "0.9999999999999999");
    let big = ints(&mut vm, &[1 << 62, 1 << 62]);
    assert_eq!(call(&mut vm, "sum", &[big], &[]), "9223372036854775808");
    let xs = ints(&mut vm, &[1, 2]);
    assert_eq!(call(&mut vm, "sum", &[xs], &[("start", Value::Float(0.5))]), "3.5");
    let words = strs(&mut vm, &["a", "b"]);
    assert_eq!(
        call(&mut vm, "sum", &[words], &[]),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    let empty = s(&mut vm, "");
    assert_eq!(
        call(&mut vm, "sum", &[words, empty], &[]),
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
    );
    assert_eq!(
        call(&mut vm, "sum", &[], &[]),
        "TypeError: sum() takes at least 1 positional argument (0 given)"
    );
    let nested = vm.new_list(vec![xs, xs]);
    let start = ints(&mut vm, &[]);
    assert_eq!(call(&mut vm, "sum", &[nested, start], &[]), "[1, 2, 1, 2]");
}

#[test]
fn min_and_max() {
    let (mut vm, _) = new_vm();
    let xs = ints(&mut vm, &[3, 1, 2]);
    assert_eq!(call(&mut vm, "max", &[xs], &[]), "3");
    assert_eq!(call(&mut vm, "min", &[xs], &[]), "1");
    assert_eq!(
        call(&mut vm, "max", &[Value::Int(3), Value::Int(7), Value::Int(5)], &[]),
        "7"
    );
    let empty = ints(&mut vm, &[]);
    assert_eq!(
        call(&mut vm, "max", &[empty], &[]),
        "ValueError: max() arg is an empty sequence"
    );
    assert_eq!(call(&mut vm, "max", &[empty], &[("default", Value::None)]), "None");
    assert_eq!(
        call(&mut vm, "max", &[], &[]),
        "TypeError: max expected at least 1 argument, got 0"
    );
    assert_eq!(
        call(&mut vm, "max", &[Value::Int(5)], &[]),
        "TypeError: 'int' object is not iterable"
    );
    assert_eq!(
        call(
            &mut vm,
            "max",
            &[Value::Int(1), Value::Int(2)],
            &[("default", Value::Int(3))]
        ),
        "TypeError: Cannot specify a default for max() with multiple positional arguments"
    );
    // With a key, the first of equal keys wins.
    let words = strs(&mut vm, &["bb", "a", "cc", "d"]);
    let len = builtin(&mut vm, "len");
    assert_eq!(call(&mut vm, "max", &[words], &[("key", len)]), "'bb'");
    assert_eq!(call(&mut vm, "min", &[words], &[("key", len)]), "'a'");
    let nan = vm.new_list(vec![Value::Float(f64::NAN), Value::Int(1)]);
    assert_eq!(call(&mut vm, "max", &[nan], &[]), "nan");
    assert!(vm.temp_roots.is_empty(), "roots are released");
}

#[test]
fn sorted_is_stable_and_reports_bad_comparisons() {
    let (mut vm, _) = new_vm();
    let words = strs(&mut vm, &["bb", "a", "cc", "d"]);
    let len = builtin(&mut vm, "len");
    assert_eq!(
        call(&mut vm, "sorted", &[words], &[("key", len)]),
        "['a', 'd', 'bb', 'cc']"
    );
    assert_eq!(
        call(
            &mut vm,
            "sorted",
            &[words],
            &[("key", len), ("reverse", Value::Bool(true))]
        ),
        "['bb', 'cc', 'a', 'd']"
    );
    assert_eq!(call(&mut vm, "sorted", &[words], &[]), "['a', 'bb', 'cc', 'd']");
    let a = s(&mut vm, "a");
    let mixed = vm.new_list(vec![Value::Int(3), a, Value::Int(1)]);
    assert_eq!(
        call(&mut vm, "sorted", &[mixed], &[]),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(
        call(&mut vm, "sorted", &[words, len], &[]),
        "TypeError: sorted expected 1 argument, got 2"
    );
    assert_eq!(
        call(&mut vm, "sorted", &[words], &[("foo", len)]),
        "TypeError: 'foo' is an invalid keyword argument for sort()"
    );
    assert_eq!(
        call(&mut vm, "sorted", &[words], &[("key", Value::Int(1))]),
        "TypeError: 'int' object is not callable"
    );
    assert!(vm.temp_roots.is_empty(), "roots are released");
}

#[test]
fn iterator_builtins() {
    let (mut vm, _) = new_vm();
    let xs = strs(&mut vm, &["a", "b"]);
    let e = call_type(&mut vm, TypeKind::Enumerate, &[xs], &[("start", Value::Int(5))]);
    assert!(e.starts_with("<enumerate object at 0x"), "{e}");
    let list = |vm: &mut Vm, v: Value| {
        let items = vm.collect_iterable(v).unwrap();
        let l = vm.new_list(items);
        vm.repr(l).unwrap()
    };
    let en = super::iteration::enumerate(&mut vm, &[xs], &[]).unwrap();
    assert_eq!(list(&mut vm, en), "[(0, 'a'), (1, 'b')]");
    let ys = ints(&mut vm, &[1, 2, 3]);
    let z = super::iteration::zip(&mut vm, &[xs, ys], &[]).unwrap();
    assert_eq!(list(&mut vm, z), "[('a', 1), ('b', 2)]");
    let range = call_type_value(
        &mut vm,
        TypeKind::Range,
        &[Value::Int(1), Value::Int(10), Value::Int(3)],
    );
    let r = super::iteration::reversed(&mut vm, &[range], &[]).unwrap();
    assert_eq!(list(&mut vm, r), "[7, 4, 1]");
    let text = s(&mut vm, "héllo");
    let r = super::iteration::reversed(&mut vm, &[text], &[]).unwrap();
    assert_eq!(list(&mut vm, r), "['o', 'l', 'l', 'é', 'h']");
    assert_eq!(
        call(&mut vm, "reversed", &[Value::Int(5)], &[]),
        "TypeError: 'int' object is not reversible"
    );
    let it = super::iteration::iter(&mut vm, &[ys], &[]).unwrap();
    assert_eq!(call(&mut vm, "next", &[it], &[]), "1");
    assert_eq!(
        call(&mut vm, "next", &[ys], &[]),
        "TypeError: 'list' object is not an iterator"
    );
    let empty = ints(&mut vm, &[]);
    let it = super::iteration::iter(&mut vm, &[empty], &[]).unwrap();
    assert_eq!(call(&mut vm, "next", &[it], &[]), "StopIteration");
    assert_eq!(call(&mut vm, "next", &[it, Value::Int(5)], &[]), "5");
    assert_eq!(call(&mut vm, "any", &[ys], &[]), "True");
    assert_eq!(call(&mut vm, "all", &[empty], &[]), "True");
    assert_eq!(
        call(&mut vm, "all", &[Value::Int(5)], &[]),
        "TypeError: 'int' object is not iterable"
    );
}

fn call_type_value(vm: &mut Vm, kind: TypeKind, args: &[Value]) -> Value {
    super::call_type(vm, kind, args, &[]).unwrap()
}

#[test]
fn isinstance_ord_chr_and_bases() {
    let (mut vm, _) = new_vm();
    let int = vm.type_object(TypeKind::Int);
    let float = vm.type_object(TypeKind::Float);
    let str_t = vm.type_object(TypeKind::Str);
    assert_eq!(call(&mut vm, "isinstance", &[Value::Bool(true), int], &[]), "True");
    let types = tuple(&mut vm, &[float, str_t]);
    let nested = tuple(&mut vm, &[types, int]);
    assert_eq!(call(&mut vm, "isinstance", &[Value::Int(1), nested], &[]), "True");
    assert_eq!(call(&mut vm, "isinstance", &[Value::Int(1), types], &[]), "False");
    let bad = tuple(&mut vm, &[Value::Int(2), int]);
    assert_eq!(
        call(&mut vm, "isinstance", &[Value::Int(1), bad], &[]),
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"
    );
    let ab = s(&mut vm, "ab");
    let e = s(&mut vm, "é");
    assert_eq!(call(&mut vm, "ord", &[e], &[]), "233");
    assert_eq!(
        call(&mut vm, "ord", &[ab], &[]),
        "TypeError: ord() expected a character, but string of length 2 found"
    );
    assert_eq!(
        call(&mut vm, "ord", &[Value::Int(1)], &[]),
        "TypeError: ord() expected string of length 1, but int found"
    );
    assert_eq!(
        call(&mut vm, "chr", &[Value::Int(0x110000)], &[]),
        "ValueError: chr() arg not in range(0x110000)"
    );
    assert_eq!(call(&mut vm, "hex", &[Value::Int(-255)], &[]), "'-0xff'");
    assert_eq!(
        call(&mut vm, "hex", &[Value::Int(i64::MIN)], &[]),
        "'-0x8000000000000000'"
    );
    assert_eq!(call(&mut vm, "bin", &[Value::Int(-5)], &[]), "'-0b101'");
    assert_eq!(call(&mut vm, "oct", &[Value::Bool(true)], &[]), "'0o1'");
    assert_eq!(
        call(&mut vm, "hex", &[Value::Float(1.5)], &[]),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
}

#[test]
fn hash_and_id() {
    let (mut vm, _) = new_vm();
    assert_eq!(call(&mut vm, "hash", &[Value::Int(-1)], &[]), "-2");
    assert_eq!(call(&mut vm, "hash", &[Value::Float(1.5)], &[]), "1152921504606846977");
    let pair = tuple(&mut vm, &[Value::Int(1), Value::Int(2)]);
    assert_eq!(call(&mut vm, "hash", &[pair], &[]), "-3550055125485641917");
    let xs = ints(&mut vm, &[]);
    assert_eq!(call(&mut vm, "hash", &[xs], &[]), "TypeError: unhashable type: 'list'");
    let a = s(&mut vm, "abc");
    let b = s(&mut vm, "abc");
    assert_eq!(call(&mut vm, "hash", &[a], &[]), call(&mut vm, "hash", &[b], &[]));
    assert_eq!(call(&mut vm, "id", &[xs], &[]), call(&mut vm, "id", &[xs], &[]));
    assert_ne!(call(&mut vm, "id", &[a], &[]), call(&mut vm, "id", &[b], &[]));
}

#[test]
fn format_builtin() {
    let (mut vm, _) = new_vm();
    let spec = s(&mut vm, ">5");
    assert_eq!(call(&mut vm, "format", &[Value::Bool(true), spec], &[]), "'    1'");
    assert_eq!(call(&mut vm, "format", &[Value::Bool(true)], &[]), "'True'");
    let xs = ints(&mut vm, &[1]);
    assert_eq!(
        call(&mut vm, "format", &[xs, spec], &[]),
        "TypeError: unsupported format string passed to list.__format__"
    );
    assert_eq!(
        call(&mut vm, "format", &[Value::Int(1), Value::Int(2)], &[]),
        "TypeError: format() argument 2 must be str, not int"
    );
}

#[test]
fn calling_types() {
    let (mut vm, _) = new_vm();
    let x = s(&mut vm, "x");
    let ff = s(&mut vm, " ff ");
    assert_eq!(call_type(&mut vm, TypeKind::Int, &[], &[]), "0");
    assert_eq!(call_type(&mut vm, TypeKind::Int, &[Value::Float(-2.9)], &[]), "-2");
    assert_eq!(
        call_type(&mut vm, TypeKind::Int, &[ff], &[("base", Value::Int(16))]),
        "255"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Int, &[x], &[]),
        "ValueError: invalid literal for int() with base 10: 'x'"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Int, &[Value::Int(5), Value::Int(10)], &[]),
        "TypeError: int() can't convert non-string with explicit base"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Int, &[x, Value::Int(1)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0"
    );
    let xs = ints(&mut vm, &[1]);
    assert_eq!(
        call_type(&mut vm, TypeKind::Int, &[xs], &[]),
        "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Float, &[xs], &[]),
        "TypeError: float() argument must be a string or a real number, not 'list'"
    );
    assert_eq!(call_type(&mut vm, TypeKind::Str, &[Value::Int(5)], &[]), "'5'");
    assert_eq!(call_type(&mut vm, TypeKind::Bool, &[xs], &[]), "True");
    let text = s(&mut vm, "ab");
    assert_eq!(call_type(&mut vm, TypeKind::List, &[text], &[]), "['a', 'b']");
    assert_eq!(call_type(&mut vm, TypeKind::Tuple, &[xs], &[]), "(1,)");
    assert_eq!(
        call_type(&mut vm, TypeKind::List, &[Value::Int(1)], &[]),
        "TypeError: 'int' object is not iterable"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Range, &[Value::Int(5)], &[]),
        "range(0, 5)"
    );
    assert_eq!(
        call_type(
            &mut vm,
            TypeKind::Range,
            &[Value::Int(1), Value::Int(2), Value::Int(0)],
            &[]
        ),
        "ValueError: range() arg 3 must not be zero"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Range, &[], &[]),
        "TypeError: range expected at least 1 argument, got 0"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Type, &[Value::Int(1)], &[]),
        "<class 'int'>"
    );
    assert_eq!(
        call_type(&mut vm, TypeKind::Type, &[], &[]),
        "TypeError: type() takes 1 or 3 arguments"
    );
}

#[test]
fn calling_dict() {
    let (mut vm, _) = new_vm();
    let a = s(&mut vm, "a");
    let pair = tuple(&mut vm, &[a, Value::Int(1)]);
    let pairs = vm.new_list(vec![pair]);
    assert_eq!(
        call_type(&mut vm, TypeKind::Dict, &[pairs], &[("b", Value::Int(2))]),
        "{'a': 1, 'b': 2}"
    );
    let bad = ints(&mut vm, &[1]);
    assert_eq!(
        call_type(&mut vm, TypeKind::Dict, &[bad], &[]),
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
    );
    let triple = tuple(&mut vm, &[Value::Int(1), Value::Int(2), Value::Int(3)]);
    let bad = vm.new_list(vec![pair, triple]);
    assert_eq!(
        call_type(&mut vm, TypeKind::Dict, &[bad], &[]),
        "ValueError: dictionary update sequence element #1 has length 3; 2 is required"
    );
}

/// A key function that collects garbage, as script code may at any safe
/// point, then returns a fresh string: whatever the caller did not root
/// is freed (and reusing it would panic).
fn collecting_key(vm: &mut Vm, args: &[Value], _kwargs: &[crate::native::KwArg]) -> crate::native::NativeResult {
    vm.collect_garbage();
    let text = vm.str_of(args[0])?;
    Ok(vm.new_str(format!("{text}!")))
}

#[test]
fn key_functions_may_collect() {
    let (mut vm, _) = new_vm();
    let key = Value::Obj(vm.heap.alloc(crate::object::NativeObj::new(NativeFn {
        name: "key",
        func: collecting_key,
    })));
    // Only this call holds the key function, the lists and their strings.
    vm.temp_roots.push(key);
    let words = strs(&mut vm, &["pear", "fig", "apple"]);
    vm.temp_roots.clear();
    assert_eq!(
        call(&mut vm, "sorted", &[words], &[("key", key)]),
        "['apple', 'fig', 'pear']"
    );
    let words = strs(&mut vm, &["pear", "fig", "apple"]);
    assert_eq!(call(&mut vm, "max", &[words], &[("key", key)]), "'pear'");
    let (a, b) = (s(&mut vm, "b"), s(&mut vm, "a"));
    assert_eq!(call(&mut vm, "min", &[a, b], &[("key", key)]), "'a'");
    let words = strs(&mut vm, &["pear", "fig", "apple"]);
    assert_eq!(
        crate::builtins::testing::call_method(&mut vm, words, "sort", &[], &[("key", key)]),
        "None"
    );
    assert_eq!(vm.repr(words).unwrap(), "['apple', 'fig', 'pear']");
    assert!(vm.temp_roots.is_empty());
}
