# + - * on big ints, mixed with small ints and bools.
a = 2 ** 64
b = -(3 ** 45)
print(a + 1, a - 1, a * 3, a + b, a - b, a * b)
print(1 + a, 5 - a, 7 * b, True + a, a - True, a * False)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775807 - 1) * -1)
print(a - a, type(a - a), (a + 5) - a, type((a + 5) - a))
x = 1
for i in range(70):
    x += x
print(x, x - 2 ** 70)
y = 10 ** 30
y -= 10 ** 30 - 7
print(y, type(y))
print(sum([a, b, a, -a, -a]), -b * -b)
