//! Token soups: keywords, operators, names and literals strung together at
//! random. Most are syntax errors; they exercise the lexer's and parser's
//! error paths, and the few that parse run under a budget.

use crate::Choices;

/// The vocabulary of a soup (also a starting point for a fuzzing
/// dictionary: see `fuzz/python.dict`).
pub const TOKENS: &[&str] = &[
    "x",
    "y",
    "f",
    "1",
    "2.5",
    "'s'",
    "f'{x}'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "**",
    "=",
    "==",
    "<",
    ">=",
    "not",
    "and",
    "or",
    "if",
    "else",
    "elif",
    "while",
    "for",
    "in",
    "def",
    "return",
    "lambda",
    "\n",
    "\n    ",
    "\n        ",
    "pass",
    "break",
    "continue",
    "None",
    "True",
    "[x for x in y]",
    "del",
    "global",
    "import",
    "math",
    "print",
    "range",
    "len",
    "#",
    "\\\n",
    ";",
];

/// One soup: 1 to 40 tokens joined by spaces.
pub fn token_soup(c: &mut impl Choices) -> String {
    let n = 1 + c.below(40);
    let soup: Vec<&str> = (0..n).map(|_| c.pick(TOKENS)).collect();
    soup.join(" ")
}
