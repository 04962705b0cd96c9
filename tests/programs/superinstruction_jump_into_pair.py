# `a and b` jumps over the load of b straight to the load of c, the second
# half of the pair (b, c): that slot must run alone. In a loop, so the JIT
# records both paths.
def h(a, b, c):
    return (a and b) + c


total = 0
for i in range(300):
    total += h(i % 3, 5, 7)
print(h(0, 5, 7), h(1, 5, 7), total)


def k(n):
    t = 0
    for i in range(n):
        v = i if i < n - 3 else 1.5
        t = t + v
        w = t
        t = w - 1
    return t


print(k(50), k(1000))
