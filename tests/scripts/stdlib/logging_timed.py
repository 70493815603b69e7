# logging.handlers.TimedRotatingFileHandler: rollover times (fixed clock,
# UTC), suffixes, renaming and deleting old files, argument errors.
import datetime
import logging
import logging.handlers
import os
import re
import time

d = os.path.join(os.environ.get('TMPDIR', '/tmp'),
                 'logtimed-%d-%d' % (os.getpid(), time.monotonic_ns()))
os.mkdir(d)
path = os.path.join(d, 'app.log')
T = 1796032862    # Monday 2026-11-30 10:01:02 UTC

for when, interval, at in (('S', 1, None), ('m', 5, None), ('H', 2, None), ('D', 1, None),
                           ('midnight', 1, None), ('MIDNIGHT', 1, datetime.time(3, 30)),
                           ('midnight', 1, datetime.time(9)), ('W0', 1, None),
                           ('W2', 1, None), ('W6', 1, datetime.time(12))):
    h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval,
                                                  utc=True, atTime=at, delay=True)
    r = h.computeRollover(T)
    print(when, interval, at, h.when, h.interval, h.suffix, h.extMatch.pattern, r - T,
          time.strftime('%Y-%m-%d %H:%M:%S %a', time.gmtime(r)))
    h.close()

for bad in ('X', 'W', 'W7', 'W12'):
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad, delay=True)
    except ValueError as e:
        print(e)

h = logging.handlers.TimedRotatingFileHandler(path, when='S', backupCount=2, utc=True)
log = logging.getLogger('timed')
log.propagate = False
log.addHandler(h)
h.setFormatter(logging.Formatter('%(message)s'))
print(0 <= h.rolloverAt - int(time.time()) <= 1)
log.warning('first')
stamps = ['2026-11-30_10-00-0%d' % i for i in range(5)]
for s in stamps:
    open(path + '.' + s, 'w').close()
open(path + '.unrelated', 'w').close()
h.rolloverAt = int(time.time()) - 1
print(h.shouldRollover(None))
log.warning('second')
names = sorted(os.listdir(d))
print(len(names), [n for n in names if n[8:] in stamps or n.endswith('unrelated')])
rolled = [n for n in names if n.startswith('app.log.') and n[8:] not in stamps and n != 'app.log.unrelated']
print(len(rolled), all(re.fullmatch(r'app\.log\.\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d', n) for n in rolled))
with open(path) as f:
    print(repr(f.read()))
with open(os.path.join(d, rolled[0])) as f:
    print(repr(f.read()))
print(h.rolloverAt > time.time() - 1)
log.removeHandler(h)
h.close()
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
