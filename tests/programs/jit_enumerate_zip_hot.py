# enumerate and zip in hot loops, unpacked in the for target: the tuples
# they make never exist in compiled code.
xs = [float(i) for i in range(400)]
ys = list(range(400))
names = ["n" + str(i) for i in range(400)]
t = 0.0
for k in range(30):
    for i, x in enumerate(xs):
        t += x * i
    for a, b in zip(xs, ys):
        t -= a - b * 0.5
    for i, (a, b) in enumerate(zip(xs, names), start=10):
        if i % 97 == 0:
            t += len(b)
    for a, b, c in zip(ys, xs, range(1000)):
        t += c - b
print(t)

# zip stops at the shortest; the longer one's next item was taken.
short = [1, 2, 3]
it = iter(list(range(100)))
pairs = 0
for a, b in zip(it, short):
    pairs += a * b
print(pairs, next(it))

# enumerate counting from near the 64-bit limit ends in Rumba's overflow
# rule only past it: these counts fit.
big = 0
for i, v in enumerate(range(50), 9223372036854775700):
    big = i
print(big)
