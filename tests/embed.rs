//! The embedding API: host values in and out of scripts, host functions
//! and modules, calling script functions from the host, compiled programs,
//! and an engine that stays usable after errors and limits.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use rumba::{Engine, HostError, Module, Value};

#[test]
fn host_values_round_trip_through_globals() {
    let mut engine = Engine::with_captured_output();
    let values = [
        Value::None,
        Value::Bool(true),
        Value::Int(i64::MIN),
        Value::Int(i64::MAX),
        Value::Float(-0.0),
        Value::Str("héllo\n\u{0}\u{10ffff}".into()),
        Value::List(vec![Value::Int(1), Value::Str("a".into()), Value::List(vec![])]),
        Value::Tuple(vec![Value::Float(0.5), Value::None]),
        Value::Dict(vec![
            (Value::Str("k".into()), Value::List(vec![Value::Int(1)])),
            (Value::Int(2), Value::Dict(vec![])),
            (Value::Tuple(vec![Value::Int(1)]), Value::Float(f64::INFINITY)),
        ]),
    ];
    for (i, v) in values.iter().enumerate() {
        engine.set_global(&format!("v{i}"), v.clone()).unwrap();
        assert_eq!(engine.get_global::<Value>(&format!("v{i}")).as_ref(), Ok(v));
    }
    engine.run("print(v0, v1, v2, v3, v4, repr(v5), v6, v7, v8)").unwrap();
    assert_eq!(
        engine.take_output(),
        "None True -9223372036854775808 9223372036854775807 -0.0 'héllo\\n\\x00\\U0010ffff' [1, 'a', []] (0.5, None) {'k': [1], 2: {}, (1,): inf}\n"
    );
    engine.set_global("nan", f64::NAN).unwrap();
    assert!(engine.get_global::<f64>("nan").unwrap().is_nan());
    let missing = engine.get_global::<Value>("nope").unwrap_err();
    assert_eq!(
        (missing.kind.as_str(), missing.message.as_str()),
        ("NameError", "name 'nope' is not defined")
    );
    engine.run("f = len").unwrap();
    assert_eq!(
        engine.get_global::<Value>("f"),
        Ok(Value::Other {
            type_name: "builtin_function_or_method".into(),
            repr: "<built-in function len>".into()
        })
    );
    let opaque = Value::Other {
        type_name: "x".into(),
        repr: "x".into(),
    };
    assert_eq!(engine.set_global("e", opaque).unwrap_err().kind, "TypeError");
    // An unhashable key is the script's TypeError, not a panic.
    let bad = Value::Dict(vec![(Value::List(vec![]), Value::None)]);
    assert_eq!(engine.set_global("e", bad).unwrap_err().kind, "TypeError");
}

#[test]
fn rust_types_convert_both_ways() {
    let mut engine = Engine::with_captured_output();
    engine.set_global("limit", 10_i64).unwrap();
    engine
        .set_global("names", vec!["x".to_string(), "y".to_string()])
        .unwrap();
    engine.set_global("maybe", None::<i64>).unwrap();
    engine.set_global("pair", (3_i64, "s")).unwrap();
    let mut scores = HashMap::new();
    scores.insert("a".to_string(), 1.5);
    engine.set_global("scores", scores.clone()).unwrap();
    let mut ordered = BTreeMap::new();
    ordered.insert("z".to_string(), vec![true]);
    engine.set_global("ordered", ordered.clone()).unwrap();
    engine
        .run("print(limit, names, maybe, pair, scores, ordered)\ncount = len(names) + limit")
        .unwrap();
    assert_eq!(
        engine.take_output(),
        "10 ['x', 'y'] None (3, 's') {'a': 1.5} {'z': [True]}\n"
    );
    assert_eq!(engine.get_global::<i64>("count"), Ok(12));
    assert_eq!(engine.get_global::<Vec<String>>("names").unwrap(), ["x", "y"]);
    assert_eq!(engine.get_global::<Option<i64>>("maybe"), Ok(None));
    assert_eq!(engine.get_global::<Option<i64>>("limit"), Ok(Some(10)));
    assert_eq!(engine.get_global::<(i64, String)>("pair"), Ok((3, "s".to_string())));
    assert_eq!(engine.get_global::<HashMap<String, f64>>("scores"), Ok(scores));
    assert_eq!(engine.get_global::<BTreeMap<String, Vec<bool>>>("ordered"), Ok(ordered));
    // An int is a float where a float is wanted, as in Python.
    assert_eq!(engine.get_global::<f64>("limit"), Ok(10.0));
    let wrong = engine.get_global::<String>("limit").unwrap_err();
    assert_eq!(wrong.kind, "TypeError");
    assert_eq!(wrong.message, "expected str, found int");
    let wrong = engine.get_global::<Vec<i64>>("names").unwrap_err();
    assert_eq!(wrong.message, "expected int, found str");
    let wrong = engine.get_global::<(i64, i64, i64)>("pair").unwrap_err();
    assert_eq!(wrong.message, "expected tuple[int, int, int], found tuple");
    // std conversions.
    assert_eq!(Value::from(3), Value::Int(3));
    assert_eq!(i64::try_from(Value::Int(4)), Ok(4));
    assert!(String::try_from(Value::Int(4)).is_err());
    assert_eq!(Vec::<f64>::try_from(Value::List(vec![Value::Int(1)])), Ok(vec![1.0]));
}

#[test]
fn host_functions_are_built_ins_with_checked_arguments() {
    let mut engine = Engine::with_captured_output();
    engine.register_fn("clamp", |x: f64, lo: f64, hi: f64| x.max(lo).min(hi));
    engine.register_fn("greet", |name: String, times: i64| name.repeat(times as usize));
    engine.register_fn("total", |xs: Vec<i64>| xs.iter().sum::<i64>());
    engine.register_fn("maybe", |x: Option<i64>| x.map(|v| v + 1));
    engine.register_fn("nothing", || ());
    engine.register_fn("six", |a: i64, b: i64, c: i64, d: i64, e: i64, f: i64| {
        a + b + c + d + e + f
    });
    engine.register_fn("checked", |x: i64| -> Result<i64, HostError> {
        if x < 0 {
            Err(HostError::new("ValueError", "negative input"))
        } else {
            Ok(x * 10)
        }
    });
    engine.register_fn("strange", |_: i64| -> Result<i64, HostError> {
        Err(HostError::new("BadThing", "oops"))
    });
    engine.register_fn("explode", |x: i64| -> i64 {
        assert!(x > 100, "x is too small");
        x
    });
    engine
        .run("print(clamp(7, 0, 5.5), greet('ab', 2), total([1, 2, 3]), maybe(None), maybe(1), nothing(), six(1, 2, 3, 4, 5, 6), checked(2))\nprint(clamp)")
        .unwrap();
    assert_eq!(
        engine.take_output(),
        "5.5 abab 6 None 2 None 21 20\n<built-in function clamp>\n"
    );
    for (script, report) in [
        ("checked(-1)", "ValueError: negative input"),
        ("strange(1)", "RuntimeError: BadThing: oops"),
        ("clamp(1, 2)", "TypeError: clamp() takes exactly 3 arguments (2 given)"),
        ("total()", "TypeError: total() takes exactly 1 argument (0 given)"),
        (
            "clamp('a', 1, 2)",
            "TypeError: clamp() argument 1 must be float, not str",
        ),
        (
            "total([1, 'x'])",
            "TypeError: total() argument 1 must be list[int], not list",
        ),
        (
            "greet(name='a', times=1)",
            "TypeError: greet() takes no keyword arguments",
        ),
        (
            "explode(1)",
            "RuntimeError: host function explode() panicked: x is too small",
        ),
    ] {
        let err = engine.run(script).unwrap_err();
        assert!(err.report.ends_with(&format!("{report}\n")), "{script}: {}", err.report);
        assert_eq!(err.line, Some(1));
    }
    // After a panic and errors the engine works as before.
    engine.run("print(checked(3))").unwrap();
    assert_eq!(engine.take_output(), "30\n");
    // A script may shadow a host function with a global of its own.
    engine.run("total = 5\nprint(total)").unwrap();
    assert_eq!(engine.take_output(), "5\n");
}

#[test]
fn host_functions_run_inside_compiled_loops() {
    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        engine.register_fn("scale", |x: f64| x * 2.0);
        engine.register_fn("check", |x: i64| -> Result<i64, HostError> {
            if x == 250 {
                Err(HostError::new("KeyError", "250"))
            } else {
                Ok(x)
            }
        });
        engine
            .run("t = 0.0\nfor i in range(1000):\n    t += scale(i)\nprint(t)")
            .unwrap();
        assert_eq!(engine.take_output(), "999000.0\n", "jit {jit}");
        let err = engine
            .run("n = 0\nfor i in range(1000):\n    n += check(i)\n")
            .unwrap_err();
        assert_eq!(err.to_string(), "KeyError: 250", "jit {jit}");
        assert_eq!(engine.get_global::<i64>("n"), Ok(249 * 250 / 2), "jit {jit}");
        // A panic in a host function called from a compiled loop is the
        // script's RuntimeError (catchable), and the loop goes on.
        engine.register_fn("fragile", |x: i64| -> String {
            assert!(x != 300, "x is 300");
            "ab".repeat(x as usize % 3)
        });
        engine
            .run("n = 0\nfor i in range(1000):\n    try:\n        n += len(fragile(i))\n    except RuntimeError as e:\n        print(e)\nprint(n)")
            .unwrap();
        assert_eq!(
            engine.take_output(),
            "host function fragile() panicked: x is 300\n1998\n",
            "jit {jit}"
        );
    }
}

#[test]
fn host_modules_are_imported() {
    let mut engine = Engine::with_captured_output();
    engine
        .register_module(
            Module::new("geo")
                .function("double", |x: i64| x * 2)
                .constant("UNIT", 1.5)
                .constant("NAMES", vec!["a", "b"]),
        )
        .unwrap();
    engine
        .run("import geo\nfrom geo import double\nprint(geo.double(4), double(5), geo.UNIT, geo.NAMES, geo)")
        .unwrap();
    assert_eq!(engine.take_output(), "8 10 1.5 ['a', 'b'] <module 'geo' (built-in)>\n");
    assert_eq!(engine.run("import geo\ngeo.nope").unwrap_err().kind, "AttributeError");
}

/// A directory of module files for one test, removed when dropped.
struct ModuleDir(std::path::PathBuf);

impl ModuleDir {
    fn new(test: &str, files: &[(&str, &str)]) -> ModuleDir {
        let dir = std::env::temp_dir().join(format!("rumba-embed-{test}-{}", std::process::id()));
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        ModuleDir(dir)
    }
}

impl Drop for ModuleDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn file_modules_are_imported_only_from_the_allowed_directory() {
    let dir = ModuleDir::new(
        "imports",
        &[
            ("helpers.py", "k = 3\ndef triple(x):\n    return x * k\n"),
            ("pkg/__init__.py", "from .inner import VALUE\n"),
            ("pkg/inner.py", "VALUE = 'inner'\n"),
        ],
    );
    // Off by default: reading modules is file access, and a file module is
    // not found, as in CPython when there is no such file.
    let mut engine = Engine::with_captured_output();
    let err = engine.run("import helpers").unwrap_err();
    assert_eq!(
        (err.kind.as_str(), err.message.as_str()),
        ("ModuleNotFoundError", "No module named 'helpers'")
    );
    // Built-in and host modules need no permission.
    engine.run("import math\nprint(math.floor(2.5))").unwrap();
    assert_eq!(engine.take_output(), "2\n");

    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        engine.allow_imports_from(&dir.0);
        let program = "\
import helpers
from pkg import VALUE
k = 100
def run():
    t = 0
    for i in range(500):
        t += helpers.triple(i)
    return t
print(run(), VALUE)
helpers.k = 1
print(run(), helpers.k, k)
";
        engine.run(program).unwrap();
        assert_eq!(engine.take_output(), "374250 inner\n124750 1 100\n", "jit: {jit}");
        // A later run imports nothing again: the module is kept.
        engine.run("import helpers\nprint(helpers.k)").unwrap();
        assert_eq!(engine.take_output(), "1\n");
    }
}

#[test]
fn import_cycles_and_long_chains_stay_bounded() {
    // m0 imports m1 imports ... m199: a chain of nested module bodies is
    // bounded (each nests the interpreter), and ends in a RecursionError,
    // never a host stack overflow.
    let files: Vec<(String, String)> = (0..200)
        .map(|i| (format!("m{i}.py"), format!("import m{}\n", i + 1)))
        .chain([("m200.py".to_string(), "X = 1\n".to_string())])
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let dir = ModuleDir::new("chain", &refs);
    let mut engine = Engine::with_captured_output();
    engine.allow_imports_from(&dir.0);
    let err = engine.run("import m0").unwrap_err();
    assert_eq!(err.kind, "RecursionError");
    // A module importing itself runs once.
    let dir = ModuleDir::new("self", &[("me.py", "import me\nprint('once', me.__name__)\n")]);
    let mut engine = Engine::with_captured_output();
    engine.allow_imports_from(&dir.0);
    engine.run("import me").unwrap();
    assert_eq!(engine.take_output(), "once me\n");
    // A module file bigger than the heap limit is a MemoryError.
    let big = format!("x = [{}]\n", "1,".repeat(2_000_000));
    let dir = ModuleDir::new("big", &[("big.py", big.as_str())]);
    let mut engine = Engine::with_captured_output();
    engine.set_heap_limit(2 << 20);
    engine.allow_imports_from(&dir.0);
    assert_eq!(engine.run("import big").unwrap_err().kind, "MemoryError");
}

#[test]
fn print_goes_to_the_hosts_closure() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut engine = Engine::new();
    let sink = log.clone();
    engine.on_print(move |text: &str| sink.lock().unwrap().push(text.to_string()));
    engine
        .run("print('a', 1)\nprint('b', end='')\nfor i in range(2):\n    print(i)")
        .unwrap();
    assert_eq!(*log.lock().unwrap(), ["a 1\n", "b", "0\n", "1\n"]);
}

#[test]
fn a_program_compiles_once_and_runs_many_times() {
    let mut engine = Engine::with_captured_output();
    let program = engine
        .compile("def area(r):\n    return 3.0 * r * r\ncount = count + 1", "lib.py")
        .unwrap();
    engine.set_global("count", 0).unwrap();
    for _ in 0..3 {
        engine.run_program(&program).unwrap();
    }
    assert_eq!(engine.get_global::<i64>("count"), Ok(3));
    // The program stays loaded while the host holds it: running it again
    // loads nothing, and a collection keeps it (its function and module).
    // (Each loop's own code is freed by a collection after it.)
    engine.set_gc_stress(true);
    let cycle = |engine: &mut Engine| {
        engine.run_program(&program).unwrap();
        engine.run("for i in range(2):\n    pass").unwrap();
        engine.loaded_codes()
    };
    let loaded = cycle(&mut engine);
    for _ in 0..3 {
        assert_eq!(cycle(&mut engine), loaded);
    }
    engine.set_gc_stress(false);
    assert_eq!(engine.get_global::<i64>("count"), Ok(7));
    engine.set_global("count", 3).unwrap();
    let dropped = engine.compile("count = -1", "other.py").unwrap();
    engine.run_program(&dropped).unwrap();
    drop(dropped);
    engine.set_gc_stress(true);
    engine.run("for i in range(2):\n    pass").unwrap();
    engine.run("for i in range(2):\n    pass").unwrap();
    engine.set_gc_stress(false);
    assert_eq!(engine.loaded_codes(), loaded, "a dropped program's code is freed");
    assert_eq!(engine.get_global::<i64>("count"), Ok(-1));
    let area: f64 = engine.call("area", (2.0,)).unwrap();
    assert_eq!(area, 12.0);
    engine.run("def pair(n, s):\n    return (s * n, n)").unwrap();
    let pair: (String, i64) = engine.call("pair", (3_i64, "s".to_string())).unwrap();
    assert_eq!(pair, ("sss".to_string(), 3));
    let err = engine.compile("def (", "bad.py").err().unwrap();
    assert_eq!((err.kind.as_str(), err.line), ("SyntaxError", Some(1)));
    // A program moves to another thread with its engine (count was -1).
    let handle = std::thread::spawn(move || {
        engine.run_program(&program).unwrap();
        engine.get_global::<i64>("count").unwrap()
    });
    assert_eq!(handle.join().unwrap(), 0);
}

#[test]
fn the_budget_applies_to_each_run_afresh() {
    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        engine.set_budget(Some(30_000));
        engine
            .run("def spin(n):\n    for i in range(n):\n        pass")
            .unwrap();
        // Each run and call may use 30,000 ticks: ten of 20,000 all pass.
        for _ in 0..10 {
            engine.run("spin(20000)").unwrap();
            engine.call::<_, Value>("spin", (20000,)).unwrap();
        }
        let program = engine.compile("spin(20000)", "p.py").unwrap();
        engine.run_program(&program).unwrap();
        assert_eq!(
            engine.run("spin(40000)").unwrap_err().message,
            "execution budget exhausted",
            "jit {jit}"
        );
    }
}

#[test]
fn calls_reach_script_functions_and_report_their_errors() {
    let mut engine = Engine::with_captured_output();
    engine
        .run("def div(a, b):\n    print('dividing')\n    return a // b\nn = 3")
        .unwrap();
    assert_eq!(engine.call::<_, i64>("div", (7, 2)), Ok(3));
    let err = engine.call::<_, Value>("div", (7, 0)).unwrap_err();
    assert_eq!(err.kind, "ZeroDivisionError");
    assert_eq!(err.line, Some(3));
    assert_eq!(
        err.report,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in div\nZeroDivisionError: integer division or modulo by zero\n"
    );
    assert_eq!(engine.take_output(), "dividing\ndividing\n");
    assert_eq!(engine.call::<_, Value>("n", ()).unwrap_err().kind, "TypeError");
    assert_eq!(engine.call::<_, Value>("missing", ()).unwrap_err().kind, "NameError");
    assert_eq!(engine.call::<_, Value>("div", (1,)).unwrap_err().kind, "TypeError");
    assert_eq!(
        engine.call::<_, String>("div", (1, 1)).unwrap_err().message,
        "expected str, found int"
    );
    // The engine is still usable, and its state is intact (the last call
    // printed before its result failed to convert).
    engine.run("print(div(9, 3), n)").unwrap();
    assert_eq!(engine.take_output(), "dividing\ndividing\n3 3\n");
}

#[test]
fn calls_take_any_number_of_arguments_of_any_type() {
    let mut engine = Engine::with_captured_output();
    engine.run("def f(*a):\n    return repr(a)").unwrap();
    // Up to six arguments travel in an array, more in a vector.
    let six = (1, 2.5, true, "s", vec![1_i64, 2], Value::None);
    assert_eq!(
        engine.call::<_, String>("f", six),
        Ok("(1, 2.5, True, 's', [1, 2], None)".to_string())
    );
    let many: Vec<Value> = (0..9).map(Value::Int).chain([Value::Str("x".into())]).collect();
    assert_eq!(
        engine.call::<_, String>("f", many),
        Ok("(0, 1, 2, 3, 4, 5, 6, 7, 8, 'x')".to_string())
    );
    assert_eq!(engine.call::<_, String>("f", ()), Ok("()".to_string()));
}

#[test]
fn calls_are_bounded_like_runs() {
    let mut engine = Engine::with_captured_output();
    engine.enable_jit(rumba::JitOptions {
        threshold: 1,
        ..Default::default()
    });
    engine
        .run("def spin():\n    while True:\n        pass\ndef down(n):\n    return down(n + 1)")
        .unwrap();
    engine.set_budget(Some(10_000));
    assert_eq!(
        engine.call::<_, Value>("spin", ()).unwrap_err().message,
        "execution budget exhausted"
    );
    engine.set_budget(None);
    engine.set_recursion_limit(50);
    assert_eq!(
        engine.call::<_, Value>("down", (0,)).unwrap_err().kind,
        "RecursionError"
    );
    assert_eq!(
        engine.call::<_, Value>("down", (0,)).unwrap_err().kind,
        "RecursionError"
    );
}

#[test]
fn values_that_hold_themselves_come_back_bounded() {
    let mut engine = Engine::with_captured_output();
    engine
        .run("x = [1]\nx.append(x)\ny = [0]\nfor i in range(60):\n    y = [y, y]\nz = {}\nz[1] = z")
        .unwrap();
    for name in ["x", "y", "z"] {
        match engine.get_global::<Value>(name) {
            Ok(Value::Other { repr, .. }) => assert!(repr.contains("too large"), "{repr}"),
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn a_global_reads_back_whole_after_a_run_spent_the_budget() {
    // Found by the embed fuzz target: reading a tuple for the host charged
    // ticks, and with the budget spent by the run before it came back empty.
    let mut engine = Engine::with_captured_output();
    engine.set_budget(Some(200_000));
    let stopped = engine.run("while True:\n    pass").unwrap_err();
    assert_eq!(stopped.kind, "RuntimeError");
    let value = Value::Tuple(vec![Value::Str(String::new()), Value::Int(7)]);
    engine.set_global("g", value.clone()).unwrap();
    assert_eq!(engine.get_global::<Value>("g"), Ok(value));
}

/// An engine whose output the test reads; with the JIT, every loop and
/// function compiles at its first pass.
fn captured_engine(jit: bool) -> Engine {
    let mut engine = Engine::with_captured_output();
    if jit {
        engine.enable_jit(rumba::JitOptions {
            threshold: 1,
            ..Default::default()
        });
    }
    engine
}

#[test]
fn an_engine_reports_the_ticks_and_heap_a_run_used() {
    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        let before = engine.ticks_used();
        engine.run("t = 0\nfor i in range(5000):\n    t += i\n").unwrap();
        let cost = engine.ticks_used() - before;
        assert!(
            (5000..5100).contains(&cost),
            "jit {jit}: a 5000-pass loop cost {cost} ticks"
        );
        let small = engine.heap_bytes();
        engine.run("big = [i * 0.5 for i in range(200000)]").unwrap();
        assert!(
            engine.heap_bytes() >= small + 200_000 * 8,
            "jit {jit}: {} then {}",
            small,
            engine.heap_bytes()
        );
    }
}

/// One engine, script after script (#18 item 4): a run's code is freed
/// once nothing can run it, and its id goes to a later run's code. A
/// function kept from an earlier run, the traces compiled from old code,
/// and the new code that took an old id must not be confused: every run
/// prints what it computes, under GC stress (a collection at every safe
/// point) and with every loop and function compiled.
#[test]
fn codes_are_freed_between_runs_and_their_ids_reused_safely() {
    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        engine.set_gc_stress(true);
        let keep = "def keep(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n";
        engine.run(keep).unwrap();
        let mut peak = 0;
        for i in 0..300i64 {
            let n = 10 + i % 13;
            let (source, want) = match i % 4 {
                0 => (
                    format!("def f(x):\n    return x * {i} + 1\nprint(keep({n}) + sum([f(k) for k in range(30)]))\n"),
                    n * (n - 1) / 2 + 435 * i + 30,
                ),
                1 => (
                    format!("def r(k):\n    return r(k - 1) + {i} if k else 0\nt = 0\nfor j in range({n}):\n    t += r(j)\nprint(t)\n"),
                    i * n * (n - 1) / 2,
                ),
                2 => (
                    format!("s = 0\nfor j in range({n}):\n    s += keep(j) + {i}\nprint(s)\n"),
                    (0..n).map(|j| j * (j - 1) / 2 + i).sum(),
                ),
                _ => (
                    format!("g = lambda v: v - {i}\nprint(sum([g(j) for j in range({n})]))\n"),
                    n * (n - 1) / 2 - n * i,
                ),
            };
            engine
                .run(&source)
                .unwrap_or_else(|e| panic!("jit {jit}, run {i}: {}", e.report));
            assert_eq!(
                engine.take_output(),
                format!("{want}\n"),
                "jit {jit}, run {i}:\n{source}"
            );
            peak = peak.max(engine.loaded_codes());
        }
        // Each run loads two to four codes; without freeing, 300 runs
        // would hold about 900. A compiled trace keeps the codes it names
        // until the JIT drops its traces (at most 1,000 of them, or
        // `flush_jit`).
        if jit {
            engine.flush_jit();
            // A run with a safe point (a loop), where stress mode collects.
            engine.run("for i in range(3):\n    pass\n").unwrap();
            let after = engine.loaded_codes();
            assert!(
                after < 10,
                "{after} codes loaded after the flush (at most {peak} before)"
            );
        } else {
            assert!(peak < 20, "{peak} codes loaded at once");
        }
    }
}

/// A run's constants go with its code (#18 item 4): under a 6 MiB heap
/// limit, one engine runs 500 scripts, each with its own 20 KB str literal
/// (interned, as code constants are): 10 MB of literals in all. Before,
/// every run's literal stayed, and run 300 or so raised `MemoryError`.
#[test]
fn a_runs_constants_are_freed_with_its_code() {
    let mut engine = Engine::with_captured_output();
    engine.set_heap_limit(6 << 20);
    for i in 0..500 {
        let literal = format!("{i:05}").repeat(4000);
        let source = format!("s = '{literal}'\nn = 0\nfor c in s[:3]:\n    n += 1\nprint(n)\n");
        engine.run(&source).unwrap_or_else(|e| panic!("run {i}: {}", e.report));
        assert_eq!(engine.take_output(), "3\n");
    }
}

/// A host function in a hot loop is compiled as a call from the trace
/// (#14). The host runs exactly once per call in the script, even when
/// the trace cannot use what it returned (a value of another type, an
/// exception) and the interpreter takes over at that call.
#[test]
fn compiled_host_calls_run_once_per_call() {
    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        let calls = Arc::new(Mutex::new(0_i64));
        let counter = calls.clone();
        engine.register_fn("tick", move |i: i64| -> Result<Value, HostError> {
            *counter.lock().unwrap() += 1;
            match i {
                700 => Err(HostError::new("ValueError", "seven hundred")),
                _ if i % 97 == 0 => Ok(Value::Float(0.5)),
                _ => Ok(Value::Int(1)),
            }
        });
        engine
            .register_module(Module::new("host").function("twice", |x: i64| x * 2))
            .unwrap();
        engine
            .run("import host\nt = 0\nfor i in range(600):\n    t += tick(i) + host.twice(i)\nprint(t)")
            .unwrap();
        // 7 calls give 0.5 (i = 0, 97, ..., 582), 593 give 1, and twice(i)
        // sums to 359,400.
        assert_eq!(engine.take_output(), "359996.5\n", "jit {jit}");
        if jit {
            // Compiled, host calls and all (a trace and a side trace for
            // the float results, no abort).
            let stats = engine.jit_stats_line();
            assert!(stats.contains("traces=1 ") && stats.contains("aborts=0"), "{stats}");
        }
        assert_eq!(*calls.lock().unwrap(), 600, "jit {jit}");
        let err = engine
            .run("n = 0\nfor i in range(600, 800):\n    n += tick(i)\n")
            .unwrap_err();
        assert_eq!(err.to_string(), "ValueError: seven hundred", "jit {jit}");
        assert_eq!(*calls.lock().unwrap(), 701, "jit {jit}");
        assert_eq!(engine.get_global::<Value>("n"), Ok(Value::Float(99.5)), "jit {jit}");
    }
}

/// The exit after a host call whose result has another type is taken
/// hundreds of times here: the side trace that grows there makes the call
/// again, and takes the outcome the trace left instead of calling the
/// host a second time.
#[test]
fn host_calls_whose_result_type_changes_often_still_run_once() {
    let mut engine = captured_engine(true);
    let calls = Arc::new(Mutex::new(0_i64));
    let counter = calls.clone();
    engine.register_fn("odd", move |i: i64| -> Value {
        *counter.lock().unwrap() += 1;
        if i % 3 == 0 {
            Value::Float(0.5)
        } else {
            Value::Int(1)
        }
    });
    engine
        .run("t = 0\nfor i in range(3000):\n    t += odd(i)\nprint(t)")
        .unwrap();
    assert_eq!(engine.take_output(), "2500.0\n");
    assert_eq!(*calls.lock().unwrap(), 3000);
}

/// `try` cannot keep a script running past the host's limits: the budget,
/// an interrupt and the heap limit end the run even inside `except:`, in
/// every mode.
#[test]
fn limits_are_not_caught_by_scripts() {
    for jit in [false, true] {
        let mut engine = Engine::with_captured_output();
        if jit {
            engine.enable_jit(rumba::JitOptions {
                threshold: 1,
                ..Default::default()
            });
        }
        engine.set_budget(Some(50_000));
        let spin =
            "n = 0\nwhile True:\n    try:\n        n += 1\n    except:\n        pass\n    finally:\n        n += 1";
        assert_eq!(
            engine.run(spin).unwrap_err().message,
            "execution budget exhausted",
            "jit {jit}"
        );
        engine.set_budget(None);
        engine.set_heap_limit(4 << 20);
        let grow = "try:\n    x = [0] * 10_000_000\nexcept BaseException:\n    print('caught')";
        let e = engine.run(grow).unwrap_err();
        assert_eq!(e.kind, "MemoryError", "jit {jit}");
        assert_eq!(engine.take_output(), "", "jit {jit}");
        // Everything else is caught.
        engine
            .run("try:\n    [][0]\nexcept IndexError as e:\n    print('caught', e)")
            .unwrap();
        assert_eq!(engine.take_output(), "caught list index out of range\n", "jit {jit}");
    }
}

/// A writer the test reads back after the engine wrote to it.
#[derive(Clone, Default)]
struct Collected(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Collected {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn input_stdin_and_files_are_off_until_the_host_allows_them() {
    let mut engine = Engine::with_captured_output();
    for (script, message) in [
        (
            "input()",
            "input() is not allowed: the host has not turned on standard input",
        ),
        (
            "input('prompt')",
            "input() is not allowed: the host has not turned on standard input",
        ),
        (
            "import sys\nsys.stdin.read()",
            "reading sys.stdin is not allowed: the host has not turned on standard input",
        ),
        (
            "import sys\nfor line in sys.stdin:\n    pass",
            "reading sys.stdin is not allowed: the host has not turned on standard input",
        ),
        (
            "open('Cargo.toml')",
            "open() is not allowed: the host has not turned on file access",
        ),
        (
            "open('no/such/file')",
            "open() is not allowed: the host has not turned on file access",
        ),
        (
            "open('Cargo.toml', 'rb')",
            "open() is not allowed: the host has not turned on file access",
        ),
        // Not even whether a file exists, or where the process runs.
        (
            "import os.path\nos.path.exists('Cargo.toml')",
            "os.stat() is not allowed: the host has not turned on file access",
        ),
        (
            "import os\nos.listdir('.')",
            "os.listdir() is not allowed: the host has not turned on file access",
        ),
        (
            "import os\nos.getcwd()",
            "os.getcwd() is not allowed: the host has not turned on file access",
        ),
        (
            "import os\nlist(os.walk('.'))",
            "os.listdir() is not allowed: the host has not turned on file access",
        ),
        (
            "from pathlib import Path\nPath('Cargo.toml').read_text()",
            "open() is not allowed: the host has not turned on file access",
        ),
        (
            "from pathlib import Path\nPath('Cargo.toml').is_file()",
            "os.stat() is not allowed: the host has not turned on file access",
        ),
    ] {
        let err = engine.run(script).unwrap_err();
        assert_eq!(
            (err.kind.as_str(), err.message.as_str()),
            ("PermissionError", message),
            "{script}"
        );
    }
    // A script may catch it as the OSError it is.
    engine
        .run("try:\n    open('Cargo.toml')\nexcept OSError as e:\n    print(type(e).__name__)")
        .unwrap();
    assert_eq!(engine.take_output(), "PermissionError\n");
    // Nothing was prompted while input() was off.
    assert_eq!(engine.take_output(), "");

    engine.allow_stdin(Box::new(std::io::Cursor::new("first\nsecond\nthird\n")));
    engine.allow_files(true);
    engine
        .run("import sys\nprint(input('? '))\nprint(sys.stdin.readline(), end='')\nprint(list(sys.stdin))")
        .unwrap();
    assert_eq!(engine.take_output(), "? first\nsecond\n['third\\n']\n");
    assert_eq!(engine.run("input()").unwrap_err().kind, "EOFError");
    engine
        .run("with open('Cargo.toml') as f:\n    print(f.readline().strip(), f.closed)\nprint(f.closed)")
        .unwrap();
    assert_eq!(engine.take_output(), "[workspace] False\nTrue\n");
    engine
        .run("import os\nfrom pathlib import Path\nprint(Path('Cargo.toml').read_bytes()[:11], os.path.isfile('Cargo.toml'), 'Cargo.toml' in os.listdir())")
        .unwrap();
    assert_eq!(engine.take_output(), "b'[workspace]' True True\n");
    // Files can be turned off again.
    engine.allow_files(false);
    assert_eq!(engine.run("open('Cargo.toml')").unwrap_err().kind, "PermissionError");
}

#[test]
fn sys_stderr_goes_where_the_host_says() {
    let mut engine = Engine::with_captured_output();
    let err = Collected::default();
    engine.set_error_output(Box::new(err.clone()));
    engine
        .run("import sys\nprint('out')\nprint('a', 'b', file=sys.stderr)\nprint(sys.stderr.write('c\\n'))")
        .unwrap();
    assert_eq!(engine.take_output(), "out\n2\n");
    assert_eq!(String::from_utf8(err.0.lock().unwrap().clone()).unwrap(), "a b\nc\n");
}

#[test]
fn stringio_works_in_a_sandboxed_engine() {
    // `io.StringIO` touches no host resource, so an engine with standard
    // input and files off still has it; `io.open` is the built-in `open`,
    // refused as it is.
    let mut engine = Engine::with_captured_output();
    engine
        .run("import io\ns = io.StringIO()\nprint('a', 1, file=s)\ns.write('b')\ns.seek(0)\nprint(s.readlines())")
        .unwrap();
    assert_eq!(engine.take_output(), "['a 1\\n', 'b']\n");
    let err = engine.run("import io\nio.open('Cargo.toml')").unwrap_err();
    assert_eq!(err.kind, "PermissionError");
}

/// A script may lower its recursion limit and raise it again, but not past
/// the limit the host set: `sys.setrecursionlimit` is no way around it.
#[test]
fn a_script_cannot_lift_the_hosts_recursion_limit() {
    for jit in [false, true] {
        let mut engine = captured_engine(jit);
        engine.set_recursion_limit(50);
        let err = engine
            .run(
                "import sys\nsys.setrecursionlimit(100000)\nprint(sys.getrecursionlimit())\n\
                 def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nprint(down(40))\nprint(down(500))",
            )
            .unwrap_err();
        assert_eq!(err.kind, "RecursionError");
        assert_eq!(engine.take_output(), "50\n40\n");
        engine
            .run("import sys\nsys.setrecursionlimit(20)\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(45)\nprint(sys.getrecursionlimit())")
            .unwrap();
        assert_eq!(engine.take_output(), "20\n45\n");
    }
    // Without a host limit, a script raises its own as CPython does.
    let mut engine = Engine::with_captured_output();
    engine
        .run("import sys\nsys.setrecursionlimit(5000)\ndef down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nprint(down(3000))")
        .unwrap();
    assert_eq!(engine.take_output(), "3000\n");
}

/// Generators, coroutines and asynchronous generators stepped by `send`,
/// `next()`, `islice`, a `for` over `enumerate` or `zip` and an event loop
/// may collect while they run (an asyncio program runs inside a task's
/// `send`): under GC stress (a collection at every safe point), with the
/// JIT off and compiling every loop, these programs print what CPython
/// printed.
#[test]
fn generators_and_coroutines_collect_while_they_run() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let programs = [
        "gen_send_close",
        "gen_methods",
        "gen_deep",
        "async_await",
        "asyncio_tasks",
        "asyncio_queue_bounded",
        "async_generators",
        "async_for_syntax",
        "asyncio_async_generators",
        "itertools_islice_generator",
        "gen_enumerate_zip_collect",
    ];
    for jit in [false, true] {
        for name in programs {
            let source = std::fs::read_to_string(dir.join(format!("{name}.py"))).unwrap();
            let want = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap();
            let mut engine = captured_engine(jit);
            engine.set_gc_stress(true);
            engine
                .run(&source)
                .unwrap_or_else(|e| panic!("jit {jit}, {name}: {}", e.report));
            assert_eq!(engine.take_output(), want, "jit {jit}, {name}");
            assert!(engine.gc_stats().collections > 0, "jit {jit}, {name}: never collected");
        }
    }
}
