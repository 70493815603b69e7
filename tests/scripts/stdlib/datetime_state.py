# datetime/time: pickled state, replace() and read-only fields shared by time and datetime
import pickle
from datetime import datetime, time, date, timezone, timedelta

tz = timezone(timedelta(hours=2), 'X')
objs = [time(1, 2, 3, 456789), time(23, 59, 59, 1, tz, fold=1),
        datetime(2020, 5, 6, 7, 8, 9, 10), datetime(1, 1, 1, fold=1),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tz, fold=1), date(2000, 2, 29)]
for o in objs:
    for proto in (0, 2, 3, 4, 5):
        r = o.__reduce_ex__(proto) if hasattr(o, 'fold') else o.__reduce__()
        back = pickle.loads(pickle.dumps(o, proto))
        print(proto, r[1], type(back).__name__, back, getattr(back, 'tzinfo', '-'),
              getattr(back, 'fold', '-'))
    print(o.__reduce__())
    print(type(o)(*o.__reduce__()[1]) == o)

class T(time):
    pass
class DT(datetime):
    pass
print(repr(T(b'\x81\x02\x03\x00\x00\x05')), T(b'\x81\x02\x03\x00\x00\x05').fold)
x = DT(b'\x07\xe4\x85\x06\x07\x08\x09\x00\x01\x00', tz)
print(type(x).__name__, x, x.fold)
print(repr(time('\x0c\x00\x00\x00\x00\x01', tz)))
for bad in [            lambda: datetime(2000), lambda: datetime(2000, 1),
            lambda: date(2000), lambda: date(2000, 1),
            lambda: datetime(2000, 13, 1), lambda: time(24)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

t = time(1, 2, 3, 4, tz, fold=1)
print(repr(t.replace()), repr(t.replace(hour=5, tzinfo=None, fold=0)))
d = DT(2001, 2, 3, 4, 5, 6, 7, tz, fold=1)
print(d.replace(), d.replace().fold, type(d.replace()).__name__)
print(repr(d.replace(year=2002, minute=0, microsecond=0, tzinfo=None)))
print(d + timedelta(days=1), type(d + timedelta(days=1)).__name__)
for o in (t, datetime(2001, 2, 3, 4, 5, 6, 7)):
    print(o.hour, o.minute, o.second, o.microsecond, o.tzinfo, o.fold)
    for name in ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'):
        try:
            setattr(o, name, 1)
        except AttributeError as e:
            print(e)
        try:
            delattr(o, name)
        except AttributeError as e:
            print(e)
print(format(t, ''), format(t, '%H-%M'), format(date(2000, 1, 2), '%d'))
try:
    format(t, 5)
except TypeError as e:
    print(e)
