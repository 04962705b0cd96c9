data = [i * 2 for i in range(100)]
total = 0
for i in range(300):
    total += data[i]
print(total)
