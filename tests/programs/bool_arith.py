t, f = True, False
print(t + t, t - f, t * 5, f * 5, t / 2, t // 2, t % 2, t ** 3, -t, +t, ~t, ~f)
print(t & f, t | f, t ^ t, t & 1, f | 2, t << 3, t >> 1, type(t & f), type(t & 1))
print(t == 1, f == 0, t is True, t == 1.0, t > f, f < 0.5, sum([t, t, f, t]), max(t, 0), min(f, t))
print(str(t), repr(f), int(t), float(f), bool(1), bool(0), bool("False"), bool([]))
print(t and "yes", f and "no", t or "x", f or "fallback", not t, not f, not not 5)
print([1, 2, 3][t], "ab"[f], {True: "one"}[1], {1: "int"}[True])
count = 0
for v in [3, -1, 0, 7, -2]:
    count += v > 0
print(count, type(count))
flags = [i % 3 == 0 for i in range(10)]
print(flags, sum(flags), flags.count(True), any(flags), all(flags))
print(True + 0.5, f"{t}", f"{t:d}", "%d %s" % (t, f), t * "x", f * "y" + "|")
print(isinstance(t, int), isinstance(1, bool), t in [1], 0 in [False], hash(t), abs(t), round(t))
