# Comparisons of big ints with ints, floats and bools in hot loops.
def f(vals, probe):
    c = 0
    for v in vals:
        if v == probe:
            c += 1
        if probe == v:
            c += 10
        if v < probe:
            c += 100
        if probe >= v:
            c += 1000
        if v != 3:
            c += 10000
    return c

vals = [2 ** 70, 2.0 ** 70, 5, 2.5, -(2 ** 80), 2 ** 70 + 1, True, 1e30, 10 ** 30] * 20
for probe in [2 ** 70, 2.0 ** 70, 5, 10 ** 30, 1e30, -(2 ** 90), True]:
    print(f(vals, probe))
a, b = 1, 1
n = 2
lim = 10 ** 100
while b < lim:
    a, b = b, a + b
    n += 1
print(n)
