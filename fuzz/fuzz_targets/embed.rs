//! The embedding API driven by arbitrary sequences of calls: runs (of
//! known snippets and of arbitrary text), prompt entries, globals set and
//! read, script functions called from the host, limits changed between
//! runs, interrupts, GC stress, the JIT switched on. Nothing may panic, a
//! global set from the host reads back as itself, and an engine keeps
//! working after every error.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use rumba::{Engine, HostError, JitOptions, Value};

/// Snippets that define and use the names the other calls touch, so a
/// sequence of calls does something beyond raising NameError.
const SNIPPETS: &[&str] = &[
    "def f(a, b=2):\n    return a * b + 1",
    "def g(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t",
    "def h(xs):\n    return [v * 2 for v in xs]",
    "def rec(n):\n    return n if n < 2 else rec(n - 1) + rec(n - 2)",
    "x = [i * 0.5 for i in range(20)]",
    "y = {'k': x, 1: 'one'}",
    "data = data + data if isinstance(data, list) else [data]",
    "print(x, y)",
    "x = f(len(x)) if isinstance(x, list) else f(1)",
    "while True:\n    pass",
    "import sys\nsys.exit(3)",
    "z = x\nx = y\ny = z",
    "del x",
    "x = []\nx.append(x)",
    "for i in range(100):\n    data = [data]",
    "s = 'ab' * 1000\nt = s.replace('a', 'bb')",
    "n = 0\nwhile n < 10000:\n    n += 1\nprint(n)",
    "x = 1 // 0",
    "f = lambda a, b=3: a - b",
    "g = len",
    "print(hadd(1, 2.5), hlen([1, 2]), hadd(True, 1))",
    "t = 0\nfor i in range(300):\n    t += hadd(i, 0.5) + hlen(x)",
    "hfail('no')",
    "hadd('a', 1)",
];

const NAMES: &[&str] = &[
    "f", "g", "h", "rec", "x", "y", "data", "n", "print", "len", "hadd", "hlen", "hfail",
];

#[derive(Arbitrary, Debug)]
enum Leaf {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
}

#[derive(Arbitrary, Debug)]
enum Input {
    Leaf(Leaf),
    List(Vec<Leaf>),
    Tuple(Vec<Leaf>),
    Nested(Vec<Vec<Leaf>>),
    Dict(Vec<(Leaf, Leaf)>),
    Other(String),
}

#[derive(Arbitrary, Debug)]
enum Action {
    Snippet(u8),
    Text(String),
    Interactive(String),
    SetGlobal(u8, Input),
    Global(u8),
    Call(u8, Vec<Input>),
    Budget(u32),
    RecursionLimit(u16),
    HeapLimit(u32),
    EnableJit(u8),
    FinishJit,
    Interrupt,
    GcStress(bool),
    Stats,
    Argv(Vec<String>),
    Disassemble(String),
}

fn leaf(l: &Leaf) -> Value {
    match l {
        Leaf::None => Value::None,
        Leaf::Bool(b) => Value::Bool(*b),
        Leaf::Int(i) => Value::Int(*i),
        Leaf::Float(f) => Value::Float(*f),
        Leaf::Str(s) => Value::Str(s.clone()),
    }
}

fn host(v: &Input) -> Value {
    match v {
        Input::Leaf(l) => leaf(l),
        Input::List(items) => Value::List(items.iter().map(leaf).collect()),
        Input::Tuple(items) => Value::Tuple(items.iter().map(leaf).collect()),
        Input::Nested(rows) => Value::List(
            rows.iter()
                .map(|r| Value::Tuple(r.iter().map(leaf).collect()))
                .collect(),
        ),
        Input::Dict(entries) => Value::Dict(entries.iter().map(|(k, v)| (leaf(k), leaf(v))).collect()),
        Input::Other(s) => Value::Other {
            type_name: "object".into(),
            repr: s.clone(),
        },
    }
}

/// Equality that holds a NaN equal to itself and tells -0.0 from 0.0: a
/// value must come back bit for bit.
/// Whether a dict is somewhere inside `v`.
fn holds_dict(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::List(items) | Value::Tuple(items) => items.iter().any(holds_dict),
        _ => false,
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Value::List(x), Value::List(y)) | (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        _ => a == b,
    }
}

/// Every budget is bounded, so no sequence of calls can hang the target.
const MAX_TICKS: u64 = 200_000;

fuzz_target!(|actions: Vec<Action>| {
    let mut engine = Engine::with_captured_output();
    engine.set_budget(Some(MAX_TICKS));
    // Host functions the snippets and calls can reach: typed arguments and
    // an error. (A panicking one is `tests/embed.rs`'s: libFuzzer's panic
    // hook aborts on any panic, caught or not.)
    engine.register_fn("hadd", |a: i64, b: f64| a as f64 + b);
    engine.register_fn("hlen", |xs: Vec<Value>| xs.len() as i64);
    engine.register_fn("hfail", |s: String| -> Result<String, HostError> {
        Err(HostError::new("ValueError", s))
    });
    engine.set_heap_limit(32 << 20);
    let mut stress = false;
    for action in actions.iter().take(40) {
        match action {
            Action::Snippet(i) => {
                let _ = engine.run(SNIPPETS[*i as usize % SNIPPETS.len()]);
            }
            Action::Text(text) => {
                let _ = engine.run(text);
            }
            Action::Interactive(text) => {
                let _ = engine.run_interactive(text);
            }
            Action::SetGlobal(i, value) => {
                let name = NAMES[*i as usize % NAMES.len()];
                let value = host(value);
                match engine.set_global(name, value.clone()) {
                    Ok(()) => {
                        let back: Value = engine.get_global(name).expect("a global just set is bound");
                        // A dict's keys merge when equal (1 and True).
                        if !matches!(value, Value::Dict(_)) {
                            assert!(same(&back, &value), "{name}: set {value:?}, read {back:?}");
                        }
                    }
                    // Only a dict checks the heap limit as it is built
                    // (its table grows), and only a dict key can be
                    // unhashable.
                    Err(e) => assert!(
                        matches!(value, Value::Other { .. })
                            || (e.kind == "TypeError" && matches!(value, Value::Dict(_)))
                            || (e.kind == "MemoryError" && holds_dict(&value)),
                        "{e}"
                    ),
                }
            }
            Action::Global(i) => {
                let _ = engine.get_global::<Value>(NAMES[*i as usize % NAMES.len()]);
            }
            Action::Call(i, args) => {
                let args: Vec<Value> = args.iter().take(6).map(host).collect();
                let _ = engine.call::<_, Value>(NAMES[*i as usize % NAMES.len()], args);
            }
            Action::Budget(ticks) => engine.set_budget(Some(u64::from(*ticks) % MAX_TICKS)),
            Action::RecursionLimit(frames) => engine.set_recursion_limit(usize::from(*frames) % 1200),
            Action::HeapLimit(bytes) => engine.set_heap_limit(*bytes as usize % (64 << 20)),
            Action::EnableJit(threshold) => engine.enable_jit(JitOptions {
                threshold: u32::from(*threshold).max(1),
                ..Default::default()
            }),
            Action::FinishJit => engine.finish_jit(),
            Action::Interrupt => engine
                .interrupt_handle()
                .store(true, std::sync::atomic::Ordering::Relaxed),
            Action::GcStress(on) => {
                // Stress collects at every safe point: keep the budget
                // small while it is on, so one input stays fast.
                stress = *on;
                engine.set_gc_stress(stress);
                if stress {
                    engine.set_budget(Some(5_000));
                }
            }
            Action::Stats => {
                let _ = engine.jit_stats_line();
                let _ = engine.gc_stats();
                let _ = engine.collections();
            }
            Action::Argv(argv) => engine.set_argv(argv.clone()),
            Action::Disassemble(text) => {
                let _ = Engine::disassemble(text, "<fuzz>");
            }
        }
        if stress && matches!(action, Action::Budget(_)) {
            engine.set_budget(Some(5_000));
        }
        let _ = engine.take_output();
    }
});
