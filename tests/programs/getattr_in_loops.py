# getattr() by name in hot loops: instance attributes, class attributes,
# defaults for attributes an instance lacks, attributes that come and go,
# methods, and the AttributeError of a missing one.
class Rec:
    unit = "cm"
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def area(self):
        return self.a * self.b

recs = [Rec(k, k + 1) for k in range(20)]
for k in range(0, 20, 4):
    recs[k].note = k * 10
fields = ["a", "b", "note"]
total = 0
for r in recs * 10:
    for name in fields:
        total += getattr(r, name, 0)
print(total)

units = 0
for r in recs:
    units += len(getattr(r, "unit")) + (getattr(r, "missing", None) is None)
print(units)

# Methods by name, called.
areas = 0
for r in recs:
    areas += getattr(r, "area")()
print(areas)

# An attribute removed, then a class attribute of that name added.
r = Rec(1, 2)
r.tag = 5
got = []
for k in range(100):
    if k == 30:
        del r.tag
    if k == 60:
        Rec.tag = -1
    got.append(getattr(r, "tag", 0))
print(sum(got), got[28:32], got[58:62])

# The fields of a frozen dataclass by name, as asdict() and repr read them.
from dataclasses import dataclass, fields as dc_fields, asdict

@dataclass(frozen=True)
class P:
    x: int
    y: float

ps = [P(k, k / 2) for k in range(50)]
s = 0.0
for p in ps * 4:
    for f in dc_fields(p):
        s += getattr(p, f.name)
print(s, asdict(ps[3]), repr(ps[7]))

misses = 0
for k in range(50):
    try:
        getattr(recs[k % 20], "note")
    except AttributeError as e:
        misses += 1
        last = str(e)
print(misses, last)
