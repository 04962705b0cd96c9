d = {"one": 1, "two": 2}
print(d["one"], d.get("two"), d.get("three"), d.get("three", 3), len(d), "one" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
v = d.values()
it = d.items()
d["four"] = 4
print(k, v, it, len(k))
print(d.pop("two"), d.pop("nine", None), d.pop("nine", "dflt"), d)
print(d.setdefault("one", 100), d.setdefault("five", 5), d.setdefault("six"), d)
d.update({"one": 11, "seven": 7})
d.update([("eight", 8), ("one", 111)])
d.update(nine=9)
print(d)
del d["six"]
print(d, len(d))
for key in d:
    print(key, end=" ")
print()
for key, val in d.items():
    print(key + "=" + str(val), end=" ")
print()
print(sorted(d), sorted(d.values()), sorted(d.items())[:2])
e = dict(d)
e["one"] = 0
print(d["one"], e["one"], d == e, dict(a=1, b=2) == {"b": 2, "a": 1})
f = {}
f[(1, 2)] = "tuple"
f[None] = "none"
f[2.5] = "float"
f[-1] = "neg"
print(f, f[(1, 2)], f[None])
print(dict(zip(["x", "y"], [1, 2])), dict([("k", "v")]), dict({"a": 1}, b=2), {}.get(1))
print(list({"b": 1, "a": 2}), tuple({"z": 0}), {"a": 1}.copy())
