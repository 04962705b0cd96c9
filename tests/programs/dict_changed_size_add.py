# Adding keys while iterating a dict: CPython raises at the next step.
d = {1: 1, 2: 2}
seen = []
for k in d:
    seen.append(k)
    d[k + 1] = 1
print(seen)
