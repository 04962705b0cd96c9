# The results of Fraction arithmetic (made without instantiating the class,
# for speed): always Fraction, even from a subclass; bools as ints; the
# ZeroDivisionError messages of division and modulo by zero.
from fractions import Fraction as F

class G(F):
    pass

g = G(3, 4)
for r in [g + 1, 1 + g, g - F(1, 4), g * 2, 2 * g, g / 3, 3 / g, g % F(1, 3), F(7, 2) % 2, g + True, True - g, g * False]:
    print(type(r).__name__, r)
for expr in ["F(1, 2) / 0", "F(1, 2) / F(0)", "F(3, 4) % 0", "1 / F(0)", "F(6, 4) / F(0, 5)", "divmod(F(1, 2), 0)"]:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(sum(F(1, n) for n in range(1, 30)))
print(F(-3, 4) * F(4, -6), F(10**20, 3) - F(1, 3 * 10**20))
