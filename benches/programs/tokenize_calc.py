# A tiny calculator, written as a Python user writes one: random
# arithmetic expressions are built as text with f-strings (recursively,
# returning (text, seed) tuples), cut into tokens by a character loop with
# isdigit and slicing, and evaluated by a precedence-climbing parser that
# looks operators up in a dict of (precedence, function) pairs.
import sys
# Numba's nopython mode refuses this program (the manifest's no_numba says
# why), and so does Rumba's strict @njit: its functions are object-mode
# @jit(forceobj=True), which both run as written.
from numba import jit

OPERATORS = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
}


@jit(forceobj=True)
def next_seed(seed):
    # MINSTD: the product stays below 2^53, so the Lua twin is exact.
    return seed * 16807 % 2147483647


@jit(forceobj=True)
def make_expr(seed, depth):
    # A number, or two subexpressions joined by an operator, sometimes in
    # parentheses. A divisor is always a number, so nothing divides by 0.
    seed = next_seed(seed)
    if depth == 0 or seed % 3 == 0:
        return str(1 + seed % 99), seed
    left, seed = make_expr(seed, depth - 1)
    seed = next_seed(seed)
    op = "+-*/"[seed % 4]
    if op == "/":
        seed = next_seed(seed)
        right = str(1 + seed % 99)
    else:
        right, seed = make_expr(seed, depth - 1)
    seed = next_seed(seed)
    text = f"{left} {op} {right}"
    if seed % 4 == 0:
        text = f"({text})"
    return text, seed


@jit(forceobj=True)
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            start = i
            while i < len(text) and text[i].isdigit():
                i += 1
            tokens.append(("num", text[start:i]))
            continue
        if ch in OPERATORS or ch in "()":
            tokens.append(("op", ch))
        i += 1
    return tokens


@jit(forceobj=True)
def parse_atom(tokens, pos):
    kind, text = tokens[pos]
    if text == "(":
        value, pos = parse_expr(tokens, pos + 1, 1)
        return value, pos + 1  # past the ")"
    return float(text), pos + 1


@jit(forceobj=True)
def parse_expr(tokens, pos, min_precedence):
    # Precedence climbing: the right operand binds only operators tighter
    # than this one, so equal precedences associate to the left.
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens):
        kind, text = tokens[pos]
        if text not in OPERATORS:
            break
        precedence, apply = OPERATORS[text]
        if precedence < min_precedence:
            break
        right, pos = parse_expr(tokens, pos + 1, precedence + 1)
        value = apply(value, right)
    return value, pos


@jit(forceobj=True)
def tokenize_calc(n):
    seed = 42
    total = 0.0
    token_count = 0
    longest = 0
    for _ in range(n):
        text, seed = make_expr(seed, 4)
        tokens = tokenize(text)
        value, _ = parse_expr(tokens, 0, 1)
        total += value
        token_count += len(tokens)
        longest = max(longest, len(text))
    return total, token_count, longest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
total, token_count, longest = tokenize_calc(n)
print("%.9f" % total)
print("%d %d" % (token_count, longest))
