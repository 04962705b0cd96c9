# @dataclass: generated __init__/__repr__/__eq__, defaults, factories,
# ClassVar, order, __post_init__, inheritance, and the module's functions.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1, 2)
print(p)
print(p == Point(1, 2), p == Point(1, 3), p != Point(2, 2), p == (1, 2))
print(Point(5), Point(y=3, x=4), Point(1, 2, ["a"]))
print(asdict(p), astuple(p))
print(replace(p, y=9))
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__, Point.count, Point.y)
a, b = Point(1), Point(1)
a.tags.append("t")
print(a.tags, b.tags)
for call in (lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    {p}
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class V:
    a: float
    b: str = "z"

    def __post_init__(self):
        self.c = self.a * 2


vs = sorted([V(3.0), V(1.0, "q"), V(1.0, "a")])
print(vs, vs[0].c, V(1) < V(2), V(2) >= V(2), V(1, "b") > V(1, "a"), V(1) <= V(0))
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass
class W(V):
    d: int = 4


print(W(1.5, "x", 7), [f.name for f in fields(W)], W(2).c)


@dataclass(eq=False)
class N:
    n: int


n1 = N(1)
print(N(1) == N(1), hash(n1) == hash(n1), len({N(1), N(1)}), n1 == n1)


@dataclass(unsafe_hash=True)
class H:
    h: int
    s: str = field(default="k", compare=False)


print(hash(H(3)) == hash((3,)), H(3, "a") == H(3, "b"))


@dataclass
class R:
    child: "R | None" = None
    secret: int = field(default=7, repr=False)
    made: int = field(init=False, default=1)


r = R()
r.child = r
print(r, r.secret, r.made)


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(K(1, c=5), K(1, b=0))
try:
    K(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class KO:
    x: int
    y: int = 1


print(KO(x=3))


@dataclass(repr=False, eq=False, init=False)
class Bare:
    v: int = 3


b = Bare()
print(b.v, type(b).__name__, "__repr__" in Bare.__dict__)


@dataclass
class Inner:
    v: int


@dataclass
class Outer:
    items: list
    inner: Inner
    table: dict


o = Outer([Inner(1), Inner(2)], Inner(3), {"k": Inner(4)})
d = asdict(o)
print(d, astuple(o))
d["items"][0]["v"] = 99
print(o.items[0].v)


def make():
    @dataclass
    class Local:
        q: int

    return Local


L = make()
print(L(3), L.__qualname__)
try:
    L()
except TypeError as e:
    print("TypeError:", e)

for bad in ("mutable", "order", "fields"):
    try:
        if bad == "mutable":
            @dataclass
            class Bad:
                a: list = []
        elif bad == "order":
            @dataclass
            class Bad2:
                a: int = 1
                b: int
        else:
            fields(3)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Instances made in a hot loop (compiled): __init__ and __eq__ run in traces.
total = 0
same = 0
for i in range(3000):
    q = Point(i, i + 1)
    total += q.x + q.y
    if q == Point(i, i + 1):
        same += 1
print(total, same)
