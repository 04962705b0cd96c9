# & | ^ on big and negative ints are two's-complement, as in CPython.
a = 2 ** 70 + 12345
b = -(2 ** 65) - 7
for x, y in [(a, b), (b, a), (a, -1), (b, 0xFFFF), (-a, -b), (a, 2 ** 64 - 1), (b, True)]:
    print(x & y, x | y, x ^ y)
print(-2 ** 70 & 0xFFFF, -2 ** 70 | 5, -2 ** 70 ^ -3)
print((2 ** 128 - 1) & ~(2 ** 64), ~(2 ** 128 - 1) | 1)
h = 0
for i in range(100):
    h = (h * 31 + i) ^ (h >> 7)
print(h, h & (2 ** 64 - 1))
