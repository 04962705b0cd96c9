# Complex arithmetic in hot loops: compiled code works on the parts as
# floats, with CPython's results for every mix of operand types, signed
# zeros, infinities, NaNs and abs() overflowing.
import math


def mandel(n):
    inside = 0
    for y in range(n):
        for x in range(n):
            c = complex(2.0 * x / n - 1.5, 2.0 * y / n - 1.0)
            z = 0j
            for _ in range(30):
                z = z * z + c
                if abs(z) > 2.0:
                    break
            else:
                inside += 1
    return inside


print(mandel(24))


def mixed(k):
    z = 1 + 2j
    w = 0.5 - 0.25j
    acc = 0j
    for i in range(k):
        acc = acc + z * w - i
        acc += 0.5 * z
        acc *= 1
        acc = 2 * acc - acc * 1.0
        acc = acc - w + (i % 3)
        if i % 40 == 39:
            print(i, acc, abs(acc))
    return acc


print(mixed(120))


def signs():
    out = []
    cases = [complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0)]
    for i in range(60):
        a = cases[i % 3]
        b = cases[(i + 1) % 3]
        s = a + b
        d = a - b
        p = a * b
        q = a + 0.0
        r = -0.0 + a
        t = a * -1
        if i >= 57:
            for v in (s, d, p, q, r, t):
                out.append((math.copysign(1, v.real), math.copysign(1, v.imag)))
    return out


print(signs())


def specials():
    inf, nan = float("inf"), float("nan")
    vals = [complex(inf, 1), complex(1, inf), complex(nan, 2), complex(2, -inf), complex(1e308, 1e308)]
    seen = []
    for i in range(50):
        z = vals[i % len(vals)]
        try:
            m = abs(z)
        except OverflowError as e:
            m = str(e)
        p = z * z
        s = z + z
        if i >= 45:
            seen.append((repr(m), repr(p), repr(s)))
    return seen


for row in specials():
    print(row)


def growth(scale):
    z = complex(1e300, 1e300)
    total = 0.0
    for i in range(2000):
        z = z * scale
        try:
            total += abs(z) / 1e300
        except OverflowError as e:
            return i, z, e, total
    return None


print(growth(1.1))
print(growth(1.01 + 0j))


# A NaN part keeps the sign CPython's complex arithmetic gives it (the
# first NaN operand's), read through .real and .imag in the loop.
from math import copysign

p = float("nan")
n = -p


def signs(z):
    return (int(copysign(1, z.real)), int(copysign(1, z.imag)))


zs = [complex(p, n), complex(n, p), complex(1.0, n), complex(n, 2.0), 1 + 1j]
out = []
for i in range(80):
    a = zs[i % 5]
    b = zs[(i * 3 + 1) % 5]
    out.append(signs(a * b) + signs(a + b) + signs(a - b) + signs(a * 2.0) + signs(n + a) + signs(a * a + b))
print(out[-5:], len(set(out)))
parts = 0.0
for i in range(100):
    z = complex(i, -i) * (0.5 + 2j)
    parts += z.real - z.imag
print(parts)
