# Annotated functions called from hot loops: the JIT records and inlines
# them exactly as it would without the annotations.
from typing import List


def clamp(x: float, lo: float, hi: float) -> float:
    r: float = x
    if r < lo:
        r = lo
    elif r > hi:
        r = hi
    return r


def poly(x: int) -> int:
    y: int = x * x
    z: int = y + 3 * x + 1
    return z


def run(n: int) -> float:
    acc: float = 0.0
    total: int = 0
    for i in range(n):
        v: float = clamp(i * 0.37 - 50.0, -10.0, 10.0)
        acc += v
        total += poly(i % 100)
    return acc + total


def dot(a: List[float], b: list[float]) -> float:
    s: float = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


print(run(5000))
xs: List[float] = [i * 0.5 for i in range(200)]
ys: list[float] = [1.0 - i * 0.25 for i in range(200)]
best: float = 0.0
for rep in range(300):
    d: float = dot(xs, ys)
    if d < best:
        best = d
print(best, run.__annotations__, clamp.__annotations__["return"])
