# Built-ins given a generator inside hot loops: the JIT calls their Python
# versions through entry traces (sum, min, max, list, tuple, set, sorted,
# any, all), from the loop's own frame and from inlined calls; the switch
# must follow what the interpreter does when the built-in is shadowed, the
# argument stops being a generator, or the generator raises.


def squares(row):
    return sum(x * x for x in row)


def spread(row):
    return max(x for x in row) - min(x for x in row)


rows = [[(i * 7 + j * 3) % 11 for j in range(6)] for i in range(40)]
total = 0
for rep in range(30):
    for row in rows:
        total += squares(row)
        total += spread(row)
        total += len(tuple(x for x in row if x % 2))
        total += len(set(x % 4 for x in row))
        total += sum(x for x in row)
        total += sum((x for x in row), 10)
        total += len(list(x for x in row))
        total += sorted(x for x in row)[-1]
        if any(x > 9 for x in row):
            total += 1
        if all(x >= 0 for x in row):
            total += 2
print(total)

# A float start, then an int one, then a list start (not switched).
acc = []
for k in range(60):
    if k < 20:
        acc.append(sum((x / 2 for x in range(k)), 0.5))
    elif k < 40:
        acc.append(sum((x for x in range(k)), k))
    else:
        acc.append(len(sum(([x] for x in range(3)), [])))
print(acc[5], acc[25], acc[45], sum(acc))

# The argument alternates between a generator and a list.
t = 0
for k in range(200):
    arg = (x for x in range(k % 5)) if k % 2 else list(range(k % 5))
    t += sum(arg)
print(t)

# `sum` shadowed part-way through the loop, then restored.
real_sum = sum
got = []
for k in range(100):
    if k == 50:
        def sum(it, start=0):
            return -1
    if k == 80:
        sum = real_sum
    got.append(sum(x for x in range(k % 4)))
print(got[40:60], got[78:84])

# The generator raises inside the built-in, caught outside it.
caught = 0
for k in range(100):
    try:
        total = sum(10 // (x - k % 7) for x in range(k % 7 + 1))
    except ZeroDivisionError:
        caught += 1
print(caught)

# min() of an empty generator raises as the built-in does.
errors = []
for k in range(40):
    try:
        errors.append(min(x for x in range(k % 3)))
    except ValueError as e:
        errors.append(str(e))
print(errors[:6], len(errors))


# Deep recursion through a consumer call stops with RecursionError.
def depth(n):
    return 1 + sum(depth(n - 1) for _ in range(1)) if n else 0


for k in range(30):
    d = depth(20)
print(d)
try:
    depth(100000)
except RecursionError:
    print("RecursionError")
