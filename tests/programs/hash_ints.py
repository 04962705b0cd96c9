# hash() of ints: small ones are themselves, -1 becomes -2, and large ones
# are reduced modulo 2**61 - 1 keeping their sign.
M = 2 ** 61 - 1
big = 9223372036854775807
print(hash(0), hash(1), hash(-1), hash(-2), hash(7), hash(-7), hash(1000000007))
print(hash(M), hash(M - 1), hash(M + 1), hash(-M), hash(-M - 1), hash(2 * M - 1), hash(2 * M + 5))
print(hash(big), hash(-big), hash(-big - 1), hash(big - 1), hash(2 ** 62), hash(-(2 ** 62)), hash(10 ** 18))
print(hash(True), hash(False), hash(2 ** 61), hash(-(2 ** 61)), hash(-(2 ** 61) - 1))
total = 0
for i in range(-300, 300):
    total += hash(i * 1000003) % 1000
print(total)
mix = 0
x = 1
for i in range(62):
    mix ^= hash(x) ^ hash(-x)
    x *= 2
print(mix, hash(x - 1 + x), hash(-x - x))
