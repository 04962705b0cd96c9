data = [1, 2, 3, 4, 5]
half = len(data) // 2
print(list(range(half)))
half = len(data) / 2
for i in range(half):
    print(i)
