# The truth of dicts, sets, frozensets, bytes, ranges and dict views in
# hot loops (their length decides it), and set(), dict() and frozenset()
# called in them.


def chain(n, seen=None):
    seen = seen or set()
    while n not in seen and n > 1:
        seen.add(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    return len(seen)


counts = {}
total = 0
for i in range(1, 400):
    d = {} if i % 3 == 0 else {i: i}
    s = set() if i % 4 == 0 else {i}
    f = frozenset(s)
    b = bytes(i % 2)
    r = range(i % 5)
    if d:
        total += 1
    if not s:
        total += 10
    if f and b:
        total += 100
    if r or d.keys():
        total += 1000
    x = d.values() and s
    if x:
        total += 10000
    total += chain(i)
    counts[i % 7] = dict(counts) if not counts else counts
print(total, len(counts))
