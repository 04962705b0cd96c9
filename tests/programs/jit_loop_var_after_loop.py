for i in range(250):
    pass
print(i)
for i in range(0):
    pass
print(i)
j = 99
for j in range(300, 0, -1):
    if j == 137:
        break
print(j)
for k, v in enumerate("x" * 400):
    pass
print(k, v)
n = 0
while n < 333:
    n += 1
print(n)
