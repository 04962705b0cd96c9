# ** on big ints: negative exponents give floats, 0/1/-1 stay small.
print(2 ** 100, (-2) ** 101, 3 ** 64, (-3) ** 64)
print(2 ** -1, (2 ** 70) ** -1, 10 ** -20)
print(0 ** (2 ** 100), 1 ** (2 ** 100), (-1) ** (2 ** 100), (-1) ** (2 ** 100 + 1))
print((2 ** 70) ** 3 == 2 ** 210, (10 ** 20) ** 0)
print(pow(2 ** 70, 0.5), pow(7, 40), pow(-7, 41))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    (10 ** 400) ** -1
except OverflowError as e:
    print(e)
x = 3
for i in range(6):
    x = x ** 2
print(x, x.bit_length())
