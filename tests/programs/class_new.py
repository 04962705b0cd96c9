# __new__: a class's own constructor, object.__new__, singletons,
# immutable values, __init__ skipped when __new__ returns another type.
class Point:
    __slots__ = ('x', 'y')

    def __new__(cls, x=0, y=0):
        self = super().__new__(cls)
        self.x = x
        self.y = y
        return self

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.x, self.y)


class Point3(Point):
    __slots__ = ('z',)

    def __new__(cls, x=0, y=0, z=0):
        return super().__new__(cls, x, y)

    def __init__(self, x=0, y=0, z=0):
        self.z = z


print(Point(1, 2), Point(), Point(y=5), Point3(1, 2, 3).z)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("making the one instance")
            cls._instance = object.__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs on every call")


a = Singleton()
b = Singleton()
print(a is b)


class Other:
    def __new__(cls, value):
        # Not an instance of cls: __init__ does not run.
        return value * 2

    def __init__(self, value):
        print("never printed")


print(Other(21), type(Other('ab')).__name__)


class Counted:
    made = 0

    def __new__(cls, *args, **kwargs):
        cls.made += 1
        return super().__new__(cls)

    def __init__(self, a, b=1, *, c=2):
        self.total = a + b + c


c = Counted(1, c=10)
print(c.total, Counted(5, 5).total, Counted.made)


class StaticNew:
    @staticmethod
    def __new__(cls, n):
        inst = object.__new__(cls)
        inst.n = n
        return inst


print(StaticNew(7).n, StaticNew.__new__(StaticNew, 3).n)


def errors():
    class NoInit:
        pass

    class WithNew:
        def __new__(cls, a):
            return object.__new__(cls, a)

    class WithInit:
        def __init__(self, a):
            self.a = a

    tries = [
        lambda: object.__new__(NoInit, 1),
        lambda: WithNew(1),
        lambda: object.__new__(WithInit, 1).__class__.__name__,
        lambda: object.__new__(5),
        lambda: object.__new__(int),
        lambda: NoInit(1),
    ]
    for t in tries:
        try:
            print(t())
        except TypeError as e:
            print("TypeError:", e)


errors()


class BadInit:
    def __new__(cls):
        return object.__new__(cls)

    def __init__(self):
        return 3


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# A loop that makes values through __new__, hot enough to compile.
total = 0
for i in range(300):
    p = Point(i, i + 1)
    total += p.x * p.y
print(total)
