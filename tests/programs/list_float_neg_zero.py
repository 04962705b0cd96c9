# -0.0 in float lists: stored and read back with its sign, equal to 0.0.
xs = [0.0] * 5
xs[1] = -0.0
xs.append(-0.0)
print(xs, xs.count(0.0), xs.count(-0.0), xs.count(0), xs.index(-0.0), -0.0 in [0.0])
print(sorted(xs), sorted([-0.0, 0.0, -0.0]), sorted([0.0, -0.0], reverse=True))
print([x * -1 for x in xs], [abs(x) for x in xs], [-x for x in [0.0, -0.0]])
ys = []
for i in range(300):
    ys.append(-0.0 if i % 2 else 0.0)
print(ys[:4], sum(ys), sum(ys[1::2]), ys.count(-0.0), min(ys), max(ys))
z = ys[1]
print(z, str(z), repr(z), z == 0, [z] == [0], {z: 1})
d = {-0.0: "neg"}
d[0] = "zero"
d[0.0] = "pos"
print(d)
print(round(-0.4), round(-0.4, 0), [round(-0.0001, 2)], [0.0 * -5])
