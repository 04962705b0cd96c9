a = list(range(10))
print(a[2:7], a[:3], a[7:], a[-3:], a[:-3], a[::2], a[1::2], a[::-1], a[::-3], a[7:2:-1], a[-1:-4:-1])
print(a[2:7:2], a[100:], a[-100:3], a[5:5], a[6:2], a[::100], a[:], a[-1:0:-2], a[0:-1:4])
print(a[1:9][::-1][1:3], a[3:][1:][0], a[::-1][0])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [-1, -2]
print(b)
b[-1:] = []
print(b)
b[1:3] = range(5)
print(b)
c = list(range(8))
c[::2] = "abcd"
print(c)
c[1::3] = [None, None, None]
print(c)
c[::-1] = list(range(8))
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[-2:]
print(d)
del d[1]
print(d)
del d[:]
print(d, len(d))
t = tuple(range(6))
print(t[1:4], t[::-2], t[-2:], t[10:])
s = "0123456789"
print(s[1:4], s[::-2], s[-2:], s[3:0:-1], s[:0])
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[-2:], list(r[::2]))
