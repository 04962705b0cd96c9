# A list that went to mixed items and then holds only ints again behaves
# exactly like an int list: arithmetic, sort, compare, repr.
xs = list(range(10))
xs[0] = "x"
xs[0] = 0
print(xs, sum(xs), xs == list(range(10)))
xs.sort(reverse=True)
print(xs)

ys = [1.0, 2.0]
ys.append("s")
ys.pop()
print(ys, sum(ys), ys == [1, 2])
ys.clear()
ys.append(3)
print(ys, type(ys[0]))

zs = []
for i in range(300):
    zs.append(i if i != 100 else None)
zs[100] = 100
total = 0
for z in zs:
    total += z
print(total, zs == list(range(300)))
while len(zs) > 3:
    zs.pop()
print(zs)
zs.remove(1)
print(zs)
del zs[:]
zs.extend([0.5, 1.5])
print(zs, sum(zs))
