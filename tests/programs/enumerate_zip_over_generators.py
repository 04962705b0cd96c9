# enumerate() and zip() of generators (and of the map and filter objects
# the prelude steps as generators): the objects keep the built-ins'
# behaviour (the count goes on after an error, zip loses the item taken
# before the iterator that ends it) and hot loops over them compile with
# the generators' steps inline.


def gen(n, fail_at=-1):
    for i in range(n):
        if i == fail_at:
            raise ValueError("gen failed at %d" % i)
        yield i * 10


nz, ne = zip([1], "a"), enumerate("ab", 5)
print(type(nz), type(ne), repr(nz)[:13], repr(ne)[:19], nz.__next__(), ne.__next__(), iter(nz) is nz)
print(type(nz) is type(zip(gen(1))), type(ne) is type(enumerate(gen(1))))
e = enumerate(gen(3))
print(type(e), type(e).__name__, repr(e)[:19], iter(e) is e, e.__next__(), list(e), list(e))
print(list(enumerate(gen(3), 5)), list(enumerate(gen(2), start=-3)), list(enumerate(gen(3), 2**63 - 2)))
m = enumerate(map(lambda x: 10 // x, [5, 0, 2, 1]), 1)
print(next(m))
try:
    next(m)
except ZeroDivisionError as err:
    print("error", err)
print(list(m))
bad = enumerate(gen(5, fail_at=2))
print(next(bad), next(bad))
try:
    next(bad)
except ValueError as err:
    print("error", err)
print(list(bad), next(bad, "done"))

z = zip(gen(3), [1, 2])
print(type(z).__name__, repr(z)[:13], list(z), list(z))
g = gen(5)
print(list(zip(g, "ab")), next(g))
g = gen(5)
print(list(zip("ab", g)), next(g))
g = gen(5)
print(list(zip([], g)), next(g))
print(list(zip(gen(3))), list(zip(gen(4), "xyz", [True, False, None, 1])), list(zip(gen(2), gen(3), gen(4), gen(5))))
zz = zip(gen(4, fail_at=1), "abc")
print(next(zz))
try:
    next(zz)
except ValueError as err:
    print("error", err)
print(list(zz))
print(list(enumerate(zip(gen(3), map(lambda s: s * 2, "abc")))))
print(dict(zip(gen(3), filter(lambda w: w, ["", "a", "b", "", "c"]))))
print(sum(i * v for i, v in enumerate(gen(6))), max(zip(gen(3), "cab")))
a, b = zip(*zip(gen(3), "xyz"))
print(a, b)

# Built-in iterators a trace steps one item at a time (reversed, a map of
# a built-in): an enumerate or zip of them is the prelude's too.
r = reversed([1, 2, 3])
print(list(zip(r, [9])), next(r), list(zip([5, 6], reversed("ab"))), list(enumerate(reversed((4, 5)), 1)))
mi = map(int, "7 8 9".split())
print(list(zip(mi, "xy")), next(mi, "none"), list(enumerate(map(abs, [-1, 2, -3]))))
print(type(zip(reversed([1]), [2])).__name__, type(enumerate(reversed([1]))).__name__, list(zip(filter(None, [0, 1, 2]), "ab")))

# Hot loops: each round makes new generators; the loop over them compiles.
total = 0
for r in range(120):
    for i, v in enumerate(gen(r % 9 + 1), r):
        total += i * v
    for x, y in zip(gen(r % 5), range(3)):
        total -= x + y
    for k, w in enumerate(filter(lambda u: u % 3, range(r % 11))):
        total += k * w
    if r % 20 == 0:
        print(r, total)
pairs = 0
for r in range(60):
    for i, (p, q) in enumerate(zip(gen(7), map(lambda u: u * r, range(r % 6)))):
        pairs += i + p - q
xs = list(range(40))
rev = 0
for r in range(80):
    for a, b in zip(xs, reversed(xs)):
        rev += a * b - r
    for i, x in enumerate(reversed(xs[: r % 9])):
        rev -= i * x
print(total, pairs, rev)
