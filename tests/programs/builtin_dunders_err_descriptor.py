print(int.__add__(1, 2))
print(int.__add__(1.0, 2))
