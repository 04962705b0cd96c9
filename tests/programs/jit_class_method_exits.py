# Exits taken inside methods the compiled loop inlined: a division by zero
# caught outside, a branch that turns after many calls, an attribute
# missing on one instance, recursion and loops inside methods.


class Acc:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, v):
        self.count += 1
        if v > 1000:
            self.total += v // 2
        else:
            self.total += v
        return self.total // self.count

    def ratio(self, d):
        return self.total / d


class Node:
    def __init__(self, v, left=None, right=None):
        self.v = v
        self.left = left
        self.right = right

    def total(self):
        s = self.v
        if self.left is not None:
            s += self.left.total()
        if self.right is not None:
            s += self.right.total()
        return s

    def flat(self):
        out = 0
        for k in range(self.v % 5):
            out += k
        return out


def build(d):
    if d == 0:
        return Node(1)
    return Node(d, build(d - 1), build(d - 1))


def main():
    a = Acc()
    avg = 0
    for i in range(2000):
        avg = a.add(i)
    print(a.total, a.count, avg)

    caught = 0
    for i in range(300):
        try:
            a.ratio(i % 7)
        except ZeroDivisionError:
            caught += 1
    print(caught)

    t = build(6)
    print(sum([t.total() for _ in range(50)]))
    print(sum([Node(i).flat() for i in range(300)]))

    class Opt:
        def __init__(self, i):
            if i != 200:
                self.v = i

    got = 0
    try:
        for i in range(300):
            got += Opt(i).v
    except AttributeError as e:
        print(got, e)


main()
