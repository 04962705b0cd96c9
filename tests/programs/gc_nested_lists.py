# Nested lists built and dropped in loops, some kept alive through others.
keep = []
total = 0
for i in range(20000):
    row = [[i, i + 1], [i * 0.5], [str(i)], [[i % 3 == 0]]]
    total += row[0][1] + len(row[2][0])
    if i % 2000 == 0:
        keep.append(row)
    else:
        row[0].append(row)
print(total, len(keep), keep[1])
matrix = []
for r in range(60):
    matrix = [[r * c for c in range(60)]] + matrix[:20]
print(len(matrix), matrix[0][:5], matrix[-1][59], sum([sum(m) for m in matrix]))
tree = [0, [], []]
node = tree
for d in range(200):
    child = [d, [], []]
    node[1 + d % 2].append(child)
    if d % 3 == 0:
        node = child
depth = 0
n = tree
while n[1] or n[2]:
    n = (n[1] + n[2])[-1]
    depth += 1
print(depth, n[0])
grid = [[0.0] * 50 for _ in range(50)]
for step in range(20):
    new = [[0.0] * 50 for _ in range(50)]
    for y in range(1, 49):
        for x in range(1, 49):
            new[y][x] = (grid[y - 1][x] + grid[y + 1][x] + grid[y][x - 1] + grid[y][x + 1]) * 0.25 + 1.0
    grid = new
print(round(grid[25][25], 6), round(sum([sum(r) for r in grid]), 6))
