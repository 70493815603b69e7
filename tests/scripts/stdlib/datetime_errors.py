# datetime: argument checks and error messages, as CPython's C module.
import datetime as D
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


attempt('month', lambda: date(2026, 13, 1))
attempt('year0', lambda: date(0, 1, 1))
attempt('year10000', lambda: datetime(10000, 1, 1))
attempt('feb30', lambda: date(2026, 2, 30))
attempt('feb29', lambda: date(2100, 2, 29))
attempt('feb29 ok', lambda: date(2000, 2, 29))
attempt('str year', lambda: date('2026', 1, 1))
attempt('float year', lambda: date(1.5, 1, 1))
attempt('missing', lambda: date(2026))
attempt('missing dt', lambda: datetime(2026, 1))
attempt('hour', lambda: time(24))
attempt('minute', lambda: datetime(2026, 1, 1, 1, 60))
attempt('second', lambda: time(1, 1, 60))
attempt('micro', lambda: time(1, 1, 1, 10**6))
attempt('fold', lambda: time(fold=2))
attempt('tzinfo', lambda: time(tzinfo=1))
attempt('dt tzinfo', lambda: datetime(2026, 1, 1, tzinfo='UTC'))
attempt('td str', lambda: timedelta(days='1'))
attempt('td big', lambda: timedelta(10**9))
attempt('td neg big', lambda: timedelta(-10**9))
attempt('td max+', lambda: timedelta.max + timedelta.resolution)
attempt('date+1', lambda: date(2026, 1, 1) + 1)
attempt('1+date', lambda: 1 + date(2026, 1, 1))
attempt('dt-1', lambda: datetime(2026, 1, 1) - 1)
attempt('td+1', lambda: timedelta(1) + 1)
attempt('td*str', lambda: timedelta(1) * 'a')
attempt('td/0', lambda: timedelta(1) / 0)
attempt('td//0', lambda: timedelta(1) // 0)
attempt('td/td0', lambda: timedelta(1) / timedelta(0))
attempt('td<1', lambda: timedelta(1) < 1)
attempt('td==1', lambda: timedelta(1) == 1)
attempt('date overflow', lambda: date.max + timedelta(1))
attempt('date underflow', lambda: date.min - timedelta(1))
attempt('dt overflow', lambda: datetime.max + timedelta(microseconds=1))
attempt('dt<date', lambda: datetime(2026, 1, 1) < date(2026, 1, 1))
attempt('date<dt', lambda: date(2026, 1, 1) < datetime(2026, 1, 1))
attempt('date==dt', lambda: date(2026, 1, 1) == datetime(2026, 1, 1))
attempt('date-dt', lambda: date(2026, 1, 1) - datetime(2026, 1, 1))
attempt('naive-aware', lambda: datetime(2026, 1, 1) - datetime(2026, 1, 1, tzinfo=timezone.utc))
attempt('naive<aware', lambda: datetime(2026, 1, 1) < datetime(2026, 1, 1, tzinfo=timezone.utc))
attempt('naive==aware', lambda: datetime(2026, 1, 1) == datetime(2026, 1, 1, tzinfo=timezone.utc))
attempt('time naive<aware', lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt('tz int', lambda: timezone(1))
attempt('tz day', lambda: timezone(timedelta(1)))
attempt('tz -day', lambda: timezone(-timedelta(1)))
attempt('tz name', lambda: timezone(timedelta(0), 1))
attempt('tz utcoffset', lambda: timezone.utc.utcoffset(1))
attempt('tz fromutc', lambda: timezone.utc.fromutc(datetime(2026, 1, 1)))
attempt('iso x', lambda: date.fromisoformat('x'))
attempt('iso int', lambda: date.fromisoformat(1))
attempt('iso dt', lambda: datetime.fromisoformat('2026-01-01T25:00'))
attempt('iso time', lambda: time.fromisoformat('10:6'))
attempt('isoformat sep', lambda: datetime(2026, 1, 1).isoformat(sep='ab'))
attempt('timespec', lambda: datetime(2026, 1, 1).isoformat(timespec='x'))
attempt('strftime int', lambda: date(1, 1, 1).strftime(1))
attempt('format int', lambda: format(date(1, 1, 1), 1))
attempt('ordinal 0', lambda: date.fromordinal(0))
attempt('ordinal max', lambda: date.fromordinal(3652059))
attempt('ordinal max+1', lambda: date.fromordinal(3652060))
attempt('astimezone int', lambda: datetime(2026, 1, 1, tzinfo=timezone.utc).astimezone(1))
attempt('fromtimestamp big', lambda: datetime.fromtimestamp(1e20))
attempt('fromtimestamp nan', lambda: datetime.fromtimestamp(float('nan')))
attempt('fromtimestamp str', lambda: datetime.fromtimestamp('1'))
attempt('tzinfo abstract', lambda: tzinfo().utcoffset(None))
attempt('tzinfo tzname', lambda: tzinfo().tzname(None))
attempt('fromisocalendar w', lambda: date.fromisocalendar(2026, 54, 1))
attempt('fromisocalendar d', lambda: date.fromisocalendar(2026, 1, 8))
attempt('fromisocalendar y', lambda: date.fromisocalendar(0, 1, 1))
attempt('fromisocalendar 53', lambda: date.fromisocalendar(2026, 53, 1))
attempt('fromisocalendar 53 ok', lambda: date.fromisocalendar(2020, 53, 5))
attempt('combine', lambda: datetime.combine(1, time()))
attempt('combine2', lambda: datetime.combine(date(2026, 1, 1), 1))
attempt('replace', lambda: date(2026, 1, 31).replace(month=2))


class BadTZ(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return 5


attempt('bad offset type', lambda: datetime(2026, 1, 1, tzinfo=BadTZ(1)).utcoffset())
attempt('bad offset size', lambda: datetime(2026, 1, 1, tzinfo=BadTZ(timedelta(2))).isoformat())
attempt('bad tzname', lambda: datetime(2026, 1, 1, tzinfo=BadTZ(None)).tzname())
attempt('fromutc no dst', lambda: BadTZ(timedelta(0)).fromutc(datetime(2026, 1, 1, tzinfo=None)))
attempt('strptime bad', lambda: datetime.strptime('2026', '%Q'))
attempt('strptime left', lambda: datetime.strptime('2026x', '%Y'))
attempt('strptime nomatch', lambda: datetime.strptime('x', '%Y'))
attempt('strptime stray', lambda: datetime.strptime('1', '%'))
attempt('strptime int', lambda: datetime.strptime(1, '%Y'))
attempt('strptime feb29', lambda: datetime.strptime('02-29', '%m-%d'))
attempt('strptime 31 feb', lambda: datetime.strptime('2026-02-31', '%Y-%m-%d'))
attempt('strptime sec 61', lambda: datetime.strptime('61', '%S'))
attempt('strptime %G', lambda: datetime.strptime('2026', '%G'))
attempt('strptime %V', lambda: datetime.strptime('2026 10 1', '%Y %V %u'))
attempt('strptime %j %G', lambda: datetime.strptime('2026 10 1 5', '%G %V %u %j'))

# the fields are read-only, as the C getters say
d = datetime(2026, 1, 1)
attempt('set year', lambda: setattr(d, 'year', 2))
attempt('set hour', lambda: setattr(d, 'hour', 2))
attempt('del day', lambda: delattr(date(2026, 1, 1), 'day'))
attempt('set days', lambda: setattr(timedelta(1), 'days', 3))
attempt('set tzinfo', lambda: setattr(time(), 'tzinfo', None))
attempt('new attr', lambda: setattr(d, 'foo', 1))
attempt('get attr', lambda: d.foo)

# overflow wording, format specs on types without strftime
attempt('td 1e20', lambda: timedelta(hours=1) * 1e20)
attempt('td 2**31 days', lambda: timedelta(days=2**31))
attempt('td 2**31-1 days', lambda: timedelta(days=2**31 - 1))
attempt('td -2**31 days', lambda: timedelta(days=-2**31))
attempt('td inf', lambda: timedelta(hours=1) * float('inf'))
attempt('td nan', lambda: timedelta(hours=1) / float('nan'))
attempt('format td', lambda: format(timedelta(1), '>20'))
attempt('format td empty', lambda: format(timedelta(1), ''))
attempt('format tz', lambda: format(timezone.utc, 'x'))
attempt('td __format__ int', lambda: timedelta(1).__format__(1))
