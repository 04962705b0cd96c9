d = {"a": 1}
k = "b"
if k not in d:
    raise KeyError(k)
