//! What crossing between host and script costs, per crossing: a host
//! function called from a script loop (interpreted and compiled), a script
//! function called from Rust, and compiling against running a compiled
//! program. Medians of 5.
//!
//!     cargo run --release --example host_call_cost

use std::time::Instant;

use rumba::{Engine, JitOptions};

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

fn main() {
    const N: u64 = 1_000_000;
    let loop_source = format!("t = 0.0\nfor i in range({N}):\n    t += scale(i)\n");
    let plain_source = format!("t = 0.0\nfor i in range({N}):\n    t += i * 2.0\n");
    for jit in [false, true] {
        let mut engine = Engine::with_captured_output();
        if jit {
            engine.enable_jit(JitOptions::default());
        }
        engine.register_fn("scale", |x: f64| x * 2.0);
        let with_call = per_unit(N, || engine.run(&loop_source).unwrap());
        let without = per_unit(N, || engine.run(&plain_source).unwrap());
        let mode = if jit { "JIT" } else { "interpreter" };
        println!(
            "{mode:>11}: loop with a host call {with_call:.1} ns/iteration, without {without:.1} ns (the call: {:.1} ns)",
            with_call - without
        );
    }
    let mut engine = Engine::with_captured_output();
    engine.run("def area(r):\n    return 3.0 * r * r").unwrap();
    let calls = 100_000;
    let call = per_unit(calls, || {
        for i in 0..calls {
            let _: f64 = engine.call("area", (i as f64,)).unwrap();
        }
    });
    println!("engine.call from Rust: {call:.0} ns a call");
    let source = "def f(x):\n    return [i * x for i in range(10)]\ny = f(3)\n";
    let runs = 10_000;
    let compile_and_run = per_unit(runs, || {
        for _ in 0..runs {
            engine.run(source).unwrap();
        }
    });
    let program = engine.compile(source, "p.py").unwrap();
    let run_only = per_unit(runs, || {
        for _ in 0..runs {
            engine.run_program(&program).unwrap();
        }
    });
    println!("a 3-line script: run {compile_and_run:.0} ns, run_program {run_only:.0} ns");
}
