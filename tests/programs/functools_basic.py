import functools
from functools import reduce, partial, lru_cache, cache, cmp_to_key, wraps, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + [b], "abc", []))

def power(base, exp=2, *rest, **kw):
    return (base ** exp, rest, kw)

sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), sq(3, exp=4), partial(power, 2, 10)(), partial(power, 2)(3, 4, 5, z=1))
p = partial(power, 1, b=3)
print(p.func is power, p.args, p.keywords)
print(repr(partial(len)), repr(partial(len, "abc")), partial(len, "abc")())
print(partial(partial(power, 2), 5)())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache
def sq2(x):
    return x * x

print(sq2(4), sq2(4), sq2.cache_info(), sq2.__name__, sq2.__wrapped__(3))

@lru_cache(maxsize=2)
def ident(x):
    return x

ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())

@cache
def ways(n, k=2):
    if n == 0:
        return 1
    if n < 0:
        return 0
    return ways(n - 1, k) + ways(n - k, k=k)

print(ways(60), ways(30, k=3), ways.cache_info().hits > 0)

def compare(a, b):
    return (a > b) - (a < b)

print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
words = ["apple", "Bob", "cat", "Dog"]
print(sorted(words, key=cmp_to_key(lambda a, b: compare(a.lower(), b.lower())), reverse=True))
K = cmp_to_key(compare)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5))

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k) + 1
    return wrapper

@deco
def add(a, b):
    return a + b

print(add(1, 2), add.__name__, add.__wrapped__(1, 2))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n

a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= Version(1), a > Version(1))
print([v.n for v in sorted([Version(3), Version(1), Version(2)])])

@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __gt__(self, o):
        return self.n > o.n

print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) >= Rev(2), Rev(1) > Rev(2))
total = 0

def show(fn):
    try:
        print("ok", fn())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

show(lambda: reduce(lambda a, b: a + b, []))
show(lambda: reduce(1))
show(lambda: reduce(lambda a, b: a + b, [1], 2, 3))
show(lambda: partial())
show(lambda: partial(1))
show(lambda: lru_cache(maxsize="a"))
show(lambda: cmp_to_key())
show(lambda: total_ordering(type("X", (), {})) if False else 1)
