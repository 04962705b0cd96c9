# copy, [:] and list() make independent lists; reverse works in place on
# every kind of list.
sources = [
    list(range(6)),
    [i * 1.5 for i in range(6)],
    [i % 2 == 0 for i in range(6)],
    ["a", 1, 2.0, None, (3,), True],
    [],
]
for xs in sources:
    a = xs.copy()
    b = xs[:]
    c = list(xs)
    xs.reverse()
    print(xs, a, b == c, a is xs, len(c))
    if a:
        a[0] = "changed"
        print(xs[-1], b[0], a[0])

big = list(range(301))
total = 0
for _ in range(100):
    big.reverse()
    total += big[0]
print(total, big[:3])
fl = [i / 4 for i in range(300)]
twin = fl.copy()
for i in range(300):
    twin[i] = twin[i] * 2
print(fl[-1], twin[-1], fl[10], twin[10])
r = list(reversed(fl))
print(r[:3], len(r), r == fl[::-1])
