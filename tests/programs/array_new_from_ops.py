# An array made by `*`, `+` or slicing another has items of its own: a
# change to either leaves the other as it was.
from array import array

a = array('d', [1.5, 2.5])
b = a * 1
c = a[:]
d = a + a
e = a * 3
f = a[::-1]
b[0] = 9.0
c[1] = 8.0
d[0] = 7.0
e[5] = 6.0
f[0] = 5.0
print(a, b, c, d, e, f, sep="\n")
a[0] = -1.0
print(a, b, c, sep="\n")

i = array('i', range(6))
j = i[1:4]
j.append(100)
k = i * 2
k[0] = 42
i *= 2
i[1] = -7
print(i, j, k, sep="\n")
print(array('b', [1, 2]) * 0, array('q', []) * 5, array('f', [0.5]) + array('f', [0.25]))

grid = array('d', [0]) * 50000
grid[49999] = 3.0
copy = grid[:]
copy[0] = 1.0
print(len(grid), grid[0], grid[49999], copy[0], copy[-1], sum(grid), sum(copy))
try:
    array('d', [1.0]) + array('i', [1])
except TypeError as err:
    print("TypeError:", err)
