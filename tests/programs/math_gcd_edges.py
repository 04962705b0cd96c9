# math.gcd on 64-bit ints (a fast path) and at its edges, where big ints take over.
import math

print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(0, -5))
print(math.gcd(-2**63, 0), math.gcd(-2**63, 6), math.gcd(2**63 - 1, 2**62), math.gcd(2**70, 2**65))
print(math.gcd(True, 4), math.gcd(30, 42, 70), math.gcd(-9223372036854775807, -9223372036854775807))
total = 0
for a in range(1, 200):
    for b in range(1, 50):
        total += math.gcd(a * 6, b * 4)
print(total)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(e)
