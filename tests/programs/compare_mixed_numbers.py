# Comparisons of an int with a float, and of bools with both, in loops
# (the interpreter's shortcut) and as jumps, exactly as CPython decides.
nan = float("nan")
big = 2 ** 53 + 1
pairs = [
    (1, 1.0), (1.0, 1), (2, 2.5), (2.5, 2), (True, 1), (1.0, True), (False, 0.0),
    (True, 1.5), (0, -0.0), (-0.0, False), (big, float(big)), (float(big), big),
    (big, 2.0 ** 53), (-big, -(2.0 ** 53)), (nan, 1), (1, nan), (nan, True),
    (2 ** 63 - 1, 2.0 ** 63), (-(2 ** 63), -(2.0 ** 63)), (3, float("inf")),
    (float("-inf"), -(2 ** 62)),
]
rows = []
for a, b in pairs:
    rows.append((a == b, a != b, a < b, a <= b, a > b, a >= b))
for a, b in pairs:
    jumps = []
    if a == b:
        jumps.append("eq")
    if a != b:
        jumps.append("ne")
    if a < b:
        jumps.append("lt")
    if a <= b:
        jumps.append("le")
    if a > b:
        jumps.append("gt")
    if a >= b:
        jumps.append("ge")
    rows.append(tuple(jumps))
for r in rows:
    print(r)

# A hot loop where a float total meets int thresholds.
total = 0
hits = 0
for k in range(3000):
    total += 0.5 if k % 3 else 1
    if total == k // 2:
        hits += 1
    if total > 100 and total < 1000:
        hits += 2
    if total >= 2 ** 60 or total <= -1:
        hits += 100
print(total, hits)
lens = 0
for k in range(500):
    lens += len([k] * (k % 4)) + len("ab" * (k % 3)) + len({k: 1}) + len((k,)) + len({k, k + 1})
print(lens)
