# Inner loops over iterators a trace steps once (map of a built-in,
# itertools' own) end on every round of an outer loop: a side trace takes
# the end the step left for the interpreter and goes on with the outer
# loop. A conversion that needs the script stays the interpreter's.
from itertools import permutations, count, product


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v * 10


rows = [[str(i), str(i * 3), Num(i) if i % 17 == 0 else str(-i)] for i in range(300)]
s = 0
seen = []
for row in rows:
    for v in map(int, row):
        s += v
    for p in permutations(range(3), 2):
        s += p[0] - p[1]
    for a, b in product("ab", repeat=2):
        s += len(a + b)
    for c in count(5):
        if c > 8:
            break
        s += c
    seen.append(s)
print(s, seen[:3], seen[-1])
