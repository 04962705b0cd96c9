# complex: literals, constructor, arithmetic, comparisons, repr, hash.
z = 1 + 2j
w = complex(3, -4)
print(z, w, 2j, 1.5J, -2j, 0j, -0j, 1j * 1j, (1+2j).real, (1+2j).imag, type(z).__name__)
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, z ** 0, z ** 0.5, 2 ** z, z ** z)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z - 1, 1 - z, z / 2, 2 / z, -z, +z)
print(abs(w), abs(3j), abs(complex(0, 0)), w.conjugate(), (5).real, (5).imag, 2.5.imag, True.real)
print(z == 1 + 2j, z != w, complex(1, 0) == 1, complex(1, 0) == 1.0, 1 == complex(1, 0), 2j == 2, complex(1, 0) == True)
print(hash(z), hash(w), hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(1j), hash(-1j))
d = {1: "int one", 2j: "two j"}
print(d[complex(1, 0)], d[2j], complex(0, 2) in d, {1j, 1j, 2j} == {2j, 1j})
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex(" ( -1.5-2.5J ) "), complex("j"), complex("-j"))
print(complex("1e3"), complex("2e-3j"), complex("inf"), complex("-nanj"), complex(real=1, imag=2), complex(imag=3))
print(complex(1+2j, 3+4j), complex(1j), complex(1j, 1j), complex(2**64), complex(True, False))
print(repr(complex(-0.0, -1.0)), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e16, 1e-5), complex(1e300, -1e-300))
print(complex(float("nan"), float("inf")), complex(1, float("nan")), complex(float("-inf"), 2))
print(str(3 + 4j), f"{3+4j}", [1j, 2 + 0j], (1 - 1j,), bool(0j), bool(0.0 + 1e-300j))
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.5) ** 1.5, 4 ** 0.5)
acc = 0j
for k in range(1, 6):
    acc += complex(k, -k) / k
print(acc, sum([1j, 2j, 3]), isinstance(acc, complex))
print(1e200j * 1e200j, complex(1e308, 1e308) * 2, (1e200 + 1e200j) ** 2)
print((1 + 1j) ** 100, (1 + 1j) ** 101, (0.5 + 0.5j) ** 200)
print(complex("1_000"), complex("1_0.5_0+2_0j"), complex("1e500"), complex("-1e-400j"))
for text in ["1__0", "_1", "1_j", "1+2", "(1+2j", "1 + 2j"]:
    try:
        print(complex(text))
    except ValueError as e:
        print(repr(text), e)
