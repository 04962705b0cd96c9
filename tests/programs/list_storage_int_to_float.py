# An int list that receives a float holds both: 1 and 1.0 stay different values.
def fill(n):
    xs = []
    for i in range(n):
        xs.append(i * 3)
    return xs


xs = fill(300)
xs[7] = 7.5
print(xs[:10], type(xs[6]), type(xs[7]))
total = 0
for x in xs:
    total += x
print(total)

ys = fill(400)
for i in range(len(ys)):
    if i % 50 == 49:
        ys[i] = ys[i] / 2
print(ys[45:55], ys[-3:], sum(ys))

zs = [1, 2, 3]
zs[0] = 1.0
print(zs, zs[0] == 1, zs == [1, 2, 3], zs == [1.0, 2, 3])
zs.append(4.0)
zs.append(5)
print(zs, [type(z) for z in zs])

acc = [0] * 200
for i in range(200):
    if i == 150:
        acc[i] = 0.5
    else:
        acc[i] = acc[i - 1] + 1
print(acc[148:153], acc[199], sum(acc))
