def add(a, b):
    return a + b
r = []
for i in range(300):
    r.append(add(i, 1))
print(r[-1])
for i in range(300):
    x = add(i * 0.5, 0.25)
print(x)
s = ""
for i in range(300):
    s = add(s, "ab"[i % 2])
print(len(s), s[:10])
l = []
for i in range(100):
    l = add(l, [i])
print(len(l), l[-3:])
