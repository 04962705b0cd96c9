//! Compile throughput: source lines per second through the whole front end
//! (lexer, parser, scopes, emitter) on a large generated program.
//! `cargo bench -p rumba-compiler`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A program of `functions` functions mixing the statement kinds real
/// scripts use; about 12 lines per function.
fn generated_program(functions: usize) -> String {
    let mut src = String::from("import math\n");
    for i in 0..functions {
        src.push_str(&format!("def f{i}(a, b=2):\n"));
        src.push_str(&format!(
            "    total = 0\n    for k in range(a):\n        if k % 3 == 0 and k != b:\n            total += k * {i}\n        elif k > 10:\n            total -= math.sqrt(k)\n    xs = [x * 2 for x in range(b) if x]\n    d = {{'k': total, 'n': len(xs)}}\n    s = f\"{{total:.2f}}-{{d['n']}}\"\n    return total, s\n"
        ));
    }
    src.push_str("print(f0(5))\n");
    src
}

fn compile_throughput(c: &mut Criterion) {
    let src = generated_program(500);
    let lines = src.lines().count() as u64;
    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Elements(lines));
    group.bench_function(format!("{lines} lines"), |b| {
        b.iter(|| rumba_compiler::compile(&src, "bench.py").expect("the generated program compiles"))
    });
    group.finish();
}

criterion_group!(benches, compile_throughput);
criterion_main!(benches);
