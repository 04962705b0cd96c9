# `c[i] op= v` ends in ROT_THREE then STORE_SUBSCR, run as one
# superinstruction: lists, dicts, nested lists, hot loops, and errors raised
# by the store (reported on the statement's line).
def grid(n):
    g = [[0.0] * n for _ in range(n)]
    for i in range(n):
        row = g[i]
        for j in range(n):
            row[j] += i * 0.5 + j
            g[i][j] *= 2
    return g


g = grid(30)
print(g[3][4], g[29][29], sum([sum(r) for r in g]))

counts = {"a": 0}
for w in "a b a c a b".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)

nums = [1, 2, 3]
for k in range(200):
    nums[k % 3] += k
    nums[-1] -= 1
print(nums)

s = [0] * 5
i = 0
while True:
    s[i] += i
    i += 1
