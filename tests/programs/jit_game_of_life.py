W, H = 16, 12
cells = [[0] * W for _ in range(H)]
for (r, c) in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (6, 8), (6, 9), (6, 10)]:
    cells[r][c] = 1
def step(g):
    new = [[0] * W for _ in range(H)]
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % H][(c + dc) % W]
            new[r][c] = 1 if n == 3 or (n == 2 and g[r][c]) else 0
    return new
for gen in range(30):
    cells = step(cells)
print(sum([sum(row) for row in cells]))
for row in cells:
    print("".join(["#" if v else "." for v in row]))
