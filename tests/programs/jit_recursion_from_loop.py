def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
s = 0
for i in range(300):
    s += fib(i % 12)
print(s)
d = 0
for i in range(250):
    d += depth(i % 40)
print(d)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
g = 0
for i in range(1, 400):
    g += gcd(i * 7, 84)
print(g)
