# Sets print in their hash table's order: random adds, removes, pops and
# set algebra, printed as they go, must match CPython slot for slot.
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


words = ["a", "bb", "ccc", "apple", "pear", "fig", "kiwi", "lime", "plum", "date", "x", "y", "zz"]
pool = list(range(-20, 60)) + [1.5, 2.5, -0.5, 100.25] + words + [(1, 2), (3, "x"), (None, True)]
s = set()
t = set()
for step in range(400):
    k = pool[rnd(len(pool))]
    op = rnd(10)
    if op < 5:
        s.add(k)
    elif op < 7:
        s.discard(k)
    elif op == 7 and s:
        s.pop()
    else:
        t.add(k)
    if step % 40 == 39:
        print(len(s), s)
        print(s | t)
        print(s & t, t & s)
        print(s - t, t - s)
        print(s ^ t)
        u = set(s)
        u.update(t)
        print(u, frozenset(t))
big = set()
for i in range(0, 3000, 7):
    big.add(i * 31 % 1000)
for i in range(0, 3000, 3):
    big.discard(i % 997)
print(len(big), list(big)[:40])
print(set(x * 1024 for x in range(40)))
print({x * 8 for x in range(30)})
print(set(words), set(reversed(words)))
d = {w: len(w) for w in words}
print(set(d), set(d.values()), set(d.items()))
print({5, 13, 21}, {21, 13, 5}, {"kiwi", "fig", "lime", "plum"})
print({0.5, 1.5, 2.5, 3.5, 1, 2, 3})
print({1, 1.0, True}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
fs = {frozenset({1, 2}), frozenset({2, 1}), frozenset(), frozenset("ab")}
print(len(fs), fs)
print(hash(frozenset({1, 2, 3})), hash(frozenset({"a"})), hash(frozenset({(1, 2)})))
