vals = [1] * 300 + ["x"]
t = 0
for v in vals:
    t = t + v
print(t)
