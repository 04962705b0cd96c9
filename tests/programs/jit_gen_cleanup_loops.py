# Hot loops driving generators whose yields sit inside try/finally, with
# and yield from: the JIT may compile them or leave them to the
# interpreter, never change the answer.


class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        self.exited += 1
        return False


stats = {"finally": 0}


def guarded(n):
    try:
        for i in range(n):
            yield i * 2
    finally:
        stats["finally"] += 1


def managed(n, c):
    with c:
        i = 0
        while i < n:
            yield i
            i += 1


def delegating(n, c):
    got = yield from guarded(n)
    total = 0
    for v in managed(n, c):
        total += v
    r = yield from managed(3, c)
    yield total


c = Counter()
acc = 0
for rep in range(300):
    for v in guarded(20):
        acc += v
    for v in managed(10, c):
        acc -= v
    for v in delegating(5, c):
        acc += v
print(acc, stats["finally"], c.entered, c.exited)

# Closing half-run generators in a loop.
closed = 0
for rep in range(500):
    g = guarded(100)
    for v in g:
        if v > 10:
            break
    g.close()
    closed += 1
print(closed, stats["finally"])


# send() and throw() in hot loops.
def accumulator():
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError:
                total = 0
    finally:
        stats["finally"] += 1


def relay():
    r = yield from accumulator()
    return r


g = relay()
next(g)
last = 0
for i in range(2000):
    if i % 97 == 0:
        last = g.throw(ValueError)
    else:
        last = g.send(i)
g.close()
print(last, stats["finally"])
