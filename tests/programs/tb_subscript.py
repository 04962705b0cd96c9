table = {"alpha": [1, 2, 3], "beta": []}


def last(key):
    items = table[key]
    return items[len(items) - 1]


print(last("alpha"))
print(last("beta"))
