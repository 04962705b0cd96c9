# Slice assignment that brings in items of another kind, grows or shrinks
# the list, or uses a step.
xs = list(range(10))
xs[2:4] = [2.5, 3.5]
print(xs)
xs[5:5] = ["in"]
print(xs, len(xs))
xs[:] = [True, False]
print(xs)
xs[1:] = [1, 2.0, None]
print(xs)

fs = [0.5 * i for i in range(10)]
fs[::2] = [0, 1, 2, 3, 4]
print(fs)
fs[1::2] = [True] * 5
print(fs, fs.count(True), fs.count(1))

bs = [False] * 8
bs[2:6] = [1, 2]
print(bs, len(bs))
bs[-2:] = (0.0,)
print(bs)

grid = list(range(300))
for start in range(0, 300, 30):
    grid[start:start + 3] = [start / 2, str(start), start]
print(len(grid), grid[:4], grid[30:34], grid[-5:])

ys = [1, 2, 3, 4, 5, 6]
ys[4:1:-1] = [40.0, 30.0, 20.0]
print(ys)
del ys[::2]
print(ys)
ys[len(ys):] = [7]
print(ys)

zs = [1.5, 2.5]
zs[0:2] = []
print(zs, zs == [])
zs[0:0] = [False, 1, 2.0]
print(zs)
