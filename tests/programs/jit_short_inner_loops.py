# Inner loops that mostly go round zero, one or two times: the trace of
# the loop around them unrolls them instead of waiting for traces of
# their own, which they never get (their recordings leave them at once).


def build_lookup(weights, size):
    total = 0.0
    bounds = []
    for w in weights:
        total += w
        bounds.append(total * (size - 1))
    bounds[-1] = size - 1
    lookup = []
    j = 0
    for i in range(size):
        while bounds[j] < i:
            j += 1
        lookup.append(j)
    return lookup


def pick(lookup, bounds_seed, n):
    counts = [0] * 5
    last = 42.0
    for _ in range(n):
        last = (last * 3877 + 29573) % 139968
        r = last * (len(lookup) - 1) / 139968
        k = int(r)
        while k < len(lookup) - 1 and lookup[k] < r / 1000:
            k += 1
        counts[lookup[k]] += 1
    return counts


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


lookup = build_lookup([0.27, 0.12, 0.12, 0.27, 0.22], 4096)
print(lookup[:10], lookup[-10:], sum(lookup))
print(pick(lookup, 7, 3000))

# A short loop in a called function, the call in a hot loop.
total = 0
for i in range(2000):
    total += digit_sum(i * 7919)
print("digit sums", total)

g = 0
for i in range(1, 1500):
    g += gcd(i * 12, 360)
print("gcds", g)

# Trip counts that grow past any unrolling: the long rounds run in the
# interpreter or in a trace of their own, with the same result.
print("collatz", sum(collatz_steps(n) for n in range(1, 600)))
steps = []
for n in range(1, 400):
    k = n
    c = 0
    while k % 2 == 0:
        k //= 2
        c += 1
    steps.append(c)
print("twos", sum(steps), max(steps), steps[-8:])

# Skipping blanks in a string: a short while loop in a scanning loop.
text = "a  bb   ccc d    eeee " * 60
words = 0
i = 0
n = len(text)
while i < n:
    while i < n and text[i] == " ":
        i += 1
    if i < n:
        words += 1
    while i < n and text[i] != " ":
        i += 1
print("words", words)

# Two short loops nested in a hot loop, one with a break, the trip
# counts changing type part way (int to float bounds).
acc = 0
for i in range(3000):
    lim = i % 4 if i < 1500 else (i % 3) + 0.5
    j = 0
    while j < lim:
        m = 0
        while m * m < j:
            m += 1
        if m > 2:
            break
        acc += m + j
        j += 1
print("nested", acc)

# `for` loops over collections of none, one or two items, in a hot loop:
# a set per bucket, mostly empty (the recordings of the inner loop meet
# it at its end), then lists, strs and dict items of a few each.
buckets = [set() for _ in range(50)]
for n in range(1000, 1400):
    if n % 7 == 0 or n % 11 == 0:
        buckets[n % 50].add(n)
found = 0
for rep in range(40):
    for b in range(50):
        for n in buckets[b]:
            found += n % 13
        for k, v in {b: rep, -b: 1}.items() if b % 9 == 0 else ():
            found += k * v
        for ch in "ab"[: b % 3]:
            found += ord(ch)
print("short for loops", found)

pairs = [[i] * (i % 3) for i in range(300)]
seen = 0
for rep in range(30):
    for p in pairs:
        for x in p:
            seen += x
        else:
            seen += 1
print("lists of 0-2", seen)
