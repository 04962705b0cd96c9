# sys.getrecursionlimit / sys.setrecursionlimit, with CPython's checks.
import sys

print(sys.getrecursionlimit())
for bad in (0, -5, 2.5, "x", True):
    try:
        sys.setrecursionlimit(bad)
        print(bad, "set")
    except (ValueError, TypeError, RecursionError) as e:
        print(bad, type(e).__name__, e)


def at_depth(k):
    if k:
        return at_depth(k - 1)
    # Nothing is called while the limit is low: CPython counts calls of
    # built-ins too, Rumba only the frames of script functions.
    try:
        sys.setrecursionlimit(k + 6)
        sys.setrecursionlimit(1000)
        print("set inside")
    except RecursionError as e:
        print(type(e).__name__, e)


at_depth(0)
at_depth(2)
at_depth(5)

for call in (lambda: sys.setrecursionlimit(), lambda: sys.getrecursionlimit(1), lambda: sys.setrecursionlimit(limit=5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.setrecursionlimit(20000), sys.getrecursionlimit())
print(deep(5000))


def tetration_mod(x, y, m):
    # Project Euler 188's recursion, deeper than the default limit.
    return x % m if y == 1 else pow(x, tetration_mod(x, y - 1, m), m)


sys.setrecursionlimit(1855 + 30)
print(tetration_mod(1777, 1855, 10**8))
