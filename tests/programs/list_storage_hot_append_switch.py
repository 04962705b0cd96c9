# Appends in a hot loop that change the list's kind of item part-way.
def build(n, switch_at, odd):
    xs = []
    for i in range(n):
        if i == switch_at:
            xs.append(odd)
        else:
            xs.append(i)
    return xs


for odd in [0.5, "x", None, True, (1, 2), 3.0]:
    xs = build(400, 250, odd)
    print(repr(xs[249:252]), len(xs), xs.count(odd), xs.index(odd))

floats = []
for i in range(400):
    floats.append(i * 0.25)
    if i == 390:
        floats.append(7)
print(floats[388:394], len(floats))

bools = []
for i in range(400):
    bools.append(i % 3 == 0)
    if i == 200:
        bools.append(0)
print(bools[198:204], bools.count(0), bools.count(False), sum(bools))
