from typing import NamedTuple


class Point(NamedTuple):
    """A point."""
    x: int
    y: float = 0.0
    label: str = "p"
    ORIGIN_NAME = "origin"

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def shifted(self, dx):
        return self._replace(x=self.x + dx)


p = Point(3, 4.0)
print(p)
print(p.x, p.y, p.label, p[0], p[-1], len(p))
print(p.norm(), p.shifted(2))
print(Point._fields, Point._field_defaults)
print(p._asdict())
print(Point._make([1, 2, "q"]))
print(Point(1))
print(Point(x=5, label="z"))
x, y, label = p
print(x, y, label)
print(p == (3, 4.0, "p"), p == Point(3, 4.0), p != Point(3, 5.0))
print(isinstance(p, tuple), isinstance(p, Point))
print(Point.ORIGIN_NAME, p.ORIGIN_NAME)
print(Point.__name__, type(p).__name__)
print(Point.__annotations__)
print(tuple(p), list(p), p[1:])
print(hash(p) == hash((3, 4.0, "p")))
print(sorted([Point(2, 1.0), Point(1, 5.0)]))

Pair = NamedTuple("Pair", [("a", int), ("b", str)])
q = Pair(1, "one")
print(q, q.a, q.b, Pair._fields, Pair._field_defaults)
print(q._replace(b="uno"))


class Sub(Point):
    def describe(self):
        return "Sub at " + str(self.x)


s = Sub(7, 1.0)
print(s, s.describe(), s.norm())

# Fields read in a hot loop.
pts = [Point(i, float(i % 7)) for i in range(1000)]
total = 0.0
for pt in pts:
    total += pt.x + pt.y
    if pt.label != "p":
        total -= 1
print(total)
acc = 0
for i in range(1000):
    a, b = Pair(i, "s")
    acc += a + len(b) + q.a
print(acc)
