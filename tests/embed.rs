//! The embedding API: host values in and out of scripts, calling script
//! functions from the host, and an engine that stays usable after errors
//! and limits.

use rumba::{Engine, HostValue};

#[test]
fn host_values_round_trip_through_globals() {
    let mut engine = Engine::with_captured_output();
    let values = [
        HostValue::None,
        HostValue::Bool(true),
        HostValue::Int(i64::MIN),
        HostValue::Float(-0.0),
        HostValue::Str("héllo\n".into()),
        HostValue::List(vec![
            HostValue::Int(1),
            HostValue::Str("a".into()),
            HostValue::List(vec![]),
        ]),
        HostValue::Tuple(vec![HostValue::Float(0.5), HostValue::None]),
    ];
    for (i, v) in values.iter().enumerate() {
        engine.set_global(&format!("v{i}"), v).unwrap();
        assert_eq!(engine.global(&format!("v{i}")).as_ref(), Some(v));
    }
    engine.run("print(v0, v1, v2, v3, repr(v4), v5, v6)").unwrap();
    assert_eq!(
        engine.take_output(),
        "None True -9223372036854775808 -0.0 'héllo\\n' [1, 'a', []] (0.5, None)\n"
    );
    assert_eq!(engine.global("nope"), None);
    engine.run("d = {'k': [1]}\nf = len").unwrap();
    assert_eq!(engine.global("d"), Some(HostValue::Other("{'k': [1]}".into())));
    let err = engine.set_global("e", &HostValue::Other("x".into())).unwrap_err();
    assert_eq!(err.kind, "TypeError");
}

#[test]
fn calls_reach_script_functions_and_report_their_errors() {
    let mut engine = Engine::with_captured_output();
    engine
        .run("def div(a, b):\n    print('dividing')\n    return a // b\nn = 3")
        .unwrap();
    assert_eq!(
        engine.call("div", &[HostValue::Int(7), HostValue::Int(2)]),
        Ok(HostValue::Int(3))
    );
    let err = engine.call("div", &[HostValue::Int(7), HostValue::Int(0)]).unwrap_err();
    assert_eq!(err.kind, "ZeroDivisionError");
    assert_eq!(
        err.report,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in div\nZeroDivisionError: integer division or modulo by zero\n"
    );
    assert_eq!(engine.take_output(), "dividing\ndividing\n");
    assert_eq!(engine.call("n", &[]).unwrap_err().kind, "TypeError");
    assert_eq!(engine.call("missing", &[]).unwrap_err().kind, "NameError");
    assert_eq!(engine.call("div", &[HostValue::Int(1)]).unwrap_err().kind, "TypeError");
    // The engine is still usable, and its state is intact.
    engine.run("print(div(9, 3), n)").unwrap();
    assert_eq!(engine.take_output(), "dividing\n3 3\n");
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
        engine.call("spin", &[]).unwrap_err().message,
        "execution budget exhausted"
    );
    engine.set_budget(None);
    engine.set_recursion_limit(50);
    assert_eq!(
        engine.call("down", &[HostValue::Int(0)]).unwrap_err().kind,
        "RecursionError"
    );
    assert_eq!(
        engine.call("down", &[HostValue::Int(0)]).unwrap_err().kind,
        "RecursionError"
    );
}

#[test]
fn values_that_hold_themselves_come_back_bounded() {
    let mut engine = Engine::with_captured_output();
    engine
        .run("x = [1]\nx.append(x)\ny = [0]\nfor i in range(60):\n    y = [y, y]")
        .unwrap();
    match engine.global("x") {
        Some(HostValue::Other(text)) => assert!(text.contains("too large"), "{text}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(engine.global("y"), Some(HostValue::Other(_))));
}

#[test]
fn a_global_reads_back_whole_after_a_run_spent_the_budget() {
    // Found by the embed fuzz target: reading a tuple for the host charged
    // ticks, and with the budget spent by the run before it came back empty.
    let mut engine = Engine::with_captured_output();
    engine.set_budget(Some(200_000));
    let stopped = engine.run("while True:\n    pass").unwrap_err();
    assert_eq!(stopped.kind, "RuntimeError");
    let value = HostValue::Tuple(vec![HostValue::Str(String::new()), HostValue::Int(7)]);
    engine.set_global("g", &value).unwrap();
    assert_eq!(engine.global("g"), Some(value));
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
