below = 0
equal = 0
for i in range(600):
    f = i * 0.5
    if i < f:
        below += 1
    if i == f:
        equal += 1
print(below, equal)
cnt = 0
for i in range(-300, 300):
    if -2.5 < i / 10 <= 3.0:
        cnt += 1
print(cnt)
big = 2 ** 53
hits = 0
for i in range(300):
    if big + i == float(big + i):
        hits += 1
print(hits)
