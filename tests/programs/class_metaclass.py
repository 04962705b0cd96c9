class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        cls.registry.append(inst)
        return inst
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __contains__(cls, x):
        return x in cls.registry
    def __getitem__(cls, i):
        return cls.registry[i]
    def __repr__(cls):
        return "<tracked %s>" % cls.__name__
    def describe(cls):
        return "class %s with %d instances" % (cls.__name__, len(cls.registry))
    @property
    def count(cls):
        return len(cls.registry)

class Point(metaclass=Meta, tag="pt"):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, 2)
q = Point(3, y=4)
print(list(Point), len(Point), p in Point, Point[1], repr(Point), Point)
print(Point.describe(), Point.count, type(Point), type(Point).__name__, isinstance(Point, Meta), isinstance(Point, type))
print(isinstance(p, Point), type(p) is Point, bool(Point))
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
r = Point3(1, 2, 3)
print(type(Point3), len(Point3), list(Point3), list(reversed([1,2])))
print(issubclass(Meta, type), Meta.__mro__)

class Plain:
    pass
print(type(Plain), type(Plain()).__name__)
X = type('X', (Plain,), {'a': 1, 'f': lambda self: self.a + 1})
print(X, X().f(), X.__name__, X.__bases__)

class Base:
    def __init_subclass__(cls, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class Sweet(Base, flavor="sugar"):
    pass
print(Sweet.flavor)
try:
    class Bad(Plain, color=1):
        pass
except TypeError as e:
    print("TypeError", e)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError", e)
class M3(M1): pass
class D(A, metaclass=M3): pass
print(type(D).__name__)
def fmeta(name, bases, ns):
    return "made " + name
class F(metaclass=fmeta):
    pass
print(F)
for i in range(3):
    Point(i, i)
print(len(Point))
