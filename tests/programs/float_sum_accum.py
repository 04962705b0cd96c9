print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([0.1] * 10) == 0.9999999999999999)
t = 0.0
for i in range(10):
    t += 0.1
print(t)
print((0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3), 0.1 + 0.2 + 0.3)
print(1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0, sum([1e16, 1.0, -1e16]), sum([1.0, 1e16, -1e16]))
print(sum([1, 2, 3], 0.0), sum([0.5, 0.25], 1), sum([], 0.0), sum([1.5]), sum(range(5), -1.5))
vals = [1.0 / (i + 1) for i in range(50)]
s = 0.0
for v in vals:
    s += v
print(s, sum(vals), s == sum(vals))
r = 0.0
for v in reversed(vals):
    r += v
print(r, r == s)
x = 0.1
y = 10.0
print(x * y - 1.0, 0.1 * 10 - 1.0, x * 3 - 0.3, 3 * 0.1)
a = 1.0
for i in range(60):
    a = a * 1.1
print(a)
m = 1.0
for i in range(1, 21):
    m = m * i / (i + 0.5)
print(m)
