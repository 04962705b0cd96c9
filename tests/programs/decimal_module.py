# The decimal module: construction, arithmetic under every rounding and
# several precisions, signals and their exceptions, contexts, hashing,
# comparisons with ints and floats, str/repr/format, as CPython 3.11.
from decimal import *
import decimal
D = Decimal
print(D('1.10') + D('2.205'), D(1) / D(3), D(2).sqrt(), D('0.1') * 3, D(10) / D(4), D('1E+3'), D('123.456e-10'))
print(repr(D('-0.000001234')), D('1e-7'), D(0.1), D('100') / D('10'), D(7) // D(2), D(-7) // D(2), D(-7) % D(2), D(7) % D(-2))
print(D('3.14159').quantize(D('0.01')), D('2.5').quantize(D('1')), D('3.5').quantize(D('1'), rounding=ROUND_HALF_UP))
print(hash(D(5)) == hash(5), hash(D('0.5')) == hash(0.5), hash(D('1.5')), hash(D('-2.25')), D(3) == 3, D('0.5') == 0.5, D('0.1') == 0.1, D(1) < 2.5)
print(int(D('-3.9')), float(D('2.5')), round(D('2.675'), 2), round(D('2.5')), str(D('NaN')), D('-Infinity'), D('1_000.5'))
getcontext().prec = 9
print(D(1) / D(7), D(2).sqrt(), D('123456789123') + 0, +D('123456789123'), D(10) ** 20, D(2) ** -3, D(3) ** -2)
with localcontext() as c:
    c.prec = 40
    print(D(1) / D(7))
print(D(1) / D(7), getcontext())
getcontext().prec = 28
for bad in ['abc', '1..2', '']:
    try:
        D(bad)
    except InvalidOperation as e:
        print('bad', repr(bad), e.args, type(e).__name__)
try:
    D(1) / D(0)
except DivisionByZero as e:
    print('zero', e, isinstance(e, ZeroDivisionError))
try:
    D(0) / 0
except InvalidOperation as e:
    print('undefined', e)
print(f"{D('3.14159'):.2f}", f"{D('1234567.891'):,.2f}", f"{D('0.5'):%}", f"{D('12.5'):>10}", format(D('1.5e10'), 'e'), format(D('123.456'), '.2e'))
print(D('1.2345678901234567890123456789012345'), D('1.2345678901234567890123456789012345') + 0)
print(D('0E-5'), D('-0'), D('0.00') + D('0'), D('-0') + D('0'), D('5E+2').to_eng_string(), D('123E+5').to_eng_string(), D('0E+4').to_eng_string(), D('1E-10').to_eng_string())
print(D('9.99999999999999999999999999999') + D('0.000000000000000000000000000001'), D(1).as_tuple(), D('-1.50').as_tuple(), D('1.50').normalize(), D('100').normalize(), D('2.50').as_integer_ratio())
print(sum([D('0.1')] * 10), max(D(1), D('1.5')), sorted([D(3), D('1.1'), 2]), D('1.30') == D('1.3'), {D('1.0'): 1}[1])
print(decimal.Decimal, type(D(1)).__name__, D(5).adjusted(), D('0.00123').adjusted(), D(2).compare(D(3)), D('-5').copy_abs(), abs(D('-5.5')), -D('0'))


# Random operands and operations (a generator of our own, so the same
# in every run), each printed with the context it ran under.
seed = 0


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (seed >> 33) % n
def num():
    k = rnd(10)
    if k == 0:
        return Decimal(rnd(2000) - 1000)
    if k == 1:
        return Decimal('%d.%0*d' % (rnd(100), rnd(5) + 1, rnd(10000)))
    if k == 2:
        return Decimal('%s%dE%d' % ('-' if rnd(2) else '', rnd(100000), rnd(40) - 20))
    if k == 3:
        return Decimal(rnd(1 << 40) - (1 << 39)) / Decimal(rnd(999) + 1)
    if k == 4:
        return Decimal('0.%0*d' % (rnd(12) + 1, rnd(1000)))
    if k == 5:
        return Decimal(str(rnd(10 ** 15)) + '.' + str(rnd(10 ** 12)))
    if k == 6:
        return Decimal('-0.00')
    if k == 7:
        return Decimal((rnd(2), tuple(rnd(10) for _ in range(rnd(30) + 1)), rnd(60) - 30))
    if k == 8:
        return Decimal(rnd(7))
    return Decimal(rnd(100) / 8)


roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
def mixed_ops(start, count):
    global seed
    seed = start
    out = []
    for i in range(count):
        c = getcontext()
        c.prec = [28, 9, 19, 3, 1, 50][rnd(6)]
        c.rounding = roundings[rnd(8)]
        a, b = num(), num()
        op = rnd(16)
        try:
            if op == 0: r = a + b
            elif op == 1: r = a - b
            elif op == 2: r = a * b
            elif op == 3: r = a / b
            elif op == 4: r = a // b
            elif op == 5: r = a % b
            elif op == 6: r = abs(a).sqrt()
            elif op == 7: r = a.quantize(Decimal((0, (1,), rnd(10) - 5)))
            elif op == 8: r = (a < b, a == b, a >= b, hash(a) == hash(float(a)) if a == Decimal(float(a)) else None, hash(a))
            elif op == 9: r = (str(a), repr(b), a.to_eng_string(), int(a), float(a))
            elif op == 10: r = a ** rnd(6)
            elif op == 11: r = (+a, -b, a.normalize(), a.to_integral_value(), round(a, rnd(4)))
            elif op == 12: r = (format(a, '.%df' % rnd(6)), format(b, '.%de' % rnd(4)), format(a, ','), format(a, 'g'), format(b, '.3g'))
            elif op == 13: r = divmod(a, b)
            elif op == 14: r = a + rnd(100)
            else: r = (a.as_tuple(), a.adjusted(), a.compare(b), max(a, b), min(a, b))
            out.append('%d %s %s %s' % (i, c.rounding[6:], c.prec, r))
        except Exception as e:
            out.append('%d %s %s' % (i, type(e).__name__, e))
    print('\n'.join(out))


mixed_ops(11, 300)
mixed_ops(12, 300)
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_EVEN


# Fractions from Decimals.
from fractions import Fraction
print(Fraction(Decimal('1.25')), Fraction.from_decimal(Decimal('-0.375')), Fraction.from_decimal(3), Fraction(Decimal('1E+3')))
for bad in [Decimal('NaN'), Decimal('-Infinity'), 1.5, 'x']:
    try:
        print(Fraction.from_decimal(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction(object())
except TypeError as e:
    print(e)


# Coefficients past str()'s 4300 digits, and exact quotients at MAX_PREC.
with localcontext(prec=MAX_PREC, Emax=MAX_EMAX) as c:
    big = Decimal(2) ** 20000
    text = str(big)
    print(len(text), text[:30], text[-30:], big.adjusted(), len(big.as_tuple().digits))
    print(str(big / Decimal(10) ** 6000)[:40], str(-big * Decimal('0.001'))[-10:])
