# Slice reads and equal-size slice writes of lists in every storage, from
# lists and tuples, forwards, backwards and stepped, in loops hot enough
# to be compiled; then the cases the copying path leaves to the general
# one (other storages, other sizes, the list itself, big bounds).


def flips(perm):
    # fannkuch's inner loop: a reversed run written over the front.
    count = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count


total = 0
for start in range(40):
    p = [(start * 7 + i * 3) % 9 for i in range(9)]
    seen = set()
    q = []
    for x in p:
        if x not in seen:
            seen.add(x)
            q.append(x)
    for x in range(9):
        if x not in seen:
            q.append(x)
    total += flips(q)
    if start % 13 == 0:
        print(start, q)
print("flips", total)

lists = {
    "int": [1, 2, 3, 4, 5, 6, 7, 8],
    "float": [0.5, -0.0, 2.5, 3.0, float("inf"), 5.5, 6.0, 7.25],
    "bool": [True, False, True, True, False, False, True, False],
    "obj": ["a", 1, 2.0, None, (1,), [2], True, "z"],
}
for name, base in lists.items():
    out = []
    for i in range(30):
        a = base[:]
        lo, hi = i % 5, 8 - i % 3
        out.append(a[lo:hi])
        out.append(a[hi - 1:lo:-1] if hi - 1 > lo else a[::-1])
        out.append(a[::2 + i % 3])
        out.append(a[-1:-9:-3])
        out.append(a[lo:lo])
        a[lo:hi] = base[lo:hi][::-1]
        a[::2] = tuple(base[1::2])
        a[7:3:-2] = a[0:2]
        out.append(a)
    print(name, out[0], out[1], out[2], out[3], out[4], out[-1])
    print(name, len(out), sum(len(x) for x in out))

# Sources of another storage than the list's: widened, or written as is
# into an object list.
for i in range(25):
    a = [1, 2, 3, 4]
    a[1:3] = [2.5, 3.5]
    b = [1.0, 2.0, 3.0]
    b[0:2] = (True, 7)
    c = [True, False, True]
    c[::2] = [False, 1]
    d = ["x", "y", "z"]
    d[0:3] = [9, 8, 7]
    e = [None, None]
    e[:] = (1.5, 2.5)
if True:
    print(a, b, c, d, e)
    print([type(x).__name__ for x in a + b + c + d + e])

# The list itself as the source, a generator as the source, sizes that
# differ, and bounds that are not plain ints.
for i in range(20):
    a = [0, 1, 2, 3, 4, 5]
    a[:] = a
    a[::-1] = a
    a[1:3] = a
    g = [9, 9, 9]
    g[0:3] = (x * x for x in range(3))
    h = [1, 2, 3, 4, 5]
    h[1:4] = [7]
    h[0:1] = [8, 8, 8]
    big = [1, 2, 3, 4]
    big[-10**30:10**30] = [5, 6, 7, 8]
    big2 = big[10**20:-10**20:-1]
    t = [4, 5, 6]
    t[True:3] = [0, 0]
print(a, g, h, big, big2, t)

for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        x = [0, 1, 2, 3, 4, 5]
        x[::2] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    x = [1, 2, 3]
    x[::0] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x = [1, 2, 3]
    x[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
for s in (slice(None, None, 2), slice(None, None, -1), slice(0, 1, 1), slice(0, 1, None), slice(None, None, 0)):
    try:
        x = [1, 2, 3]
        x[s] = 5
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def failing():
    yield 1
    raise TypeError("raised while gathering")


try:
    x = [1, 2, 3]
    x[0:1] = failing()
except TypeError as e:
    print("TypeError:", e)
