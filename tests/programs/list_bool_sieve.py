# A bool list used as a sieve, then given other items: counts and reprs.
def sieve(n):
    flags = [True] * n
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i < n:
        if flags[i]:
            for j in range(i * i, n, i):
                flags[j] = False
        i += 1
    return flags


f = sieve(1000)
print(sum(f), f.count(True), f[:10], f.index(True), len(f))
twins = 0
for i in range(2, 998):
    if f[i] and f[i + 2]:
        twins += 1
print(twins)
g = f[::7]
print(sum(g), len(g), g[:8])
f[4] = 4
f[6] = 6.0
f[8] = None
print(f[:10], f.count(True), f.count(4), sum([x for x in f if x is not None]))
h = [not x for x in sieve(100)]
print(h[:12], sum(h))
