# Calls of functools.cache and lru_cache functions in hot loops: hits are
# compiled (a helper finds the value and counts the hit), misses run the
# function in the interpreter, and the counts cache_info() reports are
# the same either way.
import functools


@functools.cache
def cost(i):
    return i * i % 97


@functools.lru_cache(maxsize=64)
def pair(a, b):
    return (a * 31 + b) % 1009


@functools.lru_cache(maxsize=None)
def name(s):
    return s.upper() + "!"


@functools.cache
def ratio(x):
    # A float for most keys, None for some: the type of the value varies.
    return None if x % 10 == 0 else x / 7


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


total = 0
for i in range(5000):
    total += cost(i % 150)
print(total, cost.cache_info())

acc = 0
for i in range(3000):
    acc += pair(i % 9, i % 13)
print(acc, pair.cache_info())

words = ["ab", "cd", "ef", "ab", "gh"]
out = []
for i in range(2000):
    w = name(words[i % 5])
    if i % 500 == 0:
        out.append(w)
print(out, name.cache_info())

s = 0.0
nones = 0
for i in range(4000):
    r = ratio(i % 40)
    if r is None:
        nones += 1
    else:
        s += r
print(round(s, 6), nones, ratio.cache_info())

print(fib(90), fib.cache_info())
big = 0
for i in range(2000):
    big += fib(i % 91) % 1000
print(big, fib.cache_info())

# Keys of every plain kind, big ints included, and one that cannot be
# hashed (the same TypeError with the JIT on and off).
@functools.cache
def describe(x):
    return type(x).__name__


kinds = []
for i in range(1200):
    k = [i % 3, float(i % 3), str(i % 3), 10**30 + i % 3, i % 2 == 0, None, b"x"][i % 7]
    kinds.append(describe(k))
print(kinds[:14], describe.cache_info())
try:
    for i in range(100):
        describe([i] if i == 99 else i)
except TypeError as e:
    print("TypeError", e)
