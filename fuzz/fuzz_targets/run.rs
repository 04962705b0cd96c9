//! Any text run with the JIT recording every loop (threshold 1), under a
//! budget, a heap limit, a recursion limit and a wall-clock limit: output
//! or an exception, never a panic, a crash or a hang.
//!
//! The budget counts ticks, and one tick may do a lot of work (`s = s + s`
//! and a print of `s`, in a loop, is quadratic), so a watchdog sets the
//! engine's interrupt flag after `WALL_LIMIT`, as `rumba --timeout` does.
//! What libFuzzer then reports as a timeout (-timeout=10) is a script the
//! interrupt could not stop: a hang past every limit.

#![no_main]

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use rumba::{Engine, JitOptions};

const WALL_LIMIT: Duration = Duration::from_secs(2);

/// Output is counted and dropped: an input that prints gigabytes must not
/// run the fuzzer out of memory.
struct Sink;

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The running input's deadline and interrupt flag, for the watchdog.
type Watch = Mutex<Option<(Instant, Arc<AtomicBool>)>>;

fn watch() -> &'static Watch {
    static WATCH: OnceLock<Watch> = OnceLock::new();
    WATCH.get_or_init(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(50));
            if let Some((deadline, flag)) = &*watch().lock().unwrap() {
                if Instant::now() >= *deadline {
                    flag.store(true, Ordering::Relaxed);
                }
            }
        });
        Mutex::new(None)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = Engine::decode_source(data, "<fuzz>") else {
        return;
    };
    let mut engine = Engine::with_output(Box::new(Sink));
    engine.enable_jit(JitOptions {
        threshold: 1,
        ..Default::default()
    });
    engine.set_budget(Some(100_000));
    engine.set_heap_limit(64 << 20);
    engine.set_recursion_limit(200);
    *watch().lock().unwrap() = Some((Instant::now() + WALL_LIMIT, engine.interrupt_handle()));
    let _ = engine.run(&source);
    *watch().lock().unwrap() = None;
    engine.finish_jit();
});
