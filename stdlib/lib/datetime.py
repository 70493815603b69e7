"""datetime (gilpy): dates, times, date-times, durations and fixed-offset
time zones in the proleptic Gregorian calendar.

Behaves as CPython 3.11's C module _datetime: the same reprs, messages
(with the C types' names, 'datetime.date' ...), rounding (half to even),
ranges and hashing of timedelta.  Objects keep their fields in slots and
the hot paths (arithmetic, comparison, now()) build results without
re-validating them.  strptime is implemented here (_Parser) with a small
backtracking matcher instead of regular expressions."""

import time as _time
import sys as _sys
from operator import index as _index
from math import floor as _floor

_object_new = object.__new__

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059            # date.max.toordinal()
_EPOCH_ORD = 719163              # date(1970, 1, 1).toordinal()
_MAX_DELTA_DAYS = 999999999
_FOLD_SECONDS = 24 * 3600

# ---- calendar arithmetic ----------------------------------------------------

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304,
                      334)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    """Day number of a date, 0001-01-01 being day 1."""
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        n += 1
    return n


def _ord2ymd(n):
    """(year, month, day) of day number n."""
    n -= 1
    n400, n = divmod(n, 146097)      # days in 400 years
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)       # days in 100 years
    n4, n = divmod(n, 1461)          # days in 4 years
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:         # the last day of a leap 4- or 400-year
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """Ordinal of the Monday of ISO week 1 of year."""
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7            # 0 = Monday
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# ---- argument checks --------------------------------------------------------

def _int_arg(value):
    if type(value) is int:
        return value
    return _index(value)


def _check_date_fields(year, month, day):
    """The date fields of date() and datetime() as ints, checked; month and
    day are None when the call left them out."""
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    if type(year) is not int:
        year = _index(year)
    if type(month) is not int:
        month = _index(month)
    if type(day) is not int:
        day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %i is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _DAYS_IN_MONTH[month] and not (
            month == 2 and day == 29 and _is_leap(year)):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if type(hour) is not int:
        hour = _index(hour)
    if type(minute) is not int:
        minute = _index(minute)
    if type(second) is not int:
        second = _index(second)
    if type(microsecond) is not int:
        microsecond = _index(microsecond)
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
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _type_name(cls):
    """The name CPython's messages and reprs give a class: 'datetime.date'
    for this module's types, the plain name for subclasses."""
    return cls.__dict__.get('__tp_name__', cls.__name__)


def _plain_format(self, spec):
    """object.__format__ with the C type's name in its error."""
    if not isinstance(spec, str):
        raise TypeError('__format__() argument must be str, not %s'
                        % type(spec).__name__)
    if spec:
        raise TypeError('unsupported format string passed to %s.__format__'
                        % _type_name(type(self)))
    return str(self)


def _check_offset(offset, name):
    """offset from utcoffset()/dst(): None or a timedelta within a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    days = offset._days
    if days == 0 or (days == -1 and (offset._seconds or
                                     offset._microseconds)):
        return offset
    raise ValueError("offset must be a timedelta strictly between "
                     "-timedelta(hours=24) and timedelta(hours=24).")


def _divide_half_even(a, b):
    """a / b for ints, rounded half to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q & 1):
            q += 1
    return q


# ---- formatting helpers --------------------------------------------------------

def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        if us:
            return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset; '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off._seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += '%s%02d' % (sep, ss)
        if off._microseconds:
            s += '.%06d' % off._microseconds
    return s


_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec')


def _ctime(y, m, d, hh, mm, ss):
    weekday = (_ymd2ord(y, m, d) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (
        _DAY_NAMES[weekday], _MONTH_NAMES[m], d, hh, mm, ss, y)


def _struct_time(y, m, d, hh, mm, ss, isdst):
    ordinal = _ymd2ord(y, m, d)
    yday = ordinal - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday,
                              isdst))


def _strftime(obj, fmt, timetuple):
    """time.strftime after replacing %f, %z and %Z, which only the object
    knows."""
    if type(fmt) is not str:
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    if '%' in fmt and ('%f' in fmt or '%z' in fmt or '%Z' in fmt):
        parts = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            i += 1
            if c != '%' or i >= n:
                parts.append(c)
                continue
            c = fmt[i]
            i += 1
            if c == 'f':
                parts.append('%06d' % getattr(obj, 'microsecond', 0))
            elif c == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                parts.append(_format_offset(off, ''))
            elif c == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                parts.append('' if name is None else
                             name.replace('%', '%%'))
            else:
                parts.append('%' + c)
        fmt = ''.join(parts)
    return _time.strftime(fmt, timetuple)


# ---- timedelta --------------------------------------------------------------

_US_PER_DAY = 86400 * 1000000


def _delta_from_us(cls, us):
    """A timedelta of us microseconds (an int), range-checked."""
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        if not -2**31 <= d < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (d, _MAX_DELTA_DAYS))
    self = _object_new(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _new_delta(d, s, us):
    """A timedelta from normalised, in-range fields (no checks)."""
    self = _object_new(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __tp_name__ = 'datetime.timedelta'
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')
    __format__ = _plain_format

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                     + seconds) * 1000000 + milliseconds * 1000 + microseconds
            return _delta_from_us(cls, total)
        total = 0
        leftover = 0.0
        for value, factor, name in (
                (microseconds, 1, 'microseconds'),
                (milliseconds, 1000, 'milliseconds'),
                (seconds, 1000000, 'seconds'),
                (minutes, 60000000, 'minutes'),
                (hours, 3600000000, 'hours'),
                (days, _US_PER_DAY, 'days'),
                (weeks, 7 * _US_PER_DAY, 'weeks')):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                whole = int(value)
                frac = value - whole
                total += whole * factor
                if frac:
                    scaled = frac * factor
                    whole = int(scaled)
                    total += whole
                    leftover += scaled - whole
            else:
                raise TypeError("unsupported type for timedelta %s "
                                "component: %s" % (name, type(value).__name__))
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(cls, total)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + \
            self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(type(self)), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        d = self._days
        if d:
            s = '%d day%s, %s' % (d, '' if abs(d) == 1 else 's', s)
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            d = self._days + other._days
            s = self._seconds + other._seconds
            us = self._microseconds + other._microseconds
            if us >= 1000000:
                us -= 1000000
                s += 1
            if s >= 86400:
                s -= 86400
                d += 1
            if -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
                return _new_delta(d, s, us)
            return _delta_from_us(timedelta, (d * 86400 + s) * 1000000 + us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            d = self._days - other._days
            s = self._seconds - other._seconds
            us = self._microseconds - other._microseconds
            if us < 0:
                us += 1000000
                s -= 1
            if s < 0:
                s += 86400
                d -= 1
            if -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
                return _new_delta(d, s, us)
            return _delta_from_us(timedelta, (d * 86400 + s) * 1000000 + us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._to_us())

    def __pos__(self):
        if type(self) is timedelta:
            return self
        return _new_delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(timedelta,
                                  _divide_half_even(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(timedelta,
                                  _divide_half_even(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(timedelta,
                                  _divide_half_even(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days
                    and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (self._days == other._days
                        and self._seconds == other._seconds
                        and self._microseconds == other._microseconds)
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
        try:
            return self._hashcode
        except AttributeError:
            pass
        h = self._hashcode = hash(self._key())
        return h

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return type(self), self._key()


timedelta.min = _new_delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _new_delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _new_delta(0, 0, 1)
_ONE_DAY = _new_delta(1, 0, 0)
_ZERO = _new_delta(0, 0, 0)


# ---- date ---------------------------------------------------------------------

def _new_date(cls, y, m, d):
    """A date of class cls from valid fields (subclasses via their own
    constructor, as CPython does)."""
    if cls is date:
        self = _object_new(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns."""

    __tp_name__ = 'datetime.IsoCalendarDate'
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(type(self)), self[0], self[1], self[2]))


class date:
    """A day in the proleptic Gregorian calendar."""

    __tp_name__ = 'datetime.date'
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str))
                and len(year) == 4 and 1 <= ord(year[2:3]) <= 12):
            # the state CPython pickles: 2 bytes of year, month, day
            if isinstance(year, str):
                year = year.encode('latin1')
            self = _object_new(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = _object_new(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # -- other constructors
    @classmethod
    def fromtimestamp(cls, t):
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            t = _floor(t) if abs(t) < 1e18 else t
        secs = _timestamp_seconds(t)[0]
        try:
            lt = _time.localtime(secs)
        except (OverflowError, OSError):
            raise OverflowError('timestamp out of range for platform time_t')
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int_arg(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return _new_date(cls, *_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        b = _iso_bytes(date_string)
        fields = None
        if b is not None and len(b) in (7, 8, 10):
            fields = _iso_date_fields(b, len(b))
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    # -- fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- text
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(type(self)), self._year,
                                   self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('format() argument 2 must be str, not %s'
                            % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- conversions
    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        year = self._year
        ordinal = _ymd2ord(year, self._month, self._day)
        monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(ordinal - _iso_week1_monday(year), 7)
        elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    # -- comparison and hashing
    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return not (self._day == other._day
                        and self._month == other._month
                        and self._year == other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        try:
            return self._hashcode
        except AttributeError:
            pass
        h = self._hashcode = hash(('date', self._year, self._month,
                                   self._day))
        return h

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) + other._days
            if 0 < n <= _MAXORDINAL:
                return _new_date(type(self), *_ord2ymd(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) - other._days
            if 0 < n <= _MAXORDINAL:
                return _new_date(type(self), *_ord2ymd(n))
            raise OverflowError('date value out of range')
        if isinstance(other, date) and not isinstance(other, datetime):
            return _new_delta(
                _ymd2ord(self._year, self._month, self._day)
                - _ymd2ord(other._year, other._month, other._day), 0, 0)
        return NotImplemented

    # -- pickling
    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month,
                      self._day))

    def __reduce__(self):
        return type(self), (self._state(),)


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


def _iso_to_ymd(year, week, day):
    year = _int_arg(year)
    week = _int_arg(week)
    day = _int_arg(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        leap_week = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7   # 4 = Thursday
            if first == 4 or (first == 3 and _is_leap(year)):
                leap_week = True
        if not leap_week:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(n)


# ---- tzinfo and timezone --------------------------------------------------------

class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset(), dst()
    and tzname()."""

    __tp_name__ = 'datetime.tzinfo'
    __slots__ = ()
    __format__ = _plain_format

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _check_offset(self.utcoffset(dt), 'utcoffset')
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset(self.dst(dt), 'dst')
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        dt += off - dst
        dst = _check_offset(dt.dst(), 'dst')
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                             'cannot convert')
        if dst:
            dt += dst
        return dt

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return type(self), args, getattr(self, '__dict__', None) or None


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __tp_name__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.'
                            'timedelta, not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24),'
                             ' not %r.' % (offset,))
        if name is None and not offset and cls is timezone:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        name = _type_name(type(self))
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        off = self._offset
        if self is _UTC or not off:
            return 'UTC'
        return 'UTC' + _format_offset(off)

    def dst(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance '
                            'or None, not %s' % type(dt).__name__)
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = timezone._create(_ZERO)
timezone.utc = _UTC
timezone.min = timezone._create(-_new_delta(0, 86340, 0))
timezone.max = timezone._create(_new_delta(0, 86340, 0))
UTC = _UTC


# ---- time ---------------------------------------------------------------------

def _state_us(state, i):
    """The microseconds in bytes i..i+2 of a pickled time or datetime."""
    return (state[i] << 16) | (state[i + 1] << 8) | state[i + 2]


def _reduce_ex_with_tzinfo(self, protocol):
    """__reduce_ex__ of time and datetime: the state bytes (with fold only
    from protocol 4 on, as CPython), then the tzinfo if there is one."""
    state = self._state(protocol >= 4)
    if self._tzinfo is None:
        return type(self), (state,)
    return type(self), (state, self._tzinfo)


def _reduce_with_tzinfo(self):
    return self.__reduce_ex__(2)


def _replaced_time_fields(self, hour, minute, second, microsecond, tzinfo,
                          fold):
    """replace()'s time-of-day fields for time and datetime: the given ones,
    self's where None was given (or True, for tzinfo)."""
    return (self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            self._fold if fold is None else fold)


def _tz_offset(tz, dt, name='utcoffset'):
    """tz.utcoffset(dt) (or dst/...) checked; None for naive."""
    if tz is None:
        return None
    if name == 'utcoffset':
        return _check_offset(tz.utcoffset(dt), 'utcoffset')
    return _check_offset(tz.dst(dt), 'dst')


def _tz_name(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


class time:
    """A time of day, optionally with a time zone."""

    __tp_name__ = 'datetime.time'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and ord(hour[0:1]) & 0x7F < 24):
            # the state CPython pickles: hour (+128 for fold), minute,
            # second, 3 bytes of microsecond; then the tzinfo if any
            state = hour.encode('latin1') if isinstance(hour, str) else hour
            tzinfo = None if type(minute) is int and minute == 0 else minute
            hour, fold = state[0] & 0x7F, state[0] >> 7
            minute, second = state[1], state[2]
            microsecond = _state_us(state, 3)
        else:
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _object_new(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        b = _iso_bytes(time_string)
        fields = None
        if b is not None:
            fields = _iso_time_fields(b, 1 if b[:1] == b'T' else 0)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        hh, mm, ss, us, tzspec = fields
        return cls(hh, mm, ss, us, _iso_tz(tzspec))

    def __repr__(self):
        name = _type_name(type(self))
        if self._microsecond:
            s = '%s(%d, %d, %d, %d)' % (name, self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            s = '%s(%d, %d, %d)' % (name, self._hour, self._minute,
                                    self._second)
        else:
            s = '%s(%d, %d)' % (name, self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _strftime(self, format, tt)

    __format__ = date.__format__

    def utcoffset(self):
        return _tz_offset(self._tzinfo, None)

    def dst(self):
        return _tz_offset(self._tzinfo, None, 'dst')

    def tzname(self):
        return _tz_name(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        hour, minute, second, microsecond, tzinfo, fold = \
            _replaced_time_fields(self, hour, minute, second, microsecond,
                                  tzinfo, fold)
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def __bool__(self):
        return True

    # -- comparison
    def _compare(self, other, equality):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            a = self._hour, self._minute, self._second, self._microsecond
            b = other._hour, other._minute, other._second, other._microsecond
            return (a > b) - (a < b)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if (myoff is None) != (otoff is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
            + self._microsecond
        b = (other._hour * 3600 + other._minute * 60 + other._second) \
            * 1000000 + other._microsecond
        if myoff is not None:
            a -= myoff._to_us()
            b -= otoff._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        try:
            return self._hashcode
        except AttributeError:
            pass
        off = self.utcoffset()
        if off is None:
            h = hash((self._hour, self._minute, self._second,
                      self._microsecond))
        else:
            us = (self._hour * 3600 + self._minute * 60 + self._second) \
                * 1000000 + self._microsecond - off._to_us()
            h = hash(_new_delta(*_split_us(us)))
        self._hashcode = h
        return h

    def _state(self, with_fold):
        us = self._microsecond
        fold = 128 if with_fold and self._fold else 0
        return bytes((self._hour + fold, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    __reduce_ex__ = _reduce_ex_with_tzinfo
    __reduce__ = _reduce_with_tzinfo


def _split_us(us):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    return d, s, us


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution


# ---- datetime -------------------------------------------------------------------

def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0, bare=False):
    """A datetime of class cls from valid fields.  A subclass's constructor
    runs unless bare is true (datetime.__new__ itself fills its object
    here)."""
    if cls is datetime or bare:
        self = _object_new(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self
    self = cls(y, m, d, hh, mi, ss, us, tz)
    if fold:
        self._fold = fold
    return self


def _timestamp_seconds(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to
    even as CPython does."""
    if type(t) is int:
        return t, 0
    if not isinstance(t, (int, float)):
        if hasattr(t, '__float__') and not hasattr(t, '__index__'):
            t = float(t)
        else:
            t = _index(t)
            return t, 0
    if isinstance(t, int):
        return t, 0
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if t in (float('inf'), float('-inf')) or abs(t) > 1e18:
        raise OverflowError('timestamp out of range for platform time_t')
    whole = int(t)
    us = round((t - whole) * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


def _offset_of(lt, t):
    """The UTC offset, in seconds, of struct_time lt, the local time of
    timestamp t."""
    wall = (_ymd2ord(lt[0], lt[1], lt[2]) - _EPOCH_ORD) * 86400 + \
        lt[3] * 3600 + lt[4] * 60 + lt[5]
    return wall - t


def _gmtoff(t):
    """The local UTC offset, in seconds, at timestamp t."""
    return _offset_of(_time.localtime(t), t)


def _local_to_utc_seconds(y, m, d, hh, mi, ss, fold):
    """The timestamp whose local wall time is the given one; fold picks
    between the two when the wall time repeats, and in a gap the result
    is the wall time read with the offset before (fold=0) or after it."""
    wall = (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mi * 60 + ss
    a = _gmtoff(wall)
    u1 = wall - a
    b_probe = u1 + _FOLD_SECONDS if fold else u1 - _FOLD_SECONDS
    off1 = _gmtoff(u1)
    if u1 + off1 == wall:
        b = _gmtoff(b_probe)
        if a == b:
            return u1
        t1_ok = True
    else:
        b = off1
        t1_ok = False
    u2 = wall - b
    if u2 + _gmtoff(u2) == wall:
        return u2
    if t1_ok:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_fields(t, us, cls, tz):
    """A naive local datetime of timestamp t, with fold set when its wall
    time also occurred earlier."""
    lt = _time.localtime(t)
    ss = lt.tm_sec
    if ss > 59:
        ss = 59
    if not MINYEAR <= lt.tm_year <= MAXYEAR:
        raise ValueError('year %i is out of range' % lt.tm_year)
    self = _new_datetime(cls, lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour,
                         lt.tm_min, ss, us, tz)
    lt_before = _time.localtime(t - _FOLD_SECONDS)
    if lt_before[3:6] == lt[3:6]:
        return self        # same offset a day ago: no transition, no fold
    off = _offset_of(lt, t)
    before = _offset_of(lt_before, t - _FOLD_SECONDS)
    if before > off:
        # the clocks went back within the last day: is this wall time the
        # second occurrence?
        earlier = t - (before - off)
        if _gmtoff(earlier) == before:
            self._fold = 1
    return self


def _local_timezone(t):
    lt = _time.localtime(t)
    name = getattr(lt, 'tm_zone', None)
    if name is None:
        name = _time.strftime('%Z', lt)
    return timezone(timedelta(seconds=_offset_of(lt, t)), name)


class datetime(date):
    """A date and a time of day, optionally with a time zone."""

    __tp_name__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if type(year) is not int and isinstance(year, (bytes, str)) and \
                len(year) == 10 and 1 <= ord(year[2:3]) & 0x7F <= 12 and \
                (month is None or isinstance(month, _tzinfo_class)):
            # the state CPython pickles: 2 bytes of year, month (+128 for
            # fold), day, hour, minute, second, 3 bytes of microsecond
            s = year.encode('latin1') if isinstance(year, str) else year
            _check_tzinfo(month)
            return _new_datetime(cls, s[0] * 256 + s[1], s[2] & 0x7F, s[3],
                                 s[4], s[5], s[6], _state_us(s, 7), month,
                                 s[2] >> 7, bare=True)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, year, month, day, hour, minute, second,
                             microsecond, tzinfo, fold, bare=True)

    # (hour, minute, second, microsecond, tzinfo and fold: time's
    # properties, set below)

    # -- other constructors
    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        secs, us = _timestamp_seconds(t)
        try:
            if utc:
                g = _time.gmtime(secs)
                if not MINYEAR <= g.tm_year <= MAXYEAR:
                    raise ValueError('year %i is out of range' % g.tm_year)
                self = _new_datetime(cls, g.tm_year, g.tm_mon, g.tm_mday,
                                     g.tm_hour, g.tm_min, min(g.tm_sec, 59),
                                     us, tz)
            else:
                self = _local_fields(secs, us, cls, tz)
        except (OverflowError, OSError, ValueError) as e:
            if isinstance(e, ValueError) and 'year' in str(e):
                raise
            raise OverflowError('timestamp out of range for platform time_t')
        if tz is not None:
            self = tz.fromutc(self)
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        if tz is None and cls is datetime:
            ns = _time.time_ns()
            secs, us = divmod(ns // 1000, 1000000)
            return _local_fields(secs, us, datetime, None)
        _check_tzinfo(tz)
        return cls._from_timestamp(_time.time(), tz is not None, tz)

    @classmethod
    def utcnow(cls):
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day,
                             time._hour, time._minute, time._second,
                             time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return _new_datetime(cls, d._year, d._month, d._day, 0, 0, 0, 0,
                             None)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        result = _iso_datetime_fields(date_string)
        if result is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        y, m, d, hh, mi, ss, us, tzspec = result
        return cls(y, m, d, hh, mi, ss, us, _iso_tz(tzspec))

    @classmethod
    def strptime(cls, date_string, format):
        for index, value in enumerate((date_string, format)):
            if not isinstance(value, str):
                raise TypeError('strptime() argument %d must be str, not %s'
                                % (index + 1, type(value).__name__))
        return _strptime_datetime(cls, date_string, format)

    # -- parts
    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        hour, minute, second, microsecond, tzinfo, fold = \
            _replaced_time_fields(self, hour, minute, second, microsecond,
                                  tzinfo, fold)
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # -- time zones
    def utcoffset(self):
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset(tz.utcoffset(self), 'utcoffset')

    def dst(self):
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset(tz.dst(self), 'dst')

    def tzname(self):
        return _tz_name(self._tzinfo, self)

    def _local_timestamp(self):
        return _local_to_utc_seconds(self._year, self._month, self._day,
                                     self._hour, self._minute, self._second,
                                     self._fold)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            offset = _check_offset(mytz.utcoffset(self), 'utcoffset')
        if offset is None:
            # naive: the local time zone
            mytz = _local_timezone(self._local_timestamp())
            offset = mytz._offset
        if mytz is tz:
            return self
        utc = self - offset
        if tz is None:
            secs = (_ymd2ord(utc._year, utc._month, utc._day) - _EPOCH_ORD) \
                * 86400 + utc._hour * 3600 + utc._minute * 60 + utc._second
            tz = _local_timezone(secs)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- text
    def __repr__(self):
        name = _type_name(type(self))
        fields = [self._year, self._month, self._day, self._hour,
                  self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = '%s(%s)' % (name, ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError('isoformat() argument 1 must be a unicode '
                                'character, not str')
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s%s' % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        if self._tzinfo is not None:
            off = self.utcoffset()
            if off is not None:
                s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    # -- conversions
    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, isdst)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour,
                            dt._minute, dt._second, 0)

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_timestamp() + self._microsecond / 1e6
        delta = self - _EPOCH
        return delta.total_seconds()

    # -- comparison and hashing
    def _compare(self, other, equality):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is not ottz:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                if equality:
                    return 2
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
            if myoff != otoff:
                diff = self - other
                if diff._days < 0:
                    return -1
                return 1 if diff else 0
        a = (self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond)
        b = (other._year, other._month, other._day, other._hour,
             other._minute, other._second, other._microsecond)
        return (a > b) - (a < b)

    def _cmp_other(self, other, op):
        if isinstance(other, datetime):
            return None
        if isinstance(other, date):
            if op == '==':
                return False
            if op == '!=':
                return True
            raise TypeError("can't compare %s to %s" % (
                _type_name(type(self)), _type_name(type(other))))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        return self._cmp_other(other, '==')

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        return self._cmp_other(other, '!=')

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        return self._cmp_other(other, '<')

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        return self._cmp_other(other, '<=')

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        return self._cmp_other(other, '>')

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        return self._cmp_other(other, '>=')

    def __hash__(self):
        try:
            return self._hashcode
        except AttributeError:
            pass
        off = None
        if self._tzinfo is not None:
            if self._fold:
                off = self.replace(fold=0).utcoffset()
            else:
                off = self.utcoffset()
        if off is None:
            h = hash((self._year, self._month, self._day, self._hour,
                      self._minute, self._second, self._microsecond))
        else:
            days = _ymd2ord(self._year, self._month, self._day)
            secs = self._hour * 3600 + self._minute * 60 + self._second
            h = hash(timedelta(days, secs, self._microsecond) - off)
        self._hashcode = h
        return h

    # -- arithmetic
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._microsecond + other._microseconds
        s = self._hour * 3600 + self._minute * 60 + self._second + \
            other._seconds
        days = other._days
        if us >= 1000000:
            us -= 1000000
            s += 1
        if s >= 86400:
            s -= 86400
            days += 1
        if days:
            n = _ymd2ord(self._year, self._month, self._day) + days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ord2ymd(n)
        else:
            y, m, d = self._year, self._month, self._day
        hh, s = divmod(s, 3600)
        mi, s = divmod(s, 60)
        return _new_datetime(type(self), y, m, d, hh, mi, s, us,
                             self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            days = _ymd2ord(self._year, self._month, self._day) - \
                _ymd2ord(other._year, other._month, other._day)
            secs = (self._hour - other._hour) * 3600 + \
                (self._minute - other._minute) * 60 + \
                (self._second - other._second)
            us = self._microsecond - other._microsecond
            result = _delta_from_us(timedelta,
                                    (days * 86400 + secs) * 1000000 + us)
            mytz = self._tzinfo
            ottz = other._tzinfo
            if mytz is ottz:
                return result
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if myoff is not None and myoff != otoff:
                result = result + otoff - myoff
            return result
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    # -- pickling
    def _state(self, with_fold):
        us = self._microsecond
        fold = 128 if with_fold and self._fold else 0
        return bytes((self._year >> 8, self._year & 255, self._month + fold,
                      self._day, self._hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    __reduce_ex__ = _reduce_ex_with_tzinfo
    __reduce__ = _reduce_with_tzinfo


_date_class = date
_time_class = time
_tzinfo_class = tzinfo



def _read_only(cls, *names, message=None, getters=None):
    """Makes the named properties of cls (or of the class getters, read
    the same way) refuse assignment and deletion with the message of
    CPython's C getters (or the given one)."""
    for name in names:
        text = message or ("attribute '%s' of '%s' objects is not writable"
                           % (name, cls.__tp_name__))

        def refuse(self, value=None, text=text):
            raise AttributeError(text)
        prop = (getters or cls).__dict__[name]
        setattr(cls, name, property(prop.fget, refuse, refuse, prop.__doc__))


_read_only(timedelta, 'days', 'seconds', 'microseconds',
           message='readonly attribute')
_read_only(date, 'year', 'month', 'day')
_TIME_FIELDS = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_read_only(time, *_TIME_FIELDS)
_read_only(datetime, *_TIME_FIELDS, getters=time)

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999,
                             None)
datetime.resolution = timedelta.resolution
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC)


# ---- ISO 8601 parsing ------------------------------------------------------------
#
# These follow the C parser of CPython 3.11 step by step (it is lenient in
# its own ways: "10.5" is half past ten and a compact "HHMMSS" may run
# straight into its fraction), working on the UTF-8 bytes of the string as
# it does.  A position past the end reads as 0, C's terminating NUL.

def _iso_bytes(s):
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        return None


def _iso_digits(b, p, count):
    """(value, p + count) for count ASCII digits at b[p]; None otherwise."""
    value = 0
    n = len(b)
    for k in range(p, p + count):
        c = b[k] if k < n else 0
        if not 48 <= c <= 57:
            return None
        value = value * 10 + c - 48
    return value, p + count


def _iso_week_date(year, week, day):
    """(y, m, d) of an ISO week date, None for a bad week or weekday."""
    if not 0 < week < 53:
        first = (_ymd2ord(year, 1, 1) + 6) % 7
        if not (week == 53 and (first == 3 or (first == 2
                                                and _is_leap(year)))):
            return None
    if not 0 < day < 8:
        return None
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _iso_date_fields(b, length):
    """(y, m, d) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] at the
    start of b (the rest is not looked at); None when malformed."""
    n = len(b)
    r = _iso_digits(b, 0, 4)
    if r is None:
        return None
    year, p = r
    dash = p < n and b[p] == 45
    if dash:
        p += 1
    if p < n and b[p] == 87:              # 'W'
        r = _iso_digits(b, p + 1, 2)
        if r is None:
            return None
        week, p = r
        day = 1
        if p < length:
            if dash:
                if (b[p] if p < n else 0) != 45:
                    return None
                p += 1
            r = _iso_digits(b, p, 1)
            if r is None:
                return None
            day = r[0]
        return _iso_week_date(year, week, day)
    r = _iso_digits(b, p, 2)
    if r is None:
        return None
    month, p = r
    if dash:
        if (b[p] if p < n else 0) != 45:
            return None
        p += 1
    r = _iso_digits(b, p, 2)
    if r is None:
        return None
    return year, month, r[0]


def _iso_hms(b, start, end):
    """[HH[:?MM[:?SS]]][{.,}ffffff] in b[start:end]: (status, h, m, s, us)
    with status 0 (all read), 1 (something follows) or negative."""
    n = len(b)
    vals = [0, 0, 0]
    p = start
    has_colon = True
    for i in range(3):
        r = _iso_digits(b, p, 2)
        if r is None:
            return -3, 0, 0, 0, 0
        vals[i], p = r
        c = b[p] if p < n else 0
        p += 1
        if i == 0:
            has_colon = c == 58
        if p >= end:
            return (1 if c else 0), vals[0], vals[1], vals[2], 0
        if has_colon and c == 58:
            continue
        if c == 46 or c == 44:            # '.' or ','
            break
        if has_colon:
            return -4, 0, 0, 0, 0
        p -= 1
    count = min(end - p, 6)
    r = _iso_digits(b, p, count)
    if r is None:
        return -3, 0, 0, 0, 0
    us, p = r
    if count < 6:
        us *= 10 ** (6 - count)
    while p < n and 48 <= b[p] <= 57:
        p += 1
    return (1 if p < n else 0), vals[0], vals[1], vals[2], us


def _iso_time_fields(b, start):
    """(h, m, s, us, tzspec) of the time in b[start:], tzspec None or
    (seconds, microseconds); None when malformed."""
    n = len(b)
    tzpos = start
    while True:
        c = b[tzpos] if tzpos < n else 0
        if c == 90 or c == 43 or c == 45:    # 'Z' '+' '-'
            break
        tzpos += 1
        if tzpos >= n:
            break
    status, hh, mm, ss, us = _iso_hms(b, start, tzpos)
    if status < 0:
        return None
    if tzpos == n:
        if status == 1:
            return None
        return hh, mm, ss, us, None
    if b[tzpos] == 90:
        if tzpos + 1 < n:
            return None
        return hh, mm, ss, us, (0, 0)
    sign = -1 if b[tzpos] == 45 else 1
    status, th, tm, ts, tus = _iso_hms(b, tzpos + 1, n)
    if status:
        return None
    return hh, mm, ss, us, (sign * (th * 3600 + tm * 60 + ts), sign * tus)


def _iso_tz(tzspec):
    """The tzinfo of a parsed ISO offset (seconds, microseconds): like
    CPython, whole seconds of 0 give UTC whatever the microseconds."""
    if tzspec is None:
        return None
    secs, us = tzspec
    if secs == 0:
        return _UTC
    return timezone(timedelta(seconds=secs, microseconds=us))


def _iso_separator(b):
    """Where the date of an ISO date-time ends (the separator's index)."""
    n = len(b)

    def at(i):
        return b[i] if i < n else 0
    if n == 7:
        return 7
    if at(4) == 45:                       # YYYY-...
        if at(5) != 87:
            return 10                     # YYYY-MM-DD
        if n < 8:
            return -1
        if n > 8 and at(8) == 45:         # YYYY-Www-D or YYYY-Www-HH
            if n == 9:
                return -1
            if n > 10 and 48 <= at(10) <= 57:
                return 8
            return 10
        return 8                          # YYYY-Www
    if at(4) == 87:                       # YYYYWww or YYYYWwwD
        idx = 7
        while idx < n and 48 <= b[idx] <= 57:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8                              # YYYYMMDD


def _iso_datetime_fields(s):
    """(y, m, d, hh, mm, ss, us, tzspec) of an ISO date-time; None when
    malformed."""
    if len(s) < 7:
        return None
    for pos in (7, 8, 10):
        if pos >= len(s):
            break
        if s[pos] > '\x7f':
            s = s[:pos] + 'T' + s[pos + 1:]   # a non-ASCII separator
            break
    b = _iso_bytes(s)
    if b is None:
        return None
    sep = _iso_separator(b)
    if sep < 0:
        return None
    date_fields = _iso_date_fields(b, sep)
    if date_fields is None:
        return None
    if len(b) <= sep:
        return date_fields + (0, 0, 0, 0, None)
    t = _iso_time_fields(b, sep + 1)
    if t is None:
        return None
    return date_fields + t


# ---- strptime ----------------------------------------------------------------------

_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday')
_ABBR_DAYS = tuple(d[:3] for d in _FULL_DAYS)
_FULL_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june',
                'july', 'august', 'september', 'october', 'november',
                'december')
_ABBR_MONTHS = ('',) + tuple(m[:3] for m in _FULL_MONTHS[1:])

# Each numeric directive: the lengths it may take, tried longest first, and
# the greatest value (as the regular expressions of CPython's _strptime
# allow: '%d' takes '31', '3', ' 3' ...).
_NUMERIC = {
    'd': (1, 31, True), 'm': (1, 12, False), 'H': (0, 23, False),
    'I': (1, 12, False), 'M': (0, 59, False), 'S': (0, 61, False),
    'j': (1, 366, False), 'U': (0, 53, False), 'W': (0, 53, False),
    'V': (1, 53, False), 'w': (0, 6, False), 'u': (1, 7, False),
}
_WIDTH = {'d': 2, 'm': 2, 'H': 2, 'I': 2, 'M': 2, 'S': 2, 'j': 3, 'U': 2,
          'W': 2, 'V': 2, 'w': 1, 'u': 1}
# The C locale's %c, %x and %X.
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_DIRECTIVES = frozenset('aAbBdfHIjmMpSUwWyYzZuGV%')


def _tokenize(fmt):
    """The format as ('lit', text) / ('ws',) / ('dir', letter) tokens."""
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                tokens.extend(_tokenize(_EXPANSIONS[d]))
            elif d == '%':
                tokens.append(('lit', '%'))
            elif d in _DIRECTIVES:
                tokens.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _numeric_candidates(s, i, d):
    """(value, end) choices for numeric directive d at s[i], in the order
    the regular expression would try them."""
    low, high, space_ok = _NUMERIC[d]
    width = _WIDTH[d]
    out = []
    for k in range(width, 0, -1):
        part = s[i:i + k]
        if len(part) == k and part.isdecimal():
            v = int(part)
            if (low <= v or (k == 1 and d == 'V')) and v <= high:
                out.append((v, i + k))   # %V takes 01-53 or one digit 0-9
    if space_ok and s[i:i + 1] == ' ' and s[i + 1:i + 2].isdigit() and \
            s[i + 1] != '0':
        out.append((int(s[i + 1]), i + 2))
    return out


def _name_candidates(s, i, names):
    low = s[i:i + 9].lower()
    out = []
    for idx, name in enumerate(names):
        if name and low.startswith(name):
            out.append((idx, i + len(name)))
    out.sort(key=lambda c: -c[1])
    return out


def _tz_names():
    names = {'utc', 'gmt'}
    local = getattr(_time, 'tzname', None)
    if local is None:
        local = (_time.strftime('%Z', _time.localtime()),)
    for name in local:
        names.add(name.lower())
    return names


def _directive_candidates(s, i, d):
    if d in _NUMERIC:
        return _numeric_candidates(s, i, d)
    if d == 'Y' or d == 'G':
        part = s[i:i + 4]
        if len(part) == 4 and part.isdecimal():
            return [(int(part), i + 4)]
        return []
    if d == 'y':
        part = s[i:i + 2]
        if len(part) == 2 and part.isdecimal():
            return [(int(part), i + 2)]
        return []
    if d == 'f':
        out = []
        for k in range(6, 0, -1):
            part = s[i:i + k]
            if len(part) == k and part.isdecimal():
                out.append((part, i + k))
        return out
    if d == 'a':
        return _name_candidates(s, i, _ABBR_DAYS)
    if d == 'A':
        return _name_candidates(s, i, _FULL_DAYS)
    if d == 'b':
        return _name_candidates(s, i, _ABBR_MONTHS)
    if d == 'B':
        return _name_candidates(s, i, _FULL_MONTHS)
    if d == 'p':
        return _name_candidates(s, i, ('am', 'pm'))
    if d == 'z':
        return _offset_candidates(s, i)
    if d == 'Z':
        low = s[i:].lower()
        out = [(s[i:i + len(n)], i + len(n)) for n in _tz_names()
               if n and low.startswith(n)]
        out.sort(key=lambda c: -c[1])
        return out
    return []


def _offset_candidates(s, i):
    """%z: Z, or [+-]HH[:]MM[[:]SS[.ffffff]]."""
    if s[i:i + 1] == 'Z':
        return [('Z', i + 1)]
    if s[i:i + 1] not in ('+', '-'):
        return []
    out = []
    j = i + 1
    if not (s[j:j + 2].isdigit() and s[j:j + 2].isascii()):
        return []
    j += 2
    colon = s[j:j + 1] == ':'
    if colon:
        j += 1
    mm = s[j:j + 2]
    if not (len(mm) == 2 and mm.isdigit() and mm.isascii() and mm[0] <= '5'):
        return []
    j += 2
    out.append((s[i:j], j))
    k = j
    if s[k:k + 1] == ':':
        k += 1
    ss = s[k:k + 2]
    if len(ss) == 2 and ss.isdigit() and ss.isascii() and ss[0] <= '5':
        k += 2
        out.insert(0, (s[i:k], k))
        if s[k:k + 1] == '.':
            m = k + 1
            while m < len(s) and m - k <= 6 and '0' <= s[m] <= '9':
                m += 1
            if m > k + 1:
                out.insert(0, (s[i:m], m))
    return out


def _match(tokens, t, s, i, found):
    """Backtracking match of tokens[t:] against s[i:]; returns the end
    position (found filled) or -1."""
    ntok = len(tokens)
    while t < ntok:
        tok = tokens[t]
        kind = tok[0]
        if kind == 'lit':
            c = tok[1]
            if i < len(s) and (s[i] == c or s[i].lower() == c.lower()):
                i += 1
                t += 1
                continue
            return -1
        if kind == 'ws':
            j = i
            while j < len(s) and s[j].isspace():
                j += 1
            if j == i:
                return -1
            i = j
            t += 1
            continue
        d = tok[1]
        for value, end in _directive_candidates(s, i, d):
            old = found.get(d, _MISSING)
            found[d] = value
            r = _match(tokens, t + 1, s, end, found)
            if r >= 0:
                return r
            if old is _MISSING:
                del found[d]
            else:
                found[d] = old
        return -1
    return i


_MISSING = object()
_FORMAT_CACHE = {}


def _parse_offset_text(z):
    """(seconds, microseconds) east of UTC of a %z match."""
    if z == 'Z':
        return 0, 0
    text = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            z = z[:5] + z[6:]
    # (like CPython, '+HHMM:SS' fails in int() on ':S')
    secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    frac = z[8:]
    us = int(frac + '0' * (6 - len(frac)))
    if z[0] == '-':
        return -secs, -us
    return secs, us


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of that year) of an ISO year, week and weekday (1-7)."""
    correction = (_ymd2ord(iso_year, 1, 4) + 6) % 7 + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _strptime_fields(data_string, format):
    """The fields CPython's _strptime computes: (y, m, d, H, M, S, us,
    gmtoff, gmtoff_us, tzname)."""
    for index, value in enumerate((data_string, format)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index, type(value)))
    tokens = _FORMAT_CACHE.get(format)
    if tokens is None:
        tokens = _tokenize(format)
        if len(_FORMAT_CACHE) > 100:
            _FORMAT_CACHE.clear()
        _FORMAT_CACHE[format] = tokens
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r'
                         % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s'
                         % data_string[end:])
    # Fields are taken in the order the directives matched: a later one
    # wins (%Y after %y, %b after %m...), as in CPython's _strptime.
    year = month = day = None
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    iso_year = iso_week = week_of_year = weekday = julian = None
    week_starts_mon = True
    for key, value in found.items():
        if key == 'y':
            year = value + (2000 if value <= 68 else 1900)
        elif key == 'Y':
            year = value
        elif key == 'G':
            iso_year = value
        elif key == 'm' or key == 'B' or key == 'b':
            month = value
        elif key == 'd':
            day = value
        elif key == 'H':
            hour = value
        elif key == 'I':
            hour = value
            ampm = found.get('p')
            if ampm is None or ampm == 0:
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = value
        elif key == 'S':
            second = value
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A' or key == 'a':
            weekday = value
        elif key == 'w':
            weekday = (value - 1) % 7
        elif key == 'u':
            weekday = value - 1
        elif key == 'j':
            julian = value
        elif key == 'U' or key == 'W':
            week_of_year = value
            week_starts_mon = key == 'W'
        elif key == 'V':
            iso_week = value
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset_text(value)
        elif key == 'Z':
            tzname = value
    if month is None:
        month = 1
    if day is None:
        day = 1
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive"
                             " ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive"
                             " ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7
            wd = weekday
            if not week_starts_mon:
                first_weekday = (first_weekday + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - first_weekday
            else:
                julian = 1 + (7 - first_weekday) % 7 + \
                    (week_of_year - 1) * 7 + wd
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date_fields(year, month, day)
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    else:
        jan1 = date(year, 1, 1).toordinal()
        result = date.fromordinal(julian - 1 + jan1)
        year, month, day = result._year, result._month, result._day
    if leap_year_fix:
        year = 1900
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    isdst = -1
    if tzname is not None:
        isdst = _zone_isdst(tzname.lower())
    return (year, month, day, hour, minute, second, fraction, gmtoff,
            gmtoff_fraction, tzname, weekday, julian, isdst)


def _zone_isdst(name):
    """0 for a standard-time zone name, 1 for the local summer-time name,
    -1 when ambiguous, as CPython's _strptime decides."""
    local = getattr(_time, 'tzname', None)
    if local is None:
        return 0
    if local[0] == local[1] and getattr(_time, 'daylight', 0) and \
            name not in ('utc', 'gmt'):
        return -1
    if name in ('utc', 'gmt') or name == local[0].lower():
        return 0
    return 1


def _strptime_datetime(cls, data_string, format):
    (y, m, d, hh, mi, ss, us, gmtoff, gmtoff_us,
     tzname) = _strptime_fields(data_string, format)[:10]
    tz = None
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        tz = timezone(delta, tzname) if tzname else timezone(delta)
    return cls(y, m, d, hh, mi, ss, us, tz)
