# One attribute instruction (a base class's method reading self.x) sees
# the instances of many classes and shapes: each load must find what
# CPython finds, whichever class's entry the instruction or the shared
# cache holds at the time.


class Base:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Plain(Base):
    pass


class Later(Base):
    def __init__(self, x):
        self.y = -1
        self.x = x


class WithProperty(Base):
    @property
    def x(self):
        return self._x * 100

    @x.setter
    def x(self, v):
        self._x = v


class ClassValue(Base):
    x = "class"

    def __init__(self, x):
        pass


class Fallback(Base):
    def __init__(self, x):
        pass

    def __getattr__(self, name):
        return "fallback " + name


class Slotted(Base):
    __slots__ = ("x", "z")


objs = [Plain(1), Later(2), WithProperty(3), ClassValue(4), Fallback(5), Slotted(6), Plain(7)]
total = []
for rnd in range(120):
    for o in objs:
        total.append(o.get())
    if rnd == 40:
        # The class changes: every cached answer about it is stale.
        ClassValue.x = "changed"
    if rnd == 60:
        objs[0].x = "reassigned"
        vars(objs[6])
    if rnd == 80:
        del objs[1].x
        objs[1].x = 22
    if rnd == 100:
        WithProperty.x = 99
print(total[:14])
print(total[-14:])
print(len(total), sum(1 for v in total if isinstance(v, int)))
print(sorted(set(map(repr, total))))
