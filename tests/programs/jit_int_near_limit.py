x = 9223372036854775807 - 1000
for i in range(1000):
    x += 1
print(x)
y = -9223372036854775807
for i in range(1):
    y -= 1
print(y)
z = 1
for i in range(62):
    z *= 2
print(z, z - 1 + z)
