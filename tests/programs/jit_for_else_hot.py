primes = []
for n in range(2, 700):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(len(primes), primes[-5:])
misses = 0
for i in range(300):
    for j in range(i % 5):
        if j == 3:
            break
    else:
        misses += 1
print(misses)
