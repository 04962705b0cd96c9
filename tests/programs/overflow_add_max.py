x = 9223372036854775807
print(x, x - 1 + 1, x + 0, x - x)
y = x - 10
for i in range(6):
    y += 2
    print(i, y)
print("after loop")
