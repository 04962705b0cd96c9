# Lists of ints that take big ints, read and written in hot loops.
xs = [1] * 50
for r in range(3):
    for i in range(1, 50):
        xs[i] = xs[i - 1] * 7 + xs[i]
print(xs[-1], xs[10], sum(xs) % 1000003)
ys = list(range(100))
ys[50] = 2 ** 70
t = 0
for k in range(300):
    for v in ys:
        t += v
print(t)
m = [2 ** 64 + i for i in range(20)]
best = m[0]
for v in m:
    if v > best:
        best = v
print(best, max(m) == best)
