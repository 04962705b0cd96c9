# `super(Class, obj)` in hot methods, `super().__init__()` reaching
# `object`, and `for` over instances of `list` subclasses, compiled: the
# same answers as the interpreter, including when a class changes under
# the loop or the receiver is of the wrong type.


class Base:
    def __init__(self, x):
        self.x = x

    def value(self):
        return self.x


class Mid(Base):
    def __init__(self, x):
        super(Mid, self).__init__(x * 2)

    def value(self):
        return super(Mid, self).value() + 1


class Leaf(Mid):
    def value(self):
        return super(Leaf, self).value() * 10


class Plain:
    def __init__(self):
        super().__init__()
        self.n = 1


class Plain2(Plain):
    def __init__(self):
        super(Plain2, self).__init__()
        self.n += 1


total = 0
for i in range(300):
    total += Leaf(i).value() + Mid(i).value() + Plain().n + Plain2().n
print(total)

# object.__init__ given arguments raises, compiled or not.
class Wrong:
    def __init__(self, k):
        super().__init__(k)


errors = 0
for i in range(50):
    try:
        Wrong(i)
    except TypeError as e:
        errors += 1
        msg = str(e)
print(errors, msg)


# A class that defines __init__ later: the loop sees it.
class Late:
    def __init__(self):
        super().__init__()


class Later(Late):
    def __init__(self):
        super(Later, self).__init__()


made = []
for i in range(100):
    if i == 60:
        def init(self):
            made.append("late")
        Late.__bases__[0]  # object
        Late.__init__ = init
    Later()
print(len(made))

# super(C, obj) with an obj that is not a C.
bad = 0
for i in range(40):
    try:
        super(Mid, Base(1) if i % 2 else Leaf(1)).value()
    except TypeError as e:
        bad += 1
        why = str(e)
print(bad, why)


class Bag(list):
    pass


class Sorted(list):
    def __iter__(self):
        return iter(sorted(list.__iter__(self)))


b = Bag([3, 1, 2])
s = Sorted([3, 1, 2])
acc = []
for i in range(200):
    t = 0
    for x in b:
        t = t * 10 + x
    for x in s:
        t = t * 10 + x
    acc.append(t)
    if i == 120:
        Bag.__iter__ = lambda self: iter([9])
print(acc[0], acc[-1], len(set(acc)))
