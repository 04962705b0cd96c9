a = b = c = 0
for i in range(300):
    for j in range(i % 17):
        a += j
        if a % 97 == 5:
            b = i
            break
        c = i * j
    if i == 250:
        last = (i, j, a, b, c)
        break
print(a, b, c, i, j, last)
