//! The JIT's differential target. The input's bytes are the decisions of
//! the structured generator (`rumba_fuzzgen::program`), so every input is
//! a valid loop-heavy program, and a mutation of the bytes is another
//! program. It runs with the JIT off, recording every loop, and (for a
//! quarter of inputs) at a threshold the input picks, each under the
//! budget the input picks: the output, the exception with its traceback,
//! the point where a budget stops the program and the ticks it counted
//! must all be the same.
//!
//! `rumba-fuzzgen --bytes CRASH_FILE` prints the program an input stands for.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rumba::{Engine, JitOptions};
use rumba_fuzzgen::{program, Bytes};

/// What a run shows: the report of its error (if any), its output and
/// the ticks it used.
type Outcome = (Result<(), String>, String, u64);

fn run(case: &program::Case, threshold: Option<u32>) -> Outcome {
    let mut engine = Engine::with_captured_output();
    if let Some(threshold) = threshold {
        engine.enable_jit(JitOptions {
            threshold,
            ..Default::default()
        });
    }
    engine.set_budget(Some(case.budget));
    engine.set_heap_limit(64 << 20);
    let result = engine.run(&case.source).map_err(|e| e.report);
    (result, engine.take_output(), engine.ticks_used())
}

fuzz_target!(|data: &[u8]| {
    let case = program::case(&mut Bytes::new(data));
    let interpreted = run(&case, None);
    let mut thresholds = vec![1];
    if case.threshold != 1 {
        thresholds.push(case.threshold);
    }
    for threshold in thresholds {
        let compiled = run(&case, Some(threshold));
        if compiled != interpreted {
            panic!(
                "the JIT at threshold {threshold} disagrees with the interpreter (budget {})\n\
                 ---- program\n{}---- interpreter\n{:?}\n---- JIT\n{:?}",
                case.budget, case.source, interpreted, compiled
            );
        }
    }
});
