# Collatz: total steps for every start below n (integer arithmetic, branches).
import sys
from numba import njit


@njit
def collatz(n):
    total = 0
    for start in range(1, n):
        x = start
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
print("%d" % collatz(n))
