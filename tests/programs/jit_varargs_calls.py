# *args, keyword-only parameters and their defaults in calls a trace
# inlines: the extra arguments become a tuple only where it is used as one,
# and exits inside the callee rebuild it.


def first_plus(a, *rest):
    return a + len(rest)


def pick(*xs):
    if len(xs) > 2:
        return xs[1]
    return xs


def scaled(x, *, factor=2, offset=0):
    return x * factor + offset


def join_all(sep, *parts):
    return sep.join(parts)


class Bag:
    def __init__(self, *items):
        self.items = items

    def extend(self, *more):
        return Bag(*(self.items + more))

    def size(self, *ignored):
        return len(self.items) + len(ignored)


kept = []
total = 0
for i in range(400):
    total += first_plus(i) + first_plus(i, 1, 2, 3)
    total += scaled(i) + scaled(i, factor=3) + scaled(i, offset=1, factor=1)
    p = pick(i, i + 1, i + 2)
    total += p
    q = pick(i)
    if i % 100 == 0:
        kept.append(q)
        kept.append(pick())
        kept.append(join_all("-", "a", str(i), "b"))
    b = Bag(i, 2)
    total += b.size() + b.size(0, 0) + b.extend(7, 8).size()
print(total, kept)

# The values change type inside the callee partway through: exits from
# inside the inlined frame must make the *args tuple for real.


def mixed(*xs):
    s = 0
    s += xs[0]
    s += xs[-1]
    return s, len(xs)


acc = []
for i in range(300):
    v = i if i < 200 else i + 0.5
    acc.append(mixed(v, "x", v))
print(acc[0], acc[199], acc[200], acc[-1])

# The tuple escapes: it is stored, compared and hashed.


def record(*args):
    return args


seen = {}
for i in range(300):
    t = record(i % 5, "k")
    seen[t] = seen.get(t, 0) + 1
    same = t == (i % 5, "k")
    if not same:
        print("differs", t)
print(sorted(seen.items()))
print(record() == (), type(record(1)).__name__)

# Wrong calls still raise as CPython does.
for i in range(3):
    try:
        scaled(1, 2)
    except TypeError as e:
        print(e)
    try:
        scaled(1, factor=1, bad=2)
    except TypeError as e:
        print(e)
    try:
        first_plus()
    except TypeError as e:
        print(e)

# Spread calls: f(*t) of tuples and lists, real or just built, whose
# length changes partway, into functions, *args functions and classes.


def area(w, h, d=1):
    return w * h * d


class Box:
    def __init__(self, w, h, d):
        self.volume = w * h * d


shapes = [(i % 7, i % 5) if i % 50 else (i % 7, i % 5, 2) for i in range(300)]
s = 0
for dims in shapes:
    s += area(*dims)
    s += area(*list(dims))
    s += len(record(*dims))
    s += Box(*(dims + (1,))[:3]).volume
print(s)

pairs = [[1, 2], [3, 4, 5], (6,), [], (7, 8, 9, 10)]
for i in range(120):
    p = pairs[i % 5]
    try:
        r = area(*p)
    except TypeError as e:
        r = str(e)
    if i >= 115:
        print(r, first_plus(*p) if p else "none")
print(area(*iter((2, 3))), area(*(x for x in (4, 5, 6))))
