xs = []
for i in range(500):
    xs.append(i * i % 13)
for i in range(len(xs)):
    xs[i] = xs[i] * 2 - 1
print(sum(xs), xs[:10], len(xs))
grid = [[0] * 20 for _ in range(20)]
for i in range(20):
    for j in range(20):
        grid[i][j] = (i * j) % 5
print(sum([sum(row) for row in grid]))
