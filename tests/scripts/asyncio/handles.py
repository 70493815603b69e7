# Handle and TimerHandle as CPython 3.11 shows and runs them: reprs (plain,
# cancelled, with arguments, partials, debug mode's "created at"), cancel(),
# cancelled(), when(), _context (3.11 has no get_context()), comparisons and hashing of timers,
# the order of timers due at the same time, callbacks that raise (reported
# through the exception handler), call_later with huge and negative delays,
# call_at, and both classes made directly.
import asyncio
import contextvars
import functools
import sys


def clean(obj):
    return repr(obj).replace(__file__, 'FILE')


def f(*args):
    print('f', args)


def g():
    pass


class Owner:
    def method(self, x):
        print('method', x)


def reprs(loop):
    print('-- reprs')
    h = loop.call_soon(f, 1, 'two', [3])
    print(clean(h), type(h).__name__, type(h).__module__)
    print(isinstance(h, asyncio.Handle), isinstance(h, asyncio.TimerHandle))
    print(clean(loop.call_soon(functools.partial(f, 1), 2)))
    print(clean(loop.call_soon(Owner().method, 5)))
    print(clean(loop.call_soon(print)))
    print(clean(loop.call_soon(lambda: None)))
    print(clean(loop.call_soon(f, 'x' * 100, list(range(20)))))
    t = loop.call_at(12.5, f, 'later')
    print(clean(t), t.when(), type(t.when()))
    t2 = loop.call_at(7, g)
    print(clean(t2), t2.when())
    h.cancel()
    print(clean(h), h.cancelled())
    t.cancel()
    print(clean(t), t.cancelled(), t.when())
    t.cancel()
    print(clean(t))
    print(h._callback, h._args, h._cancelled)
    print(t2._callback is g, t2._args, t2._scheduled, t2._when)
    print(asyncio.Handle.__name__, asyncio.Handle.__qualname__,
          asyncio.TimerHandle.__module__, asyncio.TimerHandle.__mro__[1].__name__)
    print(asyncio.events.Handle is asyncio.Handle)


def contexts(loop):
    print('-- contexts')
    var = contextvars.ContextVar('var', default='default')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    h = loop.call_soon(lambda: print('var =', var.get()), context=ctx)
    print(h._context is ctx)
    h2 = loop.call_soon(lambda: print('var =', var.get()))
    print(type(h2._context).__name__, hasattr(h2, 'get_context'))
    t = loop.call_later(0, lambda: print('timer var =', var.get()), context=ctx)
    print(t._context is ctx)


def comparisons(loop):
    print('-- comparisons')
    a = asyncio.TimerHandle(1.0, g, (), loop)
    b = asyncio.TimerHandle(2.0, g, (), loop)
    c = asyncio.TimerHandle(1.0, g, (), loop)
    d = asyncio.TimerHandle(1.0, f, (), loop)
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(a < c, a <= c, a > c, a >= c, a == c, a != c)
    print(a == d, a <= d, a >= d, a != d)
    print(hash(a) == hash(1.0), hash(b) == hash(2.0))
    print(a == 1.0, a != 'x')
    try:
        a < 1.0
    except TypeError as e:
        print('TypeError', e)
    h = asyncio.Handle(g, (), loop)
    print(h == h, h == asyncio.Handle(g, (), loop), a == h)
    try:
        a < h
    except TypeError as e:
        print('TypeError', e)
    c.cancel()
    print(a == c)
    print(sorted([b, a]) == [a, b])
    print(clean(a), clean(b))


async def ordering():
    print('-- ordering')
    loop = asyncio.get_running_loop()
    now = loop.time()
    order = []
    for i in range(12):
        loop.call_at(now + 0.01 * (i % 3), order.append, i)
    loop.call_at(now - 5, order.append, 'past')
    loop.call_later(-1, order.append, 'negative')
    loop.call_later(10 ** 9, order.append, 'huge')
    loop.call_later(float('inf'), order.append, 'infinite')
    big = loop.call_later(1e300, order.append, 'big')
    loop.call_soon(order.append, 'soon')
    await asyncio.sleep(0.1)
    print(order)
    print(big.when() == 1e300 + now or big.when() > 1e299, big.cancelled())
    big.cancel()
    print(big.cancelled())
    # timers cancelled while in the heap are dropped, many at once too
    handles = [loop.call_later(1000 + i, g) for i in range(300)]
    for h in handles[:250]:
        h.cancel()
    await asyncio.sleep(0)
    print('scheduled', sum(1 for h in loop._scheduled if h._callback is g))
    for h in handles[250:]:
        h.cancel()
    await asyncio.sleep(0)


async def failures():
    print('-- failures')
    loop = asyncio.get_running_loop()
    seen = []

    def handler(loop, context):
        exc = context.get('exception')
        print('handler:', context['message'].replace(__file__, 'FILE'))
        print('  ', type(exc).__name__, exc, type(context['handle']).__name__,
              sorted(context))

    loop.set_exception_handler(handler)

    def bad(x):
        raise ValueError(f'bad {x}')

    loop.call_soon(bad, 1)
    loop.call_soon(seen.append, 'after')
    loop.call_later(0, bad, 2)
    loop.call_soon(functools.partial(bad, 3))
    await asyncio.sleep(0.01)
    print(seen)
    loop.set_exception_handler(None)


async def direct():
    print('-- direct')
    loop = asyncio.get_running_loop()
    h = asyncio.Handle(f, ('direct',), loop)
    h._run()
    t = asyncio.TimerHandle(3, f, ('timer',), loop, None)
    t._run()
    print(t.when(), t._scheduled)
    t.cancel()   # not in the heap: the loop's count stays
    print(loop._timer_cancelled_count)
    h2 = asyncio.Handle(callback=f, args=(1,), loop=loop, context=None)
    print(clean(h2))
    try:
        asyncio.Handle(f)
    except TypeError:
        print('TypeError')


async def debug_mode():
    print('-- debug')
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    h = loop.call_soon(f, 'dbg')
    print(clean(h))
    print(type(h._source_traceback).__name__, h._source_traceback[-1][2])
    t = loop.call_later(100, g)
    print(clean(t).split(' when=')[0], clean(t).split(' g()')[1])
    h.cancel()
    print(clean(h))
    t.cancel()
    print(clean(t).split(' when=')[0], clean(t).split(' g()')[1])
    loop.set_debug(False)
    await asyncio.sleep(0)


async def main():
    reprs(asyncio.get_running_loop())
    await asyncio.sleep(0.01)
    contexts(asyncio.get_running_loop())
    await asyncio.sleep(0.01)
    comparisons(asyncio.get_running_loop())
    await ordering()
    await failures()
    await direct()
    await debug_mode()


asyncio.run(main())

# a loop that is not running: call_at/call_later queue, close drops them
loop = asyncio.new_event_loop()
t = loop.call_at(1, f, 'never')
print(clean(t), len(loop._scheduled))
loop.call_later(0, f, 'run')
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print(len(loop._scheduled))
try:
    loop.call_later(1, f)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.new_event_loop().call_later(None, f)
except TypeError as e:
    print('TypeError', e)
