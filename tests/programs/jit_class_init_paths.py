# Constructors called in hot loops: defaults, branches in __init__,
# __init__ that raises, returns a value, or has a loop of its own,
# inheritance, classes without __init__, and methods with defaults.


class Point:
    def __init__(self, x, y=0.0, tag=None):
        self.x = x
        self.y = y
        if tag is not None:
            self.tag = tag

    def moved(self, dx, dy=1.0):
        return Point(self.x + dx, self.y + dy)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Empty:
    pass


class Picky:
    def __init__(self, n):
        if n % 97 == 96:
            raise ValueError("bad " + str(n))
        self.n = n


class Loopy:
    def __init__(self, n):
        self.total = 0
        for k in range(n):
            self.total += k


class Wrong:
    def __init__(self, n):
        self.n = n
        if n == 250:
            return n


def main():
    p = Point(0.0)
    for i in range(300):
        p = p.moved(0.5)
        if i % 50 == 0:
            p = Point(p.x, p.y, "t" + str(i))
    print(p.x, p.y, hasattr(p, "tag"))

    s = 0
    for i in range(300):
        q = Point3(i, i + 1, i + 2)
        s += q.x + q.y + q.z
    print(s)

    es = [Empty() for _ in range(300)]
    print(len(es), type(es[0]).__name__)

    bad = 0
    good = 0
    for i in range(400):
        try:
            good += Picky(i).n
        except ValueError as e:
            bad += 1
            last = str(e)
    print(good, bad, last)

    print(sum([Loopy(i % 20).total for i in range(300)]))

    try:
        for i in range(300):
            Wrong(i)
    except TypeError as e:
        print(i, e)


main()
