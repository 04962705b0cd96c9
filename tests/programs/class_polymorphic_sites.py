# One call site, one attribute load and one store meeting instances of
# several classes and shapes, while methods are replaced, an instance
# attribute shadows a method and a subclass turns a name into a property.
class Base:
    def __init__(self, n):
        self.n = n

    def step(self):
        return self.n

    def kind(self):
        return 'base'


class Twice(Base):
    def step(self):
        return self.n * 2


class Named(Base):
    def __init__(self, n):
        self.label = 'x'
        self.n = n

    def kind(self):
        return 'named'


class Prop(Base):
    @property
    def n(self):
        return self._n + 100

    @n.setter
    def n(self, v):
        self._n = v


class Plain(Base):
    pass


objs = [Base(1), Twice(2), Named(3), Prop(4), Plain(5)]
odd = Plain(6)
odd.step = lambda: -1
objs.append(odd)

total = 0
kinds = []
for rnd in range(60):
    for o in objs:
        total += o.step()
        total += o.n
        o.n = o.n % 7 + rnd % 3
        if rnd == 30:
            kinds.append(o.kind())
    if rnd == 20:
        Twice.step = lambda self: self.n * 3
    if rnd == 40:
        del Named.kind
        Base.kind = lambda self: 'patched'
print(total)
print(kinds)
print([o.kind() for o in objs])
print([type(o).__name__ + ':' + str(o.n) for o in objs])
