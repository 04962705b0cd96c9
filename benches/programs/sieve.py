# Sieve of Eratosthenes: counts the primes below n, repeated.
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


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print("%d" % sieve(n))
