# Counts words from a deterministic stream (MINSTD generator) in a dict.
import sys
from numba import njit


@njit
def word_count(n):
    counts = {}
    seed = 42
    for _ in range(n):
        seed = (seed * 16807) % 2147483647
        word = "w" + str(seed % 1000)
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    most = 0
    for w in counts:
        if counts[w] > most:
            most = counts[w]
    return len(counts), most, counts.get("w7", 0)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
distinct, most, w7 = word_count(n)
print("%d %d %d" % (distinct, most, w7))
