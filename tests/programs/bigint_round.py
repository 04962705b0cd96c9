# round() of big ints, and of floats to big ints.
x = 12345678901234567890123
print(round(x), round(x, 2), round(x, -5), round(-x, -5), round(x, -22), round(x, -23), round(x, -100))
print(round(25 * 10 ** 20, -21), round(35 * 10 ** 20, -21), round(-15 * 10 ** 20, -21), round(-25 * 10 ** 20, -21))
print(round(1e25), round(-2.5e30), round(2.0 ** 70), type(round(1e25)))
print(round(2 ** 70, 3), round(-(2 ** 70), -3), round(2 ** 63 - 1, -1), round(-(2 ** 63), -1))
