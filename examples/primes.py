# A small tour of what Rumba runs: functions, loops, lists, dicts, f-strings.
import math
import sys


def primes_below(n):
    """Sieve of Eratosthenes."""
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(math.sqrt(n)) + 1):
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
    return [i for i in range(n) if is_prime[i]]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
primes = primes_below(n)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1

print(f"{len(primes)} primes below {n}; the last five: {primes[-5:]}")
for gap in sorted(gaps):
    print(f"  gap {gap:>2}: {gaps[gap]:>4} {'#' * min(gaps[gap], 40)}")
print("mean gap: %.3f" % ((primes[-1] - primes[0]) / (len(primes) - 1)))
