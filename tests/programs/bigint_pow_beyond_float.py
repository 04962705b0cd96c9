# x ** y of ints past 2**1024, where x as a float is infinite: the size
# check before the power must not call that a MemoryError (found by the
# CPython diff, seed 777200: b = b ** 2 - 9 repeated).
b = 12
for k in range(14):
    b = (b ** 2) - 9
    print(k, b.bit_length(), b % 1000003)
x = 2 ** 1100 + 1
print((x ** 2).bit_length(), (x ** 3) % 10 ** 9, (-x) ** 3 < 0)
print((3 ** 1145 + 7) ** 2 % 999983)
