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

use std::time::Instant;

const LOOPS: u64 = 1_000_000;
const CALLS: u64 = 100_000;
const RUNS: u64 = 10_000;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}

/// Nanoseconds per unit of `work`, which does `units` of them.
fn per_unit(units: u64, mut work: impl FnMut()) -> f64 {
    median(
        (0..5)
            .map(|_| {
                let start = Instant::now();
                work();
                start.elapsed().as_secs_f64() * 1e9 / units as f64
            })
            .collect(),
    )
}

struct Row {
    engine: &'static str,
    host_call: f64,
    call_from_rust: f64,
    run_source: f64,
    run_compiled: f64,
}

fn rumba_row(jit: bool) -> Row {
    use rumba::Engine;
    let mut engine = Engine::with_captured_output();
    if jit {
        engine.enable_jit(rumba::JitOptions::default());
    }
    engine.register_fn("scale", |x: f64| x * 2.0);
    let with_call = format!("t = 0.0\nfor i in range({LOOPS}):\n    t += scale(i)\n");
    let without = format!("t = 0.0\nfor i in range({LOOPS}):\n    t += i * 2.0\n");
    let host_call =
        per_unit(LOOPS, || engine.run(&with_call).unwrap()) - per_unit(LOOPS, || engine.run(&without).unwrap());
    engine.run("def area(r):\n    return 3.0 * r * r").unwrap();
    let call_from_rust = per_unit(CALLS, || {
        for i in 0..CALLS {
            let _: f64 = engine.call("area", (i as f64,)).unwrap();
        }
    });
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

fn mlua_row() -> Row {
    use mlua::{Function, Lua};
    let lua = Lua::new();
    let scale = lua.create_function(|_, x: f64| Ok(x * 2.0)).unwrap();
    lua.globals().set("scale", scale).unwrap();
    let with_call = format!("local t = 0.0\nfor i = 0, {} do t = t + scale(i) end", LOOPS - 1);
    let without = format!("local t = 0.0\nfor i = 0, {} do t = t + i * 2.0 end", LOOPS - 1);
    let host_call = per_unit(LOOPS, || lua.load(&with_call).exec().unwrap())
        - per_unit(LOOPS, || lua.load(&without).exec().unwrap());
    lua.load("function area(r) return 3.0 * r * r end").exec().unwrap();
    let area: Function = lua.globals().get("area").unwrap();
    let call_from_rust = per_unit(CALLS, || {
        for i in 0..CALLS {
            let _: f64 = area.call(i as f64).unwrap();
        }
    });
    let source = "local function f(x) local r = {} for i = 0, 9 do r[#r + 1] = i * x end return r end\ny = f(3)";
    let run_source = per_unit(RUNS, || {
        for _ in 0..RUNS {
            lua.load(source).exec().unwrap();
        }
    });
    let compiled: Function = lua.load(source).into_function().unwrap();
    let run_compiled = per_unit(RUNS, || {
        for _ in 0..RUNS {
            compiled.call::<()>(()).unwrap();
        }
    });
    Row {
        engine: "mlua (Lua 5.4)",
        host_call,
        call_from_rust,
        run_source,
        run_compiled,
    }
}

fn rhai_row() -> Row {
    use rhai::{Engine, Scope, AST};
    let mut engine = Engine::new();
    engine.register_fn("scale", |x: f64| x * 2.0);
    let with_call = format!("let t = 0.0; for i in 0..{LOOPS} {{ t += scale(i.to_float()); }}");
    let without = format!("let t = 0.0; for i in 0..{LOOPS} {{ t += i.to_float() * 2.0; }}");
    let host_call =
        per_unit(LOOPS, || engine.run(&with_call).unwrap()) - per_unit(LOOPS, || engine.run(&without).unwrap());
    let ast: AST = engine.compile("fn area(r) { 3.0 * r * r }").unwrap();
    let mut scope = Scope::new();
    let call_from_rust = per_unit(CALLS, || {
        for i in 0..CALLS {
            let _: f64 = engine.call_fn(&mut scope, &ast, "area", (i as f64,)).unwrap();
        }
    });
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

fn main() {
    println!(
        "| engine | host call from a script loop | call from Rust | 3-line script from source | compiled, run again |"
    );
    println!("|---|---:|---:|---:|---:|");
    for row in [rumba_row(false), rumba_row(true), mlua_row(), rhai_row()] {
        println!(
            "| {} | {:.0} ns | {:.0} ns | {:.1} µs | {:.1} µs |",
            row.engine,
            row.host_call,
            row.call_from_rust,
            row.run_source / 1000.0,
            row.run_compiled / 1000.0
        );
    }
}
