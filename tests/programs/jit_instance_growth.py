# Attributes added to instances inside compiled loops: in place while the
# instance's slot buffer has room, through the runtime when it has not
# (instances made before their class's instances grew, or grown past their
# room), with deletions and re-additions changing shapes in between.
class Bag:
    pass


early = [Bag() for _ in range(50)]   # made with no room at all


def fill(b, i):
    b.a = i
    b.b = i * 2
    b.c = str(i)
    b.d = [i]
    b.e = i / 4


late = []
for i in range(300):
    b = Bag()
    fill(b, i)
    late.append(b)

for i, b in enumerate(early):
    fill(b, i)                         # no room: the runtime grows them

total = 0
for b in early + late:
    total += b.a + b.b + len(b.c) + b.d[0] + int(b.e)
print(total)

# Deleting and adding again: the shape goes back and forth.
for i, b in enumerate(late):
    if i % 3 == 0:
        del b.c
    if i % 5 == 0:
        b.c = 'again'
    b.f = i
names = 'abcdef'
print(sum(hasattr(b, n) for b in late for n in names), [[n for n in names if hasattr(b, n)] for b in late[:4]])
print(sum(1 for b in late if hasattr(b, 'c')), late[15].c, late[3].f)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        if x % 7 == 0:
            self.tag = 'seventh'


pts = [Point(i, -i) for i in range(500)]
print(sum(p.x - p.y for p in pts), sum(1 for p in pts if hasattr(p, 'tag')))
grown = 0
for p in pts:
    p.z = p.x * p.y
    p.w = p.z + 1
    grown += p.w
print(grown, pts[7].__dict__, pts[8].__dict__)
