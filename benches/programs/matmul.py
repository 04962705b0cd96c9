# Matrix multiply on lists of lists of floats.
import sys
from numba import njit


@njit
def make(n, seed):
    return [[((i * n + j + seed) % 17) / 17.0 for j in range(n)] for i in range(n)]


@njit
def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(n):
            aik = ai[k]
            bk = b[k]
            for j in range(n):
                ci[j] += aik * bk[j]
    return c


@njit
def run(n):
    c = matmul(make(n, 1), make(n, 5), n)
    total = 0.0
    for row in c:
        for v in row:
            total += v
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 120
print("%.9f" % run(n))
