//! The structured generator behind `diff_jit` and the CPython diff: valid,
//! loop-heavy programs inside Rumba's subset. Expressions are built by the
//! type they must have (int, number, condition, str), so almost every
//! program runs to its end instead of dying of a `TypeError` on the first
//! iteration, yet types still change mid-loop on purpose (a float or a str
//! arriving in a local a trace has specialized as an int), because that is
//! what a trace's guards exist for.
//!
//! What a program holds: ints, floats, bools and strs in locals or
//! globals (the main loop runs at module level or inside `main()`), lists
//! of each storage kind (int, float, bool, object), a tuple, a dict with
//! str, int, float and bool keys; a hot outer loop with nested `for` and
//! `while` loops, `break`, `continue` and `else`; calls to helpers that are
//! inlined, recursive, closures, lambdas, with keywords and defaults, and
//! a `global` counter; NaN, infinities and -0.0; in "wide" programs, ints
//! near the 64-bit limits whose arithmetic grows into big ints.
//!
//! Most programs (70%) are "traceable": their loops hold only what a trace
//! can record (numbers, lists, calls that inline, `math`), so the JIT
//! compiles them and the diff compares compiled code with the interpreter;
//! a rare statement outside that set, under a rare condition, makes an
//! exit to the interpreter, or an abort. The rest use the whole subset
//! (strs, dicts, slices, f-strings, methods), mostly interpreted.
//!
//! About a third of programs also define classes, and about a third
//! exception classes with `try` statements in their loops (`oo.rs`). About
//! half step generators, and about a third each use bytes and complex
//! numbers (`extra.rs`).
//!
//! Every choice is bounded (loop trip counts, recursion depth, list and str
//! lengths), so a program ends; most end inside `BUDGET` ticks, and the
//! budget stops the rest (at the same tick in every mode, which is also
//! compared).

use crate::Choices;
use expr::{FLOATS, KEYS, STRS, WIDE_INTS};

mod expr;
mod extra;
mod oo;

/// A program and how the fuzz target runs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub source: String,
    /// Ticks each run gets (small budgets test that the JIT stops at the
    /// same tick as the interpreter).
    pub budget: u64,
    /// Besides the JIT off and at threshold 1, a third run at this
    /// threshold when it is not 1 (traces that start mid-loop, with side
    /// traces growing from exits taken after the interpreter has run).
    pub threshold: u32,
}

/// Ticks a program gets when the case does not test a small budget. Most
/// programs need far fewer; the few that nest recursion in nested loops
/// would take milliseconds more each, and a fuzzer's executions per
/// second are worth more than their tails.
pub const BUDGET: u64 = 200_000;

/// A case: how to run it, then the program.
pub fn case(c: &mut impl Choices) -> Case {
    let budget = if c.chance(15) {
        1 + c.below(30_000) as u64
    } else {
        BUDGET
    };
    let threshold = if c.chance(25) { 2 + c.below(60) as u32 } else { 1 };
    Case {
        source: program(c),
        budget,
        threshold,
    }
}

/// One program.
pub fn program(c: &mut impl Choices) -> String {
    let wide = c.chance(30);
    let traceable = c.chance(70);
    let classes = c.chance(35);
    let excepts = c.chance(35);
    let extras = extra::Extras {
        gens: c.chance(50),
        asyncs: false,
        bytes: c.chance(35),
        complex: c.chance(30),
    };
    let mut g = Gen {
        c,
        out: String::new(),
        wide,
        traceable,
        scope: Scope::default(),
        left: 0,
        loops: 0,
        fresh: 0,
        iterating_dict: false,
        classes: None,
        excepts,
        in_try: false,
        extras,
    };
    g.helpers();
    if extras.gens {
        g.generator_helper();
    }
    if excepts {
        g.except_prelude();
    }
    if classes {
        g.class_prelude();
    }
    let in_main = g.c.chance(40);
    let pad = if in_main {
        g.out.push_str("def main():\n");
        1
    } else {
        0
    };
    g.left = 6 + g.c.below(30);
    g.scope = Scope::main();
    g.initial_values(pad);
    g.main_loop(pad);
    g.oo_final_print(pad);
    g.extra_final_print(pad);
    g.line(pad, "print(a, b, x, y, z, p, q, s, t)");
    g.line(pad, "print(xs, ns, bs, ws, tp, d, hits)");
    g.line(pad, "print(st, len(st), rest)");
    if in_main {
        g.out.push_str("main()\n");
    }
    g.out
}

/// The names an expression may use, by the type they hold.
#[derive(Clone, Default)]
struct Scope {
    /// Always ints: the generator never stores anything else in them.
    ints: Vec<String>,
    /// Ints, floats or bools (their type may change as the program runs).
    nums: Vec<String>,
    bools: Vec<String>,
    strs: Vec<String>,
    /// Whether the lists, tuple and dict of the main program are in reach
    /// and the helpers may be called (not inside helpers: a helper that
    /// called itself would never end).
    containers: bool,
}

impl Scope {
    fn main() -> Scope {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Scope {
            ints: names(&["a", "b", "i"]),
            nums: names(&["x", "y", "z"]),
            bools: names(&["p", "q"]),
            strs: names(&["s", "t"]),
            containers: true,
        }
    }

    fn params(ints: &[&str], nums: &[&str]) -> Scope {
        Scope {
            ints: ints.iter().map(|s| s.to_string()).collect(),
            nums: nums.iter().map(|s| s.to_string()).collect(),
            bools: Vec::new(),
            strs: Vec::new(),
            containers: false,
        }
    }
}

struct Gen<'c, C: Choices> {
    c: &'c mut C,
    out: String,
    /// Ints near the 64-bit limits, unclamped arithmetic: results past 64
    /// bits become big ints, which traces must leave to the interpreter
    /// (or handle) with the same outcome as the interpreter.
    wide: bool,
    /// Draw only what a trace can record (see the module's comment).
    traceable: bool,
    scope: Scope,
    /// Statements still to generate in the main loop.
    left: usize,
    /// Loops around the statement being generated (`break`, `continue`).
    loops: usize,
    /// Counter for fresh loop-variable names.
    fresh: usize,
    /// Inside `for ... in d`: no statement may add or remove keys.
    iterating_dict: bool,
    /// The program defines classes (`oo.rs`), with these special methods.
    classes: Option<oo::Classes>,
    /// The program defines exception classes and uses `try` (`oo.rs`).
    excepts: bool,
    /// Inside a `try` body, with no loop opened since (`oo.rs`: where a
    /// handler may not `break` or `continue`).
    in_try: bool,
    /// Generators, bytes and complex numbers the program uses (`extra.rs`).
    extras: extra::Extras,
}

impl<C: Choices> Gen<'_, C> {
    fn line(&mut self, pad: usize, text: &str) {
        for _ in 0..pad {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn fresh_name(&mut self, stem: &str) -> String {
        self.fresh += 1;
        format!("{stem}{}", self.fresh)
    }

    // ---- the program's frame -------------------------------------------

    /// Helper functions the main loop calls: an ordinary one (inlined by
    /// the recorder), one with a default and a keyword, two recursive
    /// ones, a closure factory, a lambda, one with its own loop, and one
    /// that updates a global.
    fn helpers(&mut self) {
        self.out
            .push_str("import math\nfrom math import sqrt, copysign, hypot, floor, fabs, isnan\n");
        self.out
            .push_str("from itertools import count, product, permutations, combinations\n");
        self.out.push_str("hits = 0\nNAN, INF = float('nan'), float('inf')\n");
        self.scope = Scope::params(&[], &["u", "v"]);
        self.out.push_str("def f(u, v):\n");
        for _ in 0..1 + self.c.below(3) {
            let target = self.c.pick(&["u", "v"]);
            let e = self.num(1);
            let e = self.clamp_num(&e);
            self.line(1, &format!("{target} = {e}"));
        }
        let cond = self.cond(1);
        let e = self.num(1);
        self.line(1, &format!("if {cond}:"));
        self.line(2, &format!("return {e}"));
        let e = self.num(1);
        self.line(1, &format!("return {e}"));

        self.scope = Scope::params(&["k"], &["u"]);
        let e = self.num(1);
        self.out
            .push_str(&format!("def g(u, k={}):\n    return {e}\n", self.c.between(-3, 5)));

        self.scope = Scope::params(&["j"], &["u", "k"]);
        let e = self.num(1);
        self.out.push_str(&format!(
            "def kw(u, *, k={}, j={}):\n    return {e}\n",
            self.c.pick(FLOATS),
            self.c.between(-3, 5)
        ));

        self.scope = Scope::params(&["m"], &["m"]);
        let e = self.int(2);
        self.out.push_str(&format!(
            "def ri(m):\n    if m < 2:\n        return {e}\n    return ri(m - 1) + ri(m - 2)\n"
        ));
        self.scope = Scope::params(&["m"], &["m", "acc"]);
        let e = self.num(1);
        let e = self.clamp_num(&e);
        self.out.push_str(&format!(
            "def rf(m, acc):\n    if m <= 0:\n        return acc\n    return rf(m - 1, {e})\n"
        ));

        self.scope = Scope::params(&[], &["u", "c0"]);
        let e = self.num(1);
        self.out.push_str(&format!(
            "def make(c0):\n    def inner(u):\n        return {e}\n    return inner\nadd = make({})\n",
            self.c.pick(FLOATS)
        ));
        self.scope = Scope::params(&[], &["u"]);
        let e = self.num(1);
        self.out.push_str(&format!("sq = lambda u: {e}\n"));

        self.scope = Scope::params(&["m", "w"], &["m", "w", "tot"]);
        let e = self.num(1);
        let e = self.clamp_num(&format!("tot + {e}"));
        self.out.push_str(&format!(
            "def h(m):\n    tot = 0\n    for w in range(m % 8):\n        tot = {e}\n"
        ));
        if self.c.chance(40) {
            let cond = self.cond(1);
            self.line(2, &format!("if {cond}:"));
            let jump = self.c.pick(&["break", "continue"]);
            self.line(3, jump);
        }
        self.out.push_str("    return tot\n");
        self.out
            .push_str("def bump(n):\n    global hits\n    hits = (hits + n) % 1000003\n    return hits\n");
    }

    fn initial_values(&mut self, pad: usize) {
        let int = |g: &mut Self| {
            if g.wide && g.c.chance(40) {
                g.c.pick(WIDE_INTS).to_string()
            } else {
                g.c.between(-9, 12).to_string()
            }
        };
        let (a, b) = (int(self), int(self));
        self.line(pad, &format!("a, b = {a}, {b}"));
        let (x, y, z) = (self.literal_num(), self.literal_num(), self.literal_num());
        self.line(pad, &format!("x, y, z = {x}, {y}, {z}"));
        self.line(pad, "p, q = True, False");
        let (s, t) = (self.c.pick(STRS), self.c.pick(STRS));
        self.line(pad, &format!("s, t = {s}, {t}"));
        let xs: Vec<String> = (0..3 + self.c.below(4)).map(|_| self.literal_num()).collect();
        self.line(pad, &format!("xs = [{}]", xs.join(", ")));
        let ns: Vec<String> = (0..3 + self.c.below(4)).map(|_| int(self)).collect();
        self.line(pad, &format!("ns = [{}]", ns.join(", ")));
        self.line(pad, "bs = [True, False, True]");
        self.line(pad, "ws = ['a', 'bc', 'd']");
        self.line(pad, "tp = (1, 2.5, 'z')");
        self.line(pad, "d = {'a': 1, 'b': 2.5, 3: -4}");
        // A set of ints (their order is their hashes', the same in CPython)
        // and a list that star targets fill.
        self.line(pad, "st = {a, b, 2, -7}");
        self.line(pad, "rest = []");
        if self.classes.is_some() {
            self.class_values(pad);
        }
        self.extra_values(pad);
    }

    /// The hot loop: `for i in range(N)`, or a `while` that counts `i`.
    fn main_loop(&mut self, pad: usize) {
        let n = 10 + self.c.below(80);
        let body = if self.c.chance(75) {
            self.line(pad, &format!("for i in range({n}):"));
            pad + 1
        } else {
            self.line(pad, "i = -1");
            self.line(pad, &format!("while i < {n}:"));
            self.line(pad + 1, "i += 1");
            pad + 1
        };
        self.loops = 1;
        // Programs with classes or exceptions use them in the hot loop
        // itself most of the time, not only in rare nested statements.
        if self.classes.is_some() && self.c.chance(80) {
            for _ in 0..1 + self.c.below(3) {
                self.object_statement(body, 0);
            }
        }
        if self.excepts && self.c.chance(70) {
            self.try_statement(body, 0);
        }
        let count = 2 + self.c.below(6);
        self.block(body, count, 0);
        if self.c.chance(30) {
            let p = 5 + self.c.below(30);
            let shown = self.show();
            self.line(body, &format!("if i % {p} == 0:"));
            self.line(body + 1, &format!("print({shown})"));
        }
        self.loops = 0;
        if self.c.chance(15) {
            self.line(pad, "else:");
            self.line(pad + 1, "print('done', i)");
        }
    }

    /// At least one statement, up to `count` while the budget lasts.
    fn block(&mut self, pad: usize, count: usize, depth: usize) {
        let before = self.out.len();
        for _ in 0..count.max(1) {
            if self.left == 0 && self.out.len() > before {
                break;
            }
            self.left = self.left.saturating_sub(1);
            self.statement(pad, depth);
        }
    }

    // ---- statements ------------------------------------------------------

    fn statement(&mut self, pad: usize, depth: usize) {
        if (self.classes.is_some() || self.excepts) && self.c.chance(35) && self.oo_statement(pad, depth) {
            return;
        }
        if self.c.chance(8) {
            self.set_statement(pad);
            return;
        }
        if self.extras.any() && self.c.chance(25) && self.extra_statement(pad) {
            return;
        }
        let nested = depth < 3 && self.left > 0;
        match self.c.below(40) {
            0..=4 => self.assign_int(pad),
            5..=8 => {
                let v = self.pick_num_var();
                let e = self.num(0);
                let e = self.clamp_num(&e);
                self.line(pad, &format!("{v} = {e}"));
            }
            9..=10 => self.augmented(pad),
            11 => self.type_change(pad),
            12 => {
                let v = self.c.pick(&["p", "q"]);
                let e = self.cond(0);
                self.line(pad, &format!("{v} = {e}"));
            }
            13..=14 if !self.traceable => {
                let v = self.c.pick(&["s", "t"]);
                let e = self.str(0);
                self.line(pad, &format!("{v} = ({e})[:16]"));
            }
            15..=18 => self.list_statement(pad),
            19..=20 if !self.traceable => self.dict_statement(pad),
            21 => self.tuple_statement(pad),
            22..=23 => self.call_statement(pad),
            24 => {
                let p = 3 + self.c.below(25);
                let shown = self.show();
                let r = self.c.below(3);
                self.line(pad, &format!("if i % {p} == {r}:"));
                self.line(pad + 1, &format!("print({shown})"));
            }
            25..=28 if nested => self.if_statement(pad, depth),
            29..=32 if nested => self.for_statement(pad, depth),
            33 if nested => self.while_statement(pad, depth),
            34..=35 if self.loops > 0 => {
                let cond = self.cond(0);
                self.line(pad, &format!("if {cond}:"));
                let jump = self.c.pick(&["break", "continue", "continue"]);
                self.line(pad + 1, jump);
            }
            36 if !self.traceable => {
                let e = self.int(0);
                let n = 3 + self.c.below(4);
                self.line(pad, &format!("ns = [(z * {e}) % 17 for z in range({n})]"));
            }
            37 => self.line(pad, "assert len(xs) > 0, 'xs is empty'"),
            38 if self.traceable => {
                // Something a trace cannot hold, on a few iterations only:
                // the trace exits there, and a side trace may try and abort.
                let (m, r) = (2 + self.c.below(20), self.c.below(2));
                self.line(pad, &format!("if i % {m} == {r}:"));
                self.traceable = false;
                self.simple_statement(pad + 1);
                self.traceable = true;
            }
            _ => self.assign_int(pad),
        }
    }

    /// One statement with no block of its own.
    fn simple_statement(&mut self, pad: usize) {
        match self.c.below(6) {
            0 => self.list_statement(pad),
            1 if !self.traceable => self.dict_statement(pad),
            2 => self.call_statement(pad),
            3 => self.tuple_statement(pad),
            4 if !self.traceable => {
                let v = self.c.pick(&["s", "t"]);
                let e = self.str(0);
                self.line(pad, &format!("{v} = ({e})[:16]"));
            }
            _ => self.augmented(pad),
        }
    }

    fn assign_int(&mut self, pad: usize) {
        let v = self.c.pick(&["a", "b"]);
        let e = self.int(0);
        self.line(pad, &format!("{v} = {e}"));
        self.clamp_int(pad, v);
    }

    /// Keeps an int variable small, except in wide programs, where only
    /// some assignments are clamped and the rest may grow past 64 bits.
    fn clamp_int(&mut self, pad: usize, v: &str) {
        if self.wide && self.c.chance(60) {
            return;
        }
        match self.c.below(3) {
            0 => self.line(pad, &format!("{v} = max(min({v}, 1000000), -1000000)")),
            1 => self.line(pad, &format!("{v} %= 1009")),
            _ => self.line(pad, &format!("{v} = {v} % 2003 - 1000")),
        }
    }

    /// A number expression bounded in narrow programs (an int that grows
    /// without bound would make the program slow and its output long).
    fn clamp_num(&mut self, e: &str) -> String {
        if self.wide && self.c.chance(70) {
            e.to_string()
        } else {
            format!("max(min({e}, 1000000.0), -1000000)")
        }
    }

    fn augmented(&mut self, pad: usize) {
        if self.c.chance(50) {
            let v = self.c.pick(&["a", "b"]);
            let (op, e) = match self.c.below(7) {
                0 => ("+=", self.int(1)),
                1 => ("-=", self.int(1)),
                2 => ("*=", self.int(1)),
                3 => ("//=", format!("({} or 1)", self.int(1))),
                4 => ("%=", format!("({} or 1)", self.int(1))),
                5 => ("^=", self.int(1)),
                _ => ("&=", self.int(1)),
            };
            self.line(pad, &format!("{v} {op} {e}"));
            self.clamp_int(pad, v);
        } else {
            let v = self.pick_num_var();
            let (op, e) = match self.c.below(5) {
                0 => ("+=", self.num(1)),
                1 => ("-=", self.num(1)),
                2 => ("*=", self.num(1)),
                3 => ("/=", format!("({} or 1)", self.num(1))),
                _ => ("%=", format!("({} or 1)", self.num(1))),
            };
            self.line(pad, &format!("{v} {op} {e}"));
            if !self.wide || self.c.chance(50) {
                self.line(pad, &format!("{v} = max(min({v}, 1e6), -1e6)"));
            }
        }
    }

    /// A local that a trace has seen as one type gets another mid-loop.
    fn type_change(&mut self, pad: usize) {
        let v = self.pick_num_var();
        let k = self.c.below(80);
        let value = match self.c.below(10) {
            0..=3 => self.literal_num(),
            4..=5 if !self.traceable => self.c.pick(&["True", "False"]).to_string(),
            6..=7 => format!("float({v})"),
            8 => format!("int({v}) if -1e15 < {v} < 1e15 else 0"),
            9 if !self.traceable => self.c.pick(STRS).to_string(),
            _ => self.literal_num(),
        };
        let cmp = self.c.pick(&["==", ">=", ">"]);
        self.line(pad, &format!("if i {cmp} {k}:"));
        self.line(pad + 1, &format!("{v} = {value}"));
    }

    fn list_statement(&mut self, pad: usize) {
        let mut pick = self.c.below(14);
        if self.traceable && matches!(pick, 4 | 7..=12) {
            // Method calls other than append, slices and str stores abort
            // a recording: stores instead.
            pick %= 3;
        }
        match pick {
            0..=2 => {
                let k = self.int(1);
                let e = self.num(1);
                self.line(pad, &format!("xs[{k} % len(xs)] = {e}"));
            }
            3 => {
                let e = self.num(1);
                self.line(pad, "if len(xs) < 12:");
                self.line(pad + 1, &format!("xs.append({e})"));
            }
            4 => {
                self.line(pad, "if len(xs) > 3:");
                let at = self.c.pick(&["", "0", "-2", "1"]);
                self.line(pad + 1, &format!("xs.pop({at})"));
            }
            5 => {
                let k = self.int(1);
                let e = self.int(1);
                if self.wide {
                    self.line(pad, &format!("ns[{k} % len(ns)] += {e}"));
                } else {
                    self.line(pad, &format!("ns[{k} % len(ns)] = (ns[{k} % len(ns)] + {e}) % 1000"));
                }
            }
            6 => {
                let k = self.int(1);
                let e = self.cond(1);
                self.line(pad, &format!("bs[{k} % len(bs)] = {e}"));
            }
            7 => {
                let k = self.int(1);
                let e = self.str(1);
                self.line(pad, &format!("ws[{k} % len(ws)] = ({e})[:8]"));
            }
            8 => {
                let call = self.c.pick(&["ns.sort()", "ns.reverse()", "ws.sort()", "xs.reverse()"]);
                self.line(pad, call);
            }
            9 => self.line(pad, "xs = xs[1:] + xs[:1]"),
            10 => {
                let (e1, e2) = (self.num(1), self.num(1));
                self.line(pad, &format!("xs[1:3] = [{e1}, {e2}]"));
            }
            11 => {
                let e = self.num(1);
                self.line(pad, "if len(xs) < 12:");
                let at = self.c.between(-2, 3);
                self.line(pad + 1, &format!("xs.insert({at}, {e})"));
            }
            12 => {
                let k = self.int(1);
                self.line(pad, "if len(xs) > 3:");
                self.line(pad + 1, &format!("del xs[{k} % len(xs)]"));
            }
            _ => {
                // An int store into the int list, or (rarely) a float that
                // switches its storage to floats mid-loop.
                let k = self.int(1);
                let e = if self.c.chance(20) {
                    self.literal_num()
                } else {
                    self.int(1)
                };
                self.line(pad, &format!("xs[{k} % len(xs)] = {e}"));
            }
        }
    }

    fn dict_statement(&mut self, pad: usize) {
        let key = self.c.pick(KEYS);
        match self.c.below(5) {
            0 | 1 if !self.iterating_dict => {
                let e = self.num(1);
                self.line(pad, &format!("d[{key}] = {e}"));
            }
            2 if !self.iterating_dict => {
                self.line(pad, &format!("if {key} in d:"));
                self.line(pad + 1, &format!("del d[{key}]"));
            }
            3 if !self.iterating_dict => {
                let v = self.pick_num_var();
                self.line(pad, &format!("{v} = d.pop({key}, 0.5)"));
            }
            _ => {
                let v = self.pick_num_var();
                self.line(pad, &format!("{v} = d.get({key}, -1)"));
            }
        }
    }

    /// Sets of ints and star targets: additions, removals, the algebra,
    /// membership, comprehensions, unpacking into a list.
    fn set_statement(&mut self, pad: usize) {
        match self.c.below(10) {
            0 => {
                let e = self.int(1);
                self.line(pad, &format!("st.add({e})"));
            }
            1 => {
                let e = self.int(1);
                self.line(pad, &format!("st.discard({e})"));
            }
            2 => {
                let (e1, e2) = (self.int(1), self.int(1));
                let op = self.c.pick(&["|=", "&=", "-=", "^="]);
                self.line(pad, &format!("st {op} {{{e1}, {e2}, 5}}"));
            }
            3 => {
                let e = self.int(1);
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, &format!("if {e} in st:"));
                self.line(pad + 1, &format!("{v} = ({v} + 1) % 1009"));
            }
            4 => {
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, &format!("{v} = len(st) + len(rest)"));
            }
            5 => {
                let m = 5 + self.c.below(20);
                self.line(pad, &format!("st = {{v % {m} for v in st}} | set(ns)"));
            }
            6 => {
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, &format!("{v}, *rest = ns + [{v}]"));
            }
            7 => {
                let v = self.pick_num_var();
                self.line(pad, &format!("*rest, {v} = [*xs, *rest[:2], {v}]"));
            }
            8 => {
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, "for w in st:");
                self.line(pad + 1, &format!("{v} = ({v} + w) % 1009"));
            }
            _ => {
                let v = self.c.pick(&["a", "b"]);
                let other = self.c.pick(&["{1, 2, 3}", "set(ns)", "{a, b}"]);
                let test = self.c.pick(&["<=", "<", ">=", "==", "!="]);
                self.line(pad, &format!("if st {test} {other} or st.isdisjoint(ns):"));
                self.line(pad + 1, &format!("{v} = -{v}"));
            }
        }
    }

    fn tuple_statement(&mut self, pad: usize) {
        match self.c.below(4) {
            0 if !self.traceable => {
                let (e1, e2, e3) = (self.int(1), self.num(1), self.str(1));
                self.line(pad, &format!("tp = ({e1}, {e2}, ({e3})[:6])"));
            }
            1 => self.line(pad, "a, b = b, a"),
            2 => {
                let e = self.num(1);
                let e = self.clamp_num(&e);
                self.line(pad, &format!("x, y = y, {e}"));
            }
            _ if self.traceable => self.line(pad, "a, b = b, a % 7"),
            _ => self.line(pad, "a, b = divmod(a, (b or 1))"),
        }
    }

    fn call_statement(&mut self, pad: usize) {
        let v = self.pick_num_var();
        let call = match self.c.below(9) {
            0 => format!("f({}, {})", self.num(1), self.num(1)),
            1 => format!("g({}, k={})", self.num(1), self.int(1)),
            2 => format!("g({})", self.num(1)),
            3 => format!("rf({} % 12, {})", self.int(1), self.num(1)),
            4 => format!("add({})", self.num(1)),
            5 => format!("sq({})", self.num(1)),
            // Keywords in any order, keyword-only parameters, defaults.
            6 => format!("kw({}, j={}, k={})", self.num(1), self.int(1), self.num(1)),
            7 => format!("kw(k={}, u={})", self.num(1), self.num(1)),
            _ => format!("h({})", self.int(1)),
        };
        let call = self.clamp_num(&call);
        self.line(pad, &format!("{v} = {call}"));
        if self.c.chance(20) {
            let e = self.int(1);
            self.line(pad, &format!("a = bump({e}) % 100"));
        }
    }

    fn if_statement(&mut self, pad: usize, depth: usize) {
        let cond = self.cond(0);
        self.line(pad, &format!("if {cond}:"));
        let count = 1 + self.c.below(3);
        self.block(pad + 1, count, depth + 1);
        if self.c.chance(30) {
            let cond = self.cond(0);
            self.line(pad, &format!("elif {cond}:"));
            let count = 1 + self.c.below(2);
            self.block(pad + 1, count, depth + 1);
        }
        if self.c.chance(50) {
            self.line(pad, "else:");
            let count = 1 + self.c.below(2);
            self.block(pad + 1, count, depth + 1);
        }
    }

    fn for_statement(&mut self, pad: usize, depth: usize) {
        let saved = self.scope.clone();
        let was_iterating_dict = self.iterating_dict;
        let j = self.fresh_name("j");
        match self.c.below(10) {
            0..=2 => {
                let n = self.c.below(6);
                self.line(pad, &format!("for {j} in range({n}):"));
                self.scope.ints.push(j);
            }
            3 => {
                let (lo, hi) = (self.c.between(-5, 5), self.c.between(-5, 9));
                let step = *[1i64, 2, -1, -2, 3].get(self.c.below(5)).unwrap_or(&1);
                self.line(pad, &format!("for {j} in range({lo}, {hi}, {step}):"));
                self.scope.ints.push(j);
            }
            4 => {
                self.line(pad, &format!("for {j} in xs:"));
                self.scope.nums.push(j);
            }
            5..=9 if self.traceable && self.c.chance(30) => self.itertools_for(pad, j),
            5..=9 if self.traceable => {
                // Traces iterate ranges, lists and tuples.
                let over = self.c.pick(&["ns", "xs", "tp", "bs"]);
                self.line(pad, &format!("for {j} in {over}:"));
                if over == "ns" {
                    self.scope.ints.push(j);
                } else if over == "bs" {
                    self.scope.bools.push(j);
                }
            }
            5 => {
                let k = self.fresh_name("k");
                self.line(pad, &format!("for {k}, {j} in enumerate(ns):"));
                self.scope.ints.push(k);
                self.scope.ints.push(j);
            }
            6 => {
                let k = self.fresh_name("k");
                self.line(pad, &format!("for {k}, {j} in zip(xs, ns):"));
                self.scope.nums.push(k);
                self.scope.ints.push(j);
            }
            7 => {
                let k = self.fresh_name("k");
                self.line(pad, &format!("for {k}, {j} in d.items():"));
                self.scope.nums.push(j);
                self.iterating_dict = true;
            }
            8 => {
                let over = self.c.pick(&["s", "t", "ws", "'abc'"]);
                self.line(pad, &format!("for {j} in {over}:"));
                self.scope.strs.push(j);
            }
            _ if self.c.chance(50) => {
                self.line(pad, &format!("for {j} in reversed(ns):"));
                self.scope.ints.push(j);
            }
            _ => self.itertools_for(pad, j),
        }
        self.loops += 1;
        let was_in_try = std::mem::replace(&mut self.in_try, false);
        let count = 1 + self.c.below(4);
        self.block(pad + 1, count, depth + 1);
        self.in_try = was_in_try;
        if self.c.chance(40) {
            let cond = self.cond(0);
            self.line(pad + 1, &format!("if {cond}:"));
            self.line(pad + 2, "break");
        }
        self.loops -= 1;
        self.iterating_dict = was_iterating_dict;
        self.scope = saved;
        if self.c.chance(15) {
            self.line(pad, "else:");
            let e = self.int(1);
            self.line(pad + 1, &format!("b = ({e}) % 97"));
        }
    }

    /// A `for` over one of itertools' iterators, which compiled code steps
    /// through a helper, once per item.
    fn itertools_for(&mut self, pad: usize, j: String) {
        match self.c.below(3) {
            0 => {
                let k = self.fresh_name("k");
                let n = self.c.below(4);
                self.line(pad, &format!("for {k}, {j} in product(ns, range({n})):"));
                self.scope.ints.push(k);
                self.scope.ints.push(j);
            }
            1 => {
                let k = self.fresh_name("k");
                let pick = self.c.pick(&["permutations", "combinations"]);
                let r = 1 + self.c.below(2);
                let over = self.c.pick(&["ns[:4]", "xs[:4]"]);
                self.line(pad, &format!("for {k}, *{j} in {pick}({over}, {r}):"));
                self.scope.nums.push(k);
            }
            _ => {
                // An endless count: the body's first statement ends it
                // (near the 64-bit limit when it starts there).
                let start = self.c.pick(&["-3", "0", "2.5", "9223372036854775805"]);
                let step = self.c.pick(&["1", "2", "0.5"]);
                self.line(pad, &format!("for {j} in count({start}, {step}):"));
                self.line(pad + 1, &format!("if {j} >= {start} + 6 * {step}:"));
                self.line(pad + 2, "break");
                self.scope.nums.push(j);
            }
        }
    }

    /// A `while` whose counter steps first, so `continue` cannot skip it.
    fn while_statement(&mut self, pad: usize, depth: usize) {
        let saved = self.scope.clone();
        let w = self.fresh_name("w");
        self.line(pad, &format!("{w} = 0"));
        let cond = if self.c.chance(30) {
            format!("{w} < {} and {}", 1 + self.c.below(6), self.cond(1))
        } else {
            format!("{w} < {}", 1 + self.c.below(6))
        };
        self.line(pad, &format!("while {cond}:"));
        self.line(pad + 1, &format!("{w} += 1"));
        self.scope.ints.push(w);
        self.loops += 1;
        let was_in_try = std::mem::replace(&mut self.in_try, false);
        let count = 1 + self.c.below(4);
        self.block(pad + 1, count, depth + 1);
        self.in_try = was_in_try;
        self.loops -= 1;
        self.scope = saved;
    }

    /// A few values to print, separated as `print` separates them.
    fn show(&mut self) -> String {
        let mut items = Vec::new();
        for _ in 0..1 + self.c.below(3) {
            items.push(match self.c.below(4) {
                0 => self.int(1),
                1 => self.num(1),
                2 => self.str(1),
                _ => self.cond(1),
            });
        }
        match self.c.below(4) {
            0 => format!("{}, sep='|'", items.join(", ")),
            // Inside an f-string (3.11) an expression may not hold a
            // backslash or the string's own quote: numbers never do.
            1 => format!("f\"{{{}}}:{{{}!r}}\"", self.num(1), self.int(1)),
            _ => items.join(", "),
        }
    }

    fn pick_num_var(&mut self) -> &'static str {
        self.c.pick(&["x", "y", "z"])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Bytes, Rng};

    #[test]
    fn a_seed_names_one_program() {
        assert_eq!(program(&mut Rng::seeded(3)), program(&mut Rng::seeded(3)));
        assert_ne!(program(&mut Rng::seeded(3)), program(&mut Rng::seeded(4)));
    }

    #[test]
    fn any_bytes_make_a_program() {
        for data in [&[][..], &[0; 64], &[255; 300], b"print('hello')"] {
            let source = case(&mut Bytes::new(data)).source;
            assert!(
                source.contains("for i in range(") || source.contains("while i <"),
                "{source}"
            );
            assert!(source.ends_with("rest)\n") || source.ends_with("main()\n"), "{source}");
        }
    }
}
