# Comparing lists whose items are of different numeric kinds compares the
# values: [1, 2] == [1.0, 2.0], [True] == [1], and < goes item by item.
print([1, 2] == [1.0, 2.0], [1, 2] != [1.0, 2.0], [True] == [1], [True] == [1.0], [False, True] == [0, 1])
print([1, 2] < [1.0, 2.5], [1, 2] <= [1.0, 2.0], [1.5] > [1], [True, 2] >= [1, 2.0], [0.0] < [False])
print([1, 2, 3] < [1, 2], [1, 2] < [1, 2, 0], [] < [0.0], [-0.0] == [0], [0.1 + 0.2] == [0.3])
print([2 ** 53 + 1] == [2.0 ** 53], [2 ** 53] == [2.0 ** 53], [9007199254740993] > [9007199254740992.0])
print([1, "a"] == [1.0, "a"], [None] == [None], [None, 1] == [None, True], [(1, 2)] == [(1.0, 2.0)])
print([[1], [2.0]] == [[1.0], [2]], [[1, 2]] < [[1, 2.5]], [float("inf")] > [2 ** 62])

ints = list(range(300))
floats = [float(i) for i in range(300)]
bools = [i % 2 == 1 for i in range(300)]
bits = [i % 2 for i in range(300)]
print(ints == floats, bools == bits, ints < floats, ints <= floats, floats >= ints)
floats[299] = 299.5
print(ints == floats, ints < floats, floats > ints)
bits[150] = 1.0
print(bools == bits, bools < bits, bits > bools)
same = 0
for i in range(300):
    if [ints[i]] == [floats[i]]:
        same += 1
    if [bools[i]] < [bits[i]]:
        same += 100
print(same)
print(max([[1, 2.5], [1.0, 3], [True, 2]]), min([[2], [1.5], [True, 0]]))
