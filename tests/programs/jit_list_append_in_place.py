# Appends in compiled loops: an item that fits the list's storage and its
# buffer's room is stored in place; anything else (the first item of an
# empty list, an item of another type, a full buffer) takes the runtime's
# append, which grows the buffer or changes the storage.


def fill(n, item):
    out = []
    for _ in range(n):
        out.append(item)
    return out


# The same (loop-invariant) item appended every time.
print(len(fill(1000, 0)), sum(fill(1000, 1)), fill(5, "s"), fill(3, None))

# Each storage, its items written in place.
ints = [i * 3 for i in range(700)]
floats = [i / 4 for i in range(700)]
bools = [i % 3 == 0 for i in range(700)]
strs = [str(i) for i in range(700)]
tuples = [(i, -i) for i in range(700)]
print(sum(ints), sum(floats), bools.count(True), "".join(strs[-3:]), tuples[-1])

# The item's type changes part-way: the list's storage widens once.
mixed = []
for i in range(600):
    if i < 300:
        mixed.append(i)
    elif i < 450:
        mixed.append(i + 0.5)
    else:
        mixed.append(i % 2 == 0)
print(mixed[298:302], mixed[448:452], mixed[-2:], len(mixed))

# True and 1, 1.0 and 1 stay distinct items after storage changes.
kinds = []
for i in range(200):
    kinds.append(1 if i % 3 == 0 else (1.0 if i % 3 == 1 else True))
print([type(x).__name__ for x in kinds[:6]], kinds.count(1), sum(kinds))

# Two names for one list; a list appended to while a loop reads it.
a = [1, 2]
b = a
for i in range(500):
    b.append(a[i] + a[i + 1])
print(len(a), a[-1] % 1000003, a is b)

grow = [0]
for x in grow:
    if x < 900:
        grow.append(x + 1)
print(len(grow), grow[-1])

# A global list, and a list of lists built row by row.
log = []


def note(v):
    log.append(v * 2)


for i in range(400):
    note(i)
rows = []
for r in range(30):
    row = []
    for c in range(30):
        row.append(r * c)
    rows.append(row)
print(sum(log), len(rows), sum(map(sum, rows)), rows[29][29])

# Nested comprehensions, and appending floats computed in the loop.
grid = [[x * y for x in range(40)] for y in range(40)]
acc = []
v = 1.0
for i in range(800):
    v = v * 1.001 + 0.5
    acc.append(v)
print(sum(map(sum, grid)), round(acc[-1], 6), len(acc))

# Ints, floats and bools appended to a list of any values (it began with
# None): stored in place as values.


def mixed_record(n):
    out = [None]
    for i in range(n):
        out.append(i)
        out.append(i * 0.5)
        out.append(i % 2 == 0)
    return out


rec = mixed_record(900)
print(len(rec), rec[:7], rec[-3:], rec.count(True), sum(x for x in rec if type(x) is float))
