vals = [2.5, 3.5, -0.5, 1e300 * 1e300]
for v in vals:
    print(v, round(v), round(v, 1))
