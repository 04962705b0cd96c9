# hash() of floats: integral floats hash like the int, others by their
# binary fraction modulo 2**61 - 1; inf is 314159 and -0.0 is 0.
inf = float("inf")
print(hash(0.0), hash(-0.0), hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(-0.1), hash(1e-300))
print(hash(inf), hash(-inf), hash(1e300), hash(-1e300), hash(1.7976931348623157e308), hash(5e-324), hash(2.5e-320))
print(hash(1.0), hash(-1.0), hash(2.0 ** 61), hash(2.0 ** 62), hash(2.0 ** 63), hash(-(2.0 ** 63)), hash(1e16), hash(123456.789))
print(hash(3.0) == hash(3), hash(-1.0) == hash(-1), hash(0.5) == hash(1 / 2), hash(2.0 ** 61 - 1) == hash(2 ** 61))
total = 0
v = 1.0
for i in range(300):
    total ^= hash(v)
    total ^= hash(-v / 3)
    v *= 1.37
print(total)
acc = 0
for i in range(300):
    acc += hash(i / 16) % 100000
print(acc)
