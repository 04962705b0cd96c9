# math functions called in hot loops compile as pure built-ins: the same
# results and errors as the interpreter.
import math

t = 0
f = 0.0
for n in range(1, 400):
    k = n % 7
    t += math.comb(n % 30, k) + math.perm(n % 12, k % 4) + math.factorial(n % 15) + math.lcm(n, 6)
    f += math.fmod(n, 7.5) + math.remainder(n, 4) + math.expm1(n / 1000) + math.log1p(n)
    f += math.erf(n / 100) + math.erfc(n / 300) + math.ldexp(0.75, n % 9)
    m, e = math.frexp(n * 1.5)
    a, b = math.modf(n / 7)
    f += m * e + a - b + math.exp2(n % 5)
print(t, round(f, 6))
errs = 0
for n in range(60):
    try:
        math.comb(n - 30, 2)
    except ValueError:
        errs += 1
    try:
        math.factorial(-n)
    except ValueError:
        errs += 1
print(errs)
