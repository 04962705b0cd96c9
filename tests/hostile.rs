//! Hostile input (#18): scripts written to take the host down. Each runs
//! under a small heap limit and budget, in a thread with the least stack a
//! host may give the engine (`MIN_HOST_STACK`), with the JIT off and
//! recording every loop; each must end with a Python exception (or, where
//! CPython succeeds, normally), within its limits, and the same way in
//! both modes, and the process must survive.
//!
//! One binary of its own: a counting allocator watches what the process
//! really holds while each attack runs, so the attacks run one at a time.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rumba::{Engine, JitOptions};
use rumba_vm::limits::MIN_HOST_STACK;

#[path = "common/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::{Counting, CURRENT, PEAK};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The attacks run one at a time (the allocator's counters are global).
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// So do the tests: a test building a large source (a 20 MB literal)
/// while another's attack runs would count against that attack.
static ONE_TEST_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn alone() -> std::sync::MutexGuard<'static, ()> {
    ONE_TEST_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

const HEAP_LIMIT: usize = 32 << 20;
const BUDGET: u64 = 5_000_000;
/// What the process may hold beyond the heap limit: the engine's own
/// tables, the JIT's recorder and compiled traces, the thread's stack,
/// the compile's transient tree, the counting allocator's rounding.
const SLACK: usize = 24 << 20;
/// No attack may take longer (release build, shared machine).
const TIME_LIMIT: Duration = Duration::from_secs(20);

/// How a run ended: "ok" or the exception's type name.
#[derive(Debug)]
struct Outcome {
    ended: String,
    message: String,
    output: String,
    took: Duration,
    /// The most bytes the process held beyond what it held before.
    peak: usize,
}

fn engine(jit: bool) -> Engine {
    let mut engine = Engine::with_captured_output();
    if jit {
        engine.enable_jit(JitOptions {
            threshold: 1,
            ..Default::default()
        });
    }
    engine.set_heap_limit(HEAP_LIMIT);
    engine.set_budget(Some(BUDGET));
    engine
}

/// Runs `source` in a fresh engine in a thread with `MIN_HOST_STACK`.
fn attack(source: &str, jit: bool) -> Outcome {
    attack_with(source, jit, 1000)
}

/// `attack` with a recursion limit of `frames`.
fn attack_with(source: &str, jit: bool, frames: usize) -> Outcome {
    let source = source.to_string();
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let handle = std::thread::Builder::new()
        .stack_size(MIN_HOST_STACK)
        .spawn(move || {
            let mut engine = engine(jit);
            engine.set_recursion_limit(frames);
            let start = CURRENT.load(Ordering::Relaxed);
            PEAK.store(start, Ordering::Relaxed);
            let started = Instant::now();
            let result = engine.run(&source);
            let took = started.elapsed();
            let peak = PEAK.load(Ordering::Relaxed).saturating_sub(start);
            let (ended, message) = match result {
                Ok(()) => ("ok".to_string(), String::new()),
                Err(e) => (e.kind, e.message),
            };
            let output = engine.take_output();
            Outcome {
                ended,
                message,
                output,
                took,
                peak,
            }
        })
        .expect("a thread");
    handle.join().expect("the engine's thread survives")
}

/// Runs an attack in both modes: each must end in one of `allowed`
/// (an exception's name or "ok"), within the time and memory bounds, and
/// both the same way.
fn check(name: &str, source: &str, allowed: &[&str]) {
    let mut seen = Vec::new();
    for jit in [false, true] {
        let o = attack(source, jit);
        let mode = if jit { "jit" } else { "no-jit" };
        // Seen with --nocapture: what each attack cost.
        eprintln!(
            "{name:<28} {mode:<6} {:<15} {:>8.1} ms {:>5} MiB",
            o.ended,
            o.took.as_secs_f64() * 1e3,
            o.peak >> 20
        );
        assert!(
            allowed.contains(&o.ended.as_str()),
            "{name} ({mode}): ended with {} {:?}, expected one of {allowed:?}",
            o.ended,
            o.message
        );
        assert!(o.took < TIME_LIMIT, "{name} ({mode}): took {:?}", o.took);
        assert!(
            o.peak <= HEAP_LIMIT + SLACK,
            "{name} ({mode}): the process held {} MiB beyond its start",
            o.peak >> 20
        );
        seen.push((o.ended, o.output));
    }
    assert_eq!(seen[0], seen[1], "{name}: the JIT changed the outcome");
}

const STOPPED: &[&str] = &["MemoryError", "RuntimeError"];
const DEEP: &[&str] = &["RecursionError"];

/// A built-in calling back into the script (`min` stepping a generator
/// whose items recurse) nests the interpreter's loop on the host stack:
/// under the default budget, in a `MIN_HOST_STACK` thread, 25 such
/// nestings fit (the loop's frame is about 3 KiB since an error is one
/// pointer; it was 13.5 KiB and 5 fitted), and past what fits the script
/// gets `RecursionError`.
#[test]
fn built_ins_calling_back_nest_within_the_default_host_stack() {
    let _alone = alone();
    let nest = |n: usize| {
        format!("def f(n):\n    return 0 if n == 0 else min((f(n - 1) for _ in [0]), default=0)\nprint(f({n}))\n")
    };
    for jit in [false, true] {
        let fits = attack(&nest(25), jit);
        assert_eq!(
            (fits.ended.as_str(), fits.output.as_str()),
            ("ok", "0\n"),
            "jit {jit}: {}",
            fits.message
        );
        assert_eq!(attack(&nest(100_000), jit).ended, "RecursionError", "jit {jit}");
    }
}

#[test]
fn deep_data_never_recurses_on_the_host_stack() {
    let _alone = alone();
    // A tuple nested 40,000 deep as a dict key (hashed iteratively).
    check(
        "nested tuple key",
        "a = ()\nfor i in range(40000):\n    a = (a,)\nd = {a: 1}\nprint('unreachable')\n",
        &["ok"],
    );
    let nest = |make: &str| format!("x = []\ny = []\nfor i in range(100000):\n    x = {make}\n    y = {make}\n");
    check("deep list repr", &(nest("[x]") + "print(len(repr(x)))\n"), DEEP);
    check("deep list str", &(nest("[x]") + "print(len(str(x)))\n"), DEEP);
    check(
        "deep list ==",
        &(nest("[x]").replace("y = [x]", "y = [y]") + "print(x == y)\n"),
        DEEP,
    );
    check(
        "deep list <",
        &(nest("[x]").replace("y = [x]", "y = [y]") + "print(x < y)\n"),
        DEEP,
    );
    check(
        "deep dict repr (json-like)",
        "d = {}\nfor i in range(20000):\n    d = {'k': d, 'n': [i]}\nprint(len(repr(d)))\n",
        DEEP,
    );
    check(
        "deep dict ==",
        "a = {}\nb = {}\nfor i in range(20000):\n    a = {'k': a}\n    b = {'k': b}\nprint(a == b)\n",
        DEEP,
    );
    check(
        "deep tuple hash",
        "t = ()\nfor i in range(100000):\n    t = (t, i)\nprint(hash(t) == hash(t))\n",
        &["ok"],
    );
    check(
        "deep type hint",
        "t = int\nfor i in range(100000):\n    t = list[t]\nprint(len(repr(t)))\n",
        DEEP,
    );
    check(
        "deep type hint ==",
        "t = int\nu = int\nfor i in range(100000):\n    t = list[t]\n    u = list[u]\nprint(t == u)\n",
        DEEP,
    );
}

#[test]
fn shared_structures_stop_at_a_limit() {
    let _alone = alone();
    let tower =
        |make: &str, n: usize| format!("x = []\ny = []\nfor i in range({n}):\n    x = {make}\n    y = {make}\n");
    check("tower str", &(tower("[x, x]", 30) + "print(len(str(x)))\n"), STOPPED);
    check(
        "tower ==",
        &(tower("[x, x]", 40).replace("y = [x, x]", "y = [y, y]") + "print(x == y)\n"),
        STOPPED,
    );
    check(
        "tower hash",
        "a = ()\nfor i in range(40):\n    a = (a, a)\nprint(hash(a))\n",
        STOPPED,
    );
    check(
        "tower dict key",
        "a = ()\nfor i in range(40):\n    a = (a, a)\nd = {a: 1}\n",
        STOPPED,
    );
}

#[test]
fn native_loops_see_the_budget() {
    let _alone = alone();
    for (name, source) in [
        ("max", "print(max(range(10**18)))"),
        ("min", "print(min(range(10**18, 0, -1)))"),
        ("sum", "print(sum(range(10**18)))"),
        ("any", "x = [0] * 1000000\nfor i in range(100):\n    print(any(x))\n"),
        ("all", "print(all(range(1, 10**18)))"),
        ("sorted", "print(sorted(range(10**18)))"),
        ("list of zip", "print(len(list(zip(range(10**18), range(10**18)))))"),
        ("sort in place", "x = list(range(1000000))\nx.reverse()\nfor i in range(100):\n    x.sort()\n    x.reverse()\n"),
        ("in", "x = [0] * 1000000\nfor i in range(1000):\n    print(1 in x)\n"),
        ("in (objects)", "x = [None] * 1000000\nfor i in range(100):\n    print(1 in x)\n"),
        ("join", "s = ''\nparts = ['ab'] * 1000000\nfor i in range(1000):\n    s = ','.join(parts)\n"),
        ("str repeat", "for i in range(1000):\n    s = 'ab' * 10000000\n"),
        ("f-string join", "s = 'ab' * 1000000\nfor i in range(1000):\n    t = f'{s}{s}'\n"),
        ("str + str", "s = 'ab' * 1000000\nfor i in range(1000):\n    t = s + s\n"),
        ("repr of a big list", "x = list(range(1000000))\nfor i in range(100):\n    s = repr(x)\n"),
        (
            "max inside a compiled loop",
            "x = list(range(100))\ni = 0\nwhile True:\n    i += 1\n    m = max(x)\n    if i % 100 == 0:\n        print(i)\n",
        ),
        ("== of big lists", "x = [[i] for i in range(100000)]\ny = [[i] for i in range(100000)]\nfor i in range(100):\n    print(x == y)\n"),
    ] {
        check(name, source, STOPPED);
    }
}

#[test]
fn allocations_meet_the_heap_limit() {
    let _alone = alone();
    for (name, source) in [
        ("str * huge", "s = 'a' * 10**12"),
        ("list * huge", "x = [0] * 10**12"),
        ("list of a long str", "x = list('a' * 50000000)"),
        ("doubling list", "x = [0]\nwhile True:\n    x = x + x\n"),
        ("doubling str", "s = 'ab'\nwhile True:\n    s = s + s\n"),
        ("doubling f-string", "s = 'ab'\nwhile True:\n    s = f'{s}{s}'\n"),
        ("replace blowup", "s = ('a' * 100000).replace('a', 'b' * 100000)"),
        ("format width", "print(len(f'{1:{2**40}}'))"),
        ("format width in str.format", "print(len('{:>{}}'.format(1, 2**40)))"),
        ("percent width", "print(len('%1099511627776d' % 1))"),
        ("float precision", "print(len(f'{1.5:.1000000000f}'))"),
        ("zfill", "print(len('1'.zfill(10**12)))"),
        ("dict growth", "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n"),
        ("list append", "x = []\nwhile True:\n    x.append(x)\n"),
        ("comprehension", "x = [i for i in range(10**9)]"),
        ("printing without end", "while True:\n    print('x' * 100000)\n"),
        (
            "struct unpack of many one-byte items",
            "import struct\nb = bytes(4000000)\nprint(len(struct.unpack('4000000b', b)))",
        ),
        ("struct pack of a huge pad", "import struct\nstruct.pack('1000000000x')"),
        ("random bytes", "import random\nrandom.randbytes(10**10)"),
        (
            "base64 of a doubling buffer",
            "import base64\nb = b'ab'\nwhile True:\n    b = base64.b64encode(b + b)\n",
        ),
        (
            "pprint of a wide list",
            "import pprint\npprint.pformat(list(range(10**8)))",
        ),
        (
            "a huge literal",
            &format!("s = '{}'\nprint(len(s))\n", "a".repeat(20 << 20)),
        ),
    ] {
        check(name, source, STOPPED);
    }
}

#[test]
fn source_that_nests_or_repeats_compiles_or_is_refused() {
    let _alone = alone();
    let elifs: String = (1..10_000).map(|i| format!("elif x == {i}:\n    y = {i}\n")).collect();
    check(
        "elif chain",
        &format!("x = 9998\nif x == 0:\n    y = 0\n{elifs}else:\n    y = -1\nprint(y)\n"),
        &["ok"],
    );
    check("long sum", &format!("print(1{})", "+1".repeat(100_000)), &["ok"]);
    check(
        "deep parentheses",
        &format!("x = {}1{}", "(".repeat(1000), ")".repeat(1000)),
        &["SyntaxError"],
    );
    check(
        "deep lists",
        &format!("x = {}{}", "[".repeat(150), "]".repeat(150)),
        DEEP,
    );
    check("deep unary", &format!("x = {}1", "-".repeat(100_000)), DEEP);
    check("deep not", &format!("x = {}1", "not ".repeat(100_000)), DEEP);
    check("deep power", &format!("x = 2{}", "**2".repeat(100_000)), DEEP);
    check("long attribute chain", &format!("x = a{}", ".b".repeat(100_000)), DEEP);
    check("deep lambda", &format!("f = {}1", "lambda: ".repeat(10_000)), DEEP);
    check(
        "deep conditional",
        &format!("x = 1{}", " if a else 1".repeat(10_000)),
        DEEP,
    );
    let blocks: String = (0..99).map(|i| format!("{}if True:\n", " ".repeat(i))).collect();
    check(
        "99 nested blocks",
        &format!("{blocks}{}print('in')\n", " ".repeat(99)),
        &["ok"],
    );
    // Every level of a try statement and a class is compiled by recursion
    // too; the finally bodies are compiled again on each way out.
    let tries: String = (0..60).map(|i| format!("{}try:\n", " ".repeat(i))).collect();
    let finallies: String = (0..60)
        .rev()
        .map(|i| format!("{0}finally:\n{0} n += 1\n", " ".repeat(i)))
        .collect();
    check(
        "60 nested try/finally",
        &format!("n = 0\n{tries}{}n += 1\n{finallies}print(n)\n", " ".repeat(60)),
        &["ok"],
    );
    let classes: String = (0..60).map(|i| format!("{}class C{i}:\n", " ".repeat(i))).collect();
    check(
        "60 nested classes",
        &format!("{classes}{}x = 1\nprint(C0)\n", " ".repeat(60)),
        &["ok"],
    );
    check(
        "deep class hierarchy",
        "class A: pass\nfor i in range(300):\n    class B(A): pass\n    A = B\nprint(len(A.__mro__))",
        &["ok"],
    );
    check(
        "raise in a handler, forever",
        "def f(n):\n    try:\n        raise ValueError(n)\n    except ValueError:\n        f(n + 1)\nf(0)",
        DEEP,
    );
}

#[test]
fn recursion_through_built_ins_is_bounded() {
    let _alone = alone();
    check(
        "sort key recursion",
        "def f(x):\n    return sorted([x], key=f)\nf(1)\n",
        DEEP,
    );
    check(
        "max key recursion",
        "def f(x):\n    return max([x], key=f)\nf(1)\n",
        DEEP,
    );
    check("runaway recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", DEEP);
}

#[test]
fn generators_are_bounded() {
    let _alone = alone();
    // Each step of a generator nests the interpreter on the host stack.
    check(
        "nested generator exprs",
        "g = iter(range(3))\nfor i in range(5000):\n    g = (x for x in g)\nprint(list(g))\n",
        DEEP,
    );
    check(
        "recursive generators",
        "def walk(n):\n    for x in walk(n + 1):\n        yield x\n    yield n\nprint(sum(walk(0)))\n",
        DEEP,
    );
    check(
        "generators through built-ins",
        "def g(n):\n    yield sum(g(n + 1))\nprint(list(g(0)))\n",
        DEEP,
    );
    check(
        "endless generator",
        "def forever():\n    i = 0\n    while True:\n        yield i\n        i += 1\nfor x in forever():\n    pass\n",
        &["RuntimeError"],
    );
    check(
        "endless generator in a built-in",
        "def forever():\n    while True:\n        yield 1\nprint(sum(forever()))\n",
        &["RuntimeError"],
    );
    check(
        "endless generator of garbage",
        "def forever():\n    while True:\n        yield [0] * 10000\nfor x in forever():\n    pass\n",
        STOPPED,
    );
    check(
        "generator list of everything",
        "def forever():\n    while True:\n        yield [0] * 1000\nprint(len(list(forever())))\n",
        STOPPED,
    );
}

#[test]
fn sets_are_bounded() {
    let _alone = alone();
    // Frozensets nest without limit; their hashes are kept, but equality
    // walks the nesting through the host stack, which is budgeted.
    check(
        "deep frozensets compared",
        "a = frozenset()\nb = frozenset()\nfor i in range(20000):\n    a = frozenset([a])\n    b = frozenset([b])\nprint(a == b)\n",
        DEEP,
    );
    check(
        "deep frozenset repr",
        "a = frozenset()\nfor i in range(20000):\n    a = frozenset([a])\nprint(len(repr(a)))\n",
        DEEP,
    );
    check(
        "deep frozenset in a set",
        "a = frozenset()\nfor i in range(20000):\n    a = frozenset([a, i])\ns = {a}\nprint(a in s, hash(a) == hash(a))\n",
        &["ok"],
    );
    check("set of a huge range", "s = set(range(10**12))\n", STOPPED);
    check("set comprehension forever", "s = {i for i in range(10**12)}\n", STOPPED);
    check(
        "set algebra of big sets",
        "a = set(range(200000))\nb = set(range(100000, 300000))\nwhile True:\n    a = a | b\n    a = a ^ b\n",
        STOPPED,
    );
    check("star unpacking of a huge range", "a, *b = range(10**12)\n", STOPPED);
    check("starred display of a huge range", "x = [*range(10**12)]\n", STOPPED);
}

/// With the recursion limit raised out of reach, the VM's own stacks meet
/// the heap limit instead.
#[test]
fn deep_script_recursion_meets_the_heap_limit() {
    let _alone = alone();
    for jit in [false, true] {
        let o = attack_with("def f(n):\n    return f(n + 1)\nf(0)\n", jit, 100_000_000);
        assert_eq!(o.ended, "MemoryError", "jit {jit}: {}", o.message);
        assert!(o.peak <= HEAP_LIMIT + SLACK, "jit {jit}: held {} MiB", o.peak >> 20);
    }
}

#[test]
fn wrong_answers_are_right() {
    let _alone = alone();
    check(
        "range length",
        "r = range(-5 * 10**18, 5 * 10**18)\nn = 0\nfor i in r:\n    n += 1\n    if n == 5:\n        break\nprint(n)\nprint(len(r))\n",
        &["OverflowError"],
    );
    let o = attack("print(2.0 ** -25, 154446623768692.125)", false);
    assert_eq!(o.output, "2.9802322387695312e-08 154446623768692.12\n");
}

/// An interrupt stops a long built-in (no budget) in both modes, promptly.
#[test]
fn an_interrupt_reaches_into_built_ins() {
    let _alone = alone();
    for jit in [false, true] {
        let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let (tx, rx) = std::sync::mpsc::channel::<Arc<AtomicBool>>();
        let handle = std::thread::Builder::new()
            .stack_size(MIN_HOST_STACK)
            .spawn(move || {
                let mut engine = engine(jit);
                engine.set_budget(None);
                tx.send(engine.interrupt_handle()).unwrap();
                let started = Instant::now();
                let r = engine.run("for i in range(3):\n    x = max(range(10**18))\n");
                (r.map_err(|e| e.kind), started.elapsed())
            })
            .unwrap();
        let flag = rx.recv().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        flag.store(true, Ordering::SeqCst);
        let (result, took) = handle.join().unwrap();
        assert_eq!(result, Err("KeyboardInterrupt".to_string()), "jit {jit}");
        assert!(took < Duration::from_secs(5), "jit {jit}: stopped after {took:?}");
    }
}

#[test]
fn an_engine_recovers_and_each_run_starts_clean() {
    let _alone = alone();
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut engine = engine(false);
    // The garbage of a failed run is collected before the next one: two
    // lists of 1.5M ints do not fit 32 MiB together, one at a time does.
    let big = "x = [0] * 1500000\nx = None\n";
    assert_eq!(engine.run("x = [1] * 10**9").unwrap_err().kind, "MemoryError");
    engine.set_budget(Some(BUDGET));
    engine.run(big).unwrap();
    engine
        .run(&format!("{big}{big}y = [0] * 1500000\nprint(len(y))"))
        .unwrap();
    assert_eq!(engine.take_output(), "1500000\n");
    // Within one run too: garbage is collected before a MemoryError, in
    // straight-line code (no loop tick to collect at) and in built-ins.
    engine.set_budget(None);
    engine
        .run("x = list(range(1000000))\nx = None\ny = list(range(1000000))\nprint(len(y))")
        .unwrap();
    engine
        .run("x = sorted(range(1000000))\nx = None\ny = tuple(range(1000000))\nprint(len(y))")
        .unwrap();
    assert_eq!(engine.take_output(), "1000000\n1000000\n");
    // An interrupt that arrives between runs does not stop the next one.
    engine.interrupt_handle().store(true, Ordering::SeqCst);
    engine.run("print('runs')").unwrap();
    assert_eq!(engine.take_output(), "runs\n");
    // sys.argv is the host's at the start of every run.
    engine.set_argv(vec!["a.py".into()]);
    engine.run("import sys\nprint(sys.argv)\nsys.argv.append('x')").unwrap();
    engine.set_argv(vec!["b.py".into(), "1".into()]);
    engine.run("import sys\nprint(sys.argv)").unwrap();
    assert_eq!(engine.take_output(), "['a.py']\n['b.py', '1']\n");
}

/// Big ints (#17): every operation that can run long or allocate much
/// charges ticks for its size and checks the heap limit before it starts,
/// so a script cannot hang the host or make it abort on allocation.
#[test]
fn big_ints_are_bounded_by_the_budget_and_the_heap() {
    let _alone = alone();
    // 2**10**8 is 12 MB: under the heap limit, but its squarings are far
    // more work than the budget allows.
    check(
        "power of 3 to 10**8",
        "x = 3 ** 10**8\nprint('unreachable')\n",
        &["RuntimeError"],
    );
    // 10**(10**10) cannot fit under any limit: refused before computing.
    check(
        "10 ** 10 ** 10",
        "x = 10 ** (10 ** 10)\nprint('unreachable')\n",
        &["MemoryError"],
    );
    check(
        "2 ** 10 ** 12",
        "x = 2 ** (10 ** 12)\nprint('unreachable')\n",
        &["MemoryError"],
    );
    check(
        "shift by 10**12",
        "x = 1 << 10**12\nprint('unreachable')\n",
        &["MemoryError"],
    );
    check(
        "shift by 2**100",
        "x = 1 << 2**100\nprint('unreachable')\n",
        &["OverflowError"],
    );
    check(
        "repeated squaring",
        "x = 7\nwhile True:\n    x = x * x\nprint('unreachable')\n",
        STOPPED,
    );
    check(
        "factorial loop",
        "f = 1\ni = 1\nwhile True:\n    f *= i\n    i += 1\n",
        STOPPED,
    );
    check(
        "math.factorial",
        "import math\nx = math.factorial(10**7)\nprint('unreachable')\n",
        STOPPED,
    );
    check(
        "comb of huge n",
        "import math\nx = math.comb(10**9, 5 * 10**8)\nprint('unreachable')\n",
        STOPPED,
    );
    check(
        "modular power of a huge modulus",
        "x = pow(3, 10**5000, 10**5000 + 1)\nprint('unreachable')\n",
        &["RuntimeError"],
    );
    // The digit limit refuses long decimal conversions; with it lifted,
    // the budget stops them.
    check("int of 10**6 digits", "x = int('9' * 10**6)\n", &["ValueError"]);
    check("str of 10**6 digits", "print(str(10 ** 10**6))\n", &["ValueError"]);
    check(
        "str with the limit off",
        "import sys\nsys.set_int_max_str_digits(0)\nx = 7 ** 2_000_000\nfor i in range(1000):\n    s = str(x)\n",
        STOPPED,
    );
    check("repeat by a big int", "x = [0] * 2**100\n", &["OverflowError"]);
    check(
        "big dict keys",
        "d = {}\nk = 3 ** 5000\nwhile True:\n    d[k] = 1\n    k = k * 3\n",
        STOPPED,
    );
}

#[test]
fn standard_modules_are_bounded() {
    let _alone = alone();
    // Native iterators and functions over huge inputs meet the budget or
    // the heap limit.
    for (name, source) in [
        ("product", "import itertools\nprint(len(list(itertools.product(range(100), repeat=6))))"),
        ("permutations", "import itertools\nprint(sum(1 for p in itertools.permutations(range(20))))"),
        ("repeat", "import itertools\nprint(len(list(itertools.repeat(0, 10**12))))"),
        ("sum of count", "import itertools\nprint(sum(itertools.count()))"),
        ("cycle", "import itertools\nprint(len(list(itertools.islice(itertools.cycle('ab'), 10**12))))"),
        ("tee lag", "import itertools\na, b = itertools.tee(itertools.count())\nfor x in a:\n    pass\n"),
        ("tee count", "import itertools\nprint(len(itertools.tee([], 10**12)))"),
        ("combinations r", "import itertools\nprint(list(itertools.combinations_with_replacement([1], 10**12)))"),
        ("product repeat", "import itertools\nprint(list(itertools.product([1], repeat=10**12)))"),
        ("deque growth", "from collections import deque\nd = deque()\nwhile True:\n    d.append([1] * 100)\n"),
        ("counter growth", "from collections import Counter\nc = Counter()\ni = 0\nwhile True:\n    c[i] += 1\n    i += 1\n"),
        ("cache growth", "from functools import cache\n@cache\ndef f(i):\n    return [i] * 100\ni = 0\nwhile True:\n    f(i)\n    i += 1\n"),
        ("random sample", "import random\nprint(len(random.sample(range(10**15), 10**14)))"),
        ("random choices", "import random\nprint(len(random.choices([1, 2], k=10**15)))"),
        ("random bits", "import random\nprint(random.getrandbits(10**12) % 7)"),
        ("random bits often", "import random\nwhile True:\n    x = random.getrandbits(10**7)"),
        ("counter elements", "from collections import Counter\nprint(len(list(Counter(a=10**15).elements())))"),
        ("heapify", "import heapq\nx = list(range(10**6, 0, -1))\nfor i in range(100):\n    heapq.heapify(x)\n    x.reverse()\n"),
    ] {
        check(name, source, STOPPED);
    }
    // Recursion a script drives through them is bounded.
    check(
        "deep deepcopy",
        "import copy\nx = []\nfor i in range(100000):\n    x = [x]\ny = copy.deepcopy(x)\n",
        DEEP,
    );
    check(
        "deep deque repr",
        "from collections import deque\nd = deque()\nfor i in range(10000):\n    d = deque([d])\nprint(len(repr(d)))\n",
        DEEP,
    );
    check(
        "deep counter repr",
        "from collections import Counter\nc = Counter()\nfor i in range(10000):\n    c = Counter({'k': c})\nprint(len(repr(c)))\n",
        &["RecursionError", "TypeError"],
    );
}

#[test]
fn json_nesting_and_size_are_bounded() {
    let _alone = alone();
    // Nesting a million deep: CPython's RecursionError at its depth, never
    // the host stack, whichever way the text goes.
    check(
        "json loads deep array",
        "import json\njson.loads('[' * 1000000 + ']' * 1000000)\n",
        DEEP,
    );
    check(
        "json loads deep object",
        "import json\njson.loads('{\"a\":' * 1000000)\n",
        DEEP,
    );
    check(
        "json dumps deep list",
        "import json\nx = []\nfor i in range(100000):\n    x = [x]\njson.dumps(x)\n",
        DEEP,
    );
    check(
        "json dumps deep indented",
        "import json\nx = {}\nfor i in range(100000):\n    x = {'k': x}\njson.dumps(x, indent=2)\n",
        DEEP,
    );
    // Huge documents meet the heap limit or the budget (the small text of
    // many empty lists makes far more heap than it takes).
    check(
        "json loads huge array",
        "import json\ns = '[' + '[],' * 2000000 + '[]]'\nprint(len(s))\nprint(len(json.loads(s)))\n",
        STOPPED,
    );
    check(
        "json loads huge string",
        "import json\ns = '\"' + 'x' * 12000000 + '\"'\nprint(len(json.loads(s)))\n",
        STOPPED,
    );
    check(
        "json dumps tower",
        "import json\nx = [1]\nfor i in range(40):\n    x = [x, x]\nprint(len(json.dumps(x)))\n",
        STOPPED,
    );
    check(
        "json dumps huge indent",
        "import json\nprint(len(json.dumps([[[[1]]]], indent=10 ** 12)))\n",
        STOPPED,
    );
    check(
        "statistics of huge ints",
        "import statistics\nx = [2 ** (i * 1000) for i in range(3000)]\nprint(statistics.variance(x) > 0)\n",
        STOPPED,
    );
}
