def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
out = 0
for i in range(200):
    out += fib(i % 12)
print(out)
