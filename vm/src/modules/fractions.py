"""fractions, written for Rumba: Fraction, an exact rational number with
CPython 3.11's construction rules, arithmetic, comparisons, hashing, repr
and rounding. Ints stand in for numbers.Rational, float for Real and
complex for Complex (Rumba has no `numbers` module)."""

import math

__all__ = ['Fraction']

# CPython's hash of a rational p/q is p * q**-1 modulo this prime
# (sys.hash_info.modulus), so equal ints, floats and fractions hash alike;
# a denominator the modulus divides hashes as infinity does.
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _digits(text, i):
    """The end of a run of digits at text[i:], single underscores allowed
    between digits; i itself when no digit is there."""
    start = i
    n = len(text)
    while i < n:
        c = text[i]
        if '0' <= c <= '9':
            i += 1
        elif c == '_' and i > start and i + 1 < n and '0' <= text[i + 1] <= '9':
            i += 1
        else:
            break
    return i


def _is_decimal(x):
    """Whether x is a decimal.Decimal (the module imported only when a
    value that is not a number or a str comes)."""
    import decimal
    return isinstance(x, decimal.Decimal)


def _parse(text):
    """(numerator, denominator) of a str such as '-3/4', '1.25', '2e-3'
    or ' 7 ', as Fraction('...') reads it."""
    bad = ValueError('Invalid literal for Fraction: %r' % (text,))
    s = text.strip()
    i = 0
    sign = 1
    if s[:1] in ('+', '-'):
        sign = -1 if s[0] == '-' else 1
        i = 1
    end = _digits(s, i)
    whole = s[i:end]
    i = end
    if i < len(s) and s[i] == '/':
        if not whole:
            raise bad
        end = _digits(s, i + 1)
        if end == i + 1 or end != len(s):
            raise bad
        return sign * int(whole), int(s[i + 1:end])
    frac = ''
    if i < len(s) and s[i] == '.':
        end = _digits(s, i + 1)
        frac = s[i + 1:end]
        i = end
    if not whole and not frac:
        raise bad
    exp = 0
    if i < len(s) and s[i] in 'eE':
        j = i + 1
        esign = 1
        if s[j:j + 1] in ('+', '-'):
            esign = -1 if s[j] == '-' else 1
            j += 1
        end = _digits(s, j)
        if end == j:
            raise bad
        exp = esign * int(s[j:end])
        i = end
    if i != len(s):
        raise bad
    num = int(whole or '0')
    den = 1
    if frac:
        scale = 10 ** len(frac.replace('_', ''))
        num = num * scale + int(frac)
        den = scale
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """An exact rational number: Fraction(3, 4), Fraction('0.75'),
    Fraction(0.75), Fraction(other_fraction)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _make(cls, numerator, 1)
            if _is_rational(numerator):
                n, d = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif _is_decimal(numerator):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        return _lowest(cls, n, d)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Convergents of the continued fraction, then the best
        # semiconvergent below the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # Ties go to the convergent (bound2), as CPython's does.
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: two rationals give a Fraction, a float makes it float
    # arithmetic, a complex complex arithmetic; anything else is
    # NotImplemented, so the other operand may answer.

    def __add__(a, b):
        if _is_rational(b):
            return _result(a._numerator * b.denominator + b.numerator * a._denominator,
                            a._denominator * b.denominator)
        if isinstance(b, (float, complex)):
            return _real(a, b) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return _result(a.numerator * b._denominator + b._numerator * a.denominator,
                            a.denominator * b._denominator)
        if isinstance(a, (float, complex)):
            return a + _real(b, a)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            return _result(a._numerator * b.denominator - b.numerator * a._denominator,
                            a._denominator * b.denominator)
        if isinstance(b, (float, complex)):
            return _real(a, b) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return _result(a.numerator * b._denominator - b._numerator * a.denominator,
                            a.denominator * b._denominator)
        if isinstance(a, (float, complex)):
            return a - _real(b, a)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            return _result(a._numerator * b.numerator, a._denominator * b.denominator)
        if isinstance(b, (float, complex)):
            return _real(a, b) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return _result(a.numerator * b._numerator, a.denominator * b._denominator)
        if isinstance(a, (float, complex)):
            return a * _real(b, a)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            return _divide(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, (float, complex)):
            return _real(a, b) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return _divide(a.numerator, a.denominator, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a / _real(b, a)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return (a.numerator * b._denominator) // (a.denominator * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            return _modulo(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return _modulo(a.numerator, a.denominator, b._numerator, b._denominator)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            return (a // b, a % b)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return (Fraction(a) // b, Fraction(a) % b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return _make(Fraction, a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            if a._numerator > 0:
                return _make(Fraction, a._denominator ** -power, a._numerator ** -power)
            return _make(Fraction, (-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _make(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _make(Fraction, abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rest = divmod(self._numerator, self._denominator)
            if rest * 2 < self._denominator:
                return floor
            if rest * 2 > self._denominator:
                return floor + 1
            # Halfway: to the even neighbour.
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _compare(a, b):
        """a - b as a sign-bearing number, None for NotImplemented; a float
        that is nan or infinite compares as itself against 0.0."""
        if _is_rational(b):
            return a._numerator * b.denominator - a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 - b
            return a._compare(Fraction(b))
        return None

    def __lt__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c < 0

    def __gt__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c > 0

    def __le__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c <= 0

    def __ge__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c >= 0

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lowest(cls, n, d):
    """A Fraction of ints n/d in lowest terms, its sign on the numerator."""
    if d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return _make(cls, n // g, d // g)


def _result(n, d):
    """Fraction(n, d) for what arithmetic computed: made directly from
    ints (a plain call, which compiled code follows, where instantiating
    the class hands over to the interpreter at each `__new__`); anything
    else (a subclass's numerator property) through the class."""
    if type(n) is int and type(d) is int:
        return _lowest(Fraction, n, d)
    return Fraction(n, d)


def _make(cls, n, d):
    """A Fraction of n/d already in lowest terms with d > 0."""
    f = object.__new__(cls)
    f._numerator = n
    f._denominator = d
    return f


def _real(a, other):
    """Fraction a as the other operand's kind of number."""
    return complex(float(a)) if isinstance(other, complex) else float(a)


def _divide(na, da, nb, db):
    """(na/da) / (nb/db); a zero divisor names the numerator CPython 3.11's
    division names (the dividend's, after both numerators lose their
    common factor)."""
    if nb == 0:
        g = math.gcd(na, nb)
        n = na // g if g > 1 else na
        raise ZeroDivisionError('Fraction(%s, 0)' % (n * db // math.gcd(db, da)))
    return _result(na * db, da * nb)


def _modulo(na, da, nb, db):
    return _result((na * db) % (nb * da), da * db)
