# expected: hand-written (64-bit int overflow)
x = 3037000499
print(x * x)
print((x + 1) * (x + 1))
