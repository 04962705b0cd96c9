def add_item(lst, x):
    lst.append(x)
items = [3, 1, 2]
result = add_item(items, 4)
print(items, result)
print(result + 1)
