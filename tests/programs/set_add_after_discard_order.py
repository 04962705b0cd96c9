# Adds that reuse deleted slots, and tables that grow, print in
# CPython's order (one probe finds the key or the slot to add it at).
import random

rng = random.Random(2026)
s = set()
lines = []
for step in range(600):
    k = rng.randrange(-40, 200)
    if rng.random() < 0.35:
        s.discard(k)
    else:
        was = len(s)
        s.add(k)
        if len(s) == was and k not in s:
            print("lost", k)
    if step % 37 == 0:
        lines.append(list(s)[:12])
print(len(s), sorted(s) == sorted(set(s)))
for line in lines:
    print(line)
print(list(s))
t = set()
for i in range(0, 3000, 7):
    t.add(i * 1000003)
    if i % 3 == 0:
        t.discard((i // 2) * 1000003)
print(len(t), list(t)[:20])
