def grow(i):
    return 3 ** (i // 5)
total = 0
for i in range(500):
    total = grow(i) + i
    if i % 50 == 0:
        print(i, total)
print("unreachable")
