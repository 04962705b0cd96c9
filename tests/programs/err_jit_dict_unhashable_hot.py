# A dict store in a hot loop meets an unhashable key.
d = {}
keys = [i for i in range(200)] + [[1, 2]]
for k in keys:
    d[k] = k
print(len(d))
