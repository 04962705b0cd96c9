# Tuples built from starred displays, `(*a, *b)`, and `tuple()` of a
# generator (the built-in's Python version ends with one) inside hot
# loops: the trace makes the tuple from the list it built.


def pairs(n):
    out = []
    for i in range(n):
        head = (i, i * 2)
        tail = [i % 3, "x" if i % 2 else 2.5]
        t = (*head, *tail)
        out.append(t)
    return out


print(pairs(6)[-2:], len(pairs(300)))


def squares(n):
    total = 0
    last = None
    for i in range(n):
        t = tuple(k * k for k in range(i % 5))
        total += len(t) + sum(t)
        last = t
    return total, last


print(squares(400))


def mixed(items):
    seen = []
    for it in items:
        t = (*it,)
        seen.append((t, type(t).__name__, len(t)))
    return seen[:3], seen[-1]


print(mixed([[1, 2], "ab", (3,), range(3), {"k": 1}] * 40))


def empty_and_big(n):
    sizes = []
    for i in range(n):
        t = (*[j for j in range(i % 40)],)
        sizes.append(len(t))
    return sum(sizes), sizes[:5]


print(empty_and_big(200))
