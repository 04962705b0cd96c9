# Comprehensions producing each kind of item, and mixtures.
ints = [i * i for i in range(300)]
floats = [i / 8 for i in range(300)]
bools = [i % 5 == 0 for i in range(300)]
mixed = [i if i % 2 else i / 2 for i in range(300)]
objs = [(i, str(i)) for i in range(300) if i % 50 == 0]
print(ints[:5], ints[-1], sum(ints))
print(floats[:5], floats[-1], sum(floats))
print(bools[:6], sum(bools), bools.count(True))
print(mixed[:6], sum(mixed))
print(objs)

nested = [[j * 1.5 for j in range(i)] for i in range(5)]
print(nested)
flat = [x for row in nested for x in row]
print(flat, len(flat))
cond = [x if x > 2 else 0 for x in flat]
print(cond)
pairs = [(a, b) for a in [1, 2.0, True] for b in [0, 0.5]]
print(pairs)
print([x for x in [] if x], [bool(i) for i in [0, 1.0, "", "a", None, (), [0]]])
