xs = [1, 2]
for a, b in zip(xs, [1], strict=True):
    print(a)
