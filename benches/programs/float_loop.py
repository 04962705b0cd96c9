# A float recurrence: a harmonic oscillator stepped with symplectic Euler.
# The orbit neither decays nor grows, so no run ever reaches subnormal
# numbers (which would time the FPU's slow path instead of the runtime).
import sys
from numba import njit


@njit
def float_loop(n):
    x = 1.0
    v = 0.0
    h = 0.01
    s = 0.0
    for _ in range(n):
        v -= x * h
        x += v * h
        s += x * x / (1.0 + v * v)
    return s


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
print("%.9f" % float_loop(n))
