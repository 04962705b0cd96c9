# Making namedtuples in loops the JIT compiles: the class call makes the
# instance with its fields; a wrong argument count raises in the
# interpreter as CPython does; a subclass of a namedtuple class runs its
# own methods.
from collections import namedtuple
import math

Point = namedtuple("Point", "x y")
Segment = namedtuple("Segment", ["a", "b", "label"], defaults=["seg"])


def walk(n):
    pts = []
    length = 0.0
    prev = Point(0, 0)
    for i in range(n):
        p = Point(i % 13, (i * 7) % 11)
        s = Segment(prev, p)
        length += math.hypot(s.b.x - s.a.x, s.b.y - s.a.y)
        if i % 100 == 0:
            pts.append(p)
        prev = p
    return round(length, 6), pts[:3], s.label, len(pts)


print(walk(5000))


def mixed(n):
    total = 0
    for i in range(n):
        x = i if i < n // 2 else i * 0.5
        p = Point(x, -x)
        total += p.x - p.y + p[0]
    return total


print(mixed(2000))


def bad(n):
    errors = 0
    for i in range(n):
        try:
            p = Point(i) if i % 250 == 249 else Point(i, i)
        except TypeError as e:
            errors += 1
            msg = str(e)
    return errors, msg


print(bad(1000))


class Vec(Point):
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


def subclass(n):
    t = 0.0
    for i in range(n):
        t += Vec(i % 5, 2).norm()
    return round(t, 6)


print(subclass(1000))
