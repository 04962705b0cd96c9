xs = list(range(300))
ys = [x * x for x in xs]
dot = 0
for i, (x, y) in enumerate(zip(xs, ys)):
    dot += i * x - y // 7
print(dot)
pairs = [(i, -i) for i in range(250)]
s = 0
for a, b in pairs:
    s += a * b
print(s)
acc = 0
for ((a, b), c) in zip(pairs, range(250)):
    acc += a + b + c
print(acc)
