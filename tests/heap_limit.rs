//! The heap limit an embedder sets holds against the bytes the process
//! really allocates, not only against the engine's own estimate: a
//! counting allocator watches every allocation while scripts grow their
//! data until `MemoryError`.
//!
//! One test in its own binary, so no other test's allocations are counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use rumba::Engine;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; the
// counters are only read by the test.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: the caller's contract is GlobalAlloc's own.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A move may hold both blocks at once.
        grew(new_size);
        // SAFETY: as above.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        p
    }
}

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
