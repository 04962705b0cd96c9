# locals() and vars(): a function's bound locals as a new dict (cells
# read through), a class body's namespace, a module's globals.
def f(a, b=2):
    c = a + b
    unbound_later = None
    del unbound_later

    def inner():
        return c

    snap = locals()
    snap["a"] = 100
    return sorted(snap), snap["c"], a, inner()


print(f(1))


def g(*args, **kw):
    return sorted(vars().items(), key=lambda kv: kv[0])


print(g(1, 2, x=3))


class K:
    x = 1
    y = x + 1
    names = sorted(n for n in locals() if not n.startswith("__"))


print(K.names)
top = locals()
print(top is globals(), top["K"] is K)


def counter():
    total = 0
    for i in range(300):
        total += len(locals())
    return total


print(counter())
