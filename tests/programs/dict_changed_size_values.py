# Changing a value is not a change of size; popping and re-adding is.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in d.keys():
    if k == "a":
        d.pop("c")
        d["z"] = 0
print(d)
