# logging: basicConfig, module functions, levels, the logger tree, reprs,
# lastResort, records' attributes and the three format styles.
import io
import logging
import sys

# Before any configuration: lastResort prints WARNING+ messages bare.
saved = sys.stderr
sys.stderr = io.StringIO()
log = logging.getLogger('early')
log.info('not shown')
log.warning('warned %d', 1)
log.error('failed')
print(repr(sys.stderr.getvalue()))
sys.stderr = saved

print(logging.getLevelName(10), logging.getLevelName('INFO'),
      logging.getLevelName(33), logging.getLevelName('nope'))
print(sorted(logging.getLevelNamesMapping().items()))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.INFO)
logging.debug('hidden')
logging.info('info %s %r', 'a', 'b')
logging.warning('warning')
logging.error('error %(x)s', {'x': 42})
logging.critical('critical')
logging.log(25, 'notice')
logging.fatal('fatal')
print(out.getvalue(), end='')

# basicConfig a second time is a no-op; force=True replaces the handler.
out2 = io.StringIO()
logging.basicConfig(stream=out2, format='%(message)s')
logging.info('still first')
logging.basicConfig(stream=out2, format='[%(levelname)-8s] %(name)s: %(message)s',
                    force=True)
logging.info('second')
a = logging.getLogger('app')
ab = logging.getLogger('app.db')
ab.warning('db %s', 'down')
print(out.getvalue().splitlines()[-1])
print(out2.getvalue(), end='')

# the tree
print(ab.parent is a, a.parent is logging.root, logging.getLogger() is logging.root)
print(logging.getLogger('root') is logging.root)
x = logging.getLogger('p.q.r')
print(x.parent is logging.root)
p = logging.getLogger('p')
print(x.parent is p)
pq = logging.getLogger('p.q')
print(x.parent is pq, pq.parent is p)
print(a.getChild('db') is ab, logging.root.getChild('app') is a)
print(repr(logging.root), repr(a), repr(ab))
a.setLevel('DEBUG')
print(repr(ab), ab.getEffectiveLevel(), ab.isEnabledFor(10), ab.level)
ab.debug('debug via parent level')
a.setLevel(logging.NOTSET)
print(ab.isEnabledFor(10), ab.isEnabledFor(20))
a.propagate = False
ab.error('lost')  # no handler on app, propagation stops: lastResort
a.propagate = True
print(a.hasHandlers(), logging.getLogger('zzz').hasHandlers())

# disabled loggers and logging.disable
ab.disabled = True
ab.error('disabled')
ab.disabled = False
logging.disable(logging.WARNING)
ab.warning('suppressed')
ab.error('passes')
logging.disable(logging.NOTSET)
print(out2.getvalue().splitlines()[-1])

# errors
for bad in ('LOUD', 1.5, None):
    try:
        logging.getLogger('e').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)
try:
    logging.root.log('INFO', 'x')
except TypeError as e:
    print(e)
try:
    logging.basicConfig(force=True, stream=out2, filename='x.log')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, bogus=1, other=2)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, style='#')
except ValueError as e:
    print(e)

# handlers' reprs
h = logging.StreamHandler(sys.stdout)
print(repr(h), repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()))
h.setLevel(logging.ERROR)
print(repr(h), repr(logging.lastResort))
h.name = 'console'
print(h.name, h.get_name())

# a record by hand
r = logging.LogRecord('n', logging.INFO, '/a/b/mod.py', 12, 'm %s', ('v',), None,
                      'fn')
print(repr(r), r.getMessage(), r.filename, r.module, r.funcName, r.levelname,
      r.lineno, r.exc_info, r.stack_info, r.exc_text, r.processName,
      r.threadName)
print(sorted(k for k in vars(r)))
print(type(r.created).__name__, type(r.msecs).__name__, r.msecs == int(r.msecs),
      0 <= r.msecs < 1000, type(r.relativeCreated).__name__,
      type(r.thread).__name__, type(r.process).__name__)
m = logging.makeLogRecord({'msg': 'made', 'levelno': 40, 'custom': 1})
print(m.getMessage(), m.levelno, m.custom, m.name)

# styles
for fmt, style in (('%(levelname)s|%(name)s|%(message)s|%(lineno)d', '%'),
                   ('{levelname}|{name}|{message}|{lineno:>4}', '{'),
                   ('$levelname|${name}|$message|$funcName', '$')):
    f = logging.Formatter(fmt, style=style)
    print(f.format(r), f.usesTime())
print(logging.Formatter('%(asctime)s').usesTime(),
      logging.Formatter('{asctime}', style='{').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime())
for fmt, style in (('no fields', '%'), ('%(x)', '%'), ('{}', '{'), ('plain', '{'),
                   ('{x!z}', '{'), ('{x:<<<}', '{'), ('$ x', '$'), ('none', '$'),
                   ('{', '{')):
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print(e)
print(logging.Formatter('%(message)s %(missing)s', defaults={'missing': 'D'}).format(r))
try:
    logging.Formatter('%(message)s %(missing)s').format(r)
except ValueError as e:
    print(e)
print(logging.Formatter().format(r), logging.BASIC_FORMAT)
