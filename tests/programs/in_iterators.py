# `in` over iterators takes their items until one is equal, as CPython's.
ns = [1, 2, 3, 4, 5]
it = iter(ns)
print(3 in it, list(it), 9 in iter(ns), 'b' in iter("abc"), (1, 'x') in enumerate("yx"), (2, 'b') in zip(ns, "ab"))
print(4 in iter(range(10)), 4 in reversed(ns), 3 in map(abs, [-3]), 2 in filter(None, [0, 2]))
d = {"k": 1, "j": 2}
keys = iter(d)
print("j" in keys, list(keys), 2 in iter(d.values()), ("k", 1) in iter(d.items()))
hits = 0
for i in range(300):
    hits += (i % 7) in iter(ns)
print(hits)
