result = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
grid = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v < 0:
            found = (r, c, v)
            break
    else:
        continue
    break
print(found, r, c, v)
hits = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c == 1:
                continue
            if b == 2:
                break
            hits += 1
        else:
            hits += 100
print(hits, a, b, c)
k = 0
for x in range(3):
    pass
print(x)
for y in []:
    pass
print("loop var keeps last value", x, k)
primes = []
n = 2
while len(primes) < 10:
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
    n += 1
print(primes)
