m = -9223372036854775807 - 1
print(m // 1, m % -1, m // 2, divmod(m, 3), m % 7)
print(m // -2)
print(m // -1)
