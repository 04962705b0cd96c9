# Many short-lived tuples in hot loops: pairs built, unpacked and dropped,
# a few of them kept.
total = 0
kept = []
for i in range(60000):
    p = (i, i * 2, i % 7)
    q = (p, (i,))
    a, b, c = q[0]
    total += a + b + c + q[1][0]
    if i % 10000 == 0:
        kept.append(q)
print(total, len(kept), kept[-1], kept[0])
best = (0, 0)
for i in range(40000):
    cand = (i * 7919 % 10007, i)
    if cand > best:
        best = cand
print(best)
swaps = 0
x, y = 1, 2
for i in range(50000):
    x, y = y, x
    t = (x, y, (x + y, x - y))
    swaps += t[2][1]
print(swaps, x, y)
pairs = [(i, i * 0.5) for i in range(3000)]
pairs = [(b, a) for a, b in pairs if a % 3 == 0]
print(len(pairs), pairs[:3], pairs[-1])
