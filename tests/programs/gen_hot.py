# Generators in hot loops, so the JIT sees them (300+ iterations).
def squares(n):
    for i in range(n):
        yield i * i


def forever():
    i = 0
    while True:
        yield i
        i += 1


def summer(n):
    # A hot loop inside the generator's body, without a yield in it.
    for j in range(n):
        s = 0
        for k in range(50):
            s += k * j
        yield s


total = 0
for i in range(400):
    for v in squares(i % 9):
        total += v
print(total)
acc = 0
for i in range(500):
    acc += sum(x for x in range(i % 13))
print(acc)
count = 0
for v in forever():
    count += v
    if v >= 1000:
        break
print(count)
print(sum(summer(400)))
g = forever()
t = 0
for i in range(600):
    t += next(g)
print(t)
pairs = 0
for a, b in zip(squares(700), forever()):
    pairs += a - b
print(pairs)
n = 0
for i in range(350):
    n += len(list(squares(i % 5)))
    n += max(squares(3)) + min(x for x in [i, 5])
print(n)


def chain(depth):
    g = iter(range(5))
    for _ in range(depth):
        g = (x + 1 for x in g)
    return list(g)


print(chain(10))
hits = 0
for i in range(300):
    if i % 3 in (x for x in range(2)):
        hits += 1
print(hits)


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for c in self.children:
            for v in c.walk():
                yield v


def build(depth):
    if depth == 0:
        return Tree(depth, [])
    return Tree(depth, [build(depth - 1), build(depth - 1)])


tree = build(8)
print(sum(tree.walk()), len(list(tree.walk())))
s = 0
for i in range(300):
    gg = squares(3)
    s += next(gg) + next(gg) + next(gg)
    s += next(gg, 1000)
print(s)
