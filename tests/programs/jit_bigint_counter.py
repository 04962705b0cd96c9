# A counter that grows past 2**63 inside a hot loop, and big values going
# in and out of compiled loops.
def count_up(start, n, step):
    x = start
    for i in range(n):
        x += step
        if i % 97 == 0:
            print(i, x)
    return x

print(count_up(2 ** 63 - 1000, 400, 7))
print(count_up(-(2 ** 63) + 500, 400, -3))
print(count_up(2 ** 70, 300, 1))

x = 9223372036854775000
total = 0
for i in range(2000):
    x += 1
    total += x & 1
print(x, total, x - 2 ** 63)

y = 1
for i in range(200):
    y = y * 2
    if y > 2 ** 100:
        y = y // 3
print(y)
