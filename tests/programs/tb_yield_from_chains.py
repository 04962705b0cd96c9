# Chains of `yield from`: a step of the outermost generator goes straight
# to the innermost one, and everything a chain can show must be as CPython
# shows it (values, returns, errors, tracebacks, running states, limits).
import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(values):
    if not values:
        return None
    i = len(values) // 2
    return Tree(tree(values[:i]), values[i], tree(values[i + 1:]))


def walk():
    t = tree(list(range(200)))
    total = 0
    for rounds in range(3):
        for v in t:
            total += v
    print("tree", total, list(tree(list(range(9)))))


def countdown(n):
    # Each level yields, delegates, then returns what the level below returned.
    if n == 0:
        yield "bottom"
        return 0
    yield n
    got = yield from countdown(n - 1)
    yield -n
    return got + n


def returns():
    g = countdown(30)
    out = list(g)
    print("returns", len(out), out[:3], out[28:34], out[-3:])
    def outer():
        r = yield from countdown(12)
        yield ("returned", r)
    print("outer", list(outer())[-1])


def leaf_raises(depth, at):
    if depth == 0:
        yield "deep"
        raise ValueError("at the bottom %d" % at)
    yield from leaf_raises(depth - 1, at)


def catcher(depth):
    try:
        yield from leaf_raises(depth, depth)
    except ValueError as e:
        yield "caught " + str(e)
    yield "after"


def errors():
    print("errors", list(catcher(25)))
    g = leaf_raises(20, 1)
    print(next(g))
    try:
        next(g)
    except ValueError as e:
        print("escaped", e)
    print("then", list(g))


class Node:
    def __init__(self):
        self.gens = []


def steals(node, depth):
    # The innermost generator touches the ones it runs inside of.
    if depth == 0:
        outer = node.gens[0]
        yield outer.gi_running, outer.gi_suspended, outer.gi_yieldfrom
        try:
            next(outer)
        except ValueError as e:
            yield "refused: " + str(e)
        return
    yield from steals(node, depth - 1)


def running_states():
    node = Node()
    g = steals(node, 15)
    node.gens.append(g)
    print("states", list(g), list(g), g.gi_running, g.gi_suspended)
    g = steals(node, 4)
    node.gens[0] = g
    print(next(g), g.gi_running, g.gi_suspended, g.gi_yieldfrom.gi_yieldfrom.__name__)


def stop_inside(depth):
    if depth == 0:
        yield 1
        raise StopIteration("no")
    yield from stop_inside(depth - 1)


def pep479():
    g = stop_inside(10)
    print(next(g))
    try:
        next(g)
    except RuntimeError as e:
        print("RuntimeError", e)


def handled_then_delegating(depth):
    try:
        raise KeyError("outer")
    except KeyError:
        yield from deep_raise(depth)


def deep_raise(depth):
    if depth == 0:
        yield "x"
        raise IndexError("inner")
    yield from deep_raise(depth - 1)


def contexts():
    g = handled_then_delegating(8)
    print(next(g))
    try:
        next(g)
    except IndexError as e:
        print("context", repr(e.__context__))


def sent_values(depth):
    if depth == 0:
        got = yield "ready"
        while got is not None:
            got = yield "got %s" % got
        return "done"
    return (yield from sent_values(depth - 1))


def sends():
    g = sent_values(12)
    print(next(g), g.send(1), g.send("two"), next(g) if False else g.send(3))
    try:
        g.send(None)
    except StopIteration as e:
        print("stop", e.value)


def closing(depth, log):
    if depth == 0:
        try:
            yield 1
            yield 2
        finally:
            log.append("closed at the bottom")
        return
    try:
        yield from closing(depth - 1, log)
    finally:
        log.append(depth)


def closes():
    log = []
    g = closing(6, log)
    print(next(g))
    g.close()
    print("close", log)
    log = []
    g = closing(5, log)
    next(g)
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print("throw", repr(e), log)


def recurse(n):
    return recurse(n + 1) if n < 10000 else n


def limit_leaf(depth):
    if depth == 0:
        yield 1
        try:
            recurse(0)
        except RecursionError:
            yield "recursion error"
        yield len(str(sys.getrecursionlimit()))
        return
    yield from limit_leaf(depth - 1)


def limits():
    print("limits", list(limit_leaf(40)))


def mixed(depth):
    # A chain through a built-in iterator and a generator expression.
    if depth == 0:
        yield from range(3)
        yield from (x * 10 for x in range(3))
        return
    yield depth
    yield from mixed(depth - 1)


walk()
returns()
errors()
running_states()
pep479()
contexts()
sends()
closes()
limits()
print("mixed", list(mixed(5)))
print("sum", sum(v for v in tree(list(range(1000)))))


def traceback_through(depth):
    if depth == 0:
        yield 1
        1 / 0
    yield from traceback_through(depth - 1)


for v in traceback_through(4):
    print("item", v)
