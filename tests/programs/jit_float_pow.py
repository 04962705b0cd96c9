# `**` of floats in compiled code calls the C library's pow directly, as
# CPython does; a base at or below zero, a NaN, an infinite or overflowing
# result go back to the interpreter, which gives CPython's answer or error.

def powers(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            out.append(x ** y)
    return out


pos = [0.5, 2.0, 1.0, 139.44117809385492, 1e-30, float("inf")]
exps = [0.5, 2, 2.0, -1.5, 3, 100.0, float("inf"), float("-inf"), float("nan"), 0, -0.0, 0.25]
for _ in range(3):
    r = powers(pos, exps)
print(r)

# d2 ** 0.5 and x ** 2 in a hot loop (nbody's shapes).
t = 0.0
for i in range(1, 3000):
    d2 = i * 0.37
    t += d2 ** 0.5 + (d2 / 7.0) ** 2 - d2 ** -1.5
print(t)


def risky(xs, y):
    out = []
    for x in xs:
        try:
            out.append(x ** y)
        except (ZeroDivisionError, OverflowError, NotImplementedError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


edge = [0.0, -0.0, -2.0, 2.0, 1e300, float("nan"), float("-inf"), 3.0] * 10
for y in [0.5, -1.0, 2.0, 3.0, 1e5]:
    print(risky(edge, y)[:8])
