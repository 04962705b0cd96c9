from numba import jit, njit
calls = []
def logged(f):
    def wrapper(a, b):
        calls.append(a)
        return f(a, b)
    return wrapper
def scaled(factor):
    def deco(f):
        def wrapper(x):
            return f(x) * factor
        return wrapper
    return deco
@logged
def add(a, b):
    return a + b
@scaled(10)
def inc(x):
    return x + 1
@scaled(2)
@scaled(3)
def ident(x):
    return x
print(add(1, 2), add(3, 4), calls, inc(1), ident(7))
@njit
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s
@njit(cache=True)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
@jit
def plain(x):
    return x - 1
@jit(nopython=True, fastmath=False)
def kw(x):
    return x * x
@njit()
def empty_args(x):
    return -x
print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), fact(20), plain(5), kw(9), empty_args(3))
def register(table):
    def deco(f):
        table.append(f)
        return f
    return deco
handlers = []
@register(handlers)
def h1():
    return "h1"
@register(handlers)
def h2():
    return "h2"
print([h() for h in handlers], h1())
