# Comparisons of big ints with ints and floats are exact.
inf = float("inf")
nan = float("nan")
big = 2 ** 100
print(big == 2.0 ** 100, big + 1 == 2.0 ** 100, big + 1 > 2.0 ** 100, big - 1 < 2.0 ** 100)
print(big < inf, big > -inf, -big > -inf, big < nan, big > nan, big == nan, big != nan)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 63 == 9223372036854775808.0, 2 ** 63 - 1 < 9223372036854775808.0)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 30 > 1e30, 10 ** 30 == 1e30)
print(big > 5, 5 < big, -big < -5, big >= big, big <= big + 1, big != big + 0)
print(max(big, 1.5), min(-big, 0.5), sorted([big, 1.5, -big, 2.0 ** 100, 3]))
print(1e30 < 10 ** 30 < 1e31, 2 ** 64 in [18446744073709551616.0], 2.0 ** 64 in [2 ** 64])
