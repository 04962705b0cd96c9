# Rolling-window statistics over a random walk, the way a Python user
# computes them without NumPy: day-to-day changes from zip(xs, xs[1:]), and
# for every 50-step window a slice xs[i:i + k] with sum, min, max and the
# median of sorted(window), returned from a function as a tuple.
import sys
from numba import njit

WINDOW = 50


@njit
def random_walk(n, seed):
    # MINSTD steps in [-0.5, 0.5): exact in every twin.
    walk = []
    x = 100.0
    for _ in range(n):
        seed = seed * 16807 % 2147483647
        x += seed / 2147483647 - 0.5
        walk.append(x)
    return walk


@njit
def window_stats(window):
    ordered = sorted(window)
    mean = sum(window) / len(window)
    return mean, ordered[len(ordered) // 2], min(window), max(window)


@njit
def slices_stats(n):
    xs = random_walk(n, 42)
    changes = [b - a for a, b in zip(xs, xs[1:])]
    rises = len([c for c in changes if c > 0])
    total_mean = total_median = total_range = 0.0
    breakouts = 0
    for i in range(len(xs) - WINDOW):
        mean, median, low, high = window_stats(xs[i:i + WINDOW])
        total_mean += mean
        total_median += median
        total_range += high - low
        if xs[i + WINDOW] > high:
            breakouts += 1
    return rises, breakouts, total_mean, total_median, total_range


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
rises, breakouts, total_mean, total_median, total_range = slices_stats(n)
print("%d %d" % (rises, breakouts))
print("%.9f %.9f %.9f" % (total_mean, total_median, total_range))
