# A hot loop compiled while reading one kind of list keeps its meaning when
# it is given lists of other kinds, and when the list it reads changes kind
# under it.
def total(xs):
    s = 0
    for x in xs:
        s = s + x
    return s


def total_indexed(xs):
    s = 0
    i = 0
    while i < len(xs):
        s = s + xs[i] * 2
        i += 1
    return s


ints = list(range(300))
floats = [i * 0.5 for i in range(300)]
bools = [i % 2 == 0 for i in range(300)]
mixed = [i if i % 2 else i * 0.5 for i in range(300)]
for xs in [ints, floats, bools, mixed, ints, bools]:
    print(total(xs), total_indexed(xs))

ys = list(range(300))
s = 0
for i in range(299):
    s += ys[i]
    if i == 150:
        ys[i + 1] = 0.25
    if i == 200:
        ys[i + 1] = True
    if i == 250:
        ys[i + 1] = -0.0
print(s, ys[149:153], ys[200:203])

zs = [0.5] * 300
acc = 0.0
for i in range(300):
    acc += zs[i]
    if i % 100 == 50:
        zs[i + 10] = 3
print(acc, zs[60], zs[160], zs.count(3))

flags = [False] * 300
hits = 0
for i in range(300):
    if flags[i]:
        hits += flags[i]
    if i % 50 == 0 and i + 5 < 300:
        flags[i + 5] = 2
print(hits, flags[:6], flags.count(2))
