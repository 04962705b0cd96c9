# Sorting lists that hold nan: every comparison with nan is False, so where
# nan ends up is decided by the sort's own steps, as CPython's sort makes them.
nan = float("nan")
cases = [
    [3.0, nan, 1.0, 2.0],
    [nan, 2.0, 1.0],
    [2.0, 1.0, nan],
    [1.0, nan, 0.5, nan, 3.0, -1.0],
    [5, nan, 3, 1, nan, 2, 4],
    [nan, 1, nan, 0],
    [1.0, 2.0, nan, 0.5, 0.25],
]
for xs in cases:
    print(sorted(xs), sorted(xs, reverse=True))
    ys = xs[:]
    ys.sort(key=lambda v: -v)
    print(ys)

xs = [float(i % 7) for i in range(40)]
xs[5] = nan
xs[20] = nan
print(sorted(xs))

print(max([1.0, nan, 3.0]), min([nan, 1.0]), max([nan, 1.0]), min([1.0, nan, 0.5]))
