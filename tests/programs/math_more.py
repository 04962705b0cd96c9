import math

print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.exp2(10), math.exp2(0.5))
print(math.frexp(8.0), math.frexp(-3.0), math.frexp(0.0), math.frexp(5e-324), math.frexp(1e308), math.frexp(7))
print(math.ldexp(0.5, 4), math.ldexp(0.75, -1074), math.ldexp(1.5, -1075), math.ldexp(1, 1023), math.ldexp(-0.0, 5))
print(math.modf(2.5), math.modf(-2.5), math.modf(-2.0), math.modf(math.inf), math.modf(3))
print(math.nextafter(1.0, 2.0), math.nextafter(0, -1), math.nextafter(1.0, 1.0), math.nextafter(-1.0, 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1.7976931348623157e308), math.ulp(-5.0), math.ulp(1e-320))
print(math.remainder(5, 2), math.remainder(-7, 2), math.remainder(3, 2), math.remainder(10, 3), math.remainder(-0.5, 1), math.remainder(7.5, math.inf))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)))
print(math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4), math.lcm(7))
total = 0.0
for i in range(1, 3000):
    m, e = math.frexp(i * 0.37)
    total += math.ldexp(m, e) - i * 0.37 + math.remainder(i, 7)
print(total)

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: math.acosh(0.5))
show(lambda: math.atanh(1))
show(lambda: math.exp2(2000))
show(lambda: math.ldexp(1.0, 2000))
show(lambda: math.ldexp(1.0, 2.5))
show(lambda: math.remainder(1, 0))
show(lambda: math.remainder(math.inf, 1))
show(lambda: math.dist((1, 2), (1,)))
show(lambda: math.lcm(1.5))
import math
vals2 = [0.1 * i - 7.3 for i in range(200)]
for name in ["exp2", "asinh", "acosh", "atanh", "erf", "erfc"]:
    f = getattr(math, name)
    acc = []
    for v in vals2:
        try:
            acc.append(f(v))
        except ValueError:
            pass
    print(name, hash(tuple(acc)))
