s = 0
for i in range(500):
    f = i * 1.7
    s += int(f) - round(f) + int(-f)
print(s)
t = 0.0
for i in range(400):
    t += float(i) / 3 + float(str(i % 10))
print(t)
r = []
for i in range(300):
    v = round(i / 8, 1)
    if i % 37 == 0:
        r.append(v)
print(r)
