a = [1, 2, 3]
print(a[-1], a[-3])
i = -1
while True:
    print(a[i])
    i -= 1
