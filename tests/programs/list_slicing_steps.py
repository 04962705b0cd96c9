# Slicing with steps, negative indices and out-of-range bounds, on lists of
# every kind.
sources = [
    list(range(12)),
    [i * 0.5 for i in range(12)],
    [i % 3 == 0 for i in range(12)],
    [str(i) for i in range(12)],
    [1, 2.0, True, None, "s", (1,), 7, 8.5, False, 0, -0.0, [1]],
]
for xs in sources:
    print(xs[::3], xs[1::4], xs[::-1][:4], xs[-3:], xs[:-9], xs[10:2:-3], xs[100:], xs[-100:2])

xs = list(range(500))
total = 0
for step in range(1, 20):
    part = xs[::step]
    total += len(part) + part[-1]
    back = xs[::-step]
    total += back[0] - back[-1]
print(total)
fs = [i * 0.25 for i in range(500)]
acc = 0.0
for start in range(0, 500, 25):
    acc += sum(fs[start:start + 25:5])
print(acc)
print(xs[5:2], xs[2:5:-1], fs[-1:-4:-1], xs[::250])
