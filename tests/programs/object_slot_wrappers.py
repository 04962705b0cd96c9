# object's methods taken from a class: Base.__init__(self) of a base that
# inherits object's, object.__repr__/__str__/__eq__/__ne__/__hash__/
# orderings/__format__ called with the instance, and the MROs of built-in
# types.
class A:
    pass

class B(A):
    def __init__(self, x):
        A.__init__(self)
        object.__init__(self)
        self.x = x
    def __repr__(self):
        return "B<" + object.__repr__(self).split(" object")[0] + ">"
    def __eq__(self, other):
        return isinstance(other, B) and self.x == other.x
    __hash__ = object.__hash__

b, c = B(1), B(1)
print(repr(b), str(b), object.__str__(b), b == c, b != c, object.__eq__(b, c), object.__eq__(b, b))
print(object.__ne__(b, c), object.__ne__(b, B(2)), object.__ne__(b, 5))
print(hash(b) == object.__hash__(b), hash(b) == hash(c), len({b, c}))
print(object.__lt__(b, c), object.__ge__(b, b), object.__format__(b, ""), format(b))
print(object.__init__, A.__init__, B.__repr__ is not object.__repr__, A.__eq__)
print(int.__mro__, bool.__mro__, bool.__bases__, str.__bases__, A.__mro__, map.__mro__)
for bad in [lambda: object.__repr__(), lambda: object.__eq__(b), lambda: object.__format__(b, "x"),
            lambda: object.__init__(b, 1), lambda: A.__init__(), lambda: object.__format__(b, 5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

class Tracked(A):
    count = 0
    def __init__(self, v):
        A.__init__(self)
        Tracked.count += 1
        self.v = v

total = 0
for k in range(2000):
    t = Tracked(k)
    total += t.v
print(total, Tracked.count)
