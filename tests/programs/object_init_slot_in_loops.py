# Base.__init__(self) where no class defines __init__, object.__init__(self)
# and super().__init__() reach object's __init__: one object, compiled.
class Base:
    pass


class A(Base):
    def __init__(self, x):
        super().__init__()
        self.x = x


class B(Base):
    def __init__(self, x):
        Base.__init__(self)
        self.x = x


class C:
    def __init__(self, x):
        object.__init__(self)
        self.x = x


total = 0
for i in range(3000):
    total += A(i).x + B(i).x + C(i).x
print(total)

print(Base.__init__ is object.__init__, B.__init__ is not object.__init__, Base.__init__ is Base.__init__)
print(Base.__repr__ is object.__repr__, Base.__eq__ is object.__eq__)
print(Base.__init__(Base()), object.__init__(5))
for bad in [lambda: Base.__init__(Base(), 1), lambda: Base.__init__(), lambda: object.__init__(Base(), x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# The error in a compiled loop: the call with an extra argument raises.
errors = 0
for i in range(200):
    try:
        if i % 50 == 49:
            Base.__init__(Base(), i)
        else:
            Base.__init__(Base())
    except TypeError:
        errors += 1
print(errors)


# A class that defines __init__ later: the loop sees the new one.
class Late:
    pass


seen = []
for i in range(120):
    Late.__init__(Late())
    if i == 60:
        def init(self):
            seen.append(1)
        Late.__init__ = init
print(len(seen))
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
print(N.__init__(N(), 1, 2))
class M(N):
    pass
print(object.__init__(M(), 3))
class SA:
    def __init__(self):
        super().__init__(1)
try:
    SA()
except TypeError as e:
    print(e)
class SB:
    def __init__(self):
        object.__init__(self, 1)
try:
    SB()
except TypeError as e:
    print(e)
for i in range(300):
    try:
        SA()
    except TypeError as e:
        m = str(e)
print(m)
