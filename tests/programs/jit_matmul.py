n = 12
a = [[float(i + j) for j in range(n)] for i in range(n)]
b = [[float(i - j) for j in range(n)] for i in range(n)]
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        s = 0.0
        for k in range(n):
            s += a[i][k] * b[k][j]
        c[i][j] = s
print(c[0][0], c[5][7], sum([sum(r) for r in c]))
