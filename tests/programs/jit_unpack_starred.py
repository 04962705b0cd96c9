# Starred assignment targets in traces: first, *rest = seq of tuples and
# lists (real, or a tuple a call built), with the star first, last or in
# the middle, an empty middle, lengths that change, too few items, and
# values other than tuples and lists (strs, ranges) left to the interpreter.


def triple(i):
    return i, i * 2, i * 3


rows = [(i, i + 1, i + 2, i + 3) if i % 40 else (i, i + 1) for i in range(200)]
acc = 0
mids = []
for row in rows:
    first, *rest = row
    *init, last = list(row)
    a, *mid, z = row
    acc += first + len(rest) + len(init) + last + a + z + sum(mid)
    x, *ys = triple(first)
    acc += x + ys[-1]
    if first % 50 == 0:
        mids.append((rest, init, mid, ys))
print(acc)
print(mids)

total = 0
for i in range(150):
    head, *tail = "abc"[: i % 4] or "z"
    *lo, hi = range(i % 5 + 1)
    total += len(tail) + hi + len(lo) + len(head)
print(total)

errors = 0
for i in range(120):
    seq = [1, 2, 3][: i % 4]
    try:
        p, q, *r = seq
        total += p + q + len(r)
    except ValueError as e:
        errors += 1
        msg = str(e)
print(total, errors, msg)
