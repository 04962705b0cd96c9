# Named tuples as dict and set keys: they hash and compare as their
# tuples, unless their class says otherwise; constructions with every
# field by position, by keyword, with defaults, and wrong ones.
from collections import namedtuple
from typing import NamedTuple

Pos = namedtuple("Pos", "x y")
Span = namedtuple("Span", "lo hi", defaults=[99])


class Cell(NamedTuple):
    row: int
    col: int = 0


class Loud(Pos):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Loud)


seen = set()
counts = {}
for i in range(300):
    p = Pos(i % 5, i % 3)
    if p not in seen:
        seen.add(p)
    counts[p] = counts.get(p, 0) + 1
print(len(seen), sorted(counts.items())[:4])
print((1, 2) in {Pos(1, 2)}, Pos(1, 2) in {(1, 2)}, {(0, 0): "tuple"}[Pos(0, 0)])
d = {Pos(0, 0): "pos"}
d[(0, 0)] = "tuple"
print(d, list(d)[0].__class__.__name__)
cells = {}
for r in range(3):
    for c in range(3):
        cells[Cell(r, c)] = r * c
print(cells[Cell(2, 2)], cells.get(Cell(1)), Cell(1) in cells, len(cells))
loud = {Loud(1, 2): "a"}
loud[Loud(3, 4)] = "b"
print(loud, Pos(1, 2) in loud, Loud(9, 9) in loud)
mixed = {Pos(1, 2), (1, 2), Loud(1, 2), Cell(1, 2)}
print(len(mixed), sorted(type(k).__name__ for k in mixed))
print(Span(1), Span(1, 2), Span(lo=3), Span(hi=4, lo=5), Pos(y=1, x=2))
for bad in [lambda: Pos(1), lambda: Pos(1, 2, 3), lambda: Pos(1, x=2), lambda: Span(), lambda: Pos(1, z=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
total = 0
for i in range(1000):
    total += hash(Pos(i, -i)) == hash((i, -i))
print(total)
