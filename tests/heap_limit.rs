//! The heap limit an embedder sets holds against the bytes the process
//! really allocates, not only against the engine's own estimate: a
//! counting allocator watches every allocation while scripts grow their
//! data until `MemoryError`.
//!
//! One test in its own binary, so no other test's allocations are counted.

use std::sync::atomic::Ordering;

use rumba::Engine;

#[path = "common/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::{Counting, CURRENT, PEAK};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const LIMIT: usize = 64 << 20;

/// Runs a script that grows without end under the limit and returns the
/// most bytes the process held beyond what it held before the run.
fn peak_beyond_start(script: &str, jit: bool) -> usize {
    let mut engine = Engine::with_captured_output();
    if jit {
        engine.enable_jit(rumba::JitOptions {
            threshold: 1,
            ..Default::default()
        });
    }
    engine.set_heap_limit(LIMIT);
    let start = CURRENT.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let err = engine.run(script).expect_err("the script grows until it is stopped");
    assert_eq!(err.kind, "MemoryError", "{script}: {err}");
    PEAK.load(Ordering::Relaxed) - start
}

#[test]
fn the_heap_limit_holds_against_real_allocation() {
    let scripts = [
        "xs = []\nwhile True:\n    xs.append(len(xs))\n",
        "xs = []\ni = 0.5\nwhile True:\n    xs.append(i)\n",
        "xs = []\nwhile True:\n    xs.append(str(len(xs)) * 3)\n",
        "xs = []\nwhile True:\n    xs.append((len(xs), 1.5))\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
        "x = [0]\nwhile True:\n    x = x + x\n",
        "s = 'ab'\nwhile True:\n    s = s + s\n",
        "rows = []\nwhile True:\n    rows.append([0.0] * 1000)\n",
        // Text run again and again: the namespaces and code a run keeps
        // (a function it defines), the new names it binds.
        "while True:\n    exec('def f():\\n    return 1', {})\n",
        "i = 0\nwhile True:\n    exec(f'v{i} = 1', {})\n    i += 1\n",
    ];
    for script in scripts {
        for jit in [false, true] {
            let peak = peak_beyond_start(script, jit);
            // The estimate may round small objects up, never down much:
            // at most a few percent over the limit, plus the engine's own
            // tables (interned names, code, the JIT's buffers).
            let allowed = LIMIT + LIMIT / 20 + (2 << 20);
            assert!(
                peak <= allowed,
                "{script:?} (jit {jit}) held {} MiB against a limit of {} MiB",
                peak >> 20,
                LIMIT >> 20
            );
        }
    }
}
