def ratio(total, count):
    share = total / count
    return share


values = [10, 20, 30]
print(ratio(sum(values), len(values)))
print(ratio(sum(values), len(values) - 3))
