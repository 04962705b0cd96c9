//! Expressions by the type they must have: int, number (int, float or
//! bool), condition, str. Each builder recurses to `MAX_DEPTH`, with atoms
//! (names in scope, literals, container reads) at the leaves. In traceable
//! programs (`Gen::traceable`) only the forms a trace can hold are drawn.

use super::Gen;
use crate::Choices;

pub(super) const FLOATS: &[&str] = &[
    "0.5", "-1.5", "2.0", "0.0", "-0.0", "3.25", "0.1", "1e-3", "1e16", "-2.5e-7", "7.0",
];
const SPECIAL_FLOATS: &[&str] = &[
    "float('nan')",
    "float('inf')",
    "float('-inf')",
    "math.nan",
    "-math.inf",
    "1e308",
    "-1.7976931348623157e308",
    "5e-324",
    "9007199254740992.0",
    "-9.223372036854776e18",
    "2.0 ** 63",
];
pub(super) const WIDE_INTS: &[&str] = &[
    "9223372036854775807",
    "(-9223372036854775807 - 1)",
    "4611686018427387904",
    "-4611686018427387904",
    "3037000499",
    "-3037000500",
    "2147483647",
    "-2147483648",
    "4294967296",
    "9007199254740993",
    "-9007199254740993",
];
pub(super) const STRS: &[&str] = &[
    "'ab'", "'Q'", "'héllo'", "'x y'", "'0'", "'\\t-'", "'ÿ€'", "'ZZZ'", "''",
];
/// The special values written as names the prelude binds (`NAN = float('nan')`):
/// a global load records as a trace constant, a call to `float` on a str
/// would abort the recording.
const TRACEABLE_SPECIALS: &[&str] = &[
    "NAN",
    "INF",
    "-INF",
    "1e308",
    "-1.7976931348623157e308",
    "5e-324",
    "9007199254740992.0",
    "-9.223372036854776e18",
    "-0.0",
];
pub(super) const KEYS: &[&str] = &["'a'", "'b'", "'c'", "'zz'", "0", "1", "1.0", "True", "-2", "2.5"];

impl<C: Choices> Gen<'_, C> {
    /// Deep enough for interesting mixes, shallow enough to read.
    const MAX_DEPTH: usize = 3;

    /// A `math` function by the name a trace can call: imported by name
    /// (`from math import sqrt`), as a call of `math.sqrt` is a method
    /// call, which aborts a recording; both forms in other programs.
    pub(super) fn math(&mut self, f: &str) -> String {
        if self.traceable || self.c.chance(50) {
            f.to_string()
        } else {
            format!("math.{f}")
        }
    }

    pub(super) fn literal_num(&mut self) -> String {
        match self.c.below(10) {
            0..=3 => self.c.between(-9, 12).to_string(),
            4..=6 => self.c.pick(FLOATS).to_string(),
            7 if !self.traceable => self.c.pick(&["True", "False"]).to_string(),
            8 if self.wide => self.c.pick(WIDE_INTS).to_string(),
            _ if self.traceable => self.c.pick(TRACEABLE_SPECIALS).to_string(),
            _ => self.c.pick(SPECIAL_FLOATS).to_string(),
        }
    }

    fn int_atom(&mut self) -> String {
        let ints = self.scope.ints.clone();
        match self.c.below(12) {
            0..=4 if !ints.is_empty() => ints[self.c.below(ints.len())].clone(),
            5 if self.wide => self.c.pick(WIDE_INTS).to_string(),
            6 if self.scope.containers && self.traceable => self.c.pick(&["len(xs)", "len(ns)", "len(ws)"]).to_string(),
            6 if self.scope.containers => self
                .c
                .pick(&["len(xs)", "len(s)", "len(d)", "len(ws)", "sum(ns)", "max(ns)"])
                .to_string(),
            7 if self.scope.containers => format!("ns[{} % len(ns)]", self.int_leaf()),
            8 if self.scope.containers && !self.traceable => "ord((s or 'e')[0])".to_string(),
            _ => self.c.between(-9, 12).to_string(),
        }
    }

    /// A divisor that is never zero (`x or 1`), except rarely, so that a
    /// ZeroDivisionError is raised from compiled code now and then.
    fn divisor_int(&mut self, depth: usize) -> String {
        if self.c.chance(1) {
            self.int(depth)
        } else {
            format!("({} or 1)", self.int(depth))
        }
    }

    fn divisor_num(&mut self, depth: usize) -> String {
        if self.c.chance(1) {
            self.num(depth)
        } else {
            format!("({} or 1)", self.num(depth))
        }
    }

    pub(super) fn int_leaf(&mut self) -> String {
        let ints = self.scope.ints.clone();
        if !ints.is_empty() && self.c.chance(70) {
            ints[self.c.below(ints.len())].clone()
        } else {
            self.c.between(-3, 9).to_string()
        }
    }

    /// An expression that is an int (or raises, as an overflow does).
    pub(super) fn int(&mut self, depth: usize) -> String {
        if depth >= Self::MAX_DEPTH || self.c.chance(35) {
            return self.int_atom();
        }
        let d = depth + 1;
        match self.c.below(24) {
            0 => format!("({} + {})", self.int(d), self.int(d)),
            1 => format!("({} - {})", self.int(d), self.int(d)),
            2 => format!("({} * {})", self.int(d), self.int(d)),
            3 => format!("({} // {})", self.int(d), self.divisor_int(d)),
            4 => format!("({} % {})", self.int(d), self.divisor_int(d)),
            5 => format!("({} & {})", self.int(d), self.int(d)),
            6 => format!("({} | {})", self.int(d), self.int(d)),
            7 => format!("({} ^ {})", self.int(d), self.int(d)),
            8 => {
                let most = if self.wide { 64 } else { 6 };
                format!("({} << {})", self.int(d), self.c.below(most + 1))
            }
            9 => format!("({} >> {})", self.int(d), self.c.below(70)),
            10 => format!("(-{})", self.int(d)),
            11 => format!("(~{})", self.int(d)),
            12 => format!("abs({})", self.int(d)),
            13 => format!("min({}, {})", self.int(d), self.int(d)),
            14 => format!("max({}, {}, {})", self.int(d), self.int(d), self.int(d)),
            15 => format!("({} if {} else {})", self.int(d), self.cond(d), self.int(d)),
            16 => format!("({} ** {})", self.int(d), self.c.below(4)),
            17 if !self.traceable => {
                format!("pow({}, {}, {})", self.int(d), self.c.below(40), 1 + self.c.below(1000))
            }
            18 => {
                let v = self.num_atom();
                format!("(int({v}) if -1e15 < {v} < 1e15 else 7)")
            }
            19 if !self.traceable => {
                let v = self.num_atom();
                format!("(round({v}) if -1e15 < {v} < 1e15 else -7)")
            }
            20 if !self.traceable => {
                format!("divmod({}, ({} or 1))[{}]", self.int(d), self.int(d), self.c.below(2))
            }
            21 if self.scope.containers => format!("ri({} % 8)", self.int(d)),
            22 if !self.traceable => format!("hash({})", self.int(d)),
            // A condition as a number (True + 1): parenthesized, as `in` and
            // the comparisons bind more loosely than `+`.
            23 if !self.traceable => format!("(({}) + {})", self.cond(d), self.int(d)),
            _ => format!("({} - {})", self.int(d), self.int(d)),
        }
    }

    pub(super) fn num_atom(&mut self) -> String {
        let nums = self.scope.nums.clone();
        match self.c.below(10) {
            0..=4 if !nums.is_empty() => nums[self.c.below(nums.len())].clone(),
            5 => self.int_atom(),
            // Rarely an index that may be out of range: an IndexError
            // raised from inside a trace must leave it as the interpreter
            // raises it.
            6 if self.scope.containers && self.c.chance(2) => format!("xs[{}]", self.int_leaf()),
            6 if self.scope.containers => format!("xs[{} % len(xs)]", self.int_leaf()),
            7 if self.scope.containers && self.traceable => self.c.pick(&["xs[-1]", "tp[1]"]).to_string(),
            7 if self.scope.containers => self
                .c
                .pick(&["xs[-1]", "tp[1]", "sum(xs)", "d.get('b', 0.5)"])
                .to_string(),
            _ => self.literal_num(),
        }
    }

    /// An expression that is an int, a float or a bool.
    pub(super) fn num(&mut self, depth: usize) -> String {
        if depth >= Self::MAX_DEPTH || self.c.chance(30) {
            return self.num_atom();
        }
        let d = depth + 1;
        match self.c.below(26) {
            0..=1 => format!("({} + {})", self.num(d), self.num(d)),
            2..=3 => format!("({} - {})", self.num(d), self.num(d)),
            4..=5 => format!("({} * {})", self.num(d), self.num(d)),
            6 => format!("({} / {})", self.num(d), self.divisor_num(d)),
            7 => format!("({} // {})", self.num(d), self.divisor_num(d)),
            8 => format!("({} % {})", self.num(d), self.divisor_num(d)),
            // Negative powers: a float result, or (of zero) an error.
            9 => format!("({} ** {})", self.num(d), self.c.between(-2, 3)),
            10 => format!("(abs({}) ** 0.5)", self.num(d)),
            11 => format!("(-{})", self.num(d)),
            12 => format!("abs({})", self.num(d)),
            13 => format!("min({}, {})", self.num(d), self.num(d)),
            14 => format!("max({}, {})", self.num(d), self.num(d)),
            15 => format!("{}(abs({}))", self.math("sqrt"), self.num(d)),
            16 => format!("{}({}, {})", self.math("copysign"), self.num(d), self.num(d)),
            17 => format!("{}({}, {})", self.math("hypot"), self.num(d), self.num(d)),
            18 => format!("float({})", self.int(d)),
            19 if !self.traceable => format!("round({}, {})", self.num(d), self.c.below(4)),
            20 => format!("({} if {} else {})", self.num(d), self.cond(d), self.num(d)),
            21 if self.scope.containers => format!("f({}, {})", self.num(d), self.num(d)),
            22 if self.scope.containers => format!("add({})", self.num(d)),
            23 => {
                let v = self.num_atom();
                format!("({}({v}) if -1e15 < {v} < 1e15 else 0)", self.math("floor"))
            }
            24 => format!("{}({})", self.math("fabs"), self.num(d)),
            _ => self.int(d),
        }
    }

    /// A condition: usually a bool, sometimes another truthy value (as
    /// `x or y` gives), as conditions in Python often are.
    pub(super) fn cond(&mut self, depth: usize) -> String {
        let bools = self.scope.bools.clone();
        if depth >= Self::MAX_DEPTH || self.c.chance(15) {
            return match self.c.below(4) {
                0 if !bools.is_empty() => bools[self.c.below(bools.len())].clone(),
                _ => format!("{} > {}", self.num_atom(), self.num_atom()),
            };
        }
        let d = depth + 1;
        let cmp = self.c.pick(&["<", "<=", ">", ">=", "==", "!="]);
        match self.c.below(16) {
            0..=3 => format!("{} {cmp} {}", self.num(d), self.num(d)),
            4 => format!("{} < {} <= {}", self.num(d), self.num(d), self.num(d)),
            5 => format!("not ({})", self.cond(d)),
            6 => format!("({} and {})", self.cond(d), self.cond(d)),
            7 => format!("({} or {})", self.cond(d), self.cond(d)),
            8 => format!("{} % {} == {}", self.int(d), 2 + self.c.below(5), self.c.below(2)),
            9 if !self.traceable => format!(
                "isinstance({}, {})",
                self.num_atom(),
                self.c.pick(&["int", "float", "bool"])
            ),
            10 if self.scope.containers && !self.traceable => format!("{} in d", self.c.pick(KEYS)),
            // Not `in xs`: xs may hold a NaN, and whether `nan in xs` is
            // true depends on object identity in CPython, which unboxed
            // floats do not have (a known difference, docs/fuzzing.md).
            11 if self.scope.containers && !self.traceable => format!("{} in ns", self.num(d)),
            12 if !self.scope.strs.is_empty() && !self.traceable => {
                let (a, b) = (self.str(d), self.str(d));
                format!("{a} {cmp} {b}")
            }
            13 => format!("{}({})", self.math("isnan"), self.num(d)),
            14 if self.scope.containers => format!("bs[{} % len(bs)]", self.int_leaf()),
            _ => format!("{} {cmp} {}", self.int(d), self.int(d)),
        }
    }

    fn str_atom(&mut self) -> String {
        let strs = self.scope.strs.clone();
        match self.c.below(5) {
            0..=2 if !strs.is_empty() => strs[self.c.below(strs.len())].clone(),
            3 if self.scope.containers => format!("ws[{} % len(ws)]", self.int_leaf()),
            _ => self.c.pick(STRS).to_string(),
        }
    }

    /// An expression that is a str, short (slices bound what grows).
    pub(super) fn str(&mut self, depth: usize) -> String {
        if depth >= Self::MAX_DEPTH || self.c.chance(35) {
            return self.str_atom();
        }
        let d = depth + 1;
        match self.c.below(20) {
            0..=2 => format!("({} + {})[-8:]", self.str(d), self.str(d)),
            3 => format!("{}[::-1]", self.str(d)),
            4 => {
                let s = self.str_atom();
                format!("({s} or 'e')[{} % len({s} or 'e')]", self.int_leaf())
            }
            5 => format!("{}[1:{}]", self.str(d), self.c.below(6)),
            6 => format!("str({})[:12]", self.num(d)),
            7 => format!("repr({})", self.num(d)),
            8 => format!("f\"{{{}}}\"", self.num(d)),
            9 => format!("f\"{{{}:.3f}}\"[:14]", self.num(d)),
            10 => format!("f\"{{{}:>6}}\"", self.int(d)),
            11 => format!("('%d|%s' % ({}, {}))", self.int(d), self.str(d)),
            12 => format!("('%.2f' % {})", self.num_atom()),
            13 => format!(
                "{}.{}",
                self.str(d),
                self.c.pick(&["upper()", "lower()", "strip()", "replace('a', 'A')"])
            ),
            14 => format!("chr(65 + {} % 26)", self.int(d)),
            15 => format!("hex({})", self.int(d)),
            16 if self.scope.containers => "','.join(ws)[:10]".to_string(),
            17 => format!("({} * ({} % 3))[:9]", self.str(d), self.int(d)),
            18 if self.scope.containers => self.c.pick(&["str(xs)[:16]", "str(tp)", "repr(ws)[:12]"]).to_string(),
            _ => format!("'-'.join({}.split())", self.str(d)),
        }
    }
}
