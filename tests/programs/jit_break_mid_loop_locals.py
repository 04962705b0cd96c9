def scan(limit):
    a = 0
    b = 1.5
    s = ""
    last = None
    i = 0
    for i in range(1000):
        a += i
        b = b * 1.001
        if i % 50 == 0:
            s += "x"
        last = i * 2
        if a > limit:
            break
    return i, a, b, s, last
print(scan(100000))
print(scan(10 ** 9))
print(scan(-1))
i = 0
j = 10
k = 0.0
while i < 500:
    i += 1
    j -= 2
    k += 0.25
    if j < -700:
        break
print(i, j, k)
