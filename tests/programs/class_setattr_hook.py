# Instance __setattr__ and __delattr__: every store and deletion goes through them (in compiled loops too); object.__setattr__ stores without them; a hook added to the class later takes effect.
class A:
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v * 2)
    def __delattr__(self, n):
        print("delattr", n)
        super().__delattr__(n)
a = A()
a.z = 3
print(a.z, vars(a))
del a.z
print(hasattr(a, "z"))
class Frozen:
    __slots__ = ()
class Point:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, n, v):
        raise AttributeError("Point is immutable")
    __delattr__ = __setattr__
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(p.x, p.y)
class Logged(Point):
    pass
q = Logged(3, 4)
try:
    q.y = 0
except AttributeError as e:
    print("AttributeError:", e, q.y)
class Track:
    def __init__(self):
        self.changes = []
    def __setattr__(self, n, v):
        if n != "changes":
            self.changes.append(n)
        super().__setattr__(n, v)
t = Track()
for i in range(1000):
    t.value = i
print(t.value, len(t.changes))
class Late:
    pass
l = Late()
for i in range(500):
    l.v = i
Late.__setattr__ = lambda self, n, v: print("late hook", n)
l.v = 1
print(l.v)
object.__setattr__(l, "w", 9)
print(l.w)
try:
    object.__setattr__(l, 5, 1)
except TypeError as e:
    print("TypeError:", e)
