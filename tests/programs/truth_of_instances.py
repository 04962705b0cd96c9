# The truth of instances in loops: none of __bool__/__len__ (true), either
# one, one added to the class or a base while the loop runs, and errors.
class Node:
    def __init__(self, v):
        self.v = v

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Flag(Node):
    def __bool__(self):
        return self.v > 2

items = [Node(0), None, Sized(0), Sized(3), Flag(1), Flag(5), 0, "", "x", [], [0]]
counts = [0] * len(items)
for r in range(200):
    for i, it in enumerate(items):
        if it:
            counts[i] += 1
        if not it:
            counts[i] -= 1
print(counts)

n = Node(1)
seen = []
for k in range(100):
    if k == 40:
        Node.__len__ = lambda self: 0
    if k == 70:
        Node.__bool__ = lambda self: True
    seen.append(bool(n) if k % 2 else (1 if n else 0))
print(seen[38:44], seen[68:74], sum(seen))

class Bad:
    def __bool__(self):
        return 1
class Neg:
    def __len__(self):
        return -1
for x in [Bad(), Neg()]:
    try:
        if x:
            print("true")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
