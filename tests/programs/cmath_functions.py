# cmath: each function on a grid of finite arguments (CPython's steps, so
# its results to the last bit), the large-argument branches, errors, and
# the code people write with it (an FFT, a quadratic's complex roots).
import cmath
import math

grid = [complex(x / 4, y / 4) for x in range(-9, 10, 3) for y in range(-9, 10, 4)]
grid += [0.5, -2, 1, 1j, -1j, complex(1, 1e-200), complex(1e-310, 0), complex(0.9, 0.3)]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar"]:
    f = getattr(cmath, name)
    out = []
    for z in grid:
        try:
            out.append(f(z))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out[::5])
    print(name, "all:", len(out), sum(1 for r in out if isinstance(r, str)), repr(out[-1]))

for z in [complex(1e308, 1e308), complex(-1e308, 2), complex(3, -1e308), complex(-2e154, 1)]:
    print([repr(getattr(cmath, n)(z)) for n in ["asin", "acos", "atan", "asinh", "acosh", "atanh", "log"]])

print(cmath.rect(2, 0.5), cmath.rect(3, 0), cmath.log(8, 2), cmath.log(1j, 1 + 1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1j, 1.05j, abs_tol=0.1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj))
for bad in ["x", None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.atanh(1), lambda: cmath.cosh(800)]:
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


def fft(xs):
    n = len(xs)
    if n == 1:
        return xs
    even, odd = fft(xs[0::2]), fft(xs[1::2])
    tw = [cmath.exp(-2j * cmath.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + tw[k] for k in range(n // 2)] + [even[k] - tw[k] for k in range(n // 2)]


spectrum = fft([math.sin(2 * math.pi * 3 * t / 64) + 0.5 * math.cos(2 * math.pi * 7 * t / 64) for t in range(64)])
print([round(abs(c), 6) for c in spectrum[:10]])
print(max(range(32), key=lambda k: abs(spectrum[k])))


def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, 2, 5), roots(1, -3, 2), roots(2, 0, 8))
