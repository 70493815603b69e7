# logging: captured warnings, custom logger classes and record factories,
# logging inside asyncio tasks, chained exceptions, deprecations, pickling.
import asyncio
import io
import logging
import pickle
import sys
import warnings

out = io.StringIO()
handler = logging.StreamHandler(out)
logging.basicConfig(handlers=[handler], level=logging.DEBUG, style='{',
                    format='{levelname:<8}|{name}|{funcName}|{message}')
print(handler.formatter._fmt, handler.formatter._style.__class__.__name__)

# warnings routed to the 'py.warnings' logger
logging.captureWarnings(True)
warnings.warn('careful', UserWarning)
logging.captureWarnings(False)
text = out.getvalue()
print(text.split('|')[:3], 'UserWarning: careful' in text)
out.seek(0)
out.truncate()


class Tagged(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info('[tag] ' + msg, *args, **kwargs)


logging.setLoggerClass(Tagged)
t = logging.getLogger('tagged')
logging.setLoggerClass(logging.Logger)
print(type(t).__name__, logging.getLoggerClass().__name__, type(logging.getLogger('plain')).__name__)
t.info('hello %s', 'there')
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = 'C'
    return record


logging.setLogRecordFactory(factory)
handler.setFormatter(logging.Formatter('%(custom)s %(message)s'))
logging.info('with factory')
logging.setLogRecordFactory(old_factory)
handler.setFormatter(logging.Formatter('%(levelname)s|%(funcName)s|%(message)s'))


async def worker(n):
    logging.getLogger('aio').info('task %d start', n)
    await asyncio.sleep(0)
    logging.getLogger('aio').info('task %d end', n)


async def main():
    await asyncio.gather(*(worker(i) for i in range(3)))


logging.getLogger("asyncio").setLevel(logging.WARNING)
asyncio.run(main())


def chained():
    try:
        try:
            raise KeyError('inner')
        except KeyError as e:
            raise ValueError('outer') from e
    except ValueError:
        logging.getLogger('chain').exception('chained %s', 'failure')


chained()
print(out.getvalue().replace(__file__, 'FILE'), end='')

# deprecated warn()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    logging.getLogger('old').warn('old style')
    logging.warn('module old style')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

# pickling loggers
print(pickle.loads(pickle.dumps(logging.getLogger('a.b'))) is logging.getLogger('a.b'),
      pickle.loads(pickle.dumps(logging.root)) is logging.root)

# levels through the tree with placeholders
logging.getLogger('x.y.z').setLevel(logging.ERROR)
mid = logging.getLogger('x.y')
print(logging.getLogger('x.y.z').parent is mid, mid.getEffectiveLevel(),
      logging.getLogger('x.y.z.w').getEffectiveLevel(), logging.getLogger('x').getChild('y') is mid)
print(sorted(n for n in logging.root.manager.loggerDict if n.startswith('x')))
print(type(logging.root.manager.loggerDict['x']).__name__)

# Filter on a record name shorter than the filter
f = logging.Filter('abc.def')
for name in ('abc', 'abc.def', 'abc.def.g', 'abc.defg', 'abd.def'):
    print(name, f.filter(logging.makeLogRecord({'name': name})))

# BufferingFormatter
class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '%d records: ' % len(records)


recs = [logging.makeLogRecord({'msg': m}) for m in ('a', 'b')]
print(repr(Header(logging.Formatter('<%(message)s>')).format(recs)),
      repr(logging.BufferingFormatter().format([])))
