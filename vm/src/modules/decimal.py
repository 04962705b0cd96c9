"""decimal, written for Rumba: Decimal, the decimal floating point of the
General Decimal Arithmetic specification that CPython 3.11's decimal module
implements, with its contexts (precision, rounding, traps) and signals.

A finite Decimal is a sign, a coefficient (an int, 0 or more) and an
exponent: (-1)**sign * coefficient * 10**exponent. Results are computed
exactly with ints, then rounded to the context's precision by its rounding
mode. Infinities and NaNs are kept as the specification says for the
operations here. Not here yet (NotImplementedError): the transcendental
functions (exp, ln, log10, power with a non-integer exponent), and the
subnormal range below Emin (results are not clamped there)."""

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'getcontext', 'setcontext', 'localcontext',
    'BasicContext', 'ExtendedContext', 'DefaultContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'DivisionUndefined', 'ConversionSyntax', 'InvalidContext',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

from collections import namedtuple

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]

# The signal each condition raises (CPython's C decimal names the
# condition, a subclass, in the exception's argument).
_TRAPPED_BY = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
               DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

# The order of the C library's condition bits, in which a context lists
# its flags and traps.
_ORDER = {Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2, DivisionImpossible: 3,
          DivisionUndefined: 4, Inexact: 6, InvalidContext: 7, InvalidOperation: 8,
          FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}

# CPython's hash of a rational is taken modulo this prime
# (sys.hash_info.modulus), so equal ints, floats and Decimals hash alike.
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_NAN = 0

# The powers of ten every rounding compares with, made once.
_POW10 = [10 ** n for n in range(100)]


def _pow10(n):
    """10**n."""
    return _POW10[n] if n < 100 else 10 ** n


def _ndigits(c):
    """How many digits the int c (0 or more) has; 1 for 0."""
    if c < 10:
        return 1
    if c < _pow10(60):
        return len(str(c))
    return _ndigits_big(c)


def _digit_text(c):
    """The digits of the int c (0 or more): str(c), in halves past the
    4300 digits str() makes at once (a Decimal has no such limit)."""
    if c < _POW10[99] or c.bit_length() < 14000:
        return str(c)
    half = _ndigits(c) // 2
    high, low = divmod(c, 10 ** half)
    return _digit_text(high) + _digit_text(low).rjust(half, '0')


def _ndigits_big(c):
    """_ndigits of a large c (apart: a loop, which the JIT does not inline
    into an operator's call)."""
    # From the bit length, without making the digits (str() refuses ints
    # past 4300 of them): 0.30102 is just below log10(2), so this starts
    # at or below the answer.
    d = (c.bit_length() - 1) * 30102 // 100000
    p = 10 ** (d + 1)
    while c >= p:
        d += 1
        p *= 10
    return d + 1


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits,
    and the signals that raise (traps) or were met (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if isinstance(DefaultContext, Context) else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = dict(base.traps) if base else {s: s in (InvalidOperation, DivisionByZero, Overflow)
                                                   for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = traps
        self.flags = flags
        self._invalid_first = _ORDER[InvalidOperation]

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name not in ('capitals', 'clamp', 'traps', 'flags', '_invalid_first'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False
        self._invalid_first = _ORDER[InvalidOperation]

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = num if isinstance(num, Decimal) else Decimal(num, self)
        return d._rounded(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._rounded(self)

    def _raise(self, condition):
        """Signal `condition`: its signal's flag is set, and its trap (if
        set) raises the signal, naming the condition, as CPython's C
        decimal does (`InvalidOperation([<class 'decimal.ConversionSyntax'>])`)."""
        signal = _TRAPPED_BY.get(condition, condition)
        self.flags[signal] = True
        if signal is InvalidOperation:
            self._invalid_first = min(self._invalid_first, _ORDER[condition])
        if self.traps.get(signal):
            raise signal([condition])

    def _raise_all(self, conditions):
        """Signal several conditions at once: every flag is set, and the
        first trapped one raises, naming all that are trapped."""
        trapped = []
        for condition in conditions:
            signal = _TRAPPED_BY.get(condition, condition)
            self.flags[signal] = True
            if self.traps.get(signal):
                trapped.append(condition)
        if trapped:
            raise _TRAPPED_BY.get(trapped[0], trapped[0])(trapped)

    def __repr__(self):
        # In the order of the C library's condition bits; InvalidOperation,
        # which several bits make, where the first it was signalled for is.
        def listed(table, invalid_at):
            place = {s: (invalid_at if s is InvalidOperation else _ORDER[s]) for s in _SIGNALS if table.get(s)}
            return ', '.join(s.__name__ for s in sorted(place, key=place.get))
        flags = listed(self.flags, self._invalid_first)
        traps = listed(self.traps, _ORDER[ConversionSyntax])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                               self.capitals, self.clamp, flags, traps))

    # The arithmetic as context methods, the operands converted exactly.
    def add(self, a, b):
        return _convert(a)._add(_convert(b), self)

    def subtract(self, a, b):
        return _difference(_convert(a), _convert(b), self)

    def multiply(self, a, b):
        return _convert(a)._mul(_convert(b), self)

    def divide(self, a, b):
        return _convert(a)._div(_convert(b), self)

    def sqrt(self, a):
        return _convert(a).sqrt(self)

    def plus(self, a):
        return _convert(a)._rounded(self)

    def minus(self, a):
        return _convert(a)._negated()._rounded(self)

    def abs(self, a):
        return abs(_convert(a))._rounded(self)

    def compare(self, a, b):
        return _convert(a).compare(_convert(b), self)

    def quantize(self, a, b):
        return _convert(a).quantize(_convert(b), context=self)

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    def power(self, a, b, modulo=None):
        return _convert(a).__pow__(_convert(b), modulo, self)


def _convert(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


class Decimal:
    """A decimal floating point number: Decimal('1.10'), Decimal(7),
    Decimal(0.5) (exactly the float's value), Decimal((0, (1, 4), -1))."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            return self
        if isinstance(value, float):
            (context if context is not None else getcontext())._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, str):
            if not _parse_into(self, value):
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'NaN'
            return self
        if isinstance(value, (tuple, list)):
            _from_tuple(self, value)
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        d = object.__new__(Decimal)
        d._special = None
        if f != f:
            d._sign, d._int, d._exp, d._special = 0, 0, 0, 'NaN'
        elif f in (float('inf'), float('-inf')):
            d._sign, d._int, d._exp, d._special = (1 if f < 0 else 0), 0, 0, 'Inf'
        else:
            sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
            n, m = abs(f).as_integer_ratio()
            # m is a power of two 2**k: n / 2**k == n * 5**k / 10**k.
            k = m.bit_length() - 1
            d._sign, d._int, d._exp = sign, n * 5 ** k, -k
        return d if cls is Decimal else cls(d)

    # --- the parts ---

    def _isnan(self):
        return self._special in ('NaN', 'sNaN')

    def _isinf(self):
        return self._special == 'Inf'

    def is_nan(self):
        return self._isnan()

    def is_qnan(self):
        return self._special == 'NaN'

    def is_snan(self):
        return self._special == 'sNaN'

    def is_infinite(self):
        return self._special == 'Inf'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special is not None or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx.Emin

    def adjusted(self):
        if self._special is not None:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._special == 'Inf':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in _digit_text(self._int)) if self._int else (0,)
        if self._special == 'NaN':
            return DecimalTuple(self._sign, digits if self._int else (), 'n')
        if self._special == 'sNaN':
            return DecimalTuple(self._sign, digits if self._int else (), 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'Inf':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special is not None:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            import math
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return _make(_convert(other)._sign, self._int, self._exp, self._special)

    def _negated(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    # --- text ---

    def __str__(self):
        return self._text(True)

    def to_eng_string(self, context=None):
        return self._text(True, eng=True)

    def __repr__(self):
        return "Decimal('%s')" % self._text(True)

    def _text(self, capitals, eng=False):
        sign = '-' if self._sign else ''
        if self._special == 'Inf':
            return sign + 'Infinity'
        if self._special is not None:
            payload = str(self._int) if self._int else ''
            return sign + self._special + payload
        digits = _digit_text(self._int)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            if exp == 0:
                return sign + digits
            point = len(digits) + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        if not eng:
            mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            e = adjusted
        elif self._int == 0:
            # Zero: the exponent a multiple of three, as many zeros after
            # the point as that takes.
            e = exp - exp % 3
            if exp % 3:
                e += 3
            mantissa = '0.' + '0' * (e - exp) if e > exp else '0'
        else:
            e = adjusted - adjusted % 3
            point = adjusted - e + 1
            if point <= len(digits):
                mantissa = digits[:point] + ('.' + digits[point:] if point < len(digits) else '')
            else:
                mantissa = digits + '0' * (point - len(digits))
        if eng and e == 0:
            return sign + mantissa
        return sign + mantissa + ('E' if capitals else 'e') + ('+' if e >= 0 else '-') + str(abs(e))

    def __format__(self, spec):
        return _format(self, spec)

    # --- conversions ---

    def __int__(self):
        if self._special == 'Inf':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special is not None:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * _pow10(self._exp)
        else:
            n = self._int // _pow10(-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'Inf':
            return float('-inf') if self._sign else float('inf')
        if self._isnan():
            if self._special == 'sNaN':
                raise ValueError('cannot convert signaling NaN to float')
            return float('nan')
        return float(self._text(True))

    def __bool__(self):
        return self._special is not None or self._int != 0

    def __hash__(self):
        if self._special == 'sNaN':
            raise TypeError('Cannot hash a signaling NaN value.')
        if self._special == 'NaN':
            return object.__hash__(self)
        if self._special == 'Inf':
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int % _HASH_MODULUS * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            inverse = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = self._int % _HASH_MODULUS * pow(inverse, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __round__(self, n=None):
        if n is None:
            if self._special is not None:
                if self._special == 'Inf':
                    raise OverflowError('cannot round an infinity')
                raise ValueError('cannot round a NaN')
            return int(self._rescaled(0, ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n, None))

    def __floor__(self):
        if self._special is not None:
            raise (OverflowError if self._isinf() else ValueError)('cannot round a special value')
        return int(self._rescaled(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special is not None:
            raise (OverflowError if self._isinf() else ValueError)('cannot round a special value')
        return int(self._rescaled(0, ROUND_CEILING))

    # --- rounding ---

    def _rounded(self, ctx):
        """This value rounded to the context's precision (the signals it
        meets raised as the context says)."""
        if self._special is not None:
            if self._special == 'sNaN':
                ctx._raise(InvalidOperation)
                return _make(self._sign, self._int, 0, 'NaN')
            return self
        return _finish(self._sign, self._int, self._exp, ctx)

    def _rescaled(self, exp, rounding):
        """This finite value with exponent `exp`, rounded by `rounding`
        (no precision limit)."""
        if self._exp >= exp:
            return _make(self._sign, self._int * _pow10(self._exp - exp), exp, None)
        drop = exp - self._exp
        c = _round_off(self._sign, self._int, drop, rounding)
        return _make(self._sign, c, exp, None)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        exp = _convert(exp)
        rounding = rounding if rounding is not None else ctx.rounding
        if self._special is not None or exp._special is not None:
            if self._isnan() or exp._isnan():
                return _nan_result(self, exp, ctx)
            if self._isinf() and exp._isinf():
                return self
            ctx._raise(InvalidOperation)
            return _make(0, 0, 0, 'NaN')
        result = self._rescaled(exp._exp, rounding)
        if _ndigits(result._int) > ctx.prec:
            ctx._raise(InvalidOperation)
            return _make(0, 0, 0, 'NaN')
        if self._exp < exp._exp and result._int * _pow10(exp._exp - self._exp) != self._int:
            ctx._raise(Inexact)
            ctx._raise(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._special is not None:
            return self._rounded(ctx) if self._isnan() else self
        if self._exp >= 0:
            return self
        return self._rescaled(0, rounding if rounding is not None else ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special is not None:
            return self._rounded(ctx)
        d = self._rounded(ctx)
        if d._special is not None:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0, None)
        c, e = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return _make(d._sign, c, e, None)

    # --- arithmetic ---

    def _add(self, other, ctx):
        if self._special is not None or other._special is not None:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            if self._isinf() and other._isinf() and self._sign != other._sign:
                ctx._raise(InvalidOperation)
                return _make(0, 0, 0, 'NaN')
            return self if self._isinf() else other
        exp = min(self._exp, other._exp)
        a = self._int * _pow10(self._exp - exp)
        b = other._int * _pow10(other._exp - exp)
        a = -a if self._sign else a
        b = -b if other._sign else b
        total = a + b
        if total == 0:
            # An exact zero is positive, but negative if both were (and
            # always negative when rounding toward -Infinity).
            both = self._sign and other._sign
            sign = 1 if (both or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign)) else 0
            return _finish(sign, 0, exp, ctx)
        return _finish(1 if total < 0 else 0, abs(total), exp, ctx)

    def _mul(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._special is not None or other._special is not None:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            if (self._isinf() and other.is_zero()) or (other._isinf() and self.is_zero()):
                ctx._raise(InvalidOperation)
                return _make(0, 0, 0, 'NaN')
            return _make(sign, 0, 0, 'Inf')
        return _finish(sign, self._int * other._int, self._exp + other._exp, ctx)

    def _div(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._special is not None or other._special is not None:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            if self._isinf() and other._isinf():
                ctx._raise(InvalidOperation)
                return _make(0, 0, 0, 'NaN')
            if self._isinf():
                return _make(sign, 0, 0, 'Inf')
            return _make(sign, 0, ctx.Etiny(), None)
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                return _make(0, 0, 0, 'NaN')
            ctx._raise(DivisionByZero)
            return _make(sign, 0, 0, 'Inf')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _finish(sign, 0, ideal, ctx)
        if ctx.prec > _EXACT_FIRST:
            exact = _exact_quotient(self._int, other._int)
            if exact is not None:
                q, k = exact
                exp = ideal - k
                if exp < ideal and q % 10 == 0:
                    q, exp = _strip_zeros(q, exp, ideal)
                return _finish(sign, q, exp, ctx)
        # Enough digits for the precision and one more to round by; the
        # remainder, if any, is a sticky digit below them.
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * _pow10(shift), other._int)
        else:
            q, r = divmod(self._int, other._int * _pow10(-shift))
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        elif exp < ideal and q % 10 == 0:
            # Exact: as few digits as the ideal exponent allows.
            q, exp = _strip_zeros(q, exp, ideal)
        return _finish(sign, q, exp, ctx)

    def _divmod(self, other, ctx, part=2):
        """(self // other, self % other): the quotient truncated toward
        zero, the remainder with the dividend's sign; `part` says which
        the caller wants (0 the quotient, 1 the remainder, 2 both), for
        the signals of a division by zero."""
        sign = self._sign ^ other._sign
        if self._special is not None or other._special is not None:
            if self._isnan() or other._isnan():
                n = _nan_result(self, other, ctx)
                return n, n
            if self._isinf():
                ctx._raise(InvalidOperation)
                n = _make(0, 0, 0, 'NaN')
                return n, n
            return _make(sign, 0, 0, None), self._rounded(ctx)
        if other._int == 0:
            n = _make(0, 0, 0, 'NaN')
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                return n, n
            # The quotient is infinite, the remainder undefined: `//`
            # signals the one, `%` the other, divmod both.
            if part == 0:
                ctx._raise(DivisionByZero)
            elif part == 1:
                ctx._raise(InvalidOperation)
            else:
                ctx._raise_all([InvalidOperation, DivisionByZero])
            return _make(sign, 0, 0, 'Inf'), n
        exp = min(self._exp, other._exp)
        a = self._int * _pow10(self._exp - exp)
        b = other._int * _pow10(other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            ctx._raise(DivisionImpossible)
            n = _make(0, 0, 0, 'NaN')
            return n, n
        quotient = _make(sign, q, 0, None)
        remainder = _finish(self._sign, r, exp, ctx)
        return quotient, remainder

    # The binary operators: the other operand a Decimal or an int (else
    # NotImplemented), the current context unless one is given.
    def __add__(self, other, context=None):
        return _binary(self, other, context, Decimal._add, False)

    def __radd__(self, other, context=None):
        return _binary(self, other, context, Decimal._add, True)

    def __sub__(self, other, context=None):
        return _binary(self, other, context, _difference, False)

    def __rsub__(self, other, context=None):
        return _binary(self, other, context, _difference, True)

    def __mul__(self, other, context=None):
        return _binary(self, other, context, Decimal._mul, False)

    def __rmul__(self, other, context=None):
        return _binary(self, other, context, Decimal._mul, True)

    def __truediv__(self, other, context=None):
        return _binary(self, other, context, Decimal._div, False)

    def __rtruediv__(self, other, context=None):
        return _binary(self, other, context, Decimal._div, True)

    def __floordiv__(self, other, context=None):
        return _binary(self, other, context, _quotient, False)

    def __rfloordiv__(self, other, context=None):
        return _binary(self, other, context, _quotient, True)

    def __mod__(self, other, context=None):
        return _binary(self, other, context, _remainder, False)

    def __rmod__(self, other, context=None):
        return _binary(self, other, context, _remainder, True)

    def __divmod__(self, other, context=None):
        return _binary(self, other, context, Decimal._divmod, False)

    def __rdivmod__(self, other, context=None):
        return _binary(self, other, context, Decimal._divmod, True)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            raise NotImplementedError("Rumba's decimal has no three-argument pow()")
        if self._special is not None or other._special is not None:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            raise NotImplementedError("Rumba's decimal has no power of an infinity")
        if other._exp < 0 and other._int % _pow10(-other._exp):
            raise NotImplementedError("Rumba's decimal has no power with a non-integer exponent")
        n = int(other)
        if self._int == 0:
            if n == 0:
                ctx._raise(InvalidOperation)
                return _make(0, 0, 0, 'NaN')
            if n < 0:
                ctx._raise(DivisionByZero)
                return _make(self._sign if n % 2 else 0, 0, 0, 'Inf')
            return _make(self._sign if n % 2 else 0, 0, 0, None)
        sign = self._sign if n % 2 else 0
        if n >= 0:
            return _finish(sign, self._int ** n, self._exp * n, ctx)
        # 1 / x**-n, divided once (correctly rounded when x**-n is exact).
        return _make(sign, 1, 0, None)._div(_make(0, self._int ** -n, self._exp * -n, None), ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special is None and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _finish(0, 0, self._exp, ctx)
        return self._negated()._rounded(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special is None and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _finish(0, 0, self._exp, ctx)
        return self._rounded(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        if not round:
            return self.copy_abs()
        return self.copy_abs()._rounded(ctx)

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special is not None:
            if self._isnan():
                return _nan_result(self, self, ctx)
            if self._sign:
                ctx._raise(InvalidOperation)
                return _make(0, 0, 0, 'NaN')
            return self
        if self._int == 0:
            return _finish(self._sign, 0, self._exp // 2, ctx)
        if self._sign:
            ctx._raise(InvalidOperation)
            return _make(0, 0, 0, 'NaN')
        import math
        ideal = self._exp // 2
        # Scale the coefficient by an even power of ten so that its root has
        # at least prec + 1 digits, and the exponent is even.
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        digits = _ndigits(c)
        extra = max(0, 2 * (ctx.prec + 1) - digits + 2)
        extra += extra % 2
        c *= _pow10(extra)
        e -= extra
        root = math.isqrt(c)
        exp = e // 2
        if root * root != c:
            if root % 5 == 0:
                root += 1
        elif exp < ideal and root % 10 == 0:
            root, exp = _strip_zeros(root, exp, ideal)
        # The specification rounds a square root half-even whatever the
        # context's rounding.
        return _finish(0, root, exp, ctx, ROUND_HALF_EVEN)

    def exp(self, context=None):
        raise NotImplementedError("Rumba's decimal has no exp()")

    def ln(self, context=None):
        raise NotImplementedError("Rumba's decimal has no ln()")

    def log10(self, context=None):
        raise NotImplementedError("Rumba's decimal has no log10()")

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        product = _convert(self)._mul(_convert(other), _EXACT)
        return product._add(_convert(third), ctx)

    def max(self, other, context=None):
        other = _convert(other)
        return (self if self._cmp(other) >= 0 else other)._rounded(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other)
        return (self if self._cmp(other) <= 0 else other)._rounded(context or getcontext())

    def compare(self, other, context=None):
        other = _convert(other)
        if self._isnan() or other._isnan():
            return _nan_result(self, other, context or getcontext())
        return Decimal(self._cmp(other))

    # --- comparisons ---

    def _cmp(self, other):
        """-1, 0 or 1 as self is less than, equal to or greater than other
        (neither a NaN)."""
        if self._special is not None or other._special is not None:
            a = 0 if self._special is None else (-1 if self._sign else 1)
            b = 0 if other._special is None else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        if self._sign != other._sign:
            if self._int == 0:
                return 1 if other._sign else -1
            if other._int == 0:
                return -1 if self._sign else 1
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * _pow10(self._exp - exp)
        b = other._int * _pow10(other._exp - exp)
        if a == b:
            return 0
        smaller = a < b
        if self._sign:
            smaller = not smaller
        return -1 if smaller else 1

    def _compared(self, other, op):
        if isinstance(other, float):
            # Mixing floats in: flagged, and an ordering raises if trapped.
            ctx = getcontext()
            if op in ('==', '!='):
                ctx.flags[FloatOperation] = True
            else:
                ctx._raise(FloatOperation)
        other = _comparable(other)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            if op in ('==', '!='):
                return op == '!='
            getcontext()._raise(InvalidOperation)
            return False
        c = self._cmp(other)
        if op == '==':
            return c == 0
        if op == '!=':
            return c != 0
        if op == '<':
            return c < 0
        if op == '<=':
            return c <= 0
        if op == '>':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compared(other, '==')

    def __ne__(self, other):
        return self._compared(other, '!=')

    def __lt__(self, other):
        return self._compared(other, '<')

    def __le__(self, other):
        return self._compared(other, '<=')

    def __gt__(self, other):
        return self._compared(other, '>')

    def __ge__(self, other):
        return self._compared(other, '>=')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (Decimal, (str(self),))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _make(sign, c, exp, special):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = exp
    d._special = special
    return d


def _from_tuple(self, value):
    """Reads (sign, digits, exponent) into self, as Decimal((0, (1, 4), -1)) does."""
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    self._sign = sign
    if exp == 'F':
        self._int, self._exp, self._special = 0, 0, 'Inf'
        return
    c = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + d
    self._int = c
    if exp in ('n', 'N'):
        self._exp, self._special = 0, 'NaN' if exp == 'n' else 'sNaN'
    elif isinstance(exp, int):
        self._exp = exp
    else:
        raise ValueError('exponent must be an integer')


# A precision past which a division first looks for an exact quotient:
# the digits of the general way would not fit in memory (MAX_PREC).
_EXACT_FIRST = 10000


def _exact_quotient(a, b):
    """(q, k) with a / b == q / 10**k exactly, if the quotient of the
    ints a and b (b > 0) ends; None if its digits go on for ever (b has
    a prime factor other than 2 and 5 once reduced)."""
    import math
    g = math.gcd(a, b)
    a, b = a // g, b // g
    twos = fives = 0
    while b % 2 == 0:
        b //= 2
        twos += 1
    while b % 5 == 0:
        b //= 5
        fives += 1
    if b != 1:
        return None
    k = max(twos, fives)
    return a * (2 ** (k - twos)) * (5 ** (k - fives)), k


def _strip_zeros(c, exp, ideal):
    """c * 10**exp with its trailing zeros dropped, the exponent going up
    to `ideal` at most."""
    while exp < ideal and c % 10 == 0:
        c //= 10
        exp += 1
    return c, exp


def _binary(self, other, context, op, reflected):
    """`self OP other` (or `other OP self`, reflected) for an operator
    method: op(left, right, context)."""
    other = _operand(other)
    if other is NotImplemented:
        return other
    ctx = context if context is not None else getcontext()
    return op(other, self, ctx) if reflected else op(self, other, ctx)


def _difference(a, b, ctx):
    return a._add(b._negated(), ctx)


def _quotient(a, b, ctx):
    return a._divmod(b, ctx, 0)[0]


def _remainder(a, b, ctx):
    return a._divmod(b, ctx, 1)[1]


def _from_int(n):
    n = int(n)
    return _make(1, -n, 0, None) if n < 0 else _make(0, n, 0, None)


def _operand(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    return NotImplemented


def _comparable(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    if isinstance(x, float):
        return Decimal.from_float(x)
    return NotImplemented


def _nan_result(a, b, ctx):
    """The result of an operation with a NaN operand: a signaling NaN
    signals InvalidOperation and gives its quiet form; else the first NaN."""
    for x in (a, b):
        if x._special == 'sNaN':
            ctx._raise(InvalidOperation)
            return _make(x._sign, x._int, 0, 'NaN')
    return a if a._isnan() else b


def _round_off(sign, c, drop, rounding):
    """c with its last `drop` digits removed, rounded by `rounding`."""
    if drop <= 0:
        return c * _pow10(-drop)
    unit = _pow10(drop)
    q, r = divmod(c, unit)
    if r == 0:
        return q
    if rounding == ROUND_HALF_EVEN:
        half = unit // 2
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= unit // 2
    elif rounding == ROUND_HALF_DOWN:
        up = r > unit // 2
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 10 in (0, 5)
    return q + 1 if up else q


def _finish(sign, c, exp, ctx, rounding=None):
    """The finite result (-1)**sign * c * 10**exp rounded to the context:
    its precision and rounding (unless `rounding` is given), the
    Inexact/Rounded flags, Overflow."""
    prec = ctx.prec
    if c >= _pow10(prec) if prec < 100 else (c.bit_length() > prec * 3 and _ndigits(c) > prec):
        drop = _ndigits(c) - prec
        q = _round_off(sign, c, drop, rounding or ctx.rounding)
        if q * _pow10(drop) != c:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
        exp += drop
        if q == _pow10(prec):
            q //= 10
            exp += 1
        c = q
    if c and exp + (c.bit_length() * 30103 // 100000 + 1) - 1 > ctx.Emax and exp + _ndigits(c) - 1 > ctx.Emax:
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        ctx._raise(Overflow)
        return _make(sign, 0, 0, 'Inf')
    return _make(sign, c, exp, None)


_DIGIT = set('0123456789')


def _parse_into(d, text):
    """Reads a decimal string into d; False if it is not one."""
    s = text.strip()
    if '_' in s:
        # Single underscores between digits only, as in int literals.
        for i, ch in enumerate(s):
            if ch == '_' and not (0 < i < len(s) - 1 and s[i - 1] in _DIGIT and s[i + 1] in _DIGIT):
                return False
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    d._sign = sign
    low = s.lower()
    if low in ('inf', 'infinity'):
        d._int, d._exp, d._special = 0, 0, 'Inf'
        return True
    for name, special in (('snan', 'sNaN'), ('nan', 'NaN')):
        if low.startswith(name):
            payload = s[len(name):]
            if payload and not all(ch in _DIGIT for ch in payload):
                return False
            d._int, d._exp, d._special = (int(payload) if payload else 0), 0, special
            return True
    exp = 0
    at = low.find('e')
    if at >= 0:
        tail = s[at + 1:]
        s = s[:at]
        body = tail[1:] if tail[:1] in ('+', '-') else tail
        if not body or not all(ch in _DIGIT for ch in body):
            return False
        exp = int(tail)
    if '.' in s:
        whole, frac = s.split('.', 1)
    else:
        whole, frac = s, ''
    if not whole and not frac:
        return False
    if not all(ch in _DIGIT for ch in whole) or not all(ch in _DIGIT for ch in frac):
        return False
    d._int = int(whole + frac)
    d._exp = exp - len(frac)
    d._special = None
    return True


def _format(d, spec):
    """format(d, spec) for the presentation types e, E, f, F, g, G, % and
    none, with fill, alignment, sign, width, grouping and precision."""
    import re
    m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgG%n])?', spec)
    if m is None:
        raise ValueError('Invalid format specifier')
    fill, align, sign_opt, no_negative_zero, _, zero, width, grouping, precision, kind = m.groups()
    precision = int(precision) if precision is not None else None
    ctx = getcontext()
    if d._special is not None:
        body = 'Infinity' if d._special == 'Inf' else 'NaN'
        neg = d._sign == 1
    else:
        neg = d._sign == 1
        x = d
        if kind == '%':
            x = _make(x._sign, x._int, x._exp + 2, None)
        if kind in ('f', 'F', '%'):
            if precision is not None:
                x = x._rescaled(-precision, ctx.rounding)
            body = _plain(x)
        elif kind in ('e', 'E'):
            if x._int == 0 and precision is not None:
                # A zero keeps its exponent, moved past the zeros asked for.
                e = x._exp + precision
                body = '0' + ('.' + '0' * precision if precision else '') + kind + ('+' if e >= 0 else '-') + str(abs(e))
            else:
                if precision is not None:
                    x = _to_digits(x, precision + 1, ctx.rounding, pad=True)
                body = _sci(x, kind == 'E')
        else:
            # g, G, n and none: at most `precision` significant digits (a
            # value with fewer keeps its own), then str()'s choice of
            # notation.
            if precision is not None:
                x = _to_digits(x, max(precision, 1), ctx.rounding, pad=False)
            leftdigits = x._exp + _ndigits(x._int)
            if x._exp <= 0 and leftdigits > -6:
                body = _plain(x)
            else:
                body = _sci(x, kind == 'G' or (kind is None and ctx.capitals))
        if kind == '%':
            body += '%'
        if grouping:
            whole, _, rest = body.partition('.')
            groups = []
            while len(whole) > 3 and whole.isdigit():
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            groups.insert(0, whole)
            body = grouping.join(groups) + ('.' + rest if rest else '')
        if neg and x._int == 0 and no_negative_zero:
            neg = False
    sign = '-' if neg else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
    width = int(width) if width else 0
    if zero and not align:
        fill, align = '0', '='
    fill = fill or ' '
    align = align or '>'
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


def _plain(x):
    digits = _digit_text(x._int)
    if x._exp >= 0:
        return digits + '0' * x._exp
    point = len(digits) + x._exp
    if point > 0:
        return digits[:point] + '.' + digits[point:]
    return '0.' + '0' * -point + digits


def _sci(x, capital):
    digits = _digit_text(x._int)
    e = x._exp + len(digits) - 1
    mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return mantissa + ('E' if capital else 'e') + ('+' if e >= 0 else '-') + str(abs(e))


def _to_digits(x, n, rounding, pad):
    """Finite x rounded to n significant digits (its sign kept for the
    rounding); with `pad`, one with fewer gets zeros up to n."""
    have = _ndigits(x._int)
    if have > n:
        r = x._rescaled(x._exp + have - n, rounding)
        if _ndigits(r._int) > n:
            # Rounded up to a power of ten: one digit too many, a zero.
            r = _make(r._sign, r._int // 10, r._exp + 1, None)
        return r
    if pad and have < n:
        return _make(x._sign, x._int * _pow10(n - have), x._exp - (n - have), None)
    return x


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1,
                       clamp=0, flags=[], traps=[Clamped, DivisionByZero, InvalidOperation, Overflow,
                                                 Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                          clamp=0, flags=[], traps=[])
# Arithmetic without rounding (fma's product).
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, context):
        self.new = context.copy()
        self.saved = None

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    base = ctx if ctx is not None else getcontext()
    manager = _LocalContext(base)
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(manager.new, name, value)
    return manager
