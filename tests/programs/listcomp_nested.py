print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(3)])
print([[row[i] for row in matrix] for i in range(3)])
x = 10
print([x + y for y in range(3)], x)
print([c.upper() for c in "abc"], [len(w) for w in "a bb ccc".split()])
fs = [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in fs])
