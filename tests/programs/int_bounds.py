big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small, big - 1, small + 1, -big, big + small, small // big, big // small)
print(big // 2 * 2 + 1 == big, big % 7, small % 7, small // 7, -big // 3, divmod(small, 3))
print(big - big, small - small, big * 1, small * 1, big * -1, abs(small + 1), -(small + 1))
print(3037000499 * 3037000499, -3037000499 * 3037000499, 2 ** 62 + (2 ** 62 - 1), -(2 ** 62) - 2 ** 62)
print(float(big), float(small), int(float(2 ** 62)), big > 1e18, small < -1e18, big == 9223372036854775806 + 1)
print(hex(big), hex(small), bin(small)[:8], oct(big), len(str(small)), str(big)[::-1])
a = 4611686018427387904
print(a + (a - 1), a * 1 + (a - 1), -a - a, small + 0, small < big, max(small, big), min(small, big))
print(small >> 1, small >> 62, small >> 63, big >> 62, big & small, big | small, big ^ small, ~big, ~small)
total = 0
for i in range(10):
    total += big // 10
print(total, big - total)
m = 1
for i in range(62):
    m *= 2
print(m, m - 1 + m, -m - m)
print(small // -3, small % -3, round(big / 3), int(big / 3))
