def inverse(d):
    return {v: 1 / v for v in d.values()}
print(inverse({"a": 2, "b": 4}))
print(inverse({"a": 2, "z": 0}))
