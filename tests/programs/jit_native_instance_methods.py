# Methods of native classes (deque, array, random.Random, Counter) called
# on instances in hot loops: each call runs once from the trace; when its
# result has another type than recorded, or it raises, the interpreter
# takes that outcome at the exit instead of calling again.
from array import array
from collections import Counter, deque
import random

# Breadth-first search over a grid graph, as users write it.
W, H = 30, 20
walls = {(x, 7) for x in range(0, 25)} | {(12, y) for y in range(10, 20)}
start, goal = (0, 0), (29, 19)
dist = {start: 0}
queue = deque([start])
while queue:
    x, y = queue.popleft()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < W and 0 <= ny < H and (nx, ny) not in walls and (nx, ny) not in dist:
            dist[(nx, ny)] = dist[(x, y)] + 1
            queue.append((nx, ny))
print(len(dist), dist[goal])

# A sliding window: append on one end, popleft on the other.
window = deque()
best = 0
total = 0
for i in range(500):
    v = (i * 37) % 101
    window.append(v)
    total += v
    if len(window) > 10:
        total -= window.popleft()
    best = max(best, total)
print(best, list(window))

# popleft's result changes type mid-loop, then it raises on an empty deque.
mixed = deque(list(range(40)) + ["a", "b"] + [2.5] * 5)
got = []
try:
    for i in range(100):
        got.append(mixed.popleft())
except IndexError as e:
    print("IndexError:", e, len(got), got[38:44], got[-1])

# array.append and pop.
a = array('d')
for i in range(200):
    a.append(i / 4)
s = 0.0
for i in range(150):
    s += a.pop()
print(len(a), s)

# A seeded generator's methods.
rng = random.Random(12345)
xs = [rng.randint(1, 6) for _ in range(300)]
ys = [rng.random() for _ in range(5)]
print(sum(xs), xs[:10], [round(y, 6) for y in ys])

# Counter's most_common in a loop, on a Counter that changes.
c = Counter()
tops = []
for i in range(120):
    c.update([i % 7, i % 3])
    if i % 20 == 19:
        tops.append(c.most_common(2))
print(tops)

# extend with a generator (the step needs the script) after lists.
def pair(k):
    yield k
    yield -k


q = deque()
for i in range(60):
    q.extend([i] if i < 40 else pair(i))
print(len(q), sum(q), q[-1])

# A deque subclass whose append is the script's own.
class Logged(deque):
    def append(self, x):
        deque.append(self, x * 10)


lg = Logged()
for i in range(50):
    lg.append(i)
    if len(lg) > 5:
        lg.popleft()
print(list(lg))

# len() and truth of native instances: a deque emptied mid-loop, and
# subclasses whose __len__ / __bool__ are the script's own.
dq = deque(range(30))
steps = 0
while dq:
    dq.pop()
    steps += len(dq)
print(steps, bool(dq), len(dq))


class Three(deque):
    def __len__(self):
        return 3


class Never(deque):
    def __bool__(self):
        return False


t3, nv = Three([1]), Never([1, 2])
print(sum(len(t3) for i in range(40)), sum(1 for i in range(40) if t3), sum(1 for i in range(40) if nv))
