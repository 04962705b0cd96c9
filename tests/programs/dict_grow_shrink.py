# A dict that grows past many resizes, shrinks by deletion, and grows again:
# contents, order and length stay right.
d = {}
for i in range(5000):
    d[i * 7 % 5003] = i
print(len(d), d[0], d[7], d[4999 * 7 % 5003], list(d)[:5], list(d)[-3:])
for i in range(0, 5000, 2):
    del d[i * 7 % 5003]
print(len(d), list(d)[:5], list(d.values())[:5])
total = 0
for k in d:
    total += d[k]
print(total)
for i in range(0, 5000, 4):
    d[i * 7 % 5003] = -i
print(len(d), list(d)[-3:], d[0])
while len(d) > 10:
    last = list(d)[-1]
    if len(d) % 2:
        d.pop(last)
    else:
        first = list(d)[0]
        del d[first]
    if len(d) < 2400:
        break
print(len(d), list(d)[:3], list(d)[-3:])
s = {}
for i in range(3000):
    s["s" + str(i)] = i
for i in range(2990):
    del s["s" + str(i)]
print(s, len(s))
for i in range(5):
    s["s" + str(i)] = i
print(list(s))
