# Dict keys built at run time (concatenation, f-strings, slicing, str(),
# join, methods) find the entries stored under literal keys, and the reverse.
d = {"ab": 1, "key7": 2, "x-y": 3, "": 4, "hello world": 5, "AB": 6}
a = "a"
print(d[a + "b"], d["key" + str(7)], d[f"key{3 + 4}"], d["-".join(["x", "y"])], d["abc"[:0]], d["ab"[0:2]])
print(d["hello" + " " + "world"], d["HELLO WORLD".lower()], d["ab".upper()], d["xab"[1:]], d["ba"[::-1]])
print((a + "b") in d, f"key{8}" in d, "a" + "b" + "" in d, d.get("A" + "B"), d.get("a" + "c", "none"))

e = {}
e[a + "b"] = "built"
e["ab"] = "literal"
e["k" + "ey7"] = 1
e["key7"] += 1
print(e, len(e))
for i in range(300):
    k = "key" + str(i % 10)
    e[k] = e.get(k, 0) + i
print(e["key7"], e["key0"], len(e), list(e)[:4])
lit = 0
for i in range(300):
    if i % 3 == 0:
        lit += e["key" + str(i % 10)]
    else:
        lit += e[f"key{i % 10}"]
print(lit, e["key9"] == e["ke" + "y" + "9"])
parts = "alpha beta gamma alpha beta alpha".split()
c = {}
for p in parts:
    c[p] = c.get(p, 0) + 1
print(c, c["al" + "pha"], c["beta"[0:4]], c["".join(["g", "a", "m", "m", "a"])])
