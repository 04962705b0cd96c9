# Tuples built in a hot loop that escape: into a list, a dict, a built-in,
# across the back edge, nested in other tuples. Each is made once, where
# it escapes, and keeps one identity.
pairs = []
for i in range(200):
    p = (i, i * 0.5)
    pairs.append(p)
    if i % 50 == 0:
        print(p is pairs[-1], pairs[-1])
print(len(pairs), pairs[7], pairs[-1])

seen = {}
for i in range(120):
    key = (i % 7, i % 3)
    seen[key] = seen.get(key, 0) + 1
print(sorted(seen.items())[:4], len(seen))

last = (0, 0)
for i in range(150):
    prev = last
    last = (i, prev[0])
print(last, prev)

nested = []
for i in range(90):
    inner = (i, -i)
    outer = (inner, i * 2)
    nested.append(outer)
    if i % 30 == 0:
        print(outer[0] is inner, nested[-1][0] is inner, outer)
print(nested[-1], len(nested))

def point(i):
    return (i * 1.5, i - 3)

pts = []
for i in range(100):
    x, y = point(i)
    pt = point(i)
    pts.append(pt)
    if i % 40 == 0:
        print(x, y, pt, str(pt), max(pt))
print(pts[-1], sum([p[0] for p in pts]))

words = []
for i in range(80):
    t = ("w%d" % i, i)
    words.append(t[0])
    if len(words) > 3:
        words.pop(0)
print(words)
