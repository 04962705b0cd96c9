# `obj.__class__` in hot loops (a copy made with `self.__class__(...)`, a
# name read from it), compiled: the class the interpreter gives, also when
# an instance or class attribute of that name appears mid-loop.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        return self.__class__(self.x * k, self.y * k)


class Vec3(Vec):
    pass


total = 0.0
names = []
for i in range(500):
    v = (Vec if i % 3 else Vec3)(i, i + 1).scaled(0.5)
    total += v.x + v.y
    if i % 100 == 0:
        names.append(v.__class__.__name__)
print(total, names)

seen = []
o = Vec(1, 2)
for i in range(100):
    if i == 70:
        o.__class__ = Vec3
    seen.append(o.__class__.__name__)
print(seen[0], seen[69], seen[70], seen[-1])


class WithProp:
    @property
    def __class__(self):
        return int


k = 0
for i in range(60):
    w = WithProp()
    if w.__class__ is int:
        k += 1
print(k, type(WithProp()).__name__)
