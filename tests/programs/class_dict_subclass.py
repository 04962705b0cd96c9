# Script classes that subclass dict: items through the dict inside, __missing__, __setattr__ stores as items, | and |=, copy, json, ** unpacking, unhashable; a mapping class with keys() and [] unpacks with ** too.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

a = AttrDict(x=1, y=2)
a.z = 3
print(a, a.x, a["z"], len(a), sorted(a), "x" in a, isinstance(a, dict), type(a).__name__)

class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default({"a": 1})
print(d["a"], d["bb"], d.get("bb"), d, d == {"a": 1}, {"a": 1} == d, d != {"a": 2})

class Counting(dict):
    def __init__(self, words):
        self.total = 0
        for w in words:
            self[w] = self.get(w, 0) + 1
            self.total += 1
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
c = Counting("abracadabra".split("r"))
print(c, c.total, list(c.items()), list(c.keys()), list(c.values()))
print(c.copy(), type(c.copy()).__name__, type(c | {"z": 1}).__name__, {"q": 0} | c)
c |= {"new": 5}
print(c, type(c).__name__, list(reversed(c)), c.pop("new"), c.setdefault("s", 9), c.popitem())
import json, copy
print(json.dumps(a, sort_keys=True), dict(a), {**a, "w": 0}, list(a.items()))
def f(**kw): return sorted(kw.items())
print(f(**a))
b = copy.copy(a)
print(b, type(b).__name__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class Plain(dict): pass
p = Plain()
p["k"] = [1]
print(p, repr(p), str(p), bool(p), bool(Plain()), Plain(zip("ab", "cd")), Plain([("x", 1)], y=2))
for k in p:
    print(k, p[k])
try:
    p["missing"]
except KeyError as e:
    print("KeyError:", e)
del p["k"]
print(p, len(p))
class Mapping:
    def __init__(self, data):
        self._data = data
    def keys(self):
        return list(self._data)
    def __getitem__(self, k):
        return self._data[k] * 10
m = Mapping({"p": 1, "q": 2})
print({**m}, f(**m), dict({"r": 0}, **m))
from collections import Counter, OrderedDict
print({**Counter("aab")}, f(**OrderedDict(b=2, a=1)))
class Tally(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
t = Tally()
for i in range(2000):
    t.add(i % 7)
print(sorted(t.items()), sum(t.values()))
