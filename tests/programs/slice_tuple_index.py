# An index with slices among other items (`m[1:3, 0]`, `m[:, ::2]`) passes a
# tuple of slice objects, as NumPy-style containers expect.


class Grid:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, key):
        r, c = key
        rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
        return [row[c] for row in rows]

    def __setitem__(self, key, value):
        r, c = key
        for row in self.rows[r]:
            row[c] = value

    def __delitem__(self, key):
        print("del", key)


g = Grid([[i * 4 + j for j in range(4)] for i in range(4)])
print(g[1:3, 0], g[:, ::2], g[2, 1:], g[::-1, -1])
g[1:, 3] = 0
print(g.rows)
del g[::2, 1:2]


class Echo:
    def __getitem__(self, key):
        return key


e = Echo()
print(e[1:2, 3], e[:, :], e[::2, ..., 1:], e[(1, 2):3, "a"])
print(e[1:2, 3] == (slice(1, 2), 3), e[0:1, 0:1][0].indices(10))
try:
    hash(e[1:2, 0])
except TypeError as err:
    print("TypeError:", err)
try:
    [1, 2, 3][0:1, 1]
except TypeError as err:
    print("TypeError:", err)


def column_sums(grid, n):
    total = 0
    for k in range(n):
        col = grid[:, k % 4]
        total += sum(col)
    return total


print(column_sums(g, 200))


def keys(n):
    out = 0
    for i in range(n):
        k = e[i : i + 2, 1]
        out += k[0].stop - k[1]
    return out


print(keys(300))
