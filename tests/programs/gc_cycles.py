# Reference cycles made and dropped by the thousand: lists holding
# themselves, pairs pointing at each other, cycles through dicts.
alive = []
for i in range(30000):
    a = [i]
    b = [a]
    a.append(b)
    a.append(a)
    if i % 6000 == 5999:
        alive.append(a)
print(len(alive), [x[0] for x in alive], alive[0][1][0][0], alive[2][2][2][0])
ring = None
for i in range(8000):
    node = {"id": i, "next": None}
    first = node
    prev = node
    for j in range(3):
        nxt = {"id": i * 10 + j, "next": None}
        prev["next"] = nxt
        prev = nxt
    prev["next"] = first
    if i == 7999:
        ring = first
count = 0
n = ring
while True:
    count += 1
    n = n["next"]
    if n is ring:
        break
print(count, ring["id"], ring["next"]["next"]["id"])
self_dicts = []
for i in range(8000):
    d = {}
    d["me"] = d
    d["n"] = i
    if i % 2000 == 0:
        self_dicts.append(d)
print([d["me"]["me"]["n"] for d in self_dicts], self_dicts[1])
