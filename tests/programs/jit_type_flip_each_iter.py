acc = []
v = 0
for i in range(400):
    if i % 3 == 0:
        v = i
    elif i % 3 == 1:
        v = i / 4
    else:
        v = "s" + str(i)
    if i % 97 == 0:
        acc.append(v)
total_int = 0
total_float = 0.0
for i in range(400):
    w = i if i % 2 else i * 0.5
    if i % 2:
        total_int += w
    else:
        total_float += w
print(acc, v, total_int, total_float)
