# expected: hand-written (what Numba 0.68 prints; tests/numba_check.py compares)
# An @njit function calls a global that is a plain function: Numba's
# nopython mode cannot type it, and refuses at the first call.
from numba import njit


def helper(x):
    return x + 1


@njit
def total(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s


print("before")
print(total(10))
print("not reached")
