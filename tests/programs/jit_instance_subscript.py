# c[i] and c[i] = v on instances in hot loops: arrays and deques (their
# native __getitem__/__setitem__ called from traces) and script classes
# with __getitem__ (followed as an operator's special method); guards
# that fail mid-loop, errors raised from inside, and classes changed.
from array import array
from collections import deque

data = array('d', [0.0]) * 64
for i in range(64):
    data[i] = i * 0.5            # float stores
for i in range(64):
    data[i] = i                  # an int stored into a 'd' array: 1.0, not 1
total = 0.0
for i in range(64):
    total += data[i] * data[-1 - i]
print(total, data[3], type(data[5]).__name__)

ints = array('i', range(100))
s = 0
for k in range(300):
    s += ints[k % 100] - ints[(k * 7) % 100]
    ints[k % 100] = ints[k % 100] + 1
print(s, ints[:5].tolist(), sum(ints))

# An out-of-range index ends the loop from inside the trace.
small = array('b', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
n = 0
try:
    for i in range(100):
        n += small[i]
except IndexError as e:
    print("IndexError:", e, n)

# A store that does not fit fails after the trace ran it many times.
try:
    for i in range(100):
        small[i % 10] = small[i % 10] + 1 if i < 60 else 200
except OverflowError as e:
    print("OverflowError:", e, small.tolist())

# A float into an int array: TypeError from the native store.
try:
    for i in range(50):
        ints[i] = i if i < 40 else 1.5
except TypeError as e:
    print("TypeError:", e, ints[38], ints[39], ints[40])

d = deque(range(10))
acc = 0
for i in range(200):
    acc += d[i % 10] * d[-1]
    d[i % 10] = i
print(acc, list(d))


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)

    def __getitem__(self, xy):
        x, y = xy
        if 0 <= x < self.w and 0 <= y < self.h:
            return self.cells[y * self.w + x]
        raise IndexError("off the grid")


g = Grid(8, 8)
g.cells = [((x * 3 + y) % 7) for y in range(8) for x in range(8)]
best = 0
for y in range(1, 7):
    for x in range(1, 7):
        v = g[x, y] + g[x - 1, y] + g[x + 1, y] + g[x, y - 1] + g[x, y + 1]
        best = max(best, v)
print(best)
try:
    t = 0
    for x in range(20):
        t += g[x, 2]
except IndexError as e:
    print("IndexError:", e, t)


class Seq:
    def __getitem__(self, i):
        if i < 50:
            return i * 2
        if i < 70:
            return i / 4        # the result's type changes mid-loop
        if i < 80:
            return NotImplemented
        return "s%d" % i


q = Seq()
out = []
for i in range(90):
    out.append(q[i])
print(out[48:53], out[68:72], out[78:82])


class Counting(Seq):
    calls = 0

    def __getitem__(self, i):
        Counting.calls += 1     # a store: not redone by an exit
        return i + 1


c = Counting()
print(sum(c[i] for i in range(100)), Counting.calls)

# The class changes mid-loop: the method is looked up again.
def twice(self, i):
    return i * 2


def thrice(self, i):
    return i * 3


class Swap:
    __getitem__ = twice


w = Swap()
r = 0
for i in range(100):
    if i == 60:
        Swap.__getitem__ = thrice
    r += w[i]
print(r)


# A script subclass of array: its own __getitem__ runs.
class Offset(array):
    def __getitem__(self, i):
        return array.__getitem__(self, i) + 100


o = Offset('i', range(10))
print(sum(o[i % 10] for i in range(50)), [o[i] for i in range(3)])


# The index's type changes mid-loop: the trace's guard exits and the
# interpreter raises.
z = 0
try:
    for i in range(60):
        z += ints[i % 5 if i < 45 else 1.0]
except TypeError as e:
    print("TypeError:", e, z)
