# zip and enumerate over lists of different kinds, in hot loops.
ints = list(range(300))
floats = [i * 0.25 for i in range(300)]
bools = [i % 4 == 0 for i in range(300)]
dot = 0.0
for a, b in zip(ints, floats):
    dot += a * b
print(dot)
mix = 0
for i, f in enumerate(bools):
    if f:
        mix += i
print(mix)
pairs = list(zip(bools[:4], floats[:4], ints[:4]))
print(pairs)
acc = []
for i, (x, y) in enumerate(zip(floats, bools)):
    if y:
        acc.append(x + i)
print(len(acc), acc[:4], sum(acc))
where = [i for i, v in enumerate([0, 1.0, True, None, 1, "1"]) if v == 1]
print(where)
