# Hashes match CPython (modulus 2**61 - 1), and equal numbers are one key.
for v in [2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 2 ** 100, -(2 ** 61) - 1, 10 ** 30, -(10 ** 30), 3 ** 100]:
    print(hash(v), hash(v) == hash(float(v)) if abs(v) < 2 ** 1000 else None)
d = {2 ** 70: "int"}
d[2.0 ** 70] = "float"
d[2 ** 70 + 1] = "next"
print(d, len(d), d[2 ** 70], 2.0 ** 70 in d)
k = {(2 ** 64, "a"): 1, (2 ** 64, "b"): 2}
print(k[(2 ** 64, "a")], hash((2 ** 64, 1)) == hash((2.0 ** 64, 1)))
counts = {}
for i in range(50):
    key = 2 ** 64 + i % 7
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
