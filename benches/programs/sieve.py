# Sieve of Eratosthenes: counts the primes below n, ten times over (a fresh
# list each time, so allocation is part of the work; memory stays O(n)).
import sys
from numba import njit


@njit
def sieve(n):
    flags = [True] * n
    count = 0
    for i in range(2, n):
        if flags[i]:
            count += 1
            j = i * i
            while j < n:
                flags[j] = False
                j += i
    return count


@njit
def repeat_sieve(n, times):
    total = 0
    for _ in range(times):
        total += sieve(n)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print("%d" % repeat_sieve(n, 10))
