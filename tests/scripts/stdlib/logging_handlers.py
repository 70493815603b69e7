# logging: handlers (file, rotating, memory, queue), filters, adapters,
# exception and stack info, custom formatters with a fixed clock, threads.
import io
import logging
import logging.handlers
import os
import queue
import sys
import threading
import time


def mkdtemp():
    d = os.path.join(os.environ.get('TMPDIR', '/tmp'),
                     'logtest-%d-%d' % (os.getpid(), time.monotonic_ns()))
    os.mkdir(d)
    return d

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG, force=True,
                    format='%(levelname)s:%(funcName)s:%(message)s')


def fail():
    return 1 / 0


def caught():
    try:
        fail()
    except ZeroDivisionError:
        logging.exception('Error')
    try:
        {}['k']
    except KeyError as e:
        logging.error('with exc %s', 'obj', exc_info=e)
        logging.getLogger('x').warning('tuple', exc_info=sys.exc_info())
    logging.info('no exc', exc_info=True)


caught()
print(out.getvalue().replace(__file__, 'FILE'), end='')

# stacklevel and funcName
out.seek(0)
out.truncate()


def helper(msg):
    logging.info(msg, stacklevel=2)


def outer():
    helper('from helper')
    logging.info('direct')


outer()
print(out.getvalue(), end='')

# stack_info
out.seek(0)
out.truncate()


def deep():
    logging.getLogger('s').warning('stack', stack_info=True)


deep()
lines = out.getvalue().splitlines()
print(lines[0], lines[1], [l.strip() for l in lines if l.strip().startswith('deep()')])

# a formatter with a fixed clock
class Fixed(logging.Formatter):
    converter = time.gmtime


r = logging.LogRecord('fixed', logging.INFO, 'p.py', 1, 'msg', None, None)
r.created = 1796032862.123456
r.msecs = 123.0
f = Fixed('%(asctime)s %(levelname)s %(message)s')
print(f.format(r))
print(Fixed('%(asctime)s', datefmt='%d/%m/%Y %H-%M').format(r))
Fixed.default_msec_format = '%s.%03d'
print(Fixed('{asctime}|{message}', style='{').format(r))
Fixed.default_msec_format = None
print(Fixed('${asctime}', style='$').format(r))
print(len(logging.Formatter('%(asctime)s').format(r)))


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__


h = logging.StreamHandler(sys.stdout)
h.setFormatter(Upper('%(name)s - %(message)s'))
lg = logging.getLogger('custom')
lg.propagate = False
lg.addHandler(h)
lg.warning('shout %s', 'this')
try:
    int('x')
except ValueError:
    lg.exception('bad int')
lg.removeHandler(h)

# filters: objects and callables, on loggers and handlers
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(name)s %(message)s'))
lg = logging.getLogger('filt')
lg.propagate = False
lg.addHandler(h)
h.addFilter(logging.Filter('filt.a'))
for name in ('filt', 'filt.a', 'filt.a.b', 'filt.ab', 'filt.b'):
    logging.getLogger(name).warning('to %s', name)
h.removeFilter(h.filters[0])
lg.addFilter(lambda rec: 'keep' in rec.msg)
lg.warning('drop me')
lg.warning('keep me')
print(buf.getvalue(), end='')

# adapters and extra
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs


buf.seek(0)
buf.truncate()
h.setFormatter(logging.Formatter('%(message)s %(user)s'))
ad = logging.LoggerAdapter(lg, {'user': 'ann'})
ad.warning('keep adapted %d', 1)
print(repr(ad), ad.name, ad.isEnabledFor(10), ad.getEffectiveLevel())
h.setFormatter(logging.Formatter('%(message)s %(funcName)s'))
Ctx(lg, {'id': 7}).warning('keep ctx')
lg.warning('keep extra', extra={'funcName': 'x'}) if False else None
try:
    lg.warning('keep', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
try:
    lg.warning('keep', extra={'lineno': 1})
except KeyError as e:
    print('KeyError', e)
print(buf.getvalue(), end='')

# handleError
saved = sys.stderr
sys.stderr = io.StringIO()
lg.warning('keep %d %d', 1)
err = sys.stderr.getvalue()
sys.stderr = saved
lines = err.splitlines()
print(lines[0], lines[1], lines[-3:])
logging.raiseExceptions = False
sys.stderr = io.StringIO()
lg.warning('keep %d %d', 1)
print(repr(sys.stderr.getvalue()))
sys.stderr = saved
logging.raiseExceptions = True

# file handlers
d = mkdtemp()
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w')
print(repr(fh) == '<FileHandler %s (NOTSET)>' % path, fh.baseFilename == path)
fl = logging.getLogger('file')
fl.propagate = False
fl.addHandler(fh)
fl.warning('line one')
fl.error('line %s', 'two')
fh.close()
fl.removeHandler(fh)
with open(path) as fp:
    print(repr(fp.read()))
fh = logging.FileHandler(path, delay=True)
print(fh.stream)
fl.addHandler(fh)
fl.warning('appended')
fl.removeHandler(fh)
fh.close()
with open(path) as fp:
    print(repr(fp.read()))

rpath = os.path.join(d, 'rot.log')
rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=30, backupCount=2)
rl = logging.getLogger('rot')
rl.propagate = False
rl.addHandler(rh)
for i in range(8):
    rl.warning('message number %d', i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as fp:
        print(name, repr(fp.read()))
    os.remove(os.path.join(d, name))
os.rmdir(d)

# basicConfig(filename=...)
d = mkdtemp()
path = os.path.join(d, 'basic.log')
logging.basicConfig(filename=path, filemode='w', force=True,
                    format='%(levelname)s %(message)s')
logging.warning('to file')
logging.root.handlers[0].flush()
with open(path) as fp:
    print(repr(fp.read()))
logging.basicConfig(stream=out, force=True, level=logging.DEBUG)
os.remove(path)
os.rmdir(d)

# memory and queue handlers
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('mem %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem')
ml.propagate = False
ml.addHandler(mh)
ml.warning('a')
ml.warning('b')
print('buffered', len(mh.buffer))
ml.error('c flushes')
ml.warning('d')
mh.close()
ml.removeHandler(mh)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('q')
ql.propagate = False
ql.addHandler(qh)
sink = logging.StreamHandler(sys.stdout)
sink.setFormatter(logging.Formatter('queued %(levelname)s %(message)s'))
sink.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, sink, respect_handler_level=True)
listener.start()
ql.warning('w %d', 1)
ql.error('e %d', 2)
listener.stop()
print(q.qsize())

# several threads logging at once through one handler
buf = io.StringIO()
th = logging.StreamHandler(buf)
th.setFormatter(logging.Formatter('%(threadName)s %(message)s'))
tl = logging.getLogger('threads')
tl.propagate = False
tl.addHandler(th)


def work(n):
    for i in range(200):
        tl.warning('%d-%d', n, i)


threads = [threading.Thread(target=work, args=(n,), name='W%d' % n)
           for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = buf.getvalue().splitlines()
print(len(lines), all(l.split()[0] == 'W' + l.split()[1].split('-')[0]
                      for l in lines))
print(sorted(set(l.split()[0] for l in lines)))
for n in range(4):
    mine = [int(l.split('-')[1]) for l in lines if l.startswith('W%d ' % n)]
    print(mine == list(range(200)), end=' ')
print()
