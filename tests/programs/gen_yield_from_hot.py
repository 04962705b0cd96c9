# `yield from` in loops hot enough to compile: delegation to generators
# (new and suspended, returning values, finishing inside a trace) and to
# built-in iterators, locals still unbound at the delegating yield, deep
# and recursive chains, and the interpreter taking over mid-delegation.


def inner(n):
    for i in range(n):
        yield i * 2
    return n


def outer(n):
    got = yield from inner(n)
    yield got
    last = yield from inner(3)
    yield last + 100


def flatten(rows):
    for row in rows:
        yield from row


def walk(n):
    if n > 0:
        yield from walk(n - 1)
    yield n


def mixed(xs):
    yield from range(3)
    yield from xs
    yield from (x * x for x in xs)
    yield from "ab"
    yield from zip(xs, xs)
    yield from {1: "a", 2: "b"}
    yield from ()


def typed(k):
    # The items change type as the loop goes on.
    if k % 3 == 0:
        yield from [1, 2.5, "s"]
    elif k % 3 == 1:
        yield from (True, None, 7)
    else:
        yield from [[1], (2,), 3.0]


def counting():
    total = 0
    for k in range(200):
        total += yield from inner(k % 5)
    return total


def driver():
    result = yield from counting()
    yield result


total = 0
rows = [[i, i + 1, i + 2] for i in range(30)]
for rep in range(300):
    for x in outer(20):
        total += x
    for x in flatten(rows):
        total += x
    for x in walk(4):
        total += x
print(total)

seen = []
for rep in range(200):
    for v in mixed([rep, rep + 1]):
        if rep % 50 == 0:
            seen.append(v)
print(seen)

kinds = {}
for k in range(300):
    for v in typed(k):
        name = type(v).__name__
        kinds[name] = kinds.get(name, 0) + 1
print(sorted(kinds.items()))

out = list(driver())
print(len(out), sum(out), out[-3:])

# A delegation stopped half-way by `break`, then resumed by next().
g = outer(50)
count = 0
for x in g:
    count += 1
    if count == 30:
        break
print(count, next(g), next(g))
rest = list(g)
print(len(rest), rest[-3:])

# The delegate raises part-way; the error reaches the loop.
def failing(n):
    for i in range(n):
        if i == 7:
            raise ValueError("stop at %d" % i)
        yield i


def wraps(n):
    yield from failing(n)


caught = 0
message = None
for rep in range(100):
    try:
        for x in wraps(10 + rep % 3):
            caught += x
    except ValueError as e:
        caught += 1000
        message = str(e)
print(caught, message)

# send() and throw() go through a delegation the loop compiled before.
def echo():
    got = None
    while True:
        got = yield got


def relay():
    yield from echo()


for rep in range(100):
    r = relay()
    next(r)
    a = r.send(rep)
    b = r.send("x")
    if rep % 40 == 0:
        print(a, b)
    r.close()

# A generator-returning delegate whose return value is unpacked.
def pairs(n):
    for i in range(n):
        yield i
    return n, n * n


def uses_pairs(n):
    a, b = yield from pairs(n)
    yield a + b


acc = 0
for rep in range(500):
    for v in uses_pairs(rep % 7):
        acc += v
print(acc)

# A recursive generator whose loop each of its frames passes once per step.
def flat(items):
    for item in items:
        if isinstance(item, list):
            yield from flat(item)
        else:
            yield item


nested = [[i, [i + 1, [i + 2.5, "s"]], i + 3] for i in range(20)]
count = 0
floats = 0.0
for rep in range(300):
    for x in flat(nested):
        if type(x) is float:
            floats += x
        else:
            count += 1
print(count, floats)
