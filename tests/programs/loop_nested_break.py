found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found, i, j)
total = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if j == i:
            j += 1
            continue
        if j > 3:
            break
        total += i * j
        j += 1
    i += 1
print(total, i, j)
