# 1, 1.0 and True are one key: the first key object stays, the last value
# wins. Same for 0, 0.0, -0.0 and False, and for large ints and floats that
# are equal.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {True: 1, 1.0: 2, 1: 3}
print(d, d[1], d[1.0], d[True])
d = {0.0: "a", False: "b", -0.0: "c", 0: "d"}
print(d)
big = {2 ** 53: "int", 2.0 ** 53: "float"}
print(big, 2 ** 53 + 1 in big, float(2 ** 53 + 1) in big)
counts = {}
for i in range(300):
    k = [i % 3, float(i % 3), i % 3 == 1][i % 3]
    counts[k] = counts.get(k, 0) + 1
print(counts)
m = {}
for i in range(300):
    m[i / 2] = i
print(len(m), m[3], m[3.0], m[1.5], list(m)[:5])
del m[2]
print(2.0 in m, 2 in m, len(m))
keys = {1.5: "x"}
keys[1.5] = "y"
keys[3 / 2] = "z"
print(keys, {-1: 1, -1.0: 2, -2: 3}, {2 ** 62: 1, 2.0 ** 62: 2})
