from itertools import count, islice, product, permutations, combinations, accumulate, chain, groupby, pairwise, zip_longest, cycle, repeat, tee, starmap, takewhile

total = 0
for i in count():
    if i >= 3000:
        break
    total += i * i
print(total)

n = 0
for a, b in product(range(40), repeat=2):
    if (a * b) % 7 == 3:
        n += a - b
print(n)

best = 0
for p in permutations(range(7)):
    v = p[0] * 3 + p[1] - p[6]
    if v > best:
        best = v
print(best)

s = 0
for c in combinations(range(25), 3):
    s += c[0] + c[2]
print(s)

acc = list(accumulate(range(2000)))
print(acc[-1], len(acc))

t = 0
for x in chain(range(1500), [5] * 1500):
    t += x
print(t)

runs = 0
for k, g in groupby([i // 10 for i in range(3000)]):
    runs += len(list(g))
print(runs)

d = 0
for a, b in pairwise(range(2500)):
    d += b - a
print(d)

z = 0
for a, b in zip_longest(range(1200), range(1000), fillvalue=-1):
    z += a * b
print(z)

cyc = 0
for i, v in zip(range(2000), cycle([1, 2, 3])):
    cyc += v
print(cyc)

rp = sum(repeat(3, 2000))
print(rp)

a, b = tee(range(3000))
next(b)
print(sum(x * y for x, y in zip(a, b)))

print(sum(starmap(lambda x, y: x * y, zip(range(1500), range(1500)))))
print(len(list(takewhile(lambda v: v < 2500, count()))))
sl = 0
for v in islice(count(7, 3), 100, 2100, 2):
    sl += v
print(sl)
