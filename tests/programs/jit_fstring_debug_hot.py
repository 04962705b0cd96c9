lines = []
for i in range(600):
    x = i * 0.5
    if i % 150 == 0:
        lines.append(f"{i=} {x=:.1f} {x * 2 = }")
print(lines)
acc = 0
for i in range(2000):
    s = f"{i=}"
    acc += len(s)
print(acc, f"{acc=:>12,}")
