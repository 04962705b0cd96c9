# min/max with key=, which the interpreter and compiled code both run as
# a Python loop calling the key (the prelude's min_key/max_key): every
# kind of iterable, ties, NaN keys, keys that raise or do not compare,
# key=None, default= and several positional arguments (the built-in's own
# path), a key that calls max itself, comparisons by dunder methods, all
# in loops hot enough to be compiled.
import math


def closest(points, target):
    tx, ty = target
    return min(points, key=lambda p: (p[0] - tx) ** 2 + (p[1] - ty) ** 2)


pts = [((i * 37) % 101, (i * 53) % 97) for i in range(60)]
acc = 0
for k in range(80):
    best = closest(pts, (k % 101, (k * 7) % 97))
    acc += best[0] * 3 + best[1]
print("closest", acc)

words = ["alpha", "be", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {w: len(w) * 7 % 5 for w in words}
lines = []
for k in range(40):
    w = words[k % len(words)]
    lines.append(
        (
            max(words, key=len),  # ties: the first longest
            min(words, key=len),
            max(w, key=ord),  # a str
            min(range(k, k + 9), key=lambda v: (v * 7) % 5),  # a range
            max(counts, key=counts.get),  # a dict, a bound method as key
            max(counts.items(), key=lambda kv: (kv[1], kv[0])),
            min(tuple(words[: k % 7 + 1]), key=str.upper if k % 2 else len),
            max((x * x % 17 for x in range(k + 1)), key=abs),  # a generator
            min(map(lambda v: v - k, range(5)), key=lambda v: v * v),
            max(enumerate(words), key=lambda iv: iv[1][-1]),
            max(zip(words, range(k, k + 8)), key=lambda p: p[1] % 3),
            max({3, 9, 1, k}, key=lambda v: -v),
            max(b"rumba", key=lambda c: c % 7),
        )
    )
for line in lines[::9]:
    print(line)

# NaN keys: comparisons with NaN are false, so the first stays.
vals = [1.0, float("nan"), 3.0, 2.0]
print([max(vals, key=lambda v: v) for _ in range(30)][-1], min(vals[1:], key=lambda v: v))
print(max([float("nan"), 1.0, 5.0], key=lambda v: v))

# key=None and default= and several positional arguments: the built-in.
t = 0
for k in range(50):
    t += max([k, 3, 8], key=None) + min([], key=len, default=k) + max(4, k, key=lambda v: -v)
print("builtin paths", t)


# Keys compared by dunder methods: max asks the new key `>`, min `<`.
class Key:
    calls = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls.append("lt")
        return self.v < other.v

    def __gt__(self, other):
        Key.calls.append("gt")
        return self.v > other.v


for k in range(25):
    Key.calls = []
    a = max([3, 1, 4, 1, 5], key=Key)
    b = min([3, 1, 4, 1, 5], key=Key)
print(a, b, Key.calls)


# A key that runs max itself, and a key with a side effect on a list.
def spread(xs):
    return max(xs, key=lambda v: v) - min(xs, key=lambda v: v)


print(max([[1, 9], [4, 5], [0, 20], [7, 7]], key=spread))
seen = []
print(max(range(6), key=lambda v: seen.append(v) or v % 4), seen)

# Errors: an empty iterable, a key that raises, keys that do not compare,
# an iterable that is not one, each caught in a hot loop.
msgs = []
for k in range(30):
    for call in (
        lambda: max([], key=len),
        lambda: min((), key=len),
        lambda: max([1, 2, 0, 3], key=lambda v: 6 // v),
        lambda: min([1, "a"], key=lambda v: v),
        lambda: max(5, key=abs),
        lambda: max([1, 2], key=5),
        lambda: max(iter([]), key=abs),
    ):
        try:
            call()
        except (ValueError, ZeroDivisionError, TypeError) as e:
            if k == 29:
                msgs.append(type(e).__name__ + ": " + str(e))
for m in msgs:
    print(m)


# A script's own max is not the built-in.
def shadowed():
    def max(xs, key=None):
        return "mine"

    return max([1, 2], key=abs)


print(shadowed(), math.floor(max([2.5, 1.5], key=lambda v: -v)))

# The last: a traceback through the key, as CPython prints it.
print(max(["a", "bb", ""], key=lambda s: 10 // len(s)))
