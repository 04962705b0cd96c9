# Printing an int with more than 4300 digits is a ValueError.
n = 1
for i in range(1, 2000):
    n *= i
print(len(str(n)))
n *= n
print(n)
