# Peak memory of big lists alive together: n*24 bools (a sieve's marks),
# n*4 floats and n*2 ints, each filled the way a user would write it and
# then summed. The time is secondary; what this program is for is the peak
# resident memory the harness reports beside it.
import sys
from numba import njit


@njit
def list_memory(n):
    # Marks below n*24, sieve-like: [False] * size, then every number marks
    # all of its multiples (the sieve without its skip of marked numbers,
    # so it does a few times the stores and the same marks).
    size = n * 24
    composite = [False] * size
    for i in range(2, size):
        for j in range(2 * i, size, i):
            composite[j] = True
    # n*4 floats from a comprehension, n*2 ints from an append loop.
    floats = [k * 0.5 for k in range(n * 4)]
    ints = []
    for k in range(n * 2):
        ints.append(k * 3 % 1000003)
    # All three lists are still alive here; sum each one.
    primes = 0
    for k in range(2, size):
        if not composite[k]:
            primes += 1
    fsum = 0.0
    for x in floats:
        fsum += x
    isum = 0
    for x in ints:
        isum += x
    return primes, fsum, isum


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
primes, fsum, isum = list_memory(n)
print("%d" % primes)
print("%.9f" % fsum)
print("%d" % isum)
