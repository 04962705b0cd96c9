# Classes whose __new__ is the whole call (no __init__ anywhere below
# them) in compiled loops: made through object.__new__ inside operators,
# a subclass with an __init__ defined half-way (the call then runs it),
# and a __new__ that returns something else.
from fractions import Fraction


class Money:
    __slots__ = ('cents',)

    def __new__(cls, cents=0):
        self = super().__new__(cls)
        self.cents = cents
        return self

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"


total = Money()
for i in range(500):
    total = total + Money(i % 7)
print(total)

h = Fraction(0)
for k in range(1, 80):
    h += Fraction(1, k)
print(h.numerator % 1000003, h.denominator % 1000003)


class Base:
    def __new__(cls, v):
        inst = object.__new__(cls)
        inst.v = v
        return inst


made = []
for i in range(300):
    if i == 150:
        class Tagged(Base):
            def __init__(self, v):
                self.tag = 'tagged'
    obj = Base(i) if i < 150 else Tagged(i)
    made.append(obj.v + len(getattr(obj, 'tag', '')))
print(sum(made), Tagged(1).tag, hasattr(Base(2), 'tag'))


class Factory:
    def __new__(cls, kind):
        if kind == 'list':
            return [kind]
        return object.__new__(cls)


kinds = []
for i in range(200):
    r = Factory('list' if i % 2 else 'obj')
    kinds.append(type(r).__name__)
print(kinds.count('list'), kinds.count('Factory'))
