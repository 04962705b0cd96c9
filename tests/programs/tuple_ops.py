t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t + (4,), t * 2, len(t), 2 in t, t.index(2), t.count(1))
print((), (1,), (1, 2) < (1, 3), tuple([1, 2]), tuple("ab"), tuple(range(3)))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
d = {(1, 2): 'pair'}
print(d[(1, 2)], d[1, 2], hash((1, 2)) == hash((1, 2)))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
print(tuple(sorted((3, 1, 2))), max((1, 5, 2)), sum((1, 2, 3)))
