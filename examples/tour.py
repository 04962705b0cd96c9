def gen(n):
    for i in range(n):
        yield i
def work(n):
    t = 0
    for i in range(n):
        t += i * 2
    return t
total = 0
for v in gen(3000):
    total += v
x = 0
for i in range(300):
    x = x + (1 if i < 150 else 0.5)
groups = {}
for w in filter(str.isalpha, "a bb  a ccc bb a".split(" ") * 1000):
    groups.setdefault(len(w), []).append(w)
print(work(1000), total, x, len(groups))
