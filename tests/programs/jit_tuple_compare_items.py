# `(a, b) == t` in hot loops: the JIT compares a tuple it never makes item
# by item; each outcome, and each kind of item, must match the interpreter.


class Plain:
    pass


class Loose:
    def __eq__(self, other):
        return True


def count_pairs(words, target):
    hits = 0
    misses = 0
    for w in words:
        i = 0
        while i < len(w) - 1:
            if (w[i], w[i + 1]) == target:
                hits += 1
                i += 2
            else:
                misses += 1
                i += 1
    return hits, misses


words = [[bytes([c]) for c in s.encode()] for s in "the theory then that other thistle ethos".split() * 30]
print(count_pairs(words, (b"t", b"h")))
print(count_pairs(words, (b"h", b"e")))
print(count_pairs(words, (b"x", b"y")))
print(count_pairs(words, (b"t",)))
print(count_pairs(words, [b"t", b"h"]))


def mixed(n):
    out = []
    target = (1, "a", None, True)
    for i in range(n):
        t = (i % 3, "a" if i % 5 else "b", None if i % 7 else 0, i % 2 == 0)
        out.append(t == target)
        out.append(t != target)
        out.append(target == t)
    return out.count(True), out[:12]


print(mixed(200))


def floats(n):
    nan = float("nan")
    same = 0
    for i in range(n):
        a = nan if i % 4 == 0 else i * 0.5
        if (a, i) == (a, i):
            same += 1
        if (a, 1.0) == (a, 1):
            same += 10
    return same


print(floats(100))


def nested(n):
    hits = 0
    for i in range(n):
        if ((i % 3, (i % 2, "x")), i % 5) == ((1, (1, "x")), 4):
            hits += 1
        if (i % 2, (i,)) != (0, (i,)):
            hits += 100
    return hits


print(nested(300))


def instances(n):
    p = Plain()
    loose = Loose()
    got = []
    for i in range(n):
        other = p if i % 2 else Plain()
        got.append((i % 2, other) == (1, p))
        got.append((i % 3, loose) == (i % 3, 12345))
        got.append((i % 3, 7) == (i % 3, loose))
    return got.count(True), got[:9]


print(instances(120))


def lengths(n):
    seen = []
    for i in range(n):
        t = (1, 2, 3)[: i % 4]
        seen.append((1, 2)[: i % 3] == t)
    return seen.count(True)


print(lengths(200))


def big_and_mixed(n):
    big = 2**70
    hits = 0
    for i in range(n):
        x = big if i % 3 == 0 else i
        if (x, i % 2) == (big, 0):
            hits += 1
        if (i, "s") == (i, b"s"):
            hits += 1000
        if (i % 4, "s") == (True, "s"):
            hits += 10
    return hits


print(big_and_mixed(300))
