vals = [0, 1, -1, 5, -5, 255, -256, 9223372036854775807, -9223372036854775807]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1, a >> 3, a >> 63, a << 0)
print(1 << 62, -1 << 62, 3 << 61, (1 << 62) >> 62, -1 >> 100, 1 >> 100, 12345 >> 64, -12345 >> 64)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100, -8 & 7, -8 | 7, -8 ^ 7)
x = 0x0123456789ABCDEF
print(hex(x & 0xFFFFFFFF), hex(x >> 32), hex((x << 4) & 0x7FFFFFFFFFFFFFFF), bin(x)[-8:], x ^ x)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in [0, 1, 7, 255, 1023, 9223372036854775807]])
mask = 0
for bit in [0, 3, 5, 62]:
    mask |= 1 << bit
print(mask, bin(mask), mask & (1 << 62) != 0, (mask >> 3) & 1)
h = 5381
for ch in "rumba":
    h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
print(h)
print(6 & 3 | 8 ^ 1, 1 + 2 << 3, 1 << 2 + 3, -5 >> 1, -(5 >> 1), 2 ** 3 & 10)
