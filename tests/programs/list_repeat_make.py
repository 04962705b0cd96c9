# [x] * n for items of every kind, and lists built from it.
for x in [0, 7, -1, 0.0, -0.0, 2.5, True, False, None, "s", (1, 2)]:
    xs = [x] * 5
    print(xs, len(xs), xs.count(x))
print([1] * 0, [2.0] * -3, [True] * 1, [1, 2.5, False] * 2, 3 * [0])

n = 400
zeros = [0] * n
halves = [0.5] * n
flags = [False] * n
for i in range(n):
    zeros[i] += i
    halves[i] *= i
    flags[i] = i % 3 == 0
print(sum(zeros), sum(halves), sum(flags), zeros[-1], halves[-1], flags[-3:])

rows = [[0] * 3] * 2
rows[0][0] = 5
print(rows)
rows = [[0.0] * 3 for _ in range(2)]
rows[0][0] = 5
print(rows)
big = [None] * 1000
big[999] = 1
print(big.count(None), big[-2:])
