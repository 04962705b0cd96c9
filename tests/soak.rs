//! Soak (#18): one engine runs 100,000 varied scripts, with the JIT off and
//! on, and its memory must stay flat: the resident set at the end within
//! 10% of what it was after the first tenth of the runs. Bounded in time:
//! each script is small, under a budget.
//!
//! Its own binary, so no other test's memory is in the resident set.

use rumba::{Engine, JitOptions};

const RUNS: usize = 100_000;

/// The process's resident set, in bytes (Linux).
fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// The `i`-th script: a few kinds of work (loops that compile, strs,
/// dicts, errors of several kinds, deep data, printing), with constants
/// that change from run to run so no two sources are the same.
fn script(i: usize) -> String {
    let n = 50 + i % 200;
    match i % 8 {
        0 => format!("t = 0\nfor k in range({n}):\n    t += k * {i}\nprint(t)\n"),
        1 => format!("s = '-'.join([str(k) for k in [{i}, {n}]])\nprint(s.upper(), len(s * 3))\n"),
        2 => format!(
            "d = {{}}\nfor k in range({n}):\n    d[k % 17] = d.get(k % 17, 0) + {i}\nprint(sorted(d.items())[:2])\n"
        ),
        3 => format!("x = [{i}] * {n}\nprint(x[{n} + 1])\n"),
        4 => format!("def f(k):\n    return f(k + 1) if k < {i} else k\nprint(f(0))\n"),
        5 => format!("x = []\nfor k in range({n}):\n    x = [x, {i}]\nprint(len(repr(x)) > 0)\n"),
        6 => format!("print({i} // (k := 0) if False else {i} / 0)\n"),
        _ => format!("a = {i}.5\nb = [a * k for k in range({n})]\nprint(f'{{sum(b):.3f}}', max(b) > a)\n"),
    }
}

fn soak(jit: bool) -> (usize, usize) {
    let mut engine = Engine::with_captured_output();
    if jit {
        engine.enable_jit(JitOptions::default());
    }
    engine.set_heap_limit(256 << 20);
    let mut warm = 0;
    for i in 0..RUNS {
        engine.set_budget(Some(100_000));
        let _ = engine.run(&script(i));
        let _ = engine.take_output();
        if i == RUNS / 10 {
            warm = resident_bytes();
        }
    }
    (warm, resident_bytes())
}

/// The two soaks share the process's resident set: one at a time, each
/// measured from its own warm point.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn check_flat(jit: bool) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let (warm, end) = soak(jit);
    eprintln!(
        "soak (jit {jit}): {} MiB after {} runs, {} MiB after {RUNS}",
        warm >> 20,
        RUNS / 10,
        end >> 20
    );
    assert!(
        end <= warm + warm / 10,
        "resident memory grew from {} MiB to {} MiB",
        warm >> 20,
        end >> 20
    );
}

#[test]
fn memory_stays_flat_without_the_jit() {
    check_flat(false);
}

#[test]
fn memory_stays_flat_with_the_jit() {
    check_flat(true);
}
