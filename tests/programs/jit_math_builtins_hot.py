import math
s = 0.0
m = 0
mx = -1.0
mn = 1e9
conv = 0
for i in range(1, 800):
    r = math.sqrt(i)
    s += r
    m += int(r)
    mx = max(mx, abs(math.sin(i)))
    mn = min(mn, float(i) / 7.0)
    conv += int(-r)
print(s, m, round(mx, 12), mn, conv)
t = 0
for i in range(-300, 300):
    t += abs(i) + min(i, 0) - max(i, 0)
print(t)
fl = 0
for i in range(500):
    fl += math.floor(i / 3.0) - math.ceil(-i / 7.0) + math.trunc(-i / 9.0)
print(fl)
