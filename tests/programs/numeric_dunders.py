# Instances as numbers: the built-ins that convert call their dunders.
import math


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __int__(self):
        return int(self.v)

    def __index__(self):
        return int(self.v)

    def __round__(self, n=None):
        return ('round', n)

    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'

    def __trunc__(self):
        return 'trunc'

    def __abs__(self):
        return Num(abs(self.v))

    def __divmod__(self, other):
        return ('divmod', other)

    def __rdivmod__(self, other):
        return ('rdivmod', other)


n = Num(-2.5)
print(float(n), int(n), round(n), round(n, 2), math.floor(n), math.ceil(n), math.trunc(n))
print(abs(n).v, divmod(n, 3), divmod(3, n), math.sqrt(Num(16)), math.isclose(Num(1), 1.0))


class OnlyFloat:
    def __float__(self):
        return 2.75


o = OnlyFloat()
print(float(o), math.floor(o), math.ceil(o), math.sqrt(o))


class OnlyIndex:
    def __index__(self):
        return 7


print(float(OnlyIndex()), int(OnlyIndex()))


class OnlyTrunc:
    def __trunc__(self):
        return 9


print(int(OnlyTrunc()))


class Bad:
    def __float__(self):
        return 1

    def __int__(self):
        return 1.5


for f in [lambda: float(Bad()), lambda: int(Bad()), lambda: math.trunc(OnlyFloat()),
          lambda: round(OnlyFloat()), lambda: float(object()), lambda: divmod(o, 2),
          lambda: abs(o), lambda: math.floor(object())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print((7).as_integer_ratio(), True.as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0], (0.0).as_integer_ratio(), (-0.0).as_integer_ratio())
print((10).numerator, (10).denominator, True.numerator, (2**70).denominator)
for v in [float('nan'), float('inf'), float('-inf')]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
