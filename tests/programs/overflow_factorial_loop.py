def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (20, 21):
    print(n, fact(n))
