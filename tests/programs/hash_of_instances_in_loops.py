# hash() of instances in hot loops: a plain __hash__, a frozen dataclass's,
# one that returns -1 (hash() gives -2), a big int (reduced), a bool, a
# non-int (TypeError), __hash__ = None, one that raises, and a class whose
# __hash__ changes while the loop runs.
from dataclasses import dataclass

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v * 31 + 7

@dataclass(frozen=True)
class Point:
    x: int
    y: int

class Odd:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

total = 0
for k in range(3000):
    total += hash(Key(k)) % 1000 + hash(Point(k % 10, k % 3)) % 997
print(total)

values = [5, -1, -2, 2 ** 61, 2 ** 64 + 3, -(2 ** 70), True, 0]
seen = []
for r in range(40):
    for h in values:
        seen.append(hash(Odd(h)))
print(seen[:len(values)], len(seen), sum(seen) % 1000003)

for bad in [Odd("x"), Odd(1.5), Odd(None)]:
    try:
        print(hash(bad))
    except TypeError as e:
        print("TypeError:", e)

class NoHash:
    __hash__ = None
class Raises:
    def __hash__(self):
        raise ValueError("no hash today")
for obj in [NoHash(), Raises()]:
    try:
        hash(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Moving:
    def __hash__(self):
        return 1
m = Moving()
got = 0
for k in range(200):
    if k == 100:
        Moving.__hash__ = lambda self: 2
    got += hash(m)
print(got)

# A hot loop that raises from __hash__ part of the time.
class Sometimes:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        if self.k % 50 == 49:
            raise KeyError(self.k)
        return self.k
caught = 0
acc = 0
for k in range(1000):
    try:
        acc += hash(Sometimes(k))
    except KeyError:
        caught += 1
print(acc, caught)

# -1 now and then, in a loop that compiles.
odd_total = 0
for k in range(700):
    odd_total += hash(Odd(k % 7 - 1))
print(odd_total)
