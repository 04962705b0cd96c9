names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate(names, -2)), list(enumerate("")))
print(list(zip(names, ages)), list(zip(names)), list(zip()), list(zip("abc", range(10), (True, False))))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(dict(zip(names, ages)), dict(enumerate("xyz")))
print(list(reversed(names)), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print("".join(reversed("stressed")), [x for x in reversed([])], list(reversed([[1], [2]])))
pairs = list(zip([1, 2, 3], [4, 5, 6]))
print(pairs, [a * b for a, b in pairs], sum([a * b for a, b in zip([1, 2, 3], [4, 5, 6])]))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(m[0], m[1])), [list(c) for c in zip(m[0], m[1], [7, 8, 9])])
for idx, ch in enumerate("hey", 10):
    print(idx, ch, end=" ")
print()
seq = [5, 3, 8]
for i, v in reversed(list(enumerate(seq))):
    print(i, v)
print(list(zip([1, 2], [3, 4], [5])))
