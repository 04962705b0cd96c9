import math
vals = [2, 3, 5, 7, 10, 0.1, 1e-10, 123456.789, 2.0 ** 60, 1e300, 0.5, 1.0, 0.0]
for v in vals:
    a = v ** 0.5
    b = math.sqrt(v)
    c = pow(v, 0.5)
    d = math.pow(v, 0.5)
    print(v, a, b, c, d, a == b)
print(math.sqrt(2) * math.sqrt(2), 2 ** 0.5 * 2 ** 0.5, math.sqrt(16), math.sqrt(1e-300), math.sqrt(1e300))
print([math.sqrt(i) for i in range(10)])
print([i ** 0.5 for i in range(10)])
print([round(i ** (1 / 3), 12) for i in (8, 27, 64, 1000)])
print(2 ** 0.5 - math.sqrt(2), math.hypot(1, 1), math.hypot(1, 1) == math.sqrt(2))
