# heapq's functions called from traces, once each: Dijkstra as users
# write it, items whose __lt__ is the script's (compiled code refuses it,
# the heap is put back and the interpreter redoes the call), results of
# another type, an empty heap, and a comparison that raises part way
# (the heap left as CPython leaves it).
import heapq


def dijkstra(adj, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 1 << 60):
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


adj = {i: [((i * 7 + 1) % 500, i % 13 + 1), ((i * 11 + 3) % 500, i % 7 + 2)] for i in range(500)}
dist = dijkstra(adj, 0)
print(len(dist), sum(dist.values()), max(dist.values()))


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return "Task(%d)" % self.prio


h = []
for i in range(120):
    item = (i * 37) % 101 if i < 80 else Task((i * 37) % 101, "t")
    if i >= 80:
        h = [Task(x, "n") if isinstance(x, int) else x for x in h]
    heapq.heappush(h, item)
    if i % 3 == 2:
        heapq.heappop(h)
print(len(h), [t.prio for t in h[:8]])

ints = list(range(30, 0, -1))
heapq.heapify(ints)
popped = []
try:
    for i in range(40):
        popped.append(heapq.heappop(ints) if i != 25 else heapq.heapreplace(ints, "x"))
except (IndexError, TypeError) as e:
    print(type(e).__name__, e, popped[-3:], ints[:5])

mixed = [1, 2, 3, 4, 5, 6, 7, 8]
out = []
for i in range(8):
    out.append(heapq.heappushpop(mixed, 4.5 if i % 2 else i))
print(out, mixed)

# A comparison that raises half way up: the item stays in the heap.
h = [0, "s", 2, 10, "t", 3, 4, 11]
try:
    heapq.heappush(h, 5)
except TypeError as e:
    print("TypeError:", e)
print(h)
h = [0, 1, 2, 3, 4, "u", 6, 7, 8, 9, 10]
for k in range(3):
    try:
        print(heapq.heappop(h), h)
    except TypeError as e:
        print("TypeError:", e, h)


# Script comparisons appear in a heap the trace keeps pushing ints into.
class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, P) else other)

    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, P) else other)


def key(p):
    return p.v if isinstance(p, P) else p


h = []
for i in range(150):
    if i == 100:
        h.extend([P(-1), P(500), P(40), P(41), P(42)])
        heapq.heapify(h)
    heapq.heappush(h, (i * 37) % 101)
    if i % 3 == 2:
        heapq.heappop(h)
print(len(h), [key(p) for p in h[:12]], sum(key(p) for p in h))
