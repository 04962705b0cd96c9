# Bounds checks a range loop's trace makes once at the loop head: each
# way the head's check can fail must leave the answer (and the error) as
# the interpreter gives it.

def pairs(a, n):
    # i + 1 runs off the end only on the last iteration.
    s = 0
    try:
        for i in range(n):
            s += a[i] * a[i + 1]
    except IndexError as e:
        return s, "IndexError at", i, str(e)
    return s, "done"


def backwards(a):
    # A negative step: the values fall from next to last.
    s = 0
    for i in range(len(a) - 1, 0, -1):
        s += a[i] - a[i - 1]
    return s


def from_minus_one(a):
    # a[i - 1] at i == 0 is a[-1], the last item: legal Python.
    s = 0
    for i in range(len(a)):
        s += a[i - 1] * (i + 1)
    return s


def breaks_early(a, n):
    # The range is longer than the list but the loop breaks in time: the
    # hoisted check fails at every entry and the loop still counts right.
    s = 0
    for i in range(n):
        if i == len(a) - 1:
            break
        s += a[i + 1]
    return s


def stepping(a):
    s = 0.0
    for i in range(1, len(a) - 2, 3):
        s += a[i - 1] + a[i + 2]
    return s


def shrinking(a):
    # The list gets shorter inside the loop: its length is no invariant.
    s = 0
    for i in range(len(a)):
        if i < len(a):
            s += a[i]
            if i % 7 == 3:
                a.pop()
    return s, len(a)


def two_lists(u, v, n):
    # v is shorter than u: the check against v's length fails at the head.
    out = []
    try:
        for i in range(1, n - 1):
            out.append(u[i - 1] + u[i + 1] - v[i])
    except IndexError as e:
        out.append(str(e))
    return out[-3:], len(out)


xs = list(range(50))
for n in [10, 49, 50, 51]:
    print(pairs(xs, n))
print(backwards(xs), backwards([3, 1, 4, 1, 5, 9, 2, 6]))
print(from_minus_one(xs), from_minus_one([2.5, -1.0, 4.0]))
for k in range(30):
    t = breaks_early(xs, 100)
print(t, breaks_early(xs, 20), breaks_early([1], 5))
fs = [i * 0.5 for i in range(40)]
print(stepping(fs), stepping(fs[:7]))
print(shrinking(list(range(40))))
u = list(range(30))
print(two_lists(u, u, 30))
print(two_lists(u, u[:20], 30))
for k in range(5):
    r = two_lists(u, u[:25], 30)
print(r)
# A loop of one iteration after the peeled one, and of none.
total = 0
for k in range(200):
    for i in range(k % 3):
        total += xs[i + 1] - xs[i]
print(total)
