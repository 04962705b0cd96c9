# Iteration order: a key deleted and added again goes to the end; updating
# a present key keeps its place; pop, setdefault and update follow the same
# rules.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
d["b"] = 20
print(d, list(d), list(d.values()))
d["a"] = 10
print(d)
d.pop("c")
d.setdefault("c", 30)
d.setdefault("a", 99)
print(d)
d.update({"d": 40, "e": 5})
d.update([("f", 6), ("a", 11)])
print(d)
for k in ["a", "c", "e"]:
    del d[k]
print(d, len(d))
for k in ["e", "a", "c"]:
    d[k] = k.upper()
print(d)
n = {}
for i in range(10):
    n[i] = i
for i in range(0, 10, 2):
    del n[i]
for i in range(0, 10, 4):
    n[i] = -i
print(n, list(n.keys()))
k = {1: "x", 2: "y"}
v = k.pop(1)
k[1.0] = v
print(k)
