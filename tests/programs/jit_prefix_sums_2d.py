n = 30
grid = [[(r * 31 + c * 17) % 10 - 4 for c in range(n)] for r in range(n)]
pre = [[0] * (n + 1) for _ in range(n + 1)]
for r in range(n):
    for c in range(n):
        pre[r + 1][c + 1] = grid[r][c] + pre[r][c + 1] + pre[r + 1][c] - pre[r][c]
def rect(r0, c0, r1, c1):
    return pre[r1][c1] - pre[r0][c1] - pre[r1][c0] + pre[r0][c0]
best = None
for r0 in range(0, n, 3):
    for r1 in range(r0 + 1, n + 1, 4):
        for c0 in range(0, n, 5):
            for c1 in range(c0 + 1, n + 1, 2):
                v = rect(r0, c0, r1, c1)
                if best is None or v > best[0]:
                    best = (v, r0, c0, r1, c1)
print(pre[n][n], best)
