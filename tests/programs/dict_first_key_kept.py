d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, type(list(d)[0]))
d = {1.0: "a"}
d[1] = "b"
print(d)
d = {True: "t"}
d[1] = 1
d[1.0] = 1.0
print(d, d[1], d[True], d[1.0])
d = {0: "zero", False: "false", 0.0: "zerof"}
print(d, len(d))
m = {1: "x", 2: "y"}
print(m.get(True), m.get(2.0), True in m, 2.0 in m, 3.0 in m)
m.pop(1.0)
print(m)
counts = {}
for k in [1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
keys = {(1, 2): "tup"}
print(keys[(1.0, 2.0)], keys[(True, 2)], (1, 2) in keys)
u = {}
u.update({1.0: "a"})
u.update({1: "b", True: "c"})
print(u)
print(dict([(1, "a"), (1.0, "b"), (True, "c")]), {k: k for k in [1, 1.0, True]})
s = {"a": 1}
s.setdefault("a", 2)
print(s, s.setdefault("b", 3), s)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
