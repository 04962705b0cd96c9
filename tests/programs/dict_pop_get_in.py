# pop with and without defaults, get, `in` and `not in` on keys of several
# kinds, in loops.
d = {"a": 1, 2: "two", 3.5: None, (1,): [1], True: "t"}
print(d.pop("a"), d.pop("a", "gone"), d.pop("zz", None), d.pop(2.0), d.pop(1, "x"), d)
print(d.get(3.5), d.get(3.5, 0), d.get("q"), d.get("q", 0), 3.5 in d, (1,) in d, (1.0,) in d, "a" not in d)
inv = {}
for i in range(300):
    inv[i] = i * i
removed = 0
for i in range(0, 400, 3):
    v = inv.pop(i, -1)
    if v >= 0:
        removed += v
print(removed, len(inv), 3 in inv, 4 in inv, 299 in inv, 300 in inv)
miss = 0
for i in range(400):
    if i not in inv:
        miss += 1
    if inv.get(i) is None:
        miss += 1000
print(miss)
stock = {"apple": 3, "pear": 0}
order = ["apple", "fig", "pear", "apple", "apple", "apple"]
out = []
for item in order:
    n = stock.get(item, 0)
    if n:
        stock[item] = n - 1
        out.append(item)
    else:
        out.append(stock.pop(item, "none") if item in stock else "no " + item)
print(out, stock)
