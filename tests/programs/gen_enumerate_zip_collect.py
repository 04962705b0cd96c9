# `for i, x in enumerate(gen())`, `for a, b in zip(g1, g2)`, `for p in
# zip(...)`, `map` and `filter`: the loop steps the generators through them,
# and the collector runs while their bodies make garbage (it used to wait
# until the loop ended: a gigabyte for this program's full size).


def words(n):
    for i in range(n):
        parts = [str(j * i) for j in range(6)]
        yield "-".join(parts)


def lengths(n):
    for w in words(n):
        yield len(w)


total = 0
for i, w in enumerate(words(3000)):
    total += len(w) - i % 7
print(total)
pairs = 0
for a, b in zip(lengths(2000), words(2500)):
    pairs += a * len(b) % 13
print(pairs)
mixed = 0
for p in zip(lengths(1500), words(1500), range(10**6)):
    mixed += p[0] + len(p[1]) - p[2] % 3
print(mixed)
mapped = 0
for n in map(lambda a, w: a * 2 + len(w), lengths(1500), words(1500)):
    mapped += n
for w in filter(lambda w: len(w) % 3 == 0, words(1500)):
    mapped -= len(w)
for w in filter(None, (w[5:] for w in words(500))):
    mapped += 1
print(mapped)
seen = [(i, w[:5]) for i, w in enumerate(words(40)) if i % 9 == 0]
print(seen)
print(sum(a + b for a, b in zip(lengths(300), lengths(300))))
