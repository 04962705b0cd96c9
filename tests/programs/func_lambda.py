sq = lambda x: x * x
add = lambda a, b=10: a + b
noarg = lambda: "none"
print(sq(9), add(1), add(1, 2), add(b=5, a=5), noarg())
print((lambda: 1)(), (lambda x, y: x * y)(6, 7), (lambda s: s[::-1])("abc"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in ops:
    print(sym, ops[sym](12, 4))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
curried = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curried(1)(2)(3))
cond = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([cond(n) for n in (-2, 0, 5)])
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
fs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fs])
