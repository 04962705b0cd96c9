# str, repr and f-strings of big ints.
x = 2 ** 200 - 1
print(x)
print(str(-x), repr(x), [x, -x], (x,), {x: x})
print(f"{x}", f"{x!r}", f"{-x!s}", f"{x = }")
print(str(10 ** 4299)[:10], len(str(10 ** 4299)), len(str(-(10 ** 4299))))
print("%s|%r" % (x, -x))
print(str(2 ** 63), str(-(2 ** 63)), str(2 ** 64))
