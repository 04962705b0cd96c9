# dataclass(slots=True): the class is made again with its fields as
# __slots__, so instances take no other attribute.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point.__slots__, Point.__qualname__)
print("__slots__" in Point.__dict__, "norm1" in Point.__dict__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
p.tags.append("a")
print(p, asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(Point)], Point.__match_args__)
match p:
    case Point(x, y):
        print("matched", x, y)
print(Point(1) == Point(1), Point(1) == Point(2))


@dataclass(slots=True)
class Point3(Point):
    z: int = 0


q = Point3(1, 2, z=3)
print(q, Point3.__slots__, isinstance(q, Point))
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True, slots=True)
class Key:
    a: int
    b: str


k = Key(1, "x")
print(k, hash(k) == hash(Key(1, "x")), {k: 1}[Key(1, "x")])
try:
    k.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(k.__getstate__())
k2 = Key(0, "")
k2.__setstate__([5, "y"])
print(k2)


@dataclass(slots=True, weakref_slot=True)
class W:
    v: int


print(W.__slots__, W(1))

try:
    @dataclass(weakref_slot=True)
    class Bad:
        v: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("v",)
        v: int
except TypeError as e:
    print("TypeError:", e)

# In a hot loop: instances made and read.
total = 0
for i in range(300):
    pt = Point(i, -i)
    total += pt.norm1() + pt.x
print(total)
