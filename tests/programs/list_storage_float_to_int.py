# A float list given an int: 1 and 1.0 are different values.
xs = [1.0, 2.0]
xs[0] = 1
print(xs, [type(x) for x in xs], xs == [1.0, 2.0])

vals = [0.5] * 300
for i in range(300):
    if i % 60 == 0:
        vals[i] = i
    else:
        vals[i] = vals[i - 1] * 1.01
print(vals[:2], vals[60], vals[61] > 0, round(sum(vals), 6))
print([v for v in vals if type(v) == int])

grid = [float(i) for i in range(5)]
grid.append(5)
grid += [6]
print(grid, grid[-1] == 6.0, str(grid[-2]), str(grid[-3]))
grid[2] = True
print(grid, grid.count(1), grid.count(2.0))
