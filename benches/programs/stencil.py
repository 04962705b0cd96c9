# A 1-D heat-diffusion stencil: repeated sweeps over a list of floats.
import sys
from numba import njit


@njit
def stencil(n, sweeps):
    u = [0.0] * n
    for i in range(n):
        u[i] = ((i * 7) % 13) / 13.0
    v = u[:]
    for _ in range(sweeps):
        for i in range(1, n - 1):
            v[i] = u[i] + 0.25 * (u[i - 1] - 2.0 * u[i] + u[i + 1])
        u, v = v, u
    total = 0.0
    for x in u:
        total += x
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
print("%.9f" % stencil(n, 100))
