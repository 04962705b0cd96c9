# expected: hand-written (what Numba 0.68 prints; tests/numba_check.py compares)
# A variable is an int on one path and a str on the other, and is read
# where they meet: Numba cannot unify the two types.
from numba import njit


@njit
def pick(n):
    x = 1
    if n > 2:
        x = "hello"
    return x


print("before")
print(pick(1))
