# Generators the way scripts chain them: a stream of readings from a
# generator function, smoothed by another, filtered by a third, and summed
# up with generator expressions handed to sum(), max() and all(). The
# argument is the number of readings.
import math
import sys


def readings(n, seed):
    # A linear congruential stream of sensor values in [-100, 100).
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield i, (x % 2000) / 10.0 - 100.0


def smooth(stream, width):
    # A moving average over the last `width` values.
    window = []
    total = 0.0
    for i, v in stream:
        window.append(v)
        total += v
        if len(window) > width:
            total -= window.pop(0)
        yield i, total / len(window)


def spikes(stream, limit):
    for i, v in stream:
        if abs(v) > limit:
            yield i


def stats(values):
    n = len(values)
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / n
    return mean, math.sqrt(variance)


def main(n):
    smoothed = [v for _, v in smooth(readings(n, 42), 8)]
    mean, sd = stats(smoothed)
    count = sum(1 for _ in spikes(smooth(readings(n, 7), 4), 60.0))
    top = max(abs(v) for v in smoothed)
    inside = all(-100.0 <= v < 100.0 for v in smoothed)
    print(f"{mean:.9f} {sd:.9f}")
    print(f"{count} {top:.9f} {inside}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
