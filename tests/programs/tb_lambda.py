pairs = [(1, "one"), (2, "two"), (0, "zero")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: 10 / p[0]))
