a = list(range(6))
a[::2] = ["x", "y", "z"]
print(a)
a[::2] = ["only", "two"]
