x = 3037000499
print(x * x)
print((x + 1) * (x + 1))
