# Hashes of big nested tuples and named tuples, met again and again as
# dict keys, across collections (where kept hashes are dropped), equal to
# CPython's; equal tuples made anew find the same entries.
from collections import namedtuple

Stats = namedtuple("Stats", "atk df speed spec")
Half = namedtuple("Half", "fixed hp status stats")

def make(i):
    fixed = (i, Stats(i, i + 1, i + 2, i + 3), "name%d" % i, (1, 0, 0, 0), 2.5 * i)
    return (i % 3, (Half(fixed, 50 - i, 0, Stats(1, 2, 3, 4)), Half(fixed, 7, 1, Stats(4, 3, 2, 1)), -i))

keys = [make(i) for i in range(40)]
print([hash(k) for k in keys[:3]])
print(hash(keys[5][1][0]), hash(keys[5][1][0].fixed))
table = {}
for round_ in range(12):
    for k in keys:
        table[k] = table.get(k, 0) + round_
    # Garbage between rounds, so collections happen while keys live on.
    junk = [[j] * 10 for j in range(400)]
print(len(table), sum(table.values()))
# Equal keys made anew are the same keys.
print(all(table[make(i)] == 66 for i in range(40)))
print(hash(make(7)) == hash(keys[7]), make(7) == keys[7])
# A frozenset and a float inside; -1 hashes as -2 inside a tuple too.
big = tuple(range(10)) + (frozenset({1, 2}), 0.5, -1, True)
print(hash(big), hash((big, big)))
s = {big, (big, big)}
print(len(s), big in s, (big, big) in s, tuple(range(10)) in s)
# Unhashable leaves still fail, every time.
for _ in range(2):
    try:
        hash(tuple(range(10)) + ([1],))
    except TypeError as e:
        print(e)
