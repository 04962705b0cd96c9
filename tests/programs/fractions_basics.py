from fractions import Fraction
import math
F = Fraction
print(F(3, 4), repr(F(3, 4)), F(6, -8), F(-6, -8), F(5), F(0), F())
print(F('3/4'), F(' -1.25 '), F('2e-3'), F('1_000.5'), F('+7'), F('.5'), F('5.'), F('1E2'))
print(F(0.75), F(1.1), F(-0.0), F(True), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(3, F(1, 2)))
for bad in ['1/', '/2', 'abc', '1.2.3', '', '1/2.0', '1__0', '_1', 'e5', '1e', ' 1 / 2']:
    try:
        print(F(bad))
    except ValueError as e:
        print('ValueError', e)
for args in [(1, 0), (0, 0), (F(1, 2), 0)]:
    try:
        print(F(*args))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [([1],), (1.5, 2), ('1', 2), (None,)]:
    try:
        print(F(*args))
    except TypeError as e:
        print('TypeError', e)
for v in [float('nan'), float('inf')]:
    try:
        print(F(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(5, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, a // 7, 7 % a, a % 7, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 2.0, 2.0 / a, a ** 0.5, 2 ** a, 2 ** F(3), F(4) ** F(1, 2), 8.0 ** F(1, 3))
print(a + 1j, 1j * a, F(-7, 2) // 2, F(-7, 2) % 2, F(7, 2) % -2, -F(7, 2) // F(2, 3))
for op in [lambda: a / 0, lambda: a / F(0), lambda: F(0) ** -1, lambda: 1 / F(0), lambda: a // 0, lambda: a % 0, lambda: F(3, 4) / 0, lambda: F(-6, 4) / 0]:
    try:
        print(op())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print(-a, +a, abs(F(-2, 3)), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(-1, 3)), float(a), bool(F(0)), bool(a))
print(a == F(1, 3), a == 1, F(2) == 2, F(1, 2) == 0.5, F(1, 3) == 1/3, F(1, 2) == 0.5 + 0j, a != b, F(1) == float('nan'))
print(a < b, a <= b, a > b, a >= b, a < 1, a > 0.3, F(1, 2) <= 0.5, a < float('inf'), a > float('nan'), 1 < a, 0.1 < a)
print(hash(F(1, 2)), hash(F(-1, 2)), hash(F(3)), hash(F(3)) == hash(3), hash(F(1, 2)) == hash(0.5), hash(F(-1)), hash(F(1, 2**61 - 1)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 5)]), max(F(1, 7), F(1, 6)), min(1, F(3, 2)), sum([F(1, n) for n in range(1, 8)]))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.1), F.from_float(3))
print(F('3.14159265358979').limit_denominator(1000), F(1, 3).limit_denominator(10), F(355, 113).limit_denominator(100), F(math.pi).limit_denominator())
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
try:
    F.from_float('x')
except TypeError as e:
    print('TypeError', e)
d = {F(1, 2): 'half', 0.25: 'quarter'}
print(d[0.5], d[F(1, 4)], F(1, 2) in {0.5}, str(F(10, 5)), f"{F(1, 3)}", '%s' % F(2, 6))
class MyF(Fraction):
    pass
m = MyF(2, 4)
print(repr(m), type(m + 1).__name__, type(-m).__name__, isinstance(m, Fraction))
from collections import defaultdict
dd = defaultdict(Fraction)
dd['x'] += F(1, 3); dd['x'] += F(1, 6)
print(dict(dd))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
try:
    a < 'x'
except TypeError as e:
    print('TypeError', e)
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)
print(F(10**30, 3) * F(3, 10**29), F(2**100 + 1, 2**99))
