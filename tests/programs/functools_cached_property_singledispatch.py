# functools.cached_property, singledispatch and singledispatchmethod.
from functools import cached_property, singledispatch, singledispatchmethod


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area, computed once."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
print(Circle.area.__class__.__module__)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

lone = cached_property(lambda self: 1)
try:
    lone.__get__(Circle(1), Circle)
except TypeError as e:
    print("TypeError:", e)

# In a loop: the first read of each instance computes, the rest read back.
total = 0
shapes = [Circle(i % 7) for i in range(50)]
for _ in range(20):
    for s in shapes:
        total += s.area
print(total, sum(s.computed for s in shapes))


@singledispatch
def describe(x):
    return "thing " + repr(x)


@describe.register
def _(x: int):
    return "int " + str(x)


@describe.register(str)
def _(x):
    return "str " + x


@describe.register(list)
@describe.register(tuple)
def _(x):
    return "seq of " + str(len(x))


@describe.register
def _(x: float | complex):
    return "number " + str(x)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(x: Animal):
    return "animal " + type(x).__name__


for v in [1, True, "s", [1, 2], (1,), 2.5, 1j, None, Dog(), Animal(), {1: 2}]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(object) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(x):
        return x
except TypeError as e:
    print("TypeError:", str(e)[:40])


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + "?"

    @fmt.register
    def _(self, arg: int):
        return self.prefix + "int:" + str(arg)

    @fmt.register
    def _(self, arg: list):
        return self.prefix + ",".join(self.fmt(a) for a in arg)

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + " other"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + " str"


f = Formatter("> ")
print(f.fmt(3), f.fmt("x"), f.fmt([1, 2]))
print(Formatter.kind("a"), Formatter.kind(1), f.kind("b"))

counts = {}
for i in range(200):
    k = describe([i, "x", i * 0.5][i % 3]).split()[0]
    counts[k] = counts.get(k, 0) + 1
print(counts)
