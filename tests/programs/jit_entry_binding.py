# Functions with loops or recursion whose calls bind more than one value
# per parameter (*args, keyword-only defaults, **kwargs, closures over
# their parameters), called from compiled loops through their entry
# traces: the call binds the arguments as the interpreter's does.


def total(*xs, scale=1):
    s = 0
    for x in xs:
        s += x
    return s * scale


def depth(n, *rest):
    if n == 0:
        return len(rest)
    return depth(n - 1, *rest) + 1


def closure_loop(n):
    def inner(v):
        return v + n

    t = 0
    for i in range(n):
        t += inner(i)
    return t


def options(a, **extra):
    n = a
    for k in extra:
        n += len(k)
    return n


class Summer:
    def add(self, *xs, bias=0):
        t = bias
        for x in xs:
            t += x
        return t


s = Summer()
acc = 0
for i in range(400):
    acc += total(i, 1, 2) + total() + total(i)
    acc += depth(i % 5, "a", "b") + depth(i % 3)
    acc += closure_loop(i % 6) + options(i)
    acc += s.add(1, 2, i) + s.add()
print(acc)

# The values change type partway: exits inside the callees' traces.
mixed = []
for i in range(300):
    v = i if i < 200 else i + 0.5
    mixed.append(total(v, v, 1))
print(mixed[0], mixed[199], mixed[200], mixed[-1])

# Keyword calls of loop functions, through their entry traces too: a
# keyword-only parameter after *args, a defaulted one named, **kwargs
# collecting the rest.
kw = 0
for i in range(300):
    kw += total(i, -1, scale=2) + total(scale=3) + options(i, alpha=1, be=2)
    kw += s.add(i, 1, bias=5)
print(kw, options(1, x=2, yy=3, zzz=4))
try:
    total(1, bad=2)
except TypeError as e:
    print(e)
