# Calls the interpreter binds without its general path (positional
# arguments, defaults for the rest) next to those that need it: the
# answers, the errors and the values defaults leave must be the same.


def pair(a, b=10, c=(1, 2)):
    return (a, b, c)


def bump(x, seen=[]):
    # One default list shared by every call that leaves it out.
    seen.append(x)
    return len(seen)


def total(n):
    t = 0
    for i in range(n):
        t += pair(i)[1] + pair(i, 2)[1] + pair(i, 3, 4)[2]
    return t


class Point:
    def __init__(self, x, y=0.5):
        self.x = x
        self.y = y

    def scaled(self, k=2):
        return Point(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def count(self, *rest):
        return len(rest)

    def gen(self, n=3):
        for i in range(n):
            yield self.x + i


class Shadowed(Point):
    pass


def main():
    print(pair(1), pair(1, 2), pair(1, 2, 3))
    print(bump(1), bump(2), bump(3, []), bump(4))
    print(total(500))
    s = 0.0
    for i in range(400):
        p = Point(i) if i % 3 else Point(i, 1.5)
        s += p.dot(p.scaled()) + p.dot(p.scaled(3)) + p.count() + p.count(1, 2)
        s += sum(p.gen()) + sum(p.gen(1))
    print(s)
    # A method replaced on the class, then shadowed by an instance
    # attribute: the call sites must see each change.
    q = Shadowed(2.0, 3.0)
    out = []
    for i in range(30):
        if i == 10:
            Shadowed.dot = lambda self, other: -1.0
        if i == 20:
            q.dot = lambda other: -2.0
        out.append(q.dot(q))
    print(out)
    for args in [(), (1, 2, 3, 4)]:
        try:
            pair(*args)
        except TypeError as e:
            print(e)
    try:
        Point()
    except TypeError as e:
        print(e)
    try:
        Point(1).scaled(1, 2)
    except TypeError as e:
        print(e)


class Down:
    def down(self, n, step=1):
        return 0 if n == 0 else 1 + self.down(n - step)


class Base:
    def area(self):
        return 0


class A(Base):
    def area(self):
        return 1


class B(Base):
    def area(self):
        return 2


class C(Base):
    pass


class D(Base):
    def area(self, scale=3):
        return 4 * scale


def polymorphic():
    # One call site meeting five classes, one of them changed half-way.
    shapes = [A(), B(), C(), D(), Base()] * 8
    total = 0
    for i, shape in enumerate(shapes):
        if i == 20:
            B.area = lambda self: 20
        total = total * 3 % 1000003 + shape.area()
    print(total)


main()
polymorphic()
try:
    Down().down(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(Down().down(500))
