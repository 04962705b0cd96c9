# Generator methods, super() inside them, keyword-only parameters, nonlocal.
class A:
    def items(self):
        yield "a"
    def __iter__(self):
        return self.items()
class B(A):
    def items(self):
        yield from super().items()
        for x in super().items():
            yield x * 2
        yield "b"
print(list(B()), list(iter(B())))
def kw(*, n=2, **rest):
    for i in range(n):
        yield i, sorted(rest)
print(list(kw(n=3, z=1, a=2)))
def outer():
    v = 5
    def gen():
        nonlocal v
        while v > 0:
            v -= 1
            yield v
    return gen(), lambda: v
g, peek = outer()
print(next(g), peek(), list(g), peek())
