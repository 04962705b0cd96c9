# math's integer functions on big ints.
import math
print(math.factorial(0), math.factorial(20), math.factorial(21), math.factorial(50))
print(len(str(math.factorial(1000))), sum(int(c) for c in str(math.factorial(100))))
print(math.comb(100, 50), math.comb(68, 34), math.comb(10, 11), math.comb(1000, 3), math.comb(60, 0))
print(math.perm(30, 20), math.perm(25), math.perm(5, 6), math.perm(40, 2))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(-(10 ** 30), 15), math.gcd(), math.gcd(0, 2 ** 70), math.gcd(2 ** 64, 2 ** 65, 3 * 2 ** 70))
print(math.lcm(2 ** 70, 3 ** 50), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 2 ** 70), math.lcm(-(2 ** 64), 6))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.isqrt(10 ** 41), math.isqrt(0), math.isqrt(2 ** 64 - 1))
print(math.log(10 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 500), math.log(2 ** 70, 2), math.log(2 ** 3000, 10))
print(math.log(2 ** 64), math.log10(2 ** 64), math.log2(3 ** 700))
for f, arg in [(math.factorial, -1), (math.isqrt, -(2 ** 70)), (math.log, -(2 ** 70)), (math.log, 0)]:
    try:
        f(arg)
    except ValueError as e:
        print(e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(e)
