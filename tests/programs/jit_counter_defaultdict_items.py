# Counter, defaultdict and OrderedDict indexed and stored in hot loops
# (their native __getitem__/__setitem__ called from traces): str, int and
# tuple keys, missing keys whose default needs the script (refused in
# compiled code, redone by the interpreter), and bisect/gcd as calls.
import bisect
import math
from collections import Counter, OrderedDict, defaultdict

text = ("it was the best of times it was the worst of times " * 40).split()
c = Counter()
for w in text:
    c[w] += 1
print(c.most_common(4), c["nothing"], len(c))

made = []


def fresh():
    made.append(len(made))      # the script: never run twice for one key
    return 100


d = defaultdict(fresh)
for i in range(300):
    d[i % 37] += i
print(len(made), sum(d.values()), d[5], d[36])

groups = defaultdict(list)
for i in range(200):
    groups[(i % 3, i % 2)].append(i)
print(sorted((k, len(v), sum(v)) for k, v in groups.items()))

od = OrderedDict()
for i in range(100):
    od[str(i % 10)] = od.get(str(i % 10), 0) + i
    if i == 50:
        od.move_to_end("3")
print(list(od.items()))

ints = defaultdict(int)
for i in range(500):
    ints[i % 11] += ints[(i + 1) % 11] % 7 + 1
print(dict(ints))

xs = sorted((i * 7919) % 10007 for i in range(2000))
found = 0
for q in range(0, 10007, 5):
    j = bisect.bisect_left(xs, q)
    if j < len(xs) and xs[j] == q:
        found += 1
    found += bisect.bisect_right(xs, q) - j
print(found, sum(math.gcd(a, 360) for a in range(1000)))

# A key that becomes a float mid-loop (1.0 finds 1), then an unhashable one.
k = Counter({1: 5, 2: 7})
t = 0
try:
    for i in range(80):
        key = 1 if i < 40 else (1.0 if i < 60 else [1])
        t += k[key]
except TypeError as e:
    print("TypeError:", e, t)
