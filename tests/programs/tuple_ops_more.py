t = (3, 1, 4, 1, 5)
print(t + (9,), t * 2, (0,) * 3, () * 5, 2 * (1, 2), len(t), t[1], t[-1], t[1:3], t[::-1])
print(4 in t, 7 not in t, t.count(1), t.index(4), t.index(1, 2), max(t), min(t), sum(t), sorted(t))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, "a") < (1, "b"))
print((1, 2) == [1, 2], (1.0, True) == (1, 1), tuple([1, 2]) == (1, 2), tuple() == ())
x = 1,
y = 1, 2
z = (1)
print(x, y, z, type(x), type(z))
a, b = (1, 2)
(c, d), e = (3, 4), 5
print(a, b, c, d, e)
pts = {(0, 0): "origin", (1, 0): "east"}
pts[(0, 1)] = "north"
print(pts[(1, 0)], pts[0, 1], (0, 0) in pts, len(pts))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested)
t2 = tuple([x * 2 for x in range(4)])
print(t2, tuple("hi"), tuple(range(3)), tuple({"k": 1}))
for i, v in enumerate(("a", "b")):
    print(i, v)
m = ([1], 2)
m[0].append(3)
print(m, hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) != hash((2, 1)))
