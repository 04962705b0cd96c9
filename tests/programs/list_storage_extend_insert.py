# extend and insert with items that do not fit the list, in loops too.
xs = [1, 2, 3]
xs.extend([4.0, 5])
print(xs)
xs.extend(("six", None))
print(xs)
xs.extend(range(7, 9))
print(xs)
xs.insert(0, 0.0)
xs.insert(-1, True)
xs.insert(100, [9])
print(xs, len(xs))

fs = [1.0]
fs.extend([2, 3])
print(fs, [type(f) for f in fs])

bs = [True, False]
bs.insert(1, 1)
bs.extend([False])
print(bs, bs.count(1), bs.count(True))

acc = []
for i in range(200):
    if i % 40 == 39:
        acc.extend([i, i + 0.5])
    else:
        acc.extend([i])
print(len(acc), acc[38:42], acc[-3:])

q = [0] * 5
for i in range(300):
    q.insert(i % 7, i % 5 == 0)
print(len(q), q[:8], q[-6:], q.count(True), q.count(0))

s = [1, 2]
s.extend("ab")
print(s)
s.extend(s)
print(s)
