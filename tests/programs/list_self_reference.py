# Lists that hold themselves print as [...], and survive being grown, copied
# and dropped in loops.
a = [1, 2.0]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
b = [True]
c = [b]
b.append(c)
print(b, c)
d = []
d.append(d)
d.append(d)
print(d, d.count(d), d.index(d), d[0] is d[1])
t = (a, 3)
print(t)
e = [0.5]
e.insert(0, e)
print(e, e == e)
kept = []
for i in range(300):
    x = [i]
    x.append(x)
    y = [x, i * 0.5]
    x.append(y)
    if i % 100 == 0:
        kept.append(x)
print(len(kept), [k[0] for k in kept], kept[1][2][1], kept[2])
cells = []
for i in range(200):
    cell = [i, None]
    cell[1] = cell
    cells.append(cell)
    if len(cells) > 5:
        cells.pop(0)
print([c[0] for c in cells], cells[0][1][1][0])
