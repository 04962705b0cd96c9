t = 0
d = 400
for i in range(1000):
    t += i % d
    d -= 1
    if i % 100 == 0:
        print(i, t, d)
