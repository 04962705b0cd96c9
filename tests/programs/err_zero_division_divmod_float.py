vals = [7.5, 2.0, 0.5]
for v in vals:
    print(divmod(10.0, v))
print(divmod(1.5, 0))
