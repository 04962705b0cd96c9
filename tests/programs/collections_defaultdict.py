from collections import defaultdict, OrderedDict

d = defaultdict(int)
for w in "a b a c b a".split():
    d[w] += 1
print(d, d["zz"], len(d), d.get("nope"), "nope" in d)
g = defaultdict(list)
for i in range(10):
    g[i % 3].append(i)
print(g, dict(g), g.default_factory)
s = defaultdict(lambda: "x")
print(s[1], list(s.items()))
n = defaultdict(None, {1: 2})
print(n, repr(defaultdict()))
print(defaultdict(int, {1: 2}, x=3), defaultdict(int, [(1, 2)]))
print(isinstance(d, dict), isinstance(d, defaultdict), type(d))
c = d.copy()
c["new"] += 5
print(c, d == {"a": 3, "b": 2, "c": 1, "zz": 0}, c == d)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
graph = defaultdict(set) if False else defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].append(b)
    graph[b].append(a)
print(sorted(graph.items()))
del d["zz"]
print(d.pop("c"), d.setdefault("q", 9), sorted(d), list(d.values()), d.keys())
for k in d:
    print(k, end=" ")
print()
freq = defaultdict(int)
for i in range(5000):
    freq[i % 13] += i
print(sum(freq.values()), freq[12])
d.default_factory = str
print(repr(d["new"]))

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), list(o.keys()))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([(1, 2)]), OrderedDict(a=1))
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(b=2, a=1), x == OrderedDict(a=1, b=2), isinstance(x, dict))
print(x.copy(), type(x.copy()))

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: defaultdict(5))
show(lambda: defaultdict(None)[1])
show(lambda: OrderedDict(1))
show(lambda: OrderedDict().popitem())
show(lambda: OrderedDict().move_to_end(1))
