# `a + b` of lists of every pair of storages (empty, int, float, bool,
# object), in a hot loop: the result holds the same items, compares and
# prints the same, and later stores of any type still work on it.
samples = [
    [],
    [1, 2, 3],
    [1.5, -0.0, 2.0],
    [True, False],
    ["a", None, (1, 2)],
    [1, 2.5],
    [0, True],
    [float("inf"), 3],
]
out = []
for rep in range(20):
    for a in samples:
        for b in samples:
            c = a + b
            if rep == 0:
                out.append(repr(c))
            c.append(7)
            c.append(7.5)
            c.append(False)
            c[0] = "x"
            if rep == 19:
                out.append(repr(c))
print(len(out))
for line in out[:64]:
    print(line)
print(out[-1])
big = list(range(1000)) + [x * 0.5 for x in range(1000)]
print(len(big), big[999], big[1000], big[-1], type(big[1]).__name__, type(big[1001]).__name__)
flags = [True] * 3 + [False] * 2
print(flags, flags + [], [] + flags, flags + [1])
x = [1, 2]
x = x + x
x += x
print(x, x == [1, 2] * 4)
