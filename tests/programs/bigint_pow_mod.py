# Three-argument pow on big ints, with CPython's errors.
print(pow(2, 2 ** 70, 10 ** 9 + 7), pow(3, -1, 7), pow(10 ** 20, -1, 7))
print(pow(2, 10, -7), pow(2, -2, -7), pow(2 ** 70, -2, -7), pow(-3, 5, 10 ** 20))
print(pow(12345678901234567890, 98765432109876543210, 2 ** 89 - 1))
print(pow(5, 0, 1), pow(5, -1, 1), pow(2 ** 100, 3, 2 ** 64))
for args in [(2, -1, 4), (2, 3, 0), (0, -1, 5), (2 ** 80, -1, 2 ** 40)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(args, e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(e)
