# Sets the way scripts use them, in loops hot enough to compile.
text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs"
words = text.split()
seen = set()
dupes = []
for w in words * 50:
    if w in seen:
        if w not in dupes:
            dupes.append(w)
    else:
        seen.add(w)
print(len(seen), sorted(seen)[:5], dupes[:4])

# Breadth-first search on a grid with a visited set of tuples.
W, H = 30, 20
walls = {(x, 7) for x in range(25)} | {(x, 14) for x in range(5, 30)}
start, goal = (0, 0), (29, 19)
frontier = [start]
visited = {start}
steps = 0
while frontier and goal not in visited:
    nxt = []
    for x, y in frontier:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            p = (x + dx, y + dy)
            if 0 <= p[0] < W and 0 <= p[1] < H and p not in walls and p not in visited:
                visited.add(p)
                nxt.append(p)
    frontier = nxt
    steps += 1
print(steps, len(visited))

# Primes by removing multiples from a set.
n = 2000
candidates = set(range(2, n))
for i in range(2, 45):
    if i in candidates:
        candidates -= set(range(i * i, n, i))
print(len(candidates), sorted(candidates)[-3:])

# Membership of ints in a constant set, and set algebra per iteration.
vowels = {"a", "e", "i", "o", "u"}
count = 0
for ch in text * 20:
    if ch in vowels:
        count += 1
print(count)
total = 0
for i in range(3000):
    if i % 7 in {0, 3, 5}:
        total += i
    a = {i % 11, i % 13, i % 17}
    total += len(a & {1, 2, 3}) + len(a | {0})
print(total)
common = set(range(0, 500, 3))
for k in range(2, 40):
    common &= set(range(0, 500, k)) | {0, 1, 2}
print(sorted(common))
pairs = {(a, b) for a in range(20) for b in range(20) if (a * b) % 7 == 1}
print(len(pairs), min(pairs), max(pairs))
