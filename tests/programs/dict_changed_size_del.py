# Deleting the key just visited: the next step raises, the dict keeps the rest.
d = {1: 1, 2: 2}
try_keys = []
for k in d:
    try_keys.append(k)
    del d[k]
print(d)
