# `for i, x in enumerate(gen())`, `for a, b in zip(g1, g2)` and `for p in
# zip(...)`: the loop steps the generators through the enumerate or zip,
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
seen = [(i, w[:5]) for i, w in enumerate(words(40)) if i % 9 == 0]
print(seen)
print(sum(a + b for a, b in zip(lengths(300), lengths(300))))
