# The `cmath` module of Rumba: complex versions of math's functions,
# computed for finite arguments with the same steps as CPython 3.11's
# Modules/cmathmodule.c (so with the same results, bit for bit). Its tables
# of special values for infinite and NaN parts are not reproduced: such
# arguments go through the same formulas, which may give another NaN or
# infinity than CPython's.

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)

_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LOG_LARGE_DOUBLE = 708.3964185322641  # log(DBL_MAX / 4)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_LARGE_DOUBLE = 4.49423283715579e307  # DBL_MAX / 4
_SQRT_LARGE_DOUBLE = 6.703903964971299e153


def _large(x, y):
    return abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE


def _log_large(x, y):
    # log|z| + log 2 of a z too large to square.
    return math.log(_c_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0


def _complex(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    if hasattr(type(z), "__complex__"):
        return complex(z)
    if hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(float(z))
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _finite(z):
    if math.isinf(z.real) or math.isinf(z.imag):
        raise OverflowError("math range error")
    return z


def _sqrt(z):
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot(ax, ay) would be subnormal: scaled up, then down.
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + _c_hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + _c_hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def sqrt(z):
    return _sqrt(_complex(z))


def exp(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if x > _LOG_LARGE_DOUBLE:
        l = math.exp(x - 1.0)
        return _finite(complex(l * math.cos(y) * math.e, l * math.sin(y) * math.e))
    l = math.exp(x)
    return _finite(complex(l * math.cos(y), l * math.sin(y)))


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = math.log(_c_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            scaled = _c_hypot(math.ldexp(ax, _DBL_MANT_DIG), math.ldexp(ay, _DBL_MANT_DIG))
            real = math.log(scaled) - _DBL_MANT_DIG * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _c_hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(x, base=None):
    z = _log(_complex(x))
    if base is not None:
        z = z / _log(_complex(base))
    return z


def log10(z):
    z = _log(_complex(z))
    return complex(z.real / _LN10, z.imag / _LN10)


def phase(z):
    z = _complex(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def _sinh(x, y):
    if abs(x) > _LOG_LARGE_DOUBLE:
        x1 = x - math.copysign(1.0, x)
        return _finite(complex(math.cos(y) * math.sinh(x1) * math.e, math.sin(y) * math.cosh(x1) * math.e))
    return complex(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))


def _cosh(x, y):
    if abs(x) > _LOG_LARGE_DOUBLE:
        x1 = x - math.copysign(1.0, x)
        return _finite(complex(math.cos(y) * math.cosh(x1) * math.e, math.sin(y) * math.sinh(x1) * math.e))
    return complex(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))


def _tanh(x, y):
    if abs(x) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z):
    z = _complex(z)
    return _sinh(z.real, z.imag)


def cosh(z):
    z = _complex(z)
    return _cosh(z.real, z.imag)


def tanh(z):
    z = _complex(z)
    return _tanh(z.real, z.imag)


# sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz).
def sin(z):
    z = _complex(z)
    s = _sinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def cos(z):
    z = _complex(z)
    return _cosh(-z.imag, z.real)


def tan(z):
    z = _complex(z)
    s = _tanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def _asinh(x, y):
    if _large(x, y):
        if y >= 0.0:
            real = math.copysign(_log_large(x, y), x)
        else:
            real = -math.copysign(_log_large(x, y), -x)
        return complex(real, math.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(
        math.asinh(s1.real * s2.imag - s2.real * s1.imag),
        math.atan2(y, s1.real * s2.real - s1.imag * s2.imag),
    )


def asinh(z):
    z = _complex(z)
    return _asinh(z.real, z.imag)


def asin(z):
    z = _complex(z)
    s = _asinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def acos(z):
    z = _complex(z)
    if _large(z.real, z.imag):
        if z.real < 0.0:
            imag = -math.copysign(_log_large(z.real, z.imag), z.imag)
        else:
            imag = math.copysign(_log_large(z.real, z.imag), -z.imag)
        return complex(math.atan2(abs(z.imag), z.real), imag)
    s1 = _sqrt(complex(1.0 - z.real, -z.imag))
    s2 = _sqrt(complex(1.0 + z.real, z.imag))
    return complex(
        2.0 * math.atan2(s1.real, s2.real),
        math.asinh(s2.real * s1.imag - s2.imag * s1.real),
    )


def acosh(z):
    z = _complex(z)
    if _large(z.real, z.imag):
        return complex(_log_large(z.real, z.imag), math.atan2(z.imag, z.real))
    s1 = _sqrt(complex(z.real - 1.0, z.imag))
    s2 = _sqrt(complex(z.real + 1.0, z.imag))
    return complex(
        math.asinh(s1.real * s2.real + s1.imag * s2.imag),
        2.0 * math.atan2(s1.imag, s2.real),
    )


def _atanh(x, y):
    if x < 0.0:
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        # atanh(z) is about 1/z +- i pi/2 for a large z.
        h = _c_hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -math.copysign(math.pi / 2.0, -y))
    if x == 1.0 and ay < 1.4916681462400413e-154:  # sqrt(DBL_MIN)
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(
            -math.log(math.sqrt(ay) / math.sqrt(_c_hypot(ay, 2.0))),
            math.copysign(math.atan2(2.0, -ay) / 2, y),
        )
    return complex(
        math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
        -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0,
    )


def atanh(z):
    z = _complex(z)
    return _atanh(z.real, z.imag)


def atan(z):
    z = _complex(z)
    s = _atanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _complex(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _complex(a), _complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if math.isinf(a.real) or math.isinf(a.imag) or math.isinf(b.real) or math.isinf(b.imag):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
