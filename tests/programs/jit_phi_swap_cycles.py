# Loop-carried values that swap and rotate: the values move between
# registers at the bottom of a compiled loop, and cycles must not lose one.
def swaps(n):
    a, b = 1, 2
    for _ in range(n):
        a, b = b, a
    return a, b

def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b

def rotate3(n):
    x, y, z = 1.5, -2.25, 3.0
    for i in range(n):
        x, y, z = y, z, x + i
    return x, y, z

def mixed(n):
    i, f, s = 0, 0.5, 7
    k = 0
    while k < n:
        i, f, s = s, f * 1.5 - i, i + 1
        k += 1
    return i, f, s

for n in (0, 1, 2, 3, 7, 50, 91):
    print(n, swaps(n), fib_pairs(n), rotate3(n), mixed(n % 30))
