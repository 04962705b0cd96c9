point = (1, 2)
x, y = point
print(x, y)
x, y, z = point
