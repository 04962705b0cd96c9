# Big ranges and big-range values in hot loops: the JIT must not treat a
# big range as an ordinary one.
def count_multiples(lo, hi, k):
    n = 0
    for v in range(lo, hi):
        if v % k == 0:
            n += 1
    return n

base = 2 ** 64
print(count_multiples(base, base + 1000, 7), count_multiples(10, 1010, 7))
total = 0
for i in range(1000):
    total += range(base, base * 2)[i] - base
print(total)
hits = 0
r = range(0, 10 ** 20, 3)
for i in range(1000):
    if i * 10 ** 17 in r:
        hits += 1
print(hits)
s = 0
for v in range(2 ** 63 - 500, 2 ** 63 + 500):
    s += v & 0xff
print(s)
last = None
for v in reversed(range(2 ** 63 - 2, 2 ** 63 + 998)):
    last = v
print(last, last == 2 ** 63 - 2)
lengths = 0
for i in range(1000):
    lengths += len(range(base + i, base + 2 * i))
print(lengths)
