import math
import math as m
from math import sqrt, pi as PI, floor
import sys, time
from math import inf, nan, e, tau
from sys import argv
from time import perf_counter
from numba import njit
print(sqrt(49), PI == math.pi, floor(-1.5), m.ceil(1.2), m is math, inf, nan != nan, round(e, 6), tau > 6)
print(len(argv), argv is sys.argv, type(perf_counter()), time.time() > 1.6e9)
def area(r):
    return PI * r * r
print(round(area(2), 6), math.sqrt is sqrt)
sq = m.sqrt
print([sq(v) for v in (1, 4, 9)], m.pi == PI)
t0 = perf_counter()
acc = 0
for i in range(1000):
    acc += i
elapsed = perf_counter() - t0
print(acc, elapsed >= 0, elapsed < 10)
