s = set()
for k in [5, 13, 21, 3, 100, 8]:
    s.add(k)
print(s, len(s), 5 in s, 6 in s, 6 not in s)
t = {1, 2, 3, 4}
print(t | s, t & s, t - s, s - t, t ^ s, s ^ t)
print(set("hello"), frozenset("abc"), set(), frozenset(), set([]), frozenset(()))
print(sorted(s), sum(s), min(s), max(s), sorted(t, reverse=True))
d = {"x": 1, "y": 2, "z": 3}
print(set(d), set(d.items()), set(d.values()), set(d.keys()))
u = {frozenset([1, 2]), frozenset([3])}
print(u, frozenset([1, 2]) in u, {1, 2} in u, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2})
print({1, 2} > {1}, {1, 2} >= {3}, {1} != {1}, set() == frozenset(), {1} == [1])
s.discard(5)
s.remove(13)
s.discard(999)
print(s.pop(), s)
a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4}
a -= {2}
a ^= {9, 1}
print(a, b, a is b)
print(t.union([7, 8], (9,)), t.intersection(range(3)), t.difference([1], [2]), t.symmetric_difference([3, 30]))
print(t.union(), t.intersection(), t.difference(), t.intersection({1, 2}, [2, 9]))
print(t.issubset(range(10)), t.issuperset([1, 2]), t.isdisjoint([9]), t.isdisjoint({4}))
c = {1, 2}
c.update([3], {4}, "5")
c.intersection_update([1, 2, 3, 4, "5", 6])
c.difference_update([1], (2,))
c.symmetric_difference_update({3, 10})
print(c, c.copy(), c.copy() is c)
f = frozenset([3, 1])
print(f.copy() is f, frozenset(f) is f, f.union([2]), f | {9}, {9} | f, type(f | {9}), type({9} | f))
g = f
f |= {2}
print(f, g, f is g)
print(hash(frozenset([1, 2])), hash(frozenset()), hash(frozenset("ab")) == hash(frozenset("ba")))
for x in {"apple", "banana", "cherry"}:
    print(x)
print(type(s), type(f), isinstance(s, set), isinstance(f, frozenset), isinstance(f, set), set.__name__)
print(bool(set()), bool({0}), len(frozenset(range(100))))
print(list(enumerate({"b", "a"})), [x * 2 for x in {3, 1, 2}], tuple({7, 6}), sorted({-1, 1}, key=abs))
print({x % 5 for x in range(20)}, {c for c in "mississippi"}, {(i, i * i) for i in range(4)})
print({i: i for i in {2, 1}}, any({0, 1}), all({0, 1}), " ".join({"x", "y", "z"}))
print(repr({1.5, -0.5}), str({False, True}), f"{ {1, 2} }", "%s" % {3})
m = {1, 2, 3}
m.clear()
print(m, len(m))
