# lru_cache(typed=True): arguments of different types are cached apart.
from functools import lru_cache, cache

@lru_cache(typed=True)
def show(x):
    return repr(x)

@lru_cache(maxsize=None)
def plain(x):
    return repr(x)

@lru_cache(maxsize=4, typed=True)
def small(x, scale=1):
    return (repr(x), scale)

print(show(1), show(1.0), show(True), show(1))
print(show.cache_info())
print(plain(1), plain(1.0), plain(True))
print(plain.cache_info())
print(small(2), small(2.0), small(2, scale=3), small(2, scale=3.0), small(2.0, scale=3))
print(small.cache_info())

@lru_cache(None, True)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib(60.0) if False else "", fib.cache_info())

@lru_cache(typed=True)
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
total = 0
for i in range(300):
    total += rec(i % 50) + rec(float(i % 7))
print(total, rec.cache_info())

@cache
def c(x):
    return repr(x)
print(c(1), c(1.0), c.cache_info())
