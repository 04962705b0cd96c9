# Calls of functions that have loops of their own, from hot loops: the
# caller's trace hands over at the callee's loop header, the callee's loop
# runs its own trace, and the callee's return is handed back. Tuples the
# callee returns are made at the handoff.
def step_seed(seed, rounds):
    for _ in range(rounds):
        seed = seed * 7 % 101
    return 1, seed

def walk():
    seed = 5
    total = 0
    i = 0
    while i < 300:
        s, seed = step_seed(seed, 1 + i % 3)
        total += s
        i += 1
        if i % 60 == 0:
            print(seed, total)
    return seed, total

print(walk())

def nearest(point, centres):
    x, y = point
    best, best_index = 1e300, -1
    for i, (cx, cy) in enumerate(centres):
        d = (x - cx) ** 2 + (y - cy) ** 2
        if d < best:
            best, best_index = d, i
    return best, best_index

centres = [(float(k), float(k * k % 7)) for k in range(9)]
hits = [0] * len(centres)
spread = 0.0
for n in range(400):
    p = (n % 13 * 0.7, n % 5 * 1.3)
    d, k = nearest(p, centres)
    hits[k] += 1
    spread += d
print(hits, round(spread, 6))

def place(row, n, cols, up, down):
    if row == n:
        return 1
    found = 0
    for col in range(n):
        if cols[col] or up[row + col] or down[row - col + n - 1]:
            continue
        cols[col] = up[row + col] = down[row - col + n - 1] = True
        found += place(row + 1, n, cols, up, down)
        cols[col] = up[row + col] = down[row - col + n - 1] = False
    return found

for n in range(1, 8):
    print(n, place(0, n, [False] * n, [False] * (2 * n), [False] * (2 * n)))

def first_square_above(limit):
    k = 0
    while True:
        if k * k > limit:
            return k
        k += 1

print([first_square_above(v) for v in range(0, 400, 37)])
