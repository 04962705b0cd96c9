# `c[i] = v` on instances whose class defines `__setitem__`: the JIT
# follows the method as part of the store (its store is the last thing
# it does), and exits before that store redo the whole `c[i] = v`.
from array import array


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.data = array('d', [0.0]) * (w * h)

    def _idx(self, x, y):
        if 0 <= x < self.w and 0 <= y < self.h:
            return y * self.w + x
        raise IndexError("grid index out of range")

    def __getitem__(self, at):
        (x, y) = at
        return self.data[self._idx(x, y)]

    def __setitem__(self, at, v):
        (x, y) = at
        self.data[self._idx(x, y)] = v


g = Grid(12, 12)
for y in range(12):
    for x in range(12):
        g[x, y] = float(x * y % 7)
for p in range(20):
    for y in range(1, 11):
        for x in range(1, 11):
            g[x, y] = (g[x, y - 1] + g[x, y + 1] + g[x - 1, y] + g[x + 1, y]) * 0.25
print(round(g[5, 5], 9), round(g[10, 1], 9))

# An index out of range on some iterations: the method raises before its
# store, the trace exits and the interpreter runs the store and raises.
missed = 0
for k in range(300):
    try:
        g[k % 15, 3] = k * 0.5
    except IndexError as e:
        missed += 1
print(missed, g[11, 3], g[0, 3])


class Rows:
    """Rows of lists, indexed by a pair or by a row number."""

    def __init__(self, n):
        self.rows = [[0] * n for _ in range(n)]

    def __getitem__(self, at):
        if isinstance(at, tuple):
            return self.rows[at[1]][at[0]]
        return self.rows[at]

    def __setitem__(self, at, v):
        if isinstance(at, tuple):
            self.rows[at[1]][at[0]] = v
        else:
            self.rows[at] = v


r = Rows(8)
for i in range(400):
    # The value changes type as the loop goes: int, then float, then str.
    v = i if i < 150 else (i * 0.5 if i < 300 else str(i))
    r[i % 8, (i // 8) % 8] = v
print(r.rows[0][:4], r.rows[7][4:])
for i in range(50):
    r[i % 8] = [i] * 2
print(r[3], r[7], r[2, 0] if len(r[2]) > 2 else r[2])


class Counted:
    """A `__setitem__` that keeps a count beside its store."""

    def __init__(self):
        self.items = {}
        self.stores = 0

    def __setitem__(self, k, v):
        self.stores += 1
        self.items[k] = v


c = Counted()
for i in range(500):
    c[i % 13] = i
print(c.stores, len(c.items), c.items[5])


class Returns:
    """Its `__setitem__` returns a value, which the store drops."""

    def __init__(self):
        self.last = None

    def __setitem__(self, k, v):
        self.last = (k, v)
        return "ignored"


t = Returns()
for i in range(200):
    t[i] = i * i
print(t.last)


class Logged(list):
    """A list subclass whose `__setitem__` calls the list's."""

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)


lg = Logged([0] * 10)
for i in range(300):
    lg[i % 10] = i
print(lg)


class Sparse:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, v):
        if v:
            self.cells[key] = v
        elif key in self.cells:
            del self.cells[key]


s = Sparse()
for i in range(600):
    s[i % 17, i % 5] = i % 3
print(len(s.cells), sorted(s.cells.items())[:3])


class Log:
    """Its `__setitem__` ends with output, which an exit must not repeat."""

    def __setitem__(self, k, v):
        print(k, v, sep=":")


class Shown:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "Shown%d" % self.n


log = Log()
vals = [1, 2.5, "three", Shown(4), 5, Shown(6), 7, None, 9, Shown(10)]
for i in range(10):
    log[i] = vals[i]
