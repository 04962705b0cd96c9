a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
l = [0, 1, 2]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
i, l[i] = 2, 9
print(i, l)
[p, q] = 5, 6
print(p, q)
