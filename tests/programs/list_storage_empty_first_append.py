# An empty list's first append decides nothing: every type can come first
# and anything can follow.
firsts = [7, 7.0, True, "s", None, (1,), [2], -0.0, 0, False]
for f in firsts:
    xs = []
    xs.append(f)
    xs.append(1)
    xs.append(1.0)
    xs.append(False)
    print(xs, [type(x) for x in xs])

for f in firsts:
    ys = []
    for i in range(60):
        ys.append(f)
    print(len(ys), ys[0], ys[-1], ys.count(f))

e = []
e.extend([])
e += []
print(e, e * 3, e + [1.5], [] == [], [] < [0], [] == [0.0])
e.append(0.0)
e[0] = 0
print(e, type(e[0]))
