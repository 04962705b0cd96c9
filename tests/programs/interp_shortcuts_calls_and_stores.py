# The interpreter's shortcuts for isinstance, list.append, dict and
# attribute stores, set membership and int bit operations: each next to
# the cases that must take the general path.


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class Anything(metaclass=Meta):
    pass


class Base:
    pass


class Child(Base):
    pass


class MyList(list):
    def append(self, v):
        super().append(v * 10)


def kinds(values, classes):
    out = []
    for v in values:
        row = []
        for c in classes:
            row.append(isinstance(v, c))
        out.append(row)
    return out


values = [1, True, 2.5, "s", None, [1], (1,), {}, Child(), Base(), "yes", MyList()]
classes = [int, bool, float, str, object, list, tuple, dict, Base, Child, Anything, type(None)]
for row in kinds(values, classes):
    print("".join("1" if b else "." for b in row))
print(isinstance(3, (str, (float, int))))


def shadowed():
    # A global `isinstance` of the script's own, then the built-in again.
    global isinstance
    saved = isinstance
    isinstance = lambda a, b: "mine"
    got = [isinstance(i, int) for i in range(3)]
    isinstance = saved
    del isinstance
    return got, [isinstance(i, int) for i in range(3)]


print(shadowed())

# list.append: storage switches, a full buffer, a subclass's own append,
# and a site that meets a list and then an object with its own append.
xs = []
for i in range(40):
    xs.append(i if i % 7 else i / 2)
print(xs[:16], len(xs))
bools = []
for i in range(10):
    bools.append(i % 3 == 0)
bools.append(None)
print(bools)
m = MyList()
for i in range(5):
    m.append(i)
print(m)


class Sink:
    def __init__(self):
        self.got = []

    def append(self, v):
        self.got.append(-v)


targets = [[], Sink(), [], MyList()]
for t in targets:
    for i in range(3):
        t.append(i)
print(targets[0], targets[1].got, targets[2], targets[3])
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)

# dict stores over existing entries: int and str keys, keys equal across
# types (the first key stays), a str built at run time, stores while
# iterating (allowed: no size change), an unhashable key.
d = {True: "t", 2: "two", "ab": 0}
for k in [1, 2.0, "a" + "b", 2, 1.0]:
    d[k] = repr(k)
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
for w in counts:
    counts[w] = counts[w] * 100
print(counts)
try:
    d[[1]] = 3
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return other == self.n


d2 = {5: "int"}
d2[Key(5)] = "key"
print(d2)

# `in` a set: int and str keys, a float, a bool, an instance that says it
# is equal, an unhashable key.
s = {1, 2, "x", Key(7)}
print([k in s for k in [1, 1.0, True, "x", "y", 3, 7]])
fs = frozenset(range(0, 20, 3))
print(sum(1 for i in range(20) if i in fs), [i for i in range(10) if i not in fs])
try:
    [] in s
except TypeError as e:
    print("TypeError:", e)

# Bit operations on ints: shifts at and past 63 bits, negative counts, bools.
acc = []
for n in [0, 1, 62, 63, 64, 100]:
    acc.append((1 << n, -1 << n, (2**70) >> n, -12345 >> n, 12345 >> n))
print(acc)
for a, b in [(6, 3), (-6, 3), (True, False), (True, 2), (-1, 2**63)]:
    print(a & b, a | b, a ^ b)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
h = 0
for i in range(1000):
    h = ((h << 5) ^ (h >> 2) ^ i) & 0xFFFFFFFF
print(h)


# Attribute stores: a slot kept, a class that gains a property and then
# a __setattr__ after instances were stored into, __slots__.
class Point:
    def __init__(self, x):
        self.x = x


p = Point(0)
for i in range(5):
    p.x = i
print(p.x)


def show(self, v):
    print("setter", v)


Point.x = property(lambda self: "prop", show)
for i in range(2):
    p.x = i
print(p.x)
Point.x = 0
Point.__setattr__ = lambda self, name, v: print("setattr", name, v)
for i in range(2):
    p.x = i


class Slotted:
    __slots__ = ("a",)


o = Slotted()
for i in range(3):
    o.a = i
print(o.a)
try:
    o.b = 1
except AttributeError as e:
    print("AttributeError:", e)

# One method call site meeting receivers of several types, and built-in
# methods that raise.
outs = []
for x in ["ab", b"cd", bytearray(b"ef"), "gh", MyList()]:
    outs.append(x.count(x[:1]) if x else x.count(0))
print(outs)


def pop_all(d, keys):
    got = []
    for k in keys:
        try:
            got.append(d.pop(k))
        except KeyError as e:
            got.append(("missing", e.args))
    return got


print(pop_all({1: "a", 2: "b"}, [1, 3, 2, 1]))
print("-".join(str(i) for i in range(5)), ",".join(w.strip() for w in [" a ", "b "]))

# dict.get: present, absent, with and without a default, keys equal across
# types, a dict subclass's own get, and calls the method refuses.


class Defaulting(dict):
    def get(self, key, default="sub"):
        return super().get(key, default)


g = {1: "one", "k": "kay", True: "first key stays 1"}
got = []
for k in [1, "k", 2, True, 1.0, "x"]:
    got.append((g.get(k), g.get(k, "dflt")))
print(got, Defaulting(a=1).get("b"), Defaulting(a=1).get("a"))
for call in [lambda: g.get(), lambda: g.get(1, 2, 3), lambda: g.get([1]), lambda: g.get(default=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
tally = {}
for ch in "mississippi":
    tally[ch] = tally.get(ch, 0) + 1
print(tally)
