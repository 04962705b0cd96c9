n = 500
a = [0] * n
for i in range(n):
    a[i] = i * i % 97
for i in range(n - 1, 0, -1):
    a[i] = a[i] - a[i - 1]
print(sum(a), a[:10], a[-5:])
b = []
for i in range(400):
    b.append(i % 13)
    if len(b) > 3:
        b[-2] += b[-1]
print(len(b), b[:8], b[-4:])
c = [0.0] * 10
for i in range(600):
    c[i % 10] += 0.1
print(c)
