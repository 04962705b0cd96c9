from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), tuple(p))
x, y = p
print(x + y, Point(y=5, x=3), Point._fields, Point.__name__, Point)
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), p >= (1, 2))
print(hash(p) == hash((1, 2)), isinstance(p, tuple), isinstance(p, Point), type(p))
q = p._replace(x=10)
print(q, p, q._asdict(), p.count(1), p.index(2), 2 in p, 9 in p)
print(Point._make([7, 8]), Point._make(range(2)))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
R = namedtuple("R", "a, def, _b, a", rename=True)
print(R._fields, R(1, 2, 3, 4))
Emp = namedtuple("Emp", "name age")
staff = [Emp("ann", 30), Emp("bob", 25), Emp("cy", 35)]
print(max(staff, key=lambda e: e.age).name, sorted(e.name for e in staff), [e.age for e in staff])
total = 0
pts = [Point(i, i * 2) for i in range(2000)]
for pt in pts:
    total += pt.x * pt.y
print(total)
print(str(Point(1, [2])), repr(Point("a", None)))
for i, (a, b) in enumerate(pts[:3]):
    print(i, a, b)

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: Point(1))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, z=2))
show(lambda: Point(1, x=2))
show(lambda: namedtuple("A", "1x"))
show(lambda: namedtuple("A", "class"))
show(lambda: namedtuple("A", "_x"))
show(lambda: namedtuple("A", "x x"))
show(lambda: namedtuple("A", "x,y", defaults=[1, 2, 3]))
show(lambda: p._replace(z=3))
show(lambda: Point._make([1]))
show(lambda: p[5])
show(lambda: p.z)
