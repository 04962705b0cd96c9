# A built-in type's method called through the type (`str.upper(w)`, `dict.pop(d, k)`,
# or held: `up = str.upper`), compiled as the receiver's own method call once
# its kind is guarded: results whose type changes after recording (the
# interpreter's redo takes the outcome, not a second pop), receivers of
# another type (the descriptor's TypeError), in loops hot enough to compile.
words = ["alpha", "beta", "Gamma", "delta"] * 5
out = []
up = str.upper
acc = 0
for i in range(60):
    for w in words:
        acc += len(str.upper(w)) + str.count(w, "a") + len(up(w))
        acc += str.startswith(w, "a") + len(str.split(w + " x"))
    xs = [3, 1, 2]
    list.append(xs, i)
    list.sort(xs)
    acc += list.index(xs, i) + len(dict.keys({"a": 1})) + tuple.count((1, 2, 1), 1)
    d = {}
    dict.__setitem__(d, "k", i) if i % 7 == 0 else dict.setdefault(d, "k", i)
    acc += d["k"]
    if i == 50:
        words.append(7)
        try:
            str.upper(words[-1])
        except TypeError as e:
            print(e)
        words.pop()
print(acc, xs)
print([str.upper(w) for w in ["x", "y"] * 20][-2:], [list.pop(v) for k in range(20) for v in ([k], [k, k + 1])][-2:])
try:
    print([str.upper(v) for v in ["a"] * 30 + [b"b"]])
except TypeError as e:
    print(e)

log = []
ds = [{"k": i if i < 120 else str(i), "j": 1} for i in range(200)]
ls = [[i, i + 1] if i < 170 else [i, "a"] for i in range(200)]
for i in range(200):
    d = ds[i]
    v = dict.pop(d, "k")
    w = dict.setdefault(d, "m", 5)
    log.append((v, w, len(d)))
    xs = ls[i]
    u = list.pop(xs)
    log.append(u)
print(log[-6:], len(log), ds[-1], ls[-1])
print(sum(1 for x in log if isinstance(x, tuple) and isinstance(x[0], str)))

# One call site meeting several types, and the descriptor's errors from
# a site whose cache holds the method.
seen = []
for T, v in [(str, "ab"), (bytes, b"cd"), (list, [3, 1])] * 20:
    seen.append(T.copy(v) if T is list else T.upper(v))
print(seen[-3:])
for k in range(30):
    try:
        out = str.upper("x" if k < 25 else b"y")
    except TypeError as e:
        out = str(e)
print(out)
try:
    str.upper()
except TypeError as e:
    print(e)
