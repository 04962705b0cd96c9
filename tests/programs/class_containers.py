class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __delitem__(self, pos):
        x, y = pos
        self.cells[y * self.w + x] = 0

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells

    def __iter__(self):
        return iter(self.cells)

g = Grid(4, 3)
for i in range(4):
    g[i, i % 3] = i + 1
print(g[1, 1], g[3, 0], len(g), 3 in g, 9 in g)
del g[1, 1]
print(g[1, 1], sum(g), list(g)[:6], sorted(g)[-3:], max(g))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(5)), [x * x for x in Countdown(4)])
total = 0
for v in Countdown(1000):
    total += v
print(total, 3 in Countdown(10), 30 in Countdown(10))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))

class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

print(2 in Bag([1, 2, 3]), 7 in Bag([1, 2]), tuple(Bag("ab")), dict(zip(Bag("xy"), Bag([1, 2]))))

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

print(hash(Key(5)) == hash(5), Key(1) == Key(1))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    NotIter()[0]
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(e)
