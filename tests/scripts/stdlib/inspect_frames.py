# inspect: type predicates, generator/coroutine states and locals, CO_* flags,
# currentframe/stack/getframeinfo/getouterframes/trace, getargvalues, isabstract.
import abc
import asyncio
import functools
import inspect
import sys
import types


def func():
    pass


def gen():
    x = 1
    yield x
    y = 2
    yield y


async def coro():
    await asyncio.sleep(0)


async def agen():
    yield 1


class K:
    def method(self):
        pass

    @property
    def prop(self):
        return 1


class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass


class Concrete(Abstract):
    def need(self):
        pass


g = gen()
c = coro()
a = agen()
checks = [
    ('ismodule', sys), ('ismodule', func), ('isclass', K), ('isclass', K()),
    ('ismethod', K().method), ('ismethod', K.method), ('isfunction', func),
    ('isfunction', len), ('isfunction', K.method), ('isgeneratorfunction', gen),
    ('isgeneratorfunction', func), ('isgenerator', g), ('iscoroutinefunction', coro),
    ('iscoroutinefunction', functools.partial(coro)), ('iscoroutinefunction', gen),
    ('iscoroutine', c), ('isawaitable', c), ('isawaitable', g), ('isawaitable', 3),
    ('isasyncgenfunction', agen), ('isasyncgen', a), ('isasyncgen', g),
    ('isbuiltin', len), ('isbuiltin', [].append), ('isbuiltin', func),
    ('isroutine', len), ('isroutine', func), ('isroutine', str.join), ('isroutine', K),
    ('ismethoddescriptor', str.join), ('ismethoddescriptor', func),
    ('isdatadescriptor', K.__dict__['prop']), ('isdatadescriptor', func),
    ('iscode', func.__code__), ('isframe', sys._getframe()), ('istraceback', None),
    ('isabstract', Abstract), ('isabstract', Concrete), ('isabstract', K), ('isabstract', 1),
]
for name, obj in checks:
    print(name, getattr(inspect, name)(obj))
c.close()
print([n for n in dir(inspect) if n.startswith('CO_')])
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(func.__code__.co_flags & inspect.CO_GENERATOR))

# Generator states, as the course shows them.
g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
for _ in g:
    pass
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def watcher():
    me = yield
    yield inspect.getgeneratorstate(me)


w = watcher()
next(w)
print(w.send(w))
g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print('TypeError:', e)


async def states():
    inner = coro()
    print(inspect.getcoroutinestate(inner))
    task = asyncio.ensure_future(inner)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(inner))
    await task
    print(inspect.getcoroutinestate(inner))
    print(inspect.getcoroutinestate(me_coro[0]), inspect.getcoroutinelocals(inner))

me_coro = []
main = states()
me_coro.append(main)
asyncio.run(main)


def where(depth=0):
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.filename == __file__, info.lineno, info.function, info.code_context, info.index)
    print(inspect.getframeinfo(frame, context=3).code_context)
    outer = inspect.getouterframes(frame)
    print([(fi.function, fi.lineno) for fi in outer])
    print([(fi[3], fi.index) for fi in inspect.stack()])
    args = inspect.getargvalues(frame)
    print(args.args, args.varargs, args.keywords, sorted(args.locals))
    print(inspect.formatargvalues(*args))


def caller(n):
    where(n)


caller(1)
try:
    caller(None) if False else (lambda: 1 / 0)()
except ZeroDivisionError:
    print([(fi.function, fi.lineno, fi.code_context) for fi in inspect.trace()])
    tb = sys.exc_info()[2]
    print([(f.function, f.lineno) for f in inspect.getinnerframes(tb, context=0)])
print(inspect.currentframe().f_code.co_name, inspect.getlineno(inspect.currentframe()))
