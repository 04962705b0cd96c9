def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
s = 0
for i in range(0, 2000, 7):
    s += down(i)
    if i % 140 == 0:
        print(i, s)
