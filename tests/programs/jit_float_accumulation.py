s = 0.0
for i in range(1000):
    s += 0.1
print(s)
p = 1.0
for i in range(1, 200):
    p *= 1.0 + 1.0 / i
print(p)
t = 0.0
for i in range(1, 1000):
    t += 1.0 / (i * i)
print(t)
