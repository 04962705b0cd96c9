# Instances whose classes define __eq__, __hash__ and __lt__ inside the
# built-in containers: sets and dicts keyed by them, membership, index and
# count, container equality and order, min/max, sorting and heaps. The
# methods are counted where CPython's number of calls is part of the
# meaning.
import heapq
from collections import Counter, defaultdict, deque

calls = {"eq": 0, "hash": 0, "lt": 0}


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        calls["eq"] += 1
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        calls["hash"] += 1
        return hash((self.x, self.y))

    def __lt__(self, other):
        calls["lt"] += 1
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def counted(label, f):
    for k in calls:
        calls[k] = 0
    result = f()
    print(label, result, dict(calls))


# Sets: duplicates collapse through __hash__ and __eq__.
pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
s = set(pts)
print(len(s), sorted(s))
counted("in", lambda: Point(3, 4) in s)
counted("not in", lambda: Point(9, 9) in s)
s.add(Point(0, 0))
s.discard(Point(1, 2))
print(sorted(s))
s.remove(Point(3, 4))
print(sorted(s))
try:
    s.remove(Point(7, 7))
except KeyError as e:
    print("KeyError", e)
a = {Point(1, 1), Point(2, 2), Point(3, 3)}
b = {Point(2, 2), Point(3, 3), Point(4, 4)}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a == {Point(3, 3), Point(2, 2), Point(1, 1)}, a != b)
print({Point(i % 3, 0) for i in range(10)} == {Point(0, 0), Point(1, 0), Point(2, 0)})
print(frozenset([Point(5, 5)]) in {frozenset([Point(5, 5)])})

# Dicts keyed by instances.
d = {Point(0, 0): "origin", Point(1, 0): "east"}
d[Point(0, 1)] = "north"
d[Point(0, 0)] = "still origin"
print(len(d), d[Point(0, 0)], d.get(Point(1, 0)), d.get(Point(5, 5), "none"))
print(Point(0, 1) in d, Point(2, 2) in d, Point(0, 1) in d.keys())
del d[Point(1, 0)]
print(sorted(d.items()))
print(d.setdefault(Point(0, 1), "x"), d.setdefault(Point(9, 9), "new"), d.pop(Point(9, 9)))
try:
    d[Point(4, 4)]
except KeyError as e:
    print("KeyError", e)
print({Point(1, 1): [Point(2, 2)]} == {Point(1, 1): [Point(2, 2)]})
print({Point(1, 1): 1} == {Point(1, 1): 2})
counted("dict hit", lambda: d[Point(0, 0)])

# Tuples holding instances, as keys and in comparisons.
grid = {(Point(0, 0), "a"): 1, (Point(0, 0), "b"): 2}
print(grid[(Point(0, 0), "b")], (Point(1, 1), 2) == (Point(1, 1), 2), [Point(1, 1)] == [Point(1, 2)])
print((1, Point(0, 5)) < (1, Point(1, 0)), [Point(2, 0)] > [Point(1, 9), 3], (Point(1, 1),) <= (Point(1, 1),))
print(hash((Point(1, 2), 3)) == hash(((1, 2), 3)) or "hashes differ as in CPython")

# Lists and tuples: in, index, count, remove.
xs = [Point(1, 1), Point(2, 2), Point(1, 1), Point(3, 3)]
counted("list in", lambda: Point(2, 2) in xs)
print(xs.index(Point(1, 1)), xs.index(Point(1, 1), 1), xs.count(Point(1, 1)), tuple(xs).count(Point(3, 3)))
xs.remove(Point(2, 2))
print(xs)
try:
    xs.index(Point(8, 8))
except ValueError as e:
    print("ValueError", e)
print(Point(3, 3) in tuple(xs), Point(3, 3) in deque(xs), deque(xs).count(Point(1, 1)))
same = Point(6, 6)
counted("identity", lambda: (same in [same], [same].count(same), (same,) == (same,)))

# min, max, sorted, heaps.
print(min(xs), max(xs), min(Point(5, 0), Point(4, 9)), max([Point(0, 1), Point(0, 2)], key=lambda p: p.y))
print(sorted([(1, Point(3, 0)), (0, Point(9, 9)), (1, Point(2, 0))]))
heap = []
for i, p in enumerate([Point(3, 1), Point(1, 1), Point(2, 1), Point(1, 0)]):
    heapq.heappush(heap, (p.y, p))
print([heapq.heappop(heap) for _ in range(len(heap))])

# Counter and defaultdict of instances.
c = Counter([Point(1, 1), Point(2, 2), Point(1, 1)])
print(c[Point(1, 1)], c[Point(7, 7)], sorted(c.items()))
groups = defaultdict(list)
for p in [Point(0, 1), Point(0, 1), Point(1, 1)]:
    groups[p].append(p.x + p.y)
print(sorted(groups.items()))


# Hash results: big ints, -1, bools; a bad result; no __hash__.
class Big:
    def __hash__(self):
        return 2**70


class MinusOne:
    def __hash__(self):
        return -1


class Bad:
    def __hash__(self):
        return "x"


class EqOnly:
    def __eq__(self, other):
        return True


print(hash(Big()) == hash(2**70), hash(MinusOne()), hash((MinusOne(),)) == hash((-2,)))
for make in (Bad, EqOnly):
    try:
        {make(): 1}
    except TypeError as e:
        print("TypeError", e)


# An __eq__ that raises: the error reaches the script from inside the lookup.
class Touchy:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("do not compare me")


t = {Touchy(): 1}
try:
    Touchy() in t
except ValueError as e:
    print("ValueError", e)
try:
    [Touchy()].index(Touchy())
except ValueError as e:
    print("ValueError", e)


# Every key in one bucket: lookups compare along the chain.
class Clash:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 1

    def __eq__(self, other):
        calls["eq"] += 1
        return isinstance(other, Clash) and self.k == other.k


table = {Clash(k): k * k for k in range(6)}
counted("clash", lambda: [table[Clash(k)] for k in (0, 5)])
del table[Clash(3)]
print(sorted(v for v in table.values()), Clash(3) in table)


# In a hot loop (compiled with the JIT on): membership and counting.
def walk(n):
    seen = set()
    visits = {}
    x, y = 0, 0
    for i in range(n):
        x = (x * 7 + 3) % 11
        y = (y + x) % 5
        p = Point(x, y)
        if p not in seen:
            seen.add(p)
        visits[p] = visits.get(p, 0) + 1
    return len(seen), max(visits.values()), sum(visits.values())


print(walk(3000))
