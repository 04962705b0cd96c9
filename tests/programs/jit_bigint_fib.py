# Big ints made in compiled loops and used by the interpreter, and back.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

results = []
for n in range(0, 400, 37):
    results.append(fib(n))
print(results)
print(len(str(fib(3000))), fib(100) % 1000000007)

def mix(xs):
    s = 0
    for v in xs:
        s += v
        s -= v // 2
    return s

vals = [i * 10 ** 18 for i in range(50)] + [2 ** 80 - i for i in range(50)] + list(range(50))
print(mix(vals))

def sum_digits_of_powers(n):
    t = 0
    p = 1
    for i in range(n):
        p *= 3
        q = p
        while q:
            t += q % 10
            q //= 10
    return t

print(sum_digits_of_powers(120))
