//! Generators, bytes and complex numbers in the structured programs.
//!
//! Programs that use generators (half of them) define `gen(m)`, which
//! yields numbers from a `for` that may `break`, and `gi(m)`, which yields
//! small ints from a `while` that may `continue`, and `gy(m)`, which
//! delegates to both, to `gr(m)` (which returns a value) and to a
//! built-in iterator with `yield from`; two in five of them also
//! define an asynchronous generator `agen(m)` (awaiting a coroutine and an
//! object whose `__await__` yields) and coroutines that consume it with
//! `async for`, an asynchronous comprehension and `anext`, run by a
//! `send(None)` loop (`drive`); the hot loop consumes
//! them, and generator expressions, with `for` (with and without `break`)
//! and with `sum any all min max sorted list` (`min`, `max` and `sorted`
//! only of ints: a NaN makes their answer depend on the order of the
//! comparisons, which the generator does not pin down). Programs with bytes hold a
//! bytes value `bb` (never empty) that the loop indexes, slices,
//! concatenates, searches, changes through methods, a bytearray and
//! `%`-formatting. Programs with complex numbers hold `cz` and use only
//! `+ - *`, division by a non-zero constant, `.real`, `.imag` and
//! `.conjugate()`: CPython computes those with plain float arithmetic, so
//! what it prints does not depend on the platform's libm (`abs` and `**`
//! would).

use super::Gen;
use crate::Choices;

/// Starting values of `bb` (none empty: the loop indexes it).
const BYTES: &[&str] = &["b'abc'", "b'\\x00\\xff'", "b'hello world'", "b'a-b-a'", "b'Zz9'"];

/// What a program uses beside the generator's base set.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Extras {
    pub gens: bool,
    /// `agen(m)` and the coroutines that consume it (with `gens`).
    pub asyncs: bool,
    pub bytes: bool,
    pub complex: bool,
}

impl Extras {
    pub(super) fn any(self) -> bool {
        self.gens || self.bytes || self.complex
    }
}

impl<C: Choices> Gen<'_, C> {
    /// `gen(m)`: yields numbers from inside a bounded loop, which may end
    /// early; `gi(m)`: small ints from a `while` that may skip a step.
    pub(super) fn generator_helper(&mut self) {
        self.scope = super::Scope::params(&["m", "w"], &["m", "w"]);
        let bound = 3 + self.c.below(8);
        self.out
            .push_str(&format!("def gen(m):\n    for w in range(m % {bound}):\n"));
        if self.c.chance(40) {
            let cond = self.cond(1);
            self.line(2, &format!("if {cond}:"));
            self.line(3, "break");
        }
        let e = self.num(1);
        let e = self.clamp_num(&e);
        self.line(2, &format!("yield {e}"));
        if self.c.chance(30) {
            self.line(1, "yield m");
        }
        self.scope = super::Scope::params(&["m", "k"], &["m", "k"]);
        let bound = 2 + self.c.below(7);
        self.out.push_str(&format!(
            "def gi(m):\n    k = 0\n    while k < m % {bound}:\n        k += 1\n"
        ));
        if self.c.chance(50) {
            let skip = 1 + self.c.below(4);
            self.line(2, &format!("if k == {skip}:"));
            self.line(3, "continue");
        }
        let e = self.int(1);
        self.line(2, &format!("yield ({e}) % 97"));
        self.delegating_helper();
        if self.c.chance(40) {
            self.extras.asyncs = true;
            self.async_helpers();
        }
    }

    /// `gy(m)`: `yield from` the other generators, one that returns a
    /// value (`gr`), and a built-in iterator, in an order the choices pick.
    fn delegating_helper(&mut self) {
        self.out.push_str("def gr(m):\n    yield m\n    return m * 2\n");
        self.out.push_str("def gy(m):\n");
        let mut parts = vec![
            "    yield from gi(m)\n",
            "    z = yield from gr(m)\n    yield z\n",
            "    yield from gen(m + 1)\n",
        ];
        parts.push(self.c.pick(&[
            "    yield from [m, -m]\n",
            "    yield from range(m % 4)\n",
            "    yield from (m, m * 0.5)\n",
            "    yield from (w for w, _ in zip(range(m % 3), 'ab'))\n",
        ]));
        let first = self.c.below(parts.len());
        parts.rotate_left(first);
        if self.c.chance(50) {
            parts.swap(1, 2);
        }
        for part in parts {
            self.out.push_str(part);
        }
    }

    /// `agen(m)`, an asynchronous generator of numbers whose steps await,
    /// the coroutines that consume it, and `drive(co)`, which runs a
    /// coroutine to its end by `send(None)` (no event loop: every program
    /// stays deterministic and quick).
    fn async_helpers(&mut self) {
        self.out.push_str(concat!(
            "class Tick:\n",
            "    def __await__(self):\n",
            "        yield\n",
            "async def anum(x):\n",
            "    await Tick()\n",
            "    return x\n",
        ));
        self.scope = super::Scope::params(&["m", "w"], &["m", "w"]);
        let bound = 2 + self.c.below(7);
        self.out
            .push_str(&format!("async def agen(m):\n    for w in range(m % {bound}):\n"));
        if self.c.chance(40) {
            let cond = self.cond(1);
            self.line(2, &format!("if {cond}:"));
            self.line(3, "break");
        }
        if self.c.chance(50) {
            self.line(2, "await Tick()");
        }
        let e = self.num(1);
        let e = self.clamp_num(&e);
        self.line(2, &format!("yield await anum({e})"));
        if self.c.chance(30) {
            self.line(1, "yield m");
        }
        self.out.push_str(concat!(
            "def drive(co):\n",
            "    try:\n",
            "        while True:\n",
            "            co.send(None)\n",
            "    except StopIteration as e:\n",
            "        return e.value\n",
            "async def asum(m):\n",
            "    t = 0\n",
            "    async for v in agen(m):\n",
            "        t = t + v\n",
            "    return t\n",
            "async def acount(m):\n",
            // NaNs filtered: Rumba's floats are values, so two NaNs made apart
            // are one set item to it and two to CPython (docs/language.md).
            "    return len([v async for v in agen(m) if v == v]) + len({w async for w in agen(m + 1) if w == w})\n",
            "async def afirst(m):\n",
            "    g = agen(m)\n",
            "    first = await anext(g, 0)\n",
            "    second = await g.asend(None) if first else 0\n",
            "    await g.aclose()\n",
            "    return first + second\n",
        ));
    }

    pub(super) fn extra_values(&mut self, pad: usize) {
        if self.extras.bytes {
            let b = self.c.pick(BYTES);
            self.line(pad, &format!("bb = {b}"));
        }
        if self.extras.complex {
            let (re, im) = (self.c.between(-4, 5), self.c.between(-4, 5));
            self.line(pad, &format!("cz = complex({re}, {im})"));
        }
    }

    /// One statement of the features the program uses; false when it
    /// uses none.
    pub(super) fn extra_statement(&mut self, pad: usize) -> bool {
        let mut options = Vec::new();
        if self.extras.gens {
            options.push(0);
        }
        if self.extras.bytes {
            options.push(1);
        }
        if self.extras.complex {
            options.push(2);
        }
        if options.is_empty() {
            return false;
        }
        match options[self.c.below(options.len())] {
            0 => self.generator_statement(pad),
            1 => self.bytes_statement(pad),
            _ => self.complex_statement(pad),
        }
        true
    }

    fn generator_statement(&mut self, pad: usize) {
        let arg = self.int(1);
        let cases = if self.extras.asyncs { 16 } else { 13 };
        match self.c.below(cases) {
            13 => {
                let v = self.pick_num_var();
                let e = self.clamp_num(&format!("drive(asum({arg}))"));
                self.line(pad, &format!("{v} = {e}"));
            }
            14 => {
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, &format!("{v} = ({v} + drive(acount({arg}))) % 1009"));
            }
            15 => {
                let v = self.pick_num_var();
                let e = self.clamp_num(&format!("drive(afirst({arg}))"));
                self.line(pad, &format!("{v} = {e}"));
            }
            // `map` and `filter` of lambdas (closures over the loop's
            // variables), which the prelude's generators step: in a `for`,
            // consumed, of two iterables, nested.
            12 => {
                let v = self.c.pick(&["a", "b"]);
                let m = 2 + self.c.below(5);
                let k = self.c.below(3);
                match self.c.below(7) {
                    5 => {
                        let (w, x) = (self.fresh_name("j"), self.fresh_name("e"));
                        let start = self.c.between(-2, 3);
                        self.line(pad, &format!("for {w}, {x} in enumerate(gen({arg}), {start}):"));
                        self.line(pad + 1, &format!("{v} = ({v} + {w} * {m} + {x}) % 1009"));
                    }
                    6 => {
                        let (w, x) = (self.fresh_name("z"), self.fresh_name("y"));
                        self.line(
                            pad,
                            &format!("for {w}, {x} in zip(gi({arg}), map(lambda u: u % {m}, ns)):"),
                        );
                        self.line(pad + 1, &format!("{v} = ({v} * 2 + {w} - {x}) % 1009"));
                    }
                    0 => {
                        let w = self.fresh_name("f");
                        self.line(pad, &format!("for {w} in filter(lambda u: u % {m} != {k}, ns):"));
                        self.line(pad + 1, &format!("{v} = ({v} * 3 + {w}) % 1009"));
                    }
                    1 => self.line(
                        pad,
                        &format!("{v} = ({v} + sum(map(lambda u: u * {m} + i, ns))) % 1009"),
                    ),
                    2 => {
                        let w = self.fresh_name("m");
                        self.line(pad, &format!("for {w} in map(lambda u, t: u - len(t), ns, ws * {m}):"));
                        self.line(pad + 1, &format!("{v} = ({v} + {w}) % 1009"));
                    }
                    3 => self.line(
                        pad,
                        &format!(
                            "{v} = ({v} + len(list(filter(lambda u: u > i % {m}, map(lambda u: u % 13, ns))))) % 1009"
                        ),
                    ),
                    _ => {
                        let w = self.fresh_name("x");
                        let e = self.clamp_num(&format!("{w} * 0.5"));
                        let nv = self.pick_num_var();
                        self.line(
                            pad,
                            &format!("for {w} in map(lambda u: u + {arg}, filter(lambda u: u == u, xs)):"),
                        );
                        self.line(pad + 1, &format!("{nv} = {e}"));
                    }
                }
            }
            // Iterators handed to built-ins that consume them, the second
            // one finding what the first left.
            11 => {
                let v = self.c.pick(&["a", "b"]);
                let (open, close, src) = match self.c.below(4) {
                    0 => ("sum(", ")", "iter(ns)"),
                    1 => ("len(list(", "))", "enumerate(ws)"),
                    2 => ("max(0, 0, *", ")", "iter(range(i % 7))"),
                    _ => ("len(tuple(", "))", "zip(ns, ws)"),
                };
                let w = self.fresh_name("it");
                self.line(pad, &format!("{w} = {src}"));
                self.line(pad, &format!("{v} = ({v} + {open}{w}{close} + len(list({w}))) % 1009"));
            }
            0 => {
                let v = self.pick_num_var();
                let e = self.clamp_num(&format!("sum(gen({arg}))"));
                self.line(pad, &format!("{v} = {e}"));
            }
            1 => {
                let v = self.c.pick(&["p", "q"]);
                let f = self.c.pick(&["any", "all"]);
                self.line(pad, &format!("{v} = {f}(gen({arg}))"));
            }
            2 => {
                let v = self.c.pick(&["a", "b"]);
                let g = self.c.pick(&["gen", "gy"]);
                self.line(pad, &format!("{v} = ({v} + len(list({g}({arg}))) * 3) % 1009"));
            }
            3 | 4 => {
                let w = self.fresh_name("g");
                let v = self.pick_num_var();
                let g = self.c.pick(&["gen", "gen", "gy"]);
                self.line(pad, &format!("for {w} in {g}({arg}):"));
                if self.c.chance(50) {
                    let k = self.c.between(-2, 6);
                    self.line(pad + 1, &format!("if {w} > {k}:"));
                    self.line(pad + 2, "break");
                }
                let e = self.clamp_num(&format!("{v} + {w}"));
                self.line(pad + 1, &format!("{v} = {e}"));
            }
            5 => {
                let w = self.fresh_name("e");
                let n = 2 + self.c.below(9);
                let m = 2 + self.c.below(3);
                let v = self.c.pick(&["a", "b"]);
                self.line(
                    pad,
                    &format!("{v} = ({v} + sum({w} * {w} for {w} in range((i + {n}) % 11) if {w} % {m})) % 1009"),
                );
            }
            6 => {
                let v = self.pick_num_var();
                let e = self.clamp_num(&format!("sum(u * 0.5 for u in gen({arg}) if u == u)"));
                self.line(pad, &format!("{v} = {e}"));
            }
            7 => {
                let v = self.c.pick(&["a", "b"]);
                let f = self.c.pick(&["min", "max"]);
                let d = self.c.between(-3, 4);
                self.line(pad, &format!("{v} = ({v} + {f}(gi({arg}), default={d})) % 1009"));
            }
            8 => {
                let rev = self.c.pick(&["", ", reverse=True"]);
                self.line(pad, &format!("ns = sorted(gi({arg}){rev}) or [0]"));
            }
            9 => {
                let w = self.fresh_name("k");
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, &format!("for {w} in gi({arg}):"));
                let k = self.c.below(90);
                self.line(pad + 1, &format!("if {w} > {k}:"));
                self.line(pad + 2, "break");
                self.line(pad + 1, &format!("{v} = ({v} * 3 + {w}) % 1009"));
            }
            _ => {
                let v = self.c.pick(&["a", "b"]);
                let f = self.c.pick(&["max", "min"]);
                let n = 1 + self.c.below(6);
                self.line(
                    pad,
                    &format!("{v} = ({v} + {f}((w * {v}) % 31 for w in range(i % {n} + 1))) % 1009"),
                );
            }
        }
    }

    fn bytes_statement(&mut self, pad: usize) {
        match self.c.below(10) {
            0 => self.line(pad, "bb = (bb + bytes([a % 256, i % 256]))[-12:]"),
            1 => {
                let v = self.c.pick(&["a", "b"]);
                self.line(pad, &format!("{v} = ({v} + bb[i % len(bb)]) % 1009"));
            }
            2 => {
                let v = self.c.pick(&["p", "q"]);
                let what = self.c.pick(&["b'a'", "b'-'", "97", "(i % 256)"]);
                self.line(pad, &format!("{v} = {what} in bb"));
            }
            3 => {
                let m = self.c.pick(&[
                    "upper()",
                    "lower()",
                    "swapcase()",
                    "title()",
                    "strip(b'a')",
                    "replace(b'a', b'xy')",
                ]);
                self.line(pad, &format!("bb = bb.{m}[:12] or b'z'"));
            }
            4 => {
                self.line(pad, "ba = bytearray(bb)");
                self.line(pad, "ba[i % len(ba)] = (a + i) % 256");
                self.line(pad, "ba.append(b % 256)");
                self.line(pad, "bb = bytes(ba[-10:])");
            }
            5 => {
                let v = self.c.pick(&["a", "b"]);
                self.line(
                    pad,
                    &format!("{v} = ({v} + bb.count(b'a') + bb.find(b'b') + bb.rfind(120)) % 1009"),
                );
            }
            6 => self.line(pad, "bb = (b'%d|' % (a % 1000) + bb[1:])[:12]"),
            7 => {
                let (lo, hi) = (self.c.between(-4, 3), self.c.between(-2, 9));
                self.line(pad, &format!("bb = bb[{lo}:{hi}] or bb[::-1] or b'q'"));
            }
            8 => {
                let v = self.c.pick(&["s", "t"]);
                self.line(pad, &format!("{v} = bb.hex()[:8] + bb.decode('latin-1')[:4]"));
            }
            _ => {
                let v = self.c.pick(&["a", "b"]);
                self.line(
                    pad,
                    &format!("{v} = ({v} + sum(bb) + int.from_bytes(bb[:3], 'big')) % 1009"),
                );
            }
        }
    }

    fn complex_statement(&mut self, pad: usize) {
        match self.c.below(7) {
            0 => {
                let (re, im) = (self.c.between(-3, 4), self.c.between(-3, 4));
                self.line(pad, &format!("cz = cz * complex({re}, {im}) + (i % 5)"));
            }
            1 => {
                let d = self.c.pick(&["2", "1j", "(1+1j)", "-4.0", "(0.5-2j)"]);
                self.line(pad, &format!("cz = cz / {d} - 1j"));
            }
            2 => {
                let v = self.pick_num_var();
                let part = self.c.pick(&["real", "imag"]);
                let e = self.clamp_num(&format!("{v} + cz.{part}"));
                self.line(pad, &format!("{v} = {e}"));
            }
            3 => self.line(pad, "cz = cz.conjugate() + complex(a % 3, b % 3)"),
            4 => {
                let v = self.c.pick(&["p", "q"]);
                self.line(pad, &format!("{v} = cz == complex(cz.real, 0) or cz != 0"));
            }
            // The signs of parts computed from any numbers (NaN, -0.0 and
            // infinities among them): which NaN a sum or product of parts
            // gives is visible only through `copysign`.
            5 => {
                let v = self.pick_num_var();
                let (x, y) = (self.num(1), self.num(1));
                let cs = self.math("copysign");
                self.line(
                    pad,
                    &format!(
                        "{v} = {cs}(1.0, (cz * complex({x}, {y})).imag) + {cs}(1.0, (complex({y}, {x}) + cz).real) \
                         + {cs}(1.0, (cz - {x}).imag)"
                    ),
                );
            }
            _ => {}
        }
        // Kept small, so the numbers stay exact enough to be interesting.
        self.line(pad, "if not (-1e6 < cz.real < 1e6 and -1e6 < cz.imag < 1e6):");
        self.line(pad + 1, "cz = complex(1, -1)");
    }

    pub(super) fn extra_final_print(&mut self, pad: usize) {
        if self.extras.bytes {
            self.line(pad, "print(bb, len(bb))");
        }
        if self.extras.complex {
            self.line(pad, "print(cz, cz.real, cz.imag)");
        }
    }
}
