# Special methods that change the container they are called from: the
# lookup starts again or stops as CPython's does, and nothing the method
# dropped is used afterwards.
class Clearing:
    def __init__(self, target, k):
        self.target = target
        self.k = k

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.clear()
        # Garbage made while the lookup is under way.
        [[i] for i in range(200000)]
        return False


d = {}
d[Clearing(d, 1)] = "one"
print(Clearing(d, 2) in d, len(d))

s = set()
s.add(Clearing(s, 1))
print(Clearing(s, 2) in s, len(s))

xs = []
xs.extend([Clearing(xs, 1), Clearing(xs, 2), 3])
print(3 in xs, len(xs))


class Growing:
    def __init__(self, target, k):
        self.target = target
        self.k = k

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if len(self.target) < 50:
            self.target[len(self.target) + 100] = len(self.target)
        return isinstance(other, Growing) and self.k == other.k


g = {}
g[Growing(g, 0)] = 0
print(Growing(g, 0) in g, len(g) > 1)


class Shrinking:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if ys:
            ys.pop()
        return isinstance(other, Shrinking) and self.k == other.k


ys = [Shrinking(k) for k in range(10)]
print(ys.count(Shrinking(0)), len(ys))
zs = [Shrinking(1), Shrinking(2)]
ys = [Shrinking(1), Shrinking(2)]
print(zs == ys, len(ys))
