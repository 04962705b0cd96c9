best = 0
best_n = 0
cache = {1: 1}
for start in range(1, 3000):
    n = start
    steps = 0
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    total = cache[n]
    for k in reversed(path):
        total += 1
        cache[k] = total
    if cache[start] > best:
        best = cache[start]
        best_n = start
print(best_n, best, len(cache))
