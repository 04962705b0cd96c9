base = 9223372036854775807 - 1000
x = base
for i in range(999):
    x += 1
print(x, 9223372036854775807 - x)
y = -9223372036854775807
for i in range(500):
    y -= 1
    y += 1
print(y)
z = 4611686018427387903
for i in range(300):
    z = z + 1 - 1
print(z * 2, z * 2 + 1)
m = 3037000499
acc = 0
for i in range(400):
    acc = m * m - i
print(acc)
