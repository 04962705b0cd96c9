# A match statement in hot loops: compiled by the JIT (the programs test
# runs it with the JIT off, on, and at --jit-threshold 1), same answers.
import collections
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


Pair = collections.namedtuple("Pair", "a b")


def score(v):
    match v:
        case 0:
            return 1
        case int(n) if n < 0:
            return -n
        case [a, b]:
            return a * b
        case [a, *rest]:
            return a + len(rest)
        case {"k": k, **rest}:
            return k + len(rest)
        case Point(x=0, y=y):
            return y
        case Point(x, y):
            return x - y
        case Pair(a, b):
            return a + b
        case str() as s:
            return len(s)
        case None:
            return 7
        case _:
            return 100


values = [0, -3, [2, 5], (4, 1, 1, 1), {"k": 10, "z": 1}, {"k": 1}, Point(0, 9), Point(5, 2),
          Pair(3, 4), "hello", None, 2.5, 12]
total = 0
for i in range(3000):
    total += score(values[i % len(values)])
print(total)

# One kind of subject per loop, so each loop's trace stays on one path.
n = 0
for i in range(2000):
    match i % 4, i % 3:
        case (0, 0):
            n += 10
        case (0, _) | (_, 0):
            n += 1
        case _:
            n -= 1
print(n)

points = [Point(i % 3, i % 5) for i in range(50)]
acc = 0
for _ in range(40):
    for p in points:
        match p:
            case Point(x=0, y=0):
                acc += 100
            case Point(0, y):
                acc += y
            case Point(x, y) if x == y:
                acc += 2 * x
            case Point(x, y):
                acc -= x
print(acc)

rows = [{"id": i, "v": i * 2} if i % 2 else {"id": i} for i in range(30)]
seen = 0
for _ in range(60):
    for r in rows:
        match r:
            case {"id": i, "v": v}:
                seen += v - i
            case {"id": i}:
                seen += 1
print(seen)

seqs = [[i, i + 1] if i % 3 else [i] for i in range(30)]
count = 0
for _ in range(60):
    for s in seqs:
        match s:
            case [a, b]:
                count += b - a
            case [a]:
                count += a
print(count)
