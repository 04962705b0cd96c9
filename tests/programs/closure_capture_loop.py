funcs = []
for i in range(4):
    def f():
        return i * 10
    funcs.append(f)
print([g() for g in funcs])
i = 100
print([g() for g in funcs])
bound = []
for i in range(4):
    def h(k=i):
        return k * 10
    bound.append(h)
print([g() for g in bound])
def make_multipliers():
    out = []
    for m in range(1, 4):
        def mul(x, m=m):
            return x * m
        out.append(mul)
    return out
print([f(5) for f in make_multipliers()])
def late():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(late())
def cell_after():
    def get():
        return v
    v = "set later"
    return get()
print(cell_after())
def rebinding():
    v = 1
    g = lambda: v
    v = 2
    a = g()
    v = 3
    return a, g()
print(rebinding())
