# A compiled loop over a list or tuple keeps the iterator's index in a
# register and writes it back at every exit: an iterator used again after a
# break or a side exit must be where the interpreter would have left it.

def resume(xs, stop_at):
    it = iter(xs)
    first = 0
    for x in it:
        if x == stop_at:
            break
        first += x
    return first, next(it, "end"), sum(1 for _ in it)


xs = list(range(2000))
print(resume(xs, 1200))
print(resume(xs, 1999))
print(resume(tuple(xs), 300))
print(resume([float(x) for x in xs], 700.0))

# The list grows while the loop runs over it (its length is read each time).
grow = [1, 2, 3]
n = 0
for v in grow:
    n += v
    if len(grow) < 500:
        grow.append(v + 1)
print(n, len(grow))

# A side exit mid-body (a value of another type), then the same iterator.
mixed = [i if i % 300 else str(i) for i in range(1500)]
it = iter(mixed)
total = 0
for v in it:
    if isinstance(v, str):
        total += len(v)
    else:
        total += v
    if total > 500000:
        break
print(total, next(it), len(list(it)))

# Nested: the inner iterator is made again each time round.
rows = [[r * c for c in range(40)] for r in range(40)]
acc = 0
for row in rows:
    for x in row:
        if x > 900:
            break
        acc += x
print(acc)
