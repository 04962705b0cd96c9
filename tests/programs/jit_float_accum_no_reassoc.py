s = 0.0
c = 0.0
naive = 0.0
for i in range(1000):
    x = 0.1 + i * 1e-9
    naive += x
    y = x - c
    t = s + y
    c = (t - s) - y
    s = t
print(naive, s, c)
a = 0.0
for i in range(500):
    a = a + 1e16
    a = a + 1.0
    a = a - 1e16
print(a)
p = 0.0
for i in range(300):
    p += 0.1 * 3 - 0.3
print(p)
f = 0.0
for i in range(400):
    f = f * 0.5 + 0.1 * 10 - 1.0
print(f)
