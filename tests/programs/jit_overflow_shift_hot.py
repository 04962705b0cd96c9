acc = 0
for i in range(400):
    b = 1 << (i // 4)
    acc ^= b
    if i % 40 == 0:
        print(i, b, acc)
print("unreachable")
