import math
s = 0.0
m = 0
for i in range(1, 500):
    s += math.sqrt(i) + abs(-i) * 0.001
    m = max(m, i % 37) + min(i, 3) - 3
    s += int(i / 7) + float(i % 3)
print(round(s, 6), m)
h = 0.0
for i in range(1, 300):
    h += math.floor(i / 3) + math.ceil(i / 4)
print(h)
