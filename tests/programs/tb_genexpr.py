data = [4, 2, 0, 1]
print(sum(x * x for x in data))
print(sum(8 // x for x in data))
