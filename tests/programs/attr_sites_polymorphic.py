# One attribute load, one store and one method call in a base class's
# methods meet instances of six classes (more than an instruction keeps
# answers for), of several shapes per class, while classes change under
# them: a method replaced, a property put over an attribute, an attribute
# deleted, a class attribute shadowed. Each round must see what CPython sees.


class Base:
    def __init__(self, x):
        self.x = x

    def kind(self):
        return "base"

    def step(self):
        # the load, the store and the call whose receivers vary
        self.total = self.x * 2
        return self.kind() + ":" + str(self.total)


class A(Base):
    def kind(self):
        return "a"


class B(Base):
    def kind(self):
        return "b"


class C(Base):
    pass


class D(A):
    def kind(self):
        return "d"


class E(Base):
    def kind(self):
        return "e" + str(self.x)


class F(Base):
    def __init__(self, x):
        # another shape: an attribute before x
        self.tag = "f"
        self.x = x


def make(n):
    classes = [A, B, C, D, E, F]
    objs = []
    for i in range(n):
        o = classes[i % len(classes)](i)
        if i % 4 == 0:
            o.extra = i  # a grown shape of the same class
        objs.append(o)
    return objs


def run(objs, rounds):
    out = []
    for r in range(rounds):
        line = []
        for o in objs:
            line.append(o.step())
        out.append(" ".join(line))
        if r == 1:
            # a method replaced on one class: every call site sees it
            B.kind = lambda self: "B!"
        if r == 2:
            # a property over the attribute on a class, read and written
            def get_x(self):
                return -self.__dict__.get("_x", 7)

            def set_x(self, v):
                self.__dict__["_x"] = v

            C.x = property(get_x, set_x)
        if r == 3:
            # an attribute deleted: the instance changes shape
            del objs[0].extra
            objs[0].x = 100
        if r == 4:
            # an instance's own attribute shadows the method
            objs[1].kind = lambda: "own"
    return out


objs = make(13)
for line in run(objs, 7):
    print(line)

# The same load at a site that first saw one class only, then many.
def read_x(o):
    return o.x

seen = [read_x(A(1)) for _ in range(5)]
seen += [read_x(k(2)) for k in (A, B, D, E, F, A, B, D, E, F)]
print(seen)

# Stores that grow shapes along different paths at one site.
def tag(o, v):
    o.mark = v
    return o.mark

print([tag(k(0), i) for i, k in enumerate([A, B, F, A, F, B, D, E, A, F])])

# Three classes at one call site, one of them changed while the site
# keeps its answer among the earlier ones.
class P:
    def who(self):
        return "p"


class Q(P):
    def who(self):
        return "q"


class R(P):
    def who(self):
        return "r"


def who_all(objs):
    return "".join([o.who() + o.__class__.__name__ for o in objs])


trio = [P(), Q(), R()] * 3
for r in range(4):
    print(who_all(trio))
    if r == 1:
        Q.who = lambda self: "Q!"
    if r == 2:
        del Q.who  # back to P's
