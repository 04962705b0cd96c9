# Class attributes read through instances at one site, again and again:
# constants, __class__, values that change, instance attributes that
# shadow them, descriptors, static methods and functions, several classes.
class Shape:
    sides = 0
    scale = 1.5
    def area(self):
        return 0

class Tri(Shape):
    sides = 3

class Sq(Shape):
    sides = 4

class Twice:
    def __get__(self, obj, owner):
        return 2 if obj is None else obj.n * 2

class Counted:
    twice = Twice()
    helper = staticmethod(lambda x: x + 1)
    table = {"a": 1}
    def __init__(self, n):
        self.n = n

def total_sides(shapes):
    t = 0
    for s in shapes:
        t += s.sides
    return t

shapes = [Tri(), Sq(), Shape(), Tri(), Sq()] * 40
print(total_sides(shapes))
Sq.sides = 5
print(total_sides(shapes))
shapes[1].sides = 100
print(total_sides(shapes))
del Sq.sides
print(total_sides(shapes))

names = []
for s in shapes[:10] * 20:
    names.append(s.__class__.__name__)
print(names[:6], len(names))

c = Counted(7)
vals = []
for k in range(60):
    if k == 20:
        c.n = 8
    if k == 40:
        Counted.table = {"b": 2}
    vals.append((c.twice, c.helper(k), list(c.table)[0], c.__class__ is Counted))
print(vals[0], vals[25], vals[45])

seen = 0.0
for k in range(100):
    sh = shapes[k % 5]
    seen += sh.scale
    if k == 50:
        Shape.scale = 2.0
print(seen)
fns = [s.area for s in shapes[:3]]
print([f() for f in fns], all(callable(f) for f in fns))
