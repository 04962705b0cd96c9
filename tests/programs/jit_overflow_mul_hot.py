x = 1
for i in range(1000):
    if i % 2 == 0:
        x = x * 3
    else:
        x = x // 2 + 1
    if i % 25 == 0:
        print(i, x)
print("unreachable", x)
