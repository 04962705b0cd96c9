# A bool list (as a sieve makes) given an int, then other values.
flags = [True] * 10
flags[2] = 0
print(flags, flags.count(False), flags.count(0), flags.count(True))
print([type(f) for f in flags[:3]])

sieve = [True] * 500
sieve[0] = False
sieve[1] = False
for i in range(2, 500):
    if sieve[i]:
        j = i * i
        while j < 500:
            sieve[j] = False
            j += i
primes = sum(sieve)
print(primes, sieve[:12])
for i in range(500):
    if sieve[i]:
        sieve[i] = i
print(sieve[:12], sum(sieve), sieve.count(False))

b = [False, True]
b.append(2)
b.append(2.5)
b.append(True)
print(b, b == [0, 1, 2, 2.5, 1], b.index(1), b.index(0))
