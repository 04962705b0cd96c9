# The truth of instances decided by a script __bool__ or __len__, and
# fused compare-and-jumps decided by __eq__/__lt__ (and != by __eq__), in
# hot loops: the JIT follows the method and takes the jump when it returns.


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v % 3 != 0


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.k == other.k

    def __lt__(self, other):
        return self.k < other.k


class Loud:
    """A __bool__ with an effect: counted once per test, JIT or not."""

    calls = 0

    def __bool__(self):
        Loud.calls += 1
        return Loud.calls % 2 == 0


class Weird:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        # Not a bool: the jump takes the truth of what it returns.
        return [self.v] if self.v == other.v else []

    def __len__(self):
        return self.v


class Wrapped:
    """Truth through a nested truth."""

    def __init__(self, inner):
        self.inner = inner

    def __bool__(self):
        return bool(self.inner) and not self.inner.v == 4


def run():
    a = b = c = d = e = 0
    keeps = []
    for i in range(600):
        f = Flag(i)
        if f:
            a += 1
        if not f:
            b += 1
        while Box([1] * (i % 3)) and c < i:
            c += 1
        x = f or "none"
        y = f and "some"
        if i % 50 == 0:
            keeps.append((x is f, y if isinstance(y, str) else y is f))
        if Key(i % 4) == Key(2):
            d += 1
        if Key(i % 5) < Key(3):
            e += 1
        if Key(i % 7) != Key(1):
            e += 2
        if Key(i % 2) == None:
            e += 100
        if Weird(i % 3) == Weird(1):
            d += 10
        if Weird(i % 3) != Weird(2):
            d += 20
        ne = Key(i % 3) != Key(0)
        if ne is True:
            e += 4
        if Weird(i % 4):
            d += 100
        if Wrapped(Flag(i % 6)):
            a += 1000
    print(a, b, c, d, e)
    print(keeps[:6])


def loud():
    n = 0
    for i in range(300):
        if Loud():
            n += 1
    print(n, Loud.calls)


class BadBool:
    def __init__(self, i):
        self.i = i

    def __bool__(self):
        return 1 if self.i > 250 else False


class BadLen:
    def __init__(self, i):
        self.i = i

    def __len__(self):
        return 5 - self.i // 60


def errors():
    n = 0
    try:
        for i in range(400):
            if BadBool(i):
                n += 1
    except TypeError as exc:
        print("TypeError", exc, n)
    n = 0
    try:
        for i in range(400):
            if not BadLen(i):
                n += 1
    except ValueError as exc:
        print("ValueError", exc, n)


run()
loud()
errors()
