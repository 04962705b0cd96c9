# The `datetime` module of Rumba: CPython 3.11's date, time, datetime,
# timedelta, timezone and tzinfo, their arithmetic, reprs, isoformat,
# fromisoformat, strftime and strptime.
#
# Where Rumba differs: the host's clock is read through `time.time()`,
# and local time is UTC (`now()`, `today()` and `fromtimestamp()` without
# a tzinfo give UTC wall time; Rumba has no time zone database).

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_before = 0
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_before)
    _before += _n
del _before, _n

_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461
_MAXORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Days since 0001-01-01 split into 400-, 100-, 4- and 1-year cycles.
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _check_int(value):
    if isinstance(value, int):
        return value
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _ask_tzinfo(tz, method, dt):
    # A tzinfo's answer (`utcoffset`, `tzname`, `dst`), None without one.
    if tz is None:
        return None
    return getattr(tz, method)(dt)


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        text += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            text += '.%06d' % ss.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ---- timedelta -----------------------------------------------------------

class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # The total in microseconds as an exact fraction (a float is an
        # exact binary fraction), rounded half to even once, at the end.
        num = 0
        den = 1
        for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                             (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, int):
                num += value * scale * den
            elif isinstance(value, float):
                if value != value or value in (float('inf'), float('-inf')):
                    raise ValueError('cannot convert float %s to integer' % value)
                a, b = value.as_integer_ratio()
                num = num * b + a * scale * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_COMPONENT_NAMES[scale], type(value).__name__))
        return cls._from_microseconds(_divide_even(num, den))

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, microseconds = divmod(rest, 1000000)
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        if not parts:
            parts.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(parts)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, ' % (self._days, plural) + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_even(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


_COMPONENT_NAMES = {604800000000: 'weeks', 86400000000: 'days', 3600000000: 'hours',
                    60000000: 'minutes', 1000000: 'seconds', 1000: 'milliseconds',
                    1: 'microseconds'}


def _divide_even(a, b):
    # a / b rounded half to even, for ints.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        greater = r2 > b or (r2 == b and q % 2 == 1)
    else:
        greater = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if greater else q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- tzinfo and timezone -------------------------------------------------

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- date ----------------------------------------------------------------

class _IsoCalendarDate:
    # The named tuple `isocalendar()` gives.
    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday

    def _fields(self):
        return (self.year, self.week, self.weekday)

    def __iter__(self):
        return iter(self._fields())

    def __getitem__(self, i):
        return self._fields()[i]

    def __len__(self):
        return 3

    def __eq__(self, other):
        if isinstance(other, _IsoCalendarDate):
            other = other._fields()
        return self._fields() == other

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self._fields()


class _ComparedByKey:
    # The comparisons of date, time and datetime, from their `_compare`:
    # None for another type, else -1, 0 or 1 (2: naive and aware differ).
    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0


class date(_ComparedByKey):
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        return cls(*_ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return 'datetime.%s(%d, %d, %d)' % (type(self).__name__, self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month][:3],
                                            self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, equality):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_isoformat_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] and YYYYWww[D].
    if len(text) not in (7, 8, 10):
        raise ValueError('bad length')
    year = int(text[0:4])
    if not text[0:4].isdigit():
        raise ValueError('bad year')
    dashed = text[4] == '-'
    at = 5 if dashed else 4
    if text[at] == 'W':
        at += 1
        week = int(text[at:at + 2])
        at += 2
        day = 1
        if len(text) > at:
            if (text[at] == '-') != dashed:
                raise ValueError('inconsistent separators')
            if dashed:
                at += 1
            day = int(text[at])
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    month = int(text[at:at + 2])
    at += 2
    if dashed:
        if text[at] != '-':
            raise ValueError('inconsistent separators')
        at += 1
    if len(text) != at + 2:
        raise ValueError('bad length')
    day = int(text[at:at + 2])
    return year, month, day


def _parse_isoformat_time(text):
    # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]] or Z.
    tz = None
    for marker in ('Z', '+', '-'):
        at = text.find(marker)
        if at >= 0:
            zone = text[at:]
            text = text[:at]
            if zone == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if zone[0] == '-' else 1
                hh, mm, ss, us = _parse_hms(zone[1:])
                offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone.utc if not offset else timezone(sign * offset)
            break
    hh, mm, ss, us = _parse_hms(text)
    return hh, mm, ss, us, tz


def _parse_hms(text):
    if not text:
        raise ValueError('empty time')
    colons = ':' in text
    fields = [0, 0, 0, 0]
    at = 0
    for k in range(3):
        if len(text) - at < 2:
            raise ValueError('bad time')
        fields[k] = int(text[at:at + 2])
        if not text[at:at + 2].isdigit():
            raise ValueError('bad time')
        at += 2
        if at >= len(text):
            break
        c = text[at]
        if k < 2 and colons and c == ':':
            at += 1
            continue
        if k == 2 and c in '.,':
            digits = text[at + 1:]
            if not digits.isdigit() or len(digits) < 1:
                raise ValueError('bad fraction')
            fields[3] = int((digits[:6] + '000000')[:6])
            at = len(text)
            break
        if k < 2 and not colons:
            continue
        raise ValueError('bad separator')
    if at < len(text):
        raise ValueError('trailing text')
    return fields


def _utc_fields(t):
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    frac, whole = _modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    days, rest = divmod(int(whole), 86400)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    y, m, d = _ord2ymd(_ymd2ord(1970, 1, 1) + days)
    return y, m, d, hh, mm, ss, us


def _modf(t):
    whole = float(int(t))
    return t - whole, whole


# ---- time ----------------------------------------------------------------

class _ClockFields:
    # The read-only clock fields time and datetime share.
    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)


class time(_ClockFields, _ComparedByKey):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        try:
            hh, mm, ss, us, tz = _parse_isoformat_time(text)
            return cls(hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None

    def utcoffset(self):
        return _ask_tzinfo(self._tzinfo, 'utcoffset', None)

    def tzname(self):
        return _ask_tzinfo(self._tzinfo, 'tzname', None)

    def dst(self):
        return _ask_tzinfo(self._tzinfo, 'dst', None)

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        s = 'datetime.%s(%s)' % (type(self).__name__, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        return _strftime(None, format, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self)

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _time_key(self):
        key = (self._hour, self._minute, self._second, self._microsecond)
        offset = self.utcoffset()
        if offset:
            minutes = self._hour * 60 + self._minute - offset // timedelta(minutes=1)
            key = (minutes, self._second, self._microsecond)
        else:
            key = (self._hour * 60 + self._minute, self._second, self._microsecond)
        return key

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return None
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._time_key(), other._time_key())

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._time_key())
        return self._hashcode


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ------------------------------------------------------------

class datetime(_ClockFields, date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        made = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            made = tz.fromutc(made.replace(tzinfo=tz))
        return made

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            date_part, time_part = date_string, ''
            if len(date_string) > 10 and date_string[10] in 'T ' and date_string[4] == '-':
                date_part, time_part = date_string[:10], date_string[11:]
            elif len(date_string) > 8 and date_string[8] == 'T':
                date_part, time_part = date_string[:8], date_string[9:]
            y, m, d = _parse_isoformat_date(date_part)
            if time_part:
                hh, mm, ss, us, tz = _parse_isoformat_time(time_part)
            else:
                hh = mm = ss = us = 0
                tz = None
            return cls(y, m, d, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        y, m, d, hh, mm, ss, us, tz = _strptime(date_string, format)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return _ask_tzinfo(self._tzinfo, 'utcoffset', self)

    def tzname(self):
        return _ask_tzinfo(self._tzinfo, 'tzname', self)

    def dst(self):
        return _ask_tzinfo(self._tzinfo, 'dst', self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _epoch_microseconds(self):
        # Microseconds since 1970-01-01 of the wall time, as if UTC.
        days = self.toordinal() - _ymd2ord(1970, 1, 1)
        seconds = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return seconds * 1000000 + self._microsecond

    def timestamp(self):
        offset = self.utcoffset()
        us = self._epoch_microseconds()
        if offset is not None:
            us -= offset._to_microseconds()
        return us / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = 'datetime.%s(%s)' % (type(self).__name__, ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, sep='T', timespec='auto'):
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        return _strftime(self, format, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self)

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not equality:
                raise TypeError("can't compare datetime.%s to datetime.%s"
                                % (type(self).__name__, type(other).__name__))
            return None
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._epoch_microseconds() - (mine._to_microseconds() if mine else 0)
        b = other._epoch_microseconds() - (theirs._to_microseconds() if theirs else 0)
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            us = self._epoch_microseconds() - (offset._to_microseconds() if offset else 0)
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._epoch_microseconds() + other._to_microseconds()
        days, rest = divmod(total, 86400000000)
        n = _ymd2ord(1970, 1, 1) + days
        if not 0 < n <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(n)
        seconds, us = divmod(rest, 1000000)
        hh, seconds = divmod(seconds, 3600)
        mm, ss = divmod(seconds, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None) and self._tzinfo is not other._tzinfo:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        a = self._epoch_microseconds()
        b = other._epoch_microseconds()
        if self._tzinfo is not other._tzinfo:
            a -= mine._to_microseconds() if mine else 0
            b -= theirs._to_microseconds() if theirs else 0
        return timedelta._from_microseconds(a - b)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- strftime and strptime -------------------------------------------------

def _strftime(d, format, hh, mm, ss, us, tz, owner=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    # A time alone formats as 1900-01-01, as CPython's does.
    year, month, day = (d._year, d._month, d._day) if d is not None else (1900, 1, 1)
    ordinal = _ymd2ord(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd2ord(year, 1, 1) + 1
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        code = format[i]
        i += 1
        if code == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif code == 'A':
            out.append(_DAY_NAMES[weekday])
        elif code == 'w':
            out.append(str((weekday + 1) % 7))
        elif code == 'u':
            out.append(str(weekday + 1))
        elif code == 'd':
            out.append('%02d' % day)
        elif code == 'e':
            out.append('%2d' % day)
        elif code == 'b' or code == 'h':
            out.append(_MONTH_NAMES[month][:3])
        elif code == 'B':
            out.append(_MONTH_NAMES[month])
        elif code == 'm':
            out.append('%02d' % month)
        elif code == 'y':
            out.append('%02d' % (year % 100))
        elif code == 'Y':
            out.append('%d' % year if year >= 1000 else '%d' % year)
        elif code == 'C':
            out.append('%02d' % (year // 100))
        elif code == 'H':
            out.append('%02d' % hh)
        elif code == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif code == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif code == 'M':
            out.append('%02d' % mm)
        elif code == 'S':
            out.append('%02d' % ss)
        elif code == 'f':
            out.append('%06d' % us)
        elif code == 'z':
            offset = tz.utcoffset(owner) if tz is not None else None
            out.append(_format_offset(offset, '') if offset is not None else '')
        elif code == 'Z':
            name = tz.tzname(owner) if tz is not None else None
            out.append(name.replace('%', '%%') if name else '')
        elif code == 'j':
            out.append('%03d' % yday)
        elif code == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif code == 'G' or code == 'V':
            iso = date(year, month, day).isocalendar()
            out.append('%d' % iso[0] if code == 'G' else '%02d' % iso[1])
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[weekday][:3], _MONTH_NAMES[month][:3],
                                                       day, hh, mm, ss, year))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif code == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif code == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif code == 'R':
            out.append('%02d:%02d' % (hh, mm))
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


_STRPTIME_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'p': r'(?P<p>am|pm)',
    'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)',
    'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)',
    'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'Z': r'(?P<Z>utc|gmt)',
    '%': '%',
}


def _strptime(data_string, format):
    import re
    for arg in (data_string, format):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (1 if arg is data_string else 2, type(arg).__name__))
    pieces = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            code = format[i + 1]
            pattern = _STRPTIME_PATTERNS.get(code)
            if pattern is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, format))
            if pattern.startswith('(?P<') and ('(?P<%s>' % code) in ''.join(pieces):
                raise re.error('redefinition of group name %r as group' % code)
            pieces.append(pattern)
            i += 2
        elif c.isspace():
            pieces.append(r'\s+')
            while i < len(format) and format[i].isspace():
                i += 1
        else:
            if c == '%':
                raise ValueError("stray %% in format '%s'" % format)
            pieces.append(re.escape(c))
            i += 1
    found = re.match(''.join(pieces), data_string, re.IGNORECASE)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = micro = 0
    tz = None
    julian = None
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m'):
        month = int(g['m'])
    elif g.get('B'):
        month = [n.lower() for n in _MONTH_NAMES[1:]].index(g['B'].lower()) + 1
    elif g.get('b'):
        month = [n[:3].lower() for n in _MONTH_NAMES[1:]].index(g['b'].lower()) + 1
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    elif g.get('I'):
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm' and hour != 12:
            hour += 12
        elif ampm == 'am' and hour == 12:
            hour = 0
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        micro = int((g['f'] + '000000')[:6])
    if g.get('j'):
        julian = int(g['j'])
    if g.get('z'):
        z = g['z']
        if z == 'Z' or z == 'z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            body = z[1:].replace(':', '')
            hh_, mm_ = int(body[0:2]), int(body[2:4])
            ss_ = int(body[4:6]) if len(body) >= 6 else 0
            offset = timedelta(hours=hh_, minutes=mm_, seconds=ss_)
            tz = timezone(sign * offset)
    if julian is not None:
        d = date.fromordinal(julian - 1 + _ymd2ord(year, 1, 1))
        month, day = d.month, d.day
    if second == 61:
        second = 59
    return year, month, day, hour, minute, second, micro, tz
