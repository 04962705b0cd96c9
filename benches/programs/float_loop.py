# A float recurrence: floating-point arithmetic in one tight loop.
import sys
from numba import njit


@njit
def float_loop(n):
    x = 0.0
    y = 1.0
    s = 0.0
    for i in range(n):
        x = x * 0.999 + y * 0.001
        y = y * 0.999 - x * 0.001
        s += x * y
    return s


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
print("%.9f" % float_loop(n))
