# datetime: strftime/format, isoformat/fromisoformat, strptime, the clock
# (relations only), pickling and copying.
import copy
import pickle
import time as _time
from datetime import date, datetime, time, timedelta, timezone

x = datetime(2026, 11, 30, 10, 1, 2, 123456)
aware = x.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'NST'))
for fmt in ('%Y-%m-%d %H:%M:%S', '%a %A %b %B %d %j %U %W %w %y %p %I',
            '%f', '%z|%Z', '%%f %%z %%%f', '%H:%M:%S.%f%z', '%c', '%x %X', '', 'plain',
            '%G-W%V-%u', '%e'):
    print(repr(fmt), repr(x.strftime(fmt)), repr(aware.strftime(fmt)),
          repr(date(2026, 1, 4).strftime(fmt)), repr(time(7, 8, 9, 10).strftime(fmt)))
print(f'{x:%Y/%m/%d}', f'{x}', f'{date(2026, 1, 1):%b %d}', f'{time(1, 2):%H.%M}', format(x, ''))
print(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=1), '%Z%%')).strftime('%Z'))
print(date(1900, 1, 1).strftime('%Y %A'), date(2000, 2, 29).strftime('%j %U %W'))

for s in ('2026-11-30', '20261130', '2026-W49-1', '2026W491', '2026-W49', '2026W49'):
    print(s, repr(date.fromisoformat(s)))
for s in ('2026-11-30T10:01:02', '2026-11-30 10:01', '2026-11-30T10', '2026-11-30T10:01:02.123',
          '2026-11-30T10:01:02.123456789', '2026-11-30T10:01:02,5', '2026-11-30T10:01:02Z',
          '2026-11-30T10:01:02+05:30', '2026-11-30T10:01:02-0330', '2026-11-30T10:01:02+05',
          '2026-11-30T10:01:02.5+05:30:15', '20261130T100102', '2026-11-30T24:00:00',
          '2026-11-30', '2026-11-30x10:01', '2026-W49-1T10:01', '2026-11-30T10:01:02+00:00'):
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for s in ('10:01:02', '10:01', '10', 'T10:01', '10:01:02.123456', '100102', '10:01:02+01:00',
          '10:01:02Z', '25:00', '10:01:', '10:01:02.', '1001'):
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for v in (x, aware, x.replace(microsecond=0), datetime(2026, 1, 1, tzinfo=timezone.utc),
          datetime(2026, 1, 1, tzinfo=timezone(timedelta(seconds=-1, microseconds=1)))):
    s = v.isoformat()
    print(s, datetime.fromisoformat(s) == v, str(v))
for v in (time(1, 2, 3, 4), time(1, 2, tzinfo=timezone.utc), time(23, 59, 59)):
    print(v.isoformat(), time.fromisoformat(v.isoformat()) == v)

tests = [
    ('2026-11-30 10:01:02', '%Y-%m-%d %H:%M:%S'),
    ('30/11/26', '%d/%m/%y'),
    ('30/11/69', '%d/%m/%y'),
    ('30/11/68', '%d/%m/%y'),
    ('Monday 30 November 2026', '%A %d %B %Y'),
    ('mon 30 nov 2026', '%a %d %b %Y'),
    ('10:01:02.5', '%H:%M:%S.%f'),
    ('10:01:02.123456', '%H:%M:%S.%f'),
    ('12am', '%I%p'),
    ('12pm', '%I%p'),
    ('3 PM', '%I %p'),
    ('3', '%I'),
    ('2026 334', '%Y %j'),
    ('2026 48 1', '%Y %W %w'),
    ('2026 48 0', '%Y %U %w'),
    ('2026 0 3', '%Y %W %w'),
    ('2026 49 1', '%G %V %u'),
    ('2026 1 Mon', '%G %V %a'),
    ('20261130', '%Y%m%d'),
    ('1112', '%d%m'),
    ('2026-11-30T10:01:02+0530', '%Y-%m-%dT%H:%M:%S%z'),
    ('2026-11-30T10:01:02-05:30', '%Y-%m-%dT%H:%M:%S%z'),
    ('2026-11-30T10:01:02Z', '%Y-%m-%dT%H:%M:%S%z'),
    ('10:01:02 +01:02:03.5', '%H:%M:%S %z'),
    ('10:01 UTC', '%H:%M %Z'),
    ('10:01 GMT +0100', '%H:%M %Z %z'),
    ('  2026   11', ' %Y %m'),
    ('2026\t11', '%Y %m'),
    ('100%', '%d%%'),
    ('Mon Nov 30 10:01:02 2026', '%c'),
    ('11/30/26', '%x'),
    ('10:01:02', '%X'),
    (' 5', '%d'),
    ('5', '%d'),
    ('1', '%m'),
    ('2026-02-29', '%Y-%m-%d'),
    ('2024-02-29', '%Y-%m-%d'),
    ('9 Jan', '%d %b'),
    ('JANUARY 9', '%B %d'),
]
for s, f in tests:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError:', e)

# the clock: only relations
n1 = datetime.now()
u = datetime.utcnow()
t = datetime.today()
n2 = datetime.now()
print(n1 <= t <= n2, n2 - n1 < timedelta(seconds=5), n1.tzinfo, u.tzinfo)
print(abs(datetime.now(timezone.utc) - datetime.now().astimezone()) < timedelta(seconds=5))
print(abs(datetime.now().timestamp() - _time.time()) < 5, date.today() == datetime.now().date()
      or date.today() == datetime.now().date())
now = datetime.now(timezone.utc)
print(now.tzinfo is timezone.utc, len(now.isoformat()) in (25, 32), now.utcoffset())
ts = 1796032862.25
print(datetime.fromtimestamp(ts, timezone.utc).timestamp() == ts,
      datetime.fromtimestamp(ts).timestamp() == ts,
      date.fromtimestamp(ts) == datetime.fromtimestamp(ts).date())
local = datetime.fromtimestamp(ts)
print(local.astimezone().tzinfo is not None, local.astimezone().timestamp() == ts,
      local.astimezone(timezone.utc) == datetime.fromtimestamp(ts, timezone.utc))

# pickling and copying
objs = [x, aware, date(2026, 1, 2), time(1, 2, 3, 4), time(5, tzinfo=timezone.utc),
        timedelta(1, 2, 3), timezone.utc, timezone(timedelta(hours=2), 'X'),
        x.replace(fold=1), datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-1)))]
for o in objs:
    for proto in (0, 2, 4, pickle.HIGHEST_PROTOCOL):
        r = pickle.loads(pickle.dumps(o, proto))
        assert r == o and type(r) is type(o), (o, proto, r)
    print(repr(copy.copy(o)), copy.deepcopy(o) == o)
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc)
print(pickle.loads(pickle.dumps(x.replace(fold=1), 4)).fold,
      pickle.loads(pickle.dumps(x.replace(fold=1), 2)).fold)

# CPython 3.11's lenient ISO parser, case by case
for s in ('2026-11-30x1234560501', '2026-11-30T10.5', '2026-11-30T10:01:02:5',
          '2026-11-30T05-0123', '2026-11-30T05+01:02:03.5', '2026-11-30T05-00:00:00.5',
          '2026-11-30T05+24', '2026113012', '2026-W53-7T1', '2026W537', '2026W5371',
          '2026-W01-1-10', '2026-11-30T10:01:02.+01:00', '2026-11-30T10Z1', '2026-11-30T1',
          '2026-11', '2026W01', '2026-W01', '2026-W1', '2026-11-30\ud800T10', '2026-11-30é10',
          '2026-11-30T10:01:02.1234567890', '2026-11-30 10:0102'):
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try:
            print(repr(s), f.__qualname__, repr(f(s)))
        except ValueError as e:
            print(repr(s), f.__qualname__, 'ValueError:', e)

# strptime corner cases: the order fields are taken in, ISO weeks, %V's
# one-digit form, %z's colons
for s, f in (('98 2026', '%y %Y'), ('2026 98', '%Y %y'), ('3 February', '%m %B'),
             ('2026 1 1', '%G %V %u'), ('2027 1 1', '%G %V %u'), ('2026 0 1', '%G %V %u'),
             ('2026 53 7', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('2026 5 3', '%Y %V %u'),
             ('5 3', '%V %u'), ('2026 5', '%G %V'), ('2026 5 3 12', '%G %V %u %j'),
             ('2026 5', '%G %j'), ('0', '%V'), ('00', '%V'), ('2026 0 0', '%Y %U %w'),
             ('2026 0 6', '%Y %W %w'), ('1900 366', '%Y %j'), ('2000 366', '%Y %j'),
             ('+05:3015', '%z'), ('+0530:15', '%z'), ('+05:30:15.5', '%z'),
             ('+053015.123', '%z'), ('-00:00:01', '%z'), ('12 pm 7', '%I %p %H'),
             ('7 12 pm', '%H %I %p')):
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError:', e)
