# Builds lines of 100 comma-separated numbers with str() and join, then
# scans each line character by character. Lines are dropped once scanned,
# so memory stays small at any size.
import sys
from numba import njit


@njit
def string_build(n):
    length = 0
    sevens = 0
    parts = []
    for i in range(n):
        parts.append(str(i % 997))
        if len(parts) == 100 or i == n - 1:
            line = ",".join(parts)
            length += len(line)
            for ch in line:
                if ch == "7":
                    sevens += 1
            parts.clear()
    return length, sevens


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
length, sevens = string_build(n)
print("%d %d" % (length, sevens))
