t = 0
for i in range(1000):
    if i % 2 == 0:
        continue
    if i % 3 == 0:
        t += 1
        continue
    if i % 5 == 0:
        t += 10
        continue
    t += 100
print(t)
