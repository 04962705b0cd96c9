# Loops over sets and with sets, hot enough to compile: the same answers
# with the JIT off, on, and compiling at once.
s = set(range(0, 3000, 7))
t = 0
for k in range(200):
    for x in s:
        t += x
print(t)
words = {"alpha", "beta", "gamma", "delta"}
out = []
for k in range(300):
    for w in words:
        if k % 100 == 0:
            out.append(w)
print(out)
mixed = {1, 2.5, "s", (1, 2), True}
kinds = []
for k in range(100):
    for m in mixed:
        if k == 99:
            kinds.append(type(m).__name__)
print(kinds)
# A set that changes size while a loop walks it.
for trial in range(60):
    grow = {1, 2, 3}
    try:
        for g in grow:
            if trial > 50:
                grow.add(g + 100)
    except RuntimeError as e:
        if trial == 59:
            print("RuntimeError:", e)
# Tuples made in the loop, looked up in a set, directions from a tuple display.
grid = {(x, y) for x in range(20) for y in range(20) if (x * 7 + y * 3) % 5 != 0}
reach = 0
for x in range(20):
    for y in range(20):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if (x + dx, y + dy) in grid:
                reach += 1
print(reach)
acc = set()
for i in range(5000):
    acc.add(i % 97)
    if i % 500 == 0:
        acc.discard(3)
        acc.update([i % 13, -1])
print(len(acc), sorted(acc)[:5])
evens = 0
for i in range(4000):
    b = {i % 3, i % 5}
    b |= {i % 2}
    if 0 in b and 1 not in b:
        evens += 1
print(evens)
sizes = [len({j * i % 17 for j in range(10)}) for i in range(200)]
print(sum(sizes), max(sizes))
