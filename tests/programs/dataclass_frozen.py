from dataclasses import dataclass, field, FrozenInstanceError, replace, asdict, fields
import dataclasses

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, hash=False)

    def moved(self, dx):
        return replace(self, x=self.x + dx)

p = Point(1, 2)
print(p, p.moved(3), hash(p) == hash(Point(1, 2)), p == Point(1, 2, [9]))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
seen = {p: "a", Point(3, 4): "b"}
print(seen[Point(1, 2)], len({Point(1), Point(1), Point(2)}))
print(asdict(p), [f.name for f in fields(p)])

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    def __post_init__(self):
        if self.major < 0:
            raise ValueError("negative")
        object.__setattr__(self, "label", f"v{self.major}.{self.minor}")

vs = sorted([Version(2, 1), Version(1, 5), Version(2, 0)])
print(vs, vs[0].label, max(vs))
try:
    Version(-1)
except ValueError as e:
    print("ValueError", e)

@dataclass(frozen=True)
class Base:
    a: int

@dataclass(frozen=True)
class Child(Base):
    b: str = "x"

c = Child(1, "q")
print(c, hash(c) == hash(Child(1, "q")))
try:
    c.a = 2
except FrozenInstanceError as e:
    print("frozen", e)

try:
    @dataclass
    class Thawed(Base):
        c: int = 0
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(frozen=True)
    class Frosty(Point.__mro__[0] if False else object):
        pass
    @dataclass
    class M:
        v: int
    @dataclass(frozen=True)
    class Bad(M):
        w: int = 0
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True, eq=False)
class Ident:
    n: int
i = Ident(1)
print(i == Ident(1), hash(i) == object.__hash__(i) if hasattr(object, "__hash__") else True)

@dataclass(unsafe_hash=True)
class U:
    n: int
print(hash(U(3)) == hash((3,)))
print(dataclasses.is_dataclass(Point), Point.__dataclass_params__ if False else "")
total = 0
for k in range(3000):
    q = Point(k, k + 1)
    total += q.x + q.y + hash(q) % 7
print(total)

# An explicit __hash__ stays; ClassVars and InitVars are no fields.
from typing import ClassVar
from dataclasses import InitVar

@dataclass(frozen=True)
class Keyed:
    k: str
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    def __hash__(self):
        return 7
    def __post_init__(self, scale):
        object.__setattr__(self, "k", self.k * scale)

kk = Keyed("ab", 2)
print(kk, hash(kk), Keyed.count)
try:
    kk.count = 3
except FrozenInstanceError as e:
    print("frozen", e)

# A plain subclass may set its own attributes, never the fields.
class Plain(Point):
    pass

pl = Plain(5)
pl.note = "ok"
print(pl.note, pl)
try:
    pl.x = 1
except FrozenInstanceError as e:
    print("frozen", e)

try:
    @dataclass(frozen=True)
    class Own:
        a: int
        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("TypeError", e)

# Frozen instances as dict keys in a hot loop.
counts = {}
for k in range(2000):
    key = Point(k % 10, k % 3)
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts[Point(0, 0)], sum(counts.values()))

# Frozen instances made in a hot loop (object.__setattr__ compiled), and
# object.__setattr__ with a name that changes between iterations.
total = 0
for k in range(3000):
    q = Version(k % 5, k % 7)
    total += q.major * 10 + q.minor + len(q.label)
print(total)

class Bag:
    def __setattr__(self, name, value):
        raise AttributeError("read-only bag")

bag = Bag()
names = ["a", "b", "c"]
for k in range(300):
    object.__setattr__(bag, names[k % 3] if k < 200 else "d", k)
print(bag.a, bag.b, bag.c, bag.d, sorted(vars(bag)))
try:
    bag.e = 1
except AttributeError as e:
    print("AttributeError", e)
