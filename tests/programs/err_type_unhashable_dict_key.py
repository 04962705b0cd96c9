d = {}
d["k"] = 1
d[(1, "x")] = 2
print(d)
d[{"nested": 1}] = 3
