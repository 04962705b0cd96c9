# Recursion compiled through function entry traces: calls and returns in
# real frames, up and down, with answers equal to the interpreter's.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
total = 0
for i in range(25):
    total += fib(i % 12)
print(total)

# A tree as nested tuples, walked recursively, returning tuples.
def build(depth, seed):
    if depth == 0:
        return (seed % 7, None, None)
    return (seed % 11, build(depth - 1, seed * 3 + 1), build(depth - 1, seed * 5 + 2))

def stats(node):
    if node is None:
        return (0, 0)
    value, left, right = node
    lc, ls = stats(left)
    rc, rs = stats(right)
    return (lc + rc + 1, ls + rs + value)

tree = build(9, 1)
for _ in range(3):
    print(stats(tree))

# Mutual recursion.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print([is_even(k) for k in range(40)].count(True))

# Recursion with a float accumulator and keyword-free default-less calls.
def power_sum(x, n):
    if n == 0:
        return 1.0
    return 1.0 + x * power_sum(x, n - 1)

print(power_sum(0.5, 30))
for k in range(60):
    r = power_sum(0.25, k % 20)
print(r)

# Depth that changes type of result half way (int then float).
def mixed(n):
    if n <= 0:
        return 0
    if n == 50:
        return mixed(n - 1) + 0.5
    return mixed(n - 1) + 1

print(mixed(40), mixed(80))

# Recursion reached through a built-in calling back into Python.
def key(x):
    return fib(x % 10)

print(sorted(range(30), key=key)[:10])

# A recursive function with a loop of its own.
def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out

print(len(perms([1, 2, 3, 4, 5])), perms([1, 2, 3])[:4])

# Recursion on strings.
def rev(s):
    if len(s) <= 1:
        return s
    return rev(s[1:]) + s[0]

for _ in range(40):
    r = rev("recursion")
print(r)

# Results that change type deep down, in a hot loop.
def depth_sum(n):
    if n == 0:
        return 0
    if n == 7:
        return depth_sum(n - 1) + 0.5
    return depth_sum(n - 1) + n

acc = []
for k in range(30):
    acc.append(depth_sum(k % 12))
print(acc)
