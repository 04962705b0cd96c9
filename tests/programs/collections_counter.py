from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), "z" in c)
print(c.most_common(2), c.most_common())
print(sorted(c.elements()))
print(list(Counter({"x": 2, "y": 0, "z": -1}).elements()))
c.update("aaz")
print(c)
c.update({"q": 5})
c.subtract({"a": 10})
print(c, c.total())
c["new"] += 3
del c["q"]
print(c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=5))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=1) | Counter(a=3, b=2), Counter(a=1, c=2) & Counter(a=3, b=2))
print(-Counter(a=-2, b=1), +Counter(a=-2, b=1))
print(Counter(), Counter([]), repr(Counter(x=1)))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=2) != Counter(a=1))
print(isinstance(c, Counter), isinstance(c, dict), type(c))
print(dict(Counter(a=2, b=1)), list(Counter("bca")), sorted(Counter("hello").items()))
print(Counter({1: "a", 2: 3}))
cc = Counter("aab").copy()
cc["b"] += 1
print(cc, type(cc))
print(max(wc, key=wc.get), wc.get("zzz"), wc.get("zzz", 0), list(wc.keys())[:2], sum(wc.values()))
print(wc.pop("cat"), wc.setdefault("dog", 7), wc)
counts = Counter()
for i in range(3000):
    counts[i % 7] += 1
    counts[i % 3] += 2
print(counts)
print(Counter(range(5)).most_common(0), Counter("ab").most_common(-1))
print(Counter(i % 4 for i in range(20)))
def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: Counter(1))
show(lambda: Counter([1], [2]))
show(lambda: Counter(a=1).most_common("x"))
show(lambda: Counter("ab") + 1)
