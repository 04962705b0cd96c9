a = b = c = 0
log = []
for i in range(900):
    if i < 300:
        a += 1
    elif i < 600:
        b += i
    else:
        c -= i
    if (i < 450) != (i % 2 == 0):
        a += 2
    if i == 299 or i == 300 or i == 599 or i == 600:
        log.append((i, a, b, c))
print(a, b, c)
print(log)
flip = 0
for i in range(600):
    if (i // 100) % 2 == 0:
        flip += 1
    else:
        flip -= 3
print(flip)
