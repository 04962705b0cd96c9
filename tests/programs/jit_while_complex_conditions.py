i = 0
j = 1000
s = 0
while i < j and (s < 100000 or i % 2 == 1) and not (i > 400 and j < 600):
    s += i * 2 - j
    i += 1
    j -= 1
print(i, j, s)
a, b = 0, 0
while (a < 300 or b < 100) and a + b < 1000:
    if a % 3 == 0:
        b += 1
    a += 1
print(a, b)
x = 1.0
n = 0
while x < 1e6 and n < 1000 or n < 5:
    x *= 1.05
    n += 1
print(n, x)
