# Builds a long string from many small pieces, then scans it.
import sys
from numba import njit


@njit
def string_build(n):
    parts = []
    for i in range(n):
        parts.append(str(i % 97))
    s = ",".join(parts)
    sevens = 0
    for ch in s:
        if ch == "7":
            sevens += 1
    return len(s), sevens


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
length, sevens = string_build(n)
print("%d %d" % (length, sevens))
