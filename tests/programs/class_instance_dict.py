# obj.__dict__ and vars(obj): the live dict of an instance's attributes
# (writes through it are attribute stores), __dict__ assignment, copies,
# properties over dict keys, and an exception's attributes.
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def total(self):
        return self.x + self.y
a = A(x=1, y=2)
print(a.x, a.y, a.total(), vars(a))
d = a.__dict__
d["z"] = 3
print(a.z, hasattr(a, "z"), d is a.__dict__, d is vars(a))
a.w = 4
print(d)
del a.x
print(d, hasattr(a, "x"))
d["total"] = lambda: "shadowed"
print(a.total())
del d["total"]
print(a.total() if hasattr(a, "x") else "no x")
a.x = 10
print(a.total())
b = A()
b.__dict__ = {"x": 5, "y": 6}
print(b.total(), b.__dict__)
try:
    b.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class P:
    @property
    def x(self):
        return "prop"
p = P()
p.__dict__["x"] = "inst"
print(p.x, p.__dict__)
import copy
c = copy.copy(a); c.y = 100
print(vars(c), vars(a))
dc = copy.deepcopy(a)
print(vars(dc))
class Obj:
    pass
objs = [Obj() for i in range(300)]
for i, o in enumerate(objs):
    o.v = i
    if i % 50 == 0:
        vars(o)["tag"] = i
s = 0
for o in objs:
    s += o.v + getattr(o, "tag", 0)
print(s)
try:
    print(a.nope)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.nope
except AttributeError as e:
    print("AttributeError:", e)
e = ValueError("x")
e.extra = 1
print(vars(e))

