a = 3037000499
print(a * a, -a * a, a * -a)
b = 3037000500
print(b * (b - 1))
print(-b * b)
