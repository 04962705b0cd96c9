# `[*a, *b]` displays and `f(x, *rest)` calls (LIST_EXTEND) in traces:
# lists, tuples, strs, ranges and dict keys spread, a generator or an
# instance's __iter__ (the interpreter does those), and a value that is not
# iterable (TypeError).


def f(*xs):
    return len(xs)


class Bag:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


def gen(n):
    for i in range(n):
        yield i


total = 0
rest = [1, 2]
d = {"a": 1, "b": 2}
for i in range(300):
    merged = [*rest, *(i, i + 1), *"xy", *range(i % 3), *d]
    total += len(merged) + f(i, *rest) + f(*rest, *rest)
    if i % 50 == 0:
        total += len([*gen(i % 4), *Bag(i % 5)])
print(total, merged)

errors = 0
for i in range(60):
    try:
        x = [*rest, *(i if i % 7 == 0 else [i])]
    except TypeError as e:
        errors += 1
        msg = str(e)
print(errors, msg)

# Spread calls of functions that run through their entry traces (a loop, a
# recursion): the interpreter makes those calls (found when LIST_EXTEND
# became recordable: the callee got the list instead of its items).


def span(a, b):
    t = 0
    for k in range(a, b):
        t += k
    return t


def depth(n, *rest):
    if n == 0:
        return len(rest)
    return depth(n - 1, *rest) + 1


pairs = [(i, i + 3) for i in range(200)]
acc = 0
for p in pairs:
    acc += span(*p) + span(*list(p)) + depth(p[0] % 4, *rest) + depth(*p)
print(acc)
