# Many deletions and insertions mixed in a hot loop (a recency list kept in
# a dict): the iteration order afterwards is the order of last insertion.
recent = {}
for i in range(2000):
    key = (i * 37) % 101
    if key in recent:
        del recent[key]
    recent[key] = i
    if len(recent) > 50:
        oldest = list(recent)[0]
        del recent[oldest]
print(len(recent), list(recent)[:8], list(recent.values())[:8])
ordered = True
prev = -1
for k in recent:
    if recent[k] < prev:
        ordered = False
    prev = recent[k]
print(ordered)
lru = {}
hits = 0
for i in range(1500):
    k = "p" + str((i * i) % 97)
    if k in lru:
        hits += 1
        lru[k] = lru.pop(k) + 1
    else:
        lru[k] = 0
    if len(lru) > 40:
        lru.pop(next(iter(lru)))
print(hits, len(lru), list(lru)[:5], list(lru.items())[-3:])
