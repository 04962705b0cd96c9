print(hash(0), hash(1), hash(-1), hash(-2), hash(2), hash(12345), hash(-12345))
print(hash(True), hash(False), hash(None) == hash(None), hash(1.0), hash(-1.0), hash(0.5), hash(-0.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61 - 1)), hash(9223372036854775807), hash(-9223372036854775807))
print(hash(1.5), hash(2.5), hash(1e100), hash(1e-100), hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1.0, True)) == hash((1, 1)), hash((-1,)), hash((None,)) == hash((None,)))
print(hash(3.0) == hash(3), hash(0.1), hash(123456789.5), hash(-1) == hash(-2))
k = (1, 2)
d = {k: "a"}
print(d[(1, 2)], hash(k) == hash((1, 2)))
a = [1, 2]
print(id(a) == id(a), id(a) != id([1, 2]), id(None) == id(None), type(id(a)), type(hash(a[0])))
