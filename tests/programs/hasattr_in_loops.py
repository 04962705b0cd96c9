# hasattr() in hot loops: instances whose attributes come and go, class
# attributes and methods, properties, __getattr__, built-in values.
class Node:
    kind = "node"
    def __init__(self, v):
        self.v = v
    def visit(self):
        return self.v

class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return 1
        raise AttributeError(name)

class Guarded:
    @property
    def value(self):
        raise AttributeError("not yet")
    @property
    def ready(self):
        return True

nodes = [Node(k) for k in range(10)]
for k, n in enumerate(nodes):
    if k % 3 == 0:
        n.extra = k
counts = {"v": 0, "extra": 0, "kind": 0, "visit": 0, "nope": 0}
for r in range(100):
    for n in nodes:
        for name in counts:
            if hasattr(n, name):
                counts[name] += 1
print(counts)

# An attribute added and removed while the loop runs; a class attribute
# added later.
n = Node(1)
seen = []
for k in range(120):
    if k == 30:
        n.tag = "t"
    if k == 60:
        del n.tag
    if k == 90:
        Node.tag = "class"
    seen.append(hasattr(n, "tag"))
print(seen.count(True), seen[28:32], seen[58:62], seen[88:92])

lz, g = Lazy(), Guarded()
hits = 0
for k in range(200):
    hits += hasattr(lz, "xy") + hasattr(lz, "y") * 10
    hits += hasattr(g, "value") * 100 + hasattr(g, "ready") * 1000
print(hits)

values = [[1], (2,), "s", {"a": 1}, range(3), 10 ** 30, 1j, 5, 2.5, None, {1}]
found = []
for r in range(50):
    row = []
    for v in values:
        row.append((hasattr(v, "append"), hasattr(v, "keys"), hasattr(v, "real"), hasattr(v, "upper")))
    found.append(row)
print(found[0])
print(found[49] == found[0])

def describe(x):
    if hasattr(x, "visit"):
        return x.visit()
    if hasattr(x, "keys"):
        return len(x)
    return -1

total = 0
for k in range(300):
    total += describe(nodes[k % 10]) + describe({k: 1}) + describe(k)
print(total)
try:
    hasattr(n, 5)
except TypeError as e:
    print("TypeError", e)
