a = list(range(10))
a[2:5] = []
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
del a[::2]
print(a)
a[1:3] = "xy"
print(a)
a[-1:] = range(3)
print(a)
b = list(range(10))
print(b[-3:-1], b[8:2:-2], b[::-3], b[-100:100], b[5:5])
del b[:]
print(b)
