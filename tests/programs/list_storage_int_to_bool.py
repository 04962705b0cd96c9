# Bools stored into an int list keep printing as True/False, while they
# still compare equal to 1 and 0.
xs = [1, 2, 3, 4]
xs[0] = True
xs[3] = False
print(xs, xs == [1, 2, 3, 0], sum(xs))
print([type(x) for x in xs])

flags = list(range(300))
for i in range(300):
    if i % 2 == 0:
        flags[i] = i % 4 == 0
print(flags[:9], flags.count(True), flags.count(1), flags.count(False))
s = 0
for f in flags:
    s += f
print(s)

ys = []
for i in range(200):
    ys.append(i)
    ys.append(i > 100)
print(ys[200:206], len(ys), ys.index(True), ys.count(True))
