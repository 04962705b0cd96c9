# Tuples (and a nested list) stored into int lists.
xs = [10, 20, 30]
xs[1] = (2, 0)
print(xs, xs[1][0], len(xs))

pairs = list(range(250))
for i in range(250):
    if i % 10 == 0:
        pairs[i] = (i, i * i)
s = 0
for p in pairs:
    if type(p) == tuple:
        s += p[1]
    else:
        s += p
print(s, pairs[:3], pairs[240:])
pairs[5] = [1, [2]]
print(pairs[4:7])
print((10, 100) in pairs, (10, 101) in pairs, pairs.index((20, 400)))
