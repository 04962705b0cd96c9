import math
nan = float("nan")
vals = [1.0, -0.0, 0.0, nan, -1.0, float("inf")]
eq = lt = gt = ne = 0
negz = 0
for i in range(600):
    v = vals[i % 6]
    if v == 0.0:
        eq += 1
    if v < 0.0:
        lt += 1
    if v > 0.0:
        gt += 1
    if v != v:
        ne += 1
    if math.copysign(1.0, v) < 0:
        negz += 1
print(eq, lt, gt, ne, negz)
z = 0.0
for i in range(300):
    z = -z
print(z, math.copysign(1.0, z))
m = 5.0
for i in range(300):
    m = min(m, nan) if i % 2 else max(m, nan)
print(m)
acc = 0.0
for i in range(250):
    acc = acc * -1.0
print(acc, 0.0 * -1.0, -0.0 + 0.0)
