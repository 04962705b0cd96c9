# sum, min, max, any and all on each kind of list and on mixtures.
ints = [((i * 7919) % 1009) - 500 for i in range(300)]
floats = [i * 0.1 - 10 for i in range(300)]
bools = [i % 3 == 0 for i in range(300)]
print(sum(ints), min(ints), max(ints), any(ints), all(ints))
print(sum(floats), min(floats), max(floats), any(floats), all(floats))
print(sum(bools), min(bools), max(bools), any(bools), all(bools), sum(bools, 0.5))
mixed = ints[:3] + floats[:3] + bools[:3]
print(mixed, sum(mixed), min(mixed), max(mixed))
print(max([1, 1.0, True]), min([True, 1.0, 1]), max([0, -0.0]), min([-0.0, 0]), max([False, 0]))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([]), sum([], 7), sum([[1], [2.0]], []))
print(max([2, 3.5], key=lambda v: -v), min(["b", "a", "c"]), max([(1, 2.0), (1, 2)]))
best = ints[0]
for x in ints:
    if x > best:
        best = x
print(best == max(ints), all([x == x for x in floats]), any([b and not b for b in bools]))
