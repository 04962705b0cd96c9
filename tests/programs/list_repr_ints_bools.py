# repr of int, bool and mixed lists, with ints near the 64-bit limits.
big = 9223372036854775807
xs = [big, -big, -big - 1, 2 ** 62, -(2 ** 62), 0, -1, 10 ** 18, 9007199254740993]
print(xs)
print([x // 7 for x in xs], [x % 1000 for x in xs])
bools = [True, False, 1 == 1, 1 == 2, not 0]
print(bools, str(bools), repr(bools[0]))
mixed = [True, 1, 1.0, False, 0, 0.0, None, "True", (True,), [False]]
print(mixed)
acc = []
v = 1
for i in range(62):
    acc.append(v)
    v *= 2
print(acc[58:], sum(acc), len(str(acc)))
neg = [-x for x in acc[60:]]
print(neg, [bool(x) for x in [0, 1, -1, 0.0, big]])
print([[], [[]], [[], [1]], [True, [False, [None]]]])
