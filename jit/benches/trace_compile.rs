//! Trace compile time: a program of 100 functions, each with one loop run
//! three times, under `--jit-threshold 1` (every loop is recorded,
//! optimized and assembled: about 100 traces) and interpreted. The
//! difference between the two, divided by the traces compiled, is what one
//! trace costs to record and compile.
//! `cargo bench -p rumba-jit`

use criterion::{criterion_group, criterion_main, Criterion};
use rumba::{Engine, JitOptions};

fn program(functions: usize) -> String {
    let mut src = String::new();
    for i in 0..functions {
        src.push_str(&format!(
            "def f{i}(xs, n):\n    s = 0.0\n    t = {i}\n    for k in range(n):\n        x = xs[k % 4] * 1.5 + k\n        if x > t:\n            s += x / (k + 1)\n        else:\n            s -= x * 0.25\n        t = (t * 7 + k) % 1000\n    return s + t\n"
        ));
    }
    src.push_str("xs = [1.0, 2.0, 3.0, 4.0]\ntotal = 0.0\n");
    for i in 0..functions {
        src.push_str(&format!("total += f{i}(xs, 3)\n"));
    }
    src.push_str("print(total)\n");
    src
}

fn trace_compile(c: &mut Criterion) {
    let src = program(100);
    let mut group = c.benchmark_group("trace_compile");
    group.bench_function("100 loops, interpreted", |b| {
        b.iter(|| {
            let mut engine = Engine::with_captured_output();
            engine.run(&src).expect("the program runs");
        })
    });
    group.bench_function("100 loops, each recorded and compiled", |b| {
        b.iter(|| {
            let mut engine = Engine::with_captured_output();
            engine.enable_jit(JitOptions {
                threshold: 1,
                ..Default::default()
            });
            engine.run(&src).expect("the program runs");
            assert!(
                engine.jit_stats_line().contains("traces=100"),
                "{}",
                engine.jit_stats_line()
            );
        })
    });
    group.finish();
}

criterion_group!(benches, trace_compile);
criterion_main!(benches);
