# Native classes in traces: deque, Counter and defaultdict made inside
# compiled loops (their native __init__ called from compiled code), a
# defaultdict whose factory is a built-in type, and the truth of a deque
# that empties (`while q:`), in a breadth-first search.
from collections import Counter, defaultdict, deque


def bfs(graph, start):
    seen = {start}
    q = deque([start])
    order = []
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


graph = {i: [(i * 3) % 60, (i * 7 + 1) % 60, (i + 1) % 60] for i in range(60)}
total = 0
for r in range(40):
    order = bfs(graph, r % 60)
    total += order[-1] + len(order)
print(total, order[:8])

groups = None
for r in range(150):
    groups = defaultdict(list)
    counts = Counter("abracadabra"[: r % 11 + 1])
    d = deque((r, r + 1, r + 2), 2)
    for w in ["x", "yy", "x", "zzz"]:
        groups[len(w)].append(w)
    total += len(groups) + counts["a"] + d[0] + len(d)
print(total, dict(groups), counts.most_common(2), d)

# Made from an iterator: the interpreter makes it (an iterator it consumes).
it = iter([1, 2, 3])
for r in range(100):
    q = deque(it)
    total += len(q)
print(total)
