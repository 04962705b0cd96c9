items = [3, 2, 1, "x"]
for v in items:
    if v < 2:
        print("small", v)
