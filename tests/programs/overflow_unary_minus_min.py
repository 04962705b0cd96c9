a = -2 ** 62 * 2
print(a, a + 1, -(a + 1))
b = -a
print(b)
