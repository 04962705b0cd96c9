print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 7), divmod(5, 1))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(17, 2.5), divmod(-0.0, 1), divmod(1e20, 7))
print(divmod(True, 2), divmod(9223372036854775807, 2), divmod(-9223372036854775807, 10))
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(-2, 3), pow(4, 0.5), pow(0, 0), pow(1.5, -2))
print(pow(5, 3, 13), pow(-5, 3, 13), pow(5, 3, -13), pow(2, 100, 1000000007), pow(10, 18, 9223372036854775807))
print(abs(-3), abs(3.25), abs(-0.0), abs(False), abs(-1e308), abs(float("-inf")))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
total = 0
for n in range(1, 20):
    d, m = divmod(n * n, 7)
    total += d - m
print(total)
print(round(pow(2, 0.5), 12), pow(10, -1), pow(-8, 2), pow(7, 1), pow(7, 0), type(pow(2, 3)), type(pow(2, -3)))
