# Counts the points of an n x n grid inside the Mandelbrot set.
import sys
from numba import njit


@njit
def mandelbrot(n):
    inside = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            escaped = False
            for _ in range(50):
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
            if not escaped:
                inside += 1
    return inside


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
print("%d" % mandelbrot(n))
