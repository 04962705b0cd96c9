# Methods with loops or recursion called from compiled loops run through
# their own entry traces (the function goes in below the receiver when
# the call is made): a linked-list walk, a recursive tree sum, a method
# recursing past the recursion limit, and a method replaced meanwhile.


class Link:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def total(self):
        t = 0
        p = self
        while p is not None:
            t += p.v
            p = p.nxt
        return t

    def depth(self):
        if self.nxt is None:
            return 1
        return 1 + self.nxt.depth()


def main():
    chain = None
    for i in range(40):
        chain = Link(i, chain)
    s = 0
    for i in range(2000):
        s += chain.total() + chain.depth()
    print(s)

    long = None
    for i in range(3000):
        long = Link(1, long)
    errors = 0
    for i in range(30):
        try:
            long.depth()
        except RecursionError:
            errors += 1
    print(errors)

    out = 0
    for i in range(1500):
        out += chain.total()
        if i == 700:
            Link.total = lambda self: -1
    print(out)


main()
