from collections import deque, defaultdict, Counter

grid = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]
rows, cols = len(grid), len(grid[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print(dist.get(end), len(dist))

graph = defaultdict(list)
edges = [(i, (i * 7 + 3) % 200) for i in range(200)] + [(i, (i * 13 + 1) % 200) for i in range(200)]
for a, b in edges:
    graph[a].append(b)
    graph[b].append(a)
seen = set() if False else {}
order = []
stack = deque([0])
while stack:
    v = stack.pop()
    if v in seen:
        continue
    seen[v] = True
    order.append(v)
    for w in sorted(graph[v], reverse=True):
        if w not in seen:
            stack.append(w)
print(len(order), order[:12])

text = " ".join("w%d" % ((i * i) % 37) for i in range(3000))
counts = Counter(text.split())
print(counts.most_common(5), len(counts), counts["w0"], counts["nope"])
window = deque(maxlen=5)
sums = []
for i in range(2000):
    window.append(i * 3 % 17)
    if len(window) == 5:
        sums.append(sum(window))
print(sum(sums), max(sums), list(window))
by_len = defaultdict(Counter)
for w in text.split()[:500]:
    by_len[len(w)][w[-1]] += 1
print(sorted((k, sorted(v.items())) for k, v in by_len.items()))
