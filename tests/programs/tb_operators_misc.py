def describe(x):
    return -x + ~x


print(describe(5))
print(2 ** 10, 7 % 3, 1 << 4)
label = "n=" + describe(3)
