# for loops over reversed(), set and bytes iterators, compiled: each step
# is the interpreter's own, made once. A loop recorded over reversed() that
# later gets a filter() of a lambda (the same kind of built-in iterator)
# must leave that step to the interpreter.


def walk(it):
    t = 0
    for x in it:
        t += x
    return t


xs = [1, 2, 3, 4, 5, 6]
total = 0
for i in range(300):
    it = reversed(xs) if i % 3 else filter(lambda v: v > 2, xs)
    total += walk(it)
print("walk", total)

out = []
for i in range(200):
    items = [i, i + 0.5, "s", (i,), None] if i % 50 == 49 else [i, i + 1, i + 2]
    acc = []
    for v in reversed(items):
        acc.append(v)
    for c in reversed("héllo" if i % 2 else "abc"):
        acc.append(c)
    for b in reversed(b"xyz"):
        acc.append(b)
    for t in reversed((1.5, 2.5)):
        acc.append(t)
    out.append(acc)
print(out[0], out[49], out[-1])

# The list shrinks while reversed() walks it: the walk stops where
# CPython's does.
shrunk = []
for i in range(100):
    ys = list(range(8))
    for y in reversed(ys):
        if y == 5:
            del ys[2:]
        shrunk.append(y)
print(len(shrunk), shrunk[:12])

seen = 0
for i in range(300):
    s = {i, i + 1, i + 2, "x"} if i % 100 == 99 else {i, i + 1, i + 2}
    for v in s:
        seen += v if isinstance(v, int) else 1000
print("set", seen)
try:
    s = {1, 2, 3}
    for i in range(100):
        for v in s:
            if i == 80:
                s.add(i)
except RuntimeError as e:
    print("RuntimeError:", e)
bs = 0
for i in range(200):
    for b in b"\x00\x01\xff" * (i % 3):
        bs += b
print("bytes", bs)
