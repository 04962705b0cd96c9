# make_dataclass: a dataclass from a list of fields (CPython 3.11 puts it in module types).
from dataclasses import make_dataclass, field, fields
P = make_dataclass("P", ["x", ("y", int), ("z", list, field(default_factory=list))], namespace={"total": lambda self: self.x + self.y})
p = P(1, 2)
print(P, p, p.total(), [f.type for f in fields(P)], P.__module__, P.__qualname__)
Q = make_dataclass("Q", [("a", int, 5)], bases=(P,), order=True)
print(Q(1, 2), Q(1, 2) < Q(1, 3), Q.__mro__)
R = make_dataclass("R", [("a", int), ("b", str, "s")], frozen=True, slots=True)
print(R(1), R.__slots__, hash(R(1)) == hash(R(1)))
for bad in [["1x"], ["class"], ["a", "a"], [("a", int, 1, 2)], [3], [(3, int)]]:
    try:
        make_dataclass("B", bad)
    except TypeError as e:
        print("TypeError:", e)
