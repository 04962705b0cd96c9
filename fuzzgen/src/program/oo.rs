//! Classes and exceptions (stage 2 of the subset, issue #13).
//!
//! A program with classes (`Gen::classes`) defines `Pt` (instance
//! attributes of each kind: a number `x`, an int `n`, a list `items`;
//! class attributes, methods that update attributes, a `@property` with a
//! setter, a `@staticmethod`, a `@classmethod`, and some of `__eq__
//! __lt__ __add__ __len__ __bool__`), a subclass `Pt3` that overrides
//! `__init__`, `step` and `__repr__` and calls `super()`, and `Tag`, which
//! has no `__eq__` and so keys a dict. Its hot loop creates instances,
//! calls their methods, updates their attributes, compares and adds them,
//! keeps them in a list (`objs`) and dicts (`reg` by str, `tags` by
//! instance) and prints them.
//!
//! A program with exceptions (`Gen::excepts`) defines `AppError(Exception)`
//! and `BadValue(AppError)` (with an attribute of its own), helpers with
//! `try`/`except`/`else`/`finally` and `return`, `break` and `continue`
//! through `finally`, and its loops hold `try` statements around risky
//! statements: a division by a value that is sometimes 0, a dict lookup
//! of a key that may be missing, a list index that may be out of range,
//! `int()` of a str, `raise` of built-in and user exceptions, and a bare
//! `raise` an outer `try` catches.
//!
//! What keeps CPython and Rumba comparable:
//! - every class that is printed defines `__repr__` (default reprs hold
//!   addresses); nothing calls `id()` or `hash()` on an instance;
//! - instances with `__eq__`/`__lt__` are compared directly (`a < b`),
//!   never by a container operation (sorting them, `in`, `==` of lists),
//!   which Rumba refuses with `NotImplementedError`; `sort` takes a key
//!   that is an int attribute;
//! - floats are compared one by one, never inside tuples (CPython's
//!   identity shortcut for NaN, docs/fuzzing.md);
//! - handlers and `finally` bodies hold only statements that cannot raise
//!   (an exception raised while another is handled is printed with its
//!   context by CPython, which Rumba does not print yet), and no handler
//!   catches `ArithmeticError` or broader: Rumba's 64-bit `OverflowError`
//!   must stay uncaught, where CPython goes on with a big int.

use super::expr::{FLOATS, KEYS, STRS};
use super::{Gen, Scope};
use crate::Choices;

/// Which special methods `Pt` defines (drawn per program).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Classes {
    eq: bool,
    lt: bool,
    add: bool,
    len: bool,
    truth: bool,
}

/// What a risky statement may raise, for the handlers that catch it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Risk {
    Zero,
    Index,
    Key,
    Value,
    App,
}

impl Risk {
    /// The except clauses that catch it (a class, a base class, a tuple).
    fn clauses(self) -> &'static [&'static str] {
        match self {
            Risk::Zero => &[
                "ZeroDivisionError",
                "(ZeroDivisionError, ValueError)",
                "(KeyError, ZeroDivisionError)",
            ],
            Risk::Index => &[
                "IndexError",
                "LookupError",
                "(IndexError, KeyError)",
                "(ValueError, IndexError)",
            ],
            Risk::Key => &["KeyError", "LookupError", "(IndexError, KeyError)"],
            Risk::Value => &[
                "ValueError",
                "(ValueError, AppError)",
                "(ZeroDivisionError, ValueError)",
            ],
            Risk::App => &["AppError", "(AppError, ValueError)", "(BadValue, AppError)"],
        }
    }
}

/// Clauses that catch nothing a risky statement raises (an extra handler
/// that must be skipped).
const OTHER_CLAUSES: &[&str] = &["TypeError", "AttributeError", "(NameError, TypeError)", "RuntimeError"];

const DICT_KEYS: &[&str] = &["'a'", "'b'", "'c'"];

impl<C: Choices> Gen<'_, C> {
    // ---- definitions ----------------------------------------------------

    /// `cnt`, `AppError`, `BadValue` and the helpers `guard`, `scan` and
    /// `first`.
    pub(super) fn except_prelude(&mut self) {
        self.out.push_str("cnt = [0, 0, 0]\n");
        self.out.push_str("class AppError(Exception):\n    pass\n");
        self.out.push_str(
            "class BadValue(AppError):\n    def __init__(self, msg, code):\n        super().__init__(msg, code)\n        self.code = code\n",
        );
        // guard: raises user exceptions, catches a division by zero and
        // returns from inside try, with a finally.
        self.scope = Scope::params(&["n", "m"], &["n", "m"]);
        let e = self.int(1);
        let (m1, r1) = (3 + self.c.below(5), self.c.below(3));
        let (m2, r2) = (3 + self.c.below(6), self.c.below(3));
        let div = 2 + self.c.below(3);
        self.out.push_str("def guard(n, m):\n    try:\n");
        self.line(2, &format!("if n % {m1} == {r1}:"));
        self.line(3, "raise BadValue('guard', n % 100)");
        self.line(2, &format!("if m % {m2} == {r2}:"));
        let v0 = self.c.pick(&["m % 10", "'m'", "'m', n % 10"]);
        self.line(3, &format!("raise AppError({v0})"));
        self.line(2, &format!("return ({e}) // (m % {div}) % 1000"));
        self.line(1, "except ZeroDivisionError:");
        self.line(2, "cnt[0] += 1");
        self.line(2, "return -1");
        self.line(1, "finally:");
        self.line(2, "cnt[1] += 1");

        // scan: continue and break inside try, an except with return, else
        // and finally in a loop.
        let (r1, r2, r3) = (self.c.below(5), 2 + self.c.below(5), self.c.below(6));
        self.out
            .push_str("def scan(n):\n    tot = 0\n    for k in range(n % 7):\n        try:\n");
        self.line(3, &format!("if k == {r1}:"));
        self.line(4, "continue");
        self.line(3, &format!("if k > {r2}:"));
        self.line(4, "break");
        self.line(3, &format!("tot += 12 // (k - {r3})"));
        self.line(2, "except ZeroDivisionError as e:");
        self.line(3, "tot += 100");
        if self.c.chance(40) {
            let v0 = self.c.below(2);
            self.line(3, &format!("if n % 2 == {v0}:"));
            self.line(4, "return tot");
        }
        if self.c.chance(60) {
            self.line(2, "else:");
            self.line(3, "tot += 1");
        }
        self.line(2, "finally:");
        self.line(3, "cnt[2] += 1");
        self.line(1, "return tot");

        // first: return from a loop inside try with a finally. A `while`:
        // Rumba's compiler panics on a `return` inside a `for` inside a
        // `try` (the for's iterator on the stack; found by this generator,
        // reported, not fixed yet).
        let lim = 5 + self.c.below(20);
        self.out.push_str(&format!(
            "def first(m):\n    k = 0\n    try:\n        while k < 6:\n            if k * k > m % {lim}:\n                return k\n            k += 1\n        return -1\n    finally:\n        cnt[2] += 1\n"
        ));
    }

    /// `Pt`, `Pt3` and `Tag`.
    pub(super) fn class_prelude(&mut self) {
        let k = Classes {
            eq: self.c.chance(50),
            lt: self.c.chance(60),
            add: self.c.chance(50),
            len: self.c.chance(50),
            truth: self.c.chance(40),
        };
        self.classes = Some(k);
        let rate = self.c.pick(FLOATS);
        self.out.push_str(&format!(
            "class Pt:\n    kind = 'pt'\n    made = 0\n    rate = {rate}\n"
        ));
        self.out.push_str(
            "    def __init__(self, x, n):\n        self.x = x\n        self.n = n\n        self.items = [n]\n        Pt.made += 1\n",
        );
        let repr = self.c.pick(&[
            "f\"Pt({self.x!r}, {self.n})\"",
            "'Pt(%r, %d, %d)' % (self.x, self.n, len(self.items))",
            "'Pt(' + repr(self.x) + ', ' + str(self.n) + ', ' + str(self.items) + ')'",
        ]);
        self.out
            .push_str(&format!("    def __repr__(self):\n        return {repr}\n"));

        // step: reads and updates attributes, the class attribute too.
        self.scope = Scope::params(&["self.n", "k"], &["self.x", "self.n", "k", "self.rate"]);
        let e = self.num(1);
        let ei = self.int(1);
        self.out.push_str("    def step(self, k):\n");
        self.line(2, &format!("self.x += {e}"));
        self.line(2, "self.x = max(min(self.x, 1e6), -1e6)");
        self.line(2, &format!("self.n = (self.n + {ei}) % 1000"));
        self.line(2, "if len(self.items) < 5:");
        self.line(3, "self.items.append(self.n)");
        self.line(2, "else:");
        self.line(3, "self.items[self.n % 5] = k");
        self.line(2, "return self.x");

        self.scope = Scope::params(&["self.n"], &["self.x", "self.n", "Pt.rate"]);
        let e = self.num(1);
        self.out
            .push_str(&format!("    def value(self):\n        return {e}\n"));

        self.out
            .push_str("    @property\n    def size(self):\n        return len(self.items) + self.n % 3\n");
        self.out.push_str(
            "    @property\n    def level(self):\n        return self.n\n    @level.setter\n    def level(self, v):\n        self.n = v % 1000\n",
        );
        self.scope = Scope::params(&[], &["u", "v"]);
        let e = self.num(1);
        self.out
            .push_str(&format!("    @staticmethod\n    def mix(u, v):\n        return {e}\n"));
        self.out.push_str(&format!(
            "    @classmethod\n    def build(cls, n):\n        return cls(n * {}, n % 1000)\n",
            self.c.pick(&["0.5", "2", "-1.5", "1"])
        ));
        if self.excepts {
            let m = 3 + self.c.below(5);
            self.out.push_str(&format!(
                "    def check(self, k):\n        if (self.n + k) % {m} == 0:\n            raise BadValue('check', self.n)\n        return self.n\n"
            ));
        }
        if k.eq {
            let e = self.c.pick(&[
                "isinstance(o, Pt) and self.n == o.n",
                "isinstance(o, Pt) and self.x == o.x and self.n == o.n",
                "isinstance(o, Pt) and self.n % 7 == o.n % 7",
            ]);
            self.out
                .push_str(&format!("    def __eq__(self, o):\n        return {e}\n"));
        }
        if k.lt {
            let e = self.c.pick(&[
                "self.n < o.n or (self.n == o.n and self.x < o.x)",
                "self.x < o.x",
                "len(self.items) < len(o.items)",
            ]);
            self.out
                .push_str(&format!("    def __lt__(self, o):\n        return {e}\n"));
        }
        if k.add {
            self.out.push_str(
                "    def __add__(self, o):\n        if isinstance(o, Pt):\n            return Pt(max(min(self.x + o.x, 1e6), -1e6), (self.n + o.n) % 1000)\n        return Pt(max(min(self.x + o, 1e6), -1e6), self.n)\n",
            );
        }
        if k.len {
            self.out
                .push_str("    def __len__(self):\n        return len(self.items)\n");
        }
        if k.truth {
            let m = 2 + self.c.below(3);
            self.out
                .push_str(&format!("    def __bool__(self):\n        return self.n % {m} != 0\n"));
        }

        // Pt3: super().__init__, an overriding step that calls super's,
        // a class attribute that shadows Pt's (sometimes).
        self.out.push_str("class Pt3(Pt):\n    kind = 'pt3'\n");
        if self.c.chance(50) {
            let v0 = self.c.pick(FLOATS);
            self.line(1, &format!("rate = {v0}"));
        }
        self.out.push_str(&format!(
            "    def __init__(self, x, n, w={}):\n        super().__init__(x, n)\n        self.w = w\n",
            self.c.pick(FLOATS)
        ));
        self.out
            .push_str("    def __repr__(self):\n        return f\"Pt3({self.x!r}, {self.n}, {self.w!r})\"\n");
        self.scope = Scope::params(&["k"], &["r", "self.w", "k", "self.x"]);
        let e = self.num(1);
        self.out
            .push_str("    def step(self, k):\n        r = super().step(k)\n");
        self.line(2, &format!("self.w = max(min(self.w + {e}, 1e6), -1e6)"));
        self.line(2, "return r");
        if self.c.chance(50) {
            self.out
                .push_str("    def value(self):\n        return super().value() + self.w\n");
        }

        self.out.push_str(
            "class Tag:\n    def __init__(self, name):\n        self.name = name\n        self.hits = 0\n    def __repr__(self):\n        return 'Tag(%s, %d)' % (self.name, self.hits)\n    def hit(self):\n        self.hits += 1\n        return self.hits\n",
        );
    }

    /// The instances the main program starts with.
    pub(super) fn class_values(&mut self, pad: usize) {
        let mut objs = Vec::new();
        for _ in 0..2 + self.c.below(3) {
            let n = self.c.between(-9, 12);
            objs.push(match self.c.below(4) {
                0 => format!("Pt({}, {n})", self.literal_num()),
                1 => format!("Pt3({}, {n})", self.literal_num()),
                2 => format!("Pt3({}, {n}, {})", self.literal_num(), self.literal_num()),
                _ => format!("{}.build({n})", self.c.pick(&["Pt", "Pt3"])),
            });
        }
        self.line(pad, &format!("objs = [{}]", objs.join(", ")));
        self.line(pad, "reg = {'a': objs[0], 'b': objs[-1]}");
        self.line(pad, "tg = [Tag('u'), Tag('v'), Tag('w')]");
        self.line(pad, "tags = {tg[0]: 0, tg[2]: 1.5}");
        self.line(pad, "ob = objs[0]");
    }

    /// What the program ends by printing, before the usual last lines.
    pub(super) fn oo_final_print(&mut self, pad: usize) {
        if self.classes.is_some() {
            self.line(pad, "print(objs, reg, tags, Pt.made, Pt.rate, Pt3.rate)");
        }
        if self.excepts {
            self.line(pad, "print(cnt)");
        }
    }

    // ---- statements -----------------------------------------------------

    /// A statement on instances or a `try`; false when neither fits here.
    pub(super) fn oo_statement(&mut self, pad: usize, depth: usize) -> bool {
        let objects = self.classes.is_some() && self.scope.containers;
        let tries = self.excepts && depth < 3 && self.left > 0;
        if self.excepts && self.c.chance(15) {
            // The helpers that catch what they raise.
            let e = self.int(1);
            let call = self.c.pick(&["scan", "first"]);
            let v = self.c.pick(&["a", "b"]);
            self.line(pad, &format!("{v} = {call}({e})"));
            return true;
        }
        match (objects, tries) {
            (true, true) if self.c.chance(50) => self.object_statement(pad, depth),
            (true, false) => self.object_statement(pad, depth),
            (_, true) => self.try_statement(pad, depth),
            _ => return false,
        }
        true
    }

    /// An instance from `objs`, by an index in range.
    fn obj(&mut self) -> String {
        format!("objs[{} % len(objs)]", self.int_leaf())
    }

    fn new_obj(&mut self) -> String {
        match self.c.below(5) {
            0 => format!("Pt({}, ({}) % 100)", self.num(1), self.int(1)),
            1 => format!("Pt(n=({}) % 100, x={})", self.int(1), self.num(1)),
            2 => format!("Pt3({}, ({}) % 100)", self.num(1), self.int(1)),
            3 => format!("Pt3({}, ({}) % 100, w={})", self.num(1), self.int(1), self.num(2)),
            _ => format!("{}.build(({}) % 50)", self.c.pick(&["Pt", "Pt3"]), self.int(1)),
        }
    }

    pub(super) fn object_statement(&mut self, pad: usize, depth: usize) {
        let k = self.classes.unwrap_or_default();
        match self.c.below(24) {
            0 => {
                let o = self.obj();
                let e = self.new_obj();
                self.line(pad, &format!("{o} = {e}"));
            }
            1 => {
                let e = self.new_obj();
                self.line(pad, "if len(objs) < 8:");
                self.line(pad + 1, &format!("objs.append({e})"));
                self.line(pad, "elif len(objs) > 3:");
                let v0 = self.c.pick(&["0", "-1", "1"]);
                self.line(pad + 1, &format!("del objs[{v0}]"));
            }
            2 | 3 => {
                let o = self.obj();
                let v = self.pick_num_var();
                let e = self.int(1);
                let k = if self.c.chance(30) { "k=" } else { "" };
                self.line(pad, &format!("{v} = {o}.step({k}({e}) % 50)"));
            }
            4 => {
                let o = self.obj();
                let v = self.pick_num_var();
                let e = self.clamp_num(&format!("{o}.value()"));
                self.line(pad, &format!("{v} = {e}"));
            }
            5 => {
                // Attribute updates: number, int, property setter, list.
                let o = self.obj();
                self.line(pad, &format!("ob = {o}"));
                match self.c.below(4) {
                    0 => {
                        let e = self.num(1);
                        let op = self.c.pick(&["+=", "-=", "*="]);
                        self.line(pad, &format!("ob.x {op} {e}"));
                        self.line(pad, "ob.x = max(min(ob.x, 1e6), -1e6)");
                    }
                    1 => {
                        let e = self.int(1);
                        self.line(pad, &format!("ob.n = (ob.n + {e}) % 1000"));
                    }
                    2 => {
                        let e = self.int(1);
                        self.line(pad, &format!("ob.level = {e}"));
                    }
                    _ => {
                        let e = self.int(1);
                        self.line(pad, "if len(ob.items) < 6:");
                        self.line(pad + 1, &format!("ob.items.append(({e}) % 10)"));
                    }
                }
            }
            6 => {
                let o = self.obj();
                let (v, e) = match self.c.below(6) {
                    0 => ("a", format!("{o}.size")),
                    1 => ("b", format!("{o}.level")),
                    2 => (self.pick_num_var(), format!("{o}.x")),
                    3 => (self.pick_num_var(), format!("{o}.rate")),
                    4 => (self.pick_num_var(), format!("getattr({o}, 'w', -1)")),
                    _ => ("a", format!("{o}.n + len({o}.items)")),
                };
                self.line(pad, &format!("{v} = {e}"));
            }
            7 => {
                // Class attributes: read, and written (a new class version).
                match self.c.below(4) {
                    0 => {
                        let e = self.literal_num();
                        let cls = self.c.pick(&["Pt", "Pt3"]);
                        let v0 = 5 + self.c.below(20);
                        self.line(pad, &format!("if i % {v0} == 0:"));
                        self.line(pad + 1, &format!("{cls}.rate = {e}"));
                    }
                    1 => {
                        let v = self.pick_num_var();
                        let cls = self.c.pick(&["Pt", "Pt3"]);
                        self.line(pad, &format!("{v} = {cls}.rate"));
                    }
                    2 => self.line(pad, "a = Pt.made % 1000"),
                    _ => {
                        let v = self.c.pick(&["s", "t"]);
                        let o = self.obj();
                        let v0 = self.c.pick(STRS);
                        self.line(pad, &format!("{v} = {o}.kind + {v0}"));
                    }
                }
            }
            8 => {
                let v = self.pick_num_var();
                let (e1, e2) = (self.num(1), self.num(1));
                let call = match self.c.below(2) {
                    0 => format!("Pt.mix({e1}, {e2})"),
                    _ => format!("{}.mix({e1}, {e2})", self.obj()),
                };
                let call = self.clamp_num(&call);
                self.line(pad, &format!("{v} = {call}"));
            }
            9 => {
                // Comparisons of instances, directly.
                let (o1, o2) = (self.obj(), self.obj());
                let v = self.c.pick(&["p", "q"]);
                let op = match (k.lt, k.eq) {
                    (true, true) => self.c.pick(&["<", ">", "==", "!="]),
                    (true, false) => self.c.pick(&["<", ">", "=="]),
                    (false, true) => self.c.pick(&["==", "!="]),
                    _ => self.c.pick(&["==", "!=", "is"]),
                };
                if self.c.chance(50) {
                    self.line(pad, &format!("{v} = {o1} {op} {o2}"));
                } else {
                    // A fused compare-and-jump: the method decides the jump.
                    self.line(pad, &format!("if {o1} {op} {o2}:"));
                    self.line(pad + 1, "b = (b + 3) % 1000");
                }
            }
            10 if k.add => {
                let (o1, o2) = (self.obj(), self.obj());
                if self.c.chance(50) {
                    self.line(pad, "if len(objs) < 8:");
                    self.line(pad + 1, &format!("objs.append({o1} + {o2})"));
                } else {
                    let e = self.num(1);
                    self.line(pad, &format!("{o1} = {o2} + {e}"));
                }
            }
            11 => {
                let o = self.obj();
                if k.len && self.c.chance(50) {
                    self.line(pad, &format!("a = len({o})"));
                } else {
                    // Truth by `__bool__`/`__len__` in each place a jump
                    // or `not` asks for it.
                    match self.c.below(4) {
                        0 => self.line(pad, &format!("if not {o}:")),
                        1 => self.line(pad, &format!("if ({o} and 1) == 1:")),
                        2 => self.line(pad, &format!("if ({o} or 0) is {o}:")),
                        _ => self.line(pad, &format!("if {o}:")),
                    }
                    self.line(pad + 1, "b = (b + 1) % 1000");
                    if self.c.chance(40) {
                        self.line(pad, "else:");
                        self.line(pad + 1, "b = (b - 1) % 1000");
                    }
                }
            }
            12 => {
                let o = self.obj();
                let v = self.c.pick(&["p", "q"]);
                let cls = self
                    .c
                    .pick(&["Pt", "Pt3", "Tag", "(Tag, Pt3)", "(int, Pt)", "Exception"]);
                let e = match self.c.below(4) {
                    0 => format!("type({o}).__name__ == 'Pt'"),
                    1 => format!("hasattr({o}, 'w')"),
                    _ => format!("isinstance({o}, {cls})"),
                };
                self.line(pad, &format!("{v} = {e}"));
            }
            13 | 14 => {
                let (m, r) = (2 + self.c.below(20), self.c.below(2));
                let o = self.obj();
                let shown = match self.c.below(6) {
                    0 => format!("{o}, {o}.kind"),
                    1 => format!("type({o}).__name__, {o}.__class__.__name__, {o}.size"),
                    2 => "objs".to_string(),
                    3 => "reg, tags".to_string(),
                    4 => format!("f\"{{{o}!r}} {{{o}.n:>4}}\""),
                    _ => format!("str({o}), repr({o}), [{o}]"),
                };
                self.line(pad, &format!("if i % {m} == {r}:"));
                self.line(pad + 1, &format!("print({shown})"));
            }
            15 => {
                let key = self.c.pick(DICT_KEYS);
                match self.c.below(3) {
                    0 => {
                        let o = self.obj();
                        self.line(pad, &format!("reg[{key}] = {o}"));
                    }
                    1 => {
                        self.line(pad, &format!("if {key} in reg:"));
                        let v = self.pick_num_var();
                        let v0 = self.int_leaf();
                        self.line(pad + 1, &format!("{v} = reg[{key}].step({v0})"));
                    }
                    _ => {
                        self.line(pad, &format!("ob = reg.get({key}, objs[0])"));
                        self.line(pad, "a = ob.n % 100");
                    }
                }
            }
            16 => {
                let t = format!("tg[{} % 3]", self.int_leaf());
                match self.c.below(4) {
                    0 => {
                        let e = self.num(1);
                        self.line(pad, &format!("tags[{t}] = {e}"));
                    }
                    1 => {
                        let v = self.pick_num_var();
                        self.line(pad, &format!("{v} = tags.get({t}, 0.5)"));
                    }
                    2 => {
                        self.line(pad, &format!("if {t} in tags:"));
                        self.line(pad + 1, &format!("del tags[{t}]"));
                    }
                    _ => self.line(pad, &format!("a = {t}.hit() % 100")),
                }
            }
            17 => {
                let key = self.c.pick(&["o.n", "len(o.items)", "-o.n"]);
                match self.c.below(3) {
                    0 => self.line(pad, &format!("objs.sort(key=lambda o: {key})")),
                    1 => self.line(pad, &format!("objs = sorted(objs, key=lambda o: {key}, reverse=True)")),
                    _ => {
                        let f = self.c.pick(&["min", "max"]);
                        self.line(pad, &format!("ob = {f}(objs, key=lambda o: {key})"));
                        self.line(pad, "b = ob.n % 100");
                    }
                }
            }
            18 if depth < 3 => {
                // Methods called in an inner loop over the instances.
                let o = self.fresh_name("o");
                self.line(pad, &format!("for {o} in objs:"));
                let v = self.pick_num_var();
                match self.c.below(3) {
                    0 => {
                        let v0 = self.int_leaf();
                        self.line(pad + 1, &format!("{v} = {o}.step({v0})"));
                    }
                    1 => {
                        self.line(pad + 1, &format!("{v} = max(min({v} + {o}.value(), 1e6), -1e6)"));
                    }
                    _ => {
                        self.line(pad + 1, &format!("if isinstance({o}, Pt3):"));
                        self.line(pad + 2, &format!("{o}.w = max(min({o}.w * 0.5 + {o}.n, 1e6), -1e6)"));
                    }
                }
            }
            19 => {
                // An attribute only some instances get: their shapes part.
                let o = self.obj();
                let v0 = 2 + self.c.below(5);
                let v1 = self.c.below(2);
                self.line(pad, &format!("if i % {v0} == {v1}:"));
                self.line(pad + 1, &format!("{o}.extra = i"));
                self.line(pad, &format!("a = getattr({o}, 'extra', -1)"));
            }
            20 => {
                let o = self.obj();
                let e = self.num(1);
                self.line(pad, &format!("setattr({o}, 'x', max(min({e}, 1e6), -1e6))"));
            }
            // Containers that call `__eq__`: membership, index, count.
            21 if k.eq => {
                let e = self.new_obj();
                self.line(pad, &format!("ob = {e}"));
                self.line(pad, "if ob in objs:");
                self.line(pad + 1, "a = objs.index(ob) + objs.count(ob)");
                self.line(pad, "p = objs[0] in objs[1:]");
            }
            // `min`/`max` call `__lt__` in CPython's order (a sort might
            // compare another way, which an inconsistent `__lt__` shows).
            22 if k.lt => {
                let f = self.c.pick(&["min", "max"]);
                self.line(pad, &format!("ob = {f}(objs)"));
                self.line(pad, "a = ob.n % 100");
            }
            _ => {
                let e = self.int(1);
                self.line(pad, &format!("ob = Pt3.build(({e}) % 50)"));
                let v = self.pick_num_var();
                self.line(pad, &format!("{v} = ob.step(i % 7)"));
            }
        }
    }

    /// A statement that may raise (and what it raises).
    fn risky(&mut self, pad: usize) -> Risk {
        loop {
            match self.c.below(12) {
                0..=2 => {
                    let divisor = format!("({} % {})", self.int_leaf(), 2 + self.c.below(3));
                    match self.c.below(4) {
                        0 | 1 => {
                            let e = self.int(1);
                            let op = self.c.pick(&["//", "%"]);
                            self.line(pad, &format!("a = ({e}) {op} {divisor}"));
                            self.clamp_int(pad, "a");
                        }
                        2 => {
                            let e = self.num(1);
                            let op = self.c.pick(&["/", "//", "%"]);
                            let v = self.pick_num_var();
                            self.line(pad, &format!("{v} = max(min(({e}) {op} {divisor}, 1e6), -1e6)"));
                        }
                        _ => {
                            let v = self.pick_num_var();
                            self.line(pad, &format!("{v} = ({v} if -1e6 < {v} < 1e6 else 1) / {divisor}"));
                        }
                    }
                    return Risk::Zero;
                }
                3 | 4 => {
                    let k = self.int_leaf();
                    match self.c.below(3) {
                        0 => self.line(pad, &format!("a = ns[{k} % 9 - 4]")),
                        1 => {
                            let v = self.pick_num_var();
                            self.line(pad, &format!("{v} = xs[{k} % 14]"));
                        }
                        _ => {
                            let v = self.c.pick(&["s", "t"]);
                            self.line(pad, &format!("{v} = ws[{k} % 5]"));
                        }
                    }
                    return Risk::Index;
                }
                // A trace catches these in the loop's own frame.
                5 => {
                    let v = self.pick_num_var();
                    let key = self.c.pick(KEYS);
                    if self.classes.is_some() && self.c.chance(40) {
                        let key = self.c.pick(DICT_KEYS);
                        self.line(pad, &format!("{v} = reg[{key}].value()"));
                    } else {
                        self.line(pad, &format!("{v} = d[{key}]"));
                    }
                    return Risk::Key;
                }
                6 => {
                    let s = self.str_pick();
                    self.line(pad, &format!("a = int({s})"));
                    return Risk::Value;
                }
                7 | 8 => {
                    let (m, r) = (2 + self.c.below(6), self.c.below(2));
                    self.line(pad, &format!("if i % {m} == {r}:"));
                    let (what, risk) = match self.c.below(6) {
                        0 => ("ValueError".to_string(), Risk::Value),
                        1 => (format!("ValueError('bad', {})", self.int_leaf()), Risk::Value),
                        2 => (format!("KeyError({})", self.c.pick(KEYS)), Risk::Key),
                        3 => (format!("AppError('app', {})", self.int_leaf()), Risk::App),
                        4 => (format!("BadValue('bad', {})", self.int_leaf()), Risk::App),
                        _ => (format!("IndexError({})", self.c.pick(STRS)), Risk::Index),
                    };
                    self.line(pad + 1, &format!("raise {what}"));
                    return risk;
                }
                9 => {
                    let (e1, e2) = (self.int(1), self.int(1));
                    self.line(pad, &format!("a = guard({e1}, {e2})"));
                    return Risk::App;
                }
                10 if self.classes.is_some() => {
                    let o = self.obj();
                    let v0 = self.int_leaf();
                    self.line(pad, &format!("b = {o}.check({v0})"));
                    return Risk::App;
                }
                _ => {}
            }
        }
    }

    fn str_pick(&mut self) -> String {
        if self.c.chance(50) {
            self.c.pick(&["s", "t"]).to_string()
        } else {
            self.c
                .pick(&["'12'", "'-7'", "' 3 '", "'x'", "''", "'4.5'"])
                .to_string()
        }
    }

    /// A handler's body: statements that cannot raise.
    /// Jumps (`break`, `continue`) only in handlers, not in `finally`.
    fn handler(&mut self, pad: usize, name: Option<&str>, jumps: bool) {
        let count = 1 + self.c.below(2);
        for _ in 0..count {
            match (self.c.below(8), name) {
                (0..=2, Some(e)) => {
                    let shown = self.c.pick(&[
                        "'caught', type(@).__name__, @",
                        "repr(@), @.args",
                        "type(@).__name__, str(@), len(@.args)",
                        "f'{@!r} {@}'",
                        "'caught', @, isinstance(@, AppError)",
                    ]);
                    let shown = shown.replace('@', e);
                    if self.c.chance(50) {
                        self.line(pad, &format!("print({shown})"));
                    } else {
                        let v0 = 2 + self.c.below(9);
                        self.line(pad, &format!("if i % {v0} == 0:"));
                        self.line(pad + 1, &format!("print({shown})"));
                    }
                }
                (3, Some(e)) => {
                    self.line(pad, &format!("if isinstance({e}, BadValue):"));
                    self.line(pad + 1, &format!("print('code', {e}.code, {e}.args)"));
                }
                (4, _) if jumps && self.loops > 0 && self.c.chance(30) => {
                    let jump = self.c.pick(&["continue", "break"]);
                    self.line(pad, jump);
                    return;
                }
                (5, _) => self.line(pad, "a = a % 97 + 1"),
                (6, _) => {
                    let v = self.pick_num_var();
                    let e = self.c.pick(FLOATS);
                    self.line(pad, &format!("{v} = {e}"));
                }
                _ => {
                    let k = self.c.below(3);
                    self.line(pad, &format!("cnt[{k}] += 1"));
                }
            }
        }
    }

    /// `try` with handlers, `else` and `finally`; sometimes a nested
    /// `try` whose handler re-raises with a bare `raise`.
    pub(super) fn try_statement(&mut self, pad: usize, depth: usize) {
        let nested_raise = self.c.chance(15);
        let inner = if nested_raise { pad + 1 } else { pad };
        if nested_raise {
            self.line(pad, "try:");
        }
        self.line(inner, "try:");
        // A handler's `break` or `continue` inside another `try` body
        // (with no loop between) makes Rumba's interpreter panic when the
        // outer handler later catches ("ForIter needs an iterator"; found
        // by this generator, reported, not fixed yet): no jumps there.
        let jumps = !self.in_try;
        self.in_try = true;
        let mut risks = Vec::new();
        if self.c.chance(50) {
            let count = 1 + self.c.below(2);
            self.block(inner + 1, count, depth + 1);
        }
        if self.loops > 0 && self.c.chance(15) {
            let cond = self.cond(1);
            self.line(inner + 1, &format!("if {cond}:"));
            let jump = self.c.pick(&["break", "continue"]);
            self.line(inner + 2, jump);
        }
        risks.push(self.risky(inner + 1));
        if self.c.chance(25) {
            risks.push(self.risky(inner + 1));
        }
        if self.c.chance(30) {
            let count = 1 + self.c.below(2);
            self.block(inner + 1, count, depth + 1);
        }
        self.in_try = !jumps;
        let caught: Vec<&str> = risks.iter().map(|r| self.c.pick(r.clauses())).collect();
        if nested_raise {
            let clause = caught[0];
            let e = self.fresh_name("e");
            self.line(inner, &format!("except {clause} as {e}:"));
            self.line(inner + 1, "cnt[0] += 1");
            if self.c.chance(50) {
                self.line(inner + 1, &format!("print('inner', {e})"));
            }
            self.line(inner + 1, "raise");
            if self.c.chance(40) {
                self.line(inner, "finally:");
                self.handler(inner + 1, None, false);
            }
        }
        // The handlers: every risk covered (almost always), sometimes an
        // extra clause that catches nothing here, first.
        let mut any = false;
        if self.c.chance(15) {
            let clause = self.c.pick(OTHER_CLAUSES);
            self.line(pad, &format!("except {clause}:"));
            self.line(pad + 1, "cnt[2] += 1");
            any = true;
        }
        let rate = if self.c.chance(50) { 3 } else { 12 };
        let skip_handlers = !nested_raise && self.c.chance(rate);
        if !skip_handlers {
            for clause in caught {
                let e = self.fresh_name("e");
                if self.c.chance(75) {
                    self.line(pad, &format!("except {clause} as {e}:"));
                    self.handler(pad + 1, Some(&e), jumps);
                } else {
                    self.line(pad, &format!("except {clause}:"));
                    self.handler(pad + 1, None, jumps);
                }
                any = true;
            }
        }
        if any && self.c.chance(30) {
            self.line(pad, "else:");
            let count = 1 + self.c.below(2);
            self.block(pad + 1, count, depth + 1);
        }
        if !any || self.c.chance(35) {
            self.line(pad, "finally:");
            self.handler(pad + 1, None, false);
        }
    }
}
