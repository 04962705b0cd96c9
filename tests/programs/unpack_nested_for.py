bodies = [((1, 2), 3, 'a'), ((4, 5), 6, 'b')]
for ((x, y), v, m) in bodies:
    print(x, y, v, m)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
pairs = {'x': (1, 2), 'y': (3, 4)}
for k, (p, q) in sorted(pairs.items()):
    print(k, p * q)
a, (b, c), d = 1, [2, 3], 4
print(a, b, c, d)
first, second = "hi"
print(first, second)
x = y = z = []
x.append(1)
print(y, z)
