a, b = 0, 1
for i in range(90):
    a, b = b, a + b
print(a, b)
x, y = 1.0, 0.0
for i in range(400):
    x, y = x * 0.8 - y * 0.6, x * 0.6 + y * 0.8
print(round(x, 9), round(y, 9))
p, q, r = 1, 2, 3
for i in range(301):
    p, q, r = q, r, p
print(p, q, r)
lo, hi = 0, 1000
while hi - lo > 1:
    mid = (lo + hi) // 2
    if mid * mid > 500000:
        hi = mid
    else:
        lo = mid
print(lo, hi)
