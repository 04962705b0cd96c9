d = {"a": [1, 2}
print(d)
