# Generators stepped by `for` loops that the JIT compiles: the generator's
# steps run inline in the loop's trace; exits inside its frame hand a
# running generator to the interpreter.

def squares(n):
    for i in range(n):
        yield i * i

def alternating(n):
    # Two yields: the steps resume at one or the other in turn.
    for i in range(n):
        yield i
        yield -i

def pairs(xs):
    prev = None
    for x in xs:
        if prev is not None:
            yield prev, x
        prev = x

def changing(n):
    # A local that changes type part way: int, then float.
    acc = 0
    for i in range(n):
        if i == n // 2:
            acc = 0.5
        acc += i
        yield acc

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

def evens(g):
    for x in g:
        if x % 2 == 0:
            yield x

def walk(depth, label):
    # Recursive generators: every level a frame of its own.
    if depth == 0:
        yield label
        return
    for side in ("L", "R"):
        for leaf in walk(depth - 1, label + side):
            yield leaf

def rows(n, m):
    # An inner loop that goes round between two yields.
    for i in range(n):
        s = 0
        for j in range(m):
            s += i * j
        yield s

def main():
    total = 0
    for k in range(30):
        for v in squares(200):
            total += v % 7
    print("squares", total)

    t = 0
    for v in alternating(500):
        t = t * 3 + v
        t %= 1000003
    print("alternating", t)

    acc = 0
    for a, b in pairs(list(range(600))):
        acc += a * b - b
    print("pairs", acc)

    s = 0
    for v in changing(400):
        s += v
    print("changing", s, type(s).__name__)

    c = 0
    for v in countdown(1000):
        c += v
    print("countdown", c)

    e = 0
    for v in evens(squares(700)):
        e += v
    print("evens", e)

    leaves = []
    for leaf in walk(6, ""):
        leaves.append(leaf)
    print("walk", len(leaves), leaves[:3], leaves[-1])

    r = 0
    for v in rows(40, 30):
        r += v
    print("rows", r)

    # A generator expression, its closure reading a local of main.
    k = 3
    g = 0
    for v in (x * k for x in range(2000) if x % 3):
        g += v
    print("genexpr", g)

main()
