# Generators stepping generators 900 deep (a `for` or `yield from` steps
# one without host recursion).
def walk(n):
    if n:
        for x in walk(n - 1):
            yield x
    yield n


def walk_from(n):
    if n:
        yield from walk_from(n - 1)
    yield n


print(sum(walk(900)), sum(walk_from(900)))
g = iter(range(5))
for i in range(800):
    g = (x + 1 for x in g)
print(list(g))


def fails(n):
    if n:
        for x in fails(n - 1):
            yield x
    else:
        raise KeyError("bottom")
    yield n


try:
    for v in fails(500):
        pass
except KeyError as e:
    print("caught", e)
total = 0
for i in range(300):
    for v in walk(i % 20):
        total += v
print(total)
