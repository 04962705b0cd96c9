import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, v)
    print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(heappushpop([], 3))
print(nlargest(3, [1, 8, 2, 9, 3]), nsmallest(3, [1, 8, 2, 9, 3]), nlargest(10, [2, 1]), nsmallest(0, [1]))
print(nsmallest(2, [3, 1, 2], key=lambda v: -v), nlargest(2, ["bb", "a", "ccc"], key=len))
print(nlargest(2, [(1, "a"), (1, "b"), (0, "c")]), nsmallest(3, "hello"))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([3, 1], [2])))
print(list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge(["aa", "b"], ["c", "ddd"], key=len)))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "test"))
heappush(tasks, (1, "eat"))
while tasks:
    print(heappop(tasks))
# Dijkstra on a grid, a hot loop
import math
n = 40
dist = [[math.inf] * n for _ in range(n)]
dist[0][0] = 0
pq = [(0, 0, 0)]
while pq:
    d, r, c = heappop(pq)
    if d > dist[r][c]:
        continue
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < n and 0 <= cc < n:
            nd = d + (rr * 7 + cc * 13) % 10 + 1
            if nd < dist[rr][cc]:
                dist[rr][cc] = nd
                heappush(pq, (nd, rr, cc))
print(dist[n - 1][n - 1])
big = list(range(3000, 0, -1))
heapify(big)
out = [heappop(big) for _ in range(3000)]
print(out == sorted(out), out[:5])

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: heappush(1, 2))
show(lambda: heappop([]))
show(lambda: heapreplace([], 1))
show(lambda: heapify((1,)))
show(lambda: heappush([]))
show(lambda: nlargest(2))
show(lambda: heappop(5))
show(lambda: heappush([1], "a"))
