# Comparisons with instances in hot loops: identity == and != for classes
# without __eq__ (against instances, None and numbers), __lt__/__eq__
# special methods followed as operators are, reflected ones, NotImplemented
# after many calls, and __eq__ added to the class while the loop runs.


class Node:
    def __init__(self, v):
        self.v = v


class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return (self.major, self.minor) < (o.major, o.minor)

    def __eq__(self, o):
        return isinstance(o, Ver) and self.major == o.major and self.minor == o.minor

    def __gt__(self, o):
        return (self.major, self.minor) > (o.major, o.minor)


def main():
    nodes = [Node(i) for i in range(10)]
    target = nodes[3]
    hits = 0
    for i in range(600):
        n = nodes[i % 10]
        if n == target:
            hits += 1
        if n != target:
            hits += 2
        if n == None or n == 5:
            hits += 100
        same = n == nodes[(i + 1) % 10]
        hits += same
    print(hits)

    vs = [Ver(i % 4, i % 3) for i in range(40)]
    lt = eq = gt = 0
    for i in range(600):
        a, b = vs[i % 40], vs[(i * 7) % 40]
        r = a < b
        lt += r
        eq += a == b
        gt += a > b
        if i > 400:
            try:
                lt += a < 3
            except TypeError:
                eq += 1000
    print(lt, eq, gt)

    m = Node(1)
    k = Node(1)
    count = 0
    for i in range(300):
        count += m == k
        if i == 150:
            Node.__eq__ = lambda self, o: self.v == o.v
    print(count)


main()
