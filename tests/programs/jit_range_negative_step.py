s = 0
for i in range(1000, 0, -3):
    s += i
print(s, i)
for i in range(10, -10, -7):
    print(i, end=" ")
print()
r = 0
for i in range(0, -500, -1):
    r -= i
print(r)
