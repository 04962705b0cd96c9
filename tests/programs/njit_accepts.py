# @njit functions Numba 0.68's nopython mode compiles: they run as written.
import math
from numba import jit, njit, prange, int64, float64, types


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@njit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


@njit(cache=True, fastmath=True)
def norm(xs):
    s = 0.0
    for x in xs:
        s += x * x
    return math.sqrt(s)


@njit(parallel=True)
def total(n):
    acc = 0
    for i in prange(n):
        acc += i % 7
    return acc


@njit("int64(int64, int64)")
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


@njit(float64(float64, float64))
def hyp(a, b):
    return math.hypot(a, b)


@jit(nopython=True, nogil=True, boundscheck=False)
def mixed(n):
    # An int and a float meet: Numba unifies them as float64.
    x = 0
    for i in range(n):
        if i % 2:
            x = x + 0.5
        else:
            x = i
    return x


@njit
def stats(values):
    lo, hi = values[0], values[0]
    for v in values:
        lo = min(lo, v)
        hi = max(hi, v)
    return lo, hi, len(values)


@njit
def maybe(n):
    # None and an int meet: Optional(int64).
    r = None
    if n > 3:
        r = n * 2
    return r


@njit
def words(n):
    out = []
    for i in range(n):
        out.append(str(i) + "!")
    return out


def plain(d):
    return len(d)


@jit(forceobj=True)
def lenient(n):
    # Object mode: a dict of mixed types and a plain function are fine.
    d = {"a": 1, 2: "b"}
    return plain(d) + n


print(fib(20), is_even(10), is_odd(7))
print(norm([3.0, 4.0]), total(100), gcd(84, 36), hyp(3.0, 4.0))
print(mixed(6), stats([4, 1, 9, 3]), maybe(2), maybe(5))
print(words(3), lenient(1))
print(fib.py_func(10), int64, float64, types.int64, float64(float64))
for i in range(3):
    print(fib(i + 10), gcd(i + 4, 6))
