# Dict iteration (keys, values, items), f-strings and slices in hot loops.
def main():
    d = {}
    for i in range(300):
        d["k" + str(i)] = i * 1.5
    t = 0.0
    labels = []
    for rep in range(40):
        for k, v in d.items():
            t += v
        for k in d:
            if k[1] == "7":
                t += 1
        for v in d.values():
            t -= v * 0.5
        label = f"{rep:>3}:{t:.1f}|{rep!r}"
        labels.append(label[1:6])
    return t, labels[-3:]


print(main())

xs = list(range(100))
acc = 0
for i in range(0, 95):
    window = xs[i:i + 5]
    acc += sum(window) - len(xs[i::7]) + xs[-i - 1:][0]
print(acc)

words = "the quick brown fox jumps over the lazy dog".split()
seen = {}
for rep in range(200):
    for w in words:
        seen[w] = seen.get(w, 0) + 1
total = 0
for w, c in seen.items():
    total += c * len(w)
print(total, sorted(seen.items())[:3])
