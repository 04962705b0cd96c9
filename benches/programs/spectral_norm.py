# Spectral norm of an infinite matrix (Computer Language Benchmarks Game).
import sys
from numba import njit


@njit
def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


@njit
def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


@njit
def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


@njit
def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


@njit
def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
print("%.9f" % spectral_norm(n))
