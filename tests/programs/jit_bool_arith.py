n = 0
for i in range(500):
    n += (i % 3 == 0) + (i % 5 == 0) * 2 - (i % 7 == 0)
print(n, True + True, True * 5.5)
b = False
for i in range(300):
    b = b ^ (i % 2 == 0)
print(b)
