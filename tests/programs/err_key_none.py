d = {1: "a", "b": 2}
print(d.get(None))
print(d[None])
