# reversed() in compiled loops: over ranges (any step, empty ones, near the
# 64-bit limits) and over lists, tuples and strs.

def walk(n):
    total = 0
    for r in range(n):
        for i in reversed(range(r)):
            total = total * 3 + i
            total %= 1000003
        for j in reversed(range(r, 3 * r, 7)):
            total += j
        for k in reversed(range(r, -r, -3)):
            total -= k
    return total

def seqs(n):
    xs = list(range(n))
    s = 0
    for _ in range(20):
        for x in reversed(xs):
            s = (s * 7 + x) % 999983
        for c in reversed("abcdef"):
            s += ord(c)
        for t in reversed((1, 2.5, 3)):
            s += t
    return s

print(walk(300))
print(seqs(500))
big = 2 ** 62
print(sum(1 for _ in reversed(range(big, big + 100))), list(reversed(range(big, big + 3))))
print(list(reversed(range(0))), list(reversed(range(5, 0, -2))))
