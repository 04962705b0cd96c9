from functools import lru_cache, cache

@lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

print(count_paths(16, 16), count_paths.cache_info())

@cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 3000), key=collatz)
print(best, collatz(best))

@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(400))

@lru_cache(maxsize=64)
def slow_square(x):
    return x * x

total = 0
for i in range(5000):
    total += slow_square(i % 100)
print(total, slow_square.cache_info())

def fails(n):
    raise ValueError("no %d" % n)

wrapped = lru_cache(fails)
try:
    wrapped(3)
except ValueError as e:
    print("ValueError", e, wrapped.cache_info())
print(wrapped(*[]) if False else "done")
