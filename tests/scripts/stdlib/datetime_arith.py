# datetime: arithmetic, comparison, normalisation and rounding edge cases.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as D

print(MINYEAR, MAXYEAR, D.UTC is timezone.utc, sorted(D.__all__) if hasattr(D, '__all__') else None)

# timedelta normalisation and repr/str
for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}),
                 ((0, -1), {}), ((0, 0, -1), {}), ((1, 86399, 999999), {}),
                 ((), {'weeks': 1, 'days': -1, 'hours': 25, 'minutes': 61,
                       'seconds': 61, 'milliseconds': 1001, 'microseconds': 1001}),
                 ((1.5,), {}), ((0, 0.5), {}), ((0, 0, 0.5), {}), ((0, 0, 1.5), {}),
                 ((0, 0, 2.5), {}), ((0, 0, -0.5), {}), ((0, 0, -1.5), {}),
                 ((), {'hours': 1.5, 'minutes': 0.25}), ((), {'milliseconds': 0.0005}),
                 ((), {'milliseconds': 0.0015}), ((1 / 3,), {}), ((-1 / 3,), {}),
                 ((2 / 3, 2 / 3, 2 / 3), {}), ((), {'seconds': 1e-7}),
                 ((), {'weeks': 0.1}), ((True,), {}), ((999999999,), {}),
                 ((-999999999,), {})]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(),
          bool(td))

a = timedelta(days=1, hours=2)
b = timedelta(hours=-5, microseconds=3)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(a), repr(-timedelta.min + timedelta.min))
print(a * 3, 3 * a, a * -1, a * 0.5, a * 1e-7, b * 2.5, a * (1 / 3))
print(a / 4, a / 7, a / 0.3, a / a, a / b, a // b, a // 7, a // -7, a % b, divmod(a, b))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2,
      timedelta(microseconds=-5) / 2, timedelta(microseconds=5) * 0.5,
      timedelta(microseconds=15) * 0.1)
print(a == timedelta(hours=26), a != b, a > b, a >= a, b < a, b <= a, a == 1, a != 'x')
print(sorted([a, b, timedelta(0), -a]))
print(hash(timedelta(0)) == hash(timedelta(microseconds=0)), {a: 1}[timedelta(hours=26)])
print(timedelta.min, timedelta.max, timedelta.resolution)
print(timedelta(seconds=3661).total_seconds(), timedelta(microseconds=-1).total_seconds())

# dates
d = date(2024, 2, 28)
print(d + timedelta(1), d + timedelta(2), d - timedelta(59), d + timedelta(hours=23),
      d + timedelta(hours=-1), timedelta(366) + d)
print(date(2026, 11, 30) - date(2000, 1, 1), date(2000, 1, 1) - date(2026, 11, 30))
print(date(2026, 1, 1) < date(2026, 1, 2), date(2026, 1, 1) == date(2026, 1, 1),
      date(2026, 1, 1) != date(2026, 1, 1), date(2026, 1, 1) == '2026-01-01')
print(sorted([date(2026, 3, 1), date(2025, 12, 31), date(2026, 1, 15)]))
print(date.min, date.max, date.resolution, date.min.toordinal(), date.max.toordinal())
print(date(2026, 11, 30).replace(day=1), date(2026, 11, 30).replace(year=2027, month=2, day=28))
for y in (1, 4, 100, 400, 1900, 2000, 2024, 2026, 9999):
    for m, dd in ((1, 1), (2, 28), (12, 31)):
        x = date(y, m, dd)
        print(x, x.toordinal(), x.weekday(), x.isoweekday(), tuple(x.isocalendar()),
              x.timetuple().tm_yday, date.fromordinal(x.toordinal()) == x)
ic = date(2026, 11, 30).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], len(ic), tuple(ic) == ic)
print(date.fromisocalendar(2026, 49, 1), date.fromisocalendar(2020, 53, 7),
      date.fromisocalendar(2021, 1, 1))

# datetimes
x = datetime(2026, 11, 30, 23, 59, 59, 999999)
print(x + timedelta(microseconds=1), x - timedelta(days=365), x + timedelta(days=-1, seconds=1))
print(x - datetime(2026, 11, 30), datetime(2026, 11, 30) - x, x - x)
print(datetime(2024, 2, 29, 12) + timedelta(days=365), datetime(2024, 3, 1) - timedelta(seconds=1))
print(repr(x), repr(datetime(2026, 1, 1)), repr(datetime(2026, 1, 1, 1)),
      repr(datetime(2026, 1, 1, 0, 0, 1)), repr(datetime(2026, 1, 1, 0, 0, 0, 1)),
      repr(datetime(2026, 1, 1, fold=1)))
print(x.date(), repr(x.time()), repr(x.timetz()), x.replace(microsecond=0), x.year,
      x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(x > datetime(2026, 11, 30), x == x.replace(), x == x.replace(fold=1),
      hash(x) == hash(x.replace(fold=1)), datetime(2026, 1, 1) == date(2026, 1, 1),
      datetime(2026, 1, 1) != date(2026, 1, 1))
print(datetime.min, datetime.max, datetime.resolution)
print(datetime.combine(date(2026, 1, 2), time(3, 4, 5, 6)),
      datetime.combine(date(2026, 1, 2), time(3, tzinfo=timezone.utc)),
      datetime.combine(date(2026, 1, 2), time(3, tzinfo=timezone.utc), tzinfo=None))
print(datetime.fromordinal(739000), datetime(2026, 11, 30).toordinal())
print(x.timetuple())
print(x.ctime(), date(2026, 1, 5).ctime())

# time zones
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
est = timezone(timedelta(hours=-5))
odd = timezone(timedelta(hours=-3, minutes=-30, seconds=-15, microseconds=-12))
for tz in (utc, ist, est, odd, timezone(timedelta(0)), timezone(timedelta(0), 'Z'),
           timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), hash(tz) == hash(tz.utcoffset(None)))
print(timezone(timedelta(0)) is utc, ist == timezone(timedelta(hours=5.5)), est != utc)
a = datetime(2026, 11, 30, 12, 0, tzinfo=ist)
b = datetime(2026, 11, 30, 6, 30, tzinfo=utc)
print(a == b, a - b, hash(a) == hash(b), a.utcoffset(), a.tzname(), a.dst(), repr(a))
print(a.astimezone(utc), a.astimezone(est), b.astimezone(ist), a.astimezone(ist) is a)
print(a.isoformat(), a.isoformat(' ', 'minutes'), odd.tzname(None),
      datetime(2026, 1, 1, tzinfo=odd).isoformat())
print(a.utctimetuple(), a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(1796032862.123456, utc), datetime.fromtimestamp(0, ist),
      datetime.fromtimestamp(-1.5, utc), datetime.fromtimestamp(1.0000005, utc),
      datetime.fromtimestamp(1.0000015, utc), datetime.fromtimestamp(0.9999996, utc))
print(datetime.utcfromtimestamp(1796032862), datetime.utcfromtimestamp(86399.9999999))
print(sorted([a, b.replace(hour=7), datetime(2026, 11, 30, tzinfo=est)]))
t1 = time(12, tzinfo=ist)
t2 = time(6, 30, tzinfo=utc)
print(t1 == t2, t1 < time(7, tzinfo=utc), hash(t1) == hash(t2), t1.utcoffset(), t1.tzname(),
      repr(t1), str(t1), t1.isoformat('hours'))
print(repr(time(1, 2, 3, fold=1)), time(1) == time(1, fold=1), bool(time(0)),
      time.min, time.max, time.resolution)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, time(1, 2, 3, 4567).isoformat(spec), datetime(2026, 1, 1, 1, 2, 3).isoformat(timespec=spec))

# subclasses keep their class through arithmetic
class MyDate(date):
    pass


class MyDT(datetime):
    def __repr__(self):
        return 'MyDT<%s>' % self.isoformat()


md = MyDate(2026, 1, 1)
print(type(md + timedelta(1)).__name__, type(md - timedelta(1)).__name__, repr(md),
      type(md.replace(day=2)).__name__, type(MyDate.fromordinal(5)).__name__,
      type(MyDate.today()).__name__)
m = MyDT(2026, 1, 1, 12)
print(m + timedelta(hours=1), repr(m - timedelta(days=1)), type(m - m).__name__,
      type(MyDT.fromtimestamp(0)).__name__, type(MyDT.combine(md, time())).__name__,
      type(MyDT.now(utc)).__name__, type(m.astimezone(utc)).__name__)


class TD(timedelta):
    pass


print(repr(TD(1)), type(TD(1) + TD(1)).__name__, type(-TD(1)).__name__, type(TD(1) * 2).__name__)
print(type(date), date.__name__, date.__qualname__, date.__module__, datetime.__mro__)
