import copy
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt, dt is t2, dt[1] is t2[1])
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0], len(cc))
m = {"x": {"y": [1, 2]}}
mc = copy.deepcopy(m)
mc["x"]["y"].append(3)
print(m, mc, copy.copy(m) == m, copy.copy(m) is m)

class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []

root = Node(1, [Node(2), Node(3, [Node(4)])])
r2 = copy.deepcopy(root)
r2.kids[1].kids[0].v = 40
r3 = copy.copy(root)
print(root.kids[1].kids[0].v, r2.kids[1].kids[0].v, r3.kids is root.kids, type(r2).__name__)

class Custom:
    def __init__(self):
        self.n = 1
    def __copy__(self):
        return "custom copy"
    def __deepcopy__(self, memo):
        return "custom deepcopy"

print(copy.copy(Custom()), copy.deepcopy(Custom()))
q = deque([[1], [2]], maxlen=5)
q2 = copy.deepcopy(q)
q2[0].append(9)
print(q, q2, copy.copy(q))
c = Counter("aab")
print(copy.copy(c), copy.deepcopy(c))
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["new"].append(0)
print(dd, dd2)
od = OrderedDict(a=[1], b=[2])
od2 = copy.deepcopy(od)
od2["a"].append(5)
print(od, od2)
Pt = namedtuple("Pt", "x y")
p = Pt([1], 2)
p2 = copy.deepcopy(p)
p2.x.append(7)
print(p, p2, copy.copy(p) is p)
print(copy.deepcopy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(3.5), copy.deepcopy(range(3)))
deep = []
cur = deep
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
dc = copy.deepcopy(deep)
depth = 0
while dc:
    dc = dc[0]
    depth += 1
print(depth)
