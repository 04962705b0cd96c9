x = 5
del x
try_it = 1
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
assert True
assert 1 == 1, "never"
g = 0
def setg():
    global g
    g = 99
setg()
print(g)
a = b = c = 7
print(a, b, c)
x, = [1]
print(x)
[p, q] = "pq"
print(p, q)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 5
print(n)
f = 1.5
f /= 2; f += 1
print(f)
s = "ab"; s *= 3; s += "!"
print(s)
lst = [1, 2]; lst *= 2; lst[0] += 10; lst[-1] *= 5
print(lst)
dd = {'k': 1}; dd['k'] += 1; dd['k'] -= 5
print(dd)
