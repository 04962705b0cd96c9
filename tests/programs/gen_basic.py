# Generator functions: yield forms, next(), StopIteration, laziness.
def count(n):
    print("start", n)
    i = 0
    while i < n:
        yield i
        i += 1
    print("end", n)


g = count(3)
print("made")
print(type(g).__name__, type(g) is type(count(0)))
print(iter(g) is g)
print(next(g))
print(next(g), next(g))
print(next(g, "default"))
print(next(g, "again"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


def bare():
    yield
    yield


print(list(bare()))


def as_expression():
    x = yield 1
    print("x is", x)
    y = (yield 2)
    print("y is", y)
    return "ignored"


for v in as_expression():
    print("got", v)


def early(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i


print(list(early(10)), list(early(1)))


def pairs():
    yield 1, 2
    yield (3, 4)


for a, b in pairs():
    print(a + b)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])


def with_args(a, b=10, *rest, scale=1, **kw):
    yield a * scale
    yield b * scale
    for r in rest:
        yield r * scale
    for k in kw:
        yield k


print(list(with_args(1)), list(with_args(1, 2, 3, 4, scale=2, z=0)))


def closure(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen


print(list(closure(4)()))


def counter():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    for i in range(5):
        yield add(i)


print(list(counter()))
lam = lambda: (yield 7)
print(list(lam()))
print(repr(count(1)).startswith("<generator object count at 0x"))


class Box:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for it in self.items:
            yield it * 2

    def evens(self):
        for it in self.items:
            if it % 2 == 0:
                yield it


b = Box([1, 2, 3, 4])
print(list(b), sum(b), list(b.evens()))
print(repr(b.evens()).startswith("<generator object Box.evens at 0x"))
for x in b:
    print(x, end=" ")
print()


def empty():
    return
    yield


print(list(empty()), next(empty(), "none"))
gen_a = count(2)
gen_b = count(2)
print(next(gen_a), next(gen_b), next(gen_a), next(gen_b))
