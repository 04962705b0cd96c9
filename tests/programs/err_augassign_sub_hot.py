total = 0
for i in range(100):
    total -= i
    if i == 90:
        total -= "x"
print(total)
