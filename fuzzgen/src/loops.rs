//! Loop-heavy programs for the JIT (the first generator, kept because the
//! test suite's seeds name its programs): a hot outer loop over mixed int,
//! float and bool locals and a list, nested loops with `break` and
//! `continue`, branches and an inlined call. Values are clamped, so they
//! never overflow. `program` is the richer successor.

use crate::Choices;

/// A random loop-heavy program for the JIT: a hot outer loop over mixed
/// int, float and bool locals, a list, nested loops with `break`,
/// `continue`, branches and an inlined call, every operator the recorder
/// handles (and some it aborts on).
pub fn loop_program(rng: &mut impl Choices) -> String {
    fn atom(rng: &mut impl Choices) -> String {
        match rng.below(20) {
            0..=7 => rng.pick(&["a", "b", "c", "d"]).to_string(),
            8..=11 => format!("{}", rng.below(19) as i64 - 9),
            12..=14 => rng.pick(&["0.5", "-1.5", "2.0", "0.0", "-0.0", "3.25"]).to_string(),
            15..=16 => format!("xs[int({}) % 4]", rng.pick(&["a", "b", "c", "d", "i"])),
            17..=18 => "i".to_string(),
            _ => rng.pick(&["True", "False"]).to_string(),
        }
    }
    fn expr(rng: &mut impl Choices, depth: usize) -> String {
        if depth > 2 || rng.below(10) < 3 {
            return atom(rng);
        }
        let (x, y) = (expr(rng, depth + 1), expr(rng, depth + 1));
        match rng.below(16) {
            0 => format!("({x} ** {})", rng.below(4)),
            1 => format!("(int({x}) >> {})", rng.below(6)),
            2 => format!("(int({x}) & int({y}))"),
            3 => format!("(int({x}) ^ int({y}))"),
            4 => format!("({x} // ({y} or 1))"),
            5 => format!("({x} % ({y} or 1))"),
            6 => format!("({x} / ({y} or 1))"),
            7 => format!("abs({x})"),
            8 => format!("min({x}, {y})"),
            k => format!("({x} {} {y})", ["+", "-", "*", "<", ">=", "==", "and"][k - 9]),
        }
    }
    fn stmt(rng: &mut impl Choices, indent: usize, depth: usize, out: &mut String) {
        let pad = "    ".repeat(indent);
        match rng.below(20) {
            0..=8 => {
                let v = rng.pick(&["a", "b", "c", "d"]);
                out.push_str(&format!("{pad}{v} = {}\n", expr(rng, 0)));
                out.push_str(&format!("{pad}{v} = max(min({v}, 1000000), -1000000)\n"));
            }
            9..=10 => out.push_str(&format!(
                "{pad}xs[int({}) % 4] = {}\n",
                rng.pick(&["a", "c", "i"]),
                expr(rng, 0)
            )),
            11..=13 if depth < 2 => {
                out.push_str(&format!("{pad}if {}:\n", expr(rng, 0)));
                for _ in 0..1 + rng.below(3) {
                    stmt(rng, indent + 1, depth + 1, out);
                }
                out.push_str(&format!("{pad}else:\n"));
                stmt(rng, indent + 1, depth + 1, out);
            }
            14..=15 if depth < 2 => {
                out.push_str(&format!("{pad}for j in range({}):\n", rng.below(7)));
                for _ in 0..1 + rng.below(3) {
                    stmt(rng, indent + 1, depth + 1, out);
                }
                out.push_str(&format!("{pad}    if j == {}:\n{pad}        break\n", rng.below(5)));
            }
            16 => out.push_str(&format!("{pad}total += f({}, {})\n", expr(rng, 0), expr(rng, 0))),
            17 => out.push_str(&format!("{pad}if {}:\n{pad}    continue\n", expr(rng, 0))),
            _ => out.push_str(&format!("{pad}total += {}\n", expr(rng, 0))),
        }
    }
    let mut out = String::from(
        "def f(x, y):\n    if x > y:\n        return x - y\n    return y * 2 + 1\n\
         xs = [1, 2.5, -3, 4]\na, b, c, d = 1, 2.0, -3, 0.5\ntotal = 0\n",
    );
    out.push_str(&format!("for i in range({}):\n", 20 + rng.below(100)));
    for _ in 0..2 + rng.below(6) {
        stmt(rng, 1, 0, &mut out);
    }
    out.push_str("    total = max(min(total, 10**12), -10**12)\nprint(a, b, c, d, xs, total)\n");
    out
}
