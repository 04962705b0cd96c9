xs = [1, 2]
print(xs.__len__())
print(xs.__hash__())
