a, b = 0, 1
for i in range(90):
    a, b = b, a + b
print(a, b)
x, y = 1.0, 0.0
for i in range(1000):
    x, y = x * 0.99 - y * 0.01, y * 0.99 + x * 0.01
print(round(x, 12), round(y, 12))
