# The descriptor protocol for the script's classes: __get__ on instance and class access (data descriptors before the instance's attribute, others after it), __set__, __delete__, __set_name__ at class creation; in compiled loops too.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value + 1
class C:
    d = Desc()
c = C()
print(c.d)
c.d = 4
print(c.d, type(C.d).__name__, vars(c))
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class K:
    calls = 0
    @Lazy
    def area(self):
        K.calls += 1
        return 42
k = K()
print(k.area, k.area, K.calls, "area" in vars(k))
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.private = "_" + name
    def __get__(self, obj, cls):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)
class P:
    x = Typed(int)
    y = Typed(float)
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2.0)
print(p.x, p.y)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(3000):
    p.x = i
    total += p.x
print(total)
del p.x
print(hasattr(p, "_x"))
class ClassLevel:
    def __get__(self, obj, cls):
        return ("got", obj is None, cls.__name__)
class Q:
    c = ClassLevel()
print(Q.c, Q().c)
class R(Q): pass
print(R.c, R().c)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
class H(G):
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], H["k"])
