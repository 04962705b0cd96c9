# repr and str of float lists: shortest round-trip digits, exponents from
# 1e16 up and below 1e-4, signed zero, inf and nan.
inf = float("inf")
nan = float("nan")
xs = [1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.1, 0.1 + 0.2, -0.0, 0.0, inf, -inf, nan, 5e-324, 1.7976931348623157e308, 2.0 ** 53, 1 / 3, -2.5e-10, 100.0]
print(xs)
print(str(xs) == repr(xs), len(str(xs)))
for x in xs:
    print(x, [x], (x,), {x: x} if x == x else "nan")
grown = []
v = 1.0
for i in range(40):
    grown.append(v)
    v *= 10.0
print(grown[14:18], grown[-1])
small = [1.0 / 2.0 ** i for i in range(0, 1100, 100)]
print(small)
print([-x for x in [0.0, 1e16, inf, 1e-5]], [x * 0 for x in [1.0, -1.0]])
