items = [10, 20, 30]
print(items.pop(1), items)
print(items.pop(-2), items)
print(items.pop(3))
