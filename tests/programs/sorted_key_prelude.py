# sorted(xs, key=f), which the interpreter and compiled code both run as
# the prelude's sorted_key (the keys computed by a Python loop, then the
# native sort by them): stability, every kind of iterable, keys that
# raise, do not compare or compare by __lt__, NaN keys, long inputs that
# merge, a key that changes the input, and the calls that stay with the
# built-in (reverse=, key=None), in loops hot enough to be compiled.
rows = [(i * 37 % 101, "n%d" % (i * 13 % 17), i) for i in range(120)]
acc = 0
for k in range(60):
    top = sorted(rows, key=lambda r: (r[0] - k) % 101)[:3]
    acc += top[0][2] * 7 + top[-1][2]
    acc += sorted(rows[: k % 40], key=lambda r: r[1])[0][2] if k % 40 else 0
print("acc", acc)

words = ["pear", "Fig", "apple", "kiwi", "Date", "fig", "banana", "date"]
d = {w: len(w) for w in words}
out = []
for k in range(30):
    out.append(
        (
            sorted(words, key=str.lower),  # ties keep their order
            sorted(words, key=len),
            sorted(d, key=d.get),
            sorted(d.items(), key=lambda kv: -kv[1]),
            sorted("Rumba JIT", key=str.isupper),
            sorted({5, 1, 9, k}, key=lambda v: (v * 7) % 10),
            sorted((x * 3 % 11 for x in range(k % 9)), key=lambda v: -v),
            sorted(range(k % 5, 12), key=lambda v: v % 3),
            sorted([], key=len),
            sorted(words, key=None),
            sorted(words, key=len, reverse=True),
        )
    )
for line in out[::10]:
    print(line)

# NaN keys: `<` with NaN is false, so the order is the sort's, not a total
# order: the same comparisons as the built-in.
vals = [3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]
print([sorted(vals, key=lambda v: v) for _ in range(20)][-1])


class Rank:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


print([sorted([4, 1, 3, 2] * 3, key=Rank) for _ in range(20)][-1])

# A long input: the merge of runs, and mixed keys that fail mid-way.
big = [(i * 7919) % 1000 for i in range(500)]
print(sorted(big, key=lambda v: -v)[:10], sorted(big, key=lambda v: v % 10)[:12])

# The key changes the list it sorts: sorted works on a copy.
src = [3, 1, 2]
print(sorted(src, key=lambda v: src.append(v) or v), len(src))

msgs = []
for k in range(30):
    for call in (
        lambda: sorted([1, "a", 2], key=lambda v: v),
        lambda: sorted([1, 2, 0], key=lambda v: 6 // v),
        lambda: sorted(5, key=abs),
        lambda: sorted([1, 2], key=5),
        lambda: sorted([[1], (1,)], key=lambda v: v),
    ):
        try:
            call()
        except (TypeError, ZeroDivisionError) as e:
            if k == 29:
                msgs.append(type(e).__name__ + ": " + str(e))
for m in msgs:
    print(m)

# The last: a traceback through the key, as CPython prints it.
print(sorted(["a", "bb", ""], key=lambda s: 10 // len(s)))
