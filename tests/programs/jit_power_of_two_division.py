t = 0
for x in range(-50, 50):
    t += x % 4 * 1000 + x // 8 + x % 1 + x // 1
    if x % 16 == 0:
        print(x, x % 4, x // 8, x % 2, x // 2)
print(t)
