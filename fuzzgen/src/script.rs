//! Small everyday programs: assignments, arithmetic on small values,
//! lists, a dict, strings, loops and functions, with values small enough
//! that CPython's results fit in 64 bits (so they diff cleanly against it).

use crate::Choices;

/// Random programs that are valid Python: assignments, arithmetic on small
/// values, lists, loops and functions.
pub fn script(rng: &mut impl Choices) -> String {
    let mut out = String::from("a = 3\nb = -2.5\nc = [1, 2, 3]\nd = {'k': 1}\ns = 'xy'\n");
    let exprs = [
        "a + 1",
        "a * b",
        "a // 2",
        "a % 3",
        "b / 2",
        "-a",
        "a ** 2",
        "len(c)",
        "c[a % 3]",
        "c[-1]",
        "s * 2",
        "a < b",
        "a == b",
        "not a",
        "a and b",
        "a or b",
        "c + [a]",
        "str(a) + s",
        "abs(b)",
        "max(a, 2)",
        "min(c)",
        "d['k']",
        "d.get('z', 0)",
        "[x * 2 for x in c]",
        "(a, b)",
        "round(b)",
        "int(b)",
        "float(a)",
        "a if a > 0 else b",
        "sum(c)",
        "sorted(c)",
        "c[1:]",
        "s[::-1]",
        "f'{a}-{b:.2f}'",
        "'%d' % a",
        "a << 3",
        "a & 7",
    ];
    let targets = ["a", "b", "c", "s"];
    for _ in 0..(3 + rng.below(10)) {
        let line = match rng.below(6) {
            0 => format!("print({})", rng.pick(&exprs)),
            1 => format!("{} = {}", rng.pick(&targets), rng.pick(&exprs)),
            2 => format!(
                "for i in range({}):\n    a = (a + i) % 1000\n    print(a)",
                rng.below(20)
            ),
            3 => format!(
                "while a > 0 and a < 100:\n    a = a * 2 + 1\nprint(a, {})",
                rng.pick(&exprs)
            ),
            4 => format!("def g(x, y=2):\n    return x * y + {}\nprint(g(a))", rng.pick(&exprs)),
            _ => format!("c.append({})\nprint(len(c))", rng.pick(&exprs)),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}
