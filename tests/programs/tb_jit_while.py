acc = 0.0
i = 0
items = [1.5] * 300 + [None]
while i < len(items):
    acc = acc + items[i] * 2
    i += 1
print(acc)
