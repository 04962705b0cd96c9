a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
a += [9]
print(b)
a = a + [10]
print(b, a)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
n = [[0] * 3] * 3
n[1][1] = 5
print(n)
x = [1]
x.append(x)
print(x)
