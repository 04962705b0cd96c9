# + and * on lists of every kind and on mixtures: items keep their types.
kinds = [
    [1, 2],
    [1.0, 2.5],
    [True, False],
    ["a", None],
    [],
]
for a in kinds:
    for b in kinds:
        c = a + b
        print(c, len(c), [type(x) for x in c] == [type(x) for x in a] + [type(x) for x in b])
for a in kinds:
    print(a * 2, a * 0, 3 * a[:1])

acc = []
chunks = [[1], [0.5], [True], [None], [2, 3.0]]
for i in range(300):
    acc = acc + chunks[i % 5]
print(len(acc), acc[:8], sum([x for x in acc if x is not None]))
m = [0] * 3 + [0.0] * 3 + [False] * 3
print(m, m.count(0), m.index(0.0), m.index(False))
