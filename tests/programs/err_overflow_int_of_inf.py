vals = [1.5, -2.7, 1e18, float("inf")]
for v in vals:
    print(v, int(v))
