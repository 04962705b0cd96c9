# Methods looked up in hot loops: list.append, and a receiver that stops
# being a list.
out = []
evens = []
for i in range(500):
    out.append(i * 2)
    if i % 2 == 0:
        evens.append(i)
print(len(out), sum(out), len(evens), evens[-3:])

rows = [[], [], []]
for i in range(600):
    rows[i % 3].append(float(i))
print([len(r) for r in rows], rows[2][-1])

target = []
for i in range(300):
    if i == 250:
        target = "no append here"
    target.append(i)
