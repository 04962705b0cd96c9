//! Methods of the built-in types, checked against what CPython 3.11
//! prints.

use crate::builtins::testing::{call_method, ints, new_vm, s, strs, tuple};
use crate::native::NativeFn;
use crate::value::Value;
use crate::vm::Vm;

/// `text.name(*args)` with str arguments, shown as a script would see it.
fn on_str(vm: &mut Vm, text: &str, name: &str, args: &[&str]) -> String {
    let recv = s(vm, text);
    let args: Vec<Value> = args.iter().map(|a| s(vm, a)).collect();
    call_method(vm, recv, name, &args, &[])
}

#[test]
fn str_search() {
    let (mut vm, _) = new_vm();
    assert_eq!(on_str(&mut vm, "héllo", "find", &["l"]), "2");
    assert_eq!(on_str(&mut vm, "héllo", "rfind", &["l"]), "3");
    assert_eq!(
        on_str(&mut vm, "abc", "index", &["x"]),
        "ValueError: substring not found"
    );
    assert_eq!(on_str(&mut vm, "abc", "count", &[""]), "4");
    let abc = s(&mut vm, "abc");
    let empty = s(&mut vm, "");
    assert_eq!(call_method(&mut vm, abc, "find", &[empty, Value::Int(5)], &[]), "-1");
    assert_eq!(call_method(&mut vm, abc, "find", &[empty, Value::Int(3)], &[]), "3");
    assert_eq!(call_method(&mut vm, abc, "count", &[empty, Value::Int(5)], &[]), "0");
    let c = s(&mut vm, "c");
    assert_eq!(call_method(&mut vm, abc, "index", &[c, Value::Int(-1)], &[]), "2");
    assert_eq!(
        call_method(&mut vm, abc, "find", &[Value::Int(1)], &[]),
        "TypeError: must be str, not int"
    );
    assert_eq!(
        call_method(&mut vm, abc, "find", &[], &[]),
        "TypeError: find() takes at least 1 argument (0 given)"
    );
    let x = s(&mut vm, "x");
    assert_eq!(
        call_method(&mut vm, abc, "find", &[c, x], &[]),
        "TypeError: slice indices must be integers or None or have an __index__ method"
    );
    assert_eq!(
        call_method(&mut vm, abc, "find", &[c, Value::None, Value::None], &[]),
        "2"
    );
}

#[test]
fn str_affixes() {
    let (mut vm, _) = new_vm();
    let hello = s(&mut vm, "hello");
    let lo = s(&mut vm, "lo");
    assert_eq!(
        call_method(&mut vm, hello, "endswith", &[lo, Value::Int(2), Value::Int(5)], &[]),
        "True"
    );
    assert_eq!(
        call_method(&mut vm, hello, "endswith", &[lo, Value::Int(2), Value::Int(4)], &[]),
        "False"
    );
    let (x, he) = (s(&mut vm, "x"), s(&mut vm, "he"));
    let options = tuple(&mut vm, &[x, he]);
    assert_eq!(call_method(&mut vm, hello, "startswith", &[options], &[]), "True");
    assert_eq!(
        call_method(&mut vm, hello, "startswith", &[Value::Int(1)], &[]),
        "TypeError: startswith first arg must be str or a tuple of str, not int"
    );
    let bad = tuple(&mut vm, &[Value::Int(1)]);
    assert_eq!(
        call_method(&mut vm, hello, "startswith", &[bad], &[]),
        "TypeError: tuple for startswith must only contain str, not int"
    );
    let empty = s(&mut vm, "");
    let abc = s(&mut vm, "abc");
    assert_eq!(
        call_method(&mut vm, abc, "startswith", &[empty, Value::Int(5)], &[]),
        "False"
    );
    assert_eq!(
        call_method(&mut vm, abc, "startswith", &[empty, Value::Int(3)], &[]),
        "True"
    );
    assert_eq!(on_str(&mut vm, "abc", "removeprefix", &["a"]), "'bc'");
    assert_eq!(on_str(&mut vm, "abc", "removesuffix", &["x"]), "'abc'");
}

#[test]
fn str_split_and_join() {
    let (mut vm, _) = new_vm();
    assert_eq!(on_str(&mut vm, " a\tb  c ", "split", &[]), "['a', 'b', 'c']");
    assert_eq!(on_str(&mut vm, "a,b,,c", "split", &[","]), "['a', 'b', '', 'c']");
    assert_eq!(on_str(&mut vm, "", "split", &[","]), "['']");
    assert_eq!(on_str(&mut vm, "a", "split", &[""]), "ValueError: empty separator");
    let text = s(&mut vm, "a,b,,c");
    let comma = s(&mut vm, ",");
    assert_eq!(
        call_method(&mut vm, text, "split", &[comma, Value::Int(2)], &[]),
        "['a', 'b', ',c']"
    );
    assert_eq!(
        call_method(&mut vm, text, "rsplit", &[comma, Value::Int(2)], &[]),
        "['a,b', '', 'c']"
    );
    assert_eq!(
        call_method(
            &mut vm,
            text,
            "split",
            &[],
            &[("maxsplit", Value::Int(1)), ("sep", comma)]
        ),
        "['a', 'b,,c']"
    );
    assert_eq!(
        call_method(&mut vm, text, "split", &[Value::Int(1)], &[]),
        "TypeError: must be str or None, not int"
    );
    let spaced = s(&mut vm, "  a  b  ");
    assert_eq!(
        call_method(&mut vm, spaced, "split", &[Value::None, Value::Int(1)], &[]),
        "['a', 'b  ']"
    );
    assert_eq!(
        call_method(&mut vm, spaced, "rsplit", &[Value::None, Value::Int(1)], &[]),
        "['  a', 'b']"
    );
    assert_eq!(
        on_str(&mut vm, "a\r\nb\rc\nd\x0be\x1cf", "splitlines", &[]),
        "['a', 'b', 'c', 'd', 'e', 'f']"
    );
    let lines = s(&mut vm, "a\r\nb\n");
    assert_eq!(
        call_method(&mut vm, lines, "splitlines", &[Value::Bool(true)], &[]),
        "['a\\r\\n', 'b\\n']"
    );
    let dash = s(&mut vm, "-");
    let words = strs(&mut vm, &["a", "b", "c"]);
    assert_eq!(call_method(&mut vm, dash, "join", &[words], &[]), "'a-b-c'");
    let mixed = vm.new_list(vec![words, Value::Int(2)]);
    assert_eq!(
        call_method(&mut vm, dash, "join", &[mixed], &[]),
        "TypeError: sequence item 0: expected str instance, list found"
    );
    assert_eq!(
        call_method(&mut vm, dash, "join", &[Value::Int(5)], &[]),
        "TypeError: can only join an iterable"
    );
    assert_eq!(on_str(&mut vm, "a-b-c", "partition", &["-"]), "('a', '-', 'b-c')");
    assert_eq!(on_str(&mut vm, "a-b-c", "rpartition", &["-"]), "('a-b', '-', 'c')");
    assert_eq!(on_str(&mut vm, "ab", "rpartition", &["x"]), "('', '', 'ab')");
}

#[test]
fn str_strip_replace_pad() {
    let (mut vm, _) = new_vm();
    assert_eq!(on_str(&mut vm, " \t x \n", "strip", &[]), "'x'");
    assert_eq!(on_str(&mut vm, "xxaxx", "lstrip", &["x"]), "'axx'");
    assert_eq!(on_str(&mut vm, "xxaxx", "rstrip", &["x"]), "'xxa'");
    let a = s(&mut vm, "a");
    assert_eq!(
        call_method(&mut vm, a, "strip", &[Value::Int(1)], &[]),
        "TypeError: strip arg must be None or str"
    );
    assert_eq!(on_str(&mut vm, "abc", "replace", &["", "-"]), "'-a-b-c-'");
    let (abc, empty, dash) = (s(&mut vm, "abc"), s(&mut vm, ""), s(&mut vm, "-"));
    assert_eq!(
        call_method(&mut vm, abc, "replace", &[empty, dash, Value::Int(2)], &[]),
        "'-a-bc'"
    );
    assert_eq!(
        call_method(&mut vm, abc, "replace", &[Value::Int(1), dash], &[]),
        "TypeError: replace() argument 1 must be str, not int"
    );
    let minus = s(&mut vm, "-42");
    assert_eq!(call_method(&mut vm, minus, "zfill", &[Value::Int(6)], &[]), "'-00042'");
    assert_eq!(call_method(&mut vm, abc, "center", &[Value::Int(6)], &[]), "' abc  '");
    let ab = s(&mut vm, "ab");
    let star = s(&mut vm, "*");
    assert_eq!(
        call_method(&mut vm, ab, "center", &[Value::Int(5), star], &[]),
        "'**ab*'"
    );
    assert_eq!(
        call_method(&mut vm, ab, "center", &[Value::Int(7), star], &[]),
        "'***ab**'"
    );
    assert_eq!(call_method(&mut vm, ab, "ljust", &[Value::Int(4), star], &[]), "'ab**'");
    assert_eq!(call_method(&mut vm, ab, "rjust", &[Value::Int(4)], &[]), "'  ab'");
    assert_eq!(
        call_method(&mut vm, ab, "center", &[Value::Int(5), ab], &[]),
        "TypeError: The fill character must be exactly one character long"
    );
    assert_eq!(
        call_method(&mut vm, ab, "zfill", &[Value::Int(1 << 60)], &[]),
        "MemoryError"
    );
}

#[test]
fn str_case_and_predicates() {
    let (mut vm, _) = new_vm();
    assert_eq!(on_str(&mut vm, "they're bill's", "title", &[]), "\"They'Re Bill'S\"");
    assert_eq!(on_str(&mut vm, "hello World", "capitalize", &[]), "'Hello world'");
    assert_eq!(on_str(&mut vm, "ß", "upper", &[]), "'SS'");
    assert_eq!(on_str(&mut vm, "aBc", "swapcase", &[]), "'AbC'");
    assert_eq!(on_str(&mut vm, "ABC1", "isupper", &[]), "True");
    assert_eq!(on_str(&mut vm, "1", "isupper", &[]), "False");
    assert_eq!(on_str(&mut vm, "Hello World", "istitle", &[]), "True");
    assert_eq!(on_str(&mut vm, "", "isdigit", &[]), "False");
    assert_eq!(on_str(&mut vm, "²", "isdigit", &[]), "True");
    assert_eq!(on_str(&mut vm, "½", "isdigit", &[]), "False");
    assert_eq!(on_str(&mut vm, "\x1c ", "isspace", &[]), "True");
    let a = s(&mut vm, "a");
    assert_eq!(
        call_method(&mut vm, a, "upper", &[a], &[]),
        "TypeError: str.upper() takes no arguments (1 given)"
    );
}

#[test]
fn str_format_fields() {
    let (mut vm, _) = new_vm();
    let fmt = |vm: &mut Vm, template: &str, args: &[Value], kwargs: &[(&str, Value)]| {
        let recv = s(vm, template);
        call_method(vm, recv, "format", args, kwargs)
    };
    let a = s(&mut vm, "a");
    assert_eq!(fmt(&mut vm, "{} {}", &[Value::Int(1), a], &[]), "'1 a'");
    assert_eq!(fmt(&mut vm, "{1}{0}{1}", &[Value::Int(1), a], &[]), "'a1a'");
    assert_eq!(fmt(&mut vm, "{x}!", &[], &[("x", a)]), "'a!'");
    assert_eq!(fmt(&mut vm, "{0!r}", &[a], &[]), "\"'a'\"");
    assert_eq!(fmt(&mut vm, "{{}}{}", &[Value::Int(1)], &[]), "'{}1'");
    let xs = ints(&mut vm, &[5, 6]);
    assert_eq!(fmt(&mut vm, "{0[1]}", &[xs], &[]), "'6'");
    assert_eq!(
        fmt(&mut vm, "{", &[], &[]),
        "ValueError: Single '{' encountered in format string"
    );
    assert_eq!(
        fmt(&mut vm, "x}y", &[], &[]),
        "ValueError: Single '}' encountered in format string"
    );
    assert_eq!(
        fmt(&mut vm, "{0}{}", &[Value::Int(1), Value::Int(2)], &[]),
        "ValueError: cannot switch from manual field specification to automatic field numbering"
    );
    assert_eq!(
        fmt(&mut vm, "{}{0}", &[Value::Int(1), Value::Int(2)], &[]),
        "ValueError: cannot switch from automatic field numbering to manual field specification"
    );
    assert_eq!(
        fmt(&mut vm, "{1}", &[Value::Int(1)], &[]),
        "IndexError: Replacement index 1 out of range for positional args tuple"
    );
    assert_eq!(fmt(&mut vm, "{x}", &[], &[]), "KeyError: 'x'");
    assert_eq!(
        fmt(&mut vm, "{0!x}", &[a], &[]),
        "ValueError: Unknown conversion specifier x"
    );
    assert_eq!(
        fmt(&mut vm, "{0!}", &[a], &[]),
        "ValueError: unmatched '{' in format spec"
    );
    assert_eq!(
        fmt(&mut vm, "{0", &[a], &[]),
        "ValueError: expected '}' before end of string"
    );
    assert_eq!(
        fmt(&mut vm, "{0!rr}", &[a], &[]),
        "ValueError: expected ':' after conversion specifier"
    );
    assert_eq!(
        fmt(&mut vm, "{:{:{}}}", &[a, a, a], &[]),
        "ValueError: Max string recursion exceeded"
    );
    assert_eq!(
        fmt(&mut vm, "{0[0]x}", &[xs], &[]),
        "ValueError: Only '.' or '[' may follow ']' in format field specifier"
    );
    assert_eq!(
        fmt(&mut vm, "{0[]}", &[xs], &[]),
        "ValueError: Empty attribute in format string"
    );
    assert_eq!(
        fmt(&mut vm, "{:>{w}}", &[Value::Int(1)], &[("w", Value::Int(3))]),
        "'  1'"
    );
    assert_eq!(fmt(&mut vm, "{!r:^{}}", &[a, Value::Int(5)], &[]), "\" 'a' \"");
}

#[test]
fn list_methods() {
    let (mut vm, _) = new_vm();
    let xs = ints(&mut vm, &[3, 1, 2]);
    call_method(&mut vm, xs, "append", &[Value::Int(4)], &[]);
    call_method(&mut vm, xs, "insert", &[Value::Int(-10), Value::Int(0)], &[]);
    call_method(&mut vm, xs, "insert", &[Value::Int(100), Value::Int(9)], &[]);
    assert_eq!(vm.repr(xs).unwrap(), "[0, 3, 1, 2, 4, 9]");
    assert_eq!(call_method(&mut vm, xs, "pop", &[], &[]), "9");
    assert_eq!(call_method(&mut vm, xs, "pop", &[Value::Int(0)], &[]), "0");
    assert_eq!(
        call_method(&mut vm, xs, "pop", &[Value::Int(10)], &[]),
        "IndexError: pop index out of range"
    );
    assert_eq!(call_method(&mut vm, xs, "index", &[Value::Int(2)], &[]), "2");
    assert_eq!(
        call_method(&mut vm, xs, "index", &[Value::Int(7)], &[]),
        "ValueError: 7 is not in list"
    );
    let a = s(&mut vm, "a");
    assert_eq!(
        call_method(&mut vm, xs, "index", &[a], &[]),
        "ValueError: 'a' is not in list"
    );
    assert_eq!(
        call_method(&mut vm, xs, "remove", &[Value::Int(7)], &[]),
        "ValueError: list.remove(x): x not in list"
    );
    call_method(&mut vm, xs, "extend", &[xs], &[]);
    assert_eq!(vm.repr(xs).unwrap(), "[3, 1, 2, 4, 3, 1, 2, 4]");
    assert_eq!(call_method(&mut vm, xs, "count", &[Value::Float(1.0)], &[]), "2");
    call_method(&mut vm, xs, "sort", &[], &[("reverse", Value::Bool(true))]);
    assert_eq!(vm.repr(xs).unwrap(), "[4, 4, 3, 3, 2, 2, 1, 1]");
    call_method(&mut vm, xs, "reverse", &[], &[]);
    assert_eq!(vm.repr(xs).unwrap(), "[1, 1, 2, 2, 3, 3, 4, 4]");
    assert_eq!(
        call_method(&mut vm, xs, "sort", &[Value::Int(1)], &[]),
        "TypeError: sort() takes no positional arguments"
    );
    assert_eq!(
        call_method(&mut vm, xs, "append", &[], &[]),
        "TypeError: list.append() takes exactly one argument (0 given)"
    );
    let copy = call_method(&mut vm, xs, "copy", &[], &[]);
    call_method(&mut vm, xs, "clear", &[], &[]);
    assert_eq!(
        (copy.as_str(), vm.repr(xs).unwrap().as_str()),
        ("[1, 1, 2, 2, 3, 3, 4, 4]", "[]")
    );
    assert_eq!(
        call_method(&mut vm, xs, "pop", &[], &[]),
        "IndexError: pop from empty list"
    );
}

/// A native key function that appends to the list being sorted.
fn meddling_key(vm: &mut Vm, args: &[Value], _kwargs: &[crate::native::KwArg]) -> crate::native::NativeResult {
    let target = vm.get_global("target").expect("the list");
    if let Some(items) = target.as_obj().and_then(|r| vm.heap.list_mut(r)) {
        items.push(Value::Int(0));
    }
    Ok(args[0])
}

#[test]
fn sort_sees_an_empty_list_and_detects_changes() {
    let (mut vm, _) = new_vm();
    let xs = ints(&mut vm, &[2, 1]);
    vm.set_global("target", xs);
    let key = Value::Obj(vm.heap.alloc(crate::object::NativeObj::new(NativeFn {
        name: "key",
        func: meddling_key,
    })));
    assert_eq!(
        call_method(&mut vm, xs, "sort", &[], &[("key", key)]),
        "ValueError: list modified during sort"
    );
    assert_eq!(vm.repr(xs).unwrap(), "[1, 2]");
    assert!(vm.temp_roots.is_empty());
}

#[test]
fn dict_methods() {
    let (mut vm, _) = new_vm();
    let d = vm.new_dict();
    let (k, other) = (s(&mut vm, "k"), s(&mut vm, "z"));
    vm.set_item(d, k, Value::Int(1)).unwrap();
    assert_eq!(call_method(&mut vm, d, "get", &[k], &[]), "1");
    assert_eq!(call_method(&mut vm, d, "get", &[other], &[]), "None");
    assert_eq!(call_method(&mut vm, d, "get", &[other, Value::Int(0)], &[]), "0");
    assert_eq!(call_method(&mut vm, d, "setdefault", &[other, Value::Int(2)], &[]), "2");
    assert_eq!(call_method(&mut vm, d, "keys", &[], &[]), "dict_keys(['k', 'z'])");
    assert_eq!(
        call_method(&mut vm, d, "items", &[], &[]),
        "dict_items([('k', 1), ('z', 2)])"
    );
    assert_eq!(call_method(&mut vm, d, "pop", &[k], &[]), "1");
    assert_eq!(call_method(&mut vm, d, "pop", &[k], &[]), "KeyError: 'k'");
    assert_eq!(call_method(&mut vm, d, "pop", &[k, Value::None], &[]), "None");
    let xs = ints(&mut vm, &[]);
    assert_eq!(
        call_method(&mut vm, d, "get", &[xs], &[]),
        "TypeError: unhashable type: 'list'"
    );
    assert_eq!(call_method(&mut vm, d, "update", &[], &[("a", Value::Int(5))]), "None");
    assert_eq!(vm.repr(d).unwrap(), "{'z': 2, 'a': 5}");
    assert_eq!(call_method(&mut vm, d, "popitem", &[], &[]), "('a', 5)");
    let copy = call_method(&mut vm, d, "copy", &[], &[]);
    call_method(&mut vm, d, "clear", &[], &[]);
    assert_eq!(copy, "{'z': 2}");
    assert_eq!(
        call_method(&mut vm, d, "popitem", &[], &[]),
        "KeyError: 'popitem(): dictionary is empty'"
    );
    assert_eq!(
        call_method(&mut vm, d, "get", &[], &[]),
        "TypeError: get expected at least 1 argument, got 0"
    );
}

#[test]
fn tuple_and_number_methods() {
    let (mut vm, _) = new_vm();
    let t = tuple(&mut vm, &[Value::Int(1), Value::Int(2), Value::Int(1)]);
    assert_eq!(call_method(&mut vm, t, "count", &[Value::Int(1)], &[]), "2");
    assert_eq!(call_method(&mut vm, t, "index", &[Value::Int(2)], &[]), "1");
    assert_eq!(
        call_method(&mut vm, t, "index", &[Value::Int(3)], &[]),
        "ValueError: tuple.index(x): x not in tuple"
    );
    assert_eq!(call_method(&mut vm, Value::Int(-5), "bit_length", &[], &[]), "3");
    assert_eq!(call_method(&mut vm, Value::Float(2.0), "is_integer", &[], &[]), "True");
}
