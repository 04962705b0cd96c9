# Calls that leave out parameters with defaults, of functions that recurse
# or have loops (so they run through their entry traces, which fill the
# defaults in as the interpreter's call does): a recursive search with
# default accumulators, a method with a loop and a default, and defaults
# that are objects.


def walk(n, acc, step=1, limit=10):
    if n <= 0:
        return acc
    for i in range(2):
        acc += i * step + (limit > n)
    return walk(n - step, acc)


def count_paths(grid, r=0, c=0, seen=None):
    if r == len(grid) - 1 and c == len(grid[0]) - 1:
        return 1
    total = 0
    for dr, dc in ((1, 0), (0, 1)):
        nr, nc = r + dr, c + dc
        if nr < len(grid) and nc < len(grid[0]) and grid[nr][nc] == 0:
            total += count_paths(grid, nr, nc)
    return total


class Acc:
    def __init__(self):
        self.items = []

    def add_all(self, xs, scale=2, offset=0):
        for x in xs:
            self.items.append(x * scale + offset)
        return len(self.items)


t = 0
for k in range(3000):
    t += walk(k % 20, 0)
print(t)
grid = [[0, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0]]
print(sum(count_paths(grid) for _ in range(200)))
a = Acc()
n = 0
for k in range(300):
    n += a.add_all(range(k % 4)) + a.add_all([k], 3)
print(n, a.items[-6:])


def tagged(x, tags=("a", "b")):
    out = 0
    for t in tags:
        out += len(t) * x
    return out


print(sum(tagged(k) for k in range(500)), tagged(2, ("xyz",)))
