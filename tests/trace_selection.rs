//! Which loops the JIT compiles: recordings that fail for a passing
//! reason must not get a loop blacklisted (its code would then stay
//! interpreted for the rest of the run, a silent 10-50x cliff).

use rumba::{Engine, JitOptions};

/// The `--jit-stats` counters after running `source` with `options`.
fn stats(source: &str, options: JitOptions) -> (String, u32, u32) {
    let mut engine = Engine::with_captured_output();
    engine.enable_jit(options);
    engine.run(source).expect("the program runs");
    let line = engine.jit_stats_line();
    let (traces, blacklisted) = (counter(&line, "traces") as u32, counter(&line, "blacklisted") as u32);
    (line, traces, blacklisted)
}

/// The counter `name` in a `--jit-stats` line.
fn counter(line: &str, name: &str) -> u64 {
    let at = line
        .find(&format!(" {name}="))
        .unwrap_or_else(|| panic!("{name} in {line}"));
    let rest = &line[at + name.len() + 2..];
    rest.split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn an_inner_loop_that_mostly_breaks_out_still_compiles() {
    // Every other header execution of the inner loop is the iteration
    // that breaks. A recording started there leaves the loop and meets
    // the outer loop's header; the outer loop's recordings meet the
    // uncompiled inner loop. With doubling penalties both kept landing
    // on the same phase and were blacklisted after 5 tries each (the
    // mandelbrot benchmark at n=2800 ran 40x slower for it).
    let source = "total = 0\nfor i in range(20000):\n    for j in range(100):\n        total += j\n        if j == 1:\n            break\n";
    for threshold in [1, 2, 3, 50] {
        let (line, traces, blacklisted) = stats(
            source,
            JitOptions {
                threshold,
                ..Default::default()
            },
        );
        assert_eq!(blacklisted, 0, "threshold {threshold}: {line}");
        assert!(traces >= 1, "threshold {threshold}: {line}");
    }
}

#[test]
fn an_outer_loop_gives_up_once_its_inner_loop_is_blacklisted() {
    // The inner loop cannot compile: its body is longer than a trace may
    // be (more guarded instructions than a trace has snapshots). The
    // outer loop's wait for it must end in a blacklisting, not in
    // recordings for ever.
    let body = "        x += j\n".repeat(600);
    let source = format!("x = 0\nfor i in range(3000):\n    for j in range(50):\n{body}");
    let (line, _, blacklisted) = stats(&source, JitOptions::default());
    assert_eq!(blacklisted, 2, "{line}");
}

#[test]
fn a_loop_that_calls_a_function_with_a_loop_compiles_both() {
    // The outer loop's trace hands over at spin()'s loop header, where
    // spin()'s own trace takes over; spin()'s return is handed back.
    // Neither loop waits for the other or gets blacklisted.
    let source = "def spin(n):\n    s = 0\n    while s < n:\n        s += 1\n    return s\n\nx = 0\nfor i in range(3000):\n    for j in range(50):\n        x += spin(2)\n";
    for threshold in [1, 50] {
        let (line, traces, blacklisted) = stats(
            source,
            JitOptions {
                threshold,
                ..Default::default()
            },
        );
        assert_eq!(blacklisted, 0, "threshold {threshold}: {line}");
        assert!(traces >= 2, "threshold {threshold}: {line}");
    }
}

fn exits(line: &str) -> u64 {
    counter(line, "exits")
}

#[test]
fn a_function_with_a_loop_called_from_a_loop_runs_through_its_entry_trace() {
    // Inlined, the call would leave the caller's trace at spin()'s loop
    // on every one of the 150000 calls; through spin()'s entry trace the
    // calls and returns stay in compiled code.
    let source = "def spin(n):\n    s = 0\n    while s < n:\n        s += 1\n    return s\n\nx = 0\nfor i in range(3000):\n    for j in range(50):\n        x += spin(2)\n";
    for threshold in [1, 50] {
        let (line, _, _) = stats(
            source,
            JitOptions {
                threshold,
                ..Default::default()
            },
        );
        assert!(exits(&line) < 2000, "threshold {threshold}: {line}");
    }
}

#[test]
fn recursion_compiles_through_the_function_entry() {
    // fib(24) makes 75025 calls; compiled, they go from trace to trace
    // without returning to the interpreter.
    let source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(24))\n";
    let (line, traces, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(traces >= 1, "{line}");
    assert!(exits(&line) < 2000, "{line}");
}

fn aborts(line: &str) -> u64 {
    counter(line, "aborts")
}

#[test]
fn building_and_walking_a_tree_of_tuples_compiles_without_aborts() {
    // A tree built by recursion, each level returning a tuple of the two
    // subtrees it built: the side traces that return into the building
    // level pass a nested virtual tuple to the next call. They once
    // failed to compile (the outer tuple stayed virtual), and a side
    // trace that failed to compile was retried on every exit: 45,000
    // aborts for 3,000 trees.
    let source = "def make_tree(depth, value):\n    if depth == 0:\n        return None\n    return (make_tree(depth - 1, value + 1), value, make_tree(depth - 1, value + 2))\n\ndef count(node):\n    if node is None:\n        return 0\n    left, value, right = node\n    return count(left) + 1 + count(right)\n\nt = 0\nfor i in range(3000):\n    t += count(make_tree(6, i % 10))\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(aborts(&line) < 50, "{line}");
    assert!(exits(&line) < 20_000, "{line}");
}

#[test]
fn a_side_trace_that_calls_a_function_with_a_loop_waits_for_its_entry_trace() {
    // The inner loop compiles first; the side trace at its end goes round
    // the outer loop and calls make(), which the interpreter had called too
    // few times for an entry trace. Inlined, that call handed over at
    // make()'s loop on each of the 20,000 passes; handed to the interpreter
    // whole, it counts toward make()'s entry trace, which the exit then
    // calls through a side trace of its own.
    let source = "def make(seed):\n    out = []\n    for k in range(3):\n        out.append(seed + k)\n    return out\n\nt = 0\nfor i in range(20000):\n    for v in make(i):\n        t += v\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 1000, "{line}");
}

#[test]
fn a_loop_calling_a_recursive_function_calls_its_entry_trace() {
    // build() recurses only inside itself: inlined into the loop's trace,
    // its first level handed its recursive calls to the interpreter on
    // every pass (3,402 exits). Once a recording has seen build() call
    // itself, calls of it go through its entry trace, from the loop too.
    let source = "def build(seed, depth):\n    seed = seed * 16807 % 2147483647\n    if depth == 0 or seed % 3 == 0:\n        return str(seed % 99), seed\n    left, seed = build(seed, depth - 1)\n    right, seed = build(seed, depth - 1)\n    return left + '+' + right, seed\n\nseed = 42\nn = 0\nfor i in range(5000):\n    text, seed = build(seed, 4)\n    n += len(text)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 1000, "{line}");
}

#[test]
fn an_engine_that_compiles_more_traces_than_fit_flushes_and_compiles_on() {
    // Each run brings a new loop. Once the trace table was full (1,000
    // traces in an engine's life) no loop compiled again; now the JIT
    // drops its traces and starts afresh, and Engine::flush_jit does the
    // same on request, letting go of what the traces kept alive.
    let mut engine = Engine::with_captured_output();
    engine.enable_jit(JitOptions {
        threshold: 1,
        ..Default::default()
    });
    for k in 0..1100 {
        engine
            .run(&format!("t = 0\nfor i in range(20):\n    t += i * {k}\n"))
            .expect("the program runs");
    }
    let line = engine.jit_stats_line();
    assert!(counter(&line, "traces") >= 1100, "{line}");

    // A closure holding a big list, pinned by the trace that calls it.
    engine
        .run("def make():\n    big = [0.5] * 2000000\n    def f(x):\n        return x + len(big)\n    return f\nf = make()\nt = 0\nfor i in range(100):\n    t += f(i)\nf = None\nmake = None\n")
        .expect("the program runs");
    let held = engine.heap_bytes();
    engine.flush_jit();
    engine.set_gc_stress(true);
    engine
        .run("s = 0\nfor i in range(10):\n    s += len([i])\n")
        .expect("the program runs");
    assert!(
        engine.heap_bytes() + 10_000_000 < held,
        "{} then {}",
        held,
        engine.heap_bytes()
    );
}

#[test]
fn an_exit_inside_an_inlined_method_grows_a_side_trace() {
    // The loop inlines `add`; after 1000 iterations its branch turns, and
    // the guard inside the inlined frame fails every time. A side trace
    // from that exit (which starts inside the inlined call) must take
    // over, instead of the interpreter running the rest of the loop.
    let source = "class Acc:\n    def __init__(self):\n        self.total = 0\n    def add(self, v):\n        if v > 1000:\n            self.total += v // 2\n        else:\n            self.total += v\n        return self.total\n\nacc = Acc()\nfor i in range(100000):\n    acc.add(i)\nprint(acc.total)\n";
    let (line, _, _) = stats(source, JitOptions::default());
    assert!(counter(&line, "side_traces") >= 1, "{line}");
    assert!(counter(&line, "exits") < 1000, "{line}");
}

#[test]
fn a_side_trace_waits_for_a_loop_in_a_called_function() {
    // After 2000 iterations the branch turns and `walk` (whose loop runs
    // once or twice per call, so it gets hot slowly) is called: the side
    // trace from that exit meets the loop before it has a trace. Its
    // attempts must wait for the loop, not use up the exit's tries (the
    // interpreter would then run every later iteration from the exit).
    let source = "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n    def walk(self):\n        n = 0\n        p = self\n        while p is not None:\n            n += 1\n            p = p.nxt\n        return n\n\nchain = Node(Node(None))\ntotal = 0\nfor i in range(200000):\n    if i < 2000:\n        total += 1\n    else:\n        total += chain.walk()\nprint(total)\n";
    let (line, _, _) = stats(source, JitOptions::default());
    assert!(counter(&line, "exits") < 20000, "{line}");
}

#[test]
fn a_call_from_an_inlined_call_goes_through_the_entry_trace() {
    // `word` is inlined into the loop; the `skip` it calls has a loop of
    // its own. The trace makes `word`'s frame and calls `skip` through its
    // entry trace (before, it inlined `skip` and handed the loop to the
    // interpreter on every call).
    let source = "class Tok:\n    def __init__(self, text):\n        self.text = text\n        self.pos = 0\n    def skip(self):\n        pos = self.pos\n        while pos < len(self.text) and self.text[pos] == ' ':\n            pos += 1\n        self.pos = pos\n    def word(self):\n        self.skip()\n        start = self.pos\n        self.pos += 1\n        return start\n\nt = Tok(' a' * 30000)\ntotal = 0\nwhile t.pos < len(t.text):\n    total += t.word()\nprint(total)\n";
    let (line, _, _) = stats(source, JitOptions::default());
    assert!(counter(&line, "exits") < 2000, "{line}");
}

#[test]
fn loops_calling_an_imported_modules_functions_compile() {
    // `m.f(x)` and `from m import f; f(x)`: the module's attribute is its
    // global slot, guarded like any global the loop calls, so the calls
    // inline into the loop's trace and nothing aborts.
    let dir = std::env::temp_dir().join(format!("rumba-trace-modules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("hot.py"), "step = 3\ndef f(x):\n    return x * step + 1\n").unwrap();
    for source in [
        "import hot\nt = 0\nfor i in range(5000):\n    t += hot.f(i) + hot.step\n",
        "from hot import f\nt = 0\nfor i in range(5000):\n    t += f(i)\n",
    ] {
        let mut engine = Engine::with_captured_output();
        engine.enable_jit(JitOptions::default());
        engine.allow_imports_from(&dir);
        engine.run(source).expect("the program runs");
        let line = engine.jit_stats_line();
        assert!(counter(&line, "traces") >= 1, "{source}: {line}");
        assert_eq!(counter(&line, "aborts"), 0, "{source}: {line}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_loop_over_enum_lookups_compiles() {
    // `State(i % 3)` is a call of the enum's metaclass's `__call__`
    // (`vm/src/metaclass.rs`), recorded as a call of that function with
    // the class first; it once ended every recording, so the loop stayed
    // interpreted with an exit per iteration.
    let source = "from enum import Enum\n\nclass State(Enum):\n    IDLE = 0\n    RUNNING = 1\n    DONE = 2\n\ntotal = 0\nfor i in range(20000):\n    s = State(i % 3)\n    if s is State.DONE:\n        total += 1\n    total += s.value\n";
    let (line, traces, blacklisted) = stats(source, JitOptions::default());
    assert!(traces >= 1, "{line}");
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 2_000, "{line}");
}

#[test]
fn a_loop_around_a_short_inner_loop_unrolls_it() {
    // The inner `while` goes round once on one pass in a hundred and
    // never twice: its own recordings leave it at once, so it never gets
    // a trace, and the outer loop's recordings waited for one until both
    // were blacklisted (benchmarks game's fasta-redux lookup loop). Once
    // a recording of the inner loop has left it, the outer loop's trace
    // goes through its header.
    let source = "table = [x if x % 100 == 0 else -1 for x in range(60000)]\nhits = 0\nfor i in range(59000):\n    k = i\n    while table[k] == i:\n        k += 1\n    hits += k\n";
    let (line, traces, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(traces >= 1, "{line}");
    assert!(aborts(&line) < 5, "{line}");
    assert!(exits(&line) < 1000, "{line}");
}

#[test]
fn a_loop_that_allocates_grows_no_side_traces_from_its_ticks() {
    // A collection comes due inside the trace: its next tick exits, the
    // interpreter collects, and the path goes on as recorded. Side traces
    // grown from those exits copied the rest of their parent, and their
    // own ticks' exits grew further copies (the ray tracer benchmark ended
    // with 345 side traces, 100 to a tree, and 1.5 million exits).
    let source = "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n    def plus(self, o):\n        return P(self.x + o.x, self.y + o.y)\nacc = P(0, 0)\nkeep = []\nfor i in range(1500000):\n    acc = acc.plus(P(i, 1))\n    if i % 1000 == 0:\n        keep.append(acc)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(counter(&line, "side_traces") <= 3, "{line}");
    assert!(exits(&line) < 500, "{line}");
}

#[test]
fn side_traces_that_start_after_super_compile() {
    // Exits between `super()` and the lookup on the super object it made
    // (`super().__init__(...)` in a hierarchy a loop instantiates in turn,
    // a super object kept in a local): their side traces found a super
    // object they had not made and gave up on it.
    let source = include_str!("programs/jit_super_side_trace.py");
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert_eq!(aborts(&line), 0, "{line}");
}

#[test]
fn side_traces_compile_up_to_a_raise() {
    // A parser loop that meets malformed input now and then: the paths to
    // its `raise`, a failed `assert` and a re-raise are side traces that
    // hand over at the raise; they used to fail to record, again and
    // again (17 failed recordings here).
    let program = include_str!("programs/tb_jit_raise_side_trace.py");
    let source = program
        .split("\n\ndef deep")
        .next()
        .expect("the parser loop comes first");
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(aborts(&line) <= 2, "{line}");
    assert!(counter(&line, "side_traces") >= 3, "{line}");
}

#[test]
fn a_loop_calling_a_cached_function_compiles() {
    // `@functools.cache` functions: a call that hits is compiled; the
    // loop's first recordings, whose calls miss (the function runs in the
    // interpreter's frame), wait for an iteration that hits instead of
    // blacklisting the loop.
    let source = "import functools\n@functools.cache\ndef cost(i):\n    return i * i % 97\n@functools.lru_cache(maxsize=32)\ndef pair(a, b):\n    return a * 31 + b\ntotal = 0\nfor i in range(20000):\n    total += cost(i % 150) + pair(i % 5, i % 3)\n";
    let (line, traces, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(traces >= 1, "{line}");
    assert!(exits(&line) < 1000, "{line}");
}

#[test]
fn a_loop_joining_a_generator_stays_compiled() {
    // `"".join(gen)` steps the generator from the native method, where no
    // trace can follow: every round of the loop left compiled code at the
    // call (20,000 exits, the side trace's recordings aborted). The
    // prelude's `join` steps it with a loop the JIT compiles.
    let source =
        "t = 0\nfor i in range(20000):\n    s = \"\".join(str(x) for x in range(i % 4))\n    t += len(s)\nprint(t)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 2000, "{line}");
}

#[test]
fn a_loop_calling_max_with_a_key_stays_compiled() {
    // `max(xs, key=f)` calls the key from the native built-in, where no
    // trace can follow: every round of the loop left compiled code at the
    // call (about one exit per round, and no gain over the interpreter).
    // The prelude's `max_key` calls it from a loop the JIT compiles, and
    // the loop's trace enters that loop's trace at the call.
    let source = "words = ['alpha', 'be', 'gamma', 'delta'] * 5\nt = 0\nfor i in range(20000):\n    \
                  t += len(max(words, key=lambda w: len(w) + i % 3))\n    \
                  t += min(range(i % 7 + 1), key=lambda v: -v)\nprint(t)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 2000, "{line}");
}

#[test]
fn a_loop_sorting_by_a_key_stays_compiled() {
    // `sorted(xs, key=f)` called the key from the native sort: every round
    // handed off to the interpreter at the call. The prelude's
    // `sorted_key` computes the keys in a loop the JIT compiles, then
    // sorts natively by them.
    let source = "rows = [(i * 37 % 101, i) for i in range(40)]\nt = 0\nfor k in range(20000):\n    \
                  t += sorted(rows, key=lambda r: (r[0] - k) % 101)[0][1]\nprint(t)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 2000, "{line}");
}

#[test]
fn a_loop_over_a_filter_of_none_is_compiled() {
    // `for w in filter(None, words)` was never compiled (the loop was
    // blacklisted): compiled code now steps a filter of None or of a
    // built-in type over a list, tuple, str or range with a helper.
    let source = "words = ['a', '', 'bb', '', 'ccc'] * 20\nt = 0\nfor k in range(2000):\n    \
                  for w in filter(None, words):\n        t += len(w)\nprint(t)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 200, "{line}");
}

#[test]
fn a_loop_joining_a_map_of_a_str_method_is_compiled() {
    // `" ".join(map(str.upper, words))`: `str.upper` was a new object at
    // every access (`LOAD_ATTR` on a type was not compiled) and the map's
    // step called it as script code: every loop involved was blacklisted.
    let source = "words = ['alpha', 'beta', 'gamma'] * 10\nt = 0\nfor k in range(5000):\n    \
                  t += len(' '.join(map(str.upper, words)))\nprint(t)\n";
    let (line, _, blacklisted) = stats(source, JitOptions::default());
    assert_eq!(blacklisted, 0, "{line}");
    assert!(exits(&line) < 500, "{line}");
}
