d = {}
for c in "zebra":
    d[c] = ord(c)
print(d, list(d))
d["z"] = 0
print(list(d))
del d["z"]
d["z"] = 1
print(list(d))
d.pop("e")
d["e"] = 2
print(list(d), list(d.values()))
d.update({"b": 9, "new": 10})
print(d)
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), list(d2.items()))
d3 = {}
for i in range(10, 0, -1):
    d3[i % 4] = i
print(d3)
d4 = {"x": 1, "y": 2}
d4 = {k: v for k, v in reversed(list(d4.items()))}
print(d4, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
words = "one two three two one four".split()
first = {}
for i, w in enumerate(words):
    first.setdefault(w, i)
print(first)
last = {}
for i, w in enumerate(words):
    last[w] = i
print(last)
