# int.bit_length and int.bit_count at every size.
for v in [0, 1, -1, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, -(2 ** 64) - 1, 10 ** 30, 3 ** 200]:
    print(v.bit_length(), v.bit_count())
n = 1
lengths = []
for i in range(10):
    n = n * 1000 + 1
    lengths.append(n.bit_length())
print(lengths)
