# expected: hand-written (what Numba 0.68 prints; tests/numba_check.py compares)
# What Numba's nopython mode refuses, caught and printed (less the lines
# that name the file's absolute path).
import math
from numba import njit
from numba.core.errors import TypingError

LIMITS = {"low": 1}
TABLE = [1.5, 2.5]


class Point:
    def __init__(self, x):
        self.x = x


def show(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        print(type(e).__name__, isinstance(e, TypingError))
        for line in str(e).splitlines():
            if " at /" not in line:
                print(line.split(". Raised from")[0])


@njit
def make_point(x):
    return Point(x)


@njit
def low(n):
    return n + LIMITS["low"]


@njit
def table(i):
    return TABLE[i]


@njit
def untyped_builtin(xs):
    return any(xs)


@njit
def squares(n):
    t = 0
    t += sum(i * i for i in range(n))
    return t


@njit
def formatted(x):
    return f"{x:.2f}"


@njit
def caught(n):
    try:
        n = n // 0
    except ZeroDivisionError as e:
        n = -1
    return n


@njit
def first(p):
    return 1


@njit
def second(d):
    return 2


@njit
def loop(n):
    x = 0
    for i in range(n):
        x = "a"
    return x


@njit
def fine(n):
    return math.sqrt(n) + math.floor(2.5)


show(make_point, 1)
show(low, 1)
show(table, 0)
show(untyped_builtin, [True])
show(squares, 4)
show(formatted, 1.0)
show(caught, 3)
show(first, Point(1))
show(second, {1: 2})
show(loop, 3)
show(fine, 16)
