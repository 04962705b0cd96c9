//! Untrusted scripts under every limit: a tick budget, a heap limit, a
//! recursion limit, captured output, and an interrupt from another
//! thread. Each hostile script ends with a Python exception; the engine
//! (and the host) carry on.
//!
//!     cargo run --release --example sandbox

use std::sync::atomic::Ordering;
use std::time::Duration;

use rumba::Engine;

fn main() {
    let mut engine = Engine::with_captured_output();
    engine.enable_jit(rumba::JitOptions::default());
    engine.set_budget(Some(5_000_000));
    engine.set_heap_limit(16 << 20);
    engine.set_recursion_limit(200);
    let hostile = [
        ("endless loop", "while True:\n    pass"),
        ("memory bomb", "x = [0] * 10\nwhile True:\n    x = x + x"),
        ("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)"),
        ("huge string", "s = 'a' * (10 ** 12)"),
        ("native loop", "print(max(range(10 ** 18)))"),
        ("well behaved", "print(sum([i * i for i in range(100)]))"),
    ];
    for (what, script) in hostile {
        match engine.run(script) {
            Ok(()) => println!("{what}: ok, printed {:?}", engine.take_output()),
            Err(e) => println!("{what}: {e}"),
        }
    }
    // A script with no budget, stopped from another thread.
    engine.set_budget(None);
    let stop = engine.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        stop.store(true, Ordering::Relaxed);
    });
    let err = engine.run("n = 0\nwhile True:\n    n += 1").unwrap_err();
    stopper.join().unwrap();
    println!(
        "interrupted: {err} after {} iterations",
        engine.get_global::<i64>("n").unwrap_or(0)
    );
}
