nan = float("nan")
vals = [1.0, nan, -0.0, 0.0, float("inf"), -1.0]
counts = [0, 0, 0, 0]
for k in range(300):
    v = vals[k % 6]
    if v < 0.5:
        counts[0] += 1
    if v == 0.0:
        counts[1] += 1
    if v != v:
        counts[2] += 1
    if v >= 0.0:
        counts[3] += 1
print(counts)
s = 0.0
for k in range(300):
    s = s + (-0.0 if k % 2 else 0.0)
print(s, -0.0 * 5, 0.0 * -1)
