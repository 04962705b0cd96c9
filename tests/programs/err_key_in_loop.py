d = {i: i * i for i in range(100)}
s = 0
for i in range(200):
    s += d[i]
