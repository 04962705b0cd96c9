# K-means clustering of n points in the plane, written the way a Python
# user writes it: points are (x, y) tuples, the nearest centre comes from a
# function that returns a (distance, index) pair, the loops use enumerate
# and zip, distances go through math.sqrt, and the new centres are a
# comprehension over zipped per-cluster sums.
import math
import sys
from numba import njit

CLUSTERS = 32
ROUNDS = 16


@njit
def make_points(n, seed):
    # Noisy rings around the origin from a MINSTD stream: every twin can
    # reproduce the input exactly (the products stay below 2^53).
    points = []
    for i in range(n):
        seed = seed * 16807 % 2147483647
        angle = seed / 2147483647 * 2.0 * math.pi
        seed = seed * 16807 % 2147483647
        radius = 1.0 + i % 3 + seed / 2147483647 * 0.5
        points.append((radius * math.cos(angle), radius * math.sin(angle)))
    return points


@njit
def nearest(point, centres):
    x, y = point
    best, best_index = math.inf, -1
    for i, (cx, cy) in enumerate(centres):
        dx, dy = x - cx, y - cy
        distance = math.sqrt(dx * dx + dy * dy)
        if distance < best:
            best, best_index = distance, i
    return best, best_index


@njit
def kmeans(points, k, rounds):
    # The first k points are the initial centres, as in the simplest
    # textbook version; an empty cluster keeps its old centre.
    centres = points[:k]
    inertia = 0.0
    for _ in range(rounds):
        sum_x = [0.0] * k
        sum_y = [0.0] * k
        counts = [0] * k
        inertia = 0.0
        for point in points:
            distance, i = nearest(point, centres)
            inertia += distance
            sum_x[i] += point[0]
            sum_y[i] += point[1]
            counts[i] += 1
        centres = [
            (sx / count, sy / count) if count > 0 else centre
            for sx, sy, count, centre in zip(sum_x, sum_y, counts, centres)
        ]
    return inertia, centres, counts


@njit
def points_nearest(n):
    points = make_points(n, 42)
    inertia, centres, counts = kmeans(points, CLUSTERS, ROUNDS)
    spread = 0.0
    for x, y in centres:
        spread += math.sqrt(x * x + y * y)
    return inertia, spread, max(counts)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
inertia, spread, largest = points_nearest(n)
print("%.9f" % inertia)
print("%.9f %d" % (spread, largest))
