# Dicts made and dropped in hot loops, with str and tuple keys, and a dict
# of recent items trimmed as it grows.
total = 0
for i in range(20000):
    d = {"a": i, "b": (i, i + 1), str(i % 10): [i]}
    total += d["a"] + d["b"][1] + len(d)
print(total)
recent = {}
for i in range(20000):
    recent[(i % 101, "r" + str(i % 13))] = i
    if len(recent) > 64:
        for k in list(recent)[:16]:
            del recent[k]
print(len(recent), list(recent)[:3], sum(recent.values()))
merged = {}
for i in range(3000):
    part = {("p", i % 50): i, ("q", i % 7): -i}
    merged.update(part)
print(len(merged), merged[("p", 0)], merged[("q", 6)])
