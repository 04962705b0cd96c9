//! The embedding API's crossings beside other engines a Rust host embeds:
//! mlua (Lua 5.4) and rhai, doing the same three things. Medians of 5 runs,
//! nanoseconds per crossing.
//!
//! - host call: a script loop of 1,000,000 iterations calls a host
//!   function `scale(x) = x * 2.0` (the loop's own cost subtracted: the
//!   same loop doing `x * 2.0` itself);
//! - call from Rust: the host calls a script function `area(r)` 100,000
//!   times;
//! - run vs compiled: a 3-line script run 10,000 times from source, and
//!   compiled once then run.
//!
//!     cargo run --release -p rumba-bench --example embed_peers
//!
//! Instructions per host call, steady on a loaded machine: callgrind's
//! total for one loop of 200,000 iterations minus one of 100,000, with the
//! call (`call`) and without (`plain`), the difference of the two per
//! iteration (`benches/embed_count.sh` does it for every engine):
//!
//!     valgrind --tool=callgrind target/release/examples/embed_peers count rumba-jit 200000 call
//!
//! LuaJIT's rows come from `benches/embed-luajit` (the same Lua code, in
//! `shared.rs`; mlua builds one Lua per build):
//!
//!     cargo run --release --manifest-path benches/embed-luajit/Cargo.toml

mod shared;

use shared::{per_unit, print_header, print_row, Row, CALLS, LOOPS, RUNS};

/// An engine with the host function `scale(x) = x * 2.0`.
fn rumba_with_scale(jit: bool) -> rumba::Engine {
    let mut engine = rumba::Engine::with_captured_output();
    if jit {
        engine.enable_jit(rumba::JitOptions::default());
    }
    engine.register_fn("scale", |x: f64| x * 2.0);
    engine
}

const RUMBA_AREA: &str = "def area(r):\n    return 3.0 * r * r";

/// `n` calls of the script function `area` from Rust.
fn rumba_calls(engine: &mut rumba::Engine, n: u64) {
    for i in 0..n {
        let _: f64 = engine.call("area", (i as f64,)).unwrap();
    }
}

/// The host-call loop, `n` iterations, calling `scale` or doing its work.
fn rumba_loop(n: u64, call: bool) -> String {
    let body = if call { "scale(i)" } else { "i * 2.0" };
    format!("t = 0.0\nfor i in range({n}):\n    t += {body}\n")
}

fn rumba_row(jit: bool) -> Row {
    let mut engine = rumba_with_scale(jit);
    let (with_call, without) = (rumba_loop(LOOPS, true), rumba_loop(LOOPS, false));
    let host_call =
        per_unit(LOOPS, || engine.run(&with_call).unwrap()) - per_unit(LOOPS, || engine.run(&without).unwrap());
    engine.run(RUMBA_AREA).unwrap();
    let call_from_rust = per_unit(CALLS, || rumba_calls(&mut engine, CALLS));
    let source = "def f(x):\n    return [i * x for i in range(10)]\ny = f(3)\n";
    let run_source = per_unit(RUNS, || {
        for _ in 0..RUNS {
            engine.run(source).unwrap();
        }
    });
    let program = engine.compile(source, "p.py").unwrap();
    let run_compiled = per_unit(RUNS, || {
        for _ in 0..RUNS {
            engine.run_program(&program).unwrap();
        }
    });
    Row {
        engine: if jit { "rumba (JIT)" } else { "rumba (interpreter)" },
        host_call,
        call_from_rust,
        run_source,
        run_compiled,
    }
}

fn rhai_with_scale() -> rhai::Engine {
    let mut engine = rhai::Engine::new();
    engine.register_fn("scale", |x: f64| x * 2.0);
    engine
}

fn rhai_loop(n: u64, call: bool) -> String {
    let body = if call {
        "scale(i.to_float())"
    } else {
        "i.to_float() * 2.0"
    };
    format!("let t = 0.0; for i in 0..{n} {{ t += {body}; }}")
}

const RHAI_AREA: &str = "fn area(r) { 3.0 * r * r }";

fn rhai_calls(engine: &rhai::Engine, ast: &rhai::AST, n: u64) {
    let mut scope = rhai::Scope::new();
    for i in 0..n {
        let _: f64 = engine.call_fn(&mut scope, ast, "area", (i as f64,)).unwrap();
    }
}

fn rhai_row() -> Row {
    use rhai::AST;
    let engine = rhai_with_scale();
    let (with_call, without) = (rhai_loop(LOOPS, true), rhai_loop(LOOPS, false));
    let host_call =
        per_unit(LOOPS, || engine.run(&with_call).unwrap()) - per_unit(LOOPS, || engine.run(&without).unwrap());
    let ast: AST = engine.compile(RHAI_AREA).unwrap();
    let call_from_rust = per_unit(CALLS, || rhai_calls(&engine, &ast, CALLS));
    let source = "fn f(x) { let r = []; for i in 0..10 { r.push(i * x); } r } let y = f(3);";
    let run_source = per_unit(RUNS, || {
        for _ in 0..RUNS {
            engine.run(source).unwrap();
        }
    });
    let compiled = engine.compile(source).unwrap();
    let run_compiled = per_unit(RUNS, || {
        for _ in 0..RUNS {
            engine.run_ast(&compiled).unwrap();
        }
    });
    Row {
        engine: "rhai",
        host_call,
        call_from_rust,
        run_source,
        run_compiled,
    }
}

/// `count ENGINE N call|plain|rust`: one run of the host-call loop (with
/// the call or without), or N calls of `area` from Rust, and nothing else,
/// for instruction counts (the header's callgrind commands).
fn count(args: &[String]) {
    let n: u64 = args[1].parse().expect("N: the loop's iterations");
    let kind = args[2].as_str();
    match args[0].as_str() {
        "rumba" | "rumba-jit" => {
            let mut engine = rumba_with_scale(args[0] == "rumba-jit");
            if kind == "rust" {
                engine.run(RUMBA_AREA).unwrap();
                rumba_calls(&mut engine, n);
            } else {
                engine.run(&rumba_loop(n, kind == "call")).unwrap();
            }
        }
        "lua54" => shared::mlua_count("", &args[1..]),
        "rhai" => {
            let engine = rhai_with_scale();
            if kind == "rust" {
                rhai_calls(&engine, &engine.compile(RHAI_AREA).unwrap(), n);
            } else {
                engine.run(&rhai_loop(n, kind == "call")).unwrap();
            }
        }
        other => panic!("no engine {other}: rumba, rumba-jit, lua54 or rhai"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("count") {
        return count(&args[1..]);
    }
    print_header();
    for row in [
        rumba_row(false),
        rumba_row(true),
        shared::mlua_row("mlua (Lua 5.4)", ""),
        rhai_row(),
    ] {
        print_row(&row);
    }
}
