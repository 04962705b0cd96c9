# index, count and remove compare by value across kinds of items.
print([0.0].index(-0.0), [-0.0].index(0), [1, 2, 3].index(2.0), [True, 1].index(1), [0, False].index(False))
print([1, 1.0, True, 2].count(1), [0, 0.0, -0.0, False, None].count(0), [1.5, 1.5].count(1.5), ["a"].count(0))
xs = [1, 2.0, True, "x", 2, 1.0]
xs.remove(2)
print(xs)
xs.remove(True)
print(xs)
xs.remove(1.0)
print(xs)
print([5, 6, 7, 6].index(6, 2), [1.0, 2.0, 1.0].index(1, 1), [True, False, True].index(1, 1, 3))

data = [i % 10 for i in range(300)]
floats = [i * 0.5 for i in range(300)]
total = 0
for i in range(10):
    total += data.count(i) * 100 + data.index(i)
    total += floats.count(i) + floats.index(float(i))
print(total)
flags = [i % 7 == 0 for i in range(300)]
print(flags.count(True), flags.count(1), flags.count(1.0), flags.index(1), flags.index(0.0))
while 0 in data:
    data.remove(0)
print(len(data), data[:10])
for k in range(50):
    floats.remove(k)
print(len(floats), floats[:6], floats.count(49.5))
