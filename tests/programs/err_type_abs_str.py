vals = [-1, 2.5, "3"]
for v in vals:
    print(abs(v))
