def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6, e=7, d=8, z=9))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(1, 2), g(x=1), g(1, *[2, 3], y=2, **{"z": 3}))
def h(a, b, /, c, *, d):
    return a + b + c + d
print(h(1, 2, 3, d=4), h(1, 2, c=3, d=4))
def wrapper(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(wrapper(h, 1, 2, 3, d=10), wrapper(max, 3, 9, 4))
lam = lambda *xs, scale=1: sum(xs) * scale
print(lam(1, 2, 3), lam(1, 2, scale=10))
class Shape:
    def __init__(self, **opts):
        self.opts = opts
class Box(Shape):
    def __init__(self, w, h, **opts):
        Shape.__init__(self, **opts)
        self.w, self.h = w, h
b = Box(2, 3, color="red", fill=True)
print(b.w, b.h, b.opts)
total = 0
for i in range(3000):
    total += len(g(i, i, k=i)[0]) + f(i, c=i)[3]
print(total)
for bad in ["f(1)", "f(1, 2, c=3, c2=1, a=5)", "h(1, b=2, c=3, d=4)", "h(1, 2, 3, 4)", "g(**{1: 2})"]:
    try:
        eval_ = {"f(1)": lambda: f(1), "f(1, 2, c=3, c2=1, a=5)": lambda: f(1, 2, c=3, c2=1, a=5),
                 "h(1, b=2, c=3, d=4)": lambda: h(1, b=2, c=3, d=4), "h(1, 2, 3, 4)": lambda: h(1, 2, 3, 4),
                 "g(**{1: 2})": lambda: g(**{1: 2})}[bad]
        eval_()
    except TypeError as e:
        print("TypeError:", e)
