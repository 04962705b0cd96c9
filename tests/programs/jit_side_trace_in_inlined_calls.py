# Guards that start failing inside calls the loop inlined (a method two
# levels deep, an __init__, a function), so side traces start inside those
# calls' frames; then their own guards fail too, and one raises.


class Cell:
    def __init__(self, v):
        if v % 3 == 0 and v > 600:
            self.v = v * 2
            self.mark = True
        else:
            self.v = v
            self.mark = False


class Grid:
    def __init__(self):
        self.total = 0
        self.marks = 0

    def put(self, c):
        self.total += self.weight(c)
        if c.mark:
            self.marks += 1
        return self.total

    def weight(self, c):
        if c.v > 1500:
            return c.v // 3
        if c.v > 900:
            return c.v - 900
        return c.v


def scale(x):
    if x > 2000:
        return x / 4
    return x


def main():
    g = Grid()
    s = 0.0
    for i in range(3000):
        c = Cell(i)
        g.put(c)
        s += scale(i)
    print(g.total, g.marks, s)

    bad = 0
    for i in range(2000):
        try:
            g.put(Cell(i) if i < 1500 else None)
        except AttributeError:
            bad += 1
    print(g.total, bad)


main()
