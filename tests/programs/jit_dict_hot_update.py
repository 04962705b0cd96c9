counts = {}
for i in range(1000):
    key = (i * 7) % 13
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
hist = {}
for i in range(500):
    w = "k" + str(i % 5)
    if w in hist:
        hist[w] += i
    else:
        hist[w] = i
print(hist)
d = {1: 0}
for i in range(300):
    d[1.0] = d[True] + 1
print(d)
