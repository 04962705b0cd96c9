# Properties read in loops the JIT compiles: the getter runs inlined, its
# result typed; a property that changes its class, raises or is replaced
# on the class goes back to the interpreter, which answers as CPython.


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def wide(self):
        return self.w > self.h

    @property
    def label(self):
        return "wide" if self.wide else "tall"


def areas(n):
    rs = [Rect(i % 7 + 1, i % 5 + 1) for i in range(50)]
    total = 0
    wide = 0
    for i in range(n):
        r = rs[i % 50]
        total += r.area
        if r.wide:
            wide += 1
        if r.label == "tall":
            total -= 1
    return total, wide


print(areas(5000))


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        if self._c is None:
            raise ValueError("no reading")
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9


def readings(n):
    t = Temp(0)
    acc = 0.0
    errors = 0
    for i in range(n):
        t.f = i % 100
        acc += t.f
        if i % 1000 == 999:
            t._c = None
            try:
                acc += t.f
            except ValueError:
                errors += 1
        if i == n // 2:
            t._c = 3  # an int now: the getter's result changes type
    return round(acc, 6), errors


print(readings(4000))


class Base:
    @property
    def kind(self):
        return 1


class Derived(Base):
    pass


def replaced(n):
    d = Derived()
    s = 0
    for i in range(n):
        if i == n // 2:
            Base.kind = property(lambda self: 10)
        s += d.kind
    return s


print(replaced(3000))
