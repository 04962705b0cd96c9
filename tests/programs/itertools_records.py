from itertools import groupby, accumulate, chain, islice, count, zip_longest, product, combinations, permutations, starmap, takewhile, dropwhile, compress, repeat, cycle, tee, pairwise
import itertools

sales = [
    {"region": "north", "month": 1, "amount": 120},
    {"region": "south", "month": 1, "amount": 80},
    {"region": "north", "month": 2, "amount": 95},
    {"region": "east", "month": 2, "amount": 40},
    {"region": "south", "month": 3, "amount": 130},
    {"region": "north", "month": 3, "amount": 60},
]
key = lambda s: s["region"]
for region, rows in groupby(sorted(sales, key=key), key=key):
    rows = list(rows)
    print(region, len(rows), sum(r["amount"] for r in rows))
print(list(accumulate(s["amount"] for s in sales)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(islice(zip(count(1), cycle("xy")), 5)))
print(["".join(p) for p in product("ab", "cd")], len(list(combinations(range(10), 3))))
print(list(starmap(lambda a, b: a - b, pairwise([10, 7, 3, 1]))))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n))]
print(list(takewhile(lambda p: p < 20, primes)), list(dropwhile(lambda p: p < 40, primes)))
print(list(compress(range(10), cycle([1, 0, 0]))), list(repeat("z", 3)))
a, b = tee(iter(primes[:6]))
print(list(zip(a, islice(b, 1, None))))
print(list(zip_longest("ab", range(4), fillvalue=0)))
print(list(chain.from_iterable(permutations("abc", 2))))
c = count(10, 5)
next(c); next(c)
print(repr(c), repr(itertools.repeat([1, 2], 2)), repr(itertools.count(1.5, 0.25)))
r = itertools.repeat("q", 2)
print(list(r), repr(r), list(r))
it = itertools.islice(range(10), 3)
print(list(it), list(it))
best = None
for combo in combinations(range(1, 30), 3):
    if sum(combo) == 40 and (best is None or combo[0] * combo[1] * combo[2] > best[0] * best[1] * best[2]):
        best = combo
print(best)
total = 0
for x, y in product(range(60), range(60)):
    total += (x ^ y) & 7
print(total)
